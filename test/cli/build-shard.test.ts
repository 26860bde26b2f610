// `parley build --shard i/n --results DIR` and `parley merge`: shards built apart resolve into the graph of one build.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../helpers/repo-paths.js';
import { runCli } from '../helpers/run-cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

const dir = useTempDir('build-shard');
let whole: string;

/** Runs `parley <args>` in the test folder and expects `code`. */
async function parley(code: number, ...args: string[]): Promise<{ stdout: string; stderr: string }> {
  const run = await runCli(args, dir.path);
  expect(run.code, run.stderr).toBe(code);
  return run;
}

beforeAll(async () => {
  await parley(0, 'build', SEEDS_DIR, '--out', 'whole.ttl', '--no-cache');
  whole = await readFile(join(dir.path, 'whole.ttl'), 'utf8');
});

describe('parley build --shard and parley merge', () => {
  it('builds shards 1/2 and 2/2 into their own folders; their merge is byte for byte the graph of one build', async () => {
    const first = await parley(0, 'build', SEEDS_DIR, '--shard', '1/2', '--results', 'halves-1', '--jobs', '1');
    expect(first.stdout).toMatch(/^halves-1\/shard-1-of-2\.json: shard 1\/2: 3 of 5 files, 3 articles\n/u);
    await parley(0, 'build', SEEDS_DIR, '--shard', '2/2', '--results', 'halves-2', '--jobs', '2');
    const merged = await parley(0, 'merge', 'halves-1', 'halves-2', '--out', 'merged.ttl');
    expect(merged.stdout).toContain('5 articles from 2 folders of shard results');
    expect(await readFile(join(dir.path, 'merged.ttl'), 'utf8')).toBe(whole);
  });

  it('merges three shards written to one folder, each article in exactly one', async () => {
    const counts: number[] = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const run = await parley(0, 'build', SEEDS_DIR, '--shard', shard, '--results', 'thirds');
      counts.push(Number(/, (\d+) articles?/u.exec(run.stdout)?.[1]));
    }
    expect(counts).toEqual([2, 2, 1]);
    await parley(0, 'merge', 'thirds', '--out', 'thirds.ttl');
    expect(await readFile(join(dir.path, 'thirds.ttl'), 'utf8')).toBe(whole);
  });

  it('writes every article as one shard with --results alone, and reuses results already there', async () => {
    await parley(0, 'build', SEEDS_DIR, '--results', 'all');
    const again = await parley(0, 'build', SEEDS_DIR, '--results', 'all');
    expect(again.stdout).toMatch(/shard 1\/1: 5 of 5 files, 5 articles \(5 already there\)/u);
    await parley(0, 'merge', 'all', '--out', 'all.ttl');
    expect(await readFile(join(dir.path, 'all.ttl'), 'utf8')).toBe(whole);
  });

  it.each([
    [['build', SEEDS_DIR, '--shard', '3/2', '--results', 'r'], /^parley: build: option '--shard <i\/n>' argument '3\/2' is invalid/u],
    [['build', SEEDS_DIR, '--shard', '0/2', '--results', 'r'], /^parley: build: option '--shard <i\/n>' argument '0\/2' is invalid/u],
    [['build', SEEDS_DIR, '--shard', 'half', '--results', 'r'], /^parley: build: option '--shard <i\/n>' argument 'half' is invalid/u],
    [['build', SEEDS_DIR, '--shard', '1/2'], /^parley: build: --shard 1\/2 needs --results DIR/u],
    [['build', SEEDS_DIR, '--shard', '1/2', '--results', 'r', '--cache', 'c'], /^parley: build: --cache c cannot go with --results r/u],
    [['build', SEEDS_DIR, '--shard', '1/2', '--results', 'r', '--out', 'g.ttl'], /^parley: build: --out g\.ttl cannot go with --results r/u],
    [['merge', 'no-such-folder'], /^parley: merge: no such folder: no-such-folder/u],
    [['merge', '.'], /^parley: merge: \S+: no shard results in it/u],
  ])('parley %j exits 2 and says why', async (args, message) => {
    const run = await parley(2, ...args);
    expect(run.stderr).toMatch(message);
  });

  it('refuses to merge when a shard is missing, given twice, of another division, or when an entry is damaged', async () => {
    for (const shard of ['1/2', '2/2']) await parley(0, 'build', SEEDS_DIR, '--shard', shard, '--results', 'checked');
    await parley(0, 'build', SEEDS_DIR, '--shard', '1/3', '--results', 'other-division');
    expect((await parley(1, 'merge', 'halves-1', '--out', 'm.ttl')).stderr).toMatch(/^parley: merge: missing shard 2\/2 /u);
    expect((await parley(1, 'merge', 'checked', 'halves-1', '--out', 'm.ttl')).stderr).toMatch(/^parley: merge: shard 1\/2 is given twice: /u);
    expect((await parley(1, 'merge', 'checked', 'other-division', '--out', 'm.ttl')).stderr).toMatch(/^parley: merge: other-division\/shard-1-of-3\.json: shard 1\/3 of another corpus or division/u);
    const [version = ''] = await readdir(join(dir.path, 'checked'), { withFileTypes: true }).then((entries) => entries.filter((e) => e.isDirectory()).map((e) => e.name));
    const [entry = ''] = await readdir(join(dir.path, 'checked', version));
    await writeFile(join(dir.path, 'checked', version, entry), 'not an entry');
    expect((await parley(1, 'merge', 'checked', '--out', 'm.ttl')).stderr).toMatch(/^parley: merge: checked\/[0-9a-f]+\/[0-9a-f]+\.json: missing or damaged; build that shard again\./u);
    await expect(readFile(join(dir.path, 'm.ttl'))).rejects.toThrow();
  });
});
