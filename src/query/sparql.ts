// Runs SPARQL 1.1 queries on a graph in the embedded Oxigraph engine and prints the answers as a table, JSON or CSV.
import type { Quad } from '@rdfjs/types';
import oxigraph from 'oxigraph';
import { GraphReadError, UsageError } from '../errors.js';
import { assertSafeIri, compactIri, PREFIXES, XSD_TERMS } from '../rdf/namespaces.js';

/** An in-memory SPARQL store holding one graph in its default graph. */
export type SparqlStore = oxigraph.Store;

/**
 * A store holding `source`: Turtle text (parsed by Oxigraph, the fast path for large graphs) or RDF/JS quads
 * (e.g. an n3 Store). A Turtle syntax error is a GraphReadError naming `path` and the line.
 */
export function createSparqlStore(source: string | Iterable<Quad>, path = '<turtle>'): SparqlStore {
  if (typeof source !== 'string') return new oxigraph.Store([...source].map((quad) => oxigraph.fromQuad(quad) as oxigraph.Quad));
  const store = new oxigraph.Store();
  try {
    // Oxigraph rejects a byte-order mark; a graph read from a file may still start with one.
    store.load(source.replace(/^\uFEFF/u, ''), { format: 'text/turtle' });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const line = /\bline (\d+)/.exec(reason)?.[1];
    throw new GraphReadError(path, line === undefined ? undefined : Number(line), reason, { cause: error });
  }
  return store;
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

/** The answer to a query: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE). */
export type SparqlAnswer =
  | { readonly kind: 'select'; readonly vars: readonly string[]; readonly rows: readonly SparqlRow[] }
  | { readonly kind: 'ask'; readonly value: boolean }
  | { readonly kind: 'graph'; readonly nTriples: string };

/** Query forms, told apart by the first keyword after the prologue (comments, BASE and PREFIX declarations). */
const PROLOGUE = /^(?:\s+|#[^\n]*|(?:BASE|PREFIX)\s+(?:[^\s<]*\s*)?<[^>]*>)*/iu;

/** Whether the query builds triples (CONSTRUCT, DESCRIBE) rather than solutions or a boolean. */
function isGraphQuery(query: string): boolean {
  const rest = query.slice(PROLOGUE.exec(query)?.[0].length ?? 0);
  return /^(?:CONSTRUCT|DESCRIBE)\b/iu.test(rest);
}

/**
 * Runs a SPARQL 1.1 query. A query Oxigraph cannot parse is a UsageError with Oxigraph's message.
 * Solutions keep the engine's order, so ORDER BY decides it.
 */
export function runSparql(store: SparqlStore, query: string): SparqlAnswer {
  const graph = isGraphQuery(query);
  let output: unknown;
  try {
    output = store.query(query, { results_format: graph ? 'application/n-triples' : 'application/sparql-results+json' });
  } catch (error) {
    throw new UsageError(`sparql: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (typeof output !== 'string') throw new Error(`runSparql: Oxigraph returned ${typeof output}. Expecting serialized results.`);
  if (graph) return { kind: 'graph', nTriples: output };
  const parsed = JSON.parse(output) as { head: { vars?: string[] }; boolean?: boolean; results?: { bindings: SparqlRow[] } };
  if (typeof parsed.boolean === 'boolean') return { kind: 'ask', value: parsed.boolean };
  return { kind: 'select', vars: parsed.head.vars ?? [], rows: parsed.results?.bindings ?? [] };
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
  const cell = (term: SparqlTerm | undefined): string => {
    if (term === undefined) return '';
    const text = term.type === 'bnode' ? `_:${term.value}` : term.value;
    return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [vars.join(','), ...rows.map((row) => vars.map((name) => cell(row[name])).join(','))].map((line) => `${line}\r\n`).join('');
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
