// Extraction quality on every evaluation set whose texts are present: builds each set through the CLI, exports its facts and
// prints the shared scorer's summary, P/R/F1 per predicate and F1 per article. Prints figures; asserts nothing.
// Run: npm run eval [-- --set NAME] [-- --verbose]
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { DEV2_GOLD_DIR, FIXTURES_GOLD_DIR, GOLD_DIR, REPO_ROOT, SCORER_PATH, SEEDS_DIR } from '../helpers/repo-paths.js';

const run = promisify(execFile);

interface EvalSet {
  readonly name: string;
  readonly corpus: string;
  readonly gold: string;
  readonly what: string;
}

/** The sets, in the order they are printed. Dev2's texts are third-party: they live in a git-ignored folder. */
const SETS: readonly EvalSet[] = [
  { name: 'sample', corpus: SEEDS_DIR, gold: GOLD_DIR, what: 'the sample corpus' },
  {
    name: 'fixtures',
    corpus: resolve(REPO_ROOT, 'test/fixtures/dev-articles'),
    gold: FIXTURES_GOLD_DIR,
    what: 'articles written for the tests',
  },
  {
    name: 'dev2',
    corpus: resolve(REPO_ROOT, 'eval-texts/dev2'),
    gold: DEV2_GOLD_DIR,
    what: 'real articles on other negotiations (texts in eval-texts/dev2, see ../shared/eval/README.md)',
  },
];

interface ScoreRow {
  readonly predicate: string;
  readonly gold: number;
  readonly predicted: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

interface Score {
  readonly micro: { readonly f1: number; readonly goldFacts: number };
  readonly rows: readonly ScoreRow[];
}

async function node(args: readonly string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [...args], { maxBuffer: 64 * 1024 * 1024, cwd: REPO_ROOT });
  return stdout;
}

function scorerArgs(gold: string, corpus: string, facts: string, extra: readonly string[]): string[] {
  return [SCORER_PATH, '--gold', gold, '--corpus', corpus, '--pred', facts, ...extra];
}

/** The scorer's last line: its one-line summary. */
function lastLine(text: string): string {
  return text.trimEnd().split('\n').at(-1) ?? '';
}

const fixed = (n: number): string => n.toFixed(2);

/** F1 of each article alone: the scorer run on a gold folder holding that article's file and the entities. */
async function f1PerArticle(set: EvalSet, facts: string, scratch: string): Promise<Array<[string, number, number]>> {
  const files = (await readdir(set.gold)).filter((f) => f.endsWith('.json') && f !== 'entities.json').sort();
  const out: Array<[string, number, number]> = [];
  for (const file of files) {
    const gold = join(scratch, `gold-${file}`);
    await mkdir(gold, { recursive: true });
    await copyFile(join(set.gold, 'entities.json'), join(gold, 'entities.json'));
    await copyFile(join(set.gold, file), join(gold, file));
    const score = JSON.parse(await node(scorerArgs(gold, set.corpus, facts, ['--json']))) as Score;
    out.push([file.replace(/\.json$/u, ''), score.micro.f1, score.micro.goldFacts]);
  }
  return out;
}

async function evaluate(set: EvalSet, verbose: boolean): Promise<void> {
  console.log(`\n== ${set.name}: ${set.what}`);
  if (!existsSync(set.corpus)) {
    console.log(`   texts not present at ${set.corpus}: skipped`);
    return;
  }
  const scratch = await mkdtemp(join(tmpdir(), `parley-eval-${set.name}-`));
  try {
    const graph = join(scratch, 'graph.ttl');
    const facts = join(scratch, 'facts.json');
    // A build that skips a file still writes the rest (exit 1); the skip is printed so the figures are not misread.
    await run(process.execPath, ['bin/parley.js', 'build', set.corpus, '--out', graph], { cwd: REPO_ROOT }).catch((error: { stderr?: string }) => {
      if (!existsSync(graph)) throw error;
      console.log(error.stderr?.trimEnd());
    });
    await node(['bin/parley.js', 'facts', '--graph', graph, '--json', '--out', facts]);
    const party = JSON.parse(await node(scorerArgs(set.gold, set.corpus, facts, ['--json']))) as Score;
    console.log(`party:  ${lastLine(await node(scorerArgs(set.gold, set.corpus, facts, [])))}`);
    console.log(`strict: ${lastLine(await node(scorerArgs(set.gold, set.corpus, facts, ['--mode', 'strict'])))}`);
    console.log('predicate   gold  pred     P     R    F1');
    for (const r of party.rows) {
      console.log(`${r.predicate.padEnd(10)} ${String(r.gold).padStart(5)} ${String(r.predicted).padStart(5)}  ${fixed(r.precision)}  ${fixed(r.recall)}  ${fixed(r.f1)}`);
    }
    console.log('F1 per article (gold facts):');
    for (const [article, f1, gold] of await f1PerArticle(set, facts, scratch)) console.log(`  ${fixed(f1)}  (${String(gold).padStart(3)})  ${article}`);
    if (verbose) console.log(await node(scorerArgs(set.gold, set.corpus, facts, ['--verbose'])));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

const { values } = parseArgs({ options: { set: { type: 'string', multiple: true }, verbose: { type: 'boolean', default: false } } });
const chosen = values.set?.length ? SETS.filter((s) => values.set?.includes(s.name)) : SETS;
if (chosen.length === 0) {
  console.error(`parley: eval: no set named ${values.set?.join(', ')}; sets: ${SETS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
for (const set of chosen) await evaluate(set, values.verbose);
