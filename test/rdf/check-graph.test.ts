// checkGraph gives the verdict of the SHACL engine (validateGraph) on ontology/shapes.ttl: the same focus nodes and paths.
import type { Quad } from '@rdfjs/types';
import { Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { checkGraph, GraphChecker, resolveCheckGraphOptions, type KeptTypes } from '../../src/rdf/check-graph.js';
import { articleIri, OA, PARLEY, PROV_TERMS, RDF_TERMS } from '../../src/rdf/namespaces.js';
import { forEachQuadPart, quadParts, toQuads } from '../../src/rdf/to-quads.js';
import { readTurtle } from '../../src/rdf/turtle.js';
import { validateGraph, type ValidationReport } from '../../src/rdf/validate-graph.js';
import type { EntityType, KnowledgeGraph } from '../../src/types.js';
import { sampleKnowledgeGraph } from '../fixtures/knowledge-graph.js';
import { ARTICLES } from '../fixtures/negotiation-builds.js';
import { articleFromText } from '../../src/ingest/index.js';
import { buildGraphFromArticles } from '../../src/pipeline.js';
import { BROKEN_GRAPHS, CONFORMING_GRAPH, GO_BETWEEN_GRAPH } from '../fixtures/shapes/broken-graphs.js';

/** The verdict of a report: whether the graph conforms, and the distinct `focus node path` pairs it names. */
function verdict(report: ValidationReport): { conforms: boolean; where: string[] } {
  return { conforms: report.conforms, where: [...new Set(report.violations.map((v) => `${v.focusNode} ${v.path ?? '-'}`))].sort() };
}

/** Nodes that GraphChecker checks with their own part: a claim's and its mentions'. */
const PART_TYPES = new Set([...['Claim', 'InferredClaim', 'Mention', 'InferredMention'].map((c) => PARLEY + c), ...['SpecificResource', 'TextQuoteSelector', 'TextPositionSelector'].map((c) => OA + c)]);

/**
 * The verdict of GraphChecker given the quads in parts: those of claims and mentions together, after the subjects
 * that derive from a mention (a claim's part holds them), and before every other subject, alone, in reverse order.
 */
function checkInParts(quads: readonly Quad[]): ValidationReport {
  const own = new Set(quads.filter((q) => q.predicate.value === RDF_TERMS.type && PART_TYPES.has(q.object.value)).map((q) => q.subject.value));
  const deriving = new Set(quads.filter((q) => q.predicate.value === PROV_TERMS.wasDerivedFrom).map((q) => q.subject.value));
  const parts = new Map<string, Quad[]>();
  for (const quad of quads) {
    const part = own.has(quad.subject.value) ? '' : quad.subject.value;
    parts.set(part, [...(parts.get(part) ?? []), quad]);
  }
  const entries = [...parts];
  const early = (subject: string): boolean => deriving.has(subject) && !own.has(subject);
  const checker = new GraphChecker();
  for (const [, part] of [...entries.filter(([subject]) => early(subject)), ...entries.filter(([subject]) => !early(subject)).reverse()]) checker.add(part);
  return checker.finish();
}

async function expectSameVerdict(quads: readonly Quad[]): Promise<void> {
  const shacl = verdict(await validateGraph(new Store([...quads])));
  expect(verdict(checkGraph(quads))).toEqual(shacl);
  expect(verdict(checkInParts(quads))).toEqual(shacl);
}

const conforming = [...readTurtle(CONFORMING_GRAPH)] as Quad[];

describe('checkGraph', () => {
  it('accepts the conforming graph and the graph of the sample knowledge graph', async () => {
    expect(checkGraph(conforming)).toEqual({ conforms: true, violations: [] });
    expect(checkGraph(toQuads(sampleKnowledgeGraph))).toEqual({ conforms: true, violations: [] });
    await expectSameVerdict(toQuads(sampleKnowledgeGraph));
  });

  it("accepts a go-between's stance, as SHACL does: a body of no side that mediates the talks and proposes", async () => {
    const quads = [...readTurtle(GO_BETWEEN_GRAPH)] as Quad[];
    expect(checkGraph(quads)).toEqual({ conforms: true, violations: [] });
    await expectSameVerdict(quads);
  });

  it.each(BROKEN_GRAPHS)('agrees with SHACL on $name', async ({ turtle, focusNode, path, message }) => {
    const quads = [...readTurtle(turtle)] as Quad[];
    await expectSameVerdict(quads);
    expect(checkGraph(quads).violations).toContainEqual(expect.objectContaining({ focusNode, path, message: expect.stringContaining(message) }));
  });

  it.each(conforming.map((dropped, index) => ({ index, triple: `${dropped.subject.value} ${dropped.predicate.value} ${dropped.object.value}` })))(
    'agrees with SHACL on the conforming graph without triple $index ($triple)',
    async ({ index }) => {
      await expectSameVerdict(conforming.filter((_, i) => i !== index));
    },
  );

  it('gives the same report part by part, as the quads are made, as on the whole graph, also when an article is missing', () => {
    const missing = articleIri(sampleKnowledgeGraph.claims[0]?.sources[0]?.articleId ?? '');
    for (const keep of [() => true, (quad: Quad) => quad.subject.value !== missing]) {
      const checker = new GraphChecker();
      const whole: Quad[] = [];
      forEachQuadPart(sampleKnowledgeGraph, (part) => {
        const kept = part.filter(keep);
        checker.add(kept);
        for (const quad of kept) whole.push(quad);
      });
      const report = checker.finish();
      expect(report).toEqual(checkGraph(whole));
      expect(report.conforms).toBe(keep.length === 0);
    }
  });

  it('gives the same report part by part on a graph of contested claims, each part holding every triple of its subjects', () => {
    const articles = Object.entries(ARTICLES).map(([file, text]) => articleFromText(`${text}\n`, file));
    const checker = new GraphChecker();
    const whole: Quad[] = [];
    const partOf = new Map<string, number>();
    let parts = 0;
    forEachQuadPart(buildGraphFromArticles(articles), (part) => {
      parts++;
      checker.add(part);
      for (const quad of part) {
        whole.push(quad);
        expect(partOf.get(quad.subject.value) ?? parts).toBe(parts);
        partOf.set(quad.subject.value, parts);
      }
    });
    expect(whole.some((quad) => quad.object.value === `${PARLEY}ContestedClaim`)).toBe(true);
    expect(checker.finish()).toEqual(checkGraph(whole));
    expect(checkGraph(whole).conforms).toBe(true);
  });

  describe('with the types of parts carried over from a graph checked before', () => {
    const contested = buildGraphFromArticles(Object.entries(ARTICLES).map(([file, text]) => articleFromText(`${text}\n`, file)));

    /**
     * The report on `after` when every part with the fingerprint of a part of `before` (which conforms) is carried:
     * the checker gets the types it kept of that part instead of its quads, as a rebuild does.
     */
    function reportCarrying(before: KnowledgeGraph, after: KnowledgeGraph): { report: ValidationReport; carried: number; made: number } {
      const first = new GraphChecker();
      const kept = new Map<string, KeptTypes>();
      for (const { fingerprint, make } of quadParts(before, { fingerprints: true })) {
        const types = first.add(make());
        if (types !== undefined && fingerprint !== undefined) kept.set(fingerprint, types);
      }
      expect(first.finish().conforms).toBe(true);
      const second = new GraphChecker();
      let carried = 0;
      let made = 0;
      for (const { fingerprint, make } of quadParts(after, { fingerprints: true })) {
        const types = fingerprint === undefined ? undefined : kept.get(fingerprint);
        if (types === undefined) {
          second.add(make());
          made++;
        } else {
          second.carry(types);
          carried++;
        }
      }
      return { report: second.finish(), carried, made };
    }

    /** The graph with the entity that `pick` finds given another type. */
    function retyped(graph: KnowledgeGraph, pick: (graph: KnowledgeGraph) => string | undefined, type: EntityType): KnowledgeGraph {
      const key = pick(graph);
      expect(key).toBeDefined();
      return { ...graph, entities: graph.entities.map((entity) => (entity.key === key ? { ...entity, type } : entity)) };
    }

    it('carries every part of the same graph, and gives its verdict', () => {
      const { report, carried, made } = reportCarrying(contested, contested);
      expect(report).toEqual({ conforms: true, violations: [] });
      // Made again: the issues, which depend on the whole graph, and the contested claim that contradicts a claim of
      // a later part, whose type it checks once every part is in.
      expect(made).toBe(2);
      expect(carried).toBeGreaterThan(50);
    });

    const changes: [string, (graph: KnowledgeGraph) => KnowledgeGraph][] = [
      ['the place talks are held in, made a person', (graph) => retyped(graph, (g) => g.claims.find((c) => c.predicate === 'heldIn')?.object, 'Person')],
      ['a side that makes demands, made a place', (graph) => retyped(graph, (g) => g.claims.find((c) => c.predicate === 'demands')?.subject, 'Place')],
      ['the party of a person, made a delegation', (graph) => retyped(graph, (g) => g.entities.find((e) => e.type === 'Person' && e.party !== undefined)?.party, 'Delegation')],
      ['the round of talks a claim was stated at, made a place', (graph) => retyped(graph, (g) => g.claims.flatMap((c) => c.sources).find((s) => s.round !== undefined)?.round, 'Place')],
      ['the delegation a person leads, made a topic', (graph) => retyped(graph, (g) => g.claims.find((c) => c.predicate === 'leads')?.object, 'Topic')],
    ];

    it.each(changes)('finds what checking every quad finds when %s, though the parts naming it are carried otherwise', (_, change) => {
      const after = change(contested);
      const whole = checkGraph(toQuads(after));
      expect(whole.conforms).toBe(false);
      const { report, carried } = reportCarrying(contested, after);
      expect(carried).toBeGreaterThan(0);
      expect(verdict(report)).toEqual(verdict(whole));
    });
  });

  it('stops listing at maxViolations and rejects a bad limit', () => {
    const quads = [...readTurtle(BROKEN_GRAPHS[0]?.turtle ?? '')] as Quad[];
    expect(checkGraph(quads, { maxViolations: 1 }).violations).toHaveLength(1);
    expect(() => resolveCheckGraphOptions({ maxViolations: 0 })).toThrow(/Expecting 1 or more/);
  });
});
