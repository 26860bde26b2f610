// Tests how hover, search, selection and filters change what sigma draws, without touching the graph.
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, NodeAttributes } from '../../viewer/src/create-graph.js';
import { emptyDisplayState, reduceEdge, reduceNode, type DisplayState } from '../../viewer/src/reducers.js';

const COLORS = { fadedColor: '#eeeeee' };
const NODE: NodeAttributes = { label: 'Armenia', fullLabel: 'Republic of Armenia', x: 1, y: 2, size: 10, color: '#4477aa', type: 'Party', party: 'a', shared: false, sticking: false };
const EDGE: EdgeAttributes = { label: 'demands', color: '#0072b2', size: 2, type: 'straight', curvature: 0, stance: 'demands', contested: false };
/** Edges of the tests: e1 goes a→b, e2 goes c→d. */
const ENDS = (edge: string) => (edge === 'e1' ? (['a', 'b'] as const) : (['c', 'd'] as const));

function state(partial: Partial<DisplayState>): DisplayState {
  return { ...emptyDisplayState(), ...partial };
}

describe('reduceNode', () => {
  it('draws a node as it is when nothing is going on', () => {
    expect(reduceNode(emptyDisplayState(), COLORS, 'a', NODE)).toEqual(NODE);
  });

  it.each<[string, Partial<DisplayState>, string, Record<string, unknown>]>([
    ['hidden by the filters', { visibility: { nodes: new Set(['b']), edges: new Set() } }, 'a', { hidden: true }],
    ['kept by the filters', { visibility: { nodes: new Set(['a']), edges: new Set() } }, 'a', { color: NODE.color, label: 'Armenia' }],
    ['hovered', { hoveredNode: 'a', hoveredNeighbours: new Set(['b']) }, 'a', { forceLabel: true, color: NODE.color }],
    ['a neighbour of the hovered node', { hoveredNode: 'b', hoveredNeighbours: new Set(['a']) }, 'a', { forceLabel: true, label: 'Armenia' }],
    ['away from the hovered node', { hoveredNode: 'b', hoveredNeighbours: new Set(['c']) }, 'a', { color: '#eeeeee', label: null }],
    ['suggested by the search', { suggestions: new Set(['a']) }, 'a', { forceLabel: true, color: NODE.color }],
    ['not suggested by the search', { suggestions: new Set(['b']) }, 'a', { color: '#eeeeee', label: null }],
    ['selected', { selectedNode: 'a' }, 'a', { highlighted: true, forceLabel: true, zIndex: 2 }],
    ['an end of the selected edge', { selectedEdge: 'e1', selectedEnds: new Set(['a', 'b']) }, 'a', { highlighted: true }],
  ])('%s', (_name, partial, node, expected) => {
    expect(reduceNode(state(partial), COLORS, node, NODE)).toMatchObject(expected);
  });

  it('never changes the attributes it is given', () => {
    const before = structuredClone(NODE);
    reduceNode(state({ hoveredNode: 'b', hoveredNeighbours: new Set(), selectedNode: 'a' }), COLORS, 'a', NODE);
    expect(NODE).toEqual(before);
  });
});

describe('reduceEdge', () => {
  it.each<[string, Partial<DisplayState>, string, Record<string, unknown>]>([
    ['hidden by the filters', { visibility: { nodes: new Set(['a', 'b']), edges: new Set(['e2']) } }, 'e1', { hidden: true }],
    ['kept by the filters', { visibility: { nodes: new Set(['a', 'b']), edges: new Set(['e1']) } }, 'e1', { size: 2 }],
    ['touching the hovered node', { hoveredNode: 'a', hoveredNeighbours: new Set(['b']) }, 'e1', { color: EDGE.color }],
    ['away from the hovered node', { hoveredNode: 'a', hoveredNeighbours: new Set(['b']) }, 'e2', { hidden: true }],
    ['between two suggestions', { suggestions: new Set(['a', 'b']) }, 'e1', { size: 2 }],
    ['leaving the suggestions', { suggestions: new Set(['a']) }, 'e1', { hidden: true }],
    ['selected', { selectedEdge: 'e1' }, 'e1', { size: 4, forceLabel: true, zIndex: 2 }],
    ['of the selected node', { selectedNode: 'b' }, 'e1', { forceLabel: true, size: 2 }],
  ])('%s', (_name, partial, edge, expected) => {
    const result = reduceEdge(state(partial), ENDS, edge, EDGE);
    expect(result).toMatchObject(expected);
    if (!('hidden' in expected)) expect(result.hidden).toBeUndefined();
  });

  it('never changes the attributes it is given', () => {
    const before = structuredClone(EDGE);
    reduceEdge(state({ selectedEdge: 'e1' }), ENDS, 'e1', EDGE);
    expect(EDGE).toEqual(before);
  });
});
