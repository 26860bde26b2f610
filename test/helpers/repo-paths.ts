// Paths of the repository and of the shared evaluation material beside it (sample corpus, gold facts, scorer).
import { resolve } from 'node:path';

/** Root of the repository. */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** The sample corpus: it lives next to the repository, never in it. */
export const SEEDS_DIR = resolve(REPO_ROOT, '../shared/corpus/seeds');

/** Gold facts and entities of the sample corpus. */
export const GOLD_DIR = resolve(REPO_ROOT, '../shared/eval/gold');
export const DEV2_GOLD_DIR = resolve(REPO_ROOT, '../shared/eval/dev2/gold');
/** The gold of the development articles kept as test fixtures. */
export const FIXTURES_GOLD_DIR = resolve(REPO_ROOT, 'test/fixtures/dev-articles/gold');

/** The scorer of the facts contract (plain Node). */
export const SCORER_PATH = resolve(REPO_ROOT, '../shared/eval/score.mjs');
