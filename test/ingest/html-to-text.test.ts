import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/ingest/article-from-text.js';
import { htmlToText } from '../../src/ingest/html-to-text.js';

const fixture = readFileSync(new URL('../fixtures/ingest/muscat-talks.html', import.meta.url), 'utf8');

const paragraphs = [
  'Iranian and American negotiators held indirect talks in Muscat on Saturday, with Oman\u2019s foreign minister carrying messages between the two delegations.',
  'Iran\u2019s delegation demanded the lifting of all sanctions before any limits on enrichment. The US side proposed a phased agreement, officials said.',
];

describe('htmlToText', () => {
  it('reads the article Readability finds, a line per paragraph, without page chrome', () => {
    const { text } = htmlToText(fixture);
    const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    expect(lines).toEqual(expect.arrayContaining(paragraphs));
    expect(text).not.toMatch(/Home|window\.tracking|margin|Oil prices|All rights reserved/u);
  });

  it('reads title, outlet and date from the meta tags', () => {
    expect(htmlToText(fixture)).toMatchObject({
      title: 'Iran and US end first round of talks in Muscat',
      outlet: 'Gulf Ledger',
      published: '2025-04-12',
    });
  });

  it.each([
    ['og:title first', '<meta property="og:title" content="A"><title>B</title><h1>C</h1>', 'A'],
    ['then <title>', '<title>B</title><h1>C</h1>', 'B'],
    ['then the first <h1>', '<h1>C</h1><h1>D</h1>', 'C'],
    ['none', '<p>text</p>', undefined],
    ['<title> without the site name', '<title>Doha talks resume \u2013 Gulf Ledger</title><meta property="og:site_name" content="Gulf Ledger">', 'Doha talks resume'],
  ])('title: %s', (_name, head, title) => {
    expect(htmlToText(`<html><head>${head}</head><body><p>Qatar mediated the talks.</p></body></html>`).title).toBe(title);
  });

  it.each([
    ['article:published_time', '<meta property="article:published_time" content="2025-01-15T08:00:00Z">', '2025-01-15'],
    ['meta name=date', '<meta name="date" content="2025-01-16">', '2025-01-16'],
    ['time datetime', '', '2025-01-17', '<time datetime="2025-01-17T10:00">Jan 17</time>'],
    ['an invalid date', '<meta name="date" content="2025-13-45">', undefined],
    ['no date', '', undefined],
  ])('date from %s', (_name, head, published, body = '') => {
    const html = `<html><head>${head}</head><body>${body}<p>Israel and Hamas agreed to a truce.</p></body></html>`;
    expect(htmlToText(html).published).toBe(published);
  });

  it.each([
    ['og:site_name', '<meta property="og:site_name" content="Gulf Ledger">', 'Gulf Ledger'],
    ['application-name', '<meta name="application-name" content="Doha Daily">', 'Doha Daily'],
    ['nothing', '', undefined],
  ])('outlet from %s', (_name, head, outlet) => {
    expect(htmlToText(`<html><head>${head}</head><body><p>Talks resumed.</p></body></html>`).outlet).toBe(outlet);
  });

  it.each([
    ['unclosed tags', '<p>Armenia and Azerbaijan <b>initialled a peace deal<div><p>in Washington</span></td>'],
    ['text after </html>', '<html><body><p>Armenia and Azerbaijan</p></body></html><p>initialled a peace deal in Washington</p>'],
    ['no <body> tag', '<html><head><title>x</title></head><p>Armenia and Azerbaijan<p>initialled a peace deal in Washington'],
    ['a fragment', 'Armenia and Azerbaijan <i>initialled a peace deal</i> in Washington'],
    ['stray brackets and entities', '<p>Armenia & Azerbaijan < initialled > a peace deal &amp; in Washington &bogus;</p>'],
    ['deep nesting', `${'<div><b>'.repeat(5000)}Armenia and Azerbaijan initialled a peace deal in Washington`],
  ])('survives malformed HTML: %s', (_name, html) => {
    const { text } = htmlToText(html);
    expect(text).toMatch(/Armenia/u);
    expect(text).toMatch(/Washington/u);
  });

  it('reads the body without page chrome when the page is too deeply nested for Readability', () => {
    const nested = `${'<div>'.repeat(150)}Both sides agreed.`;
    const html = `<html><body><nav>Menu</nav><aside>Most read</aside><div>Oman hosts the talks.</div>${nested}</body></html>`;
    const lines = htmlToText(html).text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    expect(lines).toEqual(['Oman hosts the talks.', 'Both sides agreed.']);
  });

  it('returns no text for a page without any', () => {
    expect(htmlToText('<html><head><title>Empty</title></head><body><script>x()</script></body></html>').text.trim()).toBe('');
  });
});

describe('articleFromText on HTML', () => {
  it('makes a clean article with the headline on top', () => {
    const article = articleFromText(fixture, 'pages/muscat-talks.html', 'html');
    expect(article).toMatchObject({
      file: 'muscat-talks.html',
      title: 'Iran and US end first round of talks in Muscat',
      outlet: 'Gulf Ledger',
      published: '2025-04-12',
    });
    expect(article.sentences.map((sentence) => sentence.text)).toEqual([
      'Iran and US end first round of talks in Muscat',
      "Iranian and American negotiators held indirect talks in Muscat on Saturday, with Oman's foreign minister carrying messages between the two delegations.",
      "Iran's delegation demanded the lifting of all sanctions before any limits on enrichment.",
      'The US side proposed a phased agreement, officials said.',
      'Delegations arrive at the talks venue in Muscat.',
      '"The talks were constructive," an Omani official said.',
      'Both sides agreed to meet again next week.',
    ]);
    expect(article.sentences[0]?.heading).toBe(true);
  });
});
