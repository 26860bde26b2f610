// The viewer's settings: colours, sizes, layout budget and seed, as an interface with defaults and a validating resolver.
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { Stance } from '../../src/types.js';

/** Everything that tunes how the viewer draws the graph. */
export interface ViewerSettings {
  /** Colours given to parties in the order of their labels; repeats when there are more parties than colours. */
  readonly partyPalette: readonly string[];
  /** Colour of topics that holders from several parties take positions on (an agreed exchange, a disputed demand). */
  readonly sharedColor: string;
  /** Colour of nodes that belong to no party (rounds of talks, places, mediating organisations). */
  readonly neutralColor: string;
  /** Colour of each stance edge. */
  readonly stanceColors: Readonly<Record<Stance, string>>;
  /** Colour of the other relations (leads, role, memberOf, heldIn, mediates). */
  readonly relationColor: string;
  /** Colour of claims no article states, which the resolver inferred (a person's side known only from other articles). */
  readonly inferredColor: string;
  /** Colour of contested claims: another claim of the same side contradicts them. */
  readonly contestedColor: string;
  /** Colour of nodes pushed to the background by a hover or a search. */
  readonly fadedColor: string;
  /** Node radius in pixels for a node without claims, and for the node with the most claims. */
  readonly minNodeSize: number;
  readonly maxNodeSize: number;
  /** Edge thickness for a claim read in one article, and for the claim read in the most articles. */
  readonly minEdgeSize: number;
  readonly maxEdgeSize: number;
  /** ForceAtlas2 iterations run when the page opens; a fixed count keeps the opening picture the same. */
  readonly layoutIterations: number;
  /** ForceAtlas2 settings laid over the ones inferred from the graph's size (lin-log separates the two sides more clearly). */
  readonly layout: Readonly<ForceAtlas2Settings>;
  /** Seed of the initial positions. */
  readonly seed: number;
  /** Font size of node labels and of edge labels, in pixels. */
  readonly labelSize: number;
  readonly edgeLabelSize: number;
  /** Longest label drawn on the graph, in characters; longer ones are cut at a word with an ellipsis (the panel shows them whole). */
  readonly labelLength: number;
  /** Graphs with more edges than this hide their edges while the camera moves, which keeps panning smooth on slow GPUs. */
  readonly hideEdgesOnMoveAbove: number;
  /** Most search suggestions shown. */
  readonly searchLimit: number;
  /** Camera zoom ratio used when the search moves to a node (smaller is closer). */
  readonly focusRatio: number;
}

/**
 * Defaults. Party colours are Paul Tol's "bright" scheme and stance and inferred colours the Okabe-Ito palette,
 * both distinguishable with the common colour-vision deficiencies; the two sets do not share a colour.
 */
export const DEFAULT_VIEWER_SETTINGS: ViewerSettings = {
  partyPalette: ['#4477aa', '#ee6677', '#228833', '#ccbb44', '#66ccee', '#aa3377'],
  sharedColor: '#555555',
  neutralColor: '#bbbbbb',
  stanceColors: { demands: '#0072b2', rejects: '#d55e00', proposes: '#cc79a7', agrees: '#009e73' },
  relationColor: '#9a9a9a',
  inferredColor: '#e69f00',
  contestedColor: '#000000',
  fadedColor: '#e6e6e6',
  minNodeSize: 5,
  maxNodeSize: 22,
  minEdgeSize: 1.5,
  maxEdgeSize: 5,
  layoutIterations: 300,
  layout: { linLogMode: true },
  seed: 1,
  labelSize: 14,
  edgeLabelSize: 12,
  labelLength: 40,
  hideEdgesOnMoveAbove: 5000,
  searchLimit: 8,
  focusRatio: 0.4,
};

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

function fail(what: string, expecting: string, got: unknown): never {
  throw new TypeError(`resolveViewerSettings: ${what}. Expecting ${expecting} but got ${JSON.stringify(got)}.`);
}

function color(name: string, value: unknown): string {
  if (typeof value !== 'string' || !HEX_COLOR.test(value)) fail(`${name} is not a colour`, 'a colour like #1a2b3c', value);
  return value;
}

function positive(name: string, value: unknown, integer = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    fail(`${name} is out of range`, integer ? 'a positive integer' : 'a positive number', value);
  }
  return value;
}

/** Merges `partial` over the defaults and checks every value, failing early with what was expected. */
export function resolveViewerSettings(partial: Partial<ViewerSettings> = {}): ViewerSettings {
  const merged: ViewerSettings = {
    ...DEFAULT_VIEWER_SETTINGS,
    ...partial,
    stanceColors: { ...DEFAULT_VIEWER_SETTINGS.stanceColors, ...partial.stanceColors },
  };
  if (!Array.isArray(merged.partyPalette) || merged.partyPalette.length === 0) {
    fail('partyPalette is empty', 'at least one colour', merged.partyPalette);
  }
  merged.partyPalette.forEach((value, index) => color(`partyPalette[${index}]`, value));
  for (const name of ['sharedColor', 'neutralColor', 'relationColor', 'inferredColor', 'contestedColor', 'fadedColor'] as const) color(name, merged[name]);
  for (const [stance, value] of Object.entries(merged.stanceColors)) color(`stanceColors.${stance}`, value);
  for (const name of ['minNodeSize', 'maxNodeSize', 'minEdgeSize', 'maxEdgeSize', 'focusRatio', 'labelSize', 'edgeLabelSize'] as const) positive(name, merged[name]);
  for (const name of ['layoutIterations', 'labelLength', 'hideEdgesOnMoveAbove', 'searchLimit'] as const) positive(name, merged[name], true);
  if (!Number.isInteger(merged.seed)) fail('seed is not an integer', 'an integer', merged.seed);
  if (merged.maxNodeSize < merged.minNodeSize) fail('maxNodeSize is below minNodeSize', `at least ${merged.minNodeSize}`, merged.maxNodeSize);
  if (merged.maxEdgeSize < merged.minEdgeSize) fail('maxEdgeSize is below minEdgeSize', `at least ${merged.minEdgeSize}`, merged.maxEdgeSize);
  return merged;
}
