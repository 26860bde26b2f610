// Writes quads as deterministic Turtle and reads Turtle back into a store, with the line of any syntax error.
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
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

/** Characters n3 escapes in Turtle (a high surrogate starts a pair it writes as `\U…`): a value without them is written as it is. */
const TURTLE_ESCAPED = /["\\\t\n\r\b\f\u0000-\u0019\ud800-\udbff]/;
/** The key of rdf:type, which n3 writes `a` as a predicate. */
const RDF_TYPE_KEY = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ';
/** Datatypes whose literals n3 writes bare in Turtle when the text has the datatype's form. */
const BARE_LITERALS: ReadonlyMap<string, RegExp> = new Map([
  ['http://www.w3.org/2001/XMLSchema#boolean', /^(?:true|false)$/],
  ['http://www.w3.org/2001/XMLSchema#integer', /^[+-]?\d+$/],
  ['http://www.w3.org/2001/XMLSchema#decimal', /^[+-]?\d*\.\d+$/],
  ['http://www.w3.org/2001/XMLSchema#double', /^[+-]?(?:\d+\.\d*|\.?\d+)[eE][+-]?\d+$/],
]);

/** `text` with the characters that mean something in a regular expression escaped, as n3 escapes the namespaces of its prefix pattern. */
function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

const NAMESPACES = Object.entries(PREFIXES);
/** The prefixed name of an IRI as n3 matches it: a namespace of PREFIXES, then a local name of its simple form. */
const PREFIXED = new RegExp(`^(${NAMESPACES.map(([, namespace]) => escapeRegex(namespace)).join('|')})([_a-zA-Z0-9](?:\\.?[\\-_a-zA-Z0-9])*)$`);
const PREFIX_OF = new Map(NAMESPACES.map(([prefix, namespace]) => [namespace, `${prefix}:`]));
/** IRIs that start like a prefixed name (`rdf:…`): n3 may write them as they are; it is asked. */
const LIKE_PREFIXED = new RegExp(`^(?:${NAMESPACES.map(([prefix]) => escapeRegex(`${prefix}:`)).join('|')})`);

/** An integer written without quotes and datatype, as n3 writes xsd:integer. */
const BARE_INTEGER = /^[+-]?\d+$/;

const PLACEHOLDER = DataFactory.namedNode('x');
/** `<x> <x> ` before the object of a line, ` .\n` after it. */
const LINE_HEAD = 8;
const LINE_TAIL = 3;

/** A term as `writer` writes the object of a line (canonical N-Triples, or Turtle with prefixes), escapes included. */
function written(term: NamedNode | Literal, writer: Writer): string {
  return writer.quadToString(PLACEHOLDER, PLACEHOLDER, term).slice(LINE_HEAD, -LINE_TAIL);
}

/**
 * A term in two forms: `key`, as a canonical N-Triples line writes it, followed by a space (comparing these strings by
 * code units gives the order of sorted N-Triples lines), and `turtle`, as n3's Writer writes it with PREFIXES.
 */
interface WrittenTerm {
  readonly key: string;
  readonly turtle: string;
}

/** A triple of one subject, its predicate and object written. */
interface WrittenTriple {
  readonly predicate: WrittenTerm;
  readonly object: WrittenTerm;
}

/** Compares strings by code units (the order of sorted N-Triples lines). */
function compareKeys(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/** The order of two triples of one subject. */
function byKey(a: WrittenTriple, b: WrittenTriple): number {
  return a.predicate.key === b.predicate.key ? compareKeys(a.object.key, b.object.key) : compareKeys(a.predicate.key, b.predicate.key);
}

/** Predicates, classes and datatypes remembered written, at most this many (a vocabulary is far smaller). */
const IRIS_HELD = 1 << 12;

/** Bytes of the pieces chunks() gives. */
const PIECE_SIZE = 1 << 20;

/** Where a text is in a TextArena: its first byte and the byte after its last, counted over all its texts. */
interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Texts kept as UTF-8 in large buffers. A string built piece by piece is a tree of its pieces, several times its size;
 * a graph's Turtle would take gigabytes of them. With a file, each buffer is written to it once full and only the last
 * one stays in memory: the Turtle of a large graph is as large as the graph itself.
 */
class TextArena {
  /** The buffers in memory, each with the position of its first byte; with a file, only the last. */
  private readonly buffers: { readonly bytes: Buffer; readonly start: number }[] = [];
  private used = 0;

  constructor(
    private readonly size: number,
    private readonly fd: number | undefined,
  ) {}

  add(text: string): Span {
    const length = Buffer.byteLength(text);
    let current = this.buffers.at(-1);
    if (current === undefined || this.used + length > current.bytes.length) {
      const start = current === undefined ? 0 : current.start + this.used;
      let bytes: Buffer | undefined;
      if (current !== undefined && this.fd !== undefined) {
        // Once in the file, the buffer is filled again.
        writeAllSync(this.fd, current.bytes.subarray(0, this.used), current.start);
        this.buffers.pop();
        if (current.bytes.length >= length) bytes = current.bytes;
      }
      current = { bytes: bytes ?? Buffer.allocUnsafe(Math.max(this.size, length)), start };
      this.buffers.push(current);
      this.used = 0;
    }
    const start = current.start + this.used;
    this.used += current.bytes.write(text, this.used);
    return { start, end: current.start + this.used };
  }

  /** Copies the text of `span` into `target` at `at`; returns the bytes copied. */
  copy({ start, end }: Span, target: Buffer, at: number): number {
    const held = this.buffers.findLast((buffer) => buffer.start <= start);
    if (held !== undefined || this.fd === undefined) return held?.bytes.copy(target, at, start - held.start, end - held.start) ?? 0;
    let done = 0;
    while (done < end - start) done += readSync(this.fd, target, at + done, end - start - done, start + done);
    return done;
  }

  bytes(span: Span): Buffer {
    const bytes = Buffer.allocUnsafe(span.end - span.start);
    this.copy(span, bytes, 0);
    return bytes;
  }
}

/** Writes all of `bytes` at `position` of the file. */
function writeAllSync(fd: number, bytes: Buffer, position: number): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
}

/** The Turtle block of one subject's triples, sorted as their N-Triples lines, duplicates dropped, as n3 writes it. */
function block(subject: string, triples: WrittenTriple[]): string {
  triples.sort(byKey);
  let text = subject;
  let previous: WrittenTriple | undefined;
  for (const triple of triples) {
    const { predicate, object } = triple;
    const verb = predicate.key === RDF_TYPE_KEY ? 'a' : predicate.turtle;
    if (previous === undefined) text += ` ${verb} ${object.turtle}`;
    else if (predicate.key !== previous.predicate.key) text += `;\n    ${verb} ${object.turtle}`;
    else if (object.key !== previous.object.key) text += `, ${object.turtle}`;
    previous = triple;
  }
  // Virtuoso 7's Turtle loader reads "1." at the end of a statement as a decimal and then misses the dot.
  return BARE_INTEGER.test(previous?.object.turtle ?? '') ? `${text} .\n` : `${text}.\n`;
}

/** Options of a TurtleWriter. */
export interface TurtleWriterOptions {
  /**
   * A file to create and keep the Turtle in while it is written, instead of memory, but for its last buffer (see
   * TextArena). Its name is removed at once; close() frees its space. Default: none, all in memory.
   */
  readonly spill: string | undefined;
  /** Bytes of each buffer the Turtle is kept in (default 16 MiB); a longer block gets a buffer of its own. */
  readonly bufferBytes: number;
}

export const DEFAULT_TURTLE_WRITER_OPTIONS: TurtleWriterOptions = { spill: undefined, bufferBytes: 1 << 24 };

/** The options with their defaults. Throws on a buffer size that is not a whole number of bytes, 1 or more. */
export function resolveTurtleWriterOptions(partial: Partial<TurtleWriterOptions> = {}): TurtleWriterOptions {
  const options = { ...DEFAULT_TURTLE_WRITER_OPTIONS, ...partial };
  if (!Number.isInteger(options.bufferBytes) || options.bufferBytes < 1) {
    throw new Error(`TurtleWriter: bufferBytes ${options.bufferBytes}. Expecting a whole number of bytes, 1 or more.`);
  }
  return options;
}

/**
 * Writes quads as deterministic Turtle, given in parts (a claim and its mentions, an entity, an article), keeping
 * only text: each subject's triples are written as its Turtle block as soon as its part is added, and the quads can be
 * dropped. `chunks()` then gives the blocks sorted by subject. The few subjects that get triples in a later part (an
 * entity that is the subject of a claim's direct triple) are read back from their block and written again.
 */
export class TurtleWriter {
  /** The Turtle block of each subject (from the subject to its last object, then `.\n`), by its key. */
  private readonly blocks = new Map<string, Span>();
  private readonly arena: TextArena;
  private readonly fd: number | undefined;
  /** Triples of subjects that already had a block when they came. */
  private readonly late = new Map<string, Quad[]>();
  private readonly lines = new Writer({ format: 'N-Triples' });
  private readonly writer = new Writer({ prefixes: { ...PREFIXES } });
  private readonly iris = new Map<string, WrittenTerm>();
  /** The prefix lines that begin the file, as n3 writes them. */
  private readonly header: string;

  constructor(options: Partial<TurtleWriterOptions> = {}) {
    const { spill, bufferBytes } = resolveTurtleWriterOptions(options);
    if (spill !== undefined) {
      this.fd = openSync(spill, 'wx+');
      // The open file needs no name: nothing is left behind, even when the process is killed.
      unlinkSync(spill);
    }
    this.arena = new TextArena(bufferBytes, this.fd);
    let header = '';
    new Writer({ prefixes: { ...PREFIXES } }).end((_error, result: string) => (header = result));
    this.header = header;
  }

  /** Adds quads: those of one subject should come in one call, else that subject is read back and written again at the end. */
  add(quads: Iterable<Quad>): void {
    const groups = new Map<string, { subject: NamedNode; triples: WrittenTriple[]; quads: Quad[] }>();
    for (const q of quads) {
      if (q.graph.termType !== 'DefaultGraph') throw new Error(`writeTurtle: quad in graph ${q.graph.value}. Expecting triples of the default graph only.`);
      let group = groups.get(q.subject.value);
      if (group === undefined) {
        checkKind(q.subject, 'subject');
        groups.set(q.subject.value, (group = { subject: q.subject as NamedNode, triples: [], quads: [] }));
      }
      checkKind(q.predicate, 'predicate');
      checkKind(q.object, 'object');
      const predicate = this.recurring(q.predicate as NamedNode);
      // Classes recur; most other IRIs are written once or a few times.
      const object = q.object.termType === 'Literal' ? this.literal(q.object) : predicate.key === RDF_TYPE_KEY ? this.recurring(q.object as NamedNode) : this.iri(q.object as NamedNode);
      group.triples.push({ predicate, object });
      group.quads.push(q);
    }
    for (const { subject, triples, quads: own } of groups.values()) {
      const written = this.iri(subject);
      const late = this.late.get(written.key);
      if (late !== undefined) late.push(...own);
      else if (this.blocks.has(written.key)) this.late.set(written.key, own);
      else this.blocks.set(written.key, this.arena.add(block(written.turtle, triples)));
    }
  }

  /** An IRI written, remembered: predicates, classes and datatypes recur in every other triple. */
  private recurring(term: NamedNode): WrittenTerm {
    let iri = this.iris.get(term.value);
    if (iri === undefined) {
      iri = this.iri(term);
      if (this.iris.size >= IRIS_HELD) this.iris.clear();
      this.iris.set(term.value, iri);
    }
    return iri;
  }

  /** An IRI written, checked first. */
  private iri(term: NamedNode): WrittenTerm {
    const plain = !ESCAPED.test(assertSafeIri(term.value));
    return { key: plain ? `<${term.value}> ` : `${written(term, this.lines)} `, turtle: this.turtleIri(term) };
  }

  /** An IRI as n3 writes it in Turtle with PREFIXES; one with nothing to escape (the rule) without asking n3. */
  private turtleIri(term: NamedNode): string {
    const iri = term.value;
    if (TURTLE_ESCAPED.test(iri) || LIKE_PREFIXED.test(iri)) return written(term, this.writer);
    const prefixed = PREFIXED.exec(iri);
    return prefixed === null ? `<${iri}>` : `${PREFIX_OF.get(prefixed[1] ?? '') ?? ''}${prefixed[2] ?? ''}`;
  }

  /** A literal written; one with nothing to escape (the rule) without asking n3. */
  private literal(term: Literal): WrittenTerm {
    // n3 computes a literal's parts from its id on each read: each is read once.
    const { language, datatype, value } = term;
    if (language !== '' && !LANGUAGE_TAG.test(language)) {
      throw new Error(`writeTurtle: bad language tag. Expecting a BCP 47 tag such as en-GB but got ${JSON.stringify(language)}.`);
    }
    const type = language === '' ? this.recurring(datatype) : undefined;
    if (ESCAPED.test(value) || TURTLE_ESCAPED.test(value) || (term as { direction?: string }).direction) {
      return { key: `${written(term, this.lines)} `, turtle: written(term, this.writer) };
    }
    if (type === undefined) return { key: `"${value}"@${language} `, turtle: `"${value}"@${language}` };
    if (datatype.value === XSD_STRING) return { key: `"${value}" `, turtle: `"${value}"` };
    return { key: `"${value}"^^${type.key}`, turtle: BARE_LITERALS.get(datatype.value)?.test(value) ? value : `"${value}"^^${type.turtle}` };
  }

  /** The Turtle as UTF-8, in pieces to write one after the other: the prefixes, then each subject's block, sorted by subject. */
  *chunks(): Generator<Uint8Array> {
    this.mergeLate();
    yield Buffer.from(this.header);
    const subjects = [...this.blocks.keys()].sort(compareKeys);
    let piece = Buffer.allocUnsafe(PIECE_SIZE);
    let used = 0;
    for (const subject of subjects) {
      const span = this.blocks.get(subject);
      if (span === undefined) continue;
      const length = span.end - span.start;
      if (used + length > piece.length) {
        yield piece.subarray(0, used);
        piece = Buffer.allocUnsafe(Math.max(PIECE_SIZE, length));
        used = 0;
      }
      used += this.arena.copy(span, piece, used);
    }
    yield piece.subarray(0, used);
  }

  /** Closes the file the text was kept in, if any; chunks() can no longer be read. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
  }

  /** Writes each subject that got triples in a later part again, from its block read back and the later triples. */
  private mergeLate(): void {
    if (this.late.size === 0) return;
    // The blocks are read back in one parse: a parser for each would read the prefixes again for every subject.
    const blocks = [...this.late.keys()].map((subject) => {
      const span = this.blocks.get(subject);
      return span === undefined ? '' : this.arena.bytes(span).toString('utf8');
    });
    const earlier = new Map<string, Quad[]>();
    for (const quad of new Parser({ format: 'text/turtle' }).parse(`${this.header}${blocks.join('')}`)) {
      const subject = this.iri(quad.subject as NamedNode).key;
      const quads = earlier.get(subject);
      if (quads === undefined) earlier.set(subject, [quad]);
      else quads.push(quad);
    }
    const again = new TurtleWriter();
    for (const [subject, quads] of this.late) {
      again.add([...(earlier.get(subject) ?? []), ...quads]);
      const merged = again.blocks.get(subject);
      if (merged !== undefined) this.blocks.set(subject, this.arena.add(again.arena.bytes(merged).toString('utf8')));
    }
    this.late.clear();
  }
}

/**
 * Turtle of the quads, byte-identical for the same set of quads in any order: the fixed PREFIXES of namespaces.ts,
 * triples sorted as their N-Triples lines would be (by subject, predicate and object) and grouped by subject, `\n`
 * line ends, duplicates dropped. Throws on blank nodes, named graphs and IRIs that could break out of `<…>`.
 */
export function writeTurtle(quads: Iterable<Quad>): string {
  const writer = new TurtleWriter();
  writer.add(quads);
  return Buffer.concat([...writer.chunks()]).toString('utf8');
}

/** Where n3 says a syntax error happened: `context.line`, else the `on line N` of its message. */
function errorLine(error: unknown): number | undefined {
  const context = (error as { context?: { line?: unknown } }).context;
  if (typeof context?.line === 'number') return context.line;
  const match = error instanceof Error ? /on line (\d+)/.exec(error.message) : null;
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * Terms a store numbers before those of the graph. n3 indexes triples in plain objects keyed by term number, and V8
 * gives an object whose first key is a number below about a thousand an array that long: numbered from 1, the first
 * terms of a graph cost kilobytes per index entry (35 MB and 0.2 s for the 4,500 triples of the sample articles).
 */
const UNUSED_TERM_NUMBERS = 2048;

/** An empty store that numbers the terms added to it from UNUSED_TERM_NUMBERS up. */
function emptyStore(): Store {
  const store = new Store();
  for (let i = 0; i < UNUSED_TERM_NUMBERS; i++) store.createBlankNode();
  return store;
}

/** Parses Turtle into a store. Throws GraphReadError carrying `path` and the line of the first syntax error. */
export function readTurtle(text: string, path = '<turtle>'): Store {
  try {
    const store = emptyStore();
    store.addQuads(new Parser({ format: 'text/turtle' }).parse(text));
    return store;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new GraphReadError(path, errorLine(error), reason, { cause: error });
  }
}
