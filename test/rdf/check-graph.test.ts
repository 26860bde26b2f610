// checkGraph gives the verdict of the SHACL engine (validateGraph) on ontology/shapes.ttl: the same focus nodes and paths.
import type { Quad } from '@rdfjs/types';
import { Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { checkGraph, resolveCheckGraphOptions } from '../../src/rdf/check-graph.js';
import { toQuads } from '../../src/rdf/to-quads.js';
import { readTurtle } from '../../src/rdf/turtle.js';
import { validateGraph, type ValidationReport } from '../../src/rdf/validate-graph.js';
import { sampleKnowledgeGraph } from '../fixtures/knowledge-graph.js';
import { BROKEN_GRAPHS, CONFORMING_GRAPH } from '../fixtures/shapes/broken-graphs.js';

/** The verdict of a report: whether the graph conforms, and the distinct `focus node path` pairs it names. */
function verdict(report: ValidationReport): { conforms: boolean; where: string[] } {
  return { conforms: report.conforms, where: [...new Set(report.violations.map((v) => `${v.focusNode} ${v.path ?? '-'}`))].sort() };
}

async function expectSameVerdict(quads: readonly Quad[]): Promise<void> {
  const shacl = verdict(await validateGraph(new Store([...quads])));
  expect(verdict(checkGraph(quads))).toEqual(shacl);
}

const conforming = [...readTurtle(CONFORMING_GRAPH)] as Quad[];

describe('checkGraph', () => {
  it('accepts the conforming graph and the graph of the sample knowledge graph', async () => {
    expect(checkGraph(conforming)).toEqual({ conforms: true, violations: [] });
    expect(checkGraph(toQuads(sampleKnowledgeGraph))).toEqual({ conforms: true, violations: [] });
    await expectSameVerdict(toQuads(sampleKnowledgeGraph));
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

  it('stops listing at maxViolations and rejects a bad limit', () => {
    const quads = [...readTurtle(BROKEN_GRAPHS[0]?.turtle ?? '')] as Quad[];
    expect(checkGraph(quads, { maxViolations: 1 }).violations).toHaveLength(1);
    expect(() => resolveCheckGraphOptions({ maxViolations: 0 })).toThrow(/Expecting 1 or more/);
  });
});
