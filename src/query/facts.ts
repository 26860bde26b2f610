// The facts export: the graph's entities and claims as the JSON the extraction scorer reads (shared/eval/README.md).
import type { Store } from 'n3';
import { PARLEY, PARLEY_TERMS } from '../rdf/namespaces.js';
import type { EntityType } from '../types.js';
import { aliasesOf, claimSources, entityNodes, entityTypeOf, labelOf, objectValue, storedClaims } from './read-store.js';
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

/** Words of a name or a quote as compared: lower case, no possessive, letters and figures only, padded with spaces. */
function wordsOf(text: string): string {
  return ` ${text.toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/**
 * The name of a delegation as the fact's quotes state it: its label, else the first of its other names of more than
 * one word a quote contains ("the federation's team"), else the party it represents (a team the sentence implies,
 * "Kestrel's chief negotiator", names no team but its side). A delegation's label is the name the articles give it
 * most, which the sentence at hand may not use.
 */
function statedDelegationName(store: Store, delegation: string, sources: readonly FactSource[]): string {
  const quotes = sources.map((source) => wordsOf(source.quote));
  const stated = (name: string): boolean => quotes.some((quote) => quote.includes(wordsOf(name).replace(/^ the /, ' ')));
  const label = labelOf(store, delegation);
  // (A noun alone, "the team", "the delegation", names no one team.)
  const named = [label, ...aliasesOf(store, delegation).filter((alias) => /\s/.test(alias.trim()))].find(stated);
  if (named !== undefined) return named;
  const party = objectValue(store, delegation, PARLEY_TERMS.party);
  return party === undefined ? label : labelOf(store, party);
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
    .map((claim) => {
      const sources = claimSources(store, claim.iri)
        .map(({ article, quote }) => ({ article, quote }))
        .sort(compareSources);
      const object = entityTypeOf(store, claim.object) === 'Delegation' ? statedDelegationName(store, claim.object, sources) : labelOf(store, claim.object);
      return { key: claim.iri, fact: { subject: labelOf(store, claim.subject), predicate: predicateName(claim.predicate), object, sources } };
    })
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
