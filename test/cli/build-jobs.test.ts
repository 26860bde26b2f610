// `parley build --jobs N`: the same Turtle whatever the number of threads, and a usage error for a bad count.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../helpers/repo-paths.js';
import { runCli } from '../helpers/run-cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

const dir = useTempDir('build-jobs');

describe('parley build --jobs', () => {
  it('writes byte-identical Turtle with one thread and with two', async () => {
    const turtles: string[] = [];
    for (const jobs of ['1', '2']) {
      const out = join(dir.path, `graph-${jobs}.ttl`);
      const run = await runCli(['build', SEEDS_DIR, '--out', out, '--jobs', jobs], dir.path);
      expect(run.code).toBe(0);
      turtles.push(await readFile(out, 'utf8'));
    }
    expect(turtles[1]).toBe(turtles[0]);
  });

  it('prints stage times and peak memory with --timings', async () => {
    const run = await runCli(['build', SEEDS_DIR, '--out', join(dir.path, 'timed.ttl'), '--timings', '--jobs', '2'], dir.path);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^parley build: timings: read .* s, extract .* s, articles .* s, resolve .* s, quads .* s, check .* s, turtle .* s, write .* s; peak RSS \d+ MiB$/m);
  });

  it.each(['0', '-1', '1.5', 'many'])('exits 2 for --jobs %s', async (jobs) => {
    const run = await runCli(['build', SEEDS_DIR, '--out', join(dir.path, 'bad.ttl'), '--jobs', jobs], dir.path);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--jobs');
  });
});
