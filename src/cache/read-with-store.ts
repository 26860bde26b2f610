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

/** The result of the file at `path` as `store` holds it, or undefined when it holds no sound entry of the file's bytes. */
export async function storedResult(path: string, maxBytes: number, store: ArticleStore): Promise<FileClaims | undefined> {
  const started = performance.now();
  const key = await fileKey(path, maxBytes);
  const stored = key === undefined ? undefined : await readEntry(store, key, path);
  return stored && { articles: [stored], problems: [], readMs: performance.now() - started, extractMs: 0, fromStore: 1, key };
}

/**
 * The result of the file at `path`: taken from `store` when it holds it and `store.read`, otherwise read and
 * extracted, then written to `store`. A failed write is ignored unless `store.required`.
 */
export async function readWithStore(path: string, maxBytes: number, store: ArticleStore): Promise<FileClaims> {
  const stored = store.read ? await storedResult(path, maxBytes, store) : undefined;
  if (stored !== undefined) return stored;
  const key = await fileKey(path, maxBytes);
  const result = await readAndExtract(path, maxBytes);
  const [article] = result.articles;
  if (key === undefined || article === undefined) return result;
  await writeEntry(store, key, article).catch((error: unknown) => {
    if (store.required) throw new ParleyError(`${entryPath(store, key)}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)}).`, { cause: error });
  });
  return { ...result, key };
}
