// Fuzzing: builds of hostile files (see hostile-files.ts) never crash, write Turtle that parses back, and report every
// file they skip with its path. Seeded, so a failure replays; `npm run bench:fuzz` runs many more cases.
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir.js';
import { buildCase, hostileCase, reasonKind } from './hostile-files.js';

const dir = useTempDir('fuzz');

describe('a build of hostile files', () => {
  it('never crashes, writes Turtle that parses, and reports each file it skips', async () => {
    const kinds = new Set<string>();
    await fc.assert(
      fc.asyncProperty(hostileCase(), async (files) => {
        const outcome = await buildCase(await mkdtemp(join(dir.path, 'case-')), files);
        for (const problem of outcome.problems) kinds.add(reasonKind(problem.reason));
      }),
      { seed: 20_251_201, numRuns: 300 },
    );
    // The generator reaches the main reasons a file is skipped.
    expect([...kinds]).toEqual(expect.arrayContaining(['empty file', 'binary file', 'not valid UTF-8']));
  }, 300_000);

  it.each([
    ['reasonKind', 'not valid UTF-8: byte 0xE9 at offset 3 (Latin-1 or Windows-1252?); save it as UTF-8', 'not valid UTF-8'],
    ['reasonKind', 'too long to read: a sentence of 900 words, more than the limit of 500 (sentence 2)', 'too long to read'],
    ['reasonKind', 'binary file (12% control characters)', 'binary file'],
  ])('%s(%j) is %j', (_name, reason, kind) => {
    expect(reasonKind(reason)).toBe(kind);
  });
});
