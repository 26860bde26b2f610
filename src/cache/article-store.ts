// A folder of per-article results (what read, nlp and extract give one article), one file each, addressed by content.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { Article } from '../types.js';
import type { ArticleClaims } from '../resolve/resolve-graph.js';
import { checkedFile, readCheckedFile } from './checked-file.js';

/** Where entries live and how they are used: the build's cache, or the results a shard writes for a merge. */
export interface ArticleStore {
  /** The folder; entries go in its subfolder named after the extractor version. */
  readonly dir: string;
  /** The extractor version (extractorVersion()), computed once by the build and given to every thread. */
  readonly version: string;
  /** Whether entries already there are used; when false they are only written. */
  readonly read: boolean;
  /** Whether a failed write fails the build (a shard's results), rather than costing only a later hit (a cache). */
  readonly required: boolean;
}

/** The kind and format an entry's first line names (see checked-file.ts), with the entry's key. */
const ENTRY_KIND = 'parley-article-claims';
const ENTRY_FORMAT = 1;

/** The article as stored: without the file's name and path, which belong to wherever the same bytes are found. */
type StoredArticle = Omit<Article, 'file' | 'path'>;
type StoredClaims = Omit<ArticleClaims, 'article'> & { readonly article: StoredArticle };

/**
 * The key of a file's entry: the SHA-256 of its bytes and of its extension, which decides how they are read (Markdown,
 * HTML or text). The same article at two paths, or in two corpora, has one entry.
 */
export function entryKey(bytes: Uint8Array, path: string): string {
  return createHash('sha256').update(`${extname(path).toLowerCase()}\0`).update(bytes).digest('hex');
}

/** The file of the entry `key` in `store`. */
export function entryPath(store: Pick<ArticleStore, 'dir' | 'version'>, key: string): string {
  return join(store.dir, store.version, `${key}.json`);
}

/**
 * The entry `key` as the result of the file at `path`, or undefined when there is none or it cannot be trusted:
 * truncated, edited, of another format or key. A bad entry is never an error: the file is read again.
 */
export async function readEntry(store: Pick<ArticleStore, 'dir' | 'version'>, key: string, path: string): Promise<ArticleClaims | undefined> {
  const bytes = readSmallFile(entryPath(store, key));
  const checked = bytes === undefined ? undefined : readCheckedFile(bytes, ENTRY_KIND, ENTRY_FORMAT, (header) => header.key === key);
  if (checked === undefined) return undefined;
  const stored = checked.body as StoredClaims | undefined;
  if (!isStoredClaims(stored)) return undefined;
  const { id, ...rest } = stored.article;
  return { ...stored, article: { id, file: basename(path), path, ...rest } };
}

/**
 * The bytes of a small file, or undefined when it cannot be read. Read at once: a rebuild reads a thousand files for
 * every thousand articles, and an asynchronous read takes four round trips through the thread pool (open, stat, read,
 * close), which cost the build more than the reading itself.
 */
export function readSmallFile(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Writes the entry `key` atomically: a reader sees the whole entry or none. */
export async function writeEntry(store: Pick<ArticleStore, 'dir' | 'version'>, key: string, claims: ArticleClaims): Promise<void> {
  const { file: _file, path: _path, ...article } = claims.article;
  const file = checkedFile({ kind: ENTRY_KIND, format: ENTRY_FORMAT, key }, JSON.stringify({ ...claims, article } satisfies StoredClaims));
  const path = entryPath(store, key);
  await mkdir(join(store.dir, store.version), { recursive: true });
  // No fsync: an entry lost or cut short by a power cut fails its checksum and is only a miss, and syncing each of
  // thousands of small files would cost more than a tenth of a clean build.
  await writeFileAtomic(path, file, { fsync: false });
}

/** The shape of a stored result, checked on the fields the resolve stage reads first. */
function isStoredClaims(value: StoredClaims | undefined): value is StoredClaims {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof value.article === 'object' &&
    value.article !== null &&
    typeof value.article.id === 'string' &&
    typeof value.article.text === 'string' &&
    Array.isArray(value.article.sentences) &&
    Array.isArray(value.claims) &&
    Array.isArray(value.persons) &&
    Array.isArray(value.principals)
  );
}
