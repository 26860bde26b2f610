// writeGraphTurtle with a cache: whatever the graph before it, the file is that of writing the graph afresh.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/ingest/index.js';
import { buildGraphFromArticles } from '../../src/pipeline.js';
import { readGraphState } from '../../src/rdf/graph-file.js';
import { writeGraphTurtle } from '../../src/rdf/write-graph.js';
import type { Article, KnowledgeGraph } from '../../src/types.js';
import { ARTICLES } from '../fixtures/negotiation-builds.js';
import { SEEDS_DIR } from '../helpers/repo-paths.js';
import { seededRandom } from '../../viewer/src/create-graph.js';
import { useTempDir } from '../helpers/temp-dir.js';

const dir = useTempDir('write-graph');
let articles: Article[];

beforeAll(async () => {
  const seeds = (await readdir(SEEDS_DIR)).filter((name) => name.endsWith('.txt')).sort();
  const samples = await Promise.all(seeds.map(async (name) => articleFromText(await readFile(join(SEEDS_DIR, name), 'utf8'), name)));
  articles = [...samples, ...Object.entries(ARTICLES).map(([file, text]) => articleFromText(`${text}\n`, file))];
});

/** The Turtle of `graph` written afresh, without a cache. */
async function fresh(graph: KnowledgeGraph, name: string): Promise<string> {
  const path = join(dir.path, `${name}.ttl`);
  await writeGraphTurtle(graph, path);
  return readFile(path, 'utf8');
}

/** Writes `graph` over the graph file `path` with the cache `cache`, as a build does; returns the parts copied. */
async function rewrite(graph: KnowledgeGraph, path: string, cache: string): Promise<number> {
  const old = await readGraphState(path);
  return (await writeGraphTurtle(graph, path, { cache, replaced: old?.trailer })).copied;
}

/** A seeded choice of about half the articles, so that each run sees the same sequence. */
function someOf(items: readonly Article[], seed: number): Article[] {
  const random = seededRandom(seed);
  const chosen = items.filter(() => random() < 0.6);
  return chosen.length > 0 ? chosen : [items[0]!];
}

describe('writeGraphTurtle with a cache', () => {
  it('writes, over each graph of a sequence of corpora that grow, shrink and change, the Turtle of writing it afresh', async () => {
    const path = join(dir.path, 'sequence.ttl');
    const cache = join(dir.path, 'sequence-cache');
    const corpora = [articles, ...[1, 2, 3, 4, 5, 6].map((seed) => someOf(articles, seed)), articles];
    const copied: number[] = [];
    for (const [step, corpus] of corpora.entries()) {
      const graph = buildGraphFromArticles(corpus);
      copied.push(await rewrite(graph, path, cache));
      expect(await readFile(path, 'utf8'), `step ${step}`).toBe(await fresh(graph, `sequence-${step}`));
    }
    expect(copied[0]).toBe(0);
    expect(copied.slice(1).every((count) => count > 0)).toBe(true);
    // The parts file of each graph replaced is removed: one is left, of the last graph.
    expect(await readdir(join(cache, 'turtle-parts'))).toHaveLength(1);
  });

  it('copies nothing, and writes the Turtle of writing afresh, when the old file changes after its digest was checked', async () => {
    const path = join(dir.path, 'raced.ttl');
    const cache = join(dir.path, 'raced-cache');
    await rewrite(buildGraphFromArticles(articles.slice(1)), path, cache);
    const old = await readGraphState(path);
    // Another build replaces the file between the check of its digest and the copy of its blocks.
    await writeFile(path, (await readFile(path, 'utf8')).replace(/rdfs:label "(.)/u, (_, letter: string) => `rdfs:label "${letter === 'X' ? 'Y' : 'X'}`));
    const graph = buildGraphFromArticles(articles);
    const written = await writeGraphTurtle(graph, path, { cache, replaced: old?.trailer });
    expect(written.copied).toBe(0);
    expect(await readFile(path, 'utf8')).toBe(await fresh(graph, 'raced-fresh'));
  });
});
