// Every example query gives the same rows in the embedded engine (Oxigraph) and in Debian's rdflib, on the graph built
// from the sample corpus and on the hand-built fixture graph; the N-Triples and JSON-LD exports read back in rdflib as
// the same graph.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { packagePath } from '../../src/package-root.js';
import { bindParameters, createSparqlStore, evaluateSparql, type SparqlStore } from '../../src/query/sparql.js';
import { exportGraph } from '../../src/query/export-graph.js';
import { PARLEY_TERMS } from '../../src/rdf/namespaces.js';
import { readTurtle } from '../../src/rdf/turtle.js';
import { writeSampleGraph } from '../fixtures/knowledge-graph.js';
import { buildSampleGraph } from '../helpers/sample-graph.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { DEBIAN_PYTHON as PYTHON, requireTool } from '../support/require-tool.js';
import { normalizeRows, type SelectResults } from './normalize-rows.js';

const ORACLE = join(import.meta.dirname, 'rdflib-oracle.py');
const QUERIES_DIR = packagePath('ontology', 'queries');
const QUERY_FILES = readdirSync(QUERIES_DIR)
  .filter((file) => file.endsWith('.rq'))
  .sort();
const rdflib = requireTool('rdflib');

/** Runs the rdflib oracle and parses what it prints. */
function oracle<T>(args: readonly string[]): T {
  const result = spawnSync(PYTHON, [ORACLE, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error !== undefined || result.status !== 0) throw new Error(`rdflib-oracle.py ${args.join(' ')} failed: ${result.error?.message ?? result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

/** A graph file, its store in the embedded engine, and rdflib's answers to each query file, by path. */
interface ComparedGraph {
  readonly path: string;
  readonly store: SparqlStore;
  readonly rdflib: Readonly<Record<string, SelectResults>>;
}

const dir = useTempDir('rdflib');
const graphs = new Map<string, ComparedGraph>();
/** The positions query bound to each party of each graph, as files rdflib can read. */
const boundQueries = new Map<string, string[]>();

beforeAll(async () => {
  if (!rdflib.installed) return;
  const positions = await readFile(join(QUERIES_DIR, 'positions-of-party.rq'), 'utf8');
  const files = { corpus: await buildSampleGraph(dir.path, 'corpus.ttl'), fixture: await writeSampleGraph(dir.path) };
  for (const [name, path] of Object.entries(files)) {
    const store = createSparqlStore(await readFile(path, 'utf8'), path);
    const parties = evaluateSparql(store, `SELECT DISTINCT ?party WHERE { ?party a <${PARLEY_TERMS.Party}> } ORDER BY ?party`);
    const bound: string[] = [];
    for (const [index, row] of (parties.kind === 'select' ? parties.rows : []).entries()) {
      const file = join(dir.path, `${name}-positions-${index}.rq`);
      await writeFile(file, bindParameters(positions, { party: row.party!.value }));
      bound.push(file);
    }
    boundQueries.set(name, bound);
    const queryPaths = [...QUERY_FILES.map((file) => join(QUERIES_DIR, file)), ...bound];
    graphs.set(name, { path, store, rdflib: oracle<Record<string, SelectResults>>(['query', path, ...queryPaths]) });
  }
}, 300_000);

function compare(graphName: string, queryPath: string, query: string): number {
  const graph = graphs.get(graphName)!;
  const local = evaluateSparql(graph.store, query);
  if (local.kind !== 'select') throw new Error(`${queryPath} is not a SELECT query`);
  const theirs = graph.rdflib[queryPath]!;
  expect(theirs.head.vars).toEqual(local.vars);
  const rows = normalizeRows(local.vars, local.rows);
  expect(normalizeRows(local.vars, theirs.results.bindings)).toEqual(rows);
  return rows.length;
}

rdflib.describe('example queries in Oxigraph and in rdflib', () => {
  it('has the example queries to compare', () => {
    expect(QUERY_FILES.length).toBeGreaterThanOrEqual(7);
  });

  it.each(QUERY_FILES)('%s gives the same rows on the graph built from the sample corpus', async (file) => {
    const path = join(QUERIES_DIR, file);
    compare('corpus', path, await readFile(path, 'utf8'));
  });

  it('answers most example queries with rows on the corpus graph, so the comparison is not vacuous', async () => {
    const counts = await Promise.all(QUERY_FILES.map(async (file) => compare('corpus', join(QUERIES_DIR, file), await readFile(join(QUERIES_DIR, file), 'utf8'))));
    expect(counts.filter((count) => count > 0).length).toBeGreaterThanOrEqual(QUERY_FILES.length - 1);
  });

  it.each(QUERY_FILES)('%s gives the same rows, and at least one, on the fixture graph', async (file) => {
    const path = join(QUERIES_DIR, file);
    expect(compare('fixture', path, await readFile(path, 'utf8'))).toBeGreaterThan(0);
  });

  it.each(['corpus', 'fixture'])('positions-of-party.rq bound to each party of the %s graph gives the same rows', async (name) => {
    const files = boundQueries.get(name)!;
    expect(files.length).toBeGreaterThanOrEqual(3);
    let rows = 0;
    for (const file of files) rows += compare(name, file, await readFile(file, 'utf8'));
    expect(rows).toBeGreaterThan(0);
  });
});

rdflib.describe('exports read back in rdflib', () => {
  it.each([
    ['nt', 'nt'],
    ['jsonld', 'json-ld'],
  ] as const)('the %s export of the corpus graph is the same graph as its Turtle', async (format, rdflibFormat) => {
    const graph = graphs.get('corpus')!;
    const out = join(dir.path, `corpus.${format}`);
    await writeFile(out, exportGraph(readTurtle(await readFile(graph.path, 'utf8'), graph.path), format));
    const result = oracle<{ isomorphic: boolean; triples: number; otherTriples: number }>(['compare', graph.path, out, rdflibFormat]);
    expect(result.triples).toBeGreaterThan(1000);
    expect(result).toEqual({ isomorphic: true, triples: result.triples, otherTriples: result.triples });
  });
});
