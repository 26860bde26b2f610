// Tests the label layout: which labels are drawn and where, most important first, never overlapping nor past the stage.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels, rectInside, rectsOverlap, resolveLabelLayoutOptions, type LabelCandidate } from '../../viewer/src/label-layout.js';

/** Every character 7 pixels wide, as a stand-in for the canvas' measure. */
const measure = (text: string) => 7 * text.length;
const STAGE = { width: 400, height: 300, labelSize: 14, gap: 3, margin: 2 };

function candidate(key: string, x: number, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate {
  return { key, texts: [key], x, y, size: 5, rank: 0, boxed: false, ...extra };
}

/** Keys of the labelled nodes and the side of their node each label is on. */
function layout(candidates: readonly LabelCandidate[], options = STAGE): Record<string, string> {
  const at = new Map(candidates.map((c) => [c.key, c]));
  return Object.fromEntries(
    placeLabels(candidates, measure, options).map((placement) => {
      const node = at.get(placement.key)!;
      const side = placement.box.x > node.x ? 'right' : placement.box.x + placement.box.width < node.x ? 'left' : placement.box.y > node.y ? 'below' : 'above';
      return [placement.key, `${placement.text} ${side}`];
    }),
  );
}

describe('placeLabels', () => {
  it.each<[string, LabelCandidate[], Record<string, string>]>([
    ['a lone node: its label on its right', [candidate('alpha', 100, 100)], { alpha: 'alpha right' }],
    [
      'two nodes side by side: the second label goes left of its node',
      [candidate('alpha', 100, 100, { size: 8 }), candidate('beta', 130, 100)],
      { alpha: 'alpha left', beta: 'beta right' },
    ],
    [
      'a node at the right edge: its label goes left',
      [candidate('alpha', 395, 100)],
      { alpha: 'alpha left' },
    ],
    [
      'a node hemmed in left and right: its label goes below',
      [candidate('mid', 200, 150), candidate('east', 225, 150, { size: 10, texts: [] }), candidate('west', 175, 150, { size: 10, texts: [] })],
      { mid: 'mid below' },
    ],
    [
      'a node hemmed in on every side: no label',
      [[0, 0], [25, 0], [-25, 0], [0, 25], [0, -25]].map(([dx, dy], i) => candidate(i === 0 ? 'mid' : `n${i}`, 200 + dx!, 150 + dy!, { size: i === 0 ? 5 : 10, texts: i === 0 ? ['mid'] : [] })),
      {},
    ],
    [
      'a forced label comes before a bigger node',
      [candidate('big', 200, 100, { size: 10, texts: ['big label here'] }), candidate('forced', 230, 118, { size: 3, rank: 1, texts: ['forced label'] })],
      { forced: 'forced label right', big: 'big label here left' },
    ],
    [
      'a whole label too long for the stage falls back on the short one',
      [candidate('topic', 200, 150, { texts: ['x'.repeat(60), 'short…'] })],
      { topic: 'short… right' },
    ],
    [
      'a label never covers another node',
      [candidate('alpha', 100, 100), candidate('dot', 120, 100, { texts: [] })],
      { alpha: 'alpha left' },
    ],
  ])('%s', (_name, candidates, expected) => {
    expect(layout(candidates)).toEqual(expected);
  });

  it('gives the same labels whatever the order of the candidates', () => {
    const candidates = Array.from({ length: 30 }, (_, i) => candidate(`n${i}`, 20 + ((i * 37) % 360), 20 + ((i * 53) % 260), { size: 2 + (i % 7) }));
    expect(layout([...candidates].reverse())).toEqual(layout(candidates));
  });

  it('never lets two labels overlap, nor a label leave the stage or cover another node', () => {
    const node = fc.record({
      x: fc.integer({ min: 0, max: 400 }),
      y: fc.integer({ min: 0, max: 300 }),
      size: fc.integer({ min: 1, max: 25 }),
      rank: fc.integer({ min: 0, max: 3 }),
      boxed: fc.boolean(),
      length: fc.integer({ min: 1, max: 40 }),
    });
    fc.assert(
      fc.property(fc.array(node, { maxLength: 60 }), (nodes) => {
        const candidates = nodes.map((n, i) => candidate(`n${i}`, n.x, n.y, { size: n.size, rank: n.rank, boxed: n.boxed, texts: ['w'.repeat(n.length)] }));
        const placements = placeLabels(candidates, measure, STAGE);
        const stage = { x: 0, y: 0, width: STAGE.width, height: STAGE.height };
        for (const [i, a] of placements.entries()) {
          expect(rectInside(a.box, stage)).toBe(true);
          for (const b of placements.slice(i + 1)) expect(rectsOverlap(a.footprint, b.footprint)).toBe(false);
          for (const other of candidates.filter((c) => c.key !== a.key)) {
            const disc = { x: other.x - other.size, y: other.y - other.size, width: 2 * other.size, height: 2 * other.size };
            expect(rectsOverlap(a.box, disc)).toBe(false);
          }
        }
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('rejects a negative margin, naming the option', () => {
    expect(() => resolveLabelLayoutOptions({ margin: -1 })).toThrow(/margin is out of range/);
  });
});
