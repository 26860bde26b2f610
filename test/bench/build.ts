// Benchmark of a build: the sample corpus made into 1,000+ distinct articles, built in memory and from files, and compared
// with the NLP package alone on the same texts. Prints figures; asserts nothing. Run: npx tsx test/bench/build.ts
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { articleFromText } from '../../src/ingest/index.js';
import { buildGraph, buildGraphFromArticles } from '../../src/pipeline.js';
import { toQuads } from '../../src/rdf/to-quads.js';
import { readTurtle, writeTurtle } from '../../src/rdf/turtle.js';
import { validateGraph } from '../../src/rdf/validate-graph.js';
import type { Article } from '../../src/types.js';
import { SEEDS_DIR } from '../helpers/repo-paths.js';
import { runCli } from '../helpers/run-cli.js';

/** At least this many distinct articles are built. */
const MIN_ARTICLES = 1000;

interface Copy {
  readonly file: string;
  readonly source: string;
}

/** Copy `n` of a seed: a first line of its own and the first number of the text raised by n, so no two copies share an id. */
function copyOf(seed: Copy, n: number): Copy {
  const body = seed.source.replace(/\d+/u, (digits) => String(Number(digits) + n));
  return { file: `report-${String(n).padStart(4, '0')}-${seed.file}`, source: `Report ${n} from the desk.\n${body}` };
}

function seconds(since: number): number {
  return (performance.now() - since) / 1000;
}

function megabytes(bytes: number): number {
  return bytes / 1024 / 1024;
}

/** Peak resident memory of the process so far, in MiB (maxRSS is in KiB). */
function peakMiB(): string {
  return `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`;
}

/** Heap in use now and the peak resident memory so far: maxRSS only grows, so later phases show the heap as well. */
function memory(): string {
  return `heap ${megabytes(process.memoryUsage().heapUsed).toFixed(0)} MiB, peak RSS ${peakMiB()}`;
}

function rate(articles: number, bytes: number, time: number): string {
  return `${time.toFixed(2)} s, ${(articles / time).toFixed(1)} articles/s, ${(megabytes(bytes) / time).toFixed(3)} MB/s`;
}

/** Tokens, tags and lemmas of each text with wink-nlp alone: the floor of what the nlp stage can cost. */
function winkOnly(nlp: ReturnType<typeof winkNLP>, texts: readonly string[]): number {
  const its = nlp.its;
  let tokens = 0;
  for (const text of texts) {
    const list = nlp.readDoc(text).tokens();
    tokens += (list.out(its.value) as string[]).length;
    list.out(its.pos);
    // The typings omit the model add-ons that its.lemma reads; the lite model ships them.
    list.out(its.lemma as unknown as typeof its.value);
  }
  return tokens;
}

async function main(): Promise<void> {
  const cpu = cpus();
  console.log(`machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.version}`);

  const seedFiles = (await readdir(SEEDS_DIR)).filter((file) => file.endsWith('.txt')).sort();
  const seeds: Copy[] = await Promise.all(seedFiles.map(async (file) => ({ file, source: await readFile(join(SEEDS_DIR, file), 'utf8') })));
  const rounds = Math.ceil(MIN_ARTICLES / seeds.length);
  const copies = Array.from({ length: rounds }, (_, n) => seeds.map((seed) => copyOf(seed, n + 1))).flat();
  const bytes = copies.reduce((sum, copy) => sum + Buffer.byteLength(copy.source), 0);

  // Warm up: the model loads, the code is compiled, the shapes are read.
  const nlp = winkNLP(model);
  const warm = seeds.map((seed) => articleFromText(seed.source, seed.file));
  winkOnly(nlp, warm.map((article) => article.text));
  await validateGraph(readTurtle(writeTurtle(toQuads(buildGraphFromArticles(warm))), 'warm-up'));

  let start = performance.now();
  const articles: Article[] = copies.map((copy) => articleFromText(copy.source, copy.file));
  const ingestTime = seconds(start);
  const distinct = new Set(articles.map((article) => article.id)).size;
  console.log(`corpus: ${seeds.length} seeds x ${rounds} = ${articles.length} articles (${distinct} distinct ids), ${megabytes(bytes).toFixed(2)} MB`);
  console.log(`ingest (articleFromText): ${rate(articles.length, bytes, ingestTime)}`);

  start = performance.now();
  const graph = buildGraphFromArticles(articles);
  const buildTime = seconds(start);
  console.log(`buildGraphFromArticles: ${rate(articles.length, bytes, buildTime)}; ${graph.entities.length} entities, ${graph.claims.length} claims; ${memory()}`);

  const texts = articles.map((article) => article.text);
  const textBytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  start = performance.now();
  const tokens = winkOnly(nlp, texts);
  const nlpTime = seconds(start);
  console.log(`wink-nlp alone (readDoc, value/pos/lemma): ${rate(texts.length, textBytes, nlpTime)}; ${tokens} tokens`);
  console.log(`pipeline / NLP time: ${(buildTime / nlpTime).toFixed(1)}x (buildGraphFromArticles ${buildTime.toFixed(2)} s, wink-nlp ${nlpTime.toFixed(2)} s)`);

  const dir = await mkdtemp(join(tmpdir(), 'parley-bench-'));
  try {
    await mkdir(join(dir, 'articles'));
    for (const copy of copies) await writeFile(join(dir, 'articles', copy.file), copy.source);
    start = performance.now();
    const fromFiles = await buildGraph([join(dir, 'articles')]);
    const filesTime = seconds(start);
    console.log(`buildGraph from ${copies.length} files: ${rate(fromFiles.graph.articles.length, bytes, filesTime)}; ${fromFiles.problems.length} problems; ${memory()}`);

    start = performance.now();
    const run = await runCli(['build', 'articles', '--out', 'graph.ttl'], dir);
    const cliTime = seconds(start);
    console.log(`parley build (read, build, Turtle, SHACL, write), exit ${run.code}: ${rate(fromFiles.graph.articles.length, bytes, cliTime)}; ${memory()}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  // Where the time of `parley build` beyond buildGraph goes, on the graph built in memory.
  start = performance.now();
  const quads = toQuads(graph);
  const turtle = writeTurtle(quads);
  const writeTime = seconds(start);
  start = performance.now();
  const store = readTurtle(turtle, 'bench');
  const readTime = seconds(start);
  start = performance.now();
  const report = await validateGraph(store);
  const validateTime = seconds(start);
  console.log(
    `parley build after buildGraph, on the graph built in memory: toQuads + writeTurtle ${writeTime.toFixed(2)} s (${quads.length} quads, ${megabytes(Buffer.byteLength(turtle)).toFixed(1)} MB), ` +
      `readTurtle ${readTime.toFixed(2)} s, SHACL validation ${validateTime.toFixed(2)} s (conforms: ${report.conforms}); ${memory()}`,
  );
  console.log(`peak RSS of the run: ${peakMiB()}`);
}

await main();
