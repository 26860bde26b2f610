// Tests of toQuads: the three layers of the data model, built from the hand-made Muscat talks graph.
import { termToId, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import {
  articleIri,
  claimIri,
  entityIri,
  mentionIri,
  OA_TERMS,
  PARLEY_ID,
  PARLEY_TERMS,
  predicateIri,
  PROV_TERMS,
  RDF_TERMS,
  RDFS_TERMS,
  SCHEMA_TERMS,
  SKOS_TERMS,
  XSD_TERMS,
} from '../../src/rdf/namespaces.js';
import { STANCE_CODES } from '../../src/rdf/stance-codes.js';
import { decimalLiteral, forEachQuadPart, OFFSET_UNIT, quadParts, toQuads } from '../../src/rdf/to-quads.js';
import { STANCES, type KnowledgeGraph, type Source, type Stance } from '../../src/types.js';
import { articleFromText } from '../../src/ingest/index.js';
import { buildGraphFromArticles } from '../../src/pipeline.js';
import { ARTICLES } from '../fixtures/negotiation-builds.js';
import { HOSTILE_TEXT_LABEL, sampleKnowledgeGraph as graph } from '../fixtures/knowledge-graph.js';

const quads = toQuads(graph);

function objects(subject: string, predicate: string): string[] {
  return quads
    .filter((q) => q.subject.value === subject && q.predicate.value === predicate)
    .map((q) => q.object.value)
    .sort();
}

function subjectsOfType(cls: string): string[] {
  return [...new Set(quads.filter((q) => q.predicate.value === RDF_TERMS.type && q.object.value === cls).map((q) => q.subject.value))];
}

const sourceCount = graph.claims.reduce((n, claim) => n + claim.sources.length, 0);

describe('toQuads layers', () => {
  it.each([
    ['entity nodes', PARLEY_TERMS.Party, 3],
    ['people', PARLEY_TERMS.Person, 3],
    ['topics', PARLEY_TERMS.Topic, 9],
    ['claim nodes, one per distinct triple', PARLEY_TERMS.Claim, graph.claims.length],
    ['reified statements', RDF_TERMS.Statement, graph.claims.length],
    ['mention nodes, one per source', PARLEY_TERMS.Mention, sourceCount],
    ['inferred claims, which no source states', PARLEY_TERMS.InferredClaim, 1],
    ['inferred mentions', PARLEY_TERMS.InferredMention, 2],
    ['web annotations', OA_TERMS.Annotation, sourceCount],
    ['annotation targets', OA_TERMS.SpecificResource, sourceCount],
    ['quote selectors', OA_TERMS.TextQuoteSelector, sourceCount],
    ['position selectors', OA_TERMS.TextPositionSelector, sourceCount],
    ['articles', PARLEY_TERMS.Article, graph.articles.length],
    ['news articles', SCHEMA_TERMS.NewsArticle, graph.articles.length],
  ])('has %s', (_what, cls, count) => {
    expect(subjectsOfType(cls)).toHaveLength(count);
  });

  it('counts what the fixture promises', () => {
    expect(graph.entities).toHaveLength(22);
    expect(graph.claims).toHaveLength(19);
    expect(sourceCount).toBe(21);
  });

  it('types, labels and aliases every entity, and links people and delegations to their party', () => {
    for (const entity of graph.entities) {
      const iri = entityIri(entity.key);
      expect(objects(iri, RDF_TERMS.type)).toHaveLength(1);
      expect(objects(iri, RDFS_TERMS.label)).toEqual([entity.label.toWellFormed().normalize('NFC')]);
      expect(objects(iri, SKOS_TERMS.altLabel)).toEqual([...entity.aliases].sort());
      expect(objects(iri, PARLEY_TERMS.party)).toEqual(entity.party === undefined ? [] : [entityIri(entity.party)]);
    }
    expect(quads.filter((q) => q.predicate.value === PARLEY_TERMS.party)).toHaveLength(5);
  });

  it('writes a truthy triple and a reified claim node for every claim', () => {
    for (const claim of graph.claims) {
      const subject = entityIri(claim.subject);
      const object = entityIri(claim.object);
      const predicate = predicateIri(claim.predicate);
      expect(objects(subject, predicate)).toContain(object);
      const node = claimIri(claim.subject, claim.predicate, claim.object);
      const inferred = claim.sources.every((s) => s.inferred === true);
      expect(objects(node, RDF_TERMS.type)).toEqual([RDF_TERMS.Statement, PARLEY_TERMS.Claim, ...(inferred ? [PARLEY_TERMS.InferredClaim] : [])].sort());
      expect(objects(node, RDF_TERMS.subject)).toEqual([subject]);
      expect(objects(node, RDF_TERMS.predicate)).toEqual([predicate]);
      expect(objects(node, RDF_TERMS.object)).toEqual([object]);
      expect(objects(node, PROV_TERMS.wasDerivedFrom)).toEqual(
        claim.sources.map((s) => mentionIri(node, s.articleId, s.start, s.end)).sort(),
      );
      expect(objects(node, PARLEY_TERMS.articleCount)).toEqual([String(new Set(claim.sources.map((s) => s.articleId)).size)]);
    }
  });

  it('gives stance codes to stance claims only', () => {
    for (const claim of graph.claims) {
      const node = claimIri(claim.subject, claim.predicate, claim.object);
      const codes = STANCES.includes(claim.predicate as Stance) ? STANCE_CODES[claim.predicate as Stance] : undefined;
      expect(objects(node, PARLEY_TERMS.cameoCode)).toEqual(codes === undefined ? [] : [codes.cameo]);
      expect(objects(node, PARLEY_TERMS.ploverCode)).toEqual(codes === undefined ? [] : [codes.plover]);
    }
  });

  it('combines the confidence of a claim stated twice, as a decimal with 3 places', () => {
    const claim = graph.claims.find((c) => c.sources.length === 2);
    expect(claim).toBeDefined();
    const node = claimIri(claim!.subject, claim!.predicate, claim!.object);
    const confidence = quads.find((q) => q.subject.value === node && q.predicate.value === PARLEY_TERMS.confidence)!.object;
    expect(confidence.termType === 'Literal' && confidence.datatype.value).toBe(XSD_TERMS.decimal);
    expect(confidence.value).toBe('0.94');
    expect(objects(node, PARLEY_TERMS.articleCount)).toEqual(['2']);
  });

  it.each([
    [0.94, '0.94'],
    [1, '1.0'],
    [0, '0.0'],
    [0.123456, '0.123'],
    [0.9996, '1.0'],
    [1 - 0.2 * 0.3, '0.94'],
  ])('writes confidence %d as the decimal %s', (value, lexical) => {
    const literal = decimalLiteral(value);
    expect(literal.value).toBe(lexical);
    expect(literal.datatype.value).toBe(XSD_TERMS.decimal);
  });

  it('annotates every source with its quote, position, rule and article', () => {
    for (const claim of graph.claims) {
      const node = claimIri(claim.subject, claim.predicate, claim.object);
      for (const source of claim.sources) {
        const mention = mentionIri(node, source.articleId, source.start, source.end);
        const article = articleIri(source.articleId);
        expect(objects(mention, OA_TERMS.hasBody)).toEqual([node]);
        // A stated mention describes its claim; an inferred one only identifies the subject, and says so by its class.
        expect(objects(mention, OA_TERMS.motivatedBy)).toEqual([source.inferred ? OA_TERMS.identifying : OA_TERMS.describing]);
        expect(objects(mention, RDF_TERMS.type)).toEqual(
          [PARLEY_TERMS.Mention, OA_TERMS.Annotation, ...(source.inferred ? [PARLEY_TERMS.InferredMention] : [])].sort(),
        );
        expect(objects(mention, PROV_TERMS.wasQuotedFrom)).toEqual([article]);
        expect(objects(mention, PARLEY_TERMS.rule)).toEqual([source.rule]);
        expect(objects(mention, PARLEY_TERMS.attribution)).toEqual(source.attribution === undefined ? [] : [source.attribution]);
        expect(objects(mention, PARLEY_TERMS.hedged)).toEqual(source.hedged === undefined ? [] : [String(source.hedged)]);
        const [target] = objects(mention, OA_TERMS.hasTarget);
        expect(objects(target!, OA_TERMS.hasSource)).toEqual([article]);
        const selectors = objects(target!, OA_TERMS.hasSelector);
        expect(selectors).toEqual([`${mention}/position`, `${mention}/quote`]);
        expect(objects(`${mention}/quote`, OA_TERMS.exact)).toEqual([source.quote]);
        expect(objects(`${mention}/quote`, OA_TERMS.prefix)).toEqual([source.prefix]);
        expect(objects(`${mention}/quote`, OA_TERMS.suffix)).toEqual([source.suffix]);
        expect(objects(`${mention}/position`, OA_TERMS.start)).toEqual([String(source.start)]);
        expect(objects(`${mention}/position`, OA_TERMS.end)).toEqual([String(source.end)]);
        expect(objects(`${mention}/position`, PARLEY_TERMS.offsetUnit)).toEqual([OFFSET_UNIT]);
        const text = graph.articles.find((a) => a.id === source.articleId)!.text;
        expect(text.slice(source.start, source.end)).toBe(source.quote);
      }
    }
  });

  it('describes articles, with a publisher and a typed date only when known', () => {
    for (const article of graph.articles) {
      const iri = articleIri(article.id);
      expect(objects(iri, PARLEY_TERMS.fileName)).toEqual([article.file]);
      expect(objects(iri, SCHEMA_TERMS.headline)).toEqual([article.title]);
      expect(objects(iri, SCHEMA_TERMS.publisher)).toEqual(article.outlet === undefined ? [] : [article.outlet]);
      const dates = quads.filter((q) => q.subject.value === iri && q.predicate.value === SCHEMA_TERMS.datePublished);
      expect(dates.map((q) => q.object.value)).toEqual(article.published === undefined ? [] : [article.published]);
      for (const date of dates) expect(date.object.termType === 'Literal' && date.object.datatype.value).toBe(XSD_TERMS.date);
    }
  });

  it('mints no blank nodes and no IRIs outside the id namespace for its own resources', () => {
    const terms = quads.flatMap((q: Quad) => [q.subject, q.predicate, q.object, q.graph]);
    expect(terms.filter((t) => t.termType === 'BlankNode')).toEqual([]);
    expect(quads.every((q) => q.subject.value.startsWith(PARLEY_ID))).toBe(true);
    expect(quads.every((q) => q.graph.termType === 'DefaultGraph')).toBe(true);
  });

  it('writes literals well-formed and NFC', () => {
    const literals = quads.flatMap((q) => (q.object.termType === 'Literal' ? [q.object.value] : []));
    expect(literals.every((v) => v.isWellFormed() && v === v.normalize('NFC'))).toBe(true);
    expect(literals).toContain(HOSTILE_TEXT_LABEL.toWellFormed());
    expect(literals).not.toContain(HOSTILE_TEXT_LABEL);
  });

  it('normalises a decomposed label to NFC', () => {
    const decomposed = 'Te\u0301heran';
    const single: KnowledgeGraph = { articles: [], entities: [{ key: 'party/x', type: 'Party', label: decomposed, aliases: [] }], claims: [] };
    const label = toQuads(single).find((q) => q.predicate.value === RDFS_TERMS.label)!.object.value;
    expect(label).toBe('T\u00e9heran');
  });

  it.each([
    ['a claim subject', { ...graph, claims: [{ ...graph.claims[0]!, subject: 'party/Nowhere' }] }],
    ['a claim object', { ...graph, claims: [{ ...graph.claims[0]!, object: 'topic/nothing' }] }],
    ['a party link', { ...graph, entities: [...graph.entities, { key: 'person/X', type: 'Person', label: 'X', aliases: [], party: 'party/Nowhere' }] }],
    ['an article', { ...graph, articles: graph.articles.slice(1) }],
  ] as [string, KnowledgeGraph][])('throws when %s names something the graph does not hold', (_what, broken) => {
    expect(() => toQuads(broken)).toThrow(/toQuads:/);
  });
});

describe('quadParts', () => {
  const articles = Object.entries(ARTICLES).map(([file, text]) => articleFromText(`${text}\n`, file));
  const all = buildGraphFromArticles(articles);

  /** The quads of a part as sorted N-Triples terms, to compare parts of two graphs. */
  function written(part: readonly Quad[]): string {
    return part
      .map((q) => `${termToId(q.subject)} ${termToId(q.predicate)} ${termToId(q.object)}`)
      .sort()
      .join('\n');
  }

  /** The quads of each fingerprinted part of `graph`, by fingerprint. */
  function byFingerprint(of: KnowledgeGraph): Map<string, string> {
    const parts = new Map<string, string>();
    for (const { fingerprint, make } of quadParts(of, { fingerprints: true })) if (fingerprint !== undefined) parts.set(fingerprint, written(make()));
    return parts;
  }

  it('gives the parts of forEachQuadPart in its order, fingerprinting none unless asked', () => {
    const taken: string[] = [];
    forEachQuadPart(all, (part) => taken.push(written(part)));
    expect([...quadParts(all)].map((part) => written(part.make()))).toEqual(taken);
    expect([...quadParts(all)].every((part) => part.fingerprint === undefined)).toBe(true);
    const fingerprinted = [...quadParts(all, { fingerprints: true })];
    expect(fingerprinted.map((part) => written(part.make()))).toEqual(taken);
    // Every part but the issues': each entity, article, claim and negotiation.
    expect(fingerprinted.filter((part) => part.fingerprint === undefined)).toHaveLength(1);
  });

  it('gives a part of another graph the same fingerprint only when its quads are the same', () => {
    const whole = byFingerprint(all);
    for (let left = 0; left < articles.length; left++) {
      const fewer = byFingerprint(buildGraphFromArticles(articles.filter((_, at) => at !== left)));
      const shared = [...fewer].filter(([fingerprint]) => whole.has(fingerprint));
      for (const [fingerprint, quads] of shared) expect(quads).toBe(whole.get(fingerprint));
      // Leaving an article out changes some parts and keeps others.
      expect(shared.length).toBeGreaterThan(0);
      expect(shared.length).toBeLessThan(fewer.size);
    }
  });

  const changes: [string, (graph: KnowledgeGraph) => KnowledgeGraph][] = [
    ["a source's confidence", (g) => withFirstSource(g, (s) => ({ ...s, confidence: s.confidence / 2 }))],
    ["a source's rule", (g) => withFirstSource(g, (s) => ({ ...s, rule: `${s.rule}.other` }))],
    ["a source's date", (g) => withFirstSource(g, (s) => ({ ...s, date: '2001-02-03' }))],
    ["a source's attribution", (g) => withFirstSource(g, (s) => ({ ...s, attribution: 'a spokesman' }))],
    ['whether a source is hedged', (g) => withFirstSource(g, (s) => ({ ...s, hedged: !(s.hedged ?? false) }))],
    ["a source's offsets", (g) => withFirstSource(g, (s) => ({ ...s, start: s.start + 1 }))],
    ["an entity's label", (g) => ({ ...g, entities: g.entities.map((e, at) => (at === 0 ? { ...e, label: `${e.label} Jr` } : e)) })],
    ["an entity's aliases", (g) => ({ ...g, entities: g.entities.map((e, at) => (at === 0 ? { ...e, aliases: [...e.aliases, 'Another Name'] } : e)) })],
    ["an article's title", (g) => ({ ...g, articles: g.articles.map((a, at) => (at === 0 ? { ...a, title: `${a.title}!` } : a)) })],
  ];

  it.each(changes)('gives a part another fingerprint when %s changes', (_, change) => {
    const before = byFingerprint(all);
    const after = byFingerprint(change(all));
    const changed = [...after.keys()].filter((fingerprint) => !before.has(fingerprint));
    expect(changed.length).toBeGreaterThan(0);
    // What changed is in the quads of each part whose fingerprint changed, and in no other.
    expect([...after].filter(([fingerprint, quads]) => !before.has(fingerprint) && [...before.values()].includes(quads))).toEqual([]);
  });
});

/** The graph with the first source of its first claim changed by `change`. */
function withFirstSource(graph: KnowledgeGraph, change: (source: Source) => Source): KnowledgeGraph {
  return { ...graph, claims: graph.claims.map((claim, at) => (at === 0 ? { ...claim, sources: claim.sources.map((s, i) => (i === 0 ? change(s) : s)) } : claim)) };
}
