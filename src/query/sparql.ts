// Runs read-only SPARQL 1.1 queries on a graph in the embedded Oxigraph engine, in a worker thread with a timeout, and prints the answers as a table, JSON or CSV.
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Quad } from '@rdfjs/types';
import type oxigraph from 'oxigraph';
import { GraphReadError, ParleyError, UsageError } from '../errors.js';
import type { SparqlWorkerData, SparqlWorkerMessage } from './sparql-worker.js';
import { assertSafeIri, compactIri, PREFIXES, XSD_TERMS } from '../rdf/namespaces.js';
import { csvLine } from './csv-line.js';

/** An in-memory SPARQL store holding one graph in its default graph. */
export type SparqlStore = oxigraph.Store;

/** The engine, loaded on first use: the commands that import this module for its formats and checks need no wasm. */
function engine(): typeof oxigraph {
  return createRequire(import.meta.url)('oxigraph') as typeof oxigraph;
}

/**
 * A store holding `source`: Turtle text (parsed by Oxigraph, the fast path for large graphs) or RDF/JS quads
 * (e.g. an n3 Store). A Turtle syntax error is a GraphReadError naming `path` and the line.
 */
export function createSparqlStore(source: string | Iterable<Quad>, path = '<turtle>'): SparqlStore {
  const oxigraph = engine();
  if (typeof source !== 'string') return new oxigraph.Store([...source].map((quad) => oxigraph.fromQuad(quad) as oxigraph.Quad));
  const store = new oxigraph.Store();
  try {
    // Oxigraph rejects a byte-order mark; a graph read from a file may still start with one.
    store.load(source.replace(/^\uFEFF/u, ''), { format: 'text/turtle' });
  } catch (error) {
    throw graphReadError(path, error instanceof Error ? error.message : String(error), { cause: error });
  }
  return store;
}

/** Oxigraph's Turtle error as a GraphReadError naming the file and the line. */
function graphReadError(path: string, reason: string, options?: ErrorOptions): GraphReadError {
  const line = /\bline (\d+)/.exec(reason)?.[1];
  return new GraphReadError(path, line === undefined ? undefined : Number(line), reason, options);
}

/** One value of a solution, as in the SPARQL 1.1 Query Results JSON Format. */
export interface SparqlTerm {
  readonly type: 'uri' | 'literal' | 'bnode' | 'triple';
  readonly value: string;
  readonly datatype?: string;
  readonly 'xml:lang'?: string;
}

/** One solution: a value for each bound variable; unbound variables are absent. */
export type SparqlRow = Readonly<Record<string, SparqlTerm>>;

/** The answer to a query: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE); `truncated` when a limit cut it. */
export type SparqlAnswer =
  | { readonly kind: 'select'; readonly vars: readonly string[]; readonly rows: readonly SparqlRow[]; readonly truncated?: true }
  | { readonly kind: 'ask'; readonly value: boolean }
  | { readonly kind: 'graph'; readonly nTriples: string; readonly truncated?: true };

/** Options of runSparql. */
export interface SparqlOptions {
  /** Give up when the query has not answered this many milliseconds after the worker loaded the graph. */
  readonly timeoutMs: number;
  /** At most this many rows (SELECT) or triples (CONSTRUCT, DESCRIBE); undefined for all. */
  readonly limit: number | undefined;
  /** Memory the query may take beyond what the process held once the graph was loaded, in megabytes. */
  readonly maxMemoryMb: number;
  /** Where Turtle text came from, named when it cannot be parsed. */
  readonly path: string;
}

export const DEFAULT_SPARQL_OPTIONS: SparqlOptions = { timeoutMs: 30_000, limit: undefined, maxMemoryMb: 1024, path: '<turtle>' };

/** Fills in defaults and fails early: a positive timeout and memory budget, a positive whole limit. */
export function resolveSparqlOptions(partial: Partial<SparqlOptions> = {}): SparqlOptions {
  const options = { ...DEFAULT_SPARQL_OPTIONS, ...partial };
  for (const name of ['timeoutMs', 'maxMemoryMb'] as const) {
    if (!Number.isFinite(options[name]) || options[name] <= 0) throw new Error(`runSparql: ${name} is not a positive number. Expecting e.g. ${DEFAULT_SPARQL_OPTIONS[name]} but got ${options[name]}.`);
  }
  if (options.limit !== undefined && (!Number.isSafeInteger(options.limit) || options.limit <= 0)) {
    throw new Error(`runSparql: limit is not a positive integer. Expecting e.g. 100 but got ${options.limit}.`);
  }
  return options;
}

/** A query that did not answer in time. */
export class SparqlTimeoutError extends ParleyError {
  constructor(readonly timeoutMs: number) {
    super(`sparql: the query did not finish within ${timeoutMs / 1000} s`);
  }
}

/** The engine failed while answering: it ran out of memory or crashed (a wasm panic). */
export class SparqlEngineError extends ParleyError {
  constructor(
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(`sparql: the query engine failed: ${reason}`, options);
  }
}

/** What a query does, from its first keyword: one of the four read-only query forms, or an update. */
export type SparqlForm = 'select' | 'ask' | 'construct' | 'describe' | 'update';

/** The prologue: white space, comments, BASE and PREFIX declarations (whose IRIs may hold a #). */
const PROLOGUE = /^(?:\s+|#[^\n]*|(?:BASE|PREFIX)\s*(?:[^\s<]*\s*)?<[^>]*>)*/iu;

const QUERY_FORMS = new Set(['select', 'ask', 'construct', 'describe']);
/** The keywords an update operation of SPARQL 1.1 Update starts with. */
const UPDATE_KEYWORDS = new Set(['insert', 'delete', 'load', 'clear', 'drop', 'create', 'add', 'move', 'copy', 'with']);

/** The form of a query, told by the first keyword after the prologue; undefined when it is neither a query nor an update. */
export function sparqlForm(query: string): SparqlForm | undefined {
  const prologue = PROLOGUE.exec(query)?.[0].length ?? 0;
  const keyword = /^[A-Za-z]+/u.exec(query.slice(prologue))?.[0].toLowerCase() ?? '';
  if (QUERY_FORMS.has(keyword)) return keyword as SparqlForm;
  return UPDATE_KEYWORDS.has(keyword) ? 'update' : undefined;
}

/** How a query is run: the text handed to the engine and the serialization asked for. */
interface PreparedQuery {
  readonly graph: boolean;
  readonly runnable: string;
  readonly resultsFormat: SparqlWorkerData['resultsFormat'];
}

/**
 * Refuses updates and caps a SELECT: it is wrapped as a subquery with a LIMIT one above the cap, so the engine stops
 * early (a cross join with a small limit answers at once) and one row more tells that the cap cut rows.
 */
function prepareQuery(query: string, limit: number | undefined): PreparedQuery {
  const form = sparqlForm(query);
  if (form === 'update') throw new UsageError('sparql: updates are not allowed; parley sparql only reads the graph (SELECT, ASK, CONSTRUCT, DESCRIBE)');
  const graph = form === 'construct' || form === 'describe';
  const prologue = PROLOGUE.exec(query)?.[0] ?? '';
  const runnable = form === 'select' && limit !== undefined ? `${prologue}SELECT * WHERE { ${query.slice(prologue.length)}\n} LIMIT ${limit + 1}` : query;
  return { graph, runnable, resultsFormat: graph ? 'application/n-triples' : 'application/sparql-results+json' };
}

/** The serialized answer as a SparqlAnswer, cut to `limit` rows or triples and marked when cut; `vars` orders the variables. */
function readAnswer(output: string, graph: boolean, limit?: number, vars?: readonly string[]): SparqlAnswer {
  const cap = limit ?? Number.POSITIVE_INFINITY;
  if (graph) {
    const triples = output.split('\n').filter((line) => line !== '');
    return triples.length > cap ? { kind: 'graph', nTriples: `${triples.slice(0, cap).join('\n')}\n`, truncated: true } : { kind: 'graph', nTriples: output };
  }
  const parsed = JSON.parse(output) as { head: { vars?: string[] }; boolean?: boolean; results?: { bindings: SparqlRow[] } };
  if (typeof parsed.boolean === 'boolean') return { kind: 'ask', value: parsed.boolean };
  const names = vars ?? parsed.head.vars ?? [];
  const rows = parsed.results?.bindings ?? [];
  return rows.length > cap ? { kind: 'select', vars: names, rows: rows.slice(0, cap), truncated: true } : { kind: 'select', vars: names, rows };
}

/** A syntax error of Oxigraph (`error at 2:28: expected one of …`) as one line with its position. */
function syntaxError(message: string, options?: ErrorOptions): UsageError {
  const position = /^error at (\d+):(\d+)/u.exec(message);
  const where = position === null ? '' : ` at line ${position[1]}, column ${position[2]}`;
  return new UsageError(`sparql: the query has a syntax error${where}`, options);
}

/**
 * Runs a read-only query in this thread, with no timeout and no limit: for queries the program itself wrote (tests,
 * benchmarks). Queries a user typed go through runSparql.
 */
export function evaluateSparql(store: SparqlStore, query: string): SparqlAnswer {
  const prepared = prepareQuery(query, undefined);
  let output: unknown;
  try {
    output = store.query(prepared.runnable, { results_format: prepared.resultsFormat });
  } catch (error) {
    throw syntaxError(error instanceof Error ? error.message : String(error), { cause: error });
  }
  return readAnswer(String(output), prepared.graph);
}

/**
 * Runs a read-only SPARQL 1.1 query on a graph (a store, or Turtle text) in a worker thread, so that a query that
 * runs too long or takes too much memory is stopped without harm to the caller. Solutions keep the engine's order,
 * so ORDER BY decides it. Throws a UsageError for an update or a syntax error (with line and column), a
 * GraphReadError for Turtle that cannot be parsed, SparqlTimeoutError and SparqlEngineError.
 */
export async function runSparql(graph: SparqlStore | string, query: string, options: Partial<SparqlOptions> = {}): Promise<SparqlAnswer> {
  const resolved = resolveSparqlOptions(options);
  const prepared = prepareQuery(query, resolved.limit);
  const turtle = typeof graph === 'string';
  const outcome = await runWorker(
    {
      // Oxigraph rejects a byte-order mark; a graph read from a file may still start with one. As UTF-8 bytes the
      // graph moves to the worker without a copy, and is half the size of a string of it.
      graph: new TextEncoder().encode(turtle ? graph.replace(/^\uFEFF/u, '') : graph.dump({ format: 'application/n-quads' })),
      graphFormat: turtle ? 'text/turtle' : 'application/n-quads',
      query,
      runnable: prepared.runnable,
      resultsFormat: prepared.resultsFormat,
    },
    resolved,
  );
  if (outcome.type === 'syntax-error') throw syntaxError(outcome.message);
  if (outcome.type === 'graph-error') throw graphReadError(resolved.path, outcome.message);
  return readAnswer(outcome.output, prepared.graph, resolved.limit, outcome.vars);
}

/** The worker module beside this one: JavaScript once compiled; TypeScript when run from the sources, loaded through tsx. */
const WORKER_URL = new URL(`./sparql-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/** How often the memory of the process is checked while a query runs: wasm memory is outside the worker's heap limits. */
const MEMORY_CHECK_MS = 100;

function startWorker(data: SparqlWorkerData, maxMemoryMb: number): Worker {
  // stdout and stderr are kept from the terminal: a wasm panic prints its message there.
  // The graph's bytes are moved to the worker, not copied.
  const options = { workerData: data, transferList: [data.graph.buffer as ArrayBuffer], stdout: true, stderr: true, resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb } };
  if (!WORKER_URL.pathname.endsWith('.ts')) return new Worker(WORKER_URL, options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const load = `import(${JSON.stringify(tsx)}).then((tsx) => tsx.tsImport(${JSON.stringify(WORKER_URL.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(load, { ...options, eval: true });
}

/** Why the worker died, in a few words: the panic message a wasm panic printed, else the error's first line. */
function failureReason(error: unknown, stderr: string, maxMemoryMb: number): string {
  if ((error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') return `the query needed more than ${maxMemoryMb} MB of memory`;
  const panic = /panicked at [^\n]*\n([^\n]+)/u.exec(stderr)?.[1];
  const message = error instanceof Error ? `${error.name === 'RuntimeError' ? 'wasm ' : ''}${error.message}` : String(error);
  return (panic === undefined ? message : `wasm panic: ${panic}`).split('\n')[0]!.trim().slice(0, 200);
}

type WorkerOutcome = Exclude<SparqlWorkerMessage, { type: 'started' }>;

/** Runs the worker to its one outcome, stopping it at the timeout or when the process outgrows the memory budget. */
function runWorker(data: SparqlWorkerData, options: SparqlOptions): Promise<WorkerOutcome> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(data, options.maxMemoryMb);
    let stderr = '';
    worker.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4096);
    });
    worker.stdout.resume();
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const settle = (finish: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(memoryCheck);
      void worker.terminate();
      finish();
    };
    // The graph loaded is not the query's: the memory the query takes is counted from the start of the query.
    let baseline: number | undefined;
    const memoryCheck = setInterval(() => {
      if (baseline !== undefined && process.memoryUsage.rss() - baseline > options.maxMemoryMb * 1024 * 1024) {
        settle(() => reject(new SparqlEngineError(`the query needed more than ${options.maxMemoryMb} MB of memory`)));
      }
    }, MEMORY_CHECK_MS);
    worker.on('message', (message: SparqlWorkerMessage) => {
      if (message.type !== 'started') settle(() => resolve(message));
      else {
        baseline = process.memoryUsage.rss();
        timer = setTimeout(() => settle(() => reject(new SparqlTimeoutError(options.timeoutMs))), options.timeoutMs);
      }
    });
    worker.on('error', (error) => settle(() => reject(new SparqlEngineError(failureReason(error, stderr, options.maxMemoryMb), { cause: error }))));
    worker.on('exit', (code) => settle(() => reject(new SparqlEngineError(`the engine stopped with exit code ${code}`))));
  });
}

/** A parameter's value as SPARQL: `<IRI>`, an absolute IRI or a prefixed name with a prefix of namespaces.ts. */
function parameterTerm(name: string, value: string): string {
  const bare = value.startsWith('<') && value.endsWith('>') ? value.slice(1, -1) : value;
  const colon = bare.indexOf(':');
  const namespace = colon > 0 ? PREFIXES[bare.slice(0, colon)] : undefined;
  const iri = namespace === undefined ? bare : namespace + bare.slice(colon + 1);
  try {
    return `<${assertSafeIri(iri)}>`;
  } catch (error) {
    throw new UsageError(`--bind ${name}: ${JSON.stringify(value)} is not an IRI. Expecting <IRI>, an absolute IRI or a prefixed name such as id:party/Oman.`, {
      cause: error,
    });
  }
}

/**
 * Binds parameters of a query by appending a trailing VALUES clause, which SPARQL 1.1 joins with the solutions
 * before ORDER BY: `{ party: 'id:party/Oman' }` keeps only solutions where ?party is that IRI. A query that states
 * the parameter unbound therefore has a meaning of its own (every party), and binding narrows it.
 */
export function bindParameters(query: string, parameters: Readonly<Record<string, string>>): string {
  const names = Object.keys(parameters).sort();
  if (names.length === 0) return query;
  for (const name of names) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/u.test(name)) throw new UsageError(`--bind: ${JSON.stringify(name)} is not a variable name. Expecting letters, digits and _.`);
    if (!new RegExp(`[?$]${name}\\b`, 'u').test(query)) throw new UsageError(`--bind ${name}: the query has no variable ?${name}.`);
  }
  const values = names.map((name) => parameterTerm(name, parameters[name]!)).join(' ');
  return `${query.trimEnd()}\nVALUES (${names.map((name) => `?${name}`).join(' ')}) { (${values}) }\n`;
}

/** How an answer is printed. */
export type SparqlFormat = 'table' | 'json' | 'csv';
export const SPARQL_FORMATS: readonly SparqlFormat[] = ['table', 'json', 'csv'];

/** Cells of a table are cut to this many characters: the table is for reading, JSON and CSV keep everything. */
const TABLE_CELL_WIDTH = 60;

/**
 * The answer as text: `table` (aligned columns, IRIs compacted with Parley's prefixes, long cells cut),
 * `json` (SPARQL 1.1 Query Results JSON) or `csv` (SPARQL 1.1 Query Results CSV). Graph answers are N-Triples in
 * every format.
 */
export function formatSparqlAnswer(answer: SparqlAnswer, format: SparqlFormat): string {
  if (answer.kind === 'graph') return answer.nTriples;
  if (format === 'json') {
    const body = answer.kind === 'ask' ? { head: {}, boolean: answer.value } : { head: { vars: answer.vars }, results: { bindings: answer.rows } };
    return `${JSON.stringify(body, null, 2)}\n`;
  }
  if (answer.kind === 'ask') return format === 'csv' ? `_askResult\r\n${answer.value}\r\n` : `${answer.value}\n`;
  return format === 'csv' ? toCsv(answer.vars, answer.rows) : toTable(answer.vars, answer.rows);
}

/** CSV as the SPARQL 1.1 results spec has it: CRLF line ends, lexical forms only, quotes only when needed. */
function toCsv(vars: readonly string[], rows: readonly SparqlRow[]): string {
  const cell = (term: SparqlTerm | undefined): string => (term === undefined ? '' : term.type === 'bnode' ? `_:${term.value}` : term.value);
  return [csvLine(vars), ...rows.map((row) => csvLine(vars.map((name) => cell(row[name]))))].join('');
}

/** Numbers and plain strings print as themselves, IRIs compacted, other literals with their language or datatype. */
function showTerm(term: SparqlTerm): string {
  if (term.type === 'uri') return compactIri(term.value);
  if (term.type === 'bnode') return `_:${term.value}`;
  if (term.type !== 'literal') return term.value;
  if (term['xml:lang'] !== undefined) return `${term.value}@${term['xml:lang']}`;
  const plain = term.datatype === undefined || [XSD_TERMS.string, XSD_TERMS.integer, XSD_TERMS.decimal, XSD_TERMS.boolean, XSD_TERMS.date].includes(term.datatype as never);
  return plain ? term.value : `${term.value}^^${compactIri(term.datatype ?? '')}`;
}

function toTable(vars: readonly string[], rows: readonly SparqlRow[]): string {
  const cut = (text: string): string => {
    const oneLine = text.replace(/\r?\n/gu, '\\n');
    const chars = [...oneLine];
    return chars.length > TABLE_CELL_WIDTH ? `${chars.slice(0, TABLE_CELL_WIDTH - 1).join('')}…` : oneLine;
  };
  const cells = rows.map((row) => vars.map((name) => (row[name] === undefined ? '' : cut(showTerm(row[name])))));
  const widths = vars.map((name, column) => Math.max([...name].length, ...cells.map((line) => [...line[column]!].length)));
  const line = (values: readonly string[]): string => values.map((value, column) => value.padEnd(widths[column]! + value.length - [...value].length)).join('  ').trimEnd();
  const header = [line(vars), line(widths.map((width) => '-'.repeat(width)))];
  const footer = `${rows.length} row${rows.length === 1 ? '' : 's'}`;
  return `${[...header, ...cells.map(line), footer].join('\n')}\n`;
}
