// Writes a Turtle graph file atomically, counts the articles of one, and reads one back into a store.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { lstat, mkdir, readFile, readdir, realpath, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { StreamParser, type Quad, type Store } from 'n3';
import { GraphReadError, UsageError } from '../errors.js';
import { PARLEY_TERMS, RDF_TERMS } from './namespaces.js';
import { readTurtle } from './turtle.js';

/** A temporary file this much older than now was left by a process killed while writing (SIGKILL, power cut). */
export const STALE_TEMP_AGE_MS = 5 * 60 * 1000;

/** Temporary files written by this process so far, for a unique name. */
let temporaries = 0;

/**
 * Writes `turtle` (text, or pieces of text or UTF-8 written one after the other, so that no one string holds a large graph) to
 * `path`, creating the parent folder. The file is replaced whole or not at all: the text goes to a temporary file
 * beside it (`<name>.<number>`), which is renamed over the old one. While the write is in flight, SIGINT or SIGTERM
 * removes the temporary file and then ends the process by the same signal (exit status 130 or 143). Temporary files
 * of `path` left by killed runs are removed first.
 */
export async function writeGraphFile(path: string, turtle: string | Iterable<string | Uint8Array>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await removeStaleTempFiles(path);
  const target = await realpath(path).catch(() => path);
  const temp = `${target}.${process.pid}${Date.now() % 1e6}${++temporaries}`;
  const removeTemp = (): void => {
    try {
      fs.unlinkSync(temp);
    } catch {
      // Not created yet, or already renamed.
    }
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    removeTemp();
    stopListening();
    process.kill(process.pid, signal);
  };
  const stopListening = (): void => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('exit', removeTemp);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', removeTemp);
  try {
    const fd = await promisify(fs.open)(temp, 'w');
    try {
      for (const piece of typeof turtle === 'string' ? [turtle] : turtle) await writeAll(fd, typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece);
      await promisify(fs.fsync)(fd);
    } finally {
      await promisify(fs.close)(fd);
    }
    await promisify(fs.rename)(temp, target);
  } catch (error) {
    removeTemp();
    throw error;
  } finally {
    stopListening();
  }
}

/** Writes all of `bytes` at the end of the open file `fd`. fs.write is looked up at each call, as test doubles expect. */
async function writeAll(fd: number, bytes: Uint8Array): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    written += await new Promise<number>((resolve, reject) => {
      fs.write(fd, bytes, written, bytes.length - written, null, (error, count) => (error ? reject(error) : resolve(count)));
    });
  }
}

/**
 * Removes the temporary files writeGraphFile names after `path` (`graph.ttl.1234567890`, beside the file it
 * resolves to) that were last written more than STALE_TEMP_AGE_MS ago: a write in progress touches its file, a dead
 * one does not. Errors are ignored: a file another run removed first is gone all the same.
 */
export async function removeStaleTempFiles(path: string, now: number = Date.now()): Promise<string[]> {
  const target = await realpath(path).catch(() => path);
  const folder = dirname(target);
  const prefix = `${basename(target)}.`;
  const names = await readdir(folder).catch(() => []);
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !/^\d+$/u.test(name.slice(prefix.length))) continue;
    const temp = join(folder, name);
    const info = await lstat(temp).catch(() => undefined);
    if (!info?.isFile() || now - info.mtimeMs < STALE_TEMP_AGE_MS) continue;
    await unlink(temp).then(() => removed.push(temp), () => undefined);
  }
  return removed;
}

/**
 * The comment that ends a graph file `parley build` writes: its number of articles, and the SHA-256 of every byte
 * before the comment. A later build reads the count from it instead of parsing the whole graph (a second per 50 MB):
 * the digest proves the file was not changed since.
 */
export function articleCountTrailer(articles: number, sha256: string): string {
  return `# ${articles} articles; SHA-256 of the text above: ${sha256}\n`;
}
const TRAILER = /\n# (\d+) articles; SHA-256 of the text above: ([0-9a-f]{64})\n$/;
/** The longest trailer, with a count far beyond any corpus: what a reader holds back from the digest until the end. */
const TRAILER_BYTES = 128;

/**
 * The pieces of `turtle` as UTF-8, then the trailer that gives its number of articles (see articleCountTrailer);
 * `onDigest` is told the trailer's digest, and the length of the text it is the digest of, once the last piece is read.
 */
export function* withArticleCount(turtle: Iterable<string | Uint8Array>, articles: number, onDigest?: (sha256: string, bytes: number) => void): Generator<Uint8Array> {
  const hash = createHash('sha256');
  let length = 0;
  for (const piece of turtle) {
    const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    hash.update(bytes);
    length += bytes.length;
    yield bytes;
  }
  const sha256 = hash.digest('hex');
  onDigest?.(sha256, length);
  yield Buffer.from(articleCountTrailer(articles, sha256), 'utf8');
}

/** What the trailer of a graph file says, once its digest is found to match. */
export interface GraphTrailer {
  readonly articles: number;
  /** The SHA-256 of the text above the trailer: the same for the same graph, whatever file holds it. */
  readonly sha256: string;
}

/**
 * The number of articles in the graph file at `path`: undefined when there is no file, 0 when it holds no Parley
 * graph (not Turtle, or no article). A file that ends in a trailer whose digest matches (see articleCountTrailer) is
 * only hashed; any other is streamed through the parser. Memory stays bounded either way, whatever the file's size.
 */
export async function countGraphArticles(path: string): Promise<number | undefined> {
  const state = await readGraphState(path);
  return state === undefined ? undefined : (state.trailer?.articles ?? parsedArticleCount(path));
}

/** Whether there is a file at `path` and, when it ends in a trailer whose digest matches, what the trailer says. */
export async function readGraphState(path: string): Promise<{ readonly trailer: GraphTrailer | undefined } | undefined> {
  try {
    return { trailer: await readTrailer(path) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The file's trailer when its digest matches the bytes before it, else undefined. */
async function readTrailer(path: string): Promise<GraphTrailer | undefined> {
  const hash = createHash('sha256');
  // The last bytes wait outside the digest: the trailer is among them.
  let held: Buffer = Buffer.alloc(0);
  // Pieces of 1 MiB, each hashed where it was read: joining each to the bytes held back, as pieces of 64 KiB were, copied
  // the whole file (50 MB of Turtle, which a rebuild counts before replacing it). Only a piece shorter than them is joined.
  for await (const chunk of fs.createReadStream(path, { highWaterMark: 1 << 20 })) {
    const small = (chunk as Buffer).length < TRAILER_BYTES;
    const bytes = small ? Buffer.concat([held, chunk as Buffer]) : (chunk as Buffer);
    if (!small) hash.update(held);
    const keep = Math.min(bytes.length, TRAILER_BYTES);
    hash.update(bytes.subarray(0, bytes.length - keep));
    held = bytes.subarray(bytes.length - keep);
  }
  const tail = held.toString('latin1');
  const trailer = TRAILER.exec(tail);
  if (trailer === null) return undefined;
  // The newline before the comment belongs to the text above it.
  hash.update(held.subarray(0, trailer.index + 1));
  return hash.digest('hex') === trailer[2] ? { articles: Number(trailer[1]), sha256: trailer[2] } : undefined;
}

/** The number of article subjects of the file at `path`, by a streaming parse; 0 when it is not Turtle. */
export async function parsedArticleCount(path: string): Promise<number> {
  const articles = new Set<string>();
  const parser = new StreamParser({ baseIRI: 'file:///' });
  return new Promise((resolve) => {
    parser.on('data', (quad: Quad) => {
      if (quad.predicate.value === RDF_TERMS.type && quad.object.value === PARLEY_TERMS.Article) articles.add(quad.subject.value);
    });
    parser.on('error', () => resolve(0));
    parser.on('end', () => resolve(articles.size));
    fs.createReadStream(path).on('error', () => resolve(0)).pipe(parser);
  });
}

/**
 * Reads a Turtle graph file into a store. A missing file is a UsageError that names it and says how to make it;
 * bytes that are not UTF-8 or a syntax error give a GraphReadError with the path (and line).
 */
export async function readGraphFile(path: string): Promise<Store> {
  return readTurtle(await readGraphText(path), path);
}

/** The text of a Turtle graph file, unparsed: a UsageError when it is missing, a GraphReadError when it is not UTF-8. */
export async function readGraphText(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UsageError(`${path}: no graph file there. Run \`parley build\` first to make it.`, { cause: error });
    }
    throw error;
  }
  let text: string;
  try {
    // fatal: bad bytes throw instead of turning silently into U+FFFD; the decoder also drops a byte-order mark.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new GraphReadError(path, undefined, 'not UTF-8 text', { cause: error });
  }
  return text;
}
