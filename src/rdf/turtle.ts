// Writes quads as deterministic Turtle and reads Turtle back into a store, with the line of any syntax error.
import type { Literal, NamedNode, Quad, Term } from '@rdfjs/types';
import { DataFactory, Parser, Store, Writer } from 'n3';
import { GraphReadError } from '../errors.js';
import { assertSafeIri, PREFIXES } from './namespaces.js';

/** A BCP 47 language tag as Turtle's LANGTAG allows it; n3 writes tags unescaped, so anything else could inject text. */
const LANGUAGE_TAG = /^[a-z]+(?:-[a-z0-9]+)*$/i;

/** Throws on a term that cannot be written deterministically: blank nodes and variables have no stable label. */
function checkKind(term: Term, where: string): void {
  if (term.termType !== 'NamedNode' && term.termType !== 'Literal') {
    throw new Error(`writeTurtle: ${where} is a ${term.termType}. Expecting a named node${where === 'object' ? ' or a literal' : ''}; blank nodes have no stable label.`);
  }
}

/** Characters that canonical N-Triples escapes (as n3 writes it): a value without them is written as it is. */
const ESCAPED = /[^ !#-[\]-~\u0080-\uFFFD]/;
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

/**
 * Whether an IRI is written as it is, after assertSafeIri has found it safe. Remembered per IRI, since predicates,
 * classes and datatypes recur in every other triple.
 */
function plainIri(iri: string, checked: Map<string, boolean>): boolean {
  let plain = checked.get(iri);
  if (plain === undefined) {
    assertSafeIri(iri);
    plain = !ESCAPED.test(iri);
    checked.set(iri, plain);
  }
  return plain;
}

/** Checks an object (safe IRI, or literal with a safe datatype and a well-formed tag) and says whether it is written as it is. */
function plainObject(term: Term, subjects: ReadonlyMap<string, SubjectGroup>, checked: Map<string, boolean>): boolean {
  checkKind(term, 'object');
  if (term.termType === 'NamedNode') return subjects.get(term.value)?.plainSubject ?? plainIri(term.value, checked);
  // n3 computes a literal's parts from its id on each read: each is read once.
  const { language, datatype, value } = term as Literal;
  if (language !== '' && !LANGUAGE_TAG.test(language)) {
    throw new Error(`writeTurtle: bad language tag. Expecting a BCP 47 tag such as en-GB but got ${JSON.stringify(language)}.`);
  }
  return plainIri(datatype.value, checked) && !ESCAPED.test(value);
}

/**
 * Compares `a + terminator` with `b + terminator` by code units without building either string: the order of two
 * terms written in an N-Triples line, where `>` ends an IRI and `"` the text of a literal.
 */
function compareTerminated(a: string, b: string, terminator: number): number {
  if (a === b) return 0;
  if (b.startsWith(a)) return terminator - b.charCodeAt(a.length);
  if (a.startsWith(b)) return a.charCodeAt(b.length) - terminator;
  return a < b ? -1 : 1;
}

/** What follows the text of a literal in N-Triples: its language tag or datatype (none for xsd:string). */
function literalSuffix(term: Literal): string {
  if (term.language !== '') return `@${term.language}`;
  return term.datatype.value === XSD_STRING ? '' : `^^<${term.datatype.value}>`;
}

/**
 * The order of two terms as canonical N-Triples writes them (`<iri>` or `"text"` with a suffix), so that sorting by
 * subject, predicate and object gives the order of sorted N-Triples lines. Unless both are `plain` (nothing to
 * escape), which is the rule, they are compared in their written form.
 */
function compareWritten(a: NamedNode | Literal, b: NamedNode | Literal, plain: boolean, lines: Writer): number {
  if (a.termType !== b.termType) return a.termType === 'Literal' ? -1 : 1;
  if (!plain) return compareTerminated(written(a, lines), written(b, lines), 0x20);
  if (a.termType === 'NamedNode') return compareTerminated(a.value, b.value, 0x3e);
  return compareTerminated(a.value, b.value, 0x22) || compareTerminated(literalSuffix(a), literalSuffix(b as Literal), 0x20);
}

/** A bare integer object ending a statement: ` 12.` at the end of a line. */
const INTEGER_BEFORE_FINAL_DOT = /( [+-]?\d+)\.\n/g;

const PLACEHOLDER = DataFactory.namedNode('x');
/** `<x> <x> ` before the object of a line, ` .\n` after it. */
const LINE_HEAD = 8;
const LINE_TAIL = 3;

/** A term as canonical N-Triples writes it. */
function written(term: NamedNode | Literal, lines: Writer): string {
  return lines.quadToString(PLACEHOLDER, PLACEHOLDER, term).slice(LINE_HEAD, -LINE_TAIL);
}

/** The triples of one subject, and whether the subject is written as it is. */
interface SubjectGroup {
  readonly subject: NamedNode;
  readonly plainSubject: boolean;
  readonly quads: Quad[];
}

/**
 * Turtle of the quads, byte-identical for the same set of quads in any order: the fixed PREFIXES of namespaces.ts,
 * triples sorted as their N-Triples lines would be (by subject, predicate and object) and grouped by subject, `\n`
 * line ends, duplicates dropped. Throws on blank nodes, named graphs and IRIs that could break out of `<…>`.
 */
export function writeTurtle(quads: Iterable<Quad>): string {
  // Quads are grouped by subject as they come, then subjects are sorted, then the few triples of each: far cheaper
  // than writing and sorting one N-Triples line per quad.
  const groups = new Map<string, SubjectGroup>();
  for (const q of quads) {
    if (q.graph.termType !== 'DefaultGraph') throw new Error(`writeTurtle: quad in graph ${q.graph.value}. Expecting triples of the default graph only.`);
    let group = groups.get(q.subject.value);
    if (group === undefined) {
      checkKind(q.subject, 'subject');
      const subject = q.subject as NamedNode;
      group = { subject, plainSubject: !ESCAPED.test(assertSafeIri(subject.value)), quads: [] };
      groups.set(subject.value, group);
    }
    group.quads.push(q);
  }
  // Every subject is now checked: an object IRI that is also a subject needs no second look.
  const checked = new Map<string, boolean>();
  const lines = new Writer({ format: 'N-Triples' });
  const writer = new Writer({ prefixes: { ...PREFIXES } });
  const sorted = [...groups.values()].sort((a, b) => compareWritten(a.subject, b.subject, a.plainSubject && b.plainSubject, lines));
  for (const { quads: triples } of sorted) {
    let plain = true;
    for (const q of triples) {
      checkKind(q.predicate, 'predicate');
      if (!plainIri(q.predicate.value, checked)) plain = false;
      if (!plainObject(q.object, groups, checked)) plain = false;
    }
    const compareTriples = (a: Quad, b: Quad): number =>
      compareWritten(a.predicate as NamedNode, b.predicate as NamedNode, plain, lines) ||
      compareWritten(a.object as NamedNode | Literal, b.object as NamedNode | Literal, plain, lines);
    let previous: Quad | undefined;
    for (const q of triples.sort(compareTriples)) {
      if (previous === undefined || compareTriples(previous, q) !== 0) writer.addQuad(q);
      previous = q;
    }
  }
  let turtle: string | undefined;
  writer.end((error, result: string) => {
    if (error) throw error;
    turtle = result;
  });
  // n3 calls back synchronously when it writes to a string; guard against that ever changing.
  if (turtle === undefined) throw new Error('writeTurtle: the n3 writer did not finish synchronously.');
  // Virtuoso 7's Turtle loader reads "1." at the end of a statement as a decimal and then misses the dot: a space
  // before the dot of a statement that ends in an integer. Literals never span lines (n3 escapes line breaks).
  return turtle.replace(INTEGER_BEFORE_FINAL_DOT, '$1 .\n');
}

/** Where n3 says a syntax error happened: `context.line`, else the `on line N` of its message. */
function errorLine(error: unknown): number | undefined {
  const context = (error as { context?: { line?: unknown } }).context;
  if (typeof context?.line === 'number') return context.line;
  const match = error instanceof Error ? /on line (\d+)/.exec(error.message) : null;
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** Parses Turtle into a store. Throws GraphReadError carrying `path` and the line of the first syntax error. */
export function readTurtle(text: string, path = '<turtle>'): Store {
  try {
    return new Store(new Parser({ format: 'text/turtle' }).parse(text));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new GraphReadError(path, errorLine(error), reason, { cause: error });
  }
}
