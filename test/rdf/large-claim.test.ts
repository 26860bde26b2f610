// A claim read in tens of thousands of places goes through toQuads and writeTurtle: nothing spreads it onto the stack.
import { describe, expect, it } from 'vitest';
import { toQuads } from '../../src/rdf/to-quads.js';
import { writeTurtle } from '../../src/rdf/turtle.js';
import type { KnowledgeGraph, Source } from '../../src/types.js';
import { sampleKnowledgeGraph } from '../fixtures/knowledge-graph.js';

const MENTIONS = 20_000;

/** The sample graph with its first claim cited by MENTIONS distinct spans of its first article. */
function graphWithLargeClaim(): KnowledgeGraph {
  const [first, ...rest] = sampleKnowledgeGraph.claims;
  if (first === undefined) throw new Error('the sample graph has no claim');
  const model = first.sources[0] as Source;
  const sources = Array.from({ length: MENTIONS }, (_, i): Source => ({ ...model, start: i, end: i + model.quote.length }));
  return { ...sampleKnowledgeGraph, claims: [{ ...first, sources }, ...rest] };
}

describe('a claim with 20,000 mentions', () => {
  it('becomes quads and Turtle', () => {
    const quads = toQuads(graphWithLargeClaim());
    const turtle = writeTurtle(quads);
    expect(quads.length).toBeGreaterThan(MENTIONS * 20);
    expect(turtle.match(/ oa:hasBody /g)?.length).toBeGreaterThanOrEqual(MENTIONS);
  });
});
