// Small readers over a store of Parley's graph: labels, entity types, numbers, the claims and their quoted sources.
import { DataFactory, type Store } from 'n3';
import type { EntityType } from '../types.js';
import { CLASS_OF, OA_TERMS, PARLEY_TERMS, PROV_TERMS, RDF_TERMS, RDFS_TERMS, SCHEMA_TERMS, SKOS_TERMS } from '../rdf/namespaces.js';
import { compareCodeUnits } from '../compare-code-units.js';

const { namedNode } = DataFactory;

/** A graph node as queries return it. */
export interface NodeRef {
  readonly iri: string;
  readonly label: string;
}

/** A passage of an article that states a claim. */
export interface ClaimSource {
  /** File name of the article. */
  readonly article: string;
  /** Headline of the article. */
  readonly title: string;
  /** Outlet (schema:publisher), publication date (schema:datePublished, YYYY-MM-DD) and web address (schema:url) of the article, when the graph says. */
  readonly outlet: string | undefined;
  readonly published: string | undefined;
  readonly url: string | undefined;
  /** The exact quoted text. */
  readonly quote: string;
  /** Offset of the quote in the article text (UTF-16 code units), for ordering. */
  readonly start: number;
  /** Name of the rule behind the mention (parley:rule). */
  readonly rule: string;
  /** The quote only names the claim's subject; the resolver inferred the rest by `rule` (a parley:InferredMention). */
  readonly inferred: boolean;
}

/** A claim node read back: the reified triple and its provenance. */
export interface StoredClaim {
  readonly iri: string;
  readonly subject: string;
  readonly predicate: string;
  readonly object: string;
  readonly confidence: number;
  readonly articleCount: number;
  /** Number of distinct outlets (parley:outletCount); graphs written before outlets were counted give the article count. */
  readonly outletCount: number;
  /** No article states it: the resolver inferred it (a parley:InferredClaim). */
  readonly inferred: boolean;
}


/** Order for labels shown to people: case-insensitive first, code units to break ties. */
export function compareLabels(a: string, b: string): number {
  return compareCodeUnits(a.toLowerCase(), b.toLowerCase()) || compareCodeUnits(a, b);
}

/** A name folded for matching what people type: NFD without accents, lower case, spaces collapsed, no leading "the". */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^the /u, '');
}

/** Values of the objects of (subject, predicate), sorted so that a choice among several is stable. */
export function objectValues(store: Store, subject: string, predicate: string): string[] {
  return store
    .getObjects(namedNode(subject), namedNode(predicate), null)
    .map((term) => term.value)
    .sort(compareCodeUnits);
}

/** The first object value of (subject, predicate), or undefined. */
export function objectValue(store: Store, subject: string, predicate: string): string | undefined {
  return objectValues(store, subject, predicate)[0];
}

/** The numeric object of (subject, predicate); NaN when absent or not a number. */
export function numberValue(store: Store, subject: string, predicate: string): number {
  const value = objectValue(store, subject, predicate);
  return value === undefined ? Number.NaN : Number(value);
}

/** The rdfs:label of a node, or its IRI when it has none. */
export function labelOf(store: Store, iri: string): string {
  return objectValue(store, iri, RDFS_TERMS.label) ?? iri;
}

/** The skos:altLabel values of a node, sorted. */
export function aliasesOf(store: Store, iri: string): string[] {
  return objectValues(store, iri, SKOS_TERMS.altLabel);
}

const TYPE_OF_CLASS: ReadonlyMap<string, EntityType> = new Map(
  (Object.entries(CLASS_OF) as [EntityType, string][]).map(([type, iri]) => [iri, type]),
);

/** The entity type of a node from its parley: class, or undefined for claims, mentions, articles and unknown nodes. */
export function entityTypeOf(store: Store, iri: string): EntityType | undefined {
  for (const cls of objectValues(store, iri, RDF_TERMS.type)) {
    const type = TYPE_OF_CLASS.get(cls);
    if (type !== undefined) return type;
  }
  return undefined;
}

/** Every node typed with an entity class, with its type, sorted by IRI. */
export function entityNodes(store: Store): { readonly iri: string; readonly type: EntityType }[] {
  const found = new Map<string, EntityType>();
  for (const [cls, type] of TYPE_OF_CLASS) {
    for (const subject of store.getSubjects(namedNode(RDF_TERMS.type), namedNode(cls), null)) {
      // A node with two entity classes keeps the one entityTypeOf reports, so every reader agrees.
      if (!found.has(subject.value)) found.set(subject.value, entityTypeOf(store, subject.value) ?? type);
    }
  }
  return [...found].map(([iri, type]) => ({ iri, type })).sort((a, b) => compareCodeUnits(a.iri, b.iri));
}

/** Whether `iri` is typed `type`. */
export function hasType(store: Store, iri: string, type: string): boolean {
  return store.countQuads(namedNode(iri), namedNode(RDF_TERMS.type), namedNode(type), null) > 0;
}

/** Every parley:Claim node with its reified triple, sorted by IRI. Claims missing a part of the triple are skipped. */
export function storedClaims(store: Store): StoredClaim[] {
  const claims: StoredClaim[] = [];
  for (const node of store.getSubjects(namedNode(RDF_TERMS.type), namedNode(PARLEY_TERMS.Claim), null)) {
    const iri = node.value;
    const subject = objectValue(store, iri, RDF_TERMS.subject);
    const predicate = objectValue(store, iri, RDF_TERMS.predicate);
    const object = objectValue(store, iri, RDF_TERMS.object);
    if (subject === undefined || predicate === undefined || object === undefined) continue;
    const articleCount = numberValue(store, iri, PARLEY_TERMS.articleCount);
    claims.push({
      iri,
      subject,
      predicate,
      object,
      confidence: numberValue(store, iri, PARLEY_TERMS.confidence),
      articleCount,
      outletCount: objectValue(store, iri, PARLEY_TERMS.outletCount) === undefined ? articleCount : numberValue(store, iri, PARLEY_TERMS.outletCount),
      inferred: hasType(store, iri, PARLEY_TERMS.InferredClaim),
    });
  }
  return claims.sort((a, b) => compareCodeUnits(a.iri, b.iri));
}

/**
 * The sources of a claim: for each mention it was derived from, the article's file name and headline and the exact
 * quote. Sorted by article file name, then offset, then quote.
 */
export function claimSources(store: Store, claimIri: string): ClaimSource[] {
  const sources: ClaimSource[] = [];
  for (const mention of objectValues(store, claimIri, PROV_TERMS.wasDerivedFrom)) {
    const article = objectValue(store, mention, PROV_TERMS.wasQuotedFrom);
    const target = objectValue(store, mention, OA_TERMS.hasTarget);
    if (article === undefined || target === undefined) continue;
    let quote: string | undefined;
    let start = Number.NaN;
    for (const selector of objectValues(store, target, OA_TERMS.hasSelector)) {
      quote ??= objectValue(store, selector, OA_TERMS.exact);
      if (Number.isNaN(start)) start = numberValue(store, selector, OA_TERMS.start);
    }
    if (quote === undefined) continue;
    sources.push({
      article: objectValue(store, article, PARLEY_TERMS.fileName) ?? article,
      title: objectValue(store, article, SCHEMA_TERMS.headline) ?? '',
      outlet: objectValue(store, article, SCHEMA_TERMS.publisher),
      published: objectValue(store, article, SCHEMA_TERMS.datePublished),
      url: objectValue(store, article, SCHEMA_TERMS.url),
      quote,
      start,
      rule: objectValue(store, mention, PARLEY_TERMS.rule) ?? '',
      inferred: hasType(store, mention, PARLEY_TERMS.InferredMention),
    });
  }
  return sources.sort(
    (a, b) => compareCodeUnits(a.article, b.article) || (a.start - b.start || 0) || compareCodeUnits(a.quote, b.quote),
  );
}

/** An issue with its skos:prefLabel. */
export function issueRef(store: Store, issue: string): NodeRef {
  return { iri: issue, label: objectValue(store, issue, SKOS_TERMS.prefLabel) ?? issue };
}

/** The issue a topic is under (skos:broader). */
export function issueOf(store: Store, topic: string): NodeRef | undefined {
  const issue = objectValue(store, topic, SKOS_TERMS.broader);
  return issue === undefined ? undefined : issueRef(store, issue);
}
