// The date a text states at its start becomes the publication date and leaves the text, title and first sentence.
import { describe, expect, it } from 'vitest';
import { leadingDate } from '../../src/ingest/leading-date.js';
import { articleFromText } from '../../src/ingest/article-from-text.js';

describe('leadingDate', () => {
  it.each([
    [' date 2024-02-06 Talks resumed on Monday.', '2024-02-06', 'Talks resumed on Monday.'],
    ['Date: 2023-06-09\nAgreement was reached.', '2023-06-09', 'Agreement was reached.'],
    ['date 2024-05-02T10:00:00Z Envoys met.', '2024-05-02', 'Envoys met.'],
    ['27. februar 2023 22:21\nThe envoy met the leaders.', '2023-02-27', 'The envoy met the leaders.'],
    ['March 3, 2024\nTalks resumed.', '2024-03-03', 'Talks resumed.'],
    ['Monday, March 3rd, 2024 at 9:30 a.m. GMT\nTalks resumed.', '2024-03-03', 'Talks resumed.'],
    ['3 March 2024\nTalks resumed.', '2024-03-03', 'Talks resumed.'],
    ['2024-03-03\nTalks resumed.', '2024-03-03', 'Talks resumed.'],
  ])('reads %j', (text, date, rest) => {
    expect(leadingDate(text)).toEqual({ date, text: rest });
  });

  it.each([
    ['March 3\nTalks resumed.'],
    ['February 30, 2024\nTalks resumed.'],
    ['date 2024-13-01 Talks resumed.'],
    ['Talks resumed on March 3, 2024.'],
    ['Geneva March 3, 2024\nTalks resumed.'],
    ['Updated March 3, 2024 with new figures\nTalks resumed.'],
    ['Mexico City, February 13. The talks resumed.'],
  ])('leaves %j as it is: no written year, no day of the calendar, or more than a date', (text) => {
    expect(leadingDate(text)).toEqual({ date: undefined, text });
  });
});

describe('articleFromText with a leading date', () => {
  it('takes the date of a "date" prefix out of the title and the first sentence', () => {
    const article = articleFromText(' date 2024-02-06 Talks resumed on Monday in Geneva. Both sides sent envoys.', 'briefing.txt');
    expect(article.published).toBe('2024-02-06');
    expect(article.title).toBe('Talks resumed on Monday in Geneva. Both sides sent envoys.');
    expect(article.sentences[0]?.text).toBe('Talks resumed on Monday in Geneva.');
    expect(article.text).not.toContain('2024');
  });

  it('takes the date of a dateline line, and the headline after it is the title', () => {
    const article = articleFromText('27. februar 2023 22:21\nEnvoy: leaders agreed\n\nThe leaders agreed to meet again.', 'dateline.txt');
    expect(article).toMatchObject({ published: '2023-02-27', title: 'Envoy: leaders agreed' });
  });

  it('keeps the date the metadata states over a leading date', () => {
    const article = articleFromText('---\ndate: 2024-01-01\n---\ndate 2024-02-06 Talks resumed.', 'front.md', 'markdown');
    expect(article.published).toBe('2024-01-01');
  });
});
