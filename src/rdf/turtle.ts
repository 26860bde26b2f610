// Writes quads as deterministic Turtle and reads Turtle back into a store, with the line of any syntax error.
import type { Quad, Term } from '@rdfjs/types';
import { Parser, Store, Writer } from 'n3';
import { GraphReadError } from '../errors.js';
import { assertSafeIri, PREFIXES } from './namespaces.js';
import { compareCodeUnits } from '../compare-code-units.js';

/** A BCP 47 language tag as Turtle's LANGTAG allows it; n3 writes tags unescaped, so anything else could inject text. */
const LANGUAGE_TAG = /^[a-z]+(?:-[a-z0-9]+)*$/i;

/** Throws unless the term can be written deterministically and safely: no blank nodes, no variables, safe IRIs and tags. */
function checkTerm(term: Term, where: string): void {
  if (term.termType === 'NamedNode') assertSafeIri(term.value);
  else if (term.termType === 'Literal') {
    assertSafeIri(term.datatype.value);
    if (term.language !== '' && !LANGUAGE_TAG.test(term.language)) {
      throw new Error(`writeTurtle: bad language tag. Expecting a BCP 47 tag such as en-GB but got ${JSON.stringify(term.language)}.`);
    }
  } else throw new Error(`writeTurtle: ${where} is a ${term.termType}. Expecting a named node${where === 'object' ? ' or a literal' : ''}; blank nodes have no stable label.`);
}

/**
 * The N-Triples line of each distinct quad, sorted. Comparing whole lines orders quads by subject, then predicate,
 * then object, because a subject or predicate always ends with `>`, which cannot occur inside an IRI.
 */
function sortedLines(quads: Iterable<Quad>): Map<string, Quad> {
  const lines = new Writer({ format: 'N-Triples' });
  const byLine = new Map<string, Quad>();
  for (const q of quads) {
    if (q.graph.termType !== 'DefaultGraph') throw new Error(`writeTurtle: quad in graph ${q.graph.value}. Expecting triples of the default graph only.`);
    checkTerm(q.subject, 'subject');
    checkTerm(q.predicate, 'predicate');
    checkTerm(q.object, 'object');
    byLine.set(lines.quadToString(q.subject, q.predicate, q.object), q);
  }
  return new Map([...byLine].sort(([a], [b]) => compareCodeUnits(a, b)));
}

/**
 * Turtle of the quads, byte-identical for the same set of quads in any order: the fixed PREFIXES of namespaces.ts,
 * triples sorted by subject, predicate and object and grouped by subject, `\n` line ends, duplicates dropped.
 * Throws on blank nodes, named graphs and IRIs that could break out of `<…>`.
 */
export function writeTurtle(quads: Iterable<Quad>): string {
  const sorted = sortedLines(quads);
  const writer = new Writer({ prefixes: { ...PREFIXES } });
  for (const q of sorted.values()) writer.addQuad(q);
  let turtle: string | undefined;
  writer.end((error, result: string) => {
    if (error) throw error;
    turtle = result;
  });
  // n3 calls back synchronously when it writes to a string; guard against that ever changing.
  if (turtle === undefined) throw new Error('writeTurtle: the n3 writer did not finish synchronously.');
  return turtle;
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
