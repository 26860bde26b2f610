// The Turtle of the parts of the last graph built (each entity, article, claim with its mentions and negotiation), kept
// beside the article cache: a rebuild copies the blocks of every part it would write the same from the old graph file, rather than making
// its quads, checking them and writing them again.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import writeFileAtomic from 'write-file-atomic';
import type { KeptTypes } from '../rdf/check-graph.js';
import type { WrittenBlock } from '../rdf/turtle.js';
import { checkedFile, readCheckedFile } from './checked-file.js';
import { codeVersion } from './extractor-version.js';

/**
 * The modules whose code decides a part's Turtle and its checks, and what its fingerprint leaves out (the quotes of
 * its sources, which the extractor takes from the article at their offsets): a change to any makes kept parts useless.
 */
const PIPELINE_MODULES = ['../read-and-extract.js', '../resolve/resolve-graph.js', '../rdf/to-quads.js', '../rdf/turtle.js', '../rdf/check-graph.js'].map((module) =>
  fileURLToPath(new URL(module, import.meta.url)),
);

/** The kind and format a parts file's first line names (see checked-file.ts), with the fields of PartsHeader. */
const PARTS_KIND = 'parley-turtle-parts';
const PARTS_FORMAT = 1;

/** What a parts file's first line holds besides its kind, format and checksum. */
interface PartsHeader {
  /** The version of the code (see PIPELINE_MODULES). */
  readonly version: string;
  /** The SHA-256 of the graph file's text whose blocks it locates (see GraphTrailer), and the length of that text. */
  readonly graph: string;
  readonly graphBytes: number;
}

/**
 * A part as kept, in few characters (a graph of a thousand articles has a hundred and fifty thousand blocks): its
 * fingerprint (QuadPart); the types the checker kept of its nodes, in pairs of a node's key and a set of types (a
 * number in the file's `typeSets`); the start and length of each of its blocks in the
 * graph file, in the order of the file; and the subject of each block whose text does not start with `<key>`.
 */
type StoredPart = readonly [fingerprint: string, types: readonly (string | number)[], blocks: readonly number[], subjects?: Readonly<Record<number, readonly [key: string, iri: string]>>];

interface StoredParts {
  readonly typeSets: readonly (readonly string[])[];
  readonly parts: readonly StoredPart[];
}

/** The folder of the parts files in a cache folder. */
function partsDir(cache: string): string {
  return join(cache, 'turtle-parts');
}

/** The parts file of the graph whose text has the digest `graph`. */
function partsPath(cache: string, graph: string): string {
  return join(partsDir(cache), `${graph}.json`);
}

/** The code's version: computed once a process. */
let pipelineVersion: Promise<string> | undefined;
function currentPipelineVersion(): Promise<string> {
  return (pipelineVersion ??= codeVersion(PIPELINE_MODULES));
}

/** The parts of a graph file that a build can take instead of making them, by fingerprint. */
export class KeptParts {
  private constructor(
    /** The graph file the blocks are in, whose text has the digest the parts file names, and its length. */
    private readonly graphPath: string,
    private readonly graph: string,
    private readonly graphBytes: number,
    private readonly typeSets: readonly (readonly string[])[],
    private readonly parts: Map<string, StoredPart>,
  ) {}

  /**
   * The parts kept in the cache folder `cache` for the graph file at `graphPath`, whose text has the digest `graph` (its
   * trailer's, checked): undefined when there are none, or none this code can trust (another version, damaged).
   */
  static async read(cache: string, graphPath: string, graph: string): Promise<KeptParts | undefined> {
    const bytes = await readFile(partsPath(cache, graph)).catch(() => undefined);
    if (bytes === undefined) return undefined;
    const version = await currentPipelineVersion();
    // (A file of another graph or code is left before its body is hashed and parsed: tens of megabytes on a large graph.)
    const accepts = (header: Partial<PartsHeader>): boolean => header.graph === graph && header.version === version && Number.isSafeInteger(header.graphBytes);
    const checked = readCheckedFile(bytes, PARTS_KIND, PARTS_FORMAT, accepts);
    const stored = checked?.body as StoredParts | undefined;
    if (checked === undefined || !Array.isArray(stored?.parts) || !Array.isArray(stored.typeSets)) return undefined;
    return new KeptParts(graphPath, graph, (checked.header as unknown as PartsHeader).graphBytes, stored.typeSets, new Map(stored.parts.map((part) => [part[0], part])));
  }

  /** Whether the part of `fingerprint` is kept. */
  has(fingerprint: string): boolean {
    return this.parts.has(fingerprint);
  }

  /**
   * Gives `take` the bytes of each block of the parts of `fingerprints` (those kept), with its subject and the
   * fingerprint's part, reading the graph file once from start to end. Returns the types the checker kept of each
   * part's nodes, by part. Throws GraphChangedError, after giving blocks, when the file is no longer the one the parts
   * file describes: what was given must then be dropped. The parts are given once: they are dropped from memory then.
   */
  copyBlocks(fingerprints: ReadonlyMap<string, number>, take: (bytes: Uint8Array, subject: BlockSubject, part: number) => void): Map<number, KeptTypes> {
    // The blocks to copy in parallel arrays, not an object each: a graph of a thousand articles has 150,000 of them.
    const starts: number[] = [];
    const lengths: number[] = [];
    const partOf: number[] = [];
    const subjects = new Map<number, BlockSubject>();
    const taken: { readonly part: number; readonly stored: StoredPart }[] = [];
    for (const [fingerprint, part] of fingerprints) {
      const stored = this.parts.get(fingerprint);
      if (stored === undefined) continue;
      const [, , spans, named] = stored;
      taken.push({ part, stored });
      for (let at = 0; at + 1 < spans.length; at += 2) {
        const subject = named?.[at / 2];
        if (subject !== undefined) subjects.set(starts.length, { key: subject[0], iri: subject[1], bare: false });
        starts.push(spans[at]!);
        lengths.push(spans[at + 1]!);
        partOf.push(part);
      }
    }
    const order = new Uint32Array(starts.length);
    for (let at = 0; at < order.length; at++) order[at] = at;
    order.sort((a, b) => starts[a]! - starts[b]!);
    // The file is read once from its start, through one descriptor, and its text hashed as it is read: the blocks are
    // given only while it is the file the digest was checked of, and a file replaced since (a build beside this one
    // writing the same graph file) throws GraphChangedError once read.
    const fd = openSync(this.graphPath, 'r');
    try {
      const hash = createHash('sha256');
      let window = Buffer.alloc(0);
      let windowStart = 0;
      let readTo = 0;
      /** Reads and hashes the next piece of the text, keeping the window's bytes from `keepFrom` on; false at its end. */
      const readMore = (keepFrom: number): boolean => {
        const size = Math.min(WINDOW_BYTES, this.graphBytes - readTo);
        if (size <= 0) return false;
        const piece = Buffer.allocUnsafe(size);
        if (readFully(fd, piece, readTo) < size) throw new GraphChangedError(this.graphPath);
        hash.update(piece);
        window = keepFrom >= readTo ? piece : Buffer.concat([window.subarray(keepFrom - windowStart), piece]);
        windowStart = Math.min(keepFrom, readTo);
        readTo += size;
        return true;
      };
      for (const at of order) {
        const start = starts[at]!;
        const length = lengths[at]!;
        while (start + length > readTo) if (!readMore(start)) throw new GraphChangedError(this.graphPath);
        const bytes = window.subarray(start - windowStart, start - windowStart + length);
        take(bytes, subjects.get(at) ?? bareSubject(bytes, this.graphPath, start), partOf[at]!);
      }
      while (readMore(this.graphBytes));
      if (hash.digest('hex') !== this.graph) throw new GraphChangedError(this.graphPath);
    } finally {
      closeSync(fd);
    }
    const types = new Map<number, KeptTypes>();
    for (const { part, stored } of taken) {
      const kept = stored[1];
      const own: [string, readonly string[]][] = [];
      for (let at = 0; at + 1 < kept.length; at += 2) {
        own.push([String(kept[at]), this.typeSets[kept[at + 1] as number] ?? []]);
      }
      types.set(part, own);
    }
    this.parts.clear();
    return types;
  }

  /**
   * Writes the parts file of the graph just written, whose text has the digest and length `graph`: every part of `parts` (by the
   * part numbers its blocks were written with), with the types the checker kept of it, and its blocks. Removes the
   * parts file of the graph it replaced (`replaced`), if any. Never fails the build: a parts file not written only
   * costs the next build time.
   */
  static async write(
    cache: string,
    graph: { readonly sha256: string; readonly bytes: number },
    parts: ReadonlyMap<number, { readonly fingerprint: string; readonly types: KeptTypes }>,
    blocks: Iterable<WrittenBlock>,
    replaced: string | undefined,
  ): Promise<void> {
    const byPart = new Map<number, { spans: number[]; subjects: Record<number, readonly [string, string]> | undefined }>();
    for (const { part, start, length, subject } of blocks) {
      if (!parts.has(part)) continue;
      let own = byPart.get(part);
      if (own === undefined) byPart.set(part, (own = { spans: [], subjects: undefined }));
      if (subject !== undefined) (own.subjects ??= {})[own.spans.length / 2] = [subject.key, subject.iri];
      own.spans.push(start, length);
    }
    const typeSets: string[][] = [];
    const typeSetNumbers = new Map<string, number>();
    const stored: StoredPart[] = [];
    for (const [part, { fingerprint, types }] of parts) {
      const own = byPart.get(part);
      if (own === undefined) continue;
      const kept: (string | number)[] = [];
      for (const [node, set] of types) {
        const name = set.join(' ');
        let number = typeSetNumbers.get(name);
        if (number === undefined) typeSetNumbers.set(name, (number = typeSets.push([...set]) - 1));
        kept.push(node, number);
      }
      stored.push(own.subjects === undefined ? [fingerprint, kept, own.spans] : [fingerprint, kept, own.spans, own.subjects]);
    }
    const header: PartsHeader = { version: await currentPipelineVersion(), graph: graph.sha256, graphBytes: graph.bytes };
    const file = checkedFile({ kind: PARTS_KIND, format: PARTS_FORMAT, ...header }, JSON.stringify({ typeSets, parts: stored } satisfies StoredParts));
    try {
      await mkdir(partsDir(cache), { recursive: true });
      await writeFileAtomic(partsPath(cache, graph.sha256), file, { fsync: false });
      if (replaced !== undefined && replaced !== graph.sha256) await rm(partsPath(cache, replaced), { force: true });
    } catch {
      // A cache that cannot be written is only a slower next build.
    }
  }
}

/** The subject of a block: its key and IRI, and whether the block's text starts with `<key>` (see WrittenBlock). */
interface BlockSubject {
  readonly key: string;
  readonly iri: string;
  readonly bare: boolean;
}

/** The subject of a block whose text starts with `<key>`: the key is its IRI. */
function bareSubject(bytes: Uint8Array, path: string, start: number): BlockSubject {
  const close = bytes.indexOf(0x3e);
  if (bytes[0] !== 0x3c || close < 0) throw new Error(`${path}: the block at byte ${start}, which its parts file names, does not start with an IRI.`);
  const key = Buffer.from(bytes.buffer, bytes.byteOffset + 1, close - 1).toString('utf8');
  return { key, iri: key, bare: true };
}

/** The graph file changed between the check of its digest and the copy of its blocks. */
export class GraphChangedError extends Error {
  constructor(path: string) {
    super(`${path}: changed while its blocks were copied`);
    this.name = 'GraphChangedError';
  }
}

/** Bytes of the graph file read at a time. */
const WINDOW_BYTES = 1 << 20;

/** Reads into `buffer` from `position` until it is full or the file ends; returns the bytes read. */
function readFully(fd: number, buffer: Buffer, position: number): number {
  let done = 0;
  while (done < buffer.length) {
    const read = readSync(fd, buffer, done, buffer.length - done, position + done);
    if (read === 0) break;
    done += read;
  }
  return done;
}
