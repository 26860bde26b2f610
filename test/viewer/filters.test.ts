// Tests which nodes and edges the party, stance and article filters leave visible.
import { describe, expect, it } from 'vitest';
import { computeVisibility, isUnfiltered, noFilters, type ViewFilters } from '../../viewer/src/filters.js';
import { ARMENIA, AZERBAIJAN, iri, smallData } from './small-data.js';

const ALL = noFilters(smallData);
const keys = (set: ReadonlySet<string>) => [...set].map((id) => id.slice(iri('').length)).sort();

describe('computeVisibility', () => {
  it('shows everything without filters', () => {
    const visible = computeVisibility(smallData, ALL);
    expect(visible.nodes.size).toBe(smallData.nodes.length);
    expect(visible.edges.size).toBe(smallData.edges.length);
  });

  it.each<[string, Partial<ViewFilters>, string[], string[]]>([
    [
      "Armenia's side: its people, delegation and positions, not its claim about the other party",
      { party: ARMENIA },
      ['delegation/Armenian_delegation', 'party/Armenia', 'person/Ani_Sargsyan', 'topic/border_delimitation'],
      ['claim/a1', 'claim/a4', 'claim/a5'],
    ],
    [
      "Azerbaijan's side, with the topics only it holds and the shared topic it agrees to",
      { party: AZERBAIJAN },
      ['party/Azerbaijan', 'person/Elvin_Mammadov', 'topic/border_delimitation', 'topic/constitutional_change', 'topic/transit_corridor'],
      ['claim/a2', 'claim/a3', 'claim/a6'],
    ],
    [
      'one round: only the claims stated at it, and their ends',
      { round: iri('talks/Washington_summit') },
      ['party/Armenia', 'party/Azerbaijan', 'topic/border_delimitation', 'topic/constitutional_change'],
      ['claim/a1', 'claim/a2', 'claim/a3'],
    ],
    [
      'demands only: every node stays, other stances go, other relations stay',
      { stances: ['demands'] },
      smallData.nodes.map((node) => node.id.slice(iri('').length)).sort(),
      ['claim/a3', 'claim/a4', 'claim/a5', 'claim/a6', 'claim/a9'],
    ],
    [
      'one article: its claims and their ends',
      { article: 'three.txt' },
      ['party/United_States', 'place/Washington', 'talks/Washington_summit', 'topic/border_delimitation'],
      ['claim/a8', 'claim/a9'],
    ],
    ["Armenia's side in one article", { party: ARMENIA, article: 'two.txt' }, ['party/Armenia', 'topic/border_delimitation'], ['claim/a1']],
    [
      "Azerbaijan's agreements: its side stays, its demands go",
      { party: AZERBAIJAN, stances: ['agrees'] },
      ['party/Azerbaijan', 'person/Elvin_Mammadov', 'topic/border_delimitation', 'topic/constitutional_change', 'topic/transit_corridor'],
      ['claim/a2'],
    ],
    ['no stance at all leaves the other relations', { stances: [] }, smallData.nodes.map((node) => node.id.slice(iri('').length)).sort(), ['claim/a4', 'claim/a5', 'claim/a9']],
    ['an article nobody cites', { article: 'none.txt' }, [], []],
  ])('%s', (_name, filters, nodes, edges) => {
    const visible = computeVisibility(smallData, { ...ALL, ...filters });
    expect(keys(visible.nodes)).toEqual(nodes);
    expect(keys(visible.edges)).toEqual(edges);
  });

  it('never shows an edge without both of its ends', () => {
    for (const party of [ARMENIA, AZERBAIJAN, null]) {
      for (const article of ['one.txt', 'two.txt', null]) {
        const visible = computeVisibility(smallData, { ...ALL, party, article });
        for (const edge of smallData.edges.filter((e) => visible.edges.has(e.id))) {
          expect(visible.nodes.has(edge.source) && visible.nodes.has(edge.target)).toBe(true);
        }
      }
    }
  });
});

describe('isUnfiltered', () => {
  it.each<[Partial<ViewFilters>, boolean]>([
    [{}, true],
    [{ party: ARMENIA }, false],
    [{ article: 'one.txt' }, false],
    [{ stances: ['agrees', 'rejects', 'proposes', 'demands'] }, true],
    [{ stances: ['agrees'] }, false],
  ])('%o is unfiltered: %s', (filters, expected) => {
    expect(isUnfiltered({ ...ALL, ...filters }, smallData)).toBe(expected);
  });
});
