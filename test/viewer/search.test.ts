// Tests the search suggestions: surnames, aliases, diacritics, ranking and limits.
import { describe, expect, it } from 'vitest';
import { foldText, searchNodes } from '../../viewer/src/search.js';
import { smallData } from './small-data.js';

const labels = (query: string, limit = 8) => searchNodes(smallData.nodes, query, limit).map((s) => s.matched);

describe('searchNodes', () => {
  it.each([
    ['Sargsyan', ['Ani Sargsyan']],
    ['sarg', ['Ani Sargsyan']],
    ['Baku', ['Baku']],
    ['washington', ['Washington', 'Washington summit']],
    ['ington', ['Washington', 'Washington summit']],
    ['armenia', ['Armenia', 'Armenian delegation']],
    ['delegation', ['Armenian delegation']],
    ['', []],
    ['   ', []],
    ['nothing like it', []],
  ])('%j suggests %j', (query, expected) => {
    expect(labels(query)).toEqual(expected);
  });

  it('ranks an exact label first, then word starts, then other matches, then aliases', () => {
    const nodes = [
      { id: '1', label: 'Karabakh road', aliases: [] },
      { id: '2', label: 'Road', aliases: [] },
      { id: '3', label: 'Railroad', aliases: [] },
      { id: '4', label: 'Corridor', aliases: ['the road'] },
    ];
    expect(searchNodes(nodes, 'road', 8).map((s) => s.id)).toEqual(['2', '1', '3', '4']);
  });

  it('tells which alias matched', () => {
    expect(searchNodes(smallData.nodes, 'yerevan', 8)).toEqual([{ id: smallData.nodes[1]!.id, label: 'Armenia', matched: 'Yerevan' }]);
  });

  it('keeps at most `limit` suggestions', () => {
    expect(labels('a', 3)).toHaveLength(3);
  });

  it.each([
    ['Solís', 'solis'],
    ['  ÉLVIN ', 'elvin'],
    ['Mammadov', 'mammadov'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });
});
