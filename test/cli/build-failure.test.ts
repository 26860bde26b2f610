// A build that fails never leaves a half-written graph: neither when validation rejects the graph nor when the process
// dies while writing it. The old graph file stays as it was.
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { REPO_ROOT } from '../helpers/repo-paths.js';
import { runCli } from '../helpers/run-cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

/** How making the quads misbehaves: not at all, by dropping every rdfs:label (a graph the shapes reject), or by throwing (a bug). */
const fault = vi.hoisted(() => ({ mode: 'none' as 'none' | 'drop-labels' | 'throw' }));

vi.mock('../../src/rdf/to-quads.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/rdf/to-quads.js')>();
  const { RDFS_TERMS } = await import('../../src/rdf/namespaces.js');
  return {
    ...real,
    quadParts: function* (...args: Parameters<typeof real.quadParts>) {
      if (fault.mode === 'throw') throw new TypeError('Cannot read properties of undefined');
      for (const part of real.quadParts(...args)) {
        yield { ...part, make: () => (fault.mode === 'drop-labels' ? part.make().filter((quad) => quad.predicate.value !== RDFS_TERMS.label) : part.make()) };
      }
    },
  };
});

const GOOD_ARTICLE = new URL('./fixtures/abu-dhabi-talks.txt', import.meta.url);
const CRASHING_CLI = fileURLToPath(new URL('./fixtures/crash-while-writing.ts', import.meta.url));
const SENTINEL = 'previous graph: must survive a failed build\n';

const dir = useTempDir('cli-failure');
let input: string;
/** The graph of the input, built without a fault. */
let whole: string;
beforeAll(async () => {
  input = join(dir.path, 'articles');
  await mkdir(input);
  await copyFile(GOOD_ARTICLE, join(input, 'good.txt'));
  const out = join(dir.path, 'whole.ttl');
  const run = await runCli(['build', input, '--out', out], dir.path);
  if (run.code !== 0) throw new Error(`build of the test article exited ${run.code}:\n${run.stderr}`);
  whole = await readFile(out, 'utf8');
});
beforeEach(() => {
  fault.mode = 'none';
});

/** A fresh folder holding only an old graph file; resolves to the graph's path. */
async function folderWithOldGraph(name: string): Promise<string> {
  const folder = join(dir.path, name);
  await mkdir(folder);
  const graph = join(folder, 'graph.ttl');
  await writeFile(graph, SENTINEL);
  return graph;
}

describe('a build that fails in process', () => {
  it('replaces the old graph when nothing fails', async () => {
    const graph = await folderWithOldGraph('valid');
    const run = await runCli(['build', input, '--out', graph], dir.path);
    expect(run.code, run.stderr).toBe(0);
    expect(await readFile(graph, 'utf8')).toBe(whole);
  });

  it('exits 1 when validation rejects the graph, naming the violated property, and leaves the old graph and nothing else', async () => {
    const graph = await folderWithOldGraph('invalid');
    fault.mode = 'drop-labels';
    const run = await runCli(['build', input, '--out', graph, '--no-cache'], dir.path);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('rdfs:label');
    expect(await readFile(graph, 'utf8')).toBe(SENTINEL);
    expect(await readdir(join(dir.path, 'invalid'))).toEqual(['graph.ttl']);
  });

  it('exits 1 on an unexpected error, and leaves the old graph and nothing else', async () => {
    const graph = await folderWithOldGraph('thrown');
    fault.mode = 'throw';
    const run = await runCli(['build', input, '--out', graph, '--no-cache'], dir.path);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('TypeError');
    expect(await readFile(graph, 'utf8')).toBe(SENTINEL);
    expect(await readdir(join(dir.path, 'thrown'))).toEqual(['graph.ttl']);
  });
});

describe('a build killed while writing the graph', () => {
  it('dies by the signal half way through a temporary file and leaves the old graph whole', async () => {
    const graph = await folderWithOldGraph('killed');
    const tsx = createRequire(import.meta.url).resolve('tsx');
    const child = spawnSync(process.execPath, ['--import', tsx, CRASHING_CLI, 'build', input, '--out', graph, '--no-cache'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(child.error).toBeUndefined();
    expect(child.signal, child.stderr).toBe('SIGKILL');
    expect(await readFile(graph, 'utf8')).toBe(SENTINEL);
    const others = (await readdir(join(dir.path, 'killed'))).filter((name) => name !== 'graph.ttl');
    expect(others).toHaveLength(1);
    // Compared as bytes: the cut may fall inside a character.
    const partial = await readFile(join(dir.path, 'killed', others[0] ?? ''));
    const wholeBytes = Buffer.from(whole);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(wholeBytes.length);
    expect(wholeBytes.subarray(0, partial.length).equals(partial)).toBe(true);
  });
});
