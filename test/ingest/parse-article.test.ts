import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { articleFormat } from '../../src/ingest/article-format.js';
import { parseArticle } from '../../src/ingest/parse-article.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const NEWS = 'Armenia and Azerbaijan initialled a peace agreement in Washington on Friday.';

/** UTF-16 bytes of `text`, little or big endian, with or without a byte-order mark. */
function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (char) => char.charCodeAt(0))];
  const bytes = new Uint8Array(units.length * 2);
  units.forEach((unit, i) => {
    bytes[2 * i + (endian === 'le' ? 0 : 1)] = unit & 0xff;
    bytes[2 * i + (endian === 'le' ? 1 : 0)] = unit >> 8;
  });
  return bytes;
}

/** The InputError `run` throws. */
function inputError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('parseArticle', () => {
  it('parses UTF-8 text', () => {
    const article = parseArticle(utf8(`Peace deal initialled\n${NEWS}`), 'in/deal.txt');
    expect(article).toMatchObject({ file: 'deal.txt', path: 'in/deal.txt', title: 'Peace deal initialled', text: `Peace deal initialled\n${NEWS}` });
    expect(article.sentences.map((sentence) => sentence.text)).toEqual(['Peace deal initialled', NEWS]);
  });

  it('drops a UTF-8 byte-order mark', () => {
    const article = parseArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(NEWS)]), 'bom.txt');
    expect(article.text).toBe(NEWS);
    expect(article.id).toBe(parseArticle(utf8(NEWS), 'plain.txt').id);
  });

  it.each([
    ['little', 'le'],
    ['big', 'be'],
  ] as const)('decodes %s-endian UTF-16 with a byte-order mark', (_name, endian) => {
    expect(parseArticle(utf16(`${NEWS}\r\n`, endian, true), 'wide.txt').text).toBe(NEWS);
  });

  it('makes the id from the text: 16 hex digits, the same for the same text', () => {
    const a = parseArticle(utf8(NEWS), 'a.txt');
    expect(a.id).toMatch(/^[0-9a-f]{16}$/u);
    expect(parseArticle(utf8(`  ${NEWS}\r\n`), 'b.txt').id).toBe(a.id);
    expect(parseArticle(utf8(`${NEWS} Baku welcomed it.`), 'c.txt').id).not.toBe(a.id);
  });

  it('reads HTML by content whatever the extension', () => {
    const html = `<!DOCTYPE html><html><head><title>Peace deal</title></head><body><p>${NEWS}</p></body></html>`;
    const article = parseArticle(utf8(html), 'page.txt');
    expect(article.text).toBe(`Peace deal\n${NEWS}`);
    expect(article.title).toBe('Peace deal');
  });

  it.each([
    ['empty', new Uint8Array(), /empty/u],
    ['whitespace only', utf8(' \n\t\r\n  '), /empty/u],
    ['only boilerplate', utf8('Related Posts\nAdvertisement\nSubscribe to our newsletter today.'), /boilerplate/u],
    ['HTML without text', utf8('<html><body><script>x()</script></body></html>'), /no text/u],
    ['binary with NUL bytes', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x41]), /binary.*NUL/u],
    ['binary of control characters', new Uint8Array(Array.from({ length: 64 }, (_, i) => (i % 3 === 0 ? 0x41 : 1 + (i % 8)))), /binary.*control/u],
    ['Latin-1 text', new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' talks in Geneva.')]), /not valid UTF-8: byte 0xE9 at offset 3/u],
    ['UTF-16 without a byte-order mark', utf16(NEWS, 'le', false), /UTF-16.*byte-order mark/u],
    ['a truncated UTF-8 sequence', new Uint8Array([...utf8(NEWS), 0xe2, 0x80]), new RegExp(`not valid UTF-8: byte 0xE2 at offset ${NEWS.length}`, 'u')],
  ])('refuses %s with an InputError', (_name, bytes, reason) => {
    const error = inputError(() => parseArticle(bytes, 'bad.txt'));
    expect(error.path).toBe('bad.txt');
    expect(error.reason).toMatch(reason);
  });

  it('names the first invalid byte after a real U+FFFD', () => {
    const bytes = new Uint8Array([...utf8('a\uFFFDb'), 0xff]);
    expect(inputError(() => parseArticle(bytes, 'x.txt')).reason).toMatch(/byte 0xFF at offset 5/u);
  });
});

describe('articleFormat', () => {
  it.each([
    ['a.txt', NEWS, 'text'],
    ['a.md', NEWS, 'markdown'],
    ['a.MARKDOWN', NEWS, 'markdown'],
    ['a.html', NEWS, 'html'],
    ['a.HTM', NEWS, 'html'],
    ['a.txt', '<!doctype html><p>x</p>', 'html'],
    ['noext', '\n  <!-- saved page -->\n<html lang="en">', 'html'],
    ['a.text', '<?xml version="1.0"?><html>', 'html'],
    ['a.txt', 'The <b> tag is bold in HTML.', 'text'],
    ['a.md', '<html><body>', 'markdown'],
  ])('%s with %j is %s', (path, text, format) => {
    expect(articleFormat(path, text)).toBe(format);
  });
});
