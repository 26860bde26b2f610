// Chooses which node labels to draw and where: most important first, each beside its node, never over another label nor past the stage's edge.

/** A rectangle in viewport (CSS) pixels. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A node that may get a label, as drawn on screen. */
export interface LabelCandidate {
  readonly key: string;
  /** Texts to try in order (the whole label, then a shorter one); the first that fits is drawn. */
  readonly texts: readonly string[];
  /** Centre and radius of the node in viewport pixels. */
  readonly x: number;
  readonly y: number;
  readonly size: number;
  /** Higher ranks are placed first (selected and hovered nodes, then forced labels); ties go to bigger nodes, then keys. */
  readonly rank: number;
  /** Drawn in a box that also covers the node (a hovered or selected node): the node's disc is part of its footprint. */
  readonly boxed: boolean;
}

/** Where a label is drawn: its text, the text's left end and baseline, and the rectangle it occupies. */
export interface LabelPlacement {
  readonly key: string;
  readonly text: string;
  readonly textX: number;
  readonly baseline: number;
  /** The text's rectangle. */
  readonly box: Rect;
  /** What the label keeps clear of others: the text's rectangle, and the node's disc when boxed. */
  readonly footprint: Rect;
}

/** Options of placeLabels. */
export interface LabelLayoutOptions {
  /** Font size of labels in pixels. */
  readonly labelSize: number;
  /** Pixels between a node's disc and its label. */
  readonly gap: number;
  /** Pixels kept free around every label, so that neighbouring labels read apart. */
  readonly margin: number;
  /** Width and height of the stage: labels lie fully inside it. */
  readonly width: number;
  readonly height: number;
}

export const DEFAULT_LABEL_LAYOUT_OPTIONS: LabelLayoutOptions = { labelSize: 14, gap: 3, margin: 2, width: 0, height: 0 };

/** Merges `partial` over the defaults and checks every value. */
export function resolveLabelLayoutOptions(partial: Partial<LabelLayoutOptions> = {}): LabelLayoutOptions {
  const merged = { ...DEFAULT_LABEL_LAYOUT_OPTIONS, ...partial };
  for (const [name, value] of Object.entries(merged)) {
    if (!Number.isFinite(value) || value < 0) {
      throw new TypeError(`resolveLabelLayoutOptions: ${name} is out of range. Expecting a number of pixels (0 or more) but got ${JSON.stringify(value)}.`);
    }
  }
  return merged;
}

/** Height of a label's rectangle and where its baseline lies, as fractions of the font size (room for accents and descenders). */
const ASCENT = 1;
const DESCENT = 0.3;
/** The baseline sits this far below the node's centre, in font sizes, as sigma draws labels. */
const BASELINE_SHIFT = 1 / 3;

/** True when two rectangles share any area (touching edges do not count). */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** True when `inner` lies fully inside `outer`. */
export function rectInside(inner: Rect, outer: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

function grow(rect: Rect, by: number): Rect {
  return { x: rect.x - by, y: rect.y - by, width: rect.width + 2 * by, height: rect.height + 2 * by };
}

/** Side of the square cells the placed labels are filed in, so that a new label is checked against its neighbours only. */
const CELL = 64;

/** Rectangles, each with the node it belongs to, filed by the cells they cover. */
class RectIndex {
  private readonly cells = new Map<string, { key: string; rect: Rect }[]>();

  private *cellsOf(rect: Rect): Generator<string> {
    for (let i = Math.floor(rect.x / CELL); i <= Math.floor((rect.x + rect.width) / CELL); i += 1) {
      for (let j = Math.floor(rect.y / CELL); j <= Math.floor((rect.y + rect.height) / CELL); j += 1) yield `${i},${j}`;
    }
  }

  /** True when `rect` overlaps a rectangle of another node than `key`. */
  collides(rect: Rect, key: string): boolean {
    for (const cell of this.cellsOf(rect)) {
      if (this.cells.get(cell)?.some((other) => other.key !== key && rectsOverlap(rect, other.rect))) return true;
    }
    return false;
  }

  add(key: string, rect: Rect): void {
    for (const cell of this.cellsOf(rect)) {
      const list = this.cells.get(cell);
      if (list === undefined) this.cells.set(cell, [{ key, rect }]);
      else list.push({ key, rect });
    }
  }
}

/** Orders candidates by importance: rank, then node size, then key (a stable, machine-independent order). */
function compareCandidates(a: LabelCandidate, b: LabelCandidate): number {
  return b.rank - a.rank || b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * Places labels greedily, most important first: each candidate tries its texts in order, right of its node, left of
 * it, below and above it, and takes the first spot that lies inside the stage and keeps `margin` pixels from every label already
 * placed and from every other candidate's node; a candidate with no such spot gets no label. The result depends only on the candidates and `measure`, so the
 * same view always shows the same labels. Sigma's label grid keeps a number of labels per cell, which still lets two
 * labels from neighbouring cells cross; this check is what guarantees that no two labels overlap.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  measure: (text: string) => number,
  partial: Partial<LabelLayoutOptions>,
): LabelPlacement[] {
  const options = resolveLabelLayoutOptions(partial);
  const { labelSize, gap, margin } = options;
  const stage: Rect = { x: 0, y: 0, width: options.width, height: options.height };
  const disc = (candidate: LabelCandidate): Rect => ({
    x: candidate.x - candidate.size,
    y: candidate.y - candidate.size,
    width: 2 * candidate.size,
    height: 2 * candidate.size,
  });
  // Labels stay off nodes, so that a label never hides a node nor reads as belonging to it.
  const placed = new RectIndex();
  for (const candidate of candidates) placed.add(candidate.key, disc(candidate));
  const placements: LabelPlacement[] = [];
  for (const candidate of [...candidates].sort(compareCandidates)) {
    const { x, y, size } = candidate;
    const height = (ASCENT + DESCENT) * labelSize;
    // Right of the node, as sigma draws labels, then left, below and above it.
    const beside = y + BASELINE_SHIFT * labelSize;
    const spots = candidate.texts.flatMap((text) => {
      const width = measure(text);
      return [
        { textX: x + size + gap, baseline: beside },
        { textX: x - size - gap - width, baseline: beside },
        { textX: x - width / 2, baseline: y + size + gap + ASCENT * labelSize },
        { textX: x - width / 2, baseline: y - size - gap - DESCENT * labelSize },
      ].map((spot) => ({ ...spot, text, width }));
    });
    for (const { text, textX, baseline, width } of spots) {
      const box: Rect = { x: textX, y: baseline - ASCENT * labelSize, width, height };
      const footprint = candidate.boxed ? union(box, disc(candidate)) : box;
      if (!rectInside(box, stage) || placed.collides(grow(footprint, margin), candidate.key)) continue;
      placed.add(candidate.key, footprint);
      placements.push({ key: candidate.key, text, textX, baseline, box, footprint });
      break;
    }
  }
  return placements;
}
