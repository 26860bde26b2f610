import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { GraphReadError, UsageError } from '../../src/errors.js';
import { packagePath } from '../../src/package-root.js';
import {
  bindParameters,
  createSparqlStore,
  evaluateSparql,
  formatSparqlAnswer,
  resolveSparqlOptions,
  runSparql,
  SparqlEngineError,
  sparqlForm,
  SparqlTimeoutError,
  type SparqlAnswer,
  type SparqlStore,
} from '../../src/query/sparql.js';
import { PARLEY, PARLEY_ID, PREFIXES, RDFS, XSD_TERMS } from '../../src/rdf/namespaces.js';
import { readTurtle } from '../../src/rdf/turtle.js';
import { writeSampleGraph } from '../fixtures/knowledge-graph.js';
import { buildSampleGraph } from '../helpers/sample-graph.js';

const QUERIES_DIR = packagePath('ontology', 'queries');

function captureIo(cwd: string): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), interactive: false, cwd, out, err };
}

function select(answer: SparqlAnswer): Extract<SparqlAnswer, { kind: 'select' }> {
  if (answer.kind !== 'select') throw new Error(`expected a SELECT answer, got ${answer.kind}`);
  return answer;
}

let dir: string;
let graphPath: string;
let turtle: string;
let store: SparqlStore;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-sparql-'));
  graphPath = await writeSampleGraph(dir);
  turtle = await readFile(graphPath, 'utf8');
  store = createSparqlStore(turtle, graphPath);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createSparqlStore', () => {
  it('holds the same triples whether given Turtle or quads', () => {
    const fromQuads = createSparqlStore(readTurtle(turtle));
    expect(fromQuads.size).toBe(store.size);
    expect(store.size).toBeGreaterThan(500);
  });

  it('reports a Turtle syntax error as a GraphReadError with the path and line', () => {
    const error = (() => {
      try {
        createSparqlStore('<https://example.org/a> <https://example.org/b> "ok" .\n<https://example.org/a> <https://example.org/b> oops .\n', 'broken.ttl');
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(GraphReadError);
    expect(error).toMatchObject({ path: 'broken.ttl', line: 2 });
  });

  it('accepts Turtle that starts with a byte-order mark', () => {
    expect(createSparqlStore('\uFEFF<https://example.org/a> <https://example.org/b> "x" .').size).toBe(1);
  });
});

describe('runSparql', () => {
  it('answers SELECT with variables and rows in ORDER BY order', async () => {
    const answer = select(await runSparql(store, `PREFIX rdfs: <${RDFS}>
      PREFIX parley: <${PARLEY}>
      SELECT ?label WHERE { ?party a parley:Party ; rdfs:label ?label } ORDER BY ?label`));
    expect(answer.vars).toEqual(['label']);
    expect(answer.rows.map((row) => row.label?.value)).toEqual(['Iran', 'Oman', 'United States']);
  });

  it('answers ASK with a boolean', async () => {
    expect(await runSparql(store, `ASK { <${PARLEY_ID}party/Oman> ?p ?o }`)).toEqual({ kind: 'ask', value: true });
    expect(await runSparql(store, `ASK { <${PARLEY_ID}party/Atlantis> ?p ?o }`)).toEqual({ kind: 'ask', value: false });
  });

  it('answers CONSTRUCT with N-Triples, even after comments and PREFIX declarations with # in their IRI', async () => {
    const answer = await runSparql(store, `# the parties
      PREFIX parley: <${PARLEY}>
      CONSTRUCT { ?party a parley:Party } WHERE { ?party a parley:Party }`);
    expect(answer.kind).toBe('graph');
    expect(answer.kind === 'graph' && answer.nTriples.trim().split('\n')).toHaveLength(3);
  });

  it('reports a query it cannot parse as a UsageError with the line and column', async () => {
    const error = await runSparql(store, 'SELECT * WHERE {\n  ?s ?p ?o . FILTER(?s = ) }').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/^sparql: the query has a syntax error at line 2, column \d+$/u);
  });

  it('answers the same from Turtle text as from a store, in a worker or in this thread', async () => {
    const query = `SELECT ?s WHERE { ?s a <${PARLEY}Party> } ORDER BY ?s`;
    expect(await runSparql(turtle, query)).toEqual(await runSparql(store, query));
    expect(await runSparql(turtle, query)).toEqual(evaluateSparql(store, query));
  });

  it('reports Turtle it cannot parse as a GraphReadError naming the path', async () => {
    await expect(runSparql('<a:b> <a:b> oops .', 'ASK {}', { path: 'broken.ttl' })).rejects.toMatchObject({ path: 'broken.ttl', line: 1 });
  });

  it.each([
    ['SELECT', `SELECT ?s ?p WHERE { ?s ?p ?o } ORDER BY ?s ?p`, 3],
    ['SELECT with a trailing comment', `SELECT ?s ?p WHERE { ?s ?p ?o } ORDER BY ?s ?p # the subjects`, 2],
    ['CONSTRUCT', `CONSTRUCT WHERE { ?s ?p ?o }`, 3],
  ])('cuts a %s answer to the limit and marks it', async (_form, query, limit) => {
    const answer = await runSparql(store, query, { limit });
    const all = await runSparql(store, query);
    if (answer.kind === 'select' && all.kind === 'select') {
      expect(answer.rows).toEqual(all.rows.slice(0, limit));
      expect(answer.vars).toEqual(all.vars);
    } else if (answer.kind === 'graph') {
      expect(answer.nTriples.trim().split('\n')).toHaveLength(limit);
    }
    expect(answer).toMatchObject({ truncated: true });
    expect(await runSparql(store, query, { limit: 100_000 })).not.toHaveProperty('truncated');
  });

  it('stops a query that outgrows its memory budget with a SparqlEngineError', async () => {
    const crossJoin = 'SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';
    await expect(runSparql(store, crossJoin, { maxMemoryMb: 64, timeoutMs: 120_000 })).rejects.toThrow(SparqlEngineError);
  });

  it('stops a query that runs past its timeout with a SparqlTimeoutError', async () => {
    const crossJoin = 'SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';
    await expect(runSparql(store, crossJoin, { timeoutMs: 500 })).rejects.toThrow(new SparqlTimeoutError(500));
  });

  it.each([{ timeoutMs: 0 }, { timeoutMs: Number.NaN }, { maxMemoryMb: -1 }, { limit: 0 }, { limit: 2.5 }])('refuses the options %j', (options) => {
    expect(() => resolveSparqlOptions(options)).toThrow(/Expecting/);
  });
});

describe('sparqlForm', () => {
  it.each([
    ['SELECT * WHERE { ?s ?p ?o }', 'select'],
    ['ask {}', 'ask'],
    ['# CONSTRUCT in a comment\nPREFIX ex: <https://example.org/a#b>\nBASE <https://example.org/>\nDESCRIBE <x>', 'describe'],
    ['PREFIX : <https://example.org/#>\nCONSTRUCT WHERE { ?s ?p ?o }', 'construct'],
    ['SELECT * WHERE { ?s ?p "INSERT DATA" }', 'select'],
    ['INSERT DATA { <a:b> <a:b> <a:b> }', 'update'],
    ['# a comment\nPREFIX ex: <https://example.org/#>\n  delete where { ?s ?p ?o }', 'update'],
    ['WITH <https://example.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }', 'update'],
    ...['LOAD <x:y>', 'CLEAR ALL', 'DROP GRAPH <x:y>', 'CREATE GRAPH <x:y>', 'ADD DEFAULT TO <x:y>', 'MOVE <x:y> TO <x:z>', 'COPY <x:y> TO <x:z>'].map((update) => [update, 'update']),
    ['SELEKT * WHERE {}', undefined],
  ] as [string, string | undefined][])('%j is %s', (query, form) => {
    expect(sparqlForm(query)).toBe(form);
  });

  it('refuses an update before running it', async () => {
    await expect(runSparql(store, 'PREFIX ex: <https://example.org/#>\nINSERT DATA { ex:a ex:b ex:c }')).rejects.toThrow(UsageError);
    expect(() => evaluateSparql(store, 'CLEAR ALL')).toThrow(/updates are not allowed/);
    expect(store.size).toBeGreaterThan(500);
  });
});

describe('bindParameters', () => {
  const query = 'SELECT ?party ?x WHERE { ?party ?p ?x }';

  it.each([
    ['id:party/Oman', `<${PARLEY_ID}party/Oman>`],
    [`<${PARLEY_ID}party/Oman>`, `<${PARLEY_ID}party/Oman>`],
    [`${PARLEY_ID}party/Oman`, `<${PARLEY_ID}party/Oman>`],
  ])('binds %s as %s with a trailing VALUES clause', (value, term) => {
    expect(bindParameters(query, { party: value })).toBe(`${query}\nVALUES (?party) { (${term}) }\n`);
  });

  it('leaves a query without parameters unchanged', () => {
    expect(bindParameters(query, {})).toBe(query);
  });

  it.each([
    [{ nation: 'id:party/Oman' }, /no variable \?nation/],
    [{ party: 'Oman' }, /not an IRI/],
    [{ party: '<https://example.org/a b>' }, /not an IRI/],
    [{ 'party)': 'id:party/Oman' }, /not a variable name/],
  ])('rejects %j', (parameters, message) => {
    expect(() => bindParameters(query, parameters)).toThrow(UsageError);
    expect(() => bindParameters(query, parameters)).toThrow(message);
  });

  it('narrows the positions query to one party', async () => {
    const positions = await readFile(join(QUERIES_DIR, 'positions-of-party.rq'), 'utf8');
    const all = select(await runSparql(store, positions));
    const oman = select(await runSparql(store, bindParameters(positions, { party: 'id:party/Oman' })));
    expect(new Set(all.rows.map((row) => row.party?.value)).size).toBeGreaterThan(1);
    expect(oman.rows.length).toBeGreaterThan(0);
    expect(oman.rows).toEqual(all.rows.filter((row) => row.party?.value === `${PARLEY_ID}party/Oman`));
  });
});

describe('formatSparqlAnswer', () => {
  const answer: SparqlAnswer = {
    kind: 'select',
    vars: ['party', 'quote', 'n'],
    rows: [
      {
        party: { type: 'uri', value: `${PARLEY_ID}party/Oman` },
        quote: { type: 'literal', value: 'a "fair" deal, now\nplease' },
        n: { type: 'literal', value: '2', datatype: XSD_TERMS.integer },
      },
      { party: { type: 'uri', value: 'https://example.org/x' } },
    ],
  };

  it('prints a table with compacted IRIs, one line per row and a row count', () => {
    expect(formatSparqlAnswer(answer, 'table')).toBe(
      [
        'party                  quote                       n',
        '---------------------  --------------------------  -',
        'id:party/Oman          a "fair" deal, now\\nplease  2',
        'https://example.org/x',
        '2 rows',
        '',
      ].join('\n'),
    );
  });

  it('prints CSV as the SPARQL 1.1 results spec has it', () => {
    expect(formatSparqlAnswer(answer, 'csv')).toBe(`party,quote,n\r\n${PARLEY_ID}party/Oman,"a ""fair"" deal, now\nplease",2\r\nhttps://example.org/x,,\r\n`);
  });

  it('prints SPARQL 1.1 Query Results JSON', () => {
    expect(JSON.parse(formatSparqlAnswer(answer, 'json'))).toEqual({ head: { vars: answer.vars }, results: { bindings: answer.rows } });
    expect(JSON.parse(formatSparqlAnswer({ kind: 'ask', value: true }, 'json'))).toEqual({ head: {}, boolean: true });
  });

  it('cuts long cells in a table but not in CSV', () => {
    const long: SparqlAnswer = { kind: 'select', vars: ['q'], rows: [{ q: { type: 'literal', value: 'x'.repeat(100) } }] };
    expect(formatSparqlAnswer(long, 'table').split('\n')[2]).toBe(`${'x'.repeat(59)}…`);
    expect(formatSparqlAnswer(long, 'csv')).toContain('x'.repeat(100));
  });
});

describe('the example queries in ontology/queries', () => {
  it('are the twelve documented ones', async () => {
    expect((await readdir(QUERIES_DIR)).sort()).toEqual([
      'agreed-by-both-sides.rq',
      'claims-with-quotes.rq',
      'common-ground.rq',
      'contested-claims.rq',
      'delegation-leaders.rq',
      'demands-of-every-party.rq',
      'issues.rq',
      'positions-by-round.rq',
      'positions-of-party.rq',
      'single-source-claims.rq',
      'sticking-points.rq',
      'talks-venues.rq',
    ]);
  });

  it.each([
    'agreed-by-both-sides.rq',
    'claims-with-quotes.rq',
    'common-ground.rq',
    'contested-claims.rq',
    'delegation-leaders.rq',
    'demands-of-every-party.rq',
    'issues.rq',
    'positions-by-round.rq',
    'positions-of-party.rq',
    'single-source-claims.rq',
    'sticking-points.rq',
    'talks-venues.rq',
  ])('%s says what it answers, declares Parley\'s prefixes and answers on the sample graph', async (file) => {
    const query = await readFile(join(QUERIES_DIR, file), 'utf8');
    expect(query).toMatch(/^# \S.+\n/u);
    for (const [, prefix, iri] of query.matchAll(/^PREFIX\s+(\w+):\s*<([^>]*)>/gmu)) expect(PREFIXES[prefix!]).toBe(iri);
    expect(select(await runSparql(store, query)).rows.length).toBeGreaterThan(0);
  });
});

describe('parley sparql', () => {
  it('runs a query file and prints JSON', async () => {
    const io = captureIo(dir);
    const code = await main(['sparql', join(QUERIES_DIR, 'delegation-leaders.rq'), '--graph', graphPath, '--format', 'json'], io);
    expect(code).toBe(0);
    const json = JSON.parse(io.out.join('')) as { results: { bindings: { leaderLabel: { value: string } }[] } };
    expect(json.results.bindings.map((row) => row.leaderLabel.value).sort()).toEqual(['Dariush Karimi', 'Helen Marsh']);
  });

  it('runs query text with a bound parameter and prints CSV', async () => {
    await writeFile(join(dir, 'labels.rq'), `PREFIX rdfs: <${RDFS}>\nSELECT ?label WHERE { ?party rdfs:label ?label }`);
    const io = captureIo(dir);
    const code = await main(['sparql', 'labels.rq', '--graph', 'sample.ttl', '--format', 'csv', '--bind', 'party=id:party/Oman'], io);
    expect(code).toBe(0);
    expect(io.out.join('')).toBe('label\r\nOman\r\n');
  });

  it.each([
    [['sparql', 'missing.rq', '--graph', 'sample.ttl']],
    [['sparql', 'SELECT * WHERE { ?s ?p ?o }', '--graph', 'sample.ttl', '--timeout', '0']],
    [['sparql', 'SELECT * WHERE { ?s ?p ?o }', '--graph', 'sample.ttl', '--limit', '-3']],
    [['sparql', 'SELECT * WHERE { ?s ?p ?o }', '--graph', 'sample.ttl', '--limit', '1.5']],
    [['sparql', 'SELECT * WHERE { ?s ?p ?o }', '--graph', 'missing.ttl']],
    [['sparql', 'SELECT * WHERE { ?s ?p ?o', '--graph', 'sample.ttl']],
    [['sparql', 'SELECT * WHERE { ?s ?p ?o }', '--graph', 'sample.ttl', '--format', 'xml']],
    [['sparql', 'SELECT * WHERE { ?s ?p ?o }', '--graph', 'sample.ttl', '--bind', 'party']],
  ])('exits 2 on a usage error: %j', async (argv) => {
    const io = captureIo(dir);
    expect(await main(argv, io)).toBe(2);
    expect(io.err.join('')).not.toBe('');
  });

  it('prints one line with the position for a syntax error', async () => {
    const io = captureIo(dir);
    expect(await main(['sparql', 'SELECT * WHERE {\n ?s ?p ?o . FILTER(?s = ) }', '--graph', 'sample.ttl'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/^parley: sparql: the query has a syntax error at line 2, column \d+\n$/u);
  });

  it.each([
    ['INSERT DATA { <https://example.org/a> <https://example.org/b> "c" }'],
    ['# delete it all\nPREFIX ex: <https://example.org/#>\nDELETE WHERE { ?s ?p ?o }'],
  ])('refuses the update %j with exit 2', async (update) => {
    const io = captureIo(dir);
    expect(await main(['sparql', update, '--graph', 'sample.ttl'], io)).toBe(2);
    expect(io.err.join('')).toBe('parley: sparql: updates are not allowed; parley sparql only reads the graph (SELECT, ASK, CONSTRUCT, DESCRIBE)\n');
  });

  it('prints --limit rows and says the limit cut the rest', async () => {
    const io = captureIo(dir);
    expect(await main(['sparql', 'SELECT ?s ?p ?o WHERE { ?s ?p ?o }', '--graph', 'sample.ttl', '--limit', '3', '--format', 'csv'], io)).toBe(0);
    expect(io.out.join('').split('\r\n').filter((line) => line !== '')).toHaveLength(1 + 3);
    expect(io.err.join('')).toBe('parley: sparql: showing the first 3 rows; --limit 3 cut the rest\n');
  });
});

describe('parley sparql on the sample corpus', () => {
  let corpusGraph: string;

  beforeAll(async () => {
    corpusGraph = await buildSampleGraph(dir, 'corpus.ttl');
  }, 120_000);

  it.each([
    ['a three-way cross join', 'SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }', '1'],
    ['a two-way cross join', 'SELECT * WHERE {?a ?b ?c . ?d ?e ?f}', '2'],
  ])('stops %s at --timeout and exits 1 with one line', async (_name, query, seconds) => {
    const io = captureIo(dir);
    expect(await main(['sparql', query, '--graph', corpusGraph, '--timeout', seconds], io)).toBe(1);
    expect(io.out.join('')).toBe('');
    expect(io.err.join('')).toBe(`parley: sparql: the query did not finish within ${seconds} s (use --timeout to allow longer, or --limit)\n`);
  });

  it('answers a three-way cross join at once with --limit 3', async () => {
    const io = captureIo(dir);
    expect(await main(['sparql', 'SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }', '--graph', corpusGraph, '--limit', '3', '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.out.join('')) as { results: { bindings: unknown[] } };
    expect(json.results.bindings).toHaveLength(3);
  });
});
