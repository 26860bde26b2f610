// The resolve stage: one entity per real-world thing across articles, delegations and people tied to their party, claims merged.
import type { Article, ArticleRound, Claim, Entity, EntityType, KnowledgeGraph, Mention, Predicate, ResolvedClaim, RoundDetails, Source } from '../types.js';
import { STANCES } from '../types.js';
import { entityKey } from '../rdf/namespaces.js';
import { personName, samePersonName, surnameKeys, type PersonName } from './person-names.js';
import { topicSignature } from './topic-signature.js';
import { clusterTopics } from './cluster-topics.js';
import { compareCodeUnits } from '../compare-code-units.js';
import { outletKeys } from './outlet-key.js';
import { lexicon } from '../nlp/lexicon.js';
import { LEGAL_FORM, isLocalGovernment, organisationKind } from '../nlp/find-organisations.js';
import { noLongerHeld } from '../nlp/find-mentions.js';
import { worldKnowledge } from '../nlp/world-knowledge.js';
import { mergeRounds, type MergedRound } from './merge-rounds.js';
import { unifyAcronyms } from './party-acronyms.js';
import { oneDelegationPerSide } from './delegation-labels.js';
import { nameRoundsByVenue } from './round-venues.js';

/** The claims of one article, as the extract stage gives them. */
export interface ArticleClaims {
  readonly article: Article;
  readonly claims: readonly Claim[];
  /** Every person mention of the article, for memberOf claims. */
  readonly persons: readonly { readonly mention: Mention; readonly sentenceIndex: number; readonly quote: string; readonly start: number; readonly end: number }[];
  /** The two sides the article reports on (see principalParties), for the side of an office holder it does not state. */
  readonly principals: readonly string[];
  /** The round of talks the article reports, when it names one (see articleRound). */
  readonly round?: ArticleRound | undefined;
  /** Short names the article gives its sides ("KPU"), wherever it uses them, each with the side it names, sorted. */
  readonly acronyms?: readonly (readonly [short: string, side: string])[] | undefined;
}

interface EntityDraft {
  readonly type: EntityType;
  label: string;
  party: string | undefined;
  readonly names: Map<string, number>;
  readonly parties: Map<string, number>;
}

const STANCE_SET = new Set<Predicate>(STANCES);
const MEDIATORS = new Set<EntityType>(['Party', 'Person', 'Organization']);

/** Builds the knowledge graph from every article's claims. */
export function resolveGraph(read: readonly ArticleClaims[]): KnowledgeGraph {
  const inputs = nameRoundsByVenue(oneDelegationPerSide(unifyAcronyms(read)));
  const registry = new EntityRegistry();
  // People first, over all articles, so that a surname in one article finds the full name given in another.
  for (const input of inputs) for (const p of input.persons) registry.person(p.mention);
  registry.settlePeople();
  const inferredSides = inferOfficeHoldersSides(inputs, registry);

  const merged = new Map<string, { subject: string; predicate: Predicate; object: string; sources: Source[]; places: Set<string> }>();
  const addClaim = (subject: string, predicate: Predicate, object: string, source: Source): void => {
    const key = `${subject}\u0000${predicate}\u0000${object}`;
    let entry = merged.get(key);
    if (!entry) merged.set(key, (entry = { subject, predicate, object, sources: [], places: new Set() }));
    // One source per place in an article, found by its place: a claim of thousands of sources compared each new one with all.
    const place = `${source.articleId}\u0000${source.start}\u0000${source.end}`;
    if (!entry.places.has(place)) {
      entry.places.add(place);
      entry.sources.push(source);
    }
  };

  const topicLabel = groupTopics(inputs);
  const rounds = mergeRounds(inputs.flatMap((input) => (input.round ? [{ articleId: input.article.id, round: input.round, published: input.article.published }] : [])));
  const roundOf = new Map<string, MergedRound>();
  // Delegations whose stances are credited to their party: nodes of the graph still, tied to that party.
  const speakingDelegations = new Set<string>();
  for (const input of inputs) {
    const leads: LeadsClaim[] = [];
    const round = rounds.get(input.article.id);
    const roundKey = round ? registry.talks(round.label, input.round?.label ?? round.label) : undefined;
    if (round && roundKey) roundOf.set(roundKey, round);
    // The talks an article names are the round it reports, merged with the other articles' reports of it.
    const entityOf = (mention: Mention): string | undefined => (mention.type === 'Talks' && round ? registry.talks(round.label, mention.text) : registry.entityFor(mention));
    for (const claim of input.claims) {
      let subject = entityOf(claim.subject.mention);
      if (!subject) continue;
      // A delegation's stance is its party's; agreements are credited to parties.
      if (STANCE_SET.has(claim.predicate)) {
        const type = registry.typeOf(subject);
        // "Lebanese officials rejected …": unnamed officials speak for their side, which holds the stance.
        if (type === 'Delegation') speakingDelegations.add(subject);
        if (type === 'Delegation' || (claim.predicate === 'agrees' && type === 'Person') || claim.subject.mention.via === 'source') subject = registry.partyOf(subject) ?? subject;
      }
      // A delegation mediates for its party.
      if (claim.predicate === 'mediates' && registry.typeOf(subject) === 'Delegation') subject = registry.partyOf(subject) ?? subject;
      const object = claim.object.kind === 'entity' ? entityOf(claim.object.mention) : registry.topic(claim.object.type === 'Topic' ? (topicLabel.get(claim.object.label) ?? claim.object.label) : claim.object.label, claim.object.type, claim.object.label);
      if (!object || object === subject) continue;
      // "X, who leads the Chilean delegation": a leader whose side the text does not state otherwise speaks for it.
      if (claim.predicate === 'leads') {
        registry.inheritParty(subject, object);
        leads.push({ person: subject, body: object, source: claim.source });
      }
      // A stance is taken at the round the article reports.
      addClaim(subject, claim.predicate, object, roundKey && STANCE_SET.has(claim.predicate) ? { ...claim.source, round: roundKey } : claim.source);
      // "X, the AU's special envoy, who is brokering the talks": the body a go-between serves, named with them, mediates
      // too (not a side at the table: a union's lawyer in the chair makes no side a go-between).
      const namedWith = (person: string): boolean => input.persons.some((p) => p.mention.party !== undefined && !p.mention.partyInferred && registry.entityFor(p.mention) === person);
      const served = claim.predicate === 'mediates' && registry.typeOf(subject) === 'Person' && namedWith(subject) ? registry.partyOf(subject) : undefined;
      if (served !== undefined && !input.principals.some((side) => entityKey('Party', side) === served)) addClaim(served, 'mediates', object, { ...claim.source, rule: 'mediates.body-served', confidence: Math.min(claim.source.confidence, 0.7) });
    }
    addMemberships(input, registry, leads, inferredSides, addClaim);
  }

  // The data model gives every stance a side or a go-between (a person or body whose side no article states, and who
  // mediates no talks, cannot hold one in the graph: "the mediator proposed a freeze" is the mediator's; a go-between
  // who signs as a witness agrees to nothing), and lets only parties, people and organisations mediate.
  const goBetweens = new Set([...merged.values()].filter((c) => c.predicate === 'mediates' && MEDIATORS.has(registry.typeOf(c.subject) ?? 'Topic')).map((c) => c.subject));
  const sided = [...merged.values()].filter((c) => {
    if (STANCE_SET.has(c.predicate)) return registry.partyOf(c.subject) !== undefined || (goBetweens.has(c.subject) && c.predicate !== 'agrees');
    if (c.predicate === 'mediates') return MEDIATORS.has(registry.typeOf(c.subject) ?? 'Topic');
    return true;
  });
  const outlets = outletKeys(inputs.map(({ article }) => article));
  const witnessOf = (articleId: string) => outlets.get(articleId) ?? articleId;
  const claims: ResolvedClaim[] = sided
    .map((c) => {
      const sources = [...c.sources].sort((a, b) => compareCodeUnits(a.articleId, b.articleId) || a.start - b.start || compareCodeUnits(a.rule, b.rule));
      return { subject: c.subject, predicate: c.predicate, object: c.object, sources, confidence: combinedConfidence(sources, witnessOf) };
    })
    .sort((a, b) => compareCodeUnits(a.subject, b.subject) || compareCodeUnits(a.predicate, b.predicate) || compareCodeUnits(a.object, b.object));
  const used = new Set<string>();
  for (const c of claims) used.add(c.subject).add(c.object);
  const details = roundDetails(claims, roundOf, registry);
  for (const [key, round] of details) if (round.participants.length > 0) used.add(key);
  for (const delegation of speakingDelegations) if (used.has(registry.partyOf(delegation) ?? '')) used.add(delegation);
  for (const key of [...used]) {
    const party = registry.partyOf(key);
    if (party) used.add(party);
  }
  const articles = [...inputs.map((i) => i.article)].sort((a, b) => compareCodeUnits(a.path, b.path));
  const entities = registry.entities(used).map((entity) => (details.has(entity.key) ? { ...entity, round: details.get(entity.key) } : entity));
  return { articles, entities, claims };
}

/** Each round's ordinal, days and participants: the parties whose stances are stated at it. */
function roundDetails(claims: readonly ResolvedClaim[], roundOf: ReadonlyMap<string, MergedRound>, registry: EntityRegistry): Map<string, RoundDetails> {
  const participants = new Map<string, Set<string>>();
  for (const claim of claims) {
    const party = registry.partyOf(claim.subject);
    for (const source of claim.sources) {
      if (source.round === undefined || party === undefined) continue;
      const set = participants.get(source.round) ?? new Set<string>();
      participants.set(source.round, set.add(party));
    }
  }
  const details = new Map<string, RoundDetails>();
  for (const [key, round] of [...roundOf].sort(([a], [b]) => compareCodeUnits(a, b))) {
    const parties = [...(participants.get(key) ?? [])].sort(compareCodeUnits);
    details.set(key, { ordinal: round.ordinal, start: round.start, end: round.end, participants: parties });
  }
  return details;
}

/** A leads claim of one article: the person, the body they lead, the sentence that says so. */
interface LeadsClaim {
  readonly person: string;
  readonly body: string;
  readonly source: Source;
}

type PersonMention = ArticleClaims['persons'][number];

/**
 * memberOf: each person the article names, tied to their party, once per article. The article states the side when
 * one of its mentions of the person names it ("Estonian Foreign Minister Karin Lepp") or when the person leads a body
 * of that side in it; otherwise it only names the person, and the side the resolver gives them (from other articles)
 * is marked inferred, quoted from the first sentence naming them.
 */
function addMemberships(
  input: ArticleClaims,
  registry: EntityRegistry,
  leads: readonly LeadsClaim[],
  inferredSides: ReadonlyMap<string, InferredSide>,
  addClaim: (subject: string, predicate: Predicate, object: string, source: Source) => void,
): void {
  const named = new Map<string, { party: string; first: PersonMention; stated?: PersonMention; inferredHere?: boolean }>();
  for (const p of input.persons) {
    if (p.mention.via === 'source' || p.mention.via === 'pronoun') continue;
    const person = registry.entityFor(p.mention);
    const party = person ? registry.partyOf(person) : undefined;
    if (!person || !party) continue;
    const entry = named.get(person) ?? { party, first: p };
    const sameParty = p.mention.party !== undefined && entityKey('Party', p.mention.party) === party;
    if (!entry.stated && sameParty && !p.mention.partyInferred) entry.stated = p;
    // A minister's side read from the article's sides is read as an office of the state at the table is.
    if (sameParty && p.mention.partyInferred) entry.inferredHere = true;
    named.set(person, entry);
  }
  const quoted = (p: PersonMention): Pick<Source, 'articleId' | 'sentenceIndex' | 'quote' | 'start' | 'end' | 'prefix' | 'suffix'> => ({
    articleId: input.article.id,
    sentenceIndex: p.sentenceIndex,
    quote: p.quote,
    start: p.start,
    end: p.end,
    prefix: input.article.text.slice(Math.max(0, p.start - 32), p.start),
    suffix: input.article.text.slice(p.end, p.end + 32),
  });
  for (const [person, { party, first, stated, inferredHere }] of named) {
    const led = leads.find((l) => l.person === person && registry.partyOf(l.body) === party);
    if (stated) addClaim(person, 'memberOf', party, { ...quoted(stated), rule: 'memberOf.stated-side', confidence: 0.9 });
    else if (led) addClaim(person, 'memberOf', party, { ...led.source, rule: 'memberOf.led-body', confidence: Math.min(led.source.confidence, 0.9) });
    else {
      const read = inferredSides.get(person) ?? (inferredHere === true ? 'state' : undefined);
      const rule = read === 'firm' ? 'memberOf.office-of-firm' : read === 'state' ? 'memberOf.office-of-state' : 'memberOf.resolved-side';
      // The office of the one state (or firm) at the table is read from the article, as its readers read it: stated,
      // with less confidence. A side carried over from another article is inferred.
      addClaim(person, 'memberOf', party, { ...quoted(first), rule, confidence: read !== undefined ? 0.6 : 0.7, inferred: read === undefined });
    }
  }
}

/** Offices of no side: those of a go-between, a judge or a cleric, and a scholar's teaching (and see noLongerHeld). */
const NEUTRAL_OFFICE = /\b(?:mediator|facilitator|arbitrator|conciliator|judge|justice|ombudsman|bishop|archbishop|cardinal|monsignor|priest|imam|pastor|rabbi|teaches|taught|studies|studied|lectures|lectured|researches|researched)\b/i;

/** Whose office a side read from the article's sides is: a state's or a town's government, or a firm's. */
type InferredSide = 'state' | 'firm';

/**
 * "President X urged …" in an article on talks between the United States and an armed group: a person named with an
 * office whose side no article states holds it for the one state among the sides of the articles that name them; a
 * town's office ("Mayor X") for the one local government among them; an office only organisations have ("managing
 * director X") for the one firm among them.
 * The side is read from the article (rule memberOf.office-of-state, or memberOf.office-of-firm, a stated claim of lower
 * confidence): it lets the person's stances count for a side, and the facts export lists the membership. People named
 * in articles whose sides are two states, or none, stay without one.
 * Returns the people given a side this way, and whose office it is.
 */
function inferOfficeHoldersSides(inputs: readonly ArticleClaims[], registry: EntityRegistry): Map<string, InferredSide> {
  const { states, offices } = worldKnowledge();
  const candidates = new Map<string, Set<string>>();
  for (const input of inputs) {
    // Only an article on talks between two sides says whose office it is likely to be.
    const sideStates = input.principals.length === 2 ? input.principals.filter((party) => states.has(party)) : [];
    // (A town's office is of the town's government at the table: "Mayor X" in talks between a city and its teachers.)
    const localSides = input.principals.length === 2 ? input.principals.filter(isLocalGovernment) : [];
    // ("Managing director X said …" in talks between a union and one firm: an office only organisations have is the firm's.)
    const firms = input.principals.length === 2 ? input.principals.filter((party) => organisationKind(party) === 'organisation-company') : [];
    // (The article's go-betweens hold no side's office: "the special envoy …, who supervised the negotiations".)
    const goBetweens = new Set(input.claims.filter((c) => c.predicate === 'mediates' && c.subject.mention.type === 'Person').map((c) => registry.entityFor(c.subject.mention)));
    // (Nor does one who leads another side's team: "The Front team is headed by its spokesman X".)
    const otherLeaders = new Set(input.claims.filter((c) => c.predicate === 'leads' && c.subject.mention.type === 'Person' && c.object.kind === 'entity' && c.object.mention.party !== undefined && !states.has(c.object.mention.party)).map((c) => registry.entityFor(c.subject.mention)));
    for (const p of input.persons) {
      if (!p.mention.office || p.mention.party !== undefined || p.mention.via === 'source' || p.mention.via === 'pronoun') continue;
      // "chief executive of Kestrel Copper Corp.", "the community's lawyer": an office of a body that is no state, or
      // an occupation, is no office of the state at the table ("Minister of Agriculture" is).
      const body = /\b(?:of|at|with)\s+(?:the\s+)?(.+?)[,]?$/.exec(p.mention.office)?.[1] ?? '';
      const bodyIsOrganisation = body !== '' && (lexicon().organisationHeads.has(body.split(/\s+/).at(-1)!.toLowerCase()) || LEGAL_FORM.test(` ${body}`));
      // A mediator's or a judge's office, or one held before ("retired", "former"), is no office of a side either.
      // (Nor is an office of the opposition: "opposition leader X" in talks with the government; nor a party's, of a
      // party no article names: "party leader X".)
      const neutral = NEUTRAL_OFFICE.test(p.mention.office) || noLongerHeld(p.mention.office) || /\b(?:opposition|party)\b/i.test(p.mention.office);
      const person = registry.entityFor(p.mention);
      // ("Chief executive X", "surveyor with the national rail operator": an office only organisations have, or an
      // occupation, named by the words before what it is of.)
      const title = p.mention.office.toLowerCase().replace(/\s+(?:of|at|with|for)\s.*$/, '');
      // ("a prominent farmer leader", "union leader X": an occupation's or a union's word anywhere in the title says whose
      // leader the person is.)
      const titleWords = title.split(/\s+/);
      const ofOthers = titleWords.some((word) => offices.occupations.has(word) || lexicon().organisationKinds.get(word) === 'organisation-union');
      const notTheState = neutral || goBetweens.has(person) || otherLeaders.has(person) || bodyIsOrganisation || offices.organisationOffices.has(title) || ofOthers;
      if (!person || registry.partyOf(person) !== undefined) continue;
      const seen = candidates.get(person) ?? new Set<string>();
      // An article whose sides hold no single state says nothing of the person's side; one that is ambiguous, or an
      // office that is not the state's, vetoes.
      // (A council has councillors; a mayor heads the city, not its council: "Mayor X" is of no "City Council".)
      const local = offices.localOffices.has(title) ? localSides.filter((side) => !/\bcouncil$/i.test(side) || /\b(?:council|alder)/.test(title)) : [];
      if (local.length === 1) seen.add(local[0]!);
      else if (offices.organisationOffices.has(title) && !neutral && !goBetweens.has(person) && !otherLeaders.has(person) && firms.length === 1) seen.add(firms[0]!);
      else if (notTheState || sideStates.length > 1) seen.add('');
      else if (sideStates.length === 1) seen.add(sideStates[0]!);
      candidates.set(person, seen);
    }
  }
  const given = new Map<string, InferredSide>();
  for (const [person, parties] of candidates) {
    const [party] = parties;
    if (parties.size !== 1 || !party) continue;
    registry.assignSide(person, party);
    given.set(person, states.has(party) || isLocalGovernment(party) ? 'state' : 'firm');
  }
  return given;
}

/**
 * Confidence of a claim from all its sources: within one outlet the best sentence counts (an article repeating itself,
 * or an outlet reprinting its story, is one witness), across outlets the witnesses combine as independent evidence,
 * 1 - Π(1 - c). A claim read in several outlets thus ranks above the same claim read once, and above one outlet saying
 * it several times. `witnessOf` maps an article id to its outlet key (see outletKey); by default each article is its
 * own witness.
 */
export function combinedConfidence(sources: readonly Source[], witnessOf: (articleId: string) => string = (id) => id): number {
  const best = new Map<string, number>();
  for (const s of sources) {
    const witness = witnessOf(s.articleId);
    best.set(witness, Math.max(best.get(witness) ?? 0, s.confidence));
  }
  const doubt = [...best.values()].reduce((p, c) => p * (1 - c), 1);
  return Math.round((1 - doubt) * 1000) / 1000;
}

/** The label of each topic's group across all articles (see clusterTopics). */
function groupTopics(inputs: readonly ArticleClaims[]): Map<string, string> {
  const articles = new Map<string, Set<string>>();
  for (const input of inputs) {
    for (const claim of input.claims) {
      if (claim.object.kind !== 'topic' || claim.object.type !== 'Topic') continue;
      const seen = articles.get(claim.object.label) ?? new Set<string>();
      seen.add(input.article.id);
      articles.set(claim.object.label, seen);
    }
  }
  return clusterTopics([...articles.entries()].map(([label, ids]) => ({ label, articles: ids.size })));
}


/** Adds `group` to a list of groups unless it is the last one there: a name files its group under each of its keys. */
function fileOnce(groups: number[], group: number): void {
  if (groups[groups.length - 1] !== group) groups.push(group);
}

/** Entities by key, with the spellings and parties seen for each. */
class EntityRegistry {
  private readonly drafts = new Map<string, EntityDraft>();
  /** Person canonical name → settled person key. */
  private readonly personKeys = new Map<string, string>();
  private readonly personNames = new Map<string, Map<string, number>>();
  private readonly personParties = new Map<string, Map<string, number>>();
  private readonly topicKeys = new Map<string, string>();

  person(mention: Mention): void {
    const names = this.personNames.get(mention.canonical) ?? new Map<string, number>();
    // Pronouns and descriptions point at a person; only names are spellings of one.
    const isName = mention.via !== 'pronoun' && mention.via !== 'description' && mention.via !== 'group';
    if (isName) names.set(mention.text, (names.get(mention.text) ?? 0) + 1);
    this.personNames.set(mention.canonical, names);
    if (mention.party) {
      const parties = this.personParties.get(mention.canonical) ?? new Map<string, number>();
      parties.set(mention.party, (parties.get(mention.party) ?? 0) + 1);
      this.personParties.set(mention.canonical, parties);
    }
  }

  /** Groups person names that name the same person; the most frequent full name becomes the label. */
  settlePeople(): void {
    const people = [...this.personNames.keys()]
      .map((name) => ({ name, parts: personName(name) }))
      .sort((a, b) => b.parts.words.length - a.parts.words.length || compareCodeUnits(a.name, b.name));
    const parsed = new Map(people.map(({ name, parts }) => [name, parts] as const));
    const parts = (name: string): PersonName => parsed.get(name) ?? personName(name);
    const groups: string[][] = [];
    // The names under each surname key, in the order names are settled, and the first word of full names, so that a
    // name is compared only with the groups of the names before it that share a key with it: near-linear in the number
    // of names, where comparing every pair stalled on an article naming thousands of people. A key most often holds one
    // name, kept as a number; a mark per group keeps the lookups free of sets, which thousands of names made the cost.
    const isSources = (name: string): boolean => / sources$/.test(name);
    const keysOf = people.map(({ name, parts }) => (parts.surname === undefined || isSources(name) ? [] : surnameKeys(parts.folded)));
    const namesByKey = new Map<string, number | number[]>();
    for (const [at, keys] of keysOf.entries()) {
      for (const key of keys) {
        const filed = namesByKey.get(key);
        if (filed === undefined) namesByKey.set(key, at);
        else if (typeof filed === 'number') namesByKey.set(key, [filed, at]);
        else filed.push(at);
      }
    }
    const groupOf: number[] = [];
    const byFirstWord = new Map<string, number[]>();
    const markedFor: number[] = [];
    for (const [at, { name, parts: p }] of people.entries()) {
      // The groups of earlier names under a key: of any first name for a name that states none, else of the same first name or none.
      const near: number[] = [];
      const take = (earlier: number): void => {
        const first = people[earlier]!.parts.first;
        if (p.first !== undefined && first !== undefined && first !== p.first) return;
        const group = groupOf[earlier]!;
        if (markedFor[group] === at) return;
        markedFor[group] = at;
        near.push(group);
      };
      for (const key of keysOf[at]!) {
        const filed = namesByKey.get(key)!;
        if (typeof filed === 'number') {
          if (filed < at) take(filed);
        } else for (let i = 0; i < filed.length && filed[i]! < at; i++) take(filed[i]!);
      }
      const candidates = near.filter((g) => !isSources(groups[g]![0]!) && groups[g]!.some((n) => samePersonName(parts(n), p)));
      // A lone first name ("Anwen" before a garbled surname) names the one person of that first name, if only one.
      const byFirstName = !isSources(name) && p.words.length === 1 ? [...new Set(byFirstWord.get(p.words[0]!))] : [];
      let group: number;
      if (candidates.length === 1) group = candidates[0]!;
      else if (candidates.length === 0 && byFirstName.length === 1) group = byFirstName[0]!;
      else group = groups.push([]) - 1;
      groups[group]!.push(name);
      if (p.words.length > 1) {
        const filed = byFirstWord.get(p.words[0]!);
        if (filed) fileOnce(filed, group);
        else byFirstWord.set(p.words[0]!, [group]);
      }
      groupOf[at] = group;
    }
    for (const group of groups) {
      const count = (n: string) => [...(this.personNames.get(n)?.values() ?? [])].reduce((a, b) => a + b, 0);
      const full = group.filter((n) => parts(n).words.length > 1);
      const label = [...(full.length > 0 ? full : group)].sort((a, b) => count(b) - count(a) || b.length - a.length || compareCodeUnits(a, b))[0]!;
      const key = entityKey('Person', label);
      const draft = this.draft(key, 'Person', label);
      for (const n of group) {
        this.personKeys.set(n, key);
        for (const [text, c] of this.personNames.get(n) ?? []) draft.names.set(text, (draft.names.get(text) ?? 0) + c);
        for (const [party, c] of this.personParties.get(n) ?? []) draft.parties.set(party, (draft.parties.get(party) ?? 0) + c);
      }
    }
  }

  /** The entity key a mention stands for, creating the entity on first sight. */
  entityFor(mention: Mention): string | undefined {
    switch (mention.type) {
      case 'Person': {
        const key = this.personKeys.get(mention.canonical);
        if (key) this.note(key, mention.text);
        return key;
      }
      case 'Party':
        // "both sides", "we", the verb of an agreement that binds both sides: words that stand for a party are no names of it.
        return this.named('Party', mention.canonical, mention.via === 'group' || mention.via === 'pronoun' || mention.via === 'principals' ? mention.canonical : mention.text);
      case 'Delegation': {
        // ("Our delegation": a team named by its speaker's pronoun has no name of its own there.)
        const key = this.named('Delegation', mention.canonical, mention.via === 'pronoun' ? mention.canonical : mention.text);
        if (mention.party) this.vote(key, this.named('Party', mention.party, mention.party));
        return key;
      }
      case 'Place':
      case 'Talks':
      case 'Organization':
        return this.named(mention.type, mention.canonical, mention.text);
    }
  }

  /**
   * The node of a topic or office named `label` (topics with the same content words share one node); `wording` is how
   * the article put it, kept as an alias.
   */
  topic(label: string, type: 'Topic' | 'Office', wording: string = label): string {
    const signature = `${type}:${type === 'Office' ? label.toLowerCase() : topicSignature(label)}`;
    let key = this.topicKeys.get(signature);
    if (!key) {
      key = entityKey(type, type === 'Office' ? label.toLowerCase() : label);
      this.topicKeys.set(signature, key);
      this.draft(key, type, label);
    }
    this.note(key, wording);
    return key;
  }

  /** The node of a round of talks labelled `label`, which an article names `text`. */
  talks(label: string, text: string): string {
    return this.named('Talks', label, text);
  }

  /** Gives a person with no known side a party's side, by the party's label. */
  assignSide(person: string, party: string): void {
    const draft = this.drafts.get(person);
    if (draft && draft.type === 'Person' && draft.parties.size === 0) draft.parties.set(this.named('Party', party, party), 1);
  }

  /** Gives a person with no known side the side of the body they lead. */
  inheritParty(person: string, body: string): void {
    const draft = this.drafts.get(person);
    const party = this.partyOf(body);
    if (draft && draft.type === 'Person' && draft.parties.size === 0 && party) draft.parties.set(party, 1);
  }

  typeOf(key: string): EntityType | undefined {
    return this.drafts.get(key)?.type;
  }

  /** Key of the party an entity belongs to: its own for a party, the majority of its mentions' parties otherwise. */
  partyOf(key: string): string | undefined {
    const draft = this.drafts.get(key);
    if (!draft) return undefined;
    if (draft.type === 'Party') return key;
    if (draft.party) return draft.party;
    const best = [...draft.parties.entries()].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]))[0];
    if (!best) return undefined;
    return best[0].startsWith('party/') ? best[0] : this.named('Party', best[0], best[0]);
  }

  entities(used: ReadonlySet<string>): Entity[] {
    return [...this.drafts.entries()]
      .filter(([key]) => used.has(key))
      .map(([key, d]) => {
        const aliases = [...d.names.keys()].filter((n) => n !== d.label).sort(compareCodeUnits);
        const party = d.type === 'Party' || d.type === 'Topic' || d.type === 'Office' ? undefined : this.partyOf(key);
        return { key, type: d.type, label: d.label, aliases, party };
      })
      .sort((a, b) => compareCodeUnits(a.key, b.key));
  }

  private named(type: EntityType, canonical: string, text: string): string {
    const key = entityKey(type, canonical);
    this.draft(key, type, canonical);
    this.note(key, text);
    return key;
  }

  private vote(key: string, partyKey: string): void {
    const d = this.drafts.get(key);
    if (d) d.parties.set(partyKey, (d.parties.get(partyKey) ?? 0) + 1);
  }

  private note(key: string, text: string): void {
    const d = this.drafts.get(key);
    const alias = text.replace(/^the\s+/i, '').replace(/'s$/, '').trim();
    if (d && alias && !/^(he|she|they|it|we|his|her|its|their)$/i.test(alias)) d.names.set(alias, (d.names.get(alias) ?? 0) + 1);
  }

  private draft(key: string, type: EntityType, label: string): EntityDraft {
    let d = this.drafts.get(key);
    if (!d) this.drafts.set(key, (d = { type, label, party: undefined, names: new Map(), parties: new Map() }));
    return d;
  }
}
