// Turns a resolved KnowledgeGraph into RDF 1.1 quads: entities and truthy triples, claim nodes, mention annotations, articles.
import { hash } from 'node:crypto';
import { DataFactory, type Literal, type NamedNode, type Quad } from 'n3';
import { isInferredClaim, PREDICATES, type Article, type Entity, type KnowledgeGraph, type Predicate, type ResolvedClaim, type Source, type Stance } from '../types.js';
import {
  articleIri,
  CLASS_OF,
  claimIri,
  DCTERMS_TERMS,
  entityIri,
  ISSUE_SCHEME_IRI,
  issueIri,
  mentionIri,
  negotiationIri,
  mentionPartIri,
  OA_TERMS,
  PARLEY_TERMS,
  predicateIri,
  PROV_TERMS,
  RDF_TERMS,
  RDFS_TERMS,
  SCHEMA_TERMS,
  SKOS_TERMS,
  standingIri,
  XSD_TERMS,
} from './namespaces.js';
import { STANCE_CODES } from './stance-codes.js';
import { outletCount, outletKeys } from '../resolve/outlet-key.js';
import { findStandings, type Negotiation, type Standing, type Standings } from '../resolve/find-standings.js';
import { appendTo, groupBy } from '../group-by.js';

const { namedNode, literal, quad } = DataFactory;

/** A named node of each IRI of a vocabulary: made once, as terms are never changed, rather than for every quad. */
function nodesOf<Terms extends Record<string, string>>(terms: Terms): { readonly [Name in keyof Terms]: NamedNode } {
  return Object.fromEntries(Object.entries(terms).map(([name, iri]) => [name, namedNode(iri)])) as { [Name in keyof Terms]: NamedNode };
}

const DCTERMS_NODES = nodesOf(DCTERMS_TERMS);
const OA_NODES = nodesOf(OA_TERMS);
const PARLEY_NODES = nodesOf(PARLEY_TERMS);
const PROV_NODES = nodesOf(PROV_TERMS);
const RDF_NODES = nodesOf(RDF_TERMS);
const RDFS_NODES = nodesOf(RDFS_TERMS);
const SCHEMA_NODES = nodesOf(SCHEMA_TERMS);
const SKOS_NODES = nodesOf(SKOS_TERMS);
const XSD_NODES = nodesOf(XSD_TERMS);
/** The property of each predicate: one IRI string for all claims, rather than one per claim that indexes keep. */
const PREDICATE_NODES = new Map(PREDICATES.map((predicate) => [predicate, namedNode(predicateIri(predicate))]));

/** The property of a claim's predicate. */
function predicateNode(predicate: Predicate): NamedNode {
  return PREDICATE_NODES.get(predicate) ?? namedNode(predicateIri(predicate));
}

/** Decimal places kept for confidences: enough to rank, few enough to stay stable across platforms. */
const CONFIDENCE_PLACES = 3;

/** The unit of oa:start and oa:end, stated on every position selector. */
export const OFFSET_UNIT = 'UTF-16 code unit';

const OFFSET_UNIT_LITERAL = literal(OFFSET_UNIT);

/** Publication dates are written as xsd:date only when they are a plain `YYYY-MM-DD`. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The quads of a knowledge graph, in the three layers of docs/data-model.md, then where the sides stand (issueQuads, negotiationQuads).
 * Every IRI comes from namespaces.ts; no blank nodes; literal strings are well-formed NFC.
 * Throws when a claim or a party link names an entity the graph does not hold, or a source an unknown article.
 */
export function toQuads(graph: KnowledgeGraph): Quad[] {
  // Each part is pushed one quad at a time: spreading a claim's quads as arguments would overflow the stack once a
  // claim has thousands of sources.
  const quads: Quad[] = [];
  forEachQuadPart(graph, (part) => {
    for (const quad of part) quads.push(quad);
  });
  return quads;
}

/**
 * The quads of a knowledge graph (those of toQuads) part by part, so that a consumer can write them and drop them:
 * `take` gets the quads of each entity, then of each article, then of each claim with its mentions, then those of where
 * the sides stand. Each node's triples come in one part: an entity's part holds the direct triples of the claims it is
 * the subject of and the issue of a topic, a claim's part says whom it contradicts.
 */
export function forEachQuadPart(graph: KnowledgeGraph, take: (quads: Quad[]) => void): void {
  for (const part of quadParts(graph)) take(part.make());
}

/** One part of the quads of a graph (see forEachQuadPart), made when asked for. */
export interface QuadPart {
  /**
   * For the part of an entity, an article, a claim or a negotiation, with `fingerprints`: a digest of everything its
   * quads are made of, and of the classes of the entities they name, on which the checks of its nodes depend. Two
   * parts with the same fingerprint have the same quads, in any graph, and pass or fail the same checks: a build may
   * take the Turtle of such a part from the last one (src/cache/turtle-parts.ts). Undefined for the issues, which
   * depend on the whole graph.
   */
  readonly fingerprint: string | undefined;
  readonly make: () => Quad[];
}

/** The parts of forEachQuadPart, in its order, each made when its `make` is called; fingerprinted if asked. */
export function* quadParts(graph: KnowledgeGraph, options: { readonly fingerprints?: boolean } = {}): Generator<QuadPart> {
  // Each node's IRI is made and checked once, though claims and mentions name it again and again.
  const entities = new Map(graph.entities.map((entity) => [entity.key, namedNode(entityIri(entity.key))]));
  const articles = new Map(graph.articles.map((article) => [article.id, namedNode(articleIri(article.id))]));
  const outlets = outletKeys(graph.articles);
  const standings = findStandings(graph);
  const claimsBySubject = groupBy(graph.claims, (claim) => claim.subject);
  const contradicted = contradictionsByClaim(standings.contradictions);
  const typeOf = options.fingerprints ? new Map(graph.entities.map((entity) => [entity.key, entity.type])) : undefined;
  const part = (make: (quads: Quad[]) => void, fingerprint?: () => string): QuadPart => ({
    fingerprint: typeOf === undefined ? undefined : fingerprint?.(),
    make: () => {
      const quads: Quad[] = [];
      make(quads);
      return quads;
    },
  });
  for (const entity of graph.entities) {
    const claims = claimsBySubject.get(entity.key) ?? [];
    const issue = standings.issueOf.get(entity.key);
    yield part(
      (quads) => {
        const node = entityNode(entity.key, entities, `entity ${entity.key}`);
        entityQuads(entity, node, entities, quads);
        for (const claim of claims) quads.push(directQuad(claim, entities));
        if (issue !== undefined) quads.push(quad(node, SKOS_NODES.broader, namedNode(issueIri(issue))));
      },
      () => entityFingerprint(entity, claims, issue, (key) => typeOf?.get(key)),
    );
  }
  for (const article of graph.articles) {
    yield part(
      (quads) => articleQuads(article, articles.get(article.id)!, quads),
      () => digest(['article', article.id, article.file, article.title, article.text, article.outlet ?? null, article.published ?? null, article.url ?? null]),
    );
  }
  for (const claim of graph.claims) {
    const iri = typeOf === undefined ? undefined : claimIri(claim.subject, claim.predicate, claim.object);
    yield part(
      (quads) => {
        const node = claimQuads(claim, entities, articles, outlets, quads);
        const others = contradicted.get(node.value);
        contradicted.delete(node.value);
        if (others !== undefined) contestedQuads(node, others, quads);
      },
      () => claimFingerprint(claim, outletCount(claim.sources, outlets), contradicted.get(iri!) ?? [], (key) => typeOf?.get(key)),
    );
  }
  // Where the sides stand refers to entities, articles and claims of the parts before it: the issues, then each negotiation.
  yield part((quads) => issueQuads(standings, quads));
  for (const negotiation of standings.negotiations) {
    yield part(
      (quads) => negotiationQuads(negotiation, quads),
      () => negotiationFingerprint(negotiation, (key) => typeOf?.get(key)),
    );
  }
}

/** A digest of values that JSON writes. */
function digest(values: unknown): string {
  return hash('sha256', JSON.stringify(values), 'base64');
}

/**
 * The fingerprint of an entity's part (see QuadPart): each field entityQuads reads, the direct triples of its claims,
 * its issue, and the class of every entity its triples name (its party, the attendees of a round, its claims'
 * objects), which its checks test. An issue is always a concept of the issues, written with where the sides stand.
 */
function entityFingerprint(entity: Entity, claims: readonly ResolvedClaim[], issue: string | undefined, typeOf: (key: string) => string | undefined): string {
  const round = entity.round;
  return digest([
    'entity',
    entity.key,
    entity.type,
    entity.label,
    entity.aliases,
    entity.party ?? null,
    entity.party === undefined ? null : (typeOf(entity.party) ?? null),
    round === undefined ? null : [round.ordinal ?? null, round.start ?? null, round.end ?? null, round.participants.map((party) => [party, typeOf(party) ?? null])],
    claims.map((claim) => [claim.predicate, claim.object, typeOf(claim.object) ?? null]),
    issue ?? null,
  ]);
}

/**
 * The fingerprint of a claim's part (see QuadPart): each field claimQuads, mentionQuads and contestedQuads read, the
 * claims it contradicts, and the class of every entity it names (its rounds are checked to be talks). An IRI is a
 * function of the key it is minted from, and every source's article is in the graph, or making the part throws. A
 * source's quote, prefix and suffix are left out: they are the article's text at the source's offsets, and the
 * article's id is a digest of its text (the code that cuts them is in the version of the kept parts).
 */
function claimFingerprint(claim: ResolvedClaim, outlets: number, contradicts: readonly string[], typeOf: (key: string) => string | undefined): string {
  const sources = claim.sources.map((source) => [
    source.articleId,
    source.start,
    source.end,
    source.rule,
    source.confidence,
    source.inferred ?? null,
    source.date ?? null,
    source.attribution ?? null,
    source.hedged ?? null,
    source.round ?? null,
    source.round === undefined ? null : (typeOf(source.round) ?? null),
  ]);
  return digest(['claim', claim.subject, typeOf(claim.subject) ?? null, claim.predicate, claim.object, typeOf(claim.object) ?? null, claim.confidence, outlets, contradicts, sources]);
}

/** The direct (truthy) triple of a claim. */
function directQuad(claim: ResolvedClaim, entities: ReadonlyMap<string, NamedNode>): Quad {
  const where = `claim ${claim.subject} ${claim.predicate} ${claim.object}`;
  return quad(entityNode(claim.subject, entities, where), predicateNode(claim.predicate), entityNode(claim.object, entities, where));
}

/** For each claim that contradicts another, the IRIs of those it contradicts (both ways), in the order found. */
function contradictionsByClaim(contradictions: Standings['contradictions']): Map<string, string[]> {
  const byClaim = new Map<string, string[]>();
  for (const { holds, rejects } of contradictions) {
    const a = claimIri(holds.subject, holds.predicate, holds.object);
    const b = claimIri(rejects.subject, rejects.predicate, rejects.object);
    appendTo(byClaim, a, b);
    appendTo(byClaim, b, a);
  }
  return byClaim;
}

/** A claim that contradicts others: parley:contradicts each, typed parley:ContestedClaim. */
function contestedQuads(claim: NamedNode, others: readonly string[], quads: Quad[]): void {
  for (const other of others) quads.push(quad(claim, PARLEY_NODES.contradicts, namedNode(other)));
  quads.push(quad(claim, RDF_NODES.type, PARLEY_NODES.ContestedClaim));
}

/** A string literal that any RDF store accepts: lone surrogates replaced, NFC. */
function textLiteral(value: string): Literal {
  return literal(value.toWellFormed().normalize('NFC'));
}

/** An xsd:decimal literal rounded to `places`, always with a decimal point so that Turtle keeps the datatype. */
export function decimalLiteral(value: number, places = CONFIDENCE_PLACES): Literal {
  if (!Number.isFinite(value)) {
    throw new Error(`decimalLiteral: value is not a finite number. Expecting a number but got ${value}.`);
  }
  const rounded = String(Number(value.toFixed(places)));
  return literal(rounded.includes('.') ? rounded : `${rounded}.0`, XSD_NODES.decimal);
}

function integerLiteral(value: number): Literal {
  return literal(String(value), XSD_NODES.integer);
}

/** The node of an entity of the graph, by its key. */
function entityNode(key: string, entities: ReadonlyMap<string, NamedNode>, where: string): NamedNode {
  const node = entities.get(key);
  if (node === undefined) throw new Error(`toQuads: ${where} names entity ${JSON.stringify(key)}, which the graph does not hold.`);
  return node;
}

function entityQuads(entity: Entity, node: NamedNode, entities: ReadonlyMap<string, NamedNode>, quads: Quad[]): void {
  quads.push(quad(node, RDF_NODES.type, namedNode(CLASS_OF[entity.type])));
  quads.push(quad(node, RDFS_NODES.label, textLiteral(entity.label)));
  for (const alias of entity.aliases) quads.push(quad(node, SKOS_NODES.altLabel, textLiteral(alias)));
  if (entity.party !== undefined) {
    quads.push(quad(node, PARLEY_NODES.party, entityNode(entity.party, entities, `entity ${entity.key} (party)`)));
  }
  const round = entity.round;
  if (round === undefined) return;
  // A round of unknown date has no date triple: its label says "date unknown".
  if (round.start !== undefined) quads.push(quad(node, SCHEMA_NODES.startDate, dateLiteral(round.start)));
  if (round.start !== undefined) quads.push(quad(node, SCHEMA_NODES.endDate, dateLiteral(round.end ?? round.start)));
  // xsd:positiveInteger, which Turtle writers spell out in full: a bare `2` ending a statement reads `2.`, which
  // Virtuoso's loader takes for a decimal.
  if (round.ordinal !== undefined) quads.push(quad(node, PARLEY_NODES.ordinal, literal(String(round.ordinal), XSD_NODES.positiveInteger)));
  for (const party of round.participants) quads.push(quad(node, SCHEMA_NODES.attendee, entityNode(party, entities, `round ${entity.key} (attendee)`)));
}

/** An xsd:date literal of a `YYYY-MM-DD` day. */
function dateLiteral(day: string): Literal {
  return literal(day, XSD_NODES.date);
}

function isStance(predicate: string): predicate is Stance {
  return Object.hasOwn(STANCE_CODES, predicate);
}

function claimQuads(
  claim: ResolvedClaim,
  entities: ReadonlyMap<string, NamedNode>,
  articles: ReadonlyMap<string, NamedNode>,
  outlets: ReadonlyMap<string, string>,
  quads: Quad[],
): NamedNode {
  const where = `claim ${claim.subject} ${claim.predicate} ${claim.object}`;
  const subject = entityNode(claim.subject, entities, where);
  const object = entityNode(claim.object, entities, where);
  const predicate = predicateNode(claim.predicate);
  const node = namedNode(claimIri(claim.subject, claim.predicate, claim.object));
  quads.push(
    quad(node, RDF_NODES.type, PARLEY_NODES.Claim),
    quad(node, RDF_NODES.type, RDF_NODES.Statement),
    quad(node, RDF_NODES.subject, subject),
    quad(node, RDF_NODES.predicate, predicate),
    quad(node, RDF_NODES.object, object),
    quad(node, PARLEY_NODES.confidence, decimalLiteral(claim.confidence)),
    quad(node, PARLEY_NODES.articleCount, integerLiteral(new Set(claim.sources.map((s) => s.articleId)).size)),
    quad(node, PARLEY_NODES.outletCount, integerLiteral(outletCount(claim.sources, outlets))),
  );
  // A claim no article states is still in the graph, typed so that readers can tell it from the claims read.
  if (isInferredClaim(claim)) quads.push(quad(node, RDF_NODES.type, PARLEY_NODES.InferredClaim));
  if (isStance(claim.predicate)) {
    const codes = STANCE_CODES[claim.predicate];
    quads.push(quad(node, PARLEY_NODES.cameoCode, literal(codes.cameo)));
    quads.push(quad(node, PARLEY_NODES.ploverCode, literal(codes.plover)));
  }
  const mentions = distinctMentions(node.value, claim.sources);
  // The rounds the claim was stated at, and its first and last day, summed up from its mentions.
  const rounds = new Set<string>();
  const days: string[] = [];
  for (const source of mentions.values()) {
    if (source.round !== undefined) rounds.add(source.round);
    if (source.date !== undefined && ISO_DATE.test(source.date)) days.push(source.date);
  }
  for (const round of [...rounds].sort()) quads.push(quad(node, PARLEY_NODES.atRound, entityNode(round, entities, `${where} (round)`)));
  if (days.length > 0) {
    days.sort();
    quads.push(quad(node, PARLEY_NODES.earliestDate, dateLiteral(days[0]!)), quad(node, PARLEY_NODES.latestDate, dateLiteral(days.at(-1)!)));
  }
  for (const [mention, source] of mentions) {
    const article = articles.get(source.articleId);
    if (article === undefined) throw new Error(`toQuads: ${where} cites article ${JSON.stringify(source.articleId)}, which the graph does not hold.`);
    const mentionNode = namedNode(mention);
    quads.push(quad(node, PROV_NODES.wasDerivedFrom, mentionNode));
    mentionQuads(mentionNode, node, source, article, quads);
    if (source.round !== undefined) quads.push(quad(mentionNode, PARLEY_NODES.atRound, entityNode(source.round, entities, `${where} (round)`)));
  }
  return node;
}

/**
 * One source per mention IRI. Two rules reading the same span would otherwise give one mention two rules
 * and two confidences; the more confident reading is kept (the first on a tie, sources being sorted).
 */
function distinctMentions(claim: string, sources: readonly Source[]): Map<string, Source> {
  const byIri = new Map<string, Source>();
  for (const source of sources) {
    const iri = mentionIri(claim, source.articleId, source.start, source.end);
    const kept = byIri.get(iri);
    if (kept === undefined || source.confidence > kept.confidence) byIri.set(iri, source);
  }
  return byIri;
}

function mentionQuads(node: NamedNode, claim: NamedNode, source: Source, article: NamedNode, quads: Quad[]): void {
  const target = namedNode(mentionPartIri(node.value, 'target'));
  const quote = namedNode(mentionPartIri(node.value, 'quote'));
  const position = namedNode(mentionPartIri(node.value, 'position'));
  const type = RDF_NODES.type;
  quads.push(
    quad(node, type, PARLEY_NODES.Mention),
    quad(node, type, OA_NODES.Annotation),
    // A stated mention describes its claim; an inferred one only identifies the claim's subject in the text.
    quad(node, OA_NODES.motivatedBy, namedNode(source.inferred ? OA_TERMS.identifying : OA_TERMS.describing)),
    quad(node, OA_NODES.hasBody, claim),
    quad(node, OA_NODES.hasTarget, target),
    quad(node, PARLEY_NODES.rule, textLiteral(source.rule)),
    quad(node, PARLEY_NODES.confidence, decimalLiteral(source.confidence)),
    quad(node, PROV_NODES.wasQuotedFrom, article),
    quad(target, type, OA_NODES.SpecificResource),
    quad(target, OA_NODES.hasSource, article),
    quad(target, OA_NODES.hasSelector, quote),
    quad(target, OA_NODES.hasSelector, position),
    quad(quote, type, OA_NODES.TextQuoteSelector),
    quad(quote, OA_NODES.exact, textLiteral(source.quote)),
    quad(quote, OA_NODES.prefix, textLiteral(source.prefix)),
    quad(quote, OA_NODES.suffix, textLiteral(source.suffix)),
    quad(position, type, OA_NODES.TextPositionSelector),
    quad(position, OA_NODES.start, integerLiteral(source.start)),
    quad(position, OA_NODES.end, integerLiteral(source.end)),
    quad(position, PARLEY_NODES.offsetUnit, OFFSET_UNIT_LITERAL),
  );
  if (source.inferred) quads.push(quad(node, type, PARLEY_NODES.InferredMention));
  if (source.date !== undefined && ISO_DATE.test(source.date)) quads.push(quad(node, DCTERMS_NODES.date, dateLiteral(source.date)));
  if (source.attribution !== undefined) quads.push(quad(node, PARLEY_NODES.attribution, textLiteral(source.attribution)));
  if (source.hedged !== undefined) {
    quads.push(quad(node, PARLEY_NODES.hedged, literal(String(source.hedged), XSD_NODES.boolean)));
  }
}

function articleQuads(article: Article, node: NamedNode, quads: Quad[]): void {
  const type = RDF_NODES.type;
  quads.push(
    quad(node, type, PARLEY_NODES.Article),
    quad(node, type, SCHEMA_NODES.NewsArticle),
    quad(node, PARLEY_NODES.fileName, textLiteral(article.file)),
    quad(node, SCHEMA_NODES.headline, textLiteral(article.title)),
    // The text every oa:start / oa:end counts into, so that a reader can check each quote against its offsets.
    quad(node, SCHEMA_NODES.text, textLiteral(article.text)),
  );
  if (article.outlet !== undefined) quads.push(quad(node, SCHEMA_NODES.publisher, textLiteral(article.outlet)));
  if (article.published !== undefined && ISO_DATE.test(article.published)) {
    quads.push(quad(node, SCHEMA_NODES.datePublished, literal(article.published, XSD_NODES.date)));
  }
  if (article.url !== undefined) quads.push(quad(node, SCHEMA_NODES.url, namedNode(article.url)));
}

/** The label of the concept scheme of the issues. */
const ISSUE_SCHEME_LABEL = 'Issues';

/** The class of each kind of standing, and the segment of its IRI. */
const STANDING_KINDS = [
  ['stickingPoints', PARLEY_TERMS.StickingPoint, 'sticking-point'],
  ['commonGround', PARLEY_TERMS.CommonGround, 'common-ground'],
  ['openItems', PARLEY_TERMS.OpenItem, 'open-item'],
] as const;

/**
 * The issues of the standings layer, as SKOS concepts in their scheme. The topics' skos:broader and the contradicting
 * claims are written with their topics and claims (see forEachQuadPart).
 */
function issueQuads(standings: Standings, quads: Quad[]): void {
  const type = RDF_NODES.type;
  const scheme = namedNode(ISSUE_SCHEME_IRI);
  // A graph without topics has no issues, and no scheme to hold them.
  if (standings.issueOf.size > 0) {
    quads.push(quad(scheme, type, SKOS_NODES.ConceptScheme), quad(scheme, SKOS_NODES.prefLabel, textLiteral(ISSUE_SCHEME_LABEL)));
  }
  for (const label of new Set(standings.issueOf.values())) {
    const issue = namedNode(issueIri(label));
    quads.push(
      quad(issue, type, PARLEY_NODES.Issue),
      quad(issue, type, SKOS_NODES.Concept),
      quad(issue, SKOS_NODES.prefLabel, textLiteral(label)),
      quad(issue, SKOS_NODES.inScheme, scheme),
      quad(issue, SKOS_NODES.topConceptOf, scheme),
    );
  }
}

/** A negotiation of the standings layer: its sides, its sticking points, common ground and open items (each naming its topic or issue and its claims). */
function negotiationQuads(negotiation: Negotiation, quads: Quad[]): void {
  const type = RDF_NODES.type;
  const node = namedNode(negotiationIri(negotiation.sides));
  quads.push(quad(node, type, PARLEY_NODES.Negotiation));
  for (const side of negotiation.sides) quads.push(quad(node, PARLEY_NODES.side, namedNode(entityIri(side))));
  for (const side of negotiation.table) quads.push(quad(node, PARLEY_NODES.atTable, namedNode(entityIri(side))));
  for (const article of negotiation.articles) quads.push(quad(node, PARLEY_NODES.reportedIn, namedNode(articleIri(article))));
  for (const [field, cls, segment] of STANDING_KINDS) {
    for (const standing of negotiation[field]) standingNodeQuads(standing, node, namedNode(cls), segment, quads);
  }
}

/**
 * The fingerprint of a negotiation's part (see QuadPart): its sides, the sides at the table, its articles and each
 * standing's kind, topic or issue and claims, with the class of every entity named. A claim is named by its IRI,
 * minted from its subject, predicate and object.
 */
function negotiationFingerprint(negotiation: Negotiation, typeOf: (key: string) => string | undefined): string {
  const typed = (keys: readonly string[]): (string | null)[][] => keys.map((key) => [key, typeOf(key) ?? null]);
  return digest([
    'negotiation',
    typed(negotiation.sides),
    typed(negotiation.table),
    negotiation.articles,
    STANDING_KINDS.map(([field]) =>
      negotiation[field].map(({ about, claims }) => [
        about.kind,
        about.kind === 'topic' ? about.key : about.label,
        about.kind === 'topic' ? (typeOf(about.key) ?? null) : null,
        claims.map((claim) => [claim.subject, claim.predicate, claim.object]),
      ]),
    ),
  ]);
}

function standingNodeQuads(standing: Standing, negotiation: NamedNode, cls: NamedNode, segment: 'sticking-point' | 'common-ground' | 'open-item', quads: Quad[]): void {
  const about = namedNode(standing.about.kind === 'topic' ? entityIri(standing.about.key) : issueIri(standing.about.label));
  const node = namedNode(standingIri(segment, negotiation.value, about.value));
  quads.push(
    quad(node, RDF_NODES.type, cls),
    quad(node, PARLEY_NODES.negotiation, negotiation),
    quad(node, PARLEY_NODES.about, about),
  );
  for (const claim of standing.claims) quads.push(quad(node, PARLEY_NODES.claim, namedNode(claimIri(claim.subject, claim.predicate, claim.object))));
}
