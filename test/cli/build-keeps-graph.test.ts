// A build never replaces a graph with a smaller one without being told to: an input with no article writes nothing,
// and a graph of fewer articles than the file holds is refused unless --force.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { copyFile, mkdir, readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { countGraphArticles, STALE_TEMP_AGE_MS } from '../../src/rdf/graph-file.js';
import { REPO_ROOT } from '../helpers/repo-paths.js';
import { runCli } from '../helpers/run-cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

const GOOD_ARTICLE = new URL('./fixtures/abu-dhabi-talks.txt', import.meta.url);
const HANGING_CLI = fileURLToPath(new URL('./fixtures/hang-while-writing.ts', import.meta.url));
const SECOND_ARTICLE = new URL('../fixtures/dev-articles/c_us_china_trade_geneva.txt', import.meta.url);

const dir = useTempDir('cli-keep');
/** A graph of two articles, and its text. */
let twoArticles: string;
let twoArticlesText: string;

beforeAll(async () => {
  await mkdir(join(dir.path, 'two'));
  await copyFile(GOOD_ARTICLE, join(dir.path, 'two', 'good.txt'));
  await copyFile(SECOND_ARTICLE, join(dir.path, 'two', 'geneva.txt'));
  await mkdir(join(dir.path, 'one'));
  await copyFile(GOOD_ARTICLE, join(dir.path, 'one', 'good.txt'));
  await mkdir(join(dir.path, 'empty'));
  await mkdir(join(dir.path, 'bad'));
  await writeFile(join(dir.path, 'bad', 'blank.txt'), '\n \n');
  await writeFile(join(dir.path, 'bad', 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0x00]));
  twoArticles = join(dir.path, 'two.ttl');
  const run = await runCli(['build', 'two', '--out', twoArticles], dir.path);
  if (run.code !== 0) throw new Error(`build of the test articles exited ${run.code}:\n${run.stderr}`);
  twoArticlesText = await readFile(twoArticles, 'utf8');
});

/** A copy of the two-article graph, at a fresh path. */
async function copyOfGraph(name: string): Promise<string> {
  const path = join(dir.path, `${name}.ttl`);
  await writeFile(path, twoArticlesText);
  return path;
}

describe('parley build over a graph of more articles', () => {
  it('counts the articles of a graph file, which ends by saying how many it holds', async () => {
    expect(twoArticlesText).toMatch(/\.\n# 2 articles; SHA-256 of the text above: [0-9a-f]{64}\n$/);
    expect(await countGraphArticles(twoArticles)).toBe(2);
    expect(await countGraphArticles(join(dir.path, 'absent.ttl'))).toBeUndefined();
  });

  it('keeps the old graph, says why and exits 1', async () => {
    const out = await copyOfGraph('fewer');
    const run = await runCli(['build', 'one', '--out', out], dir.path);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`parley: build: ${out} holds 2 articles; this build read 1. Kept the old graph; use --force to replace it.`);
    expect(await readFile(out, 'utf8')).toBe(twoArticlesText);
  });

  it('replaces it with --force', async () => {
    const out = await copyOfGraph('forced');
    const run = await runCli(['build', 'one', '--out', out, '--force'], dir.path);
    expect(run.code, run.stderr).toBe(0);
    expect(await countGraphArticles(out)).toBe(1);
  });

  it('replaces a graph of as many articles', async () => {
    const out = await copyOfGraph('same');
    const run = await runCli(['build', 'two', '--out', out], dir.path);
    expect(run.code, run.stderr).toBe(0);
  });
});

describe.each([
  ['an empty folder', 'empty', 'no .txt, .md or .html files in empty'],
  ['a folder whose every file is skipped', 'bad', 'every file was skipped'],
])('parley build of %s', (_name, input, why) => {
  it.each([[[] as string[]], [['--force']]])('writes nothing, says why and exits 1 (flags %j)', async (flags) => {
    const out = await copyOfGraph(`${input}-${flags.length}`);
    const fresh = join(dir.path, `${input}-${flags.length}-fresh.ttl`);
    for (const target of [out, fresh]) {
      const run = await runCli(['build', input, '--out', target, ...flags], dir.path);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`parley: build: ${why}`);
      expect(run.stdout).toBe('');
    }
    expect(await readFile(out, 'utf8')).toBe(twoArticlesText);
    await expect(readFile(fresh)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('temporary files of killed builds', () => {
  it('removes a stale one beside the output and leaves a fresh one', async () => {
    await mkdir(join(dir.path, 'temps'));
    const out = join(dir.path, 'temps', 'graph.ttl');
    const stale = `${out}.1234567890`;
    const fresh = `${out}.987654321`;
    const unrelated = `${out}.backup`;
    for (const path of [stale, fresh, unrelated]) await writeFile(path, '@prefix');
    const old = new Date(Date.now() - 2 * STALE_TEMP_AGE_MS);
    await utimes(stale, old, old);
    await utimes(unrelated, old, old);
    const run = await runCli(['build', 'one', '--out', out, '--no-cache'], dir.path);
    expect(run.code, run.stderr).toBe(0);
    expect((await readdir(join(dir.path, 'temps'))).sort()).toEqual(['graph.ttl', 'graph.ttl.987654321', 'graph.ttl.backup']);
  });
});

describe.each(['SIGTERM', 'SIGINT'] as const)('a build stopped by %s while writing the graph', (signal) => {
  it('removes its temporary file, keeps the old graph and dies by the signal', async () => {
    const folder = join(dir.path, `stopped-${signal}`);
    await mkdir(folder);
    const out = join(folder, 'graph.ttl');
    await writeFile(out, twoArticlesText);
    const tsx = createRequire(import.meta.url).resolve('tsx');
    const child = spawn(process.execPath, ['--import', tsx, HANGING_CLI, 'build', join(dir.path, 'two'), '--out', out, '--force', '--no-cache'], { cwd: REPO_ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, killedBy) => resolve(killedBy)));
    let writing = false;
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (!writing && chunk.toString().includes('writing')) {
          writing = true;
          resolve();
        }
      });
      child.on('exit', () => resolve());
    });
    expect(writing, stderr).toBe(true);
    // The temporary file is there while the write is in flight.
    expect((await readdir(folder)).length).toBe(2);
    child.kill(signal);
    expect(await ended).toBe(signal);
    expect(await readdir(folder)).toEqual(['graph.ttl']);
    expect(await readFile(out, 'utf8')).toBe(twoArticlesText);
  });
});
