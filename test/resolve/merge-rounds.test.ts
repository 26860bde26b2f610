// mergeRounds: the rounds articles report, one per meeting across articles.
import { describe, expect, it } from 'vitest';
import { mergeRounds, roundLabel } from '../../src/resolve/merge-rounds.js';
import type { ArticleRound } from '../../src/types.js';

/** The merged label of each article's round, by article id. */
function labels(reports: readonly (readonly [string, ArticleRound, string?])[]): Record<string, string> {
  const merged = mergeRounds(reports.map(([articleId, round, published]) => ({ articleId, round, published })));
  return Object.fromEntries([...merged].map(([id, round]) => [id, round.label]));
}

describe('mergeRounds', () => {
  it.each([
    [
      'two meetings in one city a month apart stay two',
      [['a', { label: 'Oslo talks', start: '2024-05-16' }], ['b', { label: 'Oslo talks', start: '2024-06-14' }]],
      { a: 'Oslo talks (16 May 2024)', b: 'Oslo talks (14 June 2024)' },
    ],
    [
      'days a few days apart are one round, from its first to its last day',
      [['a', { label: 'Oslo talks', start: '2024-05-16' }], ['b', { label: 'Oslo talks', start: '2024-05-18' }]],
      { a: 'Oslo talks (16 May 2024 to 18 May 2024)', b: 'Oslo talks (16 May 2024 to 18 May 2024)' },
    ],
    [
      'the same ordinal is one round, which takes the day one article gives',
      [['a', { label: 'Oslo talks', ordinal: 2 }], ['b', { label: 'Oslo talks', ordinal: 2, start: '2024-06-14' }]],
      { a: 'Oslo talks (second round, 14 June 2024)', b: 'Oslo talks (second round, 14 June 2024)' },
    ],
    [
      'different ordinals are two rounds, even close in time',
      [['a', { label: 'Oslo talks', ordinal: 1, start: '2024-05-16' }], ['b', { label: 'Oslo talks', ordinal: 2, start: '2024-05-17' }]],
      { a: 'Oslo talks (first round, 16 May 2024)', b: 'Oslo talks (second round, 17 May 2024)' },
    ],
    [
      'an undated report joins the round held in the week before its article',
      [['a', { label: 'Oslo talks', start: '2024-05-16' }], ['b', { label: 'Oslo talks', start: '2024-06-14' }], ['c', { label: 'Oslo talks' }, '2024-06-16']],
      { a: 'Oslo talks (16 May 2024)', b: 'Oslo talks (14 June 2024)', c: 'Oslo talks (14 June 2024)' },
    ],
    [
      'undated reports of one place are one round of unknown date',
      [['a', { label: 'Oslo talks' }], ['b', { label: 'Oslo talks' }], ['c', { label: 'Rome talks' }]],
      { a: 'Oslo talks (date unknown)', b: 'Oslo talks (date unknown)', c: 'Rome talks (date unknown)' },
    ],
  ] as const)('%s', (_, reports, expected) => {
    expect(labels(reports)).toEqual(expected);
  });

  it('is deterministic whatever the order of the reports', () => {
    const reports = [
      ['a', { label: 'Oslo talks', start: '2024-05-16' }],
      ['b', { label: 'Oslo talks' }, '2024-05-17'],
      ['c', { label: 'Oslo talks', ordinal: 2, start: '2024-06-14' }],
    ] as const;
    expect(labels([...reports].reverse())).toEqual(labels(reports));
  });
});

describe('roundLabel', () => {
  it.each([
    [undefined, undefined, undefined, 'Oslo talks (date unknown)'],
    [3, undefined, undefined, 'Oslo talks (third round, date unknown)'],
    [14, '2024-05-16', undefined, 'Oslo talks (round 14, 16 May 2024)'],
  ] as const)('%s %s %s → %s', (ordinal, start, end, label) => {
    expect(roundLabel('Oslo talks', ordinal, start, end)).toBe(label);
  });
});
