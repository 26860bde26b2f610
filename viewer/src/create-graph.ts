// Turns the viewer's data into a graphology multigraph with colours, sizes and seeded starting positions.
import { MultiDirectedGraph } from 'graphology';
import type { ViewerData, ViewerNode } from '../../src/query/viewer-data.js';
import type { EntityType, Predicate, Stance } from '../../src/types.js';
import { edgeColor, nodeColor, partyColors } from './colors.js';
import { stickingTopics } from './matrix-view.js';
import type { ViewerSettings } from './settings.js';

/** What the graph holds for a node; `type` names the node program that draws its entity type. */
export interface NodeAttributes {
  /** The label drawn on the graph, cut to the settings' labelLength. */
  label: string;
  /** The whole label, drawn for a hovered or selected node. */
  fullLabel: string;
  x: number;
  y: number;
  size: number;
  color: string;
  type: EntityType;
  party: string | null;
  shared: boolean;
  /** A topic that one side demands, proposes or agrees to and another rejects: highlighted on the graph. */
  sticking: boolean;
}

/** What the graph holds for a claim edge. `type` and `curvature` say whether it is drawn curved beside a parallel edge. */
export interface EdgeAttributes {
  label: Predicate;
  color: string;
  size: number;
  type: 'straight' | 'curved';
  curvature: number;
  stance: Stance | null;
  /** Another claim of the same side contradicts this one: drawn apart, thicker and in the contested colour. */
  contested: boolean;
}

export type ViewerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** A small seeded pseudo-random generator (mulberry32): the same seed gives the same positions on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Where nodes start: around a circle, grouped by party so each side starts together, with a seeded jitter. */
export function initialPositions(nodes: readonly ViewerNode[], seed: number): Map<string, { x: number; y: number }> {
  const group = (node: ViewerNode) => (node.shared ? '\u{10FFFF}shared' : (node.party ?? '\u{10FFFF}none'));
  const ordered = [...nodes].sort((a, b) => (group(a) < group(b) ? -1 : group(a) > group(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const random = seededRandom(seed);
  const radius = 10 * Math.sqrt(Math.max(nodes.length, 1));
  return new Map(
    ordered.map((node, index) => {
      const angle = (2 * Math.PI * index) / ordered.length;
      const r = radius * (0.8 + 0.4 * random());
      return [node.id, { x: r * Math.cos(angle), y: r * Math.sin(angle) }];
    }),
  );
}

/** Interpolates between `min` and `max` by `value / most`, with a square root so that a few big nodes do not dwarf the rest. */
function scale(value: number, most: number, min: number, max: number): number {
  return most <= 0 ? min : min + (max - min) * Math.sqrt(Math.max(value, 0) / most);
}

/** `label` cut to at most `length` characters at a word boundary, with an ellipsis when cut. */
export function shortLabel(label: string, length: number): string {
  if (label.length <= length) return label;
  const space = label.slice(0, length).lastIndexOf(' ');
  return `${(space > length / 2 ? label.slice(0, space) : label.slice(0, length - 1)).trimEnd()}…`;
}

/** The graph sigma draws. Node and edge keys are the IRIs of the entities and claims. */
export function createGraph(data: ViewerData, settings: ViewerSettings): ViewerGraph {
  const graph: ViewerGraph = new MultiDirectedGraph();
  const colors = partyColors(data.parties, settings);
  const positions = initialPositions(data.nodes, settings.seed);
  const mostClaims = Math.max(0, ...data.nodes.map((node) => node.claimCount));
  const mostOutlets = Math.max(1, ...data.edges.map((edge) => edge.outletCount));
  const sticking = stickingTopics(data.matrix);
  for (const node of data.nodes) {
    graph.addNode(node.id, {
      label: shortLabel(node.label, settings.labelLength),
      fullLabel: node.label,
      ...positions.get(node.id)!,
      size: scale(node.claimCount, mostClaims, settings.minNodeSize, settings.maxNodeSize),
      color: nodeColor(node, colors, settings),
      type: node.type,
      party: node.party,
      shared: node.shared,
      sticking: sticking.has(node.id),
    });
  }
  for (const edge of data.edges) {
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      label: edge.predicate,
      color: edgeColor(edge, settings),
      // An inferred claim is drawn at the thinnest, however many articles name its subject: no article states it.
      size: edge.contested
        ? settings.maxEdgeSize
        : edge.inferredBy.length > 0
          ? settings.minEdgeSize
          : scale(edge.outletCount - 1, mostOutlets - 1, settings.minEdgeSize, settings.maxEdgeSize),
      type: 'straight',
      curvature: 0,
      stance: edge.stance,
      contested: edge.contested,
    });
  }
  return graph;
}

/** Most curvature of a bundle of parallel edges; bundles of more edges spread wider, up to a bound. */
const CURVATURE_AMPLITUDE = 3.5;

/**
 * Curvature of the `index`-th of parallel edges whose indices run up to `maxIndex` (as @sigma/edge-curve's
 * indexParallelEdgesIndex numbers them): symmetric around zero and bounded however many edges share two nodes.
 */
export function parallelCurvature(index: number, maxIndex: number, baseCurvature: number): number {
  if (maxIndex <= 0) return 0;
  const most = CURVATURE_AMPLITUDE * (1 - Math.exp(-maxIndex / CURVATURE_AMPLITUDE)) * baseCurvature;
  return (most * index) / maxIndex;
}
