// Fuzzing benchmark: builds 10,000 seeded cases of hostile files (test/fuzz/hostile-files.ts) and prints the cases,
// crashes, articles read, files skipped by reason and time. Asserts nothing. Run: npm run bench:fuzz [-- CASES SEED]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildCase, hostileCase, reasonKind } from '../fuzz/hostile-files.js';

const CASES = Number(process.argv[2] ?? 10_000);
const SEED = Number(process.argv[3] ?? 20_251_201);

const root = await mkdtemp(join(tmpdir(), 'parley-bench-fuzz-'));
const skips = new Map<string, number>();
const crashes: string[] = [];
let files = 0;
let bytes = 0;
let articles = 0;
let slowest = 0;
const started = performance.now();
try {
  const cases = fc.sample(hostileCase(), { seed: SEED, numRuns: CASES });
  for (const [i, caseFiles] of cases.entries()) {
    files += caseFiles.length;
    bytes += caseFiles.reduce((sum, file) => sum + file.bytes.length, 0);
    const folder = join(root, String(i));
    const caseStarted = performance.now();
    try {
      const outcome = await buildCase(await mkdtemp(`${folder}-`), caseFiles);
      articles += outcome.articles;
      for (const problem of outcome.problems) {
        const kind = reasonKind(problem.reason);
        skips.set(kind, (skips.get(kind) ?? 0) + 1);
      }
    } catch (error) {
      crashes.push(`case ${i}: ${error instanceof Error ? error.message : String(error)}`);
    }
    slowest = Math.max(slowest, performance.now() - caseStarted);
  }
} finally {
  await rm(root, { recursive: true, force: true });
}
const seconds = (performance.now() - started) / 1000;

console.log(`fuzz: ${CASES} cases (seed ${SEED}), ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB`);
console.log(`crashes: ${crashes.length}`);
for (const crash of crashes.slice(0, 10)) console.log(`  ${crash}`);
console.log(`articles read: ${articles}; files skipped: ${[...skips.values()].reduce((a, b) => a + b, 0)}`);
for (const [kind, count] of [...skips.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(6)}  ${kind}`);
console.log(`time: ${seconds.toFixed(1)} s, ${((1000 * seconds) / CASES).toFixed(1)} ms a case, slowest case ${(slowest / 1000).toFixed(2)} s`);
