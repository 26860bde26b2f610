// Tests of writeGraphFile and readGraphFile: atomic replacement, a failed write keeps the old file, errors that say what to do.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphReadError, UsageError } from '../../src/errors.js';
import { countGraphArticles, readGraphFile, withArticleCount, writeGraphFile } from '../../src/rdf/graph-file.js';
import { toQuads } from '../../src/rdf/to-quads.js';
import { writeTurtle } from '../../src/rdf/turtle.js';
import { sampleKnowledgeGraph, writeSampleGraph } from '../fixtures/knowledge-graph.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-graph-file-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeGraphFile', () => {
  it('creates the parent folders and writes the Turtle as given', async () => {
    const path = join(dir, 'nested', 'deeper', 'graph.ttl');
    const turtle = writeTurtle(toQuads(sampleKnowledgeGraph));
    await writeGraphFile(path, turtle);
    expect(await readFile(path, 'utf8')).toBe(turtle);
  });

  it('replaces an existing file whole', async () => {
    const path = join(dir, 'replace.ttl');
    await writeFile(path, `${'# an old and much longer graph\n'.repeat(1000)}`);
    const turtle = '<http://a.example/> <http://b.example/> "new".\n';
    await writeGraphFile(path, turtle);
    expect(await readFile(path, 'utf8')).toBe(turtle);
    expect((await readdir(dir)).filter((name) => name.startsWith('replace.ttl'))).toEqual(['replace.ttl']);
  });

  it('leaves the old file intact when the write fails', async () => {
    // The longest name the file system allows: the temporary file beside it cannot be created, so the write fails.
    const name = `${'g'.repeat(251)}.ttl`;
    const path = join(dir, name);
    const old = '<http://a.example/> <http://b.example/> "old".\n';
    await writeFile(path, old);
    await expect(writeGraphFile(path, '<http://a.example/> <http://b.example/> "new".\n')).rejects.toThrow();
    expect(await readFile(path, 'utf8')).toBe(old);
    expect((await readdir(dir)).filter((entry) => entry.startsWith('ggg'))).toEqual([name]);
  });
});

describe('readGraphFile', () => {
  it('reads a written sample graph into a store', async () => {
    const path = await writeSampleGraph(join(dir, 'sample'));
    const store = await readGraphFile(path);
    expect(store.size).toBe(new Set(toQuads(sampleKnowledgeGraph).map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.id}`)).size);
  });

  it('strips a byte-order mark', async () => {
    const path = join(dir, 'bom.ttl');
    await writeFile(path, '\uFEFF<http://a.example/> <http://b.example/> "x".\n');
    expect((await readGraphFile(path)).size).toBe(1);
  });

  it('calls a missing file a usage error that names it and says to build', async () => {
    const path = join(dir, 'missing.ttl');
    const error = await readGraphFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toContain('parley build');
  });

  it('reports bytes that are not UTF-8 as a GraphReadError', async () => {
    const path = join(dir, 'latin1.ttl');
    await writeFile(path, Buffer.from([0x3c, 0x68, 0x3a, 0x61, 0x3e, 0x20, 0xe9, 0x0a]));
    const error = await readGraphFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphReadError);
    expect((error as GraphReadError).path).toBe(path);
  });

  it('reports a syntax error with the file and the line', async () => {
    const path = join(dir, 'broken.ttl');
    await writeFile(path, '<http://a.example/> <http://b.example/> "x".\n\n<http://a.example/> <http://b.example/> .\n');
    const error = await readGraphFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphReadError);
    expect(error).toMatchObject({ path, line: 3 });
  });
});

describe('countGraphArticles', () => {
  const turtle = (): string => writeTurtle(toQuads(sampleKnowledgeGraph));
  const articles = sampleKnowledgeGraph.articles.length;
  /** The sample graph written with its trailer, in pieces of `pieceBytes` so that digests cross the pieces. */
  const withTrailer = (count: number, pieceBytes = 1000): Buffer => {
    const text = Buffer.from(turtle());
    const pieces = Array.from({ length: Math.ceil(text.length / pieceBytes) }, (_, i) => text.subarray(i * pieceBytes, (i + 1) * pieceBytes));
    return Buffer.concat([...withArticleCount(pieces, count)]);
  };
  /** An article typed in a triple of its own, in Turtle. */
  const extraArticle = '<https://w3id.org/parley/id/article/added> a <https://w3id.org/parley/ontology#Article>.\n';

  it('ends the Turtle in a comment with the count and the digest of the text above it, which parsers skip', async () => {
    const bytes = withTrailer(articles);
    const text = turtle();
    expect(bytes.subarray(0, Buffer.byteLength(text)).toString()).toBe(text);
    const digest = createHash('sha256').update(text).digest('hex');
    expect(bytes.subarray(Buffer.byteLength(text)).toString()).toBe(`# ${articles} articles; SHA-256 of the text above: ${digest}\n`);
    const path = join(dir, 'trailed.ttl');
    await writeGraphFile(path, [bytes]);
    expect((await readGraphFile(path)).size).toBe(toQuads(sampleKnowledgeGraph).length);
  });

  it('takes the count from a trailer whose digest matches, whatever the count says', async () => {
    const path = join(dir, 'count-trailer.ttl');
    // A count the triples do not bear out shows that the trailer, not a parse, gave it.
    await writeFile(path, withTrailer(articles + 40, 333));
    expect(await countGraphArticles(path)).toBe(articles + 40);
  });

  it('parses a graph changed after it was written, and one without a trailer', async () => {
    const trailed = withTrailer(articles + 40).toString();
    const cut = trailed.lastIndexOf('# ');
    const changed = join(dir, 'count-changed.ttl');
    await writeFile(changed, `${trailed.slice(0, cut)}${extraArticle}${trailed.slice(cut)}`);
    expect(await countGraphArticles(changed)).toBe(articles + 1);
    const bare = join(dir, 'count-bare.ttl');
    await writeFile(bare, turtle());
    expect(await countGraphArticles(bare)).toBe(articles);
  });

  it('counts 0 in a file that is not Turtle and nothing for a missing file', async () => {
    const path = join(dir, 'count-not-turtle.ttl');
    await writeFile(path, 'this is { not turtle\n');
    expect(await countGraphArticles(path)).toBe(0);
    expect(await countGraphArticles(join(dir, 'count-missing.ttl'))).toBeUndefined();
  });
});
