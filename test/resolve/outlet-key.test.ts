import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/ingest/article-from-text.js';
import { buildGraphFromArticles } from '../../src/pipeline.js';
import { combinedConfidence } from '../../src/resolve/resolve-graph.js';
import { outletCount, outletKey, outletKeys } from '../../src/resolve/outlet-key.js';
import { toQuads } from '../../src/rdf/to-quads.js';
import { claimIri, PARLEY_TERMS } from '../../src/rdf/namespaces.js';
import type { Source } from '../../src/types.js';

describe('outletKey', () => {
  it.each([
    ['Gulf Times', 'gulf times', true],
    ['The Harbour Post', 'harbour post', true],
    ['harbourpost.com', 'Harbour Post', true],
    ['www.harbourpost.co.uk', 'The Harbour Post', true],
    ['Le Monde', 'Le Mondé', true],
    ['Gulf Times', 'Gulf News', false],
  ])('%j and %j are one outlet: %s', (a, b, same) => {
    expect(outletKey({ id: '1', outlet: a }) === outletKey({ id: '2', outlet: b })).toBe(same);
  });

  it('counts an article of unknown outlet as its own', () => {
    expect(outletKey({ id: 'aa', outlet: undefined })).not.toBe(outletKey({ id: 'bb', outlet: undefined }));
    expect(outletKey({ id: 'aa', outlet: ' ' })).toBe(outletKey({ id: 'aa', outlet: undefined }));
  });
});

const source = (articleId: string, confidence: number): Source => ({
  articleId,
  sentenceIndex: 0,
  quote: 'q',
  start: 0,
  end: 1,
  prefix: '',
  suffix: '',
  rule: 'test',
  confidence,
});

describe('combinedConfidence', () => {
  it('counts one outlet once, with its best sentence, however many articles it printed', () => {
    const sources = [source('a1', 0.6), source('a2', 0.7), source('a3', 0.5)];
    const outlet = new Map([['a1', 'outlet:x'], ['a2', 'outlet:x'], ['a3', 'outlet:y']]);
    expect(combinedConfidence(sources, (id) => outlet.get(id)!)).toBe(0.85); // 1 - (1 - 0.7)(1 - 0.5)
    expect(combinedConfidence(sources)).toBe(0.94); // each article its own witness: 1 - 0.4 · 0.3 · 0.5
  });
});

// Three HTML pages of one fictional negotiation: the harbour workers' union's demand, stated by two articles of one
// outlet (a story and its reprint) and one article of another.
function page(outlet: string, title: string, body: string): string {
  return `<!doctype html><html><head><meta property="og:site_name" content="${outlet}"><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;
}
const DEMAND = 'The Harbour Workers Union demanded a 9% pay rise from the Port Authority of Velmora on Monday.';

describe('corroboration by outlet', () => {
  const articles = [
    articleFromText(page('Velmora Courier', 'Dockers press pay claim', `${DEMAND} Talks resume next week.`), 'courier-1.html', 'html'),
    articleFromText(page('velmoracourier.com', 'Dockers press pay claim (updated)', `${DEMAND} Talks resume next week, the union said.`), 'courier-2.html', 'html'),
    articleFromText(page('Northern Ledger', 'Union wants more', `${DEMAND} The authority has not answered.`), 'ledger.html', 'html'),
  ];
  const graph = buildGraphFromArticles(articles);
  const demand = graph.claims.find((claim) => claim.predicate === 'demands' && claim.object.includes('pay_rise'));
  const byId = outletKeys(graph.articles);

  it('counts three articles from two outlets', () => {
    expect(demand).toBeDefined();
    expect(new Set(demand!.sources.map((s) => s.articleId)).size).toBe(3);
    expect(outletCount(demand!.sources, byId)).toBe(2);
  });

  it('writes parley:outletCount and parley:articleCount on the claim node', () => {
    const node = claimIri(demand!.subject, demand!.predicate, demand!.object);
    const quads = toQuads(graph).filter((q) => q.subject.value === node);
    const value = (predicate: string) => quads.find((q) => q.predicate.value === predicate)?.object.value;
    expect(value(PARLEY_TERMS.articleCount)).toBe('3');
    expect(value(PARLEY_TERMS.outletCount)).toBe('2');
  });

  it('combines the two outlets, not the three articles, into the confidence', () => {
    const best = (ids: readonly string[]) => Math.max(...demand!.sources.filter((s) => ids.includes(s.articleId)).map((s) => s.confidence));
    const [courier1, courier2, ledger] = articles.map((article) => article.id);
    const expected = 1 - (1 - best([courier1!, courier2!])) * (1 - best([ledger!]));
    expect(demand!.confidence).toBeCloseTo(expected, 3);
  });
});
