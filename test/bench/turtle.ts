// Benchmark of writeTurtle against the raw n3 Writer on the same quads, and of checkGraph, on the graph of generated
// articles. Prints figures; asserts nothing.
// Run: node --expose-gc --import tsx test/bench/turtle.ts [--articles 300] [--graph FILE.ttl]
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Parser, Writer, type Quad } from 'n3';
import { buildGraph } from '../../src/pipeline.js';
import { checkGraph } from '../../src/rdf/check-graph.js';
import { PREFIXES } from '../../src/rdf/namespaces.js';
import { toQuads } from '../../src/rdf/to-quads.js';
import { writeTurtle } from '../../src/rdf/turtle.js';
import { writeCorpus } from './generate-corpus.js';

/** The quads of a Turtle file (in the order of the file, the raw writer's best case), or of the graph built from `articles` generated articles. */
async function quadsToWrite(graphFile: string | undefined, articles: number): Promise<Quad[]> {
  if (graphFile !== undefined) return new Parser().parse(await readFile(graphFile, 'utf8'));
  const dir = await mkdtemp(join(tmpdir(), 'parley-bench-turtle-'));
  try {
    await writeCorpus(dir, articles);
    return toQuads((await buildGraph([dir])).graph);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The best of `runs` timings of each piece of work, run in turns so that both meet the same load and heap. */
function best(runs: number, ...works: (() => unknown)[]): number[] {
  const fastest = works.map(() => Infinity);
  for (let run = 0; run < runs; run++) {
    works.forEach((work, index) => {
      // With --expose-gc, each run starts from a collected heap rather than paying for the garbage of the last one.
      (globalThis as { gc?: () => void }).gc?.();
      const started = performance.now();
      work();
      fastest[index] = Math.min(fastest[index] ?? Infinity, performance.now() - started);
    });
  }
  return fastest;
}

function rawWriter(quads: readonly Quad[]): string {
  const writer = new Writer({ prefixes: { ...PREFIXES } });
  for (const quad of quads) writer.addQuad(quad);
  let turtle = '';
  writer.end((_error, result: string) => (turtle = result));
  return turtle;
}

const { values } = parseArgs({ options: { articles: { type: 'string', default: '300' }, graph: { type: 'string' } } });
const quads = await quadsToWrite(values.graph, Number(values.articles));
const [written = 0, raw = 0, checked = 0] = best(5, () => writeTurtle(quads), () => rawWriter(quads), () => checkGraph(quads));
console.log(`${quads.length} quads: writeTurtle ${written.toFixed(0)} ms, raw n3 Writer ${raw.toFixed(0)} ms, ratio ${(written / raw).toFixed(2)}x; checkGraph ${checked.toFixed(0)} ms`);
