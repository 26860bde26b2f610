// The work done for each article file when a store of per-article results is used: its entry if it holds a good one, else read, extract and store.
import { statSync, type Stats } from 'node:fs';
import { readAndExtract, type FileClaims } from '../read-and-extract.js';
import { ParleyError } from '../errors.js';
import { entryKey, entryPath, readEntry, readSmallFile, writeEntry, type ArticleStore } from './article-store.js';
import type { ArticleClaims } from '../resolve/resolve-graph.js';

/**
 * The key of the file at `path` in a store, or undefined when it is not a regular file of at most `maxBytes` (which
 * readAndExtract reports as a problem, and which is never stored).
 */
function fileKey(path: string, maxBytes: number): string | undefined {
  let info: Stats;
  try {
    info = statSync(path);
  } catch {
    return undefined;
  }
  const bytes = info.isFile() && info.size <= maxBytes ? readSmallFile(path) : undefined;
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
  const key = fileKey(path, maxBytes);
  const entry = key === undefined ? undefined : await readEntry(store, key, path);
  return { key, stored: entry && { articles: [entry], problems: [], readMs: performance.now() - started, extractMs: 0, fromStore: 1, key } };
}

/** Entries written at once by EntryWrites: each holds its text (tens of kilobytes) until it is on disk. */
const ENTRY_WRITES_AT_ONCE = 32;

/**
 * Entries on their way to the store: the thread goes on reading the next article while each is written, instead of
 * waiting for the four steps of an atomic write (a third of a build's time on 1,000 articles). `settled()` waits for
 * them all and throws the first failure of a store whose writes are `required`; others only cost a later miss.
 */
export class EntryWrites {
  private readonly pending = new Set<Promise<void>>();
  private failure: ParleyError | undefined;

  constructor(private readonly store: ArticleStore) {}

  /** Starts writing the entry; resolves once fewer than ENTRY_WRITES_AT_ONCE are in flight. */
  async add(key: string, article: ArticleClaims): Promise<void> {
    const { store } = this;
    const write: Promise<void> = writeEntry(store, key, article)
      .catch((error: unknown) => {
        if (store.required) this.failure ??= new ParleyError(`${entryPath(store, key)}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)}).`, { cause: error });
      })
      .finally(() => this.pending.delete(write));
    this.pending.add(write);
    if (this.pending.size >= ENTRY_WRITES_AT_ONCE) await Promise.race(this.pending);
  }

  /** Waits for every entry started; throws the first failure of a required store. */
  async settled(): Promise<void> {
    await Promise.all(this.pending);
    if (this.failure !== undefined) throw this.failure;
  }
}

/**
 * The result of the file at `path`: taken from `store` when it holds it and `store.read`, otherwise read and
 * extracted, then written to `store` (through `writes` when given, which the caller settles; else before this
 * resolves). A failed write is ignored unless `store.required`. `known` is the file's key when a look-up already
 * hashed it, so that the file is not read once more for it.
 */
export async function readWithStore(path: string, maxBytes: number, store: ArticleStore, known?: StoreLookup, writes?: EntryWrites): Promise<FileClaims> {
  const looked = known ?? (store.read ? await lookUp(path, maxBytes, store) : undefined);
  if (looked?.stored !== undefined) return looked.stored;
  const key = looked === undefined ? fileKey(path, maxBytes) : looked.key;
  const result = await readAndExtract(path, maxBytes);
  const [article] = result.articles;
  if (key === undefined || article === undefined) return result;
  const own = writes ?? new EntryWrites(store);
  await own.add(key, article);
  if (writes === undefined) await own.settled();
  return { ...result, key };
}
