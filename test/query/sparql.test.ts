import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { GraphReadError, UsageError } from '../../src/errors.js';
import { packagePath } from '../../src/package-root.js';
import { bindParameters, createSparqlStore, formatSparqlAnswer, runSparql, type SparqlAnswer, type SparqlStore } from '../../src/query/sparql.js';
import { PARLEY, PARLEY_ID, PREFIXES, RDFS, XSD_TERMS } from '../../src/rdf/namespaces.js';
import { readTurtle } from '../../src/rdf/turtle.js';
import { writeSampleGraph } from '../fixtures/knowledge-graph.js';

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
  it('answers SELECT with variables and rows in ORDER BY order', () => {
    const answer = select(runSparql(store, `PREFIX rdfs: <${RDFS}>
      PREFIX parley: <${PARLEY}>
      SELECT ?label WHERE { ?party a parley:Party ; rdfs:label ?label } ORDER BY ?label`));
    expect(answer.vars).toEqual(['label']);
    expect(answer.rows.map((row) => row.label?.value)).toEqual(['Iran', 'Oman', 'United States']);
  });

  it('answers ASK with a boolean', () => {
    expect(runSparql(store, `ASK { <${PARLEY_ID}party/Oman> ?p ?o }`)).toEqual({ kind: 'ask', value: true });
    expect(runSparql(store, `ASK { <${PARLEY_ID}party/Atlantis> ?p ?o }`)).toEqual({ kind: 'ask', value: false });
  });

  it('answers CONSTRUCT with N-Triples, even after comments and PREFIX declarations with # in their IRI', () => {
    const answer = runSparql(store, `# the parties
      PREFIX parley: <${PARLEY}>
      CONSTRUCT { ?party a parley:Party } WHERE { ?party a parley:Party }`);
    expect(answer.kind).toBe('graph');
    expect(answer.kind === 'graph' && answer.nTriples.trim().split('\n')).toHaveLength(3);
  });

  it('reports a query it cannot parse as a UsageError', () => {
    expect(() => runSparql(store, 'SELEKT * WHERE { ?s ?p ?o }')).toThrow(UsageError);
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
    const all = select(runSparql(store, positions));
    const oman = select(runSparql(store, bindParameters(positions, { party: 'id:party/Oman' })));
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
  it('are the seven documented ones', async () => {
    expect((await readdir(QUERIES_DIR)).sort()).toEqual([
      'agreed-by-both-sides.rq',
      'claims-with-quotes.rq',
      'delegation-leaders.rq',
      'demands-of-every-party.rq',
      'positions-of-party.rq',
      'single-source-claims.rq',
      'talks-venues.rq',
    ]);
  });

  it.each([
    'agreed-by-both-sides.rq',
    'claims-with-quotes.rq',
    'delegation-leaders.rq',
    'demands-of-every-party.rq',
    'positions-of-party.rq',
    'single-source-claims.rq',
    'talks-venues.rq',
  ])('%s says what it answers, declares Parley\'s prefixes and answers on the sample graph', async (file) => {
    const query = await readFile(join(QUERIES_DIR, file), 'utf8');
    expect(query).toMatch(/^# \S.+\n/u);
    for (const [, prefix, iri] of query.matchAll(/^PREFIX\s+(\w+):\s*<([^>]*)>/gmu)) expect(PREFIXES[prefix!]).toBe(iri);
    expect(select(runSparql(store, query)).rows.length).toBeGreaterThan(0);
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
    [['sparql', 'SELECT * WHERE { ?s ?p ?o }', '--graph', 'missing.ttl']],
    [['sparql', 'SELECT * WHERE { ?s ?p ?o', '--graph', 'sample.ttl']],
    [['sparql', 'SELECT * WHERE { ?s ?p ?o }', '--graph', 'sample.ttl', '--format', 'xml']],
    [['sparql', 'SELECT * WHERE { ?s ?p ?o }', '--graph', 'sample.ttl', '--bind', 'party']],
  ])('exits 2 on a usage error: %j', async (argv) => {
    const io = captureIo(dir);
    expect(await main(argv, io)).toBe(2);
    expect(io.err.join('')).not.toBe('');
  });
});
