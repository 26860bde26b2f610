// Tests the graph the viewer draws: one node per entity, one edge per claim, sizes, colours and seeded positions.
import { describe, expect, it } from 'vitest';
import { createGraph, initialPositions, parallelCurvature, seededRandom, shortLabel } from '../../viewer/src/create-graph.js';
import { DEFAULT_VIEWER_SETTINGS as S } from '../../viewer/src/settings.js';
import { ARMENIA, iri, smallData } from './small-data.js';

describe('createGraph', () => {
  const graph = createGraph(smallData, S);

  it('has a node per entity and an edge per claim, keyed by IRI', () => {
    expect(graph.order).toBe(smallData.nodes.length);
    expect(graph.size).toBe(smallData.edges.length);
    expect(graph.source(iri('claim/a7'))).toBe(ARMENIA);
    expect(graph.getEdgeAttributes(iri('claim/a7'))).toMatchObject({ label: 'rejects', stance: 'rejects', color: S.stanceColors.rejects, type: 'straight' });
  });

  it('sizes nodes by their claims, from the smallest size to the largest', () => {
    const sizes = smallData.nodes.map((node) => [node.claimCount, graph.getNodeAttribute(node.id, 'size')] as const);
    expect(Math.min(...sizes.map(([, size]) => size))).toBe(S.minNodeSize);
    expect(Math.max(...sizes.map(([, size]) => size))).toBe(S.maxNodeSize);
    for (const [count, size] of sizes) for (const [other, otherSize] of sizes) if (count < other) expect(size).toBeLessThan(otherSize);
  });

  it('thickens claims read in more articles', () => {
    expect(graph.getEdgeAttribute(iri('claim/a1'), 'size')).toBe(S.maxEdgeSize);
    expect(graph.getEdgeAttribute(iri('claim/a2'), 'size')).toBe(S.minEdgeSize);
  });

  it('colours nodes by party and draws each type with its program', () => {
    expect(graph.getNodeAttributes(iri('person/Ani_Sargsyan'))).toMatchObject({ color: S.partyPalette[0], type: 'Person' });
    expect(graph.getNodeAttributes(iri('topic/border_delimitation'))).toMatchObject({ color: S.sharedColor, type: 'Topic' });
  });

  it('keeps two claims between the same nodes as two edges', () => {
    const twice = { ...smallData, edges: [...smallData.edges, { ...smallData.edges[0]!, id: iri('claim/a1b'), predicate: 'demands' as const, stance: 'demands' as const }] };
    const multi = createGraph(twice, S);
    expect(multi.edges(ARMENIA, iri('topic/border_delimitation'))).toHaveLength(2);
  });
});

describe('initial positions', () => {
  it('are the same for the same seed, whatever the order of the nodes, and differ for another seed', () => {
    const a = initialPositions(smallData.nodes, 7);
    const b = initialPositions([...smallData.nodes].reverse(), 7);
    const c = initialPositions(smallData.nodes, 8);
    expect([...b].sort()).toEqual([...a].sort());
    expect([...c].sort()).not.toEqual([...a].sort());
  });

  it('are finite and distinct', () => {
    const points = [...initialPositions(smallData.nodes, 1).values()];
    expect(points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(new Set(points.map((p) => `${p.x},${p.y}`)).size).toBe(points.length);
  });

  it('come from a generator that repeats with its seed and stays in [0, 1)', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(draw(3)).toEqual(draw(3));
    expect(draw(3)).not.toEqual(draw(4));
    expect(draw(3).every((value) => value >= 0 && value < 1)).toBe(true);
  });
});

describe('parallelCurvature', () => {
  it.each([
    [0, 1, 0],
    [1, 1, 0.25 * 3.5 * (1 - Math.exp(-1 / 3.5))],
    [-1, 1, -0.25 * 3.5 * (1 - Math.exp(-1 / 3.5))],
    [0.5, 0.5, 0.25 * 3.5 * (1 - Math.exp(-0.5 / 3.5))],
    [3, 0, 0],
  ])('index %d of %d curves by %d', (index, max, expected) => {
    expect(parallelCurvature(index, max, 0.25)).toBeCloseTo(expected, 10);
  });

  it('stays bounded however many claims two nodes share', () => {
    expect(Math.abs(parallelCurvature(500, 500, 0.25))).toBeLessThanOrEqual(3.5 * 0.25);
  });
});

describe('shortLabel', () => {
  it.each([
    ['border delimitation', 40, 'border delimitation'],
    ['withdrawal of forces from the four regions annexed', 30, 'withdrawal of forces from the…'],
    ['Supercalifragilisticexpialidocious', 10, 'Supercali…'],
    ['exactly ten', 11, 'exactly ten'],
  ])('cuts %j to %d characters: %j', (label, length, expected) => {
    expect(shortLabel(label, length)).toBe(expected);
    expect(shortLabel(label, length).length).toBeLessThanOrEqual(length);
  });
});
