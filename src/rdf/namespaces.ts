// The vocabularies and IRI scheme of Parley's graph: the only place IRIs are spelled out.
import { hash } from 'node:crypto';
import { PREDICATES, type EntityType, type Predicate } from '../types.js';

/** Parley's ontology namespace (classes and properties). Stable: changing it breaks every stored query. */
export const PARLEY = 'https://w3id.org/parley/ontology#';
/** Namespace of the resources Parley mints (entities, topics, claims, mentions, articles). */
export const PARLEY_ID = 'https://w3id.org/parley/id/';

export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
export const OWL = 'http://www.w3.org/2002/07/owl#';
export const XSD = 'http://www.w3.org/2001/XMLSchema#';
export const SKOS = 'http://www.w3.org/2004/02/skos/core#';
export const PROV = 'http://www.w3.org/ns/prov#';
export const OA = 'http://www.w3.org/ns/oa#';
export const SCHEMA = 'https://schema.org/';
export const FOAF = 'http://xmlns.com/foaf/0.1/';
export const DCTERMS = 'http://purl.org/dc/terms/';
export const SH = 'http://www.w3.org/ns/shacl#';

/** Prefixes written at the top of every Turtle file, in this order. */
export const PREFIXES: Readonly<Record<string, string>> = {
  parley: PARLEY,
  id: PARLEY_ID,
  rdf: RDF,
  rdfs: RDFS,
  owl: OWL,
  xsd: XSD,
  skos: SKOS,
  prov: PROV,
  oa: OA,
  schema: SCHEMA,
  foaf: FOAF,
  dcterms: DCTERMS,
};

/**
 * `prefix:local` for an IRI in one of PREFIXES (the longest namespace wins), else the IRI itself.
 * Never compacts to a local part starting with `//`, which JSON-LD would read as an absolute IRI.
 */
export function compactIri(iri: string): string {
  let best: [string, string] | undefined;
  for (const [prefix, namespace] of Object.entries(PREFIXES)) {
    if (iri.startsWith(namespace) && (best === undefined || namespace.length > best[1].length)) best = [prefix, namespace];
  }
  if (best === undefined) return iri;
  const local = iri.slice(best[1].length);
  return local.startsWith('//') ? iri : `${best[0]}:${local}`;
}

/** Ontology class of each entity type. */
export const CLASS_OF: Readonly<Record<EntityType, string>> = {
  Party: `${PARLEY}Party`,
  Person: `${PARLEY}Person`,
  Delegation: `${PARLEY}Delegation`,
  Place: `${PARLEY}Place`,
  Talks: `${PARLEY}Talks`,
  Organization: `${PARLEY}Organization`,
  Office: `${PARLEY}Office`,
  Topic: `${PARLEY}Topic`,
};

/** Path segment under PARLEY_ID for each entity type. */
const SEGMENT_OF: Readonly<Record<EntityType, string>> = {
  Party: 'party',
  Person: 'person',
  Delegation: 'delegation',
  Place: 'place',
  Talks: 'talks',
  Organization: 'organization',
  Office: 'office',
  Topic: 'topic',
};

/** Characters left unescaped by encodeURIComponent that are still unsafe in Turtle IRIs or in some stores. */
const EXTRA_ESCAPES: Readonly<Record<string, string>> = { '!': '%21', "'": '%27', '(': '%28', ')': '%29', '*': '%2A' };

/**
 * Turns any label into a safe IRI path segment: NFC, trimmed, lone surrogates replaced,
 * whitespace runs to `_`, then percent-encoded so that no character can end the IRI.
 * The same label always gives the same segment.
 */
export function slug(label: string): string {
  const cleaned = label.toWellFormed().normalize('NFC').trim().replace(/\s+/gu, '_');
  const segment = encodeURIComponent(cleaned === '' ? '_' : cleaned).replace(/[!'()*]/g, (c) => EXTRA_ESCAPES[c] ?? c);
  return segment;
}

/** Valid absolute IRI for Turtle and SPARQL: no characters that IRIREF forbids. */
const IRI_FORBIDDEN = /[\u0000-\u0020<>"{}|^`\\]/u;

/** Throws if `iri` could not be written inside `<…>` in Turtle or SPARQL. */
export function assertSafeIri(iri: string): string {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(iri) || IRI_FORBIDDEN.test(iri)) {
    throw new Error(`assertSafeIri: ${JSON.stringify(iri)} is not a valid IRI. Expecting an absolute IRI without spaces, quotes, angle brackets or backslashes.`);
  }
  return iri;
}

/** The entity key of a label of a given type: `<segment>/<slug>`. Keys are case-sensitive, labels are not folded. */
export function entityKey(type: EntityType, label: string): string {
  return `${SEGMENT_OF[type]}/${slug(label)}`;
}

/** IRI of an entity from its key. */
export function entityIri(key: string): string {
  return assertSafeIri(PARLEY_ID + key);
}

/** Short stable hash used in claim, mention and article IRIs. */
export function shortHash(...parts: readonly string[]): string {
  // One call, not createHash().update().digest(): a third of the time, for the hundreds of thousands of IRIs of a large build.
  return hash('sha256', parts.join('\u0000'), 'hex').slice(0, 16);
}

/** IRI of the claim node for one (subject, predicate, object). */
export function claimIri(subjectKey: string, predicate: string, objectKey: string): string {
  return assertSafeIri(`${PARLEY_ID}claim/${shortHash(subjectKey, predicate, objectKey)}`);
}

/** IRI of the mention node of a claim in one article at one place. */
export function mentionIri(claimIriValue: string, articleId: string, start: number, end: number): string {
  return assertSafeIri(`${PARLEY_ID}mention/${shortHash(claimIriValue, articleId, String(start), String(end))}`);
}

/** IRI of an article from its content id. */
export function articleIri(articleId: string): string {
  return assertSafeIri(`${PARLEY_ID}article/${slug(articleId)}`);
}

/** IRIs of the mention's Web Annotation parts, which hang off the mention IRI (no blank nodes). */
export function mentionPartIri(mentionIriValue: string, part: 'target' | 'quote' | 'position'): string {
  return assertSafeIri(`${mentionIriValue}/${part}`);
}

/** IRI of the concept scheme that holds the issues. */
export const ISSUE_SCHEME_IRI = assertSafeIri(`${PARLEY_ID}scheme/issues`);

/** IRI of an issue from its label. */
export function issueIri(label: string): string {
  return assertSafeIri(`${PARLEY_ID}issue/${slug(label)}`);
}

/** IRI of a negotiation from the keys of its sides. */
export function negotiationIri(sideKeys: readonly string[]): string {
  return assertSafeIri(`${PARLEY_ID}negotiation/${shortHash(...sideKeys)}`);
}

/** IRI of a sticking point, a piece of common ground or an open item of a negotiation, about a topic or an issue. */
export function standingIri(kind: 'sticking-point' | 'common-ground' | 'open-item', negotiation: string, about: string): string {
  return assertSafeIri(`${PARLEY_ID}${kind}/${shortHash(negotiation, about)}`);
}

/** Terms of Parley's ontology (ontology/parley.ttl), by local name. */
export const PARLEY_TERMS = {
  Party: `${PARLEY}Party`,
  Person: `${PARLEY}Person`,
  Delegation: `${PARLEY}Delegation`,
  Place: `${PARLEY}Place`,
  Talks: `${PARLEY}Talks`,
  Organization: `${PARLEY}Organization`,
  Office: `${PARLEY}Office`,
  Topic: `${PARLEY}Topic`,
  Claim: `${PARLEY}Claim`,
  InferredClaim: `${PARLEY}InferredClaim`,
  Mention: `${PARLEY}Mention`,
  InferredMention: `${PARLEY}InferredMention`,
  Article: `${PARLEY}Article`,
  stance: `${PARLEY}stance`,
  party: `${PARLEY}party`,
  cameoCode: `${PARLEY}cameoCode`,
  ploverCode: `${PARLEY}ploverCode`,
  confidence: `${PARLEY}confidence`,
  articleCount: `${PARLEY}articleCount`,
  outletCount: `${PARLEY}outletCount`,
  rule: `${PARLEY}rule`,
  attribution: `${PARLEY}attribution`,
  hedged: `${PARLEY}hedged`,
  offsetUnit: `${PARLEY}offsetUnit`,
  fileName: `${PARLEY}fileName`,
  ordinal: `${PARLEY}ordinal`,
  atRound: `${PARLEY}atRound`,
  earliestDate: `${PARLEY}earliestDate`,
  latestDate: `${PARLEY}latestDate`,
  Issue: `${PARLEY}Issue`,
  Negotiation: `${PARLEY}Negotiation`,
  StickingPoint: `${PARLEY}StickingPoint`,
  CommonGround: `${PARLEY}CommonGround`,
  OpenItem: `${PARLEY}OpenItem`,
  ContestedClaim: `${PARLEY}ContestedClaim`,
  contradicts: `${PARLEY}contradicts`,
  side: `${PARLEY}side`,
  atTable: `${PARLEY}atTable`,
  reportedIn: `${PARLEY}reportedIn`,
  negotiation: `${PARLEY}negotiation`,
  about: `${PARLEY}about`,
  claim: `${PARLEY}claim`,
} as const;

/** The parley: property of each extracted predicate: `parley:<predicate>`. */
export function predicateIri(predicate: Predicate): string {
  return `${PARLEY}${predicate}`;
}

/** The predicate named by a parley: property IRI, or undefined for any other IRI. */
export function predicateOf(iri: string): Predicate | undefined {
  const local = iri.startsWith(PARLEY) ? iri.slice(PARLEY.length) : '';
  return (PREDICATES as readonly string[]).includes(local) ? (local as Predicate) : undefined;
}

export const RDF_TERMS = {
  type: `${RDF}type`,
  Statement: `${RDF}Statement`,
  subject: `${RDF}subject`,
  predicate: `${RDF}predicate`,
  object: `${RDF}object`,
} as const;

export const RDFS_TERMS = {
  label: `${RDFS}label`,
  comment: `${RDFS}comment`,
  subClassOf: `${RDFS}subClassOf`,
  subPropertyOf: `${RDFS}subPropertyOf`,
  domain: `${RDFS}domain`,
  range: `${RDFS}range`,
  Class: `${RDFS}Class`,
} as const;

export const OWL_TERMS = {
  Ontology: `${OWL}Ontology`,
  Class: `${OWL}Class`,
  ObjectProperty: `${OWL}ObjectProperty`,
  DatatypeProperty: `${OWL}DatatypeProperty`,
  AnnotationProperty: `${OWL}AnnotationProperty`,
} as const;

export const XSD_TERMS = {
  string: `${XSD}string`,
  integer: `${XSD}integer`,
  positiveInteger: `${XSD}positiveInteger`,
  decimal: `${XSD}decimal`,
  boolean: `${XSD}boolean`,
  date: `${XSD}date`,
} as const;

export const SKOS_TERMS = {
  altLabel: `${SKOS}altLabel`,
  prefLabel: `${SKOS}prefLabel`,
  Concept: `${SKOS}Concept`,
  ConceptScheme: `${SKOS}ConceptScheme`,
  inScheme: `${SKOS}inScheme`,
  topConceptOf: `${SKOS}topConceptOf`,
  broader: `${SKOS}broader`,
} as const;

export const PROV_TERMS = {
  wasDerivedFrom: `${PROV}wasDerivedFrom`,
  wasQuotedFrom: `${PROV}wasQuotedFrom`,
} as const;

export const OA_TERMS = {
  Annotation: `${OA}Annotation`,
  SpecificResource: `${OA}SpecificResource`,
  TextQuoteSelector: `${OA}TextQuoteSelector`,
  TextPositionSelector: `${OA}TextPositionSelector`,
  motivatedBy: `${OA}motivatedBy`,
  describing: `${OA}describing`,
  identifying: `${OA}identifying`,
  hasBody: `${OA}hasBody`,
  hasTarget: `${OA}hasTarget`,
  hasSource: `${OA}hasSource`,
  hasSelector: `${OA}hasSelector`,
  exact: `${OA}exact`,
  prefix: `${OA}prefix`,
  suffix: `${OA}suffix`,
  start: `${OA}start`,
  end: `${OA}end`,
} as const;

export const SCHEMA_TERMS = {
  NewsArticle: `${SCHEMA}NewsArticle`,
  headline: `${SCHEMA}headline`,
  text: `${SCHEMA}text`,
  publisher: `${SCHEMA}publisher`,
  datePublished: `${SCHEMA}datePublished`,
  url: `${SCHEMA}url`,
  startDate: `${SCHEMA}startDate`,
  endDate: `${SCHEMA}endDate`,
  attendee: `${SCHEMA}attendee`,
} as const;

export const DCTERMS_TERMS = {
  date: `${DCTERMS}date`,
} as const;
