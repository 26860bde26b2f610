// Reads the graph data the viewer draws from an RDF store: entity and topic nodes, claim edges with their quotes, parties and articles.
import type { Store, Term } from 'n3';
import { PREDICATES, STANCES, type EntityType, type Predicate, type Stance } from '../types.js';
import {
  CLASS_OF,
  OA_TERMS,
  PARLEY_TERMS,
  predicateIri,
  predicateOf,
  PROV_TERMS,
  RDF_TERMS,
  RDFS_TERMS,
  SCHEMA_TERMS,
  SKOS_TERMS,
} from '../rdf/namespaces.js';
import { compareCodeUnits } from '../compare-code-units.js';
import { getMatrix, type PositionsMatrix } from './matrix.js';

/** One entity or topic of the graph, as the viewer shows it. */
export interface ViewerNode {
  /** The entity's IRI. */
  readonly id: string;
  readonly label: string;
  readonly type: EntityType;
  /** IRI of the party the node belongs to (a party belongs to itself), or null when it has none or is shared. */
  readonly party: string | null;
  /** Label of `party`, or null. */
  readonly partyLabel: string | null;
  /** True for a topic or office that holders from more than one party take a position on. */
  readonly shared: boolean;
  /** Number of claims the node is the subject or object of. */
  readonly claimCount: number;
  /** skos:altLabel values, sorted. */
  readonly aliases: readonly string[];
  /** Labels of the offices a person holds (parley:role), sorted. */
  readonly roles: readonly string[];
}

/** A sentence that supports a claim. */
export interface ViewerQuote {
  readonly quote: string;
  /** File name of the article (parley:fileName). */
  readonly article: string;
  /** Headline of the article. */
  readonly title: string;
  /** Outlet and publication date (YYYY-MM-DD) of the article; absent when the graph does not say. */
  readonly outlet?: string | undefined;
  readonly published?: string | undefined;
  /** Who the article attributes the statement to, when it says. */
  readonly attribution: string | null;
  readonly hedged: boolean;
  /** The rule by which the resolver inferred the claim when this sentence only names its subject, else null. */
  readonly inferredBy: string | null;
}

/** One claim node of the graph, drawn as an edge from its subject to its object. */
export interface ViewerEdge {
  /** The claim's IRI. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly predicate: Predicate;
  /** The predicate when it is one of the four stances, else null. */
  readonly stance: Stance | null;
  readonly confidence: number;
  /** Number of distinct articles that support the claim. */
  readonly articleCount: number;
  /** Number of distinct outlets among those articles (one outlet's reprints count once). */
  readonly outletCount: number;
  /** Supporting quotes, sorted by article file name, then position in the article. */
  readonly quotes: readonly ViewerQuote[];
  /** The rules by which the resolver inferred the claim when no article states it (sorted), else empty. */
  readonly inferredBy: readonly string[];
  /** Another claim contradicts this one (parley:ContestedClaim). */
  readonly contested: boolean;
  /** IRIs of the rounds of talks the claim was stated at (parley:atRound), sorted. */
  readonly rounds: readonly string[];
}

/** A round of talks, for the round filter and the timeline. */
export interface ViewerRound {
  readonly id: string;
  /** "Lisbon talks (second round, 2 June 2025)", "Lisbon talks (date unknown)". */
  readonly label: string;
  /** First day, `YYYY-MM-DD`, or null when no article states it. */
  readonly date: string | null;
}

/** A party, for the legend and the party filter. */
export interface ViewerParty {
  readonly id: string;
  readonly label: string;
}

/** An article, for the article filter. */
export interface ViewerArticle {
  readonly id: string;
  /** File name, the article's key in quotes and in the URL. */
  readonly file: string;
  readonly title: string;
  /** Number of claims the article supports. */
  readonly claimCount: number;
}

/** Everything the viewer page needs, as JSON. */
export interface ViewerData {
  /** Sorted by id. */
  readonly nodes: readonly ViewerNode[];
  /** Sorted by id. */
  readonly edges: readonly ViewerEdge[];
  /** Sorted by label, then id. */
  readonly parties: readonly ViewerParty[];
  /** Sorted by file name. */
  readonly articles: readonly ViewerArticle[];
  /** The rounds claims were stated at, in time order: by first day (undated last), then label. */
  readonly rounds: readonly ViewerRound[];
  /** The four stances, in the order filters and legends list them. */
  readonly stances: readonly Stance[];
  /** Every predicate the graph may hold, in the order legends list them. */
  readonly predicates: readonly Predicate[];
  /** Where the sides stand (getMatrix): the matrix view, and the sticking points the graph highlights. */
  readonly matrix: PositionsMatrix;
}

/** Entity types keyed by the IRI of their class. */
const TYPE_OF_CLASS: ReadonlyMap<string, EntityType> = new Map(
  (Object.entries(CLASS_OF) as [EntityType, string][]).map(([type, iri]) => [iri, type]),
);

/** Types whose party follows from who holds them rather than from a parley:party link. */
const HELD_TYPES: ReadonlySet<EntityType> = new Set(['Topic', 'Office']);


/**
 * The viewer's data from a store holding a graph in the model of docs/data-model.md.
 * Pure and deterministic: nodes and edges sorted by IRI, quotes by article and offset.
 * A topic (or office) takes the party of its holders when exactly one party holds it, is shared when several do,
 * and keeps its own parley:party link when nobody does.
 */
export function getViewerData(store: Store): ViewerData {
  const one: One = (subject, predicate) => store.getObjects(subject, predicate, null)[0];
  const text: Text = (subject, predicate) => one(subject, predicate)?.value;

  const types = new Map<string, EntityType>();
  for (const quad of store.getQuads(null, RDF_TERMS.type, null, null)) {
    const type = TYPE_OF_CLASS.get(quad.object.value);
    if (type !== undefined && quad.subject.termType === 'NamedNode') types.set(quad.subject.value, type);
  }

  const edges = readEdges(store, types, one, text);
  const claimCounts = new Map<string, number>();
  for (const edge of edges) {
    claimCounts.set(edge.source, (claimCounts.get(edge.source) ?? 0) + 1);
    claimCounts.set(edge.target, (claimCounts.get(edge.target) ?? 0) + 1);
  }

  const label = (iri: string): string => text(iri, RDFS_TERMS.label) ?? iri;
  const linkedParty = (iri: string): string | null => {
    if (types.get(iri) === 'Party') return iri;
    const party = store.getObjects(iri, PARLEY_TERMS.party, null).find((term) => types.get(term.value) === 'Party');
    return party?.value ?? null;
  };
  const holderParties = new Map<string, Set<string>>();
  for (const edge of edges) {
    if (!HELD_TYPES.has(types.get(edge.target) ?? 'Party')) continue;
    const party = linkedParty(edge.source);
    if (party === null) continue;
    const set = holderParties.get(edge.target) ?? new Set<string>();
    set.add(party);
    holderParties.set(edge.target, set);
  }

  const nodes: ViewerNode[] = [...types.entries()]
    .sort(([a], [b]) => compareCodeUnits(a, b))
    .map(([id, type]) => {
      const holders = HELD_TYPES.has(type) ? holderParties.get(id) : undefined;
      const shared = holders !== undefined && holders.size > 1;
      const party = shared ? null : holders?.size === 1 ? [...holders][0]! : linkedParty(id);
      return {
        id,
        label: label(id),
        type,
        party,
        partyLabel: party === null ? null : label(party),
        shared,
        claimCount: claimCounts.get(id) ?? 0,
        aliases: store.getObjects(id, SKOS_TERMS.altLabel, null).map((term) => term.value).sort(compareCodeUnits),
        roles: store
          .getObjects(id, predicateIri('role'), null)
          .map((term) => label(term.value))
          .sort(compareCodeUnits),
      };
    });

  const parties = nodes
    .filter((node) => node.type === 'Party')
    .map((node) => ({ id: node.id, label: node.label }))
    .sort((a, b) => compareCodeUnits(a.label, b.label) || compareCodeUnits(a.id, b.id));

  const rounds = [...new Set(edges.flatMap((edge) => edge.rounds))]
    .map((id) => ({ id, label: label(id), date: text(id, SCHEMA_TERMS.startDate) ?? null }))
    .sort((a, b) => compareCodeUnits(a.date ?? '\uffff', b.date ?? '\uffff') || compareCodeUnits(a.label, b.label) || compareCodeUnits(a.id, b.id));
  return { nodes, edges, parties, articles: readArticles(store, edges, text), rounds, stances: [...STANCES], predicates: [...PREDICATES], matrix: getMatrix(store) };
}

/** The first object of (subject, predicate), or its value; subjects are terms or IRIs. */
type One = (subject: Term | string, predicate: string) => Term | undefined;
type Text = (subject: Term | string, predicate: string) => string | undefined;

function readEdges(store: Store, types: ReadonlyMap<string, EntityType>, one: One, text: Text): ViewerEdge[] {
  const edges: ViewerEdge[] = [];
  for (const claim of store.getSubjects(RDF_TERMS.type, PARLEY_TERMS.Claim, null)) {
    const source = one(claim, RDF_TERMS.subject)?.value;
    const target = one(claim, RDF_TERMS.object)?.value;
    const predicate = predicateOf(one(claim, RDF_TERMS.predicate)?.value ?? '');
    // A claim whose ends are not entities of the graph cannot be drawn; the SHACL shapes reject such graphs.
    if (source === undefined || target === undefined || predicate === undefined || !types.has(source) || !types.has(target)) continue;
    const quotes = readQuotes(store, claim, one, text);
    const inferred = store.countQuads(claim, RDF_TERMS.type, PARLEY_TERMS.InferredClaim, null) > 0;
    edges.push({
      id: claim.value,
      source,
      target,
      predicate,
      stance: (STANCES as readonly string[]).includes(predicate) ? (predicate as Stance) : null,
      confidence: Number(text(claim, PARLEY_TERMS.confidence) ?? 0),
      articleCount: Number(text(claim, PARLEY_TERMS.articleCount) ?? 0),
      outletCount: Number(text(claim, PARLEY_TERMS.outletCount) ?? text(claim, PARLEY_TERMS.articleCount) ?? 0),
      quotes,
      inferredBy: inferred ? [...new Set(quotes.flatMap((quote) => quote.inferredBy ?? []))].sort(compareCodeUnits) : [],
      rounds: store.getObjects(claim, PARLEY_TERMS.atRound, null).map((term) => term.value).sort(compareCodeUnits),
      contested: store.countQuads(claim, RDF_TERMS.type, PARLEY_TERMS.ContestedClaim, null) > 0,
    });
  }
  return edges.sort((a, b) => compareCodeUnits(a.id, b.id));
}

function readQuotes(store: Store, claim: Term, one: One, text: Text): ViewerQuote[] {
  const quotes: (ViewerQuote & { start: number })[] = [];
  for (const mention of store.getObjects(claim, PROV_TERMS.wasDerivedFrom, null)) {
    const article = one(mention, PROV_TERMS.wasQuotedFrom);
    const target = one(mention, OA_TERMS.hasTarget);
    if (article === undefined || target === undefined) continue;
    const selectors = store.getObjects(target, OA_TERMS.hasSelector, null);
    const ofType = (type: string) => selectors.find((selector) => store.countQuads(selector, RDF_TERMS.type, type, null) > 0);
    const quoteSelector = ofType(OA_TERMS.TextQuoteSelector);
    const positionSelector = ofType(OA_TERMS.TextPositionSelector);
    const quote = quoteSelector === undefined ? undefined : text(quoteSelector, OA_TERMS.exact);
    if (quote === undefined) continue;
    quotes.push({
      quote,
      article: text(article, PARLEY_TERMS.fileName) ?? article.value,
      title: text(article, SCHEMA_TERMS.headline) ?? '',
      outlet: text(article, SCHEMA_TERMS.publisher),
      published: text(article, SCHEMA_TERMS.datePublished),
      attribution: text(mention, PARLEY_TERMS.attribution) ?? null,
      hedged: text(mention, PARLEY_TERMS.hedged) === 'true',
      inferredBy: store.countQuads(mention, RDF_TERMS.type, PARLEY_TERMS.InferredMention, null) > 0 ? (text(mention, PARLEY_TERMS.rule) ?? '') : null,
      start: positionSelector === undefined ? 0 : Number(text(positionSelector, OA_TERMS.start) ?? 0),
    });
  }
  return quotes
    .sort((a, b) => compareCodeUnits(a.article, b.article) || a.start - b.start || compareCodeUnits(a.quote, b.quote))
    .map(({ start: _start, ...quote }) => quote);
}

function readArticles(store: Store, edges: readonly ViewerEdge[], text: Text): ViewerArticle[] {
  const claimsPerFile = new Map<string, number>();
  for (const edge of edges) {
    for (const file of new Set(edge.quotes.map((quote) => quote.article))) claimsPerFile.set(file, (claimsPerFile.get(file) ?? 0) + 1);
  }
  return store
    .getSubjects(RDF_TERMS.type, PARLEY_TERMS.Article, null)
    .map((article) => {
      const file = text(article, PARLEY_TERMS.fileName) ?? article.value;
      return { id: article.value, file, title: text(article, SCHEMA_TERMS.headline) ?? file, claimCount: claimsPerFile.get(file) ?? 0 };
    })
    .sort((a, b) => compareCodeUnits(a.file, b.file) || compareCodeUnits(a.id, b.id));
}
