// Benchmark of `parley build` on generated distinct articles: the whole CLI in a child process, stage times, peak memory,
// and wink-nlp alone on the same texts. Prints figures; asserts nothing.
// With --incremental, also a build with --jobs 1 that fills the article cache, and the rebuild after one article is added.
// With --ceiling, also the speed-up that processes sharing nothing get on this machine, which bounds what threads can.
// Run: npm run bench [-- --sizes 1000,10000] [--jobs 1,2] [--seed 1] [--incremental] [--ceiling]
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { packagePath } from '../../src/package-root.js';
import { WINK_ANNOTATIONS } from '../../src/nlp/tokenize.js';
import { generateCorpus, writeCorpus } from './generate-corpus.js';

interface Run {
  readonly articles: number;
  readonly megabytes: number;
  readonly seconds: number;
  readonly peakMiB: number;
  readonly timings: string;
  /** With the cache, what the build says it copied of the last graph ("32,584 of 32,750 parts"). */
  readonly copied?: string | undefined;
  readonly exitCode: number | null;
  /** `--jobs` as given to the build, undefined for the default. */
  readonly jobs?: number | undefined;
}

function numbers(list: string, flag: string): number[] {
  const values = list.split(',').map(Number);
  if (values.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`bench: ${flag} ${list}. Expecting whole numbers separated by commas.`);
  return values;
}

/**
 * `node bin/parley.js build dir --timings`, timed from outside; its own last stderr line gives stage times and peak RSS.
 * Without the article cache unless `cache` names its folder. The graph file of an earlier run is removed first, unless
 * `replace`: a build that replaces a graph first counts the articles of the old one, which would fall on every run but
 * the first and make thread counts incomparable.
 */
async function build(dir: string, jobs: number | undefined, cache?: string, out = 'graph.ttl', replace = false): Promise<Omit<Run, 'articles' | 'megabytes'>> {
  if (!replace) await rm(join(dir, out), { force: true });
  const args = [packagePath('bin', 'parley.js'), 'build', join(dir, 'articles'), '--out', join(dir, out), '--timings'];
  args.push(...(cache === undefined ? ['--no-cache'] : ['--cache', cache]));
  if (jobs !== undefined) args.push('--jobs', String(jobs));
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const seconds = (performance.now() - started) / 1000;
      const line = /timings: (.*); peak RSS (\d+) MiB/.exec(stderr);
      if (line === null) return reject(new Error(`bench: parley build printed no timings (exit ${exitCode}):\n${stderr}`));
      const copied = /: ([\d,]+ of [\d,]+ parts?) of the graph copied from the last one/.exec(stderr)?.[1];
      resolve({ seconds, timings: line[1] ?? '', peakMiB: Number(line[2]), exitCode, copied });
    });
  });
}

/** MB/s of wink-nlp alone on the texts (tokens, tags and lemmas, with the annotations Parley runs): the floor of what the nlp stage can cost. */
function winkMegabytesPerSecond(texts: readonly string[]): number {
  const nlp = winkNLP(model, WINK_ANNOTATIONS);
  const its = nlp.its;
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const started = performance.now();
  for (const text of texts) {
    const tokens = nlp.readDoc(text).tokens();
    tokens.out(its.value);
    tokens.out(its.pos);
    // The typings omit the model add-ons that its.lemma reads; the lite model ships them.
    tokens.out(its.lemma as unknown as typeof its.value);
  }
  return bytes / 1024 / 1024 / ((performance.now() - started) / 1000);
}

/** Reads and extracts every `shares`-th article of a folder from the `share`-th on, in a process of its own; prints nothing. */
const EXTRACT_SHARE = `
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
const [dir, share, shares] = process.argv.slice(1);
const { readAndExtract } = await import(${JSON.stringify(pathToFileURL(packagePath('dist', 'src', 'pipeline.js')).href)});
const files = (await readdir(dir)).sort().filter((_, i) => i % Number(shares) === Number(share));
for (const file of files) await readAndExtract(join(dir, file), 5 << 20);
`;

/** Seconds for `shares` processes started together to read and extract a share each of the articles in `dir`. */
async function extractInProcesses(dir: string, shares: number): Promise<number> {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: shares }, (_, share) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', EXTRACT_SHARE, dir, String(share), String(shares)], { stdio: 'inherit' });
      return new Promise<void>((resolve, reject) => child.on('error', reject).on('close', (code) => (code === 0 ? resolve() : reject(new Error(`bench: a share of the extraction exited with ${code}`)))));
    }),
  );
  return (performance.now() - started) / 1000;
}

/**
 * The most that `jobs` threads can gain on this machine: the same per-article work in one process, then split among
 * `jobs` processes that share nothing. Cores that share caches, memory bandwidth or a host's physical core bound it.
 */
async function ceiling(dir: string, jobs: number): Promise<void> {
  const one = await extractInProcesses(join(dir, 'articles'), 1);
  const many = await extractInProcesses(join(dir, 'articles'), jobs);
  console.log(`  reading and extracting in 1 process: ${one.toFixed(1)} s; in ${jobs} processes at once: ${many.toFixed(1)} s (x${(one / many).toFixed(2)}, the ceiling for --jobs ${jobs})`);
}

/**
 * With --jobs 1: a clean build without the cache, one that fills an empty cache, then the rebuild with that cache once
 * the next article of the corpus is added, and whether its Turtle is that of a clean build of the grown corpus.
 */
async function incremental(dir: string, size: number, seed: number): Promise<void> {
  const cache = join(dir, 'cache');
  const report = (what: string, run: Omit<Run, 'articles' | 'megabytes'>, base?: number): void => {
    const share = base === undefined ? '' : ` (${((100 * run.seconds) / base).toFixed(1)}% of the clean build)`;
    const copied = run.copied === undefined ? '' : `\n    copied from the last graph: ${run.copied}`;
    console.log(`  ${what} (exit ${run.exitCode}): ${run.seconds.toFixed(2)} s${share}, peak RSS ${run.peakMiB} MiB\n    stages: ${run.timings}${copied}`);
  };
  const clean = await build(dir, 1);
  report('clean build --jobs 1 --no-cache', clean);
  report('clean build --jobs 1 filling an empty cache', await build(dir, 1, cache, 'rebuilt.ttl'), clean.seconds);
  const added = generateCorpus(size + 1, seed).at(-1);
  if (added === undefined) return;
  await writeFile(join(dir, 'articles', added.file), added.text);
  // As a user rebuilds: over the graph of the build before, whose articles are counted first.
  report(`rebuild --jobs 1 with the cache after adding ${added.file}, replacing the graph`, await build(dir, 1, cache, 'rebuilt.ttl', true), clean.seconds);
  await build(dir, 1, undefined, 'clean.ttl');
  const same = (await readFile(join(dir, 'rebuilt.ttl'), 'utf8')) === (await readFile(join(dir, 'clean.ttl'), 'utf8'));
  console.log(`  its Turtle is ${same ? '' : 'NOT '}byte-identical to a clean --no-cache build of the ${size + 1} articles`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { sizes: { type: 'string', default: '1000' }, jobs: { type: 'string' }, seed: { type: 'string', default: '1' }, incremental: { type: 'boolean', default: false }, ceiling: { type: 'boolean', default: false } },
  });
  const sizes = numbers(values.sizes, '--sizes');
  const jobsList = values.jobs === undefined ? [undefined] : numbers(values.jobs, '--jobs');
  const seed = Number(values.seed);
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.version}; corpus seed ${seed}`);
  const runs: Run[] = [];
  for (const size of sizes) {
    const dir = await mkdtemp(join(tmpdir(), 'parley-bench-'));
    try {
      const bytes = await writeCorpus(join(dir, 'articles'), size, seed);
      const megabytes = bytes / 1024 / 1024;
      const files = (await readdir(join(dir, 'articles'))).sort();
      const wink = winkMegabytesPerSecond(await Promise.all(files.map((file) => readFile(join(dir, 'articles', file), 'utf8'))));
      console.log(`\n${size} articles, ${megabytes.toFixed(2)} MB; wink-nlp alone: ${wink.toFixed(2)} MB/s`);
      for (const jobs of jobsList) {
        const run = { articles: size, megabytes, jobs, ...(await build(dir, jobs)) };
        runs.push(run);
        const mbs = megabytes / run.seconds;
        console.log(
          `  parley build${jobs === undefined ? '' : ` --jobs ${jobs}`} (exit ${run.exitCode}): ${run.seconds.toFixed(1)} s, ` +
            `${(size / run.seconds).toFixed(1)} articles/s, ${mbs.toFixed(3)} MB/s (${(mbs / wink).toFixed(3)}x wink-nlp), peak RSS ${run.peakMiB} MiB`,
        );
        console.log(`    stages: ${run.timings}`);
      }
      if (values.ceiling) await ceiling(dir, Math.max(2, ...jobsList.map((jobs) => jobs ?? availableParallelism())));
      if (values.incremental) await incremental(dir, size, seed);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  // The growth from the smallest size to the largest, compared at the same thread count.
  for (const jobs of jobsList) {
    const same = runs.filter((run) => run.jobs === jobs);
    const first = same[0];
    const last = same.at(-1);
    if (first === undefined || last === undefined || last.articles <= first.articles) continue;
    const factor = last.articles / first.articles;
    console.log(
      `\ngrowth ${first.articles} -> ${last.articles} articles (x${factor})${jobs === undefined ? '' : ` with --jobs ${jobs}`}: time x${(last.seconds / first.seconds).toFixed(1)}, peak RSS x${(last.peakMiB / first.peakMiB).toFixed(1)}`,
    );
  }
}

await main();
