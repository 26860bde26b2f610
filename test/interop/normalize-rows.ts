// Puts SPARQL JSON results from different engines into one comparable form: rows as sorted strings, numbers as numbers.
import { XSD } from '../../src/rdf/namespaces.js';

/** A value as SPARQL 1.1 JSON results give it; Virtuoso still says `typed-literal` for typed literals. */
export interface ResultTerm {
  readonly type: string;
  readonly value: string;
  readonly datatype?: string;
  readonly 'xml:lang'?: string;
}

/** The results of a SELECT query in SPARQL 1.1 Query Results JSON Format. */
export interface SelectResults {
  readonly head: { readonly vars: readonly string[] };
  readonly results: { readonly bindings: readonly Readonly<Record<string, ResultTerm>>[] };
}

const NUMERIC = new Set(
  ['integer', 'decimal', 'double', 'float', 'int', 'long', 'short', 'byte', 'nonNegativeInteger', 'positiveInteger', 'unsignedInt'].map(
    (name) => `${XSD}${name}`,
  ),
);

/** One value in a form that engines agree on: numbers by value, plain and xsd:string literals alike. */
export function normalizeTerm(term: ResultTerm | undefined): string {
  if (term === undefined) return 'UNBOUND';
  if (term.type === 'uri') return `<${term.value}>`;
  if (term.type === 'bnode') return '_:blank';
  const lang = term['xml:lang'];
  if (lang !== undefined && lang !== '') return `${JSON.stringify(term.value)}@${lang.toLowerCase()}`;
  if (term.datatype === undefined || term.datatype === `${XSD}string`) return JSON.stringify(term.value);
  if (NUMERIC.has(term.datatype)) return `number ${Number(term.value)}`;
  return `${JSON.stringify(term.value)}^^<${term.datatype}>`;
}

/** The rows of a SELECT answer as sorted strings, each listing the variables in the order of `vars`. */
export function normalizeRows(vars: readonly string[], bindings: readonly Readonly<Record<string, ResultTerm>>[]): string[] {
  return bindings.map((row) => vars.map((name) => `${name}=${normalizeTerm(row[name])}`).join(' | ')).sort();
}
