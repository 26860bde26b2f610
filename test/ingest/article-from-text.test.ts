import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { articleFromText } from '../../src/ingest/article-from-text.js';

const LEDE =
  'Israel and Hamas agreed on Wednesday to the first phase of a ceasefire in Gaza after talks in Sharm el-Sheikh mediated by Egypt, Qatar and Turkey.';

describe('articleFromText', () => {
  it('makes an article from a string, with no file', () => {
    const article = articleFromText(`Gaza ceasefire agreed\n\n${LEDE}`, 'strings/gaza.txt');
    expect(article).toMatchObject({
      file: 'gaza.txt',
      path: 'strings/gaza.txt',
      title: 'Gaza ceasefire agreed',
      outlet: undefined,
      published: undefined,
      text: `Gaza ceasefire agreed\n\n${LEDE}`,
    });
    expect(article.sentences).toEqual([
      { index: 0, start: 0, end: 21, text: 'Gaza ceasefire agreed', heading: true },
      { index: 1, start: 23, end: 23 + LEDE.length, text: LEDE, heading: false },
    ]);
  });

  it.each([
    ['the first line', `Gaza ceasefire agreed\n${LEDE}`, 'Gaza ceasefire agreed'],
    ['a first line with a period', `Gaza ceasefire agreed in Egypt.\n${LEDE}`, 'Gaza ceasefire agreed in Egypt.'],
    ['the first sentence of a lead paragraph', `${LEDE} Hostages are to be freed within 72 hours.`, LEDE],
    ['a cut first sentence when even that is long', `${LEDE.replace(/\.$/u, '')} ${LEDE}`, `${LEDE.replace(/\.$/u, '')} Israel and\u2026`],
  ])('titles a text by %s', (_name, text, title) => {
    expect(articleFromText(text, 'a.txt').title).toBe(title);
  });

  it('folds typographic quotes in the text and the sentences', () => {
    const article = articleFromText('\u201CWe\u2019re close,\u201D the mediator said.', 'q.txt');
    expect(article.text).toBe('"We\'re close," the mediator said.');
    expect(article.sentences[0]?.text).toBe(article.text);
  });

  it('joins plain-text lines wrapped inside a sentence', () => {
    const article = articleFromText('Israel and Hamas agreed on the\nfirst phase of a ceasefire.\nHostages will be freed.', 'w.txt');
    expect(article.text).toBe('Israel and Hamas agreed on the first phase of a ceasefire.\nHostages will be freed.');
  });

  it('keeps a headline without a final period on its own line', () => {
    const article = articleFromText('Ceasefire agreed\nIsrael and Hamas agreed.', 'h.txt');
    expect(article.sentences.map((sentence) => sentence.text)).toEqual(['Ceasefire agreed', 'Israel and Hamas agreed.']);
  });

  it.each([
    ['empty', '', 'empty file'],
    ['whitespace only', '  \n\n\t ', 'empty file'],
    ['boilerplate only', 'Advertisement\n\nShare this\n\nRelated Posts', 'no article text (only boilerplate)'],
  ])('throws InputError for %s text', (_name, text, reason) => {
    expect(() => articleFromText(text, 'e.txt')).toThrow(InputError);
    expect(() => articleFromText(text, 'e.txt')).toThrow(reason);
  });
});
