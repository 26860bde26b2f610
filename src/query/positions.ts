// The positions of each party (what it demands, rejects, proposes, agrees to), read from the built graph.
import { DataFactory, type Store } from 'n3';
import { UsageError } from '../errors.js';
import { CLASS_OF, PARLEY_TERMS, predicateOf, RDF_TERMS } from '../rdf/namespaces.js';
import { STANCES, type EntityType, type Predicate, type Stance } from '../types.js';
import {
  aliasesOf,
  claimSources,
  compareLabels,
  entityTypeOf,
  foldName,
  hasType,
  labelOf,
  objectValues,
  storedClaims,
  type ClaimSource,
  type NodeRef,
  type StoredClaim,
} from './read-store.js';
import { compareCodeUnits } from '../compare-code-units.js';
import { partyOfName } from '../nlp/world-knowledge.js';

const { namedNode } = DataFactory;

function isStance(predicate: Predicate | undefined): predicate is Stance {
  return (STANCES as readonly (Predicate | undefined)[]).includes(predicate);
}

/** One stance of a party towards a topic, taken by the party itself or by one of its people or delegations. */
export interface Position {
  readonly party: NodeRef;
  /** Who the sentence says took the stance: the party, or a person or delegation whose parley:party is the party. */
  readonly holder: NodeRef & { readonly type: EntityType };
  readonly stance: Stance;
  readonly topic: NodeRef;
  /** Combined confidence of the claim, 0..1. */
  readonly confidence: number;
  /** Number of distinct articles that state it. */
  readonly articleCount: number;
  /** Number of distinct outlets among those articles: one outlet's reprints count once. */
  readonly outletCount: number;
  /** Where it is stated, sorted by article file name and offset. */
  readonly sources: readonly PositionSource[];
  /**
   * The rules by which the resolver inferred what no article states, sorted: the claim itself, or the holder's side
   * (a person whose party only the resolver gives). Empty when articles state it all.
   */
  readonly inferredBy: readonly string[];
  /** Another claim contradicts this one (parley:ContestedClaim): the same side also holds or rejects the topic, at the same date. */
  readonly contested: boolean;
}

/** A passage that states a position. */
export interface PositionSource {
  /** File name of the article. */
  readonly article: string;
  /** Headline of the article. */
  readonly title: string;
  /** Outlet, publication date (YYYY-MM-DD) and web address of the article, when the graph says. */
  readonly outlet?: string | undefined;
  readonly published?: string | undefined;
  readonly url?: string | undefined;
  readonly quote: string;
}

/** Which positions to return. */
export interface PositionsOptions {
  /** A party's label, alias or IRI, matched case- and accent-insensitively; every party when absent. */
  readonly party?: string | undefined;
  /** Only this stance; every stance when absent. */
  readonly stance?: Stance | undefined;
}

export const DEFAULT_POSITIONS_OPTIONS: PositionsOptions = {};

/** Checks the options: a non-empty party name and a known stance. Throws UsageError otherwise. */
export function resolvePositionsOptions(partial: Partial<PositionsOptions> = {}): PositionsOptions {
  const options = { ...DEFAULT_POSITIONS_OPTIONS, ...partial };
  if (options.party !== undefined && (typeof options.party !== 'string' || options.party.trim() === '')) {
    throw new UsageError(`positions: the party is empty. Expecting a party name, alias or IRI but got ${JSON.stringify(options.party)}.`);
  }
  if (options.stance !== undefined && !STANCES.includes(options.stance)) {
    throw new UsageError(`positions: unknown stance ${JSON.stringify(options.stance)}. Expecting one of ${STANCES.join(', ')}.`);
  }
  return options;
}

/** Party nodes of the graph with their labels, sorted by label. */
export function partyNodes(store: Store): NodeRef[] {
  return store
    .getSubjects(namedNode(RDF_TERMS.type), namedNode(CLASS_OF.Party), null)
    .map((node) => ({ iri: node.value, label: labelOf(store, node.value) }))
    .sort((a, b) => compareLabels(a.label, b.label) || compareCodeUnits(a.iri, b.iri));
}

/** A party name that the graph does not hold, with the parties it does hold; `where` names the graph (a file, for the CLI). */
export class UnknownPartyError extends UsageError {
  constructor(
    readonly party: string,
    readonly parties: readonly string[],
    where = 'the graph',
    readonly command = 'positions',
  ) {
    super(`${command}: no party named ${JSON.stringify(party)} in ${where}; ${parties.length ? `parties: ${parties.join(', ')}` : 'it holds no parties'}`);
  }
}

/**
 * The parties a name designates: by IRI, or by label or alias folded; failing those, the party world knowledge
 * gives the name ("Kyiv", "Türkiye", "Burma"), which the articles may never have written.
 */
export function matchParties(store: Store, parties: readonly NodeRef[], name: string): NodeRef[] {
  const named = (wanted: string) => {
    const folded = foldName(wanted);
    return parties.filter((party) => party.iri === wanted || [party.label, ...aliasesOf(store, party.iri)].some((n) => foldName(n) === folded));
  };
  const matches = named(name);
  if (matches.length > 0) return matches;
  const known = partyOfName(name);
  const byKnowledge = known === undefined ? [] : named(known);
  if (byKnowledge.length > 0) return byKnowledge;
  throw new UnknownPartyError(name, parties.map((p) => p.label));
}

/** The parties a holder speaks for: itself when it is a party, else its parley:party links. */
export function partiesOf(store: Store, holder: string, type: EntityType): string[] {
  return type === 'Party' ? [holder] : objectValues(store, holder, PARLEY_TERMS.party);
}

function toPositionSource(source: ClaimSource): PositionSource {
  const { article, title, outlet, published, url, quote } = source;
  return { article, title, outlet, published, url, quote };
}

/** The rules of an inferred claim's mentions, sorted and distinct. */
function inferenceRules(store: Store, claimIri: string): string[] {
  return [...new Set(claimSources(store, claimIri).map((source) => source.rule))].sort(compareCodeUnits);
}

/**
 * How the resolver inferred a position: the rules of the stance claim when no article states it, and of the holder's
 * memberOf claim when no article states the holder's side.
 */
function inferredBy(store: Store, claim: StoredClaim, inferredSides: ReadonlyMap<string, string[]>, party: string): string[] {
  const rules = new Set([...(claim.inferred ? inferenceRules(store, claim.iri) : []), ...(inferredSides.get(`${claim.subject} ${party}`) ?? [])]);
  return [...rules].sort(compareCodeUnits);
}

/**
 * Positions read from the graph: stance claims whose subject is a party, or a person or delegation whose
 * parley:party is that party. Sorted by party label, stance (in the order of STANCES), descending confidence,
 * topic label, then holder label. Throws UsageError for an unknown party (listing the known ones) or stance.
 */
export function getPositions(store: Store, partial: Partial<PositionsOptions> = {}): Position[] {
  const options = resolvePositionsOptions(partial);
  const parties = partyNodes(store);
  const wanted = options.party === undefined ? parties : matchParties(store, parties, options.party);
  const byIri = new Map(wanted.map((party) => [party.iri, party]));
  const positions: Position[] = [];
  const claims = storedClaims(store);
  // "person party" → rules, for each side no article states.
  const inferredSides = new Map(
    claims.filter((c) => c.inferred && predicateOf(c.predicate) === 'memberOf').map((c) => [`${c.subject} ${c.object}`, inferenceRules(store, c.iri)]),
  );
  for (const claim of claims) {
    const stance = predicateOf(claim.predicate);
    if (!isStance(stance) || (options.stance !== undefined && stance !== options.stance)) continue;
    const type = entityTypeOf(store, claim.subject);
    // A subject without an entity class is not something a party can speak through.
    if (type === undefined) continue;
    const holderParties = partiesOf(store, claim.subject, type).flatMap((iri) => byIri.get(iri) ?? []);
    if (holderParties.length === 0) continue;
    const sources = claimSources(store, claim.iri).map(toPositionSource);
    for (const party of holderParties) {
      positions.push({
        party,
        holder: { iri: claim.subject, label: labelOf(store, claim.subject), type },
        stance,
        topic: { iri: claim.object, label: labelOf(store, claim.object) },
        confidence: claim.confidence,
        articleCount: claim.articleCount,
        outletCount: claim.outletCount,
        sources,
        inferredBy: inferredBy(store, claim, inferredSides, party.iri),
        contested: hasType(store, claim.iri, PARLEY_TERMS.ContestedClaim),
      });
    }
  }
  return positions.sort(
    (a, b) =>
      compareLabels(a.party.label, b.party.label) ||
      compareCodeUnits(a.party.iri, b.party.iri) ||
      STANCES.indexOf(a.stance) - STANCES.indexOf(b.stance) ||
      b.confidence - a.confidence ||
      compareLabels(a.topic.label, b.topic.label) ||
      compareLabels(a.holder.label, b.holder.label) ||
      compareCodeUnits(a.topic.iri, b.topic.iri) ||
      compareCodeUnits(a.holder.iri, b.holder.iri),
  );
}
