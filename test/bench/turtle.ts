// Benchmark of writeTurtle against the raw n3 Writer on the same quads, and of checkGraph, on the graph of generated
// articles. Prints figures; asserts nothing. Run: npx tsx test/bench/turtle.ts [--articles 300] [--graph FILE.ttl]
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

/** The quads of a Turtle file, or of the graph built from `articles` generated articles. */
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

/** The best of three runs, in milliseconds: the figure least disturbed by other work on the machine. */
function best(work: () => unknown): number {
  let fastest = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - started);
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
const written = best(() => writeTurtle(quads));
const raw = best(() => rawWriter(quads));
const checked = best(() => checkGraph(quads));
console.log(`${quads.length} quads: writeTurtle ${written.toFixed(0)} ms, raw n3 Writer ${raw.toFixed(0)} ms, ratio ${(written / raw).toFixed(2)}x; checkGraph ${checked.toFixed(0)} ms`);
