import { describe, expect, it } from 'vitest';
import { appendTo } from '../../src/group-by.js';
import { clusterTopics, firstFitting, fits, type Representative } from '../../src/resolve/cluster-topics.js';

const group = (labels: readonly string[]) => clusterTopics(labels.map((label) => ({ label, articles: 1 })));

describe('clusterTopics', () => {
  it.each([
    ['exchange of 2,000 detainees', 'major detainee exchange'],
    ['release of 33 hostages in the first phase', 'release of 33 hostages'],
    ['lifting of all US sanctions on Iran', 'US sanctions relief for Iran'],
    ['30-day truce', '30-day ceasefire along the border'],
    ['withdrawal of Israeli forces from the Philadelphi corridor', 'Israeli withdrawal from the Philadelphi corridor'],
    // A label that names no side is one that names the side it is for, and a figure is the same with a separator.
    ['larger share of the anchovy quota for Peru', 'larger share of the anchovy quota'],
    ['exchange of 1,000 prisoners', 'prisoner exchange of 1000 prisoners'],
  ])('puts "%s" and "%s" in one group', (a, b) => {
    const groups = group([a, b]);
    expect(groups.get(a)).toBe(groups.get(b));
  });

  it.each([
    ['withdrawal of Israeli forces from Gaza', 'withdrawal of Hamas fighters from Gaza'],
    ['withdrawal of Armenian troops from the border', 'withdrawal of Azerbaijani troops from the border'],
    ['lifting of US sanctions', 'limits on uranium enrichment'],
    ['recognition of the border', 'demarcation of the border along Soviet-era lines by a joint commission'],
    ['tariffs on Chinese steel', 'tariffs on American soybeans'],
    // A label that says much more than another is another condition: approving a deal is not the deal.
    ['parliament to approve the new border deal', 'new border deal'],
    // Different figures are different conditions.
    ['guaranteed summer release of at least 6.5 billion cubic metres', 'guaranteed release of 5.8 billion cubic metres in summer'],
  ])('keeps "%s" and "%s" apart', (a, b) => {
    const groups = group([a, b]);
    expect(groups.get(a)).not.toBe(groups.get(b));
  });

  it('names a group after the label most articles state, then the shortest', () => {
    const groups = clusterTopics([
      { label: 'exchange of 2,000 detainees on each side', articles: 1 },
      { label: 'detainee exchange', articles: 3 },
      { label: 'exchange of 2,000 detainees', articles: 1 },
    ]);
    expect([...new Set(groups.values())]).toEqual(['detainee exchange']);
  });

  it('gives the same groups whatever the order of the labels', () => {
    const labels = ['release of 33 hostages', 'release of 33 hostages in the first phase', 'tariffs on Chinese steel', 'lifting of US sanctions'];
    const forward = group(labels);
    const backward = group([...labels].reverse());
    for (const label of labels) expect(backward.get(label)).toBe(forward.get(label));
  });
});

describe('clusterTopics on requested leaders\' meetings', () => {
  it('makes one topic of a leaders\' meeting in several wordings', () => {
    const groups = group([
      'meeting between Lindqvist and Moreau',
      'presidential-level meeting',
      'direct talks between the leaders of both states',
      'meeting between Moreau and Lindquist in Turkey',
    ]);
    expect(new Set(groups.values())).toEqual(new Set(['presidential-level meeting']));
  });

  it('keeps apart meetings of other people and meetings below the leaders', () => {
    const groups = group(['meeting between Lindqvist and Moreau', 'direct dialogue between Moreau and Okafor', 'continuation of the talks']);
    expect(new Set(groups.values()).size).toBe(3);
  });
});

describe('firstFitting', () => {
  it('finds the group that comparing every group would find, looking only at the groups of the rarest words', () => {
    // A seeded mix of common and rare words, with figures, so that many labels share a common word.
    const vocabulary = ['ceasefire', 'prisoner', 'exchange', 'withdrawal', 'troops', 'border', 'release', 'sanctions', 'quota', 'wage', 'river', 'corridor'];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const labels = Array.from({ length: 600 }, () => {
      const size = 1 + next(6);
      const words = new Set(Array.from({ length: size }, () => (next(3) === 0 ? `${vocabulary[next(vocabulary.length)]}${next(40)}` : vocabulary[next(4)]!)));
      return { words, figures: next(4) === 0 ? [String(next(3))] : [] };
    });
    const representatives: Representative[] = [];
    const byWord = new Map<string, number[]>();
    let joined = 0;
    for (const [i, { words, figures }] of labels.entries()) {
      const expected = representatives.findIndex((rep) => fits(words, figures, rep));
      const found = firstFitting(words, figures, representatives, byWord);
      expect(found ?? -1).toBe(expected);
      if (found !== undefined) joined++;
      else {
        const index = representatives.push({ label: `label ${i}`, words, figures }) - 1;
        for (const w of words) appendTo(byWord, w, index);
      }
    }
    expect(joined).toBeGreaterThan(100);
    expect(representatives.length).toBeGreaterThan(100);
  });
});
