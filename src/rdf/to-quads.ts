// Turns a resolved KnowledgeGraph into RDF 1.1 quads: entities and truthy triples, claim nodes, mention annotations, articles.
import { DataFactory, type Literal, type NamedNode, type Quad } from 'n3';
import { isInferredClaim, type Article, type Entity, type KnowledgeGraph, type ResolvedClaim, type Source, type Stance } from '../types.js';
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
import { findStandings, type Standing, type Standings } from '../resolve/find-standings.js';
import { appendTo, groupBy } from '../group-by.js';

const { namedNode, literal, quad } = DataFactory;

/** Decimal places kept for confidences: enough to rank, few enough to stay stable across platforms. */
const CONFIDENCE_PLACES = 3;

/** The unit of oa:start and oa:end, stated on every position selector. */
export const OFFSET_UNIT = 'UTF-16 code unit';

/** Publication dates are written as xsd:date only when they are a plain `YYYY-MM-DD`. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The quads of a knowledge graph, in the three layers of docs/data-model.md, then where the sides stand (standingQuads).
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
  const entities = new Map(graph.entities.map((entity) => [entity.key, entity]));
  const articles = new Map(graph.articles.map((article) => [article.id, article]));
  const outlets = outletKeys(graph.articles);
  const standings = findStandings(graph);
  const claimsBySubject = groupBy(graph.claims, (claim) => claim.subject);
  const contradicted = contradictionsByClaim(standings.contradictions);
  const part = (make: (quads: Quad[]) => void): void => {
    const quads: Quad[] = [];
    make(quads);
    take(quads);
  };
  for (const entity of graph.entities) {
    part((quads) => {
      entityQuads(entity, entities, quads);
      for (const claim of claimsBySubject.get(entity.key) ?? []) quads.push(directQuad(claim, entities));
      const issue = standings.issueOf.get(entity.key);
      if (issue !== undefined) quads.push(broaderQuad(entity.key, issue));
    });
  }
  for (const article of graph.articles) part((quads) => articleQuads(article, quads));
  for (const claim of graph.claims) {
    part((quads) => {
      const node = claimQuads(claim, entities, articles, outlets, quads);
      const others = contradicted.get(node.value);
      contradicted.delete(node.value);
      if (others !== undefined) contestedQuads(node, others, quads);
    });
  }
  // Where the sides stand refers to entities, articles and claims of the parts before it.
  part((quads) => standingQuads(standings, quads));
}

/** The direct (truthy) triple of a claim. */
function directQuad(claim: ResolvedClaim, entities: ReadonlyMap<string, Entity>): Quad {
  const where = `claim ${claim.subject} ${claim.predicate} ${claim.object}`;
  return quad(entityNode(claim.subject, entities, where), namedNode(predicateIri(claim.predicate)), entityNode(claim.object, entities, where));
}

/** A topic's issue: the topic is skos:narrower than it. */
function broaderQuad(topic: string, issue: string): Quad {
  return quad(namedNode(entityIri(topic)), namedNode(SKOS_TERMS.broader), namedNode(issueIri(issue)));
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
  for (const other of others) quads.push(quad(claim, namedNode(PARLEY_TERMS.contradicts), namedNode(other)));
  quads.push(quad(claim, namedNode(RDF_TERMS.type), namedNode(PARLEY_TERMS.ContestedClaim)));
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
  return literal(rounded.includes('.') ? rounded : `${rounded}.0`, namedNode(XSD_TERMS.decimal));
}

function integerLiteral(value: number): Literal {
  return literal(String(value), namedNode(XSD_TERMS.integer));
}

function entityNode(key: string, entities: ReadonlyMap<string, Entity>, where: string): NamedNode {
  if (!entities.has(key)) throw new Error(`toQuads: ${where} names entity ${JSON.stringify(key)}, which the graph does not hold.`);
  return namedNode(entityIri(key));
}

function entityQuads(entity: Entity, entities: ReadonlyMap<string, Entity>, quads: Quad[]): void {
  const node = namedNode(entityIri(entity.key));
  quads.push(quad(node, namedNode(RDF_TERMS.type), namedNode(CLASS_OF[entity.type])));
  quads.push(quad(node, namedNode(RDFS_TERMS.label), textLiteral(entity.label)));
  for (const alias of entity.aliases) quads.push(quad(node, namedNode(SKOS_TERMS.altLabel), textLiteral(alias)));
  if (entity.party !== undefined) {
    quads.push(quad(node, namedNode(PARLEY_TERMS.party), entityNode(entity.party, entities, `entity ${entity.key} (party)`)));
  }
  const round = entity.round;
  if (round === undefined) return;
  // A round of unknown date has no date triple: its label says "date unknown".
  if (round.start !== undefined) quads.push(quad(node, namedNode(SCHEMA_TERMS.startDate), dateLiteral(round.start)));
  if (round.start !== undefined) quads.push(quad(node, namedNode(SCHEMA_TERMS.endDate), dateLiteral(round.end ?? round.start)));
  // xsd:positiveInteger, which Turtle writers spell out in full: a bare `2` ending a statement reads `2.`, which
  // Virtuoso's loader takes for a decimal.
  if (round.ordinal !== undefined) quads.push(quad(node, namedNode(PARLEY_TERMS.ordinal), literal(String(round.ordinal), namedNode(XSD_TERMS.positiveInteger))));
  for (const party of round.participants) quads.push(quad(node, namedNode(SCHEMA_TERMS.attendee), entityNode(party, entities, `round ${entity.key} (attendee)`)));
}

/** An xsd:date literal of a `YYYY-MM-DD` day. */
function dateLiteral(day: string): Literal {
  return literal(day, namedNode(XSD_TERMS.date));
}

function isStance(predicate: string): predicate is Stance {
  return Object.hasOwn(STANCE_CODES, predicate);
}

function claimQuads(
  claim: ResolvedClaim,
  entities: ReadonlyMap<string, Entity>,
  articles: ReadonlyMap<string, Article>,
  outlets: ReadonlyMap<string, string>,
  quads: Quad[],
): NamedNode {
  const where = `claim ${claim.subject} ${claim.predicate} ${claim.object}`;
  const subject = entityNode(claim.subject, entities, where);
  const object = entityNode(claim.object, entities, where);
  const predicate = namedNode(predicateIri(claim.predicate));
  const node = namedNode(claimIri(claim.subject, claim.predicate, claim.object));
  quads.push(
    quad(node, namedNode(RDF_TERMS.type), namedNode(PARLEY_TERMS.Claim)),
    quad(node, namedNode(RDF_TERMS.type), namedNode(RDF_TERMS.Statement)),
    quad(node, namedNode(RDF_TERMS.subject), subject),
    quad(node, namedNode(RDF_TERMS.predicate), predicate),
    quad(node, namedNode(RDF_TERMS.object), object),
    quad(node, namedNode(PARLEY_TERMS.confidence), decimalLiteral(claim.confidence)),
    quad(node, namedNode(PARLEY_TERMS.articleCount), integerLiteral(new Set(claim.sources.map((s) => s.articleId)).size)),
    quad(node, namedNode(PARLEY_TERMS.outletCount), integerLiteral(outletCount(claim.sources, outlets))),
  );
  // A claim no article states is still in the graph, typed so that readers can tell it from the claims read.
  if (isInferredClaim(claim)) quads.push(quad(node, namedNode(RDF_TERMS.type), namedNode(PARLEY_TERMS.InferredClaim)));
  if (isStance(claim.predicate)) {
    const codes = STANCE_CODES[claim.predicate];
    quads.push(quad(node, namedNode(PARLEY_TERMS.cameoCode), literal(codes.cameo)));
    quads.push(quad(node, namedNode(PARLEY_TERMS.ploverCode), literal(codes.plover)));
  }
  const mentions = distinctMentions(node.value, claim.sources);
  // The rounds the claim was stated at, and its first and last day, summed up from its mentions.
  const rounds = new Set<string>();
  const days: string[] = [];
  for (const source of mentions.values()) {
    if (source.round !== undefined) rounds.add(source.round);
    if (source.date !== undefined && ISO_DATE.test(source.date)) days.push(source.date);
  }
  for (const round of [...rounds].sort()) quads.push(quad(node, namedNode(PARLEY_TERMS.atRound), entityNode(round, entities, `${where} (round)`)));
  if (days.length > 0) {
    days.sort();
    quads.push(quad(node, namedNode(PARLEY_TERMS.earliestDate), dateLiteral(days[0]!)), quad(node, namedNode(PARLEY_TERMS.latestDate), dateLiteral(days.at(-1)!)));
  }
  for (const [mention, source] of mentions) {
    const article = articles.get(source.articleId);
    if (article === undefined) throw new Error(`toQuads: ${where} cites article ${JSON.stringify(source.articleId)}, which the graph does not hold.`);
    quads.push(quad(node, namedNode(PROV_TERMS.wasDerivedFrom), namedNode(mention)));
    mentionQuads(namedNode(mention), node, source, namedNode(articleIri(article.id)), quads);
    if (source.round !== undefined) quads.push(quad(namedNode(mention), namedNode(PARLEY_TERMS.atRound), entityNode(source.round, entities, `${where} (round)`)));
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
  const type = namedNode(RDF_TERMS.type);
  quads.push(
    quad(node, type, namedNode(PARLEY_TERMS.Mention)),
    quad(node, type, namedNode(OA_TERMS.Annotation)),
    // A stated mention describes its claim; an inferred one only identifies the claim's subject in the text.
    quad(node, namedNode(OA_TERMS.motivatedBy), namedNode(source.inferred ? OA_TERMS.identifying : OA_TERMS.describing)),
    quad(node, namedNode(OA_TERMS.hasBody), claim),
    quad(node, namedNode(OA_TERMS.hasTarget), target),
    quad(node, namedNode(PARLEY_TERMS.rule), textLiteral(source.rule)),
    quad(node, namedNode(PARLEY_TERMS.confidence), decimalLiteral(source.confidence)),
    quad(node, namedNode(PROV_TERMS.wasQuotedFrom), article),
    quad(target, type, namedNode(OA_TERMS.SpecificResource)),
    quad(target, namedNode(OA_TERMS.hasSource), article),
    quad(target, namedNode(OA_TERMS.hasSelector), quote),
    quad(target, namedNode(OA_TERMS.hasSelector), position),
    quad(quote, type, namedNode(OA_TERMS.TextQuoteSelector)),
    quad(quote, namedNode(OA_TERMS.exact), textLiteral(source.quote)),
    quad(quote, namedNode(OA_TERMS.prefix), textLiteral(source.prefix)),
    quad(quote, namedNode(OA_TERMS.suffix), textLiteral(source.suffix)),
    quad(position, type, namedNode(OA_TERMS.TextPositionSelector)),
    quad(position, namedNode(OA_TERMS.start), integerLiteral(source.start)),
    quad(position, namedNode(OA_TERMS.end), integerLiteral(source.end)),
    quad(position, namedNode(PARLEY_TERMS.offsetUnit), literal(OFFSET_UNIT)),
  );
  if (source.inferred) quads.push(quad(node, type, namedNode(PARLEY_TERMS.InferredMention)));
  if (source.date !== undefined && ISO_DATE.test(source.date)) quads.push(quad(node, namedNode(DCTERMS_TERMS.date), dateLiteral(source.date)));
  if (source.attribution !== undefined) quads.push(quad(node, namedNode(PARLEY_TERMS.attribution), textLiteral(source.attribution)));
  if (source.hedged !== undefined) {
    quads.push(quad(node, namedNode(PARLEY_TERMS.hedged), literal(String(source.hedged), namedNode(XSD_TERMS.boolean))));
  }
}

function articleQuads(article: Article, quads: Quad[]): void {
  const node = namedNode(articleIri(article.id));
  const type = namedNode(RDF_TERMS.type);
  quads.push(
    quad(node, type, namedNode(PARLEY_TERMS.Article)),
    quad(node, type, namedNode(SCHEMA_TERMS.NewsArticle)),
    quad(node, namedNode(PARLEY_TERMS.fileName), textLiteral(article.file)),
    quad(node, namedNode(SCHEMA_TERMS.headline), textLiteral(article.title)),
    // The text every oa:start / oa:end counts into, so that a reader can check each quote against its offsets.
    quad(node, namedNode(SCHEMA_TERMS.text), textLiteral(article.text)),
  );
  if (article.outlet !== undefined) quads.push(quad(node, namedNode(SCHEMA_TERMS.publisher), textLiteral(article.outlet)));
  if (article.published !== undefined && ISO_DATE.test(article.published)) {
    quads.push(quad(node, namedNode(SCHEMA_TERMS.datePublished), literal(article.published, namedNode(XSD_TERMS.date))));
  }
  if (article.url !== undefined) quads.push(quad(node, namedNode(SCHEMA_TERMS.url), namedNode(article.url)));
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
 * The standings layer: issues as SKOS concepts, each negotiation with its sides, its sticking points, common ground and
 * open items (each naming its topic or issue and its claims). The topics' skos:broader and the contradicting claims are
 * written with their topics and claims (see forEachQuadPart).
 */
function standingQuads(standings: Standings, quads: Quad[]): void {
  const type = namedNode(RDF_TERMS.type);
  const scheme = namedNode(ISSUE_SCHEME_IRI);
  // A graph without topics has no issues, and no scheme to hold them.
  if (standings.issueOf.size > 0) {
    quads.push(quad(scheme, type, namedNode(SKOS_TERMS.ConceptScheme)), quad(scheme, namedNode(SKOS_TERMS.prefLabel), textLiteral(ISSUE_SCHEME_LABEL)));
  }
  for (const label of new Set(standings.issueOf.values())) {
    const issue = namedNode(issueIri(label));
    quads.push(
      quad(issue, type, namedNode(PARLEY_TERMS.Issue)),
      quad(issue, type, namedNode(SKOS_TERMS.Concept)),
      quad(issue, namedNode(SKOS_TERMS.prefLabel), textLiteral(label)),
      quad(issue, namedNode(SKOS_TERMS.inScheme), scheme),
      quad(issue, namedNode(SKOS_TERMS.topConceptOf), scheme),
    );
  }
  for (const negotiation of standings.negotiations) {
    const node = namedNode(negotiationIri(negotiation.sides));
    quads.push(quad(node, type, namedNode(PARLEY_TERMS.Negotiation)));
    for (const side of negotiation.sides) quads.push(quad(node, namedNode(PARLEY_TERMS.side), namedNode(entityIri(side))));
    for (const side of negotiation.table) quads.push(quad(node, namedNode(PARLEY_TERMS.atTable), namedNode(entityIri(side))));
    for (const article of negotiation.articles) quads.push(quad(node, namedNode(PARLEY_TERMS.reportedIn), namedNode(articleIri(article))));
    for (const [field, cls, segment] of STANDING_KINDS) {
      for (const standing of negotiation[field]) standingNodeQuads(standing, node, namedNode(cls), segment, quads);
    }
  }
}

function standingNodeQuads(standing: Standing, negotiation: NamedNode, cls: NamedNode, segment: 'sticking-point' | 'common-ground' | 'open-item', quads: Quad[]): void {
  const about = namedNode(standing.about.kind === 'topic' ? entityIri(standing.about.key) : issueIri(standing.about.label));
  const node = namedNode(standingIri(segment, negotiation.value, about.value));
  quads.push(
    quad(node, namedNode(RDF_TERMS.type), cls),
    quad(node, namedNode(PARLEY_TERMS.negotiation), negotiation),
    quad(node, namedNode(PARLEY_TERMS.about), about),
  );
  for (const claim of standing.claims) quads.push(quad(node, namedNode(PARLEY_TERMS.claim), namedNode(claimIri(claim.subject, claim.predicate, claim.object))));
}
