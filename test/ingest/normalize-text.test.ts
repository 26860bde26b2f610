import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/ingest/normalize-text.js';

describe('normalizeText', () => {
  it.each([
    ['composes to NFC', 'Pe\u0301rez met Ali\u0301yev', 'P\u00E9rez met Al\u00EDyev'],
    ['turns CRLF and CR into LF', 'one\r\ntwo\rthree', 'one\ntwo\nthree'],
    ['turns Unicode line and paragraph separators into LF', 'one\u2028two\u2029three', 'one\ntwo\nthree'],
    ['folds typographic apostrophes', 'Iran\u2019s \u2018deal\u2019 \u201Bx 5\u2032', "Iran's 'deal' 'x 5'"],
    ['folds typographic double quotes', '\u201CYes,\u201D \u201Eja\u201F \u00ABoui\u00BB 5\u2033', '"Yes," "ja" "oui" 5"'],
    ['keeps dashes', 'Gaza\u2014Doha \u2013 Cairo - Rafah', 'Gaza\u2014Doha \u2013 Cairo - Rafah'],
    ['turns no-break and other spaces into spaces', 'US\u00A0and\u2009China\u202Fmet\u3000today', 'US and China met today'],
    ['removes zero-width characters and soft hyphens', 'cease\u200Bfire\u200C \u2060talks \uFEFFin Do\u00ADha', 'ceasefire talks in Doha'],
    ['removes control characters but keeps tabs as spaces', 'a\u0007b\tc\u0085d', 'ab cd'],
    ['collapses runs of spaces and tabs', 'Iran  \t and   Oman', 'Iran and Oman'],
    ['trims every line', '  first line  \n\tsecond line\t', 'first line\nsecond line'],
    ['keeps one blank line between paragraphs', 'one\n\n\n\n\ntwo\n \n \nthree', 'one\n\ntwo\n\nthree'],
    ['keeps single line breaks', 'one\ntwo', 'one\ntwo'],
    ['trims the text', '\n\n  text  \n\n', 'text'],
    ['cuts a run of more than 300 characters without a space to a blank line', `a ${'x'.repeat(301)} b\nc`, 'a\n\nb\nc'],
    ['keeps a run of 300 characters', `a ${'x'.repeat(300)} b`, `a ${'x'.repeat(300)} b`],
    ['leaves empty text empty', ' \u00A0\n\t\u200B ', ''],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = normalizeText('\u201CWe\u2019re close,\u201D  the envoy said.\r\n\r\n\r\n\u00A0Next.');
    expect(normalizeText(once)).toBe(once);
  });
});
