// `parley build` with its article cache: a rebuild reads only new or changed articles and writes the Turtle of a clean build.
import { copyFile, mkdir, readFile, readdir, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../helpers/repo-paths.js';
import { runCli } from '../helpers/run-cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

const dir = useTempDir('build-cache');
let seeds: string[];

/** A folder `name` holding the first `count` articles of the sample corpus. */
async function corpus(name: string, count: number): Promise<string> {
  const folder = join(dir.path, name);
  await mkdir(folder, { recursive: true });
  for (const file of seeds.slice(0, count)) await copyFile(join(SEEDS_DIR, file), join(folder, file));
  return folder;
}

/** The entry files of a cache folder (one subfolder per extractor version, beside the graph's kept parts). */
async function entries(cache: string): Promise<string[]> {
  const versions = (await readdir(cache)).filter((name) => name !== 'turtle-parts');
  expect(versions).toHaveLength(1);
  return (await readdir(join(cache, versions[0] ?? ''))).sort().map((name) => join(cache, versions[0] ?? '', name));
}

/** Builds `args` and returns the Turtle written to `out` (in the test folder). */
async function build(out: string, ...args: string[]): Promise<{ turtle: string; stdout: string; stderr: string }> {
  const run = await runCli(['build', ...args, '--out', out], dir.path);
  expect(run.code, run.stderr).toBe(0);
  return { turtle: await readFile(join(dir.path, out), 'utf8'), stdout: run.stdout, stderr: run.stderr };
}

/** How many parts of the graph a build with --timings copied from the last graph, and of how many. */
function copiedParts(stderr: string): { copied: number; all: number } {
  const match = /build: ([\d,]+) of ([\d,]+) parts? of the graph copied from the last one/u.exec(stderr);
  expect(match, stderr).not.toBeNull();
  return { copied: Number(match?.[1]?.replaceAll(',', '')), all: Number(match?.[2]?.replaceAll(',', '')) };
}

beforeAll(async () => {
  seeds = (await readdir(SEEDS_DIR)).filter((name) => name.endsWith('.txt')).sort();
});

describe('parley build with the article cache', () => {
  it('after one article is added, reads only it and writes the Turtle of a clean build', async () => {
    const articles = await corpus('grows', seeds.length - 1);
    const first = await build('grows/graph.ttl', 'grows');
    expect(first.stdout).toContain(`0 of ${seeds.length - 1} articles from the cache`);
    expect(await entries(join(dir.path, 'grows', '.parley-cache'))).toHaveLength(seeds.length - 1);
    const added = seeds.at(-1) ?? '';
    await copyFile(join(SEEDS_DIR, added), join(articles, added));
    const rebuilt = await build('grows/graph.ttl', 'grows', '--jobs', '1');
    expect(rebuilt.stdout).toContain(`${seeds.length - 1} of ${seeds.length} articles from the cache`);
    const clean = await build('clean.ttl', 'grows', '--no-cache', '--jobs', '1');
    expect(rebuilt.turtle).toBe(clean.turtle);
    expect(clean.stdout).not.toContain('from the cache');
  });

  it('writes the same Turtle from the cache with one thread and with two', async () => {
    await corpus('threads', seeds.length);
    const one = await build('threads/one.ttl', 'threads', '--jobs', '1', '--cache', 'threads-cache');
    const two = await build('threads/two.ttl', 'threads', '--jobs', '2', '--cache', 'threads-cache');
    expect(two.stdout).toContain(`${seeds.length} of ${seeds.length} articles from the cache`);
    expect(two.turtle).toBe(one.turtle);
  });

  it('keeps the cache in the folder --cache names, and none with --no-cache', async () => {
    await corpus('elsewhere', 2);
    await build('elsewhere-graph/graph.ttl', 'elsewhere', '--cache', 'chosen-cache');
    expect(await entries(join(dir.path, 'chosen-cache'))).toHaveLength(2);
    await build('bare/graph.ttl', 'elsewhere', '--no-cache');
    expect(await readdir(join(dir.path, 'bare'))).toEqual(['graph.ttl']);
  });

  it('copies the parts of the last graph that stay the same, and writes the Turtle of a clean build', async () => {
    const articles = await corpus('parts', seeds.length - 1);
    const first = await build('parts/graph.ttl', 'parts', '--timings');
    expect(copiedParts(first.stderr).copied).toBe(0);
    const added = seeds.at(-1) ?? '';
    await copyFile(join(SEEDS_DIR, added), join(articles, added));
    const rebuilt = await build('parts/graph.ttl', 'parts', '--jobs', '1', '--timings');
    const { copied, all } = copiedParts(rebuilt.stderr);
    expect(copied).toBeGreaterThan(all / 2);
    expect(copied).toBeLessThan(all);
    const clean = await build('parts-clean.ttl', 'parts', '--no-cache', '--jobs', '1');
    expect(rebuilt.turtle).toBe(clean.turtle);
    // Built again with nothing new, the graph is copied whole but for the issues.
    const again = await build('parts/graph.ttl', 'parts', '--timings');
    expect(copiedParts(again.stderr).copied).toBe(copiedParts(again.stderr).all - 1);
    expect(again.turtle).toBe(clean.turtle);
  });

  it('with --force over a graph of more articles, copies what stays the same and writes the Turtle of a clean build', async () => {
    const articles = await corpus('shrinks', seeds.length);
    await build('shrinks/graph.ttl', 'shrinks');
    await rm(join(articles, seeds[0] ?? ''));
    const rebuilt = await build('shrinks/graph.ttl', 'shrinks', '--force', '--timings');
    expect(copiedParts(rebuilt.stderr).copied).toBeGreaterThan(0);
    expect(rebuilt.turtle).toBe((await build('shrinks-clean.ttl', 'shrinks', '--no-cache')).turtle);
  });

  const graphEdits: [string, (path: string) => Promise<void>][] = [
    ['edited by hand since', async (path) => writeFile(path, (await readFile(path, 'utf8')).replace(/rdfs:label "/u, 'rdfs:label "X'))],
    [
      'whose parts file is damaged',
      async (path) => {
        const folder = join(dirname(path), '.parley-cache', 'turtle-parts');
        const [name] = await readdir(folder);
        const file = join(folder, name ?? '');
        // One digit of an offset changed: the checksum no longer matches.
        await writeFile(file, (await readFile(file, 'utf8')).replace(/,(\d)/u, (_, digit: string) => `,${(Number(digit) + 1) % 10}`));
      },
    ],
  ];

  it.each(graphEdits)('copies nothing from a graph %s, and writes the Turtle of a clean build', async (name, edit) => {
    const folder = `edited-${graphEdits.findIndex(([n]) => n === name)}`;
    await corpus(folder, 3);
    const clean = await build(`${folder}/graph.ttl`, folder);
    await edit(join(dir.path, folder, 'graph.ttl'));
    const rebuilt = await build(`${folder}/graph.ttl`, folder, '--timings');
    expect(copiedParts(rebuilt.stderr).copied).toBe(0);
    expect(rebuilt.turtle).toBe(clean.turtle);
  });

  const damages: [string, (path: string) => Promise<void>][] = [
    ['cut short', async (path) => truncate(path, Math.floor((await stat(path)).size / 2))],
    ['emptied', async (path) => truncate(path, 0)],
    ['edited by one character', async (path) => writeFile(path, (await readFile(path, 'utf8')).replace('"claims":[', '"claims":[ '))],
    ['given a claim, its checksum kept', async (path) => writeFile(path, (await readFile(path, 'utf8')).replace(/"claims":\[\{/u, '"claims":[{"x":0},{'))],
    ['not text', async (path) => writeFile(path, Buffer.from([0xff, 0xfe, 0x00, 0x81]))],
    [
      'replaced by a folder',
      async (path) => {
        await rm(path);
        await mkdir(path);
      },
    ],
  ];

  it.each(damages)('reads an article again when its entry is %s, and writes the same Turtle', async (name, damage) => {
    const folder = `damaged-${damages.findIndex(([n]) => n === name)}`;
    await corpus(folder, 3);
    const clean = await build(`${folder}/graph.ttl`, folder, '--jobs', '1');
    const [entry] = await entries(join(dir.path, folder, '.parley-cache'));
    await damage(entry ?? '');
    const rebuilt = await build(`${folder}/graph.ttl`, folder, '--jobs', '1');
    expect(rebuilt.stdout).toContain('2 of 3 articles from the cache');
    expect(rebuilt.turtle).toBe(clean.turtle);
  });
});
