// The extraction quality of the whole pipeline on the sample corpus: built and exported through the CLI, scored by the shared scorer.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { GOLD_DIR, SCORER_PATH, SEEDS_DIR } from '../helpers/repo-paths.js';
import { buildSampleGraph, exportFactsFile } from '../helpers/sample-graph.js';
import { useTempDir } from '../helpers/temp-dir.js';

const MIN_F1_PARTY = 0.95;
const MIN_F1_STRICT = 0.95;
const MIN_ENTITIES_FOUND = 19;

/** The part of the scorer's `--json` result these tests read. */
interface ScoreResult {
  readonly mode: string;
  readonly micro: { readonly precision: number; readonly recall: number; readonly f1: number; readonly goldFacts: number; readonly predicted: number };
  readonly entities: { readonly counted: number; readonly found: number; readonly split: number; readonly overmerged: number };
  readonly quotes: { readonly checked: number; readonly missing: number };
}

const run = promisify(execFile);

async function score(facts: string, mode: 'party' | 'strict'): Promise<ScoreResult> {
  const args = [SCORER_PATH, '--gold', GOLD_DIR, '--corpus', SEEDS_DIR, '--pred', facts, '--mode', mode, '--json'];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as ScoreResult;
}

const dir = useTempDir('score');
const results = new Map<string, ScoreResult>();
beforeAll(async () => {
  const { path } = await exportFactsFile(await buildSampleGraph(dir.path), dir.path);
  for (const mode of ['party', 'strict'] as const) results.set(mode, await score(path, mode));
});

describe.each([
  ['party', MIN_F1_PARTY],
  ['strict', MIN_F1_STRICT],
])('the sample corpus scored in %s mode', (mode, minF1) => {
  const result = (): ScoreResult => {
    const found = results.get(mode);
    if (found === undefined) throw new Error(`no score for mode ${mode}`);
    return found;
  };

  it('is scored in that mode against every gold fact', () => {
    expect(result().mode).toBe(mode);
    expect(result().micro.goldFacts).toBeGreaterThan(100);
    expect(result().micro.predicted).toBeGreaterThan(0);
  });

  it(`reaches a micro F1 of at least ${minF1}`, () => {
    expect(result().micro.f1).toBeGreaterThanOrEqual(minF1);
  });

  it('quotes only text that its article contains', () => {
    expect(result().quotes.checked).toBeGreaterThan(0);
    expect(result().quotes.missing).toBe(0);
  });

  it('neither merges two real entities into one nor splits one across several', () => {
    expect(result().entities.counted).toBeGreaterThan(0);
    expect(result().entities.overmerged).toBe(0);
    expect(result().entities.split).toBe(0);
  });

  it('finds every gold entity', () => {
    expect(result().entities.counted).toBeGreaterThanOrEqual(MIN_ENTITIES_FOUND);
    expect(result().entities.found).toBe(result().entities.counted);
  });
});
