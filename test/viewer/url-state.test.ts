// Tests that the view written into the URL fragment reads back as the same view.
import { describe, expect, it } from 'vitest';
import type { Stance } from '../../src/types.js';
import { formatUrlState, parseUrlState, type UrlState } from '../../viewer/src/url-state.js';

const STANCES: Stance[] = ['demands', 'rejects', 'proposes', 'agrees'];
const EMPTY: UrlState = { filters: { party: null, stances: STANCES, article: null, round: null }, selectedNode: null, selectedEdge: null, camera: null };

describe('formatUrlState and parseUrlState', () => {
  it.each<[string, UrlState, string]>([
    ['an untouched view', EMPTY, ''],
    ['a party filter', { ...EMPTY, filters: { ...EMPTY.filters, party: 'https://w3id.org/parley/id/party/Iran' } }, 'party=https%3A%2F%2Fw3id.org%2Fparley%2Fid%2Fparty%2FIran'],
    ['some stances', { ...EMPTY, filters: { ...EMPTY.filters, stances: ['agrees', 'demands'] } }, 'stances=demands%2Cagrees'],
    ['no stance', { ...EMPTY, filters: { ...EMPTY.filters, stances: [] } }, 'stances='],
    ['a round', { ...EMPTY, filters: { ...EMPTY.filters, round: 'https://w3id.org/parley/id/talks/Oslo_talks' } }, 'round=https%3A%2F%2Fw3id.org%2Fparley%2Fid%2Ftalks%2FOslo_talks'],
    ['an article with characters that mean something in a URL', { ...EMPTY, filters: { ...EMPTY.filters, article: 'a&b=#c d.txt' } }, 'article=a%26b%3D%23c+d.txt'],
    ['a selected node', { ...EMPTY, selectedNode: 'https://w3id.org/parley/id/person/A%C3%AFda' }, 'node=https%3A%2F%2Fw3id.org%2Fparley%2Fid%2Fperson%2FA%25C3%25AFda'],
    ['a selected claim and a camera', { ...EMPTY, selectedEdge: 'x:c1', camera: { x: 0.51234567, y: 0.5, ratio: 0.25 } }, 'edge=x%3Ac1&camera=0.5123%2C0.5%2C0.25'],
  ])('round-trips %s', (_name, state, fragment) => {
    expect(formatUrlState(state, STANCES)).toBe(fragment);
    const back = parseUrlState(`#${fragment}`, STANCES);
    const expected = state.camera === null ? state : { ...state, camera: { ...state.camera, x: Number(state.camera.x.toFixed(4)) } };
    expect({ ...back, filters: { ...back.filters, stances: [...back.filters.stances].sort() } }).toEqual({
      ...expected,
      filters: { ...expected.filters, stances: [...expected.filters.stances].sort() },
    });
  });

  it.each([
    ['stances=demands,bribes', { stances: ['demands'] }],
    ['camera=1,2', { camera: null }],
    ['camera=1,2,-1', { camera: null }],
    ['camera=a,b,c', { camera: null }],
    ['party=&node=', { party: null, selectedNode: null }],
    ['unknown=1', { selectedNode: null }],
  ])('ignores what it cannot read: %s', (fragment, expected) => {
    const state = parseUrlState(fragment, STANCES);
    const flat = { ...state, ...state.filters };
    expect(flat).toMatchObject(expected);
  });
});
