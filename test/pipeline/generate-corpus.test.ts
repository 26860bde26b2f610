// The benchmark corpus: seeded, every article distinct, and every predicate read from it by the real pipeline.
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/ingest/index.js';
import { buildGraphFromArticles } from '../../src/pipeline.js';
import { PREDICATES } from '../../src/types.js';
import { generateCorpus } from '../bench/generate-corpus.js';

const corpus = generateCorpus(12, 7);

describe('generateCorpus', () => {
  it('gives the same articles for the same seed and others for another seed', () => {
    expect(generateCorpus(12, 7)).toEqual(corpus);
    expect(generateCorpus(12, 8)[0]?.text).not.toBe(corpus[0]?.text);
  });

  it('makes every article and every file name distinct', () => {
    expect(new Set(corpus.map((a) => a.text)).size).toBe(corpus.length);
    expect(new Set(corpus.map((a) => a.file)).size).toBe(corpus.length);
  });

  it('yields claims of every predicate through the pipeline', () => {
    const graph = buildGraphFromArticles(corpus.map((a) => articleFromText(a.text, a.file)));
    const predicates = new Set(graph.claims.map((claim) => claim.predicate));
    expect([...predicates].sort()).toEqual([...PREDICATES].sort());
  });
});
