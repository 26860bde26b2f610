// Writes a knowledge graph to its Turtle file: quads made part by part, checked against the shapes, written sorted and
// atomically; with a cache, the parts the last build wrote the same are copied from the file it wrote.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KnowledgeGraph } from '../types.js';
import { GraphChangedError, KeptParts } from '../cache/turtle-parts.js';
import { GraphChecker, type KeptTypes } from './check-graph.js';
import { withArticleCount, writeGraphFile, type GraphTrailer } from './graph-file.js';
import { quadParts } from './to-quads.js';
import { TurtleWriter } from './turtle.js';
import { assertConforms } from './validate-graph.js';

/** Stages whose time writeGraphTurtle reports. */
export type GraphWriteStage = 'kept parts' | 'quads' | 'check' | 'turtle' | 'write';

/** Options of writeGraphTurtle. */
export interface GraphWriteOptions {
  /**
   * The cache folder: the parts of the graph are kept in it for the next build (see src/cache/turtle-parts.ts), and
   * those kept of the graph file being replaced are copied from it when they are the same. Default: none.
   */
  readonly cache?: string | undefined;
  /** The trailer of the graph file at the path, checked (readGraphState), when there is one: which kept parts apply. */
  readonly replaced?: GraphTrailer | undefined;
  /** The time of each stage once it is known, in milliseconds. */
  readonly onStage?: ((stage: GraphWriteStage, milliseconds: number) => void) | undefined;
}

/** How many parts the graph's quads came in (see quadParts), and how many of them were copied from the old file. */
export interface GraphWriteResult {
  readonly parts: number;
  readonly copied: number;
}

/**
 * Writes `graph` to `path` as Turtle with its article-count trailer. The quads are made part by part (an entity, an
 * article, a claim with its mentions, a negotiation), checked against the constraints of the shapes and turned into
 * Turtle text as they come, then dropped: memory holds the text, not the quads. The checker gives the verdict of the
 * SHACL engine (which `parley validate` runs) in linear time; a graph that fails it throws and replaces nothing.
 */
export async function writeGraphTurtle(graph: KnowledgeGraph, path: string, options: GraphWriteOptions = {}): Promise<GraphWriteResult> {
  const { cache, replaced, onStage } = options;
  let lap = performance.now();
  const kept = cache === undefined || replaced === undefined ? undefined : await KeptParts.read(cache, path, replaced.sha256);
  if (kept !== undefined) onStage?.('kept parts', performance.now() - lap);
  let turtle = await spilledTurtleWriter();
  try {
    let added: ReturnType<typeof checkAndAdd>;
    try {
      added = checkAndAdd(graph, turtle, kept, cache !== undefined, onStage);
    } catch (error) {
      // The old file was replaced while its blocks were copied (another build writing the same file): all is made anew.
      if (!(error instanceof GraphChangedError)) throw error;
      turtle.close();
      turtle = await spilledTurtleWriter();
      added = checkAndAdd(graph, turtle, undefined, cache !== undefined, onStage);
    }
    const { parts, copied, keep } = added;
    lap = performance.now();
    let written: { sha256: string; bytes: number } | undefined;
    await writeGraphFile(path, withArticleCount(turtle.chunks(), graph.articles.length, (sha256, bytes) => (written = { sha256, bytes })));
    if (cache !== undefined && written !== undefined) await KeptParts.write(cache, written, keep, turtle.writtenBlocks(), replaced?.sha256);
    onStage?.('write', performance.now() - lap);
    return { parts, copied };
  } finally {
    turtle.close();
  }
}

/** A Turtle writer whose text waits in a file of its own until the subjects are sorted: as text it is as large as the graph in memory. */
async function spilledTurtleWriter(): Promise<TurtleWriter> {
  const spillDir = await mkdtemp(join(tmpdir(), 'parley-turtle-'));
  try {
    return new TurtleWriter({ spill: join(spillDir, 'graph.ttl') });
  } finally {
    await rm(spillDir, { recursive: true, force: true });
  }
}

/**
 * Gives `turtle` every part of the graph, checked: copied from `kept` when it holds the part's fingerprint, else made.
 * Throws when the graph does not conform. Returns the count of parts and of those copied, and the parts to keep for
 * the next build, by number (with `fingerprints`). The checker is made and dropped within this call: what it holds is
 * freed before the sorted Turtle is written.
 */
function checkAndAdd(
  graph: KnowledgeGraph,
  turtle: TurtleWriter,
  kept: KeptParts | undefined,
  fingerprints: boolean,
  onStage: GraphWriteOptions['onStage'],
): { parts: number; copied: number; keep: Map<number, { readonly fingerprint: string; readonly types: KeptTypes }> } {
  const checker = new GraphChecker();
  const times = { quads: 0, check: 0, turtle: 0 };
  let made = performance.now();
  const parts = [...quadParts(graph, { fingerprints })];
  // A fingerprint two parts share is kept for neither: each subject must come from one part.
  const only = new Map<string, number>();
  for (const [number, { fingerprint }] of parts.entries()) if (fingerprint !== undefined) only.set(fingerprint, only.has(fingerprint) ? -1 : number);
  const copying = performance.now();
  times.quads += copying - made;
  const taken = kept?.copyBlocks(new Map([...only].filter(([fingerprint, number]) => number >= 0 && kept.has(fingerprint))), (bytes, subject, number) =>
    turtle.addWritten(bytes, subject, number),
  );
  made = performance.now();
  times.turtle += made - copying;
  const keep = new Map<number, { readonly fingerprint: string; readonly types: KeptTypes }>();
  for (const [number, { fingerprint, make }] of parts.entries()) {
    const copiedTypes = taken?.get(number);
    if (copiedTypes !== undefined && fingerprint !== undefined) {
      checker.carry(copiedTypes);
      keep.set(number, { fingerprint, types: copiedTypes });
      continue;
    }
    const quads = make();
    const checking = performance.now();
    times.quads += checking - made;
    const types = checker.add(quads);
    if (types !== undefined && fingerprint !== undefined && only.get(fingerprint) === number) keep.set(number, { fingerprint, types });
    const writing = performance.now();
    times.check += writing - checking;
    turtle.add(quads, number);
    made = performance.now();
    times.turtle += made - writing;
  }
  assertConforms(checker.finish());
  onStage?.('quads', times.quads);
  onStage?.('check', times.check + performance.now() - made);
  onStage?.('turtle', times.turtle);
  return { parts: parts.length, copied: taken?.size ?? 0, keep };
}
