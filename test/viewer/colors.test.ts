// Tests the colours of parties, shared topics and stances, and the settings they come from.
import { describe, expect, it } from 'vitest';
import { edgeColor, nodeColor, partyColors } from '../../viewer/src/colors.js';
import { DEFAULT_VIEWER_SETTINGS, resolveViewerSettings, type ViewerSettings } from '../../viewer/src/settings.js';
import { ARMENIA, AZERBAIJAN, US, smallData } from './small-data.js';

const S = DEFAULT_VIEWER_SETTINGS;

describe('colours', () => {
  const colors = partyColors(smallData.parties, S);

  it('gives parties the palette in the order of their labels', () => {
    expect([colors.get(ARMENIA), colors.get(AZERBAIJAN), colors.get(US)]).toEqual(S.partyPalette.slice(0, 3));
  });

  it('repeats the palette when there are more parties than colours', () => {
    const many = Array.from({ length: S.partyPalette.length + 2 }, (_, i) => ({ id: `p${i}`, label: `P${i}` }));
    const assigned = partyColors(many, S);
    expect(assigned.get(`p${S.partyPalette.length}`)).toBe(S.partyPalette[0]);
  });

  it.each([
    ['a party member', { party: ARMENIA, shared: false }, S.partyPalette[0]],
    ['a shared topic', { party: null, shared: true }, S.sharedColor],
    ['a node of no party', { party: null, shared: false }, S.neutralColor],
    ['a node of an unknown party', { party: 'elsewhere', shared: false }, S.neutralColor],
  ])('colours %s', (_name, node, expected) => {
    expect(nodeColor(node, colors, S)).toBe(expected);
  });

  it.each([
    ['demands', S.stanceColors.demands],
    ['rejects', S.stanceColors.rejects],
    ['proposes', S.stanceColors.proposes],
    ['agrees', S.stanceColors.agrees],
    [null, S.relationColor],
  ] as const)('colours a %s edge', (stance, expected) => {
    expect(edgeColor({ stance, inferredBy: [] }, S)).toBe(expected);
  });

  it.each([['proposes'], [null]] as const)('colours an inferred %s edge apart from every stated one', (stance) => {
    expect(edgeColor({ stance, inferredBy: ['memberOf.resolved-side'] }, S)).toBe(S.inferredColor);
  });

  it('keeps stance, inferred, party, shared and neutral colours all distinct', () => {
    const all = [...Object.values(S.stanceColors), S.relationColor, S.inferredColor, ...S.partyPalette, S.sharedColor, S.neutralColor].map((c) => c.toLowerCase());
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('resolveViewerSettings', () => {
  it('gives the defaults for nothing and merges stance colours one by one', () => {
    expect(resolveViewerSettings()).toEqual(S);
    expect(resolveViewerSettings({ stanceColors: { agrees: '#000000' } as ViewerSettings['stanceColors'] }).stanceColors).toEqual({ ...S.stanceColors, agrees: '#000000' });
  });

  it.each<[Partial<ViewerSettings>, RegExp]>([
    [{ sharedColor: 'grey' }, /sharedColor is not a colour\. Expecting a colour like #1a2b3c but got "grey"/],
    [{ partyPalette: [] }, /partyPalette is empty/],
    [{ partyPalette: ['#123456', 'red'] }, /partyPalette\[1\] is not a colour/],
    [{ minNodeSize: 0 }, /minNodeSize is out of range\. Expecting a positive number but got 0/],
    [{ layoutIterations: 2.5 }, /layoutIterations is out of range\. Expecting a positive integer/],
    [{ seed: 0.5 }, /seed is not an integer/],
    [{ minNodeSize: 10, maxNodeSize: 5 }, /maxNodeSize is below minNodeSize\. Expecting at least 10 but got 5/],
    [{ minEdgeSize: 3, maxEdgeSize: 2 }, /maxEdgeSize is below minEdgeSize/],
  ])('rejects %o', (partial, message) => {
    expect(() => resolveViewerSettings(partial)).toThrow(TypeError);
    expect(() => resolveViewerSettings(partial)).toThrow(message);
  });
});
