// Writes a Turtle graph file atomically and reads one back into a store.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Store } from 'n3';
import writeFileAtomic from 'write-file-atomic';
import { GraphReadError, UsageError } from '../errors.js';
import { readTurtle } from './turtle.js';

/**
 * Writes `turtle` to `path`, creating the parent folder. The file is replaced whole or not at all:
 * write-file-atomic writes a temporary file beside it and renames it over the old one.
 */
export async function writeGraphFile(path: string, turtle: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, turtle, { encoding: 'utf8' });
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
