// A real Virtuoso 7 server takes the graph from `parley push` (Graph Store protocol, Digest auth) and answers the
// positions query (and every other example query) with the same rows as the embedded engine; pushing again with PUT
// leaves the same graph.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { packagePath } from '../../src/package-root.js';
import { bindParameters, createSparqlStore, evaluateSparql, type SparqlStore } from '../../src/query/sparql.js';
import { PARLEY_ID, PARLEY_TERMS } from '../../src/rdf/namespaces.js';
import { buildSampleGraph } from '../helpers/sample-graph.js';
import { runCli } from '../helpers/run-cli.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { requireTool } from '../support/require-tool.js';
import { normalizeRows, type SelectResults } from './normalize-rows.js';
import { startVirtuoso, VIRTUOSO_PASSWORD, VIRTUOSO_USER, type VirtuosoServer } from './virtuoso-server.js';

const virtuoso = requireTool('virtuoso');
const GRAPH_IRI = `${PARLEY_ID}graph/virtuoso-test`;
const QUERIES_DIR = packagePath('ontology', 'queries');
const QUERY_FILES = readdirSync(QUERIES_DIR)
  .filter((file) => file.endsWith('.rq'))
  .sort();
const dir = useTempDir('virtuoso');

let server: VirtuosoServer | undefined;
let graphPath: string;
let local: SparqlStore;
let positions: string;

/** Asks the server's SPARQL endpoint, with the pushed graph as the default graph. */
async function remoteRows(query: string, vars: readonly string[]): Promise<string[]> {
  const body = new URLSearchParams({ query, 'default-graph-uri': GRAPH_IRI });
  const response = await fetch(server!.sparqlUrl, { method: 'POST', body, headers: { accept: 'application/sparql-results+json' } });
  expect(response.status).toBe(200);
  const results = (await response.json()) as SelectResults;
  return normalizeRows(vars, results.results.bindings);
}

function localRows(query: string): { vars: readonly string[]; rows: string[] } {
  const answer = evaluateSparql(local, query);
  if (answer.kind !== 'select') throw new Error('expected a SELECT query');
  return { vars: answer.vars, rows: normalizeRows(answer.vars, answer.rows) };
}

async function push(extra: readonly string[] = []): Promise<string> {
  const run = await runCli(
    ['push', '--endpoint', server!.graphStoreUrl, '--graph', graphPath, '--graph-iri', GRAPH_IRI, '--user', VIRTUOSO_USER, '--password', VIRTUOSO_PASSWORD, ...extra],
    dir.path,
  );
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

virtuoso.describe('Virtuoso 7 as the triplestore', () => {
  beforeAll(async () => {
    graphPath = await buildSampleGraph(dir.path);
    local = createSparqlStore(await readFile(graphPath, 'utf8'), graphPath);
    positions = await readFile(join(QUERIES_DIR, 'positions-of-party.rq'), 'utf8');
    server = await startVirtuoso(dir.path);
  }, 90_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('takes the graph from parley push with Digest authentication, and holds every triple', async () => {
    expect(await push()).toContain(`pushed ${local.size} triples`);
    expect(await remoteRows('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }', ['n'])).toEqual([`n=number ${local.size}`]);
  });

  it('answers the positions query with the same rows as the embedded engine', async () => {
    const { vars, rows } = localRows(positions);
    expect(rows.length).toBeGreaterThan(10);
    expect(await remoteRows(positions, vars)).toEqual(rows);
  });

  it('answers the positions query bound to each party with the same rows', async () => {
    const parties = localRows(`SELECT ?party WHERE { ?party a <${PARLEY_TERMS.Party}> }`).rows.map((row) => row.slice('party=<'.length, -1));
    expect(parties.length).toBeGreaterThanOrEqual(2);
    for (const party of parties) {
      const query = bindParameters(positions, { party });
      const { vars, rows } = localRows(query);
      expect(await remoteRows(query, vars)).toEqual(rows);
    }
  });

  it.each(QUERY_FILES)('answers %s with the same rows as the embedded engine', async (file) => {
    const query = await readFile(join(QUERIES_DIR, file), 'utf8');
    const { vars, rows } = localRows(query);
    expect(await remoteRows(query, vars)).toEqual(rows);
  });

  it('leaves the same graph when the push is repeated with PUT', async () => {
    await push();
    expect(await remoteRows('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }', ['n'])).toEqual([`n=number ${local.size}`]);
  });

  it('refuses a wrong password with exit code 1', async () => {
    const run = await runCli(['push', '--endpoint', server!.graphStoreUrl, '--graph', graphPath, '--user', VIRTUOSO_USER, '--password', 'wrong'], dir.path);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('authentication failed');
  });
});
