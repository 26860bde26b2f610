// Writes quads as deterministic Turtle and reads Turtle back into a store, with the line of any syntax error.
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import type { Literal, NamedNode, Quad, Term } from '@rdfjs/types';
import { DataFactory, Literal as N3Literal, Parser, Store, Writer } from 'n3';
import { GraphReadError } from '../errors.js';
import { groupBy } from '../group-by.js';
import { IriTable } from './iri-table.js';
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
 * A character that canonical N-Triples or n3's Turtle escapes (ESCAPED, and a high surrogate, which starts a pair n3
 * writes as `\U…`): a value without them is written as it is.
 */
const NEEDS_ESCAPE = /[^ !#-[\]-~\u0080-\ud7ff\udc00-\uFFFD]/;
/** An absolute IRI that assertSafeIri accepts and that neither writer escapes (ESCAPED, a surrogate). */
const PLAIN_IRI = /^[a-z][a-z0-9+.-]*:[^\u0000-\u0020<>"{}|^`\\\u007f\ud800-\udfff\ufffe\uffff]*$/i;
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

/**
 * A triple of one subject: its predicate written, its object and the object's Turtle. The object's key is made only
 * when the subject has another object of the same predicate to order it by, which is rare.
 */
interface WrittenTriple {
  readonly predicate: WrittenTerm;
  readonly object: NamedNode | Literal;
  readonly turtle: string;
  key: string | undefined;
}

const N_TRIPLES = new Writer({ format: 'N-Triples' });

/** The key of an IRI: as a canonical N-Triples line writes it, then a space. */
function iriKey(term: NamedNode): string {
  return ESCAPED.test(term.value) ? `${written(term, N_TRIPLES)} ` : `<${term.value}> `;
}

/** The key of a triple's object (see WrittenTerm), made once. */
function objectKey(triple: WrittenTriple): string {
  if (triple.key !== undefined) return triple.key;
  const term = triple.object;
  if (term.termType === 'NamedNode') return (triple.key = iriKey(term));
  const { value, language, datatype, directed } = literalParts(term);
  if (NEEDS_ESCAPE.test(value) || directed) return (triple.key = `${written(term, N_TRIPLES)} `);
  if (language !== '') return (triple.key = `"${value}"@${language} `);
  return (triple.key = datatype === XSD_STRING ? `"${value}" ` : `"${value}"^^${iriKey(DataFactory.namedNode(datatype))}`);
}

/** What a Turtle writer reads of a literal: its text, its language (or ''), its datatype IRI, whether it has a direction. */
interface LiteralParts {
  readonly value: string;
  readonly language: string;
  readonly datatype: string;
  readonly directed: boolean;
}

/**
 * The parts of a literal. n3 computes each from its literal's id on every read (and the datatype as a new term): the id
 * of a literal without a language, `"text"` or `"text"^^datatype`, is read here once.
 */
function literalParts(term: Literal): LiteralParts {
  if (term instanceof N3Literal) {
    const id = term.id;
    const close = id.lastIndexOf('"');
    if (close === id.length - 1) return { value: id.slice(1, close), language: '', datatype: XSD_STRING, directed: false };
    if (id.startsWith('^^', close + 1)) return { value: id.slice(1, close), language: '', datatype: id.slice(close + 3), directed: false };
  }
  const { value, language, datatype } = term;
  return { value, language, datatype: datatype.value, directed: Boolean((term as { direction?: string }).direction) };
}

/** Compares strings by code units (the order of sorted N-Triples lines). */
function compareKeys(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/**
 * Compares IRIs as their keys `<iri> ` compare by code units, for IRIs without a `>`: as strings, but for an IRI that
 * begins the other, which comes after it when the other goes on with a code unit below that of `>`.
 */
function compareIriKeys(a: string, b: string): number {
  if (a === b) return 0;
  if (a < b) return b.charCodeAt(a.length) < 0x3e && b.startsWith(a) ? 1 : -1;
  return a.charCodeAt(b.length) < 0x3e && a.startsWith(b) ? -1 : 1;
}

/** The code at `at` of key number `number`, its key `<iri> ` read from after the `<`: -1 once past its end. */
type KeyCode = (number: number, at: number) => number;

/** Whether key `a` comes after key `b`, both being the same up to `from`. */
function keyAfter(code: KeyCode, a: number, b: number, from: number): boolean {
  for (let at = from; ; at++) {
    const x = code(a, at);
    const y = code(b, at);
    if (x !== y) return x > y;
    if (x < 0) return false;
  }
}

/** Ranges this short are sorted by insertion. */
const SHORT_RANGE = 12;

/**
 * The numbers of `count` keys ordered as their codes compare, without making the keys (TurtleWriter keeps its subjects
 * as bytes, not strings). A multikey quicksort, splitting by one code at a time: IRIs share long prefixes, which a
 * comparison of whole keys would read again at every step.
 * Each IRI has no character N-Triples escapes, so no `>`.
 */
function sortKeys(count: number, code: KeyCode): Int32Array {
  const order = new Int32Array(count);
  for (let number = 0; number < order.length; number++) order[number] = number;
  const ranges: [number, number, number][] = [[0, order.length, 0]];
  for (let range = ranges.pop(); range !== undefined; range = ranges.pop()) {
    let [low, high, at] = range;
    while (high - low > SHORT_RANGE) {
      const pivot = code(order[(low + high) >>> 1]!, at);
      let less = low;
      let greater = high;
      for (let i = low; i < greater; ) {
        const number = order[i]!;
        const unit = code(number, at);
        if (unit < pivot) {
          order[i++] = order[less]!;
          order[less++] = number;
        } else if (unit > pivot) {
          order[i] = order[--greater]!;
          order[greater] = number;
        } else i++;
      }
      ranges.push([low, less, at], [greater, high, at]);
      // The keys equal at `at` are ordered by the code units after it; past the end they are equal.
      if (pivot < 0) break;
      [low, high, at] = [less, greater, at + 1];
    }
    if (high - low <= SHORT_RANGE) {
      for (let i = low + 1; i < high; i++) {
        const number = order[i]!;
        let j = i;
        for (; j > low && keyAfter(code, order[j - 1]!, number, at); j--) order[j] = order[j - 1]!;
        order[j] = number;
      }
    }
  }
  return order;
}

/** The order of two triples of one subject. */
function byKey(a: WrittenTriple, b: WrittenTriple): number {
  return a.predicate.key === b.predicate.key ? compareKeys(objectKey(a), objectKey(b)) : compareKeys(a.predicate.key, b.predicate.key);
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
    const current = this.room(Buffer.byteLength(text));
    const start = current.start + this.used;
    this.used += current.bytes.write(text, this.used);
    return { start, end: current.start + this.used };
  }

  /** The buffer with room for `length` more bytes: the last one, or a new one once it is full (written to the file first). */
  private room(length: number): { readonly bytes: Buffer; readonly start: number } {
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
    return current;
  }

  /** Adds UTF-8 bytes, as add() adds a text. */
  addBytes(bytes: Uint8Array): Span {
    const length = bytes.length;
    const current = this.room(length);
    const start = current.start + this.used;
    current.bytes.set(bytes, this.used);
    this.used += length;
    return { start, end: start + length };
  }

  /** Copies the text of `span`, which may run over several buffers, into `target` at `at`; returns the bytes copied. */
  copy({ start, end }: Span, target: Buffer, at: number): number {
    let position = start;
    while (position < end) {
      const index = this.buffers.findLastIndex((buffer) => buffer.start <= position);
      const held = this.buffers[index];
      if (held !== undefined) {
        const until = Math.min(end, this.buffers[index + 1]?.start ?? end);
        held.bytes.copy(target, at + position - start, position - held.start, until - held.start);
        position = until;
      } else if (this.fd !== undefined) {
        // Before the buffer held: in the file.
        const read = readSync(this.fd, target, at + position - start, Math.min(end, this.buffers[0]?.start ?? end) - position, position);
        if (read === 0) throw new Error(`TextArena: the file ends before byte ${position}.`);
        position += read;
      } else break;
    }
    return position - start;
  }

  /** Where the next text added will start: the bytes of all the texts added so far. */
  get end(): number {
    return (this.buffers.at(-1)?.start ?? 0) + this.used;
  }

  /** The text of `span`. */
  text(span: Span): string {
    const index = this.buffers.findLastIndex((buffer) => buffer.start <= span.start);
    const held = this.buffers[index];
    if (held !== undefined && span.end <= (this.buffers[index + 1]?.start ?? Infinity)) {
      return held.bytes.toString('utf8', span.start - held.start, span.end - held.start);
    }
    const bytes = Buffer.allocUnsafe(span.end - span.start);
    this.copy(span, bytes, 0);
    return bytes.toString('utf8');
  }
}

/**
 * Spans numbered from 0, in two typed arrays rather than an object each: a graph of ten thousand articles has over a
 * million subjects.
 */
class SpanTable {
  private starts = new Float64Array(1 << 10);
  private lengths = new Uint32Array(1 << 10);
  size = 0;

  /** Adds a span; returns its number. */
  push(span: Span): number {
    if (this.size === this.starts.length) {
      const starts = new Float64Array(this.size * 2);
      const lengths = new Uint32Array(this.size * 2);
      starts.set(this.starts);
      lengths.set(this.lengths);
      this.starts = starts;
      this.lengths = lengths;
    }
    this.set(this.size, span);
    return this.size++;
  }

  set(at: number, { start, end }: Span): void {
    this.starts[at] = start;
    this.lengths[at] = end - start;
  }

  get(at: number): Span {
    const start = this.starts[at] ?? 0;
    return { start, end: start + (this.lengths[at] ?? 0) };
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
    const { predicate, turtle } = triple;
    const verb = predicate.key === RDF_TYPE_KEY ? 'a' : predicate.turtle;
    if (previous === undefined) text += ` ${verb} ${turtle}`;
    else if (predicate.key !== previous.predicate.key) text += `;\n    ${verb} ${turtle}`;
    else if (objectKey(triple) !== objectKey(previous)) text += `, ${turtle}`;
    previous = triple;
  }
  // Virtuoso 7's Turtle loader reads "1." at the end of a statement as a decimal and then misses the dot.
  // One concatenation for both endings: as a branch of its own, the rare one had no type feedback, and V8's optimized
  // code fell back to the interpreter on every block that took it, thousands of times a build.
  return text + (BARE_INTEGER.test(previous?.turtle ?? '') ? ' .\n' : '.\n');
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

/** The prefix lines that begin the file, as n3 writes them. */
const HEADER = ((): string => {
  let header = '';
  new Writer({ prefixes: { ...PREFIXES } }).end((_error, result: string) => (header = result));
  return header;
})();

/** A subject's Turtle block (from the subject to its last object, then `.\n`), with the subject's IRI and key. */
interface SubjectBlock {
  readonly iri: string;
  /**
   * What the subjects are sorted by: the IRI, or for an IRI with characters N-Triples escapes, the text between the
   * `<` and the `> ` of its key.
   */
  readonly key: string;
  readonly text: string;
}

/** Writes the Turtle blocks of subjects, remembering the terms that recur. */
class BlockWriter {
  private readonly writer = new Writer({ prefixes: { ...PREFIXES } });
  private readonly iris = new Map<string, WrittenTerm>();

  /** The block of each subject of `quads`, sorted by key. */
  *blocks(quads: Iterable<Quad>): Generator<SubjectBlock> {
    // The quads are grouped first and each subject written at once: its written terms die young, which the garbage
    // collector finds cheap, rather than all living until the last quad is read.
    const groups = new Map<string, Quad[]>();
    for (const q of quads) {
      if (q.graph.termType !== 'DefaultGraph') throw new Error(`writeTurtle: quad in graph ${q.graph.value}. Expecting triples of the default graph only.`);
      const group = groups.get(q.subject.value);
      if (group === undefined) groups.set(q.subject.value, [q]);
      else group.push(q);
    }
    const subjects = [...groups].map(([iri, own]) => {
      const subject = own[0]!.subject;
      checkKind(subject, 'subject');
      return { iri, key: ESCAPED.test(iri) ? iriKey(subject as NamedNode).slice(1, -2) : iri, own };
    });
    // Sorted by comparing whole strings rather than code by code (see sortKeys): reading one code unit per call of
    // each of the 147,000 subjects of the 1,000 generated articles, pass after pass, took 0.4 to 0.9 s against 0.06 s.
    subjects.sort((a, b) => compareIriKeys(a.key, b.key));
    for (const { iri, key, own } of subjects) {
      const triples = own.map((q) => this.triple(q));
      yield { iri, key, text: block(this.turtleIri(own[0]!.subject as NamedNode), triples) };
    }
  }

  /** A quad's predicate and object, written. */
  private triple(q: Quad): WrittenTriple {
    checkKind(q.predicate, 'predicate');
    checkKind(q.object, 'object');
    const predicate = this.recurring(q.predicate.value);
    const object = q.object as NamedNode | Literal;
    if (object.termType === 'Literal') return { predicate, object, turtle: this.literal(object), key: undefined };
    // Classes recur; most other IRIs are written once or a few times.
    if (predicate.key !== RDF_TYPE_KEY) return { predicate, object, turtle: this.turtleIri(object), key: undefined };
    const type = this.recurring(object.value);
    return { predicate, object, turtle: type.turtle, key: type.key };
  }

  /** An IRI written, remembered: predicates, classes and datatypes recur in every other triple. */
  private recurring(value: string): WrittenTerm {
    let iri = this.iris.get(value);
    if (iri === undefined) {
      iri = this.iri(DataFactory.namedNode(value));
      if (this.iris.size >= IRIS_HELD) this.iris.clear();
      this.iris.set(value, iri);
    }
    return iri;
  }

  /** An IRI written, checked first. */
  private iri(term: NamedNode): WrittenTerm {
    const turtle = this.turtleIri(term);
    return { key: iriKey(term), turtle };
  }

  /** An IRI as n3 writes it in Turtle with PREFIXES, checked first; one that is safe, with nothing to escape and not like a prefixed name (the rule), without asking n3. */
  private turtleIri(term: NamedNode): string {
    const iri = term.value;
    if (!PLAIN_IRI.test(iri) || LIKE_PREFIXED.test(iri)) {
      assertSafeIri(iri);
      return written(term, this.writer);
    }
    const prefixed = PREFIXED.exec(iri);
    return prefixed === null ? `<${iri}>` : `${PREFIX_OF.get(prefixed[1] ?? '') ?? ''}${prefixed[2] ?? ''}`;
  }

  /** A literal as n3 writes it in Turtle, checked first; one with nothing to escape (the rule) without asking n3. */
  private literal(term: Literal): string {
    const { value, language, datatype, directed } = literalParts(term);
    if (language !== '' && !LANGUAGE_TAG.test(language)) {
      throw new Error(`writeTurtle: bad language tag. Expecting a BCP 47 tag such as en-GB but got ${JSON.stringify(language)}.`);
    }
    if (NEEDS_ESCAPE.test(value) || directed) return written(term, this.writer);
    if (language !== '') return `"${value}"@${language}`;
    if (datatype === XSD_STRING) return `"${value}"`;
    return BARE_LITERALS.get(datatype)?.test(value) ? value : `"${value}"^^${this.recurring(datatype).turtle}`;
  }
}

/** A block's part when it was added without one. */
const NO_PART = -1;

/** A subject's block as TurtleWriter wrote it (see writtenBlocks). */
export interface WrittenBlock {
  /** The part it was added with. */
  readonly part: number;
  /** Where its bytes are in the Turtle written, from its first byte. */
  readonly start: number;
  readonly length: number;
  /** Its subject's key (see SubjectBlock) and IRI; undefined when its text starts with `<key>`, the IRI being the key. */
  readonly subject: { readonly key: string; readonly iri: string } | undefined;
}

/** Whether a block's text starts with its subject's key in angle brackets, as BlockWriter writes an IRI with nothing to escape that is no prefixed name. */
function startsWithIri(text: string, key: string): boolean {
  return text.charCodeAt(0) === 0x3c && text.startsWith(key, 1) && text.charCodeAt(key.length + 1) === 0x3e;
}

/**
 * Writes quads as deterministic Turtle, given in parts (a claim and its mentions, an entity, an article), keeping
 * only text: each subject's triples are written as its Turtle block as soon as its part is added, and the quads can be
 * dropped. `chunks()` then gives the blocks sorted by subject. The few subjects that get triples in several parts
 * (an entity that is the subject of a claim's direct triple) have a block of each part, found next to each other once
 * sorted: they are read back and written again as one.
 */
export class TurtleWriter {
  /** The key of the subject of each block (see SubjectBlock), numbered in the order they came: where the block is in `spans`. */
  private readonly subjects = new IriTable();
  /** Where each subject's block is in the arena. */
  private readonly spans = new SpanTable();
  /** The IRIs of the few subjects kept as their escaped keys, by number. */
  private readonly escapedIris = new Map<number, string>();
  /** Blocks merged into the block of the same subject that came first (see mergeRepeated). */
  private readonly merged = new Set<number>();
  private readonly arena: TextArena;
  private readonly fd: number | undefined;
  private readonly blockWriter = new BlockWriter();
  /** The part of each block (NO_PART if none), by number, and whether its text starts with `<key>`. */
  private partOf = new Int32Array(1 << 10);
  private bareOf = new Uint8Array(1 << 10);
  /** The numbers of the blocks in the order chunks() wrote them, and where each starts in the Turtle. */
  private written: Int32Array | undefined;
  private startOf: Float64Array | undefined;
  /** The numbers of the blocks written before (addWritten), in the order they came, which is theirs in the Turtle. */
  private carried = new Int32Array(0);
  private carriedCount = 0;
  /** Parts with a block merged with another part's, which writtenBlocks() leaves out. */
  private readonly mergedParts = new Set<number>();

  constructor(options: Partial<TurtleWriterOptions> = {}) {
    const { spill, bufferBytes } = resolveTurtleWriterOptions(options);
    if (spill !== undefined) {
      this.fd = openSync(spill, 'wx+');
      // The open file needs no name: nothing is left behind, even when the process is killed.
      unlinkSync(spill);
    }
    this.arena = new TextArena(bufferBytes, this.fd);
  }

  /**
   * Adds quads: those of one subject should come in one call, else that subject is read back and written again at the
   * end. `part`, a number of the caller's, is told back with each block by writtenBlocks().
   */
  add(quads: Iterable<Quad>, part = NO_PART): void {
    // The blocks come sorted: those that follow each other in the Turtle then follow each other in the arena, and
    // chunks() copies them at once.
    for (const { iri, key, text } of this.blockWriter.blocks(quads)) this.push(iri, key, this.arena.add(text), part, key === iri && startsWithIri(text, key));
  }

  /**
   * Adds the block of one subject as written before (see writtenBlocks): its UTF-8 bytes, the key and IRI of its
   * subject, which must get no other block, and whether its text starts with `<key>`. The blocks written before must
   * come in the order of their Turtle, as writtenBlocks() gives them: they are not sorted again.
   */
  addWritten(bytes: Uint8Array, subject: { readonly iri: string; readonly key: string; readonly bare: boolean }, part = NO_PART): void {
    const number = this.push(subject.iri, subject.key, this.arena.addBytes(bytes), part, subject.bare);
    if (this.carriedCount === this.carried.length) {
      const carried = new Int32Array(Math.max(1 << 10, this.carriedCount * 2));
      carried.set(this.carried);
      this.carried = carried;
    }
    this.carried[this.carriedCount++] = number;
  }

  private push(iri: string, key: string, span: Span, part: number, bare: boolean): number {
    const number = this.spans.push(span);
    this.subjects.push(key);
    if (key !== iri) this.escapedIris.set(number, iri);
    if (number === this.partOf.length) {
      const partOf = new Int32Array(number * 2);
      partOf.set(this.partOf);
      this.partOf = partOf;
      const bareOf = new Uint8Array(number * 2);
      bareOf.set(this.bareOf);
      this.bareOf = bareOf;
    }
    this.partOf[number] = part;
    this.bareOf[number] = part !== NO_PART && bare ? 1 : 0;
    return number;
  }

  /**
   * Once chunks() has been read to its end: the blocks added with a part, in the order of the Turtle, each with where
   * its bytes are in it (counted from the first byte of the prefixes) and, unless its text starts with `<key>`, the
   * key and IRI of its subject; none of a part that shares a subject with another.
   */
  *writtenBlocks(): Generator<WrittenBlock> {
    const { written, startOf } = this;
    if (written === undefined || startOf === undefined) throw new Error('Turtle writer: writtenBlocks() before chunks() was read to its end.');
    for (const number of written) {
      const part = this.partOf[number]!;
      if (part === NO_PART || this.mergedParts.has(part)) continue;
      const { start, end } = this.spans.get(number);
      const length = end - start;
      if (this.bareOf[number] === 1) yield { part, start: startOf[number]!, length, subject: undefined };
      else {
        const key = this.subjects.iri(number);
        yield { part, start: startOf[number]!, length, subject: { key, iri: this.escapedIris.get(number) ?? key } };
      }
    }
  }

  /** The Turtle as UTF-8, in pieces to write one after the other: the prefixes, then each subject's block, sorted by subject. */
  *chunks(): Generator<Uint8Array> {
    const header = Buffer.from(HEADER);
    yield header;
    let piece = Buffer.allocUnsafe(PIECE_SIZE);
    let used = 0;
    const startOf = new Float64Array(this.spans.size);
    const written = new Int32Array(this.spans.size);
    let count = 0;
    let position = header.length;
    // Blocks that follow each other in the arena as in the order (the subjects of one part) are copied at once.
    let run: Span | undefined;
    for (const [number, span] of this.sortedBlocks()) {
      written[count++] = number;
      startOf[number] = position;
      position += span.end - span.start;
      if (run !== undefined && run.end === span.start && used + span.end - run.start <= piece.length) {
        run = { start: run.start, end: span.end };
        continue;
      }
      if (run !== undefined) used += this.arena.copy(run, piece, used);
      const length = span.end - span.start;
      if (used + length > piece.length) {
        yield piece.subarray(0, used);
        piece = Buffer.allocUnsafe(Math.max(PIECE_SIZE, length));
        used = 0;
      }
      run = span;
    }
    if (run !== undefined) used += this.arena.copy(run, piece, used);
    yield piece.subarray(0, used);
    this.written = written.subarray(0, count);
    this.startOf = startOf;
  }

  /** Where the block of each subject is, sorted by subject, once the blocks of a subject given in several parts are merged. */
  private *sortedBlocks(): Generator<[number, Span]> {
    const order = this.sortedNumbers();
    this.mergeRepeated(order);
    for (const number of order) if (!this.merged.has(number)) yield [number, this.spans.get(number)];
  }

  /**
   * The numbers of the blocks sorted by subject. The blocks written before come sorted (see addWritten): only the
   * others are sorted, each then put in its place among them by a binary search.
   */
  private sortedNumbers(): Int32Array {
    const code: KeyCode = (number, at) => this.subjects.code(number, at);
    const carried = this.carried.subarray(0, this.carriedCount);
    if (carried.length === 0) return sortKeys(this.subjects.size, code);
    const isCarried = new Uint8Array(this.subjects.size);
    for (const number of carried) isCarried[number] = 1;
    const fresh = new Int32Array(this.subjects.size - carried.length);
    let count = 0;
    for (let number = 0; number < isCarried.length; number++) if (isCarried[number] === 0) fresh[count++] = number;
    const freshOrder = sortKeys(fresh.length, (at, position) => code(fresh[at]!, position));
    const order = new Int32Array(this.subjects.size);
    let next = 0;
    let from = 0;
    for (const at of freshOrder) {
      const number = fresh[at]!;
      let low = from;
      let high = carried.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (keyAfter(code, carried[middle]!, number, 0)) high = middle;
        else low = middle + 1;
      }
      while (from < low) order[next++] = carried[from++]!;
      order[next++] = number;
    }
    while (from < carried.length) order[next++] = carried[from++]!;
    return order;
  }

  /** Closes the file the text was kept in, if any; chunks() can no longer be read. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
  }

  /**
   * Writes each subject that has blocks of several parts (next to each other in `order`, the sorted numbers) again as
   * one block, in the place of its first; the others are then skipped.
   */
  private mergeRepeated(order: Int32Array): void {
    const repeated: number[][] = [];
    for (let at = 0; at < order.length; ) {
      let end = at + 1;
      while (end < order.length && this.subjects.same(order[end]!, order[at]!)) end++;
      const numbers = end - at > 1 ? [...order.subarray(at, end)].filter((number) => !this.merged.has(number)) : [];
      if (numbers.length > 1) repeated.push(numbers.sort((a, b) => a - b));
      at = end;
    }
    if (repeated.length === 0) return;
    // The blocks are read back in one parse: a parser for each would read the prefixes again for every subject.
    const blocks = repeated.flatMap((numbers) => numbers.map((number) => this.arena.text(this.spans.get(number))));
    const quads = groupBy(new Parser({ format: 'text/turtle' }).parse(`${HEADER}${blocks.join('')}`), (quad) => quad.subject.value);
    for (const [first, ...others] of repeated) {
      const iri = this.escapedIris.get(first!) ?? this.subjects.iri(first!);
      const own = quads.get(iri);
      // The blocks were written from quads of this subject: none read back means the arena no longer holds them.
      if (own === undefined) throw new Error(`Turtle writer: the blocks of <${iri}> could not be read back to merge them`);
      for (const { text } of this.blockWriter.blocks(own)) this.spans.set(first!, this.arena.add(text));
      for (const number of others) this.merged.add(number);
      // A part whose subject has another part's triples no longer has a block of its own to tell back.
      for (const number of [first!, ...others]) if (this.partOf[number] !== NO_PART) this.mergedParts.add(this.partOf[number]!);
    }
  }
}

/**
 * Turtle of the quads, byte-identical for the same set of quads in any order: the fixed PREFIXES of namespaces.ts,
 * triples sorted as their N-Triples lines would be (by subject, predicate and object) and grouped by subject, `\n`
 * line ends, duplicates dropped. Throws on blank nodes, named graphs and IRIs that could break out of `<…>`.
 */
export function writeTurtle(quads: Iterable<Quad>): string {
  // In one part, the blocks come sorted: they are not numbered and sorted again as TurtleWriter's parts are. They are
  // kept as UTF-8 and decoded at once: the string of each block (a tree of its pieces) then dies young, where joining
  // them would keep them all.
  const arena = new TextArena(DEFAULT_TURTLE_WRITER_OPTIONS.bufferBytes, undefined);
  arena.add(HEADER);
  for (const { text } of new BlockWriter().blocks(quads)) arena.add(text);
  return arena.text({ start: 0, end: arena.end });
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
