// Sigma's node label and hover drawers, driven by placeLabels: each render places every label once, then draws only the placed ones.
import type Sigma from 'sigma';
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';
import { placeLabels, type LabelCandidate, type LabelPlacement, type Rect } from './label-layout.js';

/** Options of nodeLabels. */
export interface NodeLabelsOptions {
  /** Font size in pixels, CSS font family and colours of labels. */
  readonly labelSize: number;
  readonly font: string;
  readonly color: string;
  /** Drawn around the letters and as the box of a hovered or selected node, so that labels read over edges. */
  readonly background: string;
  /** Pixels kept free around every label. */
  readonly margin: number;
  /** The nodes that may be labelled in the current view, in viewport pixels. */
  readonly candidates: () => LabelCandidate[];
  /** Width and height of the stage in CSS pixels. */
  readonly stage: () => { width: number; height: number };
}

/** The drawers to give sigma, what to call before each render, and the rectangles of the labels drawn since. */
export interface NodeLabels {
  readonly drawLabel: NodeLabelDrawingFunction;
  readonly drawHover: NodeHoverDrawingFunction;
  /** Forgets the last placement; call it when sigma starts a render (its `beforeRender` event). */
  readonly invalidate: () => void;
  /** Text rectangles of the labels on screen, in viewport pixels, by node. */
  readonly drawn: () => ReadonlyMap<string, Rect>;
}

/** Width of the halo drawn around letters, in pixels. */
const HALO = 3;

/** Label drawers that never let two labels overlap nor run past the stage (see placeLabels). */
export function nodeLabels(options: NodeLabelsOptions): NodeLabels {
  const font = `${options.labelSize}px ${options.font}`;
  // Widths depend only on the text in this one font: measured once per text.
  const widths = new Map<string, number>();
  let placements: Map<string, LabelPlacement> | null = null;
  const drawn = new Map<string, Rect>();

  // Placed lazily at the first label of a render: by then sigma has reduced the nodes and set its camera matrix.
  const placementOf = (context: CanvasRenderingContext2D, key: string): LabelPlacement | undefined => {
    if (placements === null) {
      context.font = font;
      const measure = (text: string) => {
        let width = widths.get(text);
        if (width === undefined) widths.set(text, (width = context.measureText(text).width));
        return width;
      };
      const layout = placeLabels(options.candidates(), measure, { ...options.stage(), labelSize: options.labelSize, margin: options.margin });
      placements = new Map(layout.map((placement) => [placement.key, placement]));
    }
    return placements.get(key);
  };

  const drawText = (context: CanvasRenderingContext2D, placement: LabelPlacement) => {
    context.font = font;
    context.lineJoin = 'round';
    context.lineWidth = HALO;
    context.strokeStyle = options.background;
    context.strokeText(placement.text, placement.textX, placement.baseline);
    context.fillStyle = options.color;
    context.fillText(placement.text, placement.textX, placement.baseline);
    drawn.set(placement.key, placement.box);
  };

  const drawLabel: NodeLabelDrawingFunction = (context, data) => {
    const placement = placementOf(context, String(data.key));
    if (placement !== undefined) drawText(context, placement);
  };

  // A hovered or selected node: a shadowed box over the node and its label (the node is drawn again on top by sigma).
  const drawHover: NodeHoverDrawingFunction = (context, data) => {
    const placement = placementOf(context, String(data.key));
    const disc = { x: data.x - data.size, y: data.y - data.size, width: 2 * data.size, height: 2 * data.size };
    const box = placement?.footprint ?? disc;
    context.save();
    context.fillStyle = options.background;
    context.shadowBlur = 8;
    context.shadowColor = 'rgba(0, 0, 0, 0.45)';
    context.beginPath();
    context.roundRect(box.x - options.margin, box.y - options.margin, box.width + 2 * options.margin, box.height + 2 * options.margin, 4);
    context.fill();
    context.restore();
    if (placement !== undefined) drawText(context, placement);
  };

  return {
    drawLabel,
    drawHover,
    invalidate: () => {
      placements = null;
      drawn.clear();
    },
    drawn: () => drawn,
  };
}

/** Importance of a label: the hovered node's first, then selected nodes', then labels forced by a hover or search, then the rest. */
const RANK = { hovered: 3, highlighted: 2, forced: 1, other: 0 } as const;

/**
 * The nodes drawn now with their centre on the stage, each with the labels it may show (none when faded). A hovered or
 * selected node shows its whole label (the reducers give it) and falls back on the short one, kept in the graph,
 * when the whole one does not fit.
 */
export function labelCandidates(renderer: Sigma, hoveredNode: string | null): LabelCandidate[] {
  const { width, height } = renderer.getDimensions();
  const graph = renderer.getGraph();
  const candidates: LabelCandidate[] = [];
  graph.forEachNode((key, attributes) => {
    const data = renderer.getNodeDisplayData(key);
    if (data === undefined || data.hidden) return;
    const { x, y } = renderer.framedGraphToViewport(data);
    if (x < 0 || y < 0 || x > width || y > height) return;
    const label = typeof data.label === 'string' ? data.label : '';
    const short = typeof attributes.label === 'string' ? attributes.label : label;
    const hovered = key === hoveredNode;
    const rank = hovered ? RANK.hovered : data.highlighted ? RANK.highlighted : data.forceLabel ? RANK.forced : RANK.other;
    // A node without a label (faded by a hover or a search) still keeps labels off its disc.
    candidates.push({
      key,
      texts: label === '' ? [] : short === label ? [label] : [label, short],
      x,
      y,
      size: renderer.scaleSize(data.size),
      rank,
      boxed: hovered || data.highlighted,
    });
  });
  return candidates;
}
