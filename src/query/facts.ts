// The facts export: the graph's entities and claims as the JSON the extraction scorer reads (shared/eval/README.md).
import type { Store } from 'n3';
import { PARLEY } from '../rdf/namespaces.js';
import type { EntityType } from '../types.js';
import { aliasesOf, claimSources, entityNodes, labelOf, storedClaims } from './read-store.js';
import { compareCodeUnits } from '../compare-code-units.js';

/** Entity types of the facts contract: the graph's types, with talks called events; topics and offices are not listed. */
export type FactEntityType = 'Party' | 'Person' | 'Delegation' | 'Place' | 'Event' | 'Organization';

/** The contract's name of each listed entity type. */
const CONTRACT_TYPE: Readonly<Partial<Record<EntityType, FactEntityType>>> = {
  Party: 'Party',
  Person: 'Person',
  Delegation: 'Delegation',
  Place: 'Place',
  Talks: 'Event',
  Organization: 'Organization',
};

/** The facts export's type of a graph node, or undefined for the nodes it does not list as entities (topics, offices). */
export function factEntityType(type: EntityType): FactEntityType | undefined {
  return CONTRACT_TYPE[type];
}

export interface FactEntity {
  /** The entity's IRI. */
  readonly id: string;
  readonly label: string;
  readonly type: FactEntityType;
  /** Other names it was resolved from, sorted. */
  readonly aliases: readonly string[];
}

export interface FactSource {
  /** File name of the article. */
  readonly article: string;
  /** The exact text of the article that states the fact. */
  readonly quote: string;
}

export interface Fact {
  /** Label of the subject node. */
  readonly subject: string;
  /** Local name of the predicate: `leads`, `demands`, … */
  readonly predicate: string;
  /** Label of the object node. */
  readonly object: string;
  readonly sources: readonly FactSource[];
}

/** The document the scorer reads. */
export interface FactsExport {
  readonly entities: readonly FactEntity[];
  readonly facts: readonly Fact[];
}

/** The local name of a parley: property; any other IRI is kept whole. */
function predicateName(iri: string): string {
  return iri.startsWith(PARLEY) ? iri.slice(PARLEY.length) : iri;
}

function compareSources(a: FactSource, b: FactSource): number {
  return compareCodeUnits(a.article, b.article) || compareCodeUnits(a.quote, b.quote);
}

/**
 * The facts export of a graph read from Turtle: every entity node except topics and offices (sorted by IRI), and one
 * fact per claim node with the sources that state it (sorted by subject, predicate, object, then claim IRI).
 * A claim the resolver inferred, which no article states, is left out: the contract lists what articles state. A stated
 * claim keeps every article that names its subject, as the contract's annotators count a side in each article that
 * names the person once any article has stated it. Deterministic.
 */
export function exportFacts(store: Store): FactsExport {
  const entities: FactEntity[] = [];
  for (const { iri, type } of entityNodes(store)) {
    const contractType = CONTRACT_TYPE[type];
    if (contractType === undefined) continue;
    entities.push({ id: iri, label: labelOf(store, iri), type: contractType, aliases: aliasesOf(store, iri) });
  }
  const facts = storedClaims(store)
    .filter((claim) => !claim.inferred)
    .map((claim) => ({
      key: claim.iri,
      fact: {
        subject: labelOf(store, claim.subject),
        predicate: predicateName(claim.predicate),
        object: labelOf(store, claim.object),
        sources: claimSources(store, claim.iri)
          .map(({ article, quote }) => ({ article, quote }))
          .sort(compareSources),
      },
    }))
    .sort(
      (a, b) =>
        compareCodeUnits(a.fact.subject, b.fact.subject) ||
        compareCodeUnits(a.fact.predicate, b.fact.predicate) ||
        compareCodeUnits(a.fact.object, b.fact.object) ||
        compareCodeUnits(a.key, b.key),
    )
    .map(({ fact }) => fact);
  return { entities, facts };
}
