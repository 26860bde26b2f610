// IRIs numbered from 0 and kept as bytes, for the Turtle writer to sort its subjects by.
import { PREFIXES } from './namespaces.js';

/** Bytes of each buffer the IRIs are kept in; a longer IRI gets a buffer of its own. */
const BUFFER_BYTES = 1 << 20;
/** Namespaces kept, at most; an IRI whose namespace would be one more is kept whole. */
const NAMESPACES_HELD = 1 << 12;

/** `text` with the characters that mean something in a regular expression escaped. */
function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * The namespace an IRI is kept under: the longest namespace of PREFIXES it starts with, and the path segment after it
 * (`…/id/mention/`), so that the few namespaces hold most of the text of a graph's IRIs.
 */
const NAMESPACE = new RegExp(
  `^(?:${Object.values(PREFIXES)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|')})([^/#]*[/#])?`,
);

/**
 * Whether every IRI that starts with the namespace `text`, whose path segment after its prefix is `segment`, is
 * kept under it: when the segment is there and no prefix is longer than the text it starts with.
 */
function holdsAllBelow(text: string, segment: string | undefined): boolean {
  return segment !== undefined && !Object.values(PREFIXES).some((prefix) => prefix.length > text.length && prefix.startsWith(text));
}

/** Bytes that the code unit `code` is written as (see IriTable). */
function encodedLength(code: number): number {
  return code < 0x80 ? 1 : 3;
}

/**
 * IRIs numbered from 0 in the order they are added, each kept as a namespace number and the rest of its code units as
 * bytes, rather than as a string: the Turtle writer of a graph of ten thousand articles holds about 1.4 million
 * subjects, whose strings took 115 MB of the heap.
 *
 * A code unit below 0x80 is one byte, any other three (0x80 + its top 2 bits, then 7 bits and 7 bits): the bytes of
 * two IRIs compare in the order of their code units, so code() orders them as strings compare.
 */
export class IriTable {
  private readonly namespaces: Uint8Array[] = [new Uint8Array(0)];
  private readonly namespaceTexts: string[] = [''];
  private readonly namespaceNumbers = new Map<string, number>([['', 0]]);
  /** The namespace of the last IRI added, if every IRI that starts with its text is kept under it (see holdsAllBelow); else 0. */
  private lastNamespace = 0;
  /** Whether each namespace holds every IRI that starts with its text (see holdsAllBelow), by number. */
  private readonly holdsAll: boolean[] = [false];
  private readonly buffers: Buffer[] = [];
  private used = 0;
  /** Where each IRI's bytes after its namespace begin (its buffer's number × BUFFER_BYTES + the offset), how many, its namespace. */
  private starts = new Float64Array(1 << 10);
  private lengths = new Uint32Array(1 << 10);
  private spaces = new Uint16Array(1 << 10);
  size = 0;

  /** Adds an IRI; returns its number. */
  push(iri: string): number {
    const namespace = this.namespaceOf(iri);
    const from = this.namespaceTexts[namespace]!.length;
    // An IRI of ASCII alone (UTF-8 as long as the string), the rule, is copied as it is.
    const ascii = Buffer.byteLength(iri) === iri.length;
    let length = iri.length - from;
    if (!ascii) {
      length = 0;
      for (let at = from; at < iri.length; at++) length += encodedLength(iri.charCodeAt(at));
    }
    // A buffer is never filled to its last byte: each IRI then starts before the end of its buffer, and its buffer is
    // found from its start (one longer than BUFFER_BYTES holds one IRI, from its first byte).
    if (this.used + length >= (this.buffers.at(-1)?.length ?? 0)) {
      this.buffers.push(Buffer.allocUnsafe(Math.max(BUFFER_BYTES, length + 1)));
      this.used = 0;
    }
    const buffer = this.buffers.at(-1)!;
    const start = (this.buffers.length - 1) * BUFFER_BYTES + this.used;
    this.used = ascii ? this.used + buffer.write(iri.slice(from), this.used, 'latin1') : encode(iri, from, buffer, this.used);
    if (this.size === this.starts.length) this.grow();
    this.starts[this.size] = start;
    this.lengths[this.size] = length;
    this.spaces[this.size] = namespace;
    return this.size++;
  }

  /**
   * The byte at `at` of IRI `number` as encoded, counted from its start; 0x3e (`>`) just past its end and -1 after: the
   * code of its key `<iri> ` once the `<` is dropped, for a multikey sort.
   */
  code(number: number, at: number): number {
    const namespace = this.namespaces[this.spaces[number]!]!;
    if (at < namespace.length) return namespace[at]!;
    const rest = at - namespace.length;
    const length = this.lengths[number]!;
    if (rest >= length) return rest === length ? 0x3e : -1;
    const start = this.starts[number]!;
    const buffer = Math.floor(start / BUFFER_BYTES);
    return this.buffers[buffer]![start - buffer * BUFFER_BYTES + rest]!;
  }

  /** Whether IRIs `a` and `b` are the same. */
  same(a: number, b: number): boolean {
    if (this.spaces[a] !== this.spaces[b] || this.lengths[a] !== this.lengths[b]) return false;
    const [x, xAt] = this.bytesOf(a);
    const [y, yAt] = this.bytesOf(b);
    for (let i = 0; i < this.lengths[a]!; i++) if (x[xAt + i] !== y[yAt + i]) return false;
    return true;
  }

  /** IRI `number` as a string. */
  iri(number: number): string {
    const [buffer, from] = this.bytesOf(number);
    const end = from + this.lengths[number]!;
    const codes: number[] = [];
    for (let at = from; at < end; ) {
      const byte = buffer[at++]!;
      codes.push(byte < 0x80 ? byte : ((byte & 0x7f) << 14) | (buffer[at++]! << 7) | buffer[at++]!);
    }
    let text = this.namespaceTexts[this.spaces[number]!]!;
    // A few thousand code units at a time: fromCharCode takes them as arguments.
    for (let at = 0; at < codes.length; at += 4096) text += String.fromCharCode(...codes.slice(at, at + 4096));
    return text;
  }

  /** The buffer of IRI `number` and where its bytes begin in it. */
  private bytesOf(number: number): [Uint8Array, number] {
    const buffer = Math.floor(this.starts[number]! / BUFFER_BYTES);
    return [this.buffers[buffer]!, this.starts[number]! - buffer * BUFFER_BYTES];
  }

  /** The number of the namespace of `iri`, added if new and there is room; 0 (none) otherwise. */
  private namespaceOf(iri: string): number {
    // Subjects come mostly sorted, one namespace after another: the last one found is tried first.
    if (this.lastNamespace > 0 && iri.startsWith(this.namespaceTexts[this.lastNamespace]!)) return this.lastNamespace;
    const match = NAMESPACE.exec(iri);
    if (match === null) return 0;
    const text = match[0];
    let number = this.namespaceNumbers.get(text);
    if (number === undefined && this.namespaceTexts.length < NAMESPACES_HELD) {
      number = this.namespaceTexts.length;
      // Copied, so that the map does not keep alive the IRI a slice of it would point into.
      const own = Buffer.from(text, 'utf16le').toString('utf16le');
      const bytes = new Uint8Array(own.length * 3);
      this.namespaces.push(bytes.subarray(0, encode(own, 0, bytes, 0)));
      this.namespaceTexts.push(own);
      this.namespaceNumbers.set(own, number);
      this.holdsAll.push(holdsAllBelow(own, match[1]));
    }
    this.lastNamespace = number !== undefined && this.holdsAll[number] === true ? number : 0;
    return number ?? 0;
  }

  private grow(): void {
    const starts = new Float64Array(this.size * 2);
    const lengths = new Uint32Array(this.size * 2);
    const spaces = new Uint16Array(this.size * 2);
    starts.set(this.starts);
    lengths.set(this.lengths);
    spaces.set(this.spaces);
    this.starts = starts;
    this.lengths = lengths;
    this.spaces = spaces;
  }
}

/** Writes the code units of `text` from `from` on into `target` at `at` (see IriTable); returns where they end. */
function encode(text: string, from: number, target: Uint8Array, at: number): number {
  let end = at;
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) target[end++] = code;
    else {
      target[end++] = 0x80 | (code >> 14);
      target[end++] = (code >> 7) & 0x7f;
      target[end++] = code & 0x7f;
    }
  }
  return end;
}
