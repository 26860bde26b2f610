// statedDates: the days a sentence states, resolved against the article's date; roundOrdinal: the number of a round.
import { describe, expect, it } from 'vitest';
import { statedDates } from '../../src/extract/stated-dates.js';
import { roundOrdinal } from '../../src/extract/article-round.js';

describe('statedDates', () => {
  it.each([
    ['The talks ended on Friday.', '2024-05-18', ['2024-05-17']],
    ['They met on May 16 in Oslo.', '2024-05-18', ['2024-05-16']],
    ['They met on May 16 in Oslo.', undefined, []],
    ['They met on Friday.', undefined, []],
    ['They met yesterday.', undefined, []],
    ['They met on May 16, 2024.', undefined, ['2024-05-16']],
    ['They met yesterday.', '2024-06-10', ['2024-06-09']],
    ['The sides met last month.', '2024-05-18', []],
    ['The sides met last week.', '2024-05-18', []],
    ['The talks resume at 5 pm.', '2024-05-18', []],
    ['A 12-month deal.', '2024-05-18', []],
  ])('%s (article of %s) → %j', (text, published, days) => {
    expect(statedDates(text, published).map((date) => date.start)).toEqual(days);
  });

  it('gives the last day of a run of days', () => {
    expect(statedDates('The talks ran from June 4 to June 6.', '2024-06-10')).toEqual([expect.objectContaining({ start: '2024-06-04', end: '2024-06-06' })]);
  });
});

describe('roundOrdinal', () => {
  it.each([
    ['The second round of talks opened in Bergen.', 2],
    ['It was the third round of peace talks.', 3],
    ['The 4th round ended without a deal.', 4],
    ['Their first formal peace talks in years.', undefined],
    ['A round of applause.', undefined],
  ])('%s → %s', (text, ordinal) => {
    expect(roundOrdinal(text)).toBe(ordinal);
  });
});
