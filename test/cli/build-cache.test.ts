// `parley build` with its article cache: a rebuild reads only new or changed articles and writes the Turtle of a clean build.
import { copyFile, mkdir, readFile, readdir, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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

/** The entry files of a cache folder (one subfolder per extractor version). */
async function entries(cache: string): Promise<string[]> {
  const versions = await readdir(cache);
  expect(versions).toHaveLength(1);
  return (await readdir(join(cache, versions[0] ?? ''))).sort().map((name) => join(cache, versions[0] ?? '', name));
}

/** Builds `args` and returns the Turtle written to `out` (in the test folder). */
async function build(out: string, ...args: string[]): Promise<{ turtle: string; stdout: string }> {
  const run = await runCli(['build', ...args, '--out', out], dir.path);
  expect(run.code, run.stderr).toBe(0);
  return { turtle: await readFile(join(dir.path, out), 'utf8'), stdout: run.stdout };
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
