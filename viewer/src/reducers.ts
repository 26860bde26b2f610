// Sigma node and edge reducers: how hover, search, selection and filters change what is drawn, read from a state object.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from './create-graph.js';
import type { Visibility } from './filters.js';

/** The display state. It lives beside the graph; the graph itself is never changed for display. */
export interface DisplayState {
  hoveredNode: string | null;
  /** Neighbours of the hovered node. */
  hoveredNeighbours: ReadonlySet<string> | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Ends of the selected edge, highlighted with it. */
  selectedEnds: ReadonlySet<string> | null;
  /** Nodes the search suggests, or null when the search box is empty. */
  suggestions: ReadonlySet<string> | null;
  /** What the filters leave visible, or null when nothing is filtered. */
  visibility: Visibility | null;
}

/** The state of a page that has just opened. */
export function emptyDisplayState(): DisplayState {
  return {
    hoveredNode: null,
    hoveredNeighbours: null,
    selectedNode: null,
    selectedEdge: null,
    selectedEnds: null,
    suggestions: null,
    visibility: null,
  };
}

/** Colours the reducers need. */
export interface ReducerColors {
  readonly fadedColor: string;
}

/** Extremities of an edge, as the graph knows them. */
export type EdgeEnds = (edge: string) => readonly [string, string];

/**
 * How a node is drawn now: hidden by filters, highlighted when selected, faded outside a hover or a search. A hovered
 * or selected node shows its whole label.
 */
export function reduceNode(state: DisplayState, colors: ReducerColors, node: string, data: NodeAttributes): Partial<NodeDisplayData> {
  const res: Partial<NodeDisplayData> = { ...data };
  if (state.visibility !== null && !state.visibility.nodes.has(node)) return { ...res, hidden: true };
  const fade = () => {
    res.color = colors.fadedColor;
    res.label = null;
    res.zIndex = 0;
  };
  if (state.hoveredNode !== null) {
    if (node === state.hoveredNode || state.hoveredNeighbours?.has(node)) {
      res.forceLabel = true;
      res.zIndex = 1;
      if (node === state.hoveredNode) res.label = data.fullLabel;
    } else {
      fade();
    }
  }
  if (state.suggestions !== null) {
    if (state.suggestions.has(node)) res.forceLabel = true;
    else fade();
  }
  // A sticking point stands out wherever it is not pushed to the background.
  if (data.sticking && res.color !== colors.fadedColor) {
    res.highlighted = true;
    res.forceLabel = true;
  }
  if (state.selectedNode === node || state.selectedEnds?.has(node)) {
    res.highlighted = true;
    res.forceLabel = true;
    res.zIndex = 2;
    res.label = data.fullLabel;
  }
  return res;
}

/**
 * How an edge is drawn now: hidden by filters or outside a hover or a search, thicker when selected. Only the edges of
 * the hovered or selected node and the selected edge carry a label: labels on every edge would tangle around big nodes.
 */
export function reduceEdge(
  state: DisplayState,
  ends: EdgeEnds,
  edge: string,
  data: EdgeAttributes,
): Partial<EdgeDisplayData> & { curvature?: number } {
  const res: Partial<EdgeDisplayData> & { curvature?: number } = { ...data, label: null };
  if (state.visibility !== null && !state.visibility.edges.has(edge)) return { ...res, hidden: true };
  const [source, target] = ends(edge);
  if (state.hoveredNode !== null && source !== state.hoveredNode && target !== state.hoveredNode) return { ...res, hidden: true };
  if (state.suggestions !== null && !(state.suggestions.has(source) && state.suggestions.has(target))) return { ...res, hidden: true };
  const touches = (node: string | null) => node !== null && (source === node || target === node);
  if (state.selectedEdge === edge) {
    res.size = data.size * 2;
    res.forceLabel = true;
    res.zIndex = 2;
  } else if (touches(state.selectedNode)) {
    res.forceLabel = true;
    res.zIndex = 1;
  }
  if (state.selectedEdge === edge || touches(state.selectedNode) || touches(state.hoveredNode)) res.label = data.label;
  return res;
}
