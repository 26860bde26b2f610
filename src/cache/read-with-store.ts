// The work done for each article file when a store of per-article results is used: its entry if it holds a good one, else read, extract and store.
import { readFile, stat } from 'node:fs/promises';
import { readAndExtract, type FileClaims } from '../read-and-extract.js';
import { ParleyError } from '../errors.js';
import { entryKey, entryPath, readEntry, writeEntry, type ArticleStore } from './article-store.js';

/**
 * The key of the file at `path` in a store, or undefined when it is not a regular file of at most `maxBytes` (which
 * readAndExtract reports as a problem, and which is never stored).
 */
async function fileKey(path: string, maxBytes: number): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  const bytes = info?.isFile() && info.size <= maxBytes ? await readFile(path).catch(() => undefined) : undefined;
  return bytes === undefined || bytes.length > maxBytes ? undefined : entryKey(bytes, path);
}

/** What a store holds of a file: its key (undefined when the file is never stored) and its result, when the entry is sound. */
export interface StoreLookup {
  readonly key: string | undefined;
  readonly stored: FileClaims | undefined;
}

/** The key of the file at `path` and the result `store` holds under it, if a sound entry of the file's bytes. */
export async function lookUp(path: string, maxBytes: number, store: ArticleStore): Promise<StoreLookup> {
  const started = performance.now();
  const key = await fileKey(path, maxBytes);
  const entry = key === undefined ? undefined : await readEntry(store, key, path);
  return { key, stored: entry && { articles: [entry], problems: [], readMs: performance.now() - started, extractMs: 0, fromStore: 1, key } };
}

/**
 * The result of the file at `path`: taken from `store` when it holds it and `store.read`, otherwise read and
 * extracted, then written to `store`. A failed write is ignored unless `store.required`. `known` is the file's key when
 * a look-up already hashed it, so that the file is not read once more for it.
 */
export async function readWithStore(path: string, maxBytes: number, store: ArticleStore, known?: StoreLookup): Promise<FileClaims> {
  const looked = known ?? (store.read ? await lookUp(path, maxBytes, store) : undefined);
  if (looked?.stored !== undefined) return looked.stored;
  const key = looked === undefined ? await fileKey(path, maxBytes) : looked.key;
  const result = await readAndExtract(path, maxBytes);
  const [article] = result.articles;
  if (key === undefined || article === undefined) return result;
  await writeEntry(store, key, article).catch((error: unknown) => {
    if (store.required) throw new ParleyError(`${entryPath(store, key)}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)}).`, { cause: error });
  });
  return { ...result, key };
}
