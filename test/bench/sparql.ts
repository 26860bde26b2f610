// Benchmark of the embedded SPARQL engine: the sample corpus copied into distinct articles until the built graph holds at
// least a million triples; prints the load time and the median time of each example query. Asserts nothing.
// Run: npx tsx test/bench/sparql.ts [--min-triples 1000000] [--runs 5] [--validate]
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packagePath } from '../../src/package-root.js';
import { buildGraph } from '../../src/pipeline.js';
import { createSparqlStore, evaluateSparql } from '../../src/query/sparql.js';
import { toQuads } from '../../src/rdf/to-quads.js';
import { readTurtle, writeTurtle } from '../../src/rdf/turtle.js';
import { validateGraph } from '../../src/rdf/validate-graph.js';
import { SEEDS_DIR } from '../helpers/repo-paths.js';

const { values: args } = parseArgs({
  options: {
    'min-triples': { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '5' },
    validate: { type: 'boolean', default: false },
  },
});
const MIN_TRIPLES = Number(args['min-triples']);
const RUNS = Number(args.runs);
if (!Number.isInteger(MIN_TRIPLES) || MIN_TRIPLES < 1 || !Number.isInteger(RUNS) || RUNS < 1) {
  throw new Error(`bench/sparql: --min-triples and --runs must be positive integers. Expecting e.g. 1000000 and 5 but got ${MIN_TRIPLES} and ${RUNS}.`);
}

function secondsSince(start: number): string {
  return `${((performance.now() - start) / 1000).toFixed(2)} s`;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Writes `copies` copies of every seed article into `dir`. Each copy starts with a line of its own that names no
 * entity, so every copy is a distinct article (its own id, its own mentions) while the entities and claims stay those
 * of the corpus: the graph grows the way it does when many outlets report the same talks.
 */
async function writeCopies(dir: string, seeds: readonly { file: string; text: string }[], copies: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let copy = 0; copy < copies; copy += 1) {
    for (const seed of seeds) {
      await writeFile(join(dir, `copy-${String(copy).padStart(5, '0')}-${seed.file}`), `Archived bulletin number ${copy + 1}.\n${seed.text}`);
    }
  }
}

async function buildTriples(dir: string): Promise<{ quads: ReturnType<typeof toQuads>; articles: number }> {
  const { graph } = await buildGraph([dir]);
  return { quads: toQuads(graph), articles: graph.articles.length };
}

/** What the large build leaves: only its Turtle and figures, so that the quads can be freed before the engine loads. */
interface LargeGraph {
  readonly turtle: string;
  readonly triples: number;
  readonly articles: number;
  readonly copies: number;
  readonly buildTime: string;
  readonly validateTime?: string | undefined;
}

/** Builds more copies until the graph holds MIN_TRIPLES triples; validates it against the shapes with --validate. */
async function buildLargeGraph(seeds: readonly { file: string; text: string }[], firstGuess: number): Promise<LargeGraph> {
  let copies = firstGuess;
  for (let attempt = 0; ; attempt += 1) {
    const dir = join(work, `corpus-${attempt}`);
    await writeCopies(dir, seeds, copies);
    const start = performance.now();
    const built = await buildTriples(dir);
    const buildTime = secondsSince(start);
    if (built.quads.length < MIN_TRIPLES) {
      copies = Math.ceil(copies * (MIN_TRIPLES / built.quads.length)) + 1;
      continue;
    }
    const turtle = writeTurtle(built.quads);
    let validateTime: string | undefined;
    if (args.validate) {
      // Read back from its Turtle: an n3 Store filled in sorted order takes a fraction of the memory of one filled in toQuads order.
      const validateStart = performance.now();
      const report = await validateGraph(readTurtle(turtle));
      validateTime = `${secondsSince(validateStart)}, conforms: ${report.conforms}`;
    }
    return { turtle, triples: built.quads.length, articles: built.articles, copies, buildTime, validateTime };
  }
}

const work = await mkdtemp(join(tmpdir(), 'parley-bench-sparql-'));
try {
  const seeds = await Promise.all(
    (await readdir(SEEDS_DIR))
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .map(async (file) => ({ file, text: await readFile(join(SEEDS_DIR, file), 'utf8') })),
  );

  // Two small builds give the triples that one more copy of the corpus adds.
  await writeCopies(join(work, 'pilot-1'), seeds, 1);
  await writeCopies(join(work, 'pilot-3'), seeds, 3);
  const one = (await buildTriples(join(work, 'pilot-1'))).quads.length;
  const three = (await buildTriples(join(work, 'pilot-3'))).quads.length;
  const perCopy = (three - one) / 2;
  const copies = Math.max(1, Math.ceil((MIN_TRIPLES - one) / perCopy) + 1);

  const graph = await buildLargeGraph(seeds, copies);
  console.log(`graph: ${graph.triples} triples from ${graph.articles} articles (${graph.copies} copies of ${seeds.length} seeds), built in ${graph.buildTime}`);
  if (graph.validateTime !== undefined) console.log(`Turtle read back into n3 and validated against the shapes: ${graph.validateTime}`);
  console.log(`turtle: ${(Buffer.byteLength(graph.turtle) / 1024 / 1024).toFixed(1)} MiB`);

  const loadStart = performance.now();
  const store = createSparqlStore(graph.turtle);
  console.log(`load into the embedded engine (oxigraph, Turtle text): ${secondsSince(loadStart)}, ${store.size} triples`);

  const queriesDir = packagePath('ontology', 'queries');
  const files = (await readdir(queriesDir)).filter((file) => file.endsWith('.rq')).sort();
  console.log(`median of ${RUNS} runs per example query:`);
  for (const file of files) {
    const query = await readFile(join(queriesDir, file), 'utf8');
    const times: number[] = [];
    let rows = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const start = performance.now();
      const answer = evaluateSparql(store, query);
      times.push(performance.now() - start);
      rows = answer.kind === 'select' ? answer.rows.length : 0;
    }
    console.log(`  ${file.padEnd(28)} ${median(times).toFixed(1).padStart(9)} ms  ${String(rows).padStart(7)} rows`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
