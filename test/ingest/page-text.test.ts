// A fetched page as article bytes: its format from the Content-Type, its charset from the header or a meta tag.
import { describe, expect, it } from 'vitest';
import { pageFile } from '../../src/ingest/page-text.js';
import { pageFileName } from '../../src/ingest/fetch-articles.js';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('pageFile', () => {
  it.each([
    ['text/html; charset=UTF-8', '.html'],
    ['application/xhtml+xml', '.html'],
    ['text/plain', '.txt'],
    ['text/markdown; charset=utf-8', '.md'],
    ['', '.txt'],
  ])('reads %j as %s', (type, extension) => {
    expect(pageFile(new TextEncoder().encode('Talks resumed.'), type)).toMatchObject({ extension });
  });

  it.each([
    ['text/html; charset=iso-8859-1', '<p>Gen\xe8ve</p>'],
    ['text/html', '<meta charset="windows-1252"><p>Gen\xe8ve</p>'],
    ['text/html', '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Gen\xe8ve</p>'],
  ])('decodes a page served as %j with %j to UTF-8', (type, body) => {
    const page = pageFile(Buffer.from(body, 'latin1'), type);
    expect('bytes' in page && decode(page.bytes)).toContain('Genève');
  });

  it('keeps the bytes of a UTF-8 page as they were served', () => {
    const bytes = new TextEncoder().encode('<p>Genève</p>');
    expect(pageFile(bytes, 'text/html')).toEqual({ bytes, extension: '.html' });
  });

  it.each([
    ['application/pdf', 'not an article: Content-Type application/pdf'],
    ['text/html; charset=klingon', 'unknown charset "klingon"'],
  ])('refuses a page served as %j', (type, reason) => {
    expect(pageFile(new Uint8Array([0x25, 0x50]), type)).toEqual({ reason });
  });
});

describe('pageFileName', () => {
  it.each([
    ['https://www.example.com/news/talks-resume?id=7', '.html', 'www.example.com_news_talks-resume_id_7.html'],
    ['https://example.com/', '.html', 'example.com.html'],
    ['http://127.0.0.1:8080/briefing.txt', '.txt', '127.0.0.1_8080_briefing.txt'],
  ])('names %s after its host and path', (url, extension, name) => {
    expect(pageFileName(url, extension)).toBe(name);
  });
});
