// Extraction quality on articles about other negotiations than the sample corpus (nuclear, ceasefire, trade and peace-deal talks), built and exported through the CLI and scored by the shared scorer.
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, SCORER_PATH } from '../helpers/repo-paths.js';
import { runCli } from '../helpers/run-cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

const DEV_DIR = resolve(REPO_ROOT, 'test/fixtures/dev-articles');
const DEV_GOLD_DIR = join(DEV_DIR, 'gold');
const MIN_F1_PARTY = 0.92;
const MIN_F1_STRICT = 0.91;

/** The part of the scorer's `--json` result these tests read. */
interface ScoreResult {
  readonly mode: string;
  readonly micro: { readonly f1: number; readonly goldFacts: number; readonly predicted: number };
  readonly quotes: { readonly checked: number; readonly missing: number };
}

const run = promisify(execFile);

async function score(facts: string, mode: 'party' | 'strict'): Promise<ScoreResult> {
  const args = [SCORER_PATH, '--gold', DEV_GOLD_DIR, '--corpus', DEV_DIR, '--pred', facts, '--mode', mode, '--json'];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as ScoreResult;
}

const dir = useTempDir('dev-articles');
const results = new Map<string, ScoreResult>();
beforeAll(async () => {
  const graph = join(dir.path, 'graph.ttl');
  const facts = join(dir.path, 'facts.json');
  // The gold folder's JSON files are not articles: build reads only .txt, .md and .html.
  const build = await runCli(['build', DEV_DIR, '--out', graph], dir.path);
  if (build.code !== 0) throw new Error(`parley build of the development articles exited ${build.code}:\n${build.stderr}`);
  const exported = await runCli(['facts', '--graph', graph, '--json', '--out', facts], dir.path);
  if (exported.code !== 0) throw new Error(`parley facts exited ${exported.code}:\n${exported.stderr}`);
  for (const mode of ['party', 'strict'] as const) results.set(mode, await score(facts, mode));
});

describe.each([
  ['party', MIN_F1_PARTY],
  ['strict', MIN_F1_STRICT],
])('the development articles scored in %s mode', (mode, minF1) => {
  const result = (): ScoreResult => {
    const found = results.get(mode);
    if (found === undefined) throw new Error(`no score for mode ${mode}`);
    return found;
  };

  it('are scored in that mode against every gold fact', () => {
    expect(result().mode).toBe(mode);
    expect(result().micro.goldFacts).toBeGreaterThan(100);
    expect(result().micro.predicted).toBeGreaterThan(0);
  });

  it(`reach a micro F1 of at least ${minF1}`, () => {
    expect(result().micro.f1).toBeGreaterThanOrEqual(minF1);
  });

  it('quote only text that their article contains', () => {
    expect(result().quotes.checked).toBeGreaterThan(0);
    expect(result().quotes.missing).toBe(0);
  });
});
