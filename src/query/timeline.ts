// Each side's stance on each topic, round by round (or day by day), with the changes marked, read from the built graph.
import type { Store } from 'n3';
import { UsageError } from '../errors.js';
import { DCTERMS_TERMS, PARLEY_TERMS, predicateOf, PROV_TERMS, SCHEMA_TERMS } from '../rdf/namespaces.js';
import { STANCES, type Predicate, type Stance } from '../types.js';
import { compareCodeUnits } from '../compare-code-units.js';
import { formatDay } from '../format-day.js';
import { matchParties, partiesOf, partyNodes, UnknownPartyError } from './positions.js';
import { compareLabels, entityTypeOf, foldName, hasType, issueOf, labelOf, numberValue, objectValue, objectValues, storedClaims, type NodeRef } from './read-store.js';

/** Which threads to return. */
export interface TimelineOptions {
  /** A party's label, alias or IRI, matched as `parley positions` matches it; every party when absent. */
  readonly party?: string | undefined;
  /** Only topics (or issues) whose label contains this text, case- and accent-insensitively. */
  readonly topic?: string | undefined;
  /**
   * `topic` (the default): one thread per side and topic. `issue`: one per side and issue, gathering the topics under
   * it, so that a side that rejects one form of a ceasefire and later agrees to another shows the change.
   */
  readonly by?: TimelineGrouping | undefined;
}

export type TimelineGrouping = 'topic' | 'issue';
export const TIMELINE_GROUPINGS: readonly TimelineGrouping[] = ['topic', 'issue'];

export const DEFAULT_TIMELINE_OPTIONS: TimelineOptions = { by: 'topic' };

/** Checks the options: a party and a topic, when given, are not empty. Throws UsageError otherwise. */
export function resolveTimelineOptions(partial: Partial<TimelineOptions> = {}): TimelineOptions {
  const options = { ...DEFAULT_TIMELINE_OPTIONS, ...partial };
  for (const name of ['party', 'topic'] as const) {
    const value = options[name];
    if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) {
      throw new UsageError(`timeline: the ${name} is empty. Expecting a ${name} name but got ${JSON.stringify(value)}.`);
    }
  }
  if (options.by !== undefined && !TIMELINE_GROUPINGS.includes(options.by)) {
    throw new UsageError(`timeline: cannot group by ${JSON.stringify(options.by)}. Expecting one of ${TIMELINE_GROUPINGS.join(', ')}.`);
  }
  return options;
}

/** A point of the timeline: a round of talks, or a day when the statements name no round. */
export interface TimelineStep {
  /** The round's IRI, `day:YYYY-MM-DD` for a day without a round, `unknown` for statements of unknown day and round. */
  readonly id: string;
  /** The round's label, the day ("16 May 2025"), or "date unknown". */
  readonly label: string;
  /** Day of the step (`YYYY-MM-DD`): the round's start, or the day itself; absent for a round of unknown date. */
  readonly date?: string | undefined;
  /** The round's number ("the second round"), when the articles give it. */
  readonly ordinal?: number | undefined;
}

/** How a side's stance on a topic changed from one step to the next. */
export type TimelineChangeKind = 'proposal-agreed' | 'rejection-accepted' | 'demand-agreed' | 'demand-dropped' | 'stance-changed';

export interface TimelineChange {
  readonly kind: TimelineChangeKind;
  readonly from: Stance;
  /** The new stance; absent when the side no longer states the old one ("demand-dropped"). */
  readonly to?: Stance | undefined;
}

/** A side's stances on a topic at one step. */
export interface TimelineEntry {
  readonly step: TimelineStep;
  /** In the order of STANCES; empty when the side, present at the step, no longer states what it held before. */
  readonly stances: readonly Stance[];
  /** Changes from the side's previous step; none at the first step, or when either step's date is unknown. */
  readonly changes: readonly TimelineChange[];
  /** File names of the articles that state the stances, sorted. */
  readonly articles: readonly string[];
  /** In a timeline by issue, the topics the stances are about at this step, by label. */
  readonly topics?: readonly NodeRef[] | undefined;
}

/** One side's stances on one topic (or, by issue, on the topics of one issue) over time. */
export interface TimelineThread {
  readonly party: NodeRef;
  /** The topic, or the issue in a timeline by issue. */
  readonly topic: NodeRef;
  readonly entries: readonly TimelineEntry[];
}

export interface Timeline {
  /** What each thread follows: a topic, or an issue. */
  readonly by: TimelineGrouping;
  /** Every step of the graph, in time order; steps of unknown date last. */
  readonly steps: readonly TimelineStep[];
  /** Sorted by party label, then topic label. */
  readonly threads: readonly TimelineThread[];
}

const UNKNOWN_STEP = 'unknown';

function isStance(predicate: Predicate | undefined): predicate is Stance {
  return (STANCES as readonly (Predicate | undefined)[]).includes(predicate);
}

/** A stated mention of a stance: who, what, when, where. */
interface Statement {
  readonly party: NodeRef;
  readonly topic: NodeRef;
  readonly stance: Stance;
  readonly step: string;
  readonly day: string | undefined;
  readonly article: string;
}

/**
 * The timeline of the graph: for each side and topic (or issue, `by: 'issue'`), the stances stated at each round of talks (a mention's
 * parley:atRound) or, for statements tied to no round, on each day (dcterms:date), in time order. A change is marked
 * between two consecutive steps of a side whose order is known (both dated, or both numbered): a proposal or a
 * rejection that became an agreement, a demand agreed to, a demand the side no longer states at a step where it states
 * other stances ("demand-dropped"), and any other change of stance. Statements the resolver inferred are left out.
 * Throws UsageError for an unknown party.
 */
export function getTimeline(store: Store, partial: Partial<TimelineOptions> = {}): Timeline {
  const options = resolveTimelineOptions(partial);
  const parties = partyNodes(store);
  let wanted: NodeRef[] = parties;
  try {
    if (options.party !== undefined) wanted = matchParties(store, parties, options.party);
  } catch (error) {
    if (error instanceof UnknownPartyError) throw new UnknownPartyError(error.party, error.parties, 'the graph', 'timeline');
    throw error;
  }
  const byIri = new Map(wanted.map((party) => [party.iri, party]));
  const statements = readStatements(store, byIri);
  const steps = readSteps(store, statements);
  const order = new Map(steps.map((step, index) => [step.id, index]));
  const topicWanted = options.topic === undefined ? () => true : (label: string) => foldName(label).includes(foldName(options.topic!));
  const by = options.by ?? 'topic';
  // By issue, a statement counts for the issue its topic is under; a topic under none is its own thread.
  const issues = new Map<string, NodeRef>();
  const threadOf = (s: Statement): NodeRef => {
    if (by === 'topic') return s.topic;
    if (!issues.has(s.topic.iri)) issues.set(s.topic.iri, issueOf(store, s.topic.iri) ?? s.topic);
    return issues.get(s.topic.iri)!;
  };

  const threads: TimelineThread[] = [];
  for (const party of wanted) {
    const own = statements.filter((s) => s.party.iri === party.iri);
    // The steps where the side states anything: where a demand it no longer states counts as dropped.
    const present = [...new Set(own.map((s) => s.step))].sort((a, b) => order.get(a)! - order.get(b)!);
    const topics = new Map(own.map((s) => [threadOf(s).iri, threadOf(s)]));
    for (const topic of topics.values()) {
      if (!topicWanted(topic.label)) continue;
      const about = own.filter((s) => threadOf(s).iri === topic.iri);
      const entries: TimelineEntry[] = [];
      let previous: { step: TimelineStep; stances: readonly Stance[] } | undefined;
      for (const id of present) {
        const here = about.filter((s) => s.step === id);
        const stances = STANCES.filter((stance) => here.some((s) => s.stance === stance));
        const step = steps[order.get(id)!]!;
        const changes = previous && ordered(previous.step, step) ? changesBetween(previous.stances, stances) : [];
        if (stances.length === 0 && changes.length === 0) continue;
        const articles = [...new Set(here.map((s) => s.article))].sort(compareCodeUnits);
        const stated = by === 'issue' ? [...new Map(here.map((s) => [s.topic.iri, s.topic])).values()].sort((a, b) => compareLabels(a.label, b.label) || compareCodeUnits(a.iri, b.iri)) : undefined;
        entries.push({ step, stances, changes, articles, topics: stated });
        previous = { step, stances };
      }
      if (entries.length > 0) threads.push({ party, topic, entries });
    }
  }
  threads.sort(
    (a, b) =>
      compareLabels(a.party.label, b.party.label) ||
      compareCodeUnits(a.party.iri, b.party.iri) ||
      compareLabels(a.topic.label, b.topic.label) ||
      compareCodeUnits(a.topic.iri, b.topic.iri),
  );
  return { by, steps, threads };
}

/** Every stated mention of a stance of the wanted parties, with its step and day. */
function readStatements(store: Store, parties: ReadonlyMap<string, NodeRef>): Statement[] {
  const statements: Statement[] = [];
  for (const claim of storedClaims(store)) {
    const stance = predicateOf(claim.predicate);
    const type = entityTypeOf(store, claim.subject);
    if (!isStance(stance) || type === undefined) continue;
    const sides = partiesOf(store, claim.subject, type).flatMap((iri) => parties.get(iri) ?? []);
    if (sides.length === 0) continue;
    const topic = { iri: claim.object, label: labelOf(store, claim.object) };
    for (const mention of objectValues(store, claim.iri, PROV_TERMS.wasDerivedFrom)) {
      if (hasType(store, mention, PARLEY_TERMS.InferredMention)) continue;
      const day = objectValue(store, mention, DCTERMS_TERMS.date);
      const round = objectValue(store, mention, PARLEY_TERMS.atRound);
      const step = round ?? (day !== undefined ? `day:${day}` : UNKNOWN_STEP);
      const articleIri = objectValue(store, mention, PROV_TERMS.wasQuotedFrom);
      const article = articleIri === undefined ? '' : (objectValue(store, articleIri, PARLEY_TERMS.fileName) ?? articleIri);
      for (const party of sides) statements.push({ party, topic, stance, step, day, article });
    }
  }
  return statements;
}

/** The steps the statements name, in time order: by day, then ordinal, then label; undated steps last. */
function readSteps(store: Store, statements: readonly Statement[]): TimelineStep[] {
  const steps = [...new Set(statements.map((s) => s.step))].map((id): TimelineStep => {
    if (id === UNKNOWN_STEP) return { id, label: 'date unknown' };
    if (id.startsWith('day:')) return { id, label: formatDay(id.slice('day:'.length)), date: id.slice('day:'.length) };
    const ordinal = numberValue(store, id, PARLEY_TERMS.ordinal);
    // A round of unknown date keeps no day of its reports: the day of an article is not the day of the meeting.
    return { id, label: labelOf(store, id), date: objectValue(store, id, SCHEMA_TERMS.startDate), ordinal: Number.isNaN(ordinal) ? undefined : ordinal };
  });
  // A numbered round of unknown date stands before the first dated round of a higher number ("the second round" before
  // "the third round, 9 June"), else after the last dated round of a lower one.
  const dated = steps.filter((step) => step.date !== undefined && step.ordinal !== undefined);
  const sortDay = (step: TimelineStep): string => {
    if (step.date !== undefined || step.ordinal === undefined) return step.date ?? '\uffff';
    const next = dated.filter((other) => other.ordinal! > step.ordinal!).sort((a, b) => a.ordinal! - b.ordinal!)[0];
    const last = dated.filter((other) => other.ordinal! < step.ordinal!).sort((a, b) => b.ordinal! - a.ordinal!)[0];
    return next?.date ?? last?.date ?? '\uffff';
  };
  const days = new Map(steps.map((step) => [step.id, sortDay(step)]));
  return steps.sort(
    (a, b) =>
      compareCodeUnits(days.get(a.id)!, days.get(b.id)!) ||
      (a.ordinal ?? Number.MAX_SAFE_INTEGER) - (b.ordinal ?? Number.MAX_SAFE_INTEGER) ||
      compareLabels(a.label, b.label) ||
      compareCodeUnits(a.id, b.id),
  );
}

/** True when the order of two steps is known: both dated, or both numbered rounds. */
function ordered(a: TimelineStep, b: TimelineStep): boolean {
  return (a.date !== undefined && b.date !== undefined) || (a.ordinal !== undefined && b.ordinal !== undefined);
}

/** What became of each stance held before and not now. */
function changesBetween(before: readonly Stance[], now: readonly Stance[]): TimelineChange[] {
  const gone = before.filter((stance) => !now.includes(stance));
  const added = now.filter((stance) => !before.includes(stance));
  const changes: TimelineChange[] = [];
  for (const from of gone) {
    if (added.length === 0) {
      if (from === 'demands') changes.push({ kind: 'demand-dropped', from });
      continue;
    }
    for (const to of added) changes.push({ kind: changeKind(from, to), from, to });
  }
  return changes;
}

function changeKind(from: Stance, to: Stance): TimelineChangeKind {
  if (to === 'agrees' && from === 'proposes') return 'proposal-agreed';
  if (to === 'agrees' && from === 'rejects') return 'rejection-accepted';
  if (to === 'agrees' && from === 'demands') return 'demand-agreed';
  return 'stance-changed';
}
