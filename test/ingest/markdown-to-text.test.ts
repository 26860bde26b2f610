import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/ingest/article-from-text.js';
import { markdownToText } from '../../src/ingest/markdown-to-text.js';

const fixture = readFileSync(new URL('../fixtures/ingest/geneva-trade-talks.md', import.meta.url), 'utf8');

describe('markdownToText', () => {
  it.each([
    ['heading marks', '# Talks in Geneva\n\n### Day two ###', 'Talks in Geneva\n\nDay two'],
    ['setext headings', 'Talks in Geneva\n===============\n\nDay two\n-------', 'Talks in Geneva\n\nDay two'],
    ['strong and emphasis', '**US** and *China* agreed, __both__ _said_.', 'US and China agreed, both said.'],
    ['underscores inside words', 'The snake_case_name stays.', 'The snake_case_name stays.'],
    ['links keep their text', 'Talks in [Geneva](https://example.org/geneva "city") ended.', 'Talks in Geneva ended.'],
    ['reference links', 'Talks in [Geneva][1] ended.\n\n[1]: https://example.org/geneva', 'Talks in Geneva ended.'],
    ['images go', 'Before ![the delegations](a.jpg) after', 'Before  after'],
    ['autolinks', 'See <https://example.org/talks>.', 'See https://example.org/talks.'],
    ['inline code and strikethrough', 'The `tariff` was ~~raised~~ cut.', 'The tariff was raised cut.'],
    ['list markers', '- Tariffs fall.\n* Talks go on.\n1. Next round in May.', 'Tariffs fall.\nTalks go on.\nNext round in May.'],
    ['block quotes', '> "We agreed," he said.\n> > Nested.', '"We agreed," he said. Nested.'],
    ['wrapped paragraph lines are joined', 'The US and China agreed\nto cut tariffs\nfor 90 days.', 'The US and China agreed to cut tariffs for 90 days.'],
    ['hard line breaks are kept', 'First line  \nsecond line', 'First line\nsecond line'],
    ['rules and fences go', 'Before\n\n---\n\n```\ncode line\n```\nAfter', 'Before\n\ncode line\nAfter'],
    ['escapes', 'Prices fell 5\\*', 'Prices fell 5*'],
    ['HTML comments and tags', 'Talks <!-- note --> <span>ended</span>.', 'Talks  ended.'],
    ['link targets with parentheses', 'See [the treaty](https://example.org/wiki/Treaty_(1975)) text.', 'See the treaty text.'],
    ['bold around emphasis', '**a *firm* no**', 'a firm no'],
  ])('%s', (_name, markdown, text) => {
    expect(markdownToText(markdown).text).toBe(text);
  });

  // Markup that opens and never closes, repeated: each used to rescan the rest of the line, quadratic in its length.
  it.each([
    ['[', '['],
    ['![', '!['],
    ['[a](', '[a]('],
    ['<!--', '<!--'],
    ['<a', '<a'],
    ['<http:a', '<http:a'],
    ['**a ', '**a'],
    ['__a ', '__a'],
    ['*a ', '*a'],
    ['_a ', '_a'],
    ['~~a ', '~~a'],
  ])('reads a line of 100,000 unclosed %j and keeps it', (unit, kept) => {
    const text = markdownToText(`# T\n\n${unit.repeat(100_000)}`).text;
    expect(text.startsWith(`T\n\n${kept}`)).toBe(true);
  }, 20_000);

  it('reads a line of 100,000 spaces', () => {
    expect(markdownToText(`# T\n\n${' '.repeat(100_000)}x`).text.replace(/ +/gu, ' ')).toBe('T\n\n x');
  }, 20_000);

  it('reads title, outlet and date from the front matter, and leaves it out of the text', () => {
    const extracted = markdownToText(fixture);
    expect(extracted).toMatchObject({
      title: 'US and China agree to cut tariffs after Geneva talks',
      outlet: 'Lakeside Wire',
      published: '2025-05-12',
    });
    expect(extracted.text).not.toMatch(/publisher|^---/mu);
  });
});

describe('articleFromText on Markdown', () => {
  it('makes a clean article', () => {
    const article = articleFromText(fixture, 'geneva-trade-talks.md', 'markdown');
    expect(article.title).toBe('US and China agree to cut tariffs after Geneva talks');
    expect(article.text).toBe(
      [
        'US and China agree to cut tariffs after Geneva talks',
        '',
        'The United States and China agreed on Monday to cut tariffs for 90 days after two days of talks in Geneva, officials from both sides said.',
        '',
        'What each side wants',
        '',
        'Washington demands wider access to Chinese markets.',
        'Beijing rejected calls to limit its exports of rare earths.',
        '',
        '"We reached a consensus," a Chinese negotiator said.',
      ].join('\n'),
    );
  });
});
