// Reads the article files under the given paths, concurrently, reporting each file that is not an article as a problem.
import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { Article, InputProblem } from '../types.js';
import { collectFiles } from './collect-files.js';
import { resolveIngestOptions, type IngestOptions } from './ingest-options.js';
import { parseArticle } from './parse-article.js';
import { foreignLanguageReason } from './article-language.js';
import { unreadableReason } from './unreadable-reason.js';
import { compareCodeUnits } from '../compare-code-units.js';

/** The articles read, sorted by path with duplicates removed, and the files that could not be read, sorted by path. */
export interface IngestResult {
  articles: Article[];
  problems: InputProblem[];
}

/** Files read at once: enough to hide file system latency, few enough to stay far from the open-files limit. */
const CONCURRENCY = 16;

/**
 * Reads the articles under `paths` (files, or folders walked recursively for `options.extensions`). A file that cannot
 * be read as an article (empty, binary, not UTF-8, larger than `options.maxBytes`, too long to read, written in another
 * language than English, unreadable) becomes a problem and the others are still read. Articles with the same text (the same id) are read once: the first by path is kept.
 * Throws `UsageError` when a path does not exist or an option is wrong.
 */
export async function readArticles(paths: readonly string[], options?: Partial<IngestOptions>): Promise<IngestResult> {
  const { maxBytes, extensions, onProgress } = resolveIngestOptions(options);
  const found = await collectFiles(paths, extensions);
  const { files } = found;
  const results: (Article | InputProblem)[] = [];
  let next = 0;
  let done = 0;
  onProgress?.(0, files.length);
  const work = async (): Promise<void> => {
    for (let i = next++; i < files.length; i = next++) {
      results[i] = await readArticle(files[i] ?? '', maxBytes);
      onProgress?.(++done, files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, work));
  const articles: Article[] = [];
  const problems = [...found.problems];
  const ids = new Set<string>();
  for (const result of results) {
    if (!('id' in result)) problems.push(result);
    else if (!ids.has(result.id)) {
      ids.add(result.id);
      articles.push(result);
    }
  }
  return { articles, problems: problems.sort((a, b) => compareCodeUnits(a.path, b.path)) };
}

/** How a file's size and bytes are read: concurrently with other files, or at once by the one thread that reads it. */
interface FileAccess {
  size(path: string): Promise<{ isFile(): boolean; size: number }> | { isFile(): boolean; size: number };
  bytes(path: string): Promise<Uint8Array> | Uint8Array;
}

const CONCURRENT_ACCESS: FileAccess = { size: stat, bytes: readFile };
/** A small file is read in microseconds, while each of the four asynchronous steps of `readFile` waits its turn on a busy machine. */
const BLOCKING_ACCESS: FileAccess = { size: statSync, bytes: readFileSync };

/**
 * The one file at `path` (listed by collectFiles already) as an article, or the problem that keeps it from being one,
 * as readArticles reads it. Blocks while the file is read: for a thread that reads one file after another.
 */
export function readArticleFile(path: string, maxBytes: number): Promise<Article | InputProblem> {
  return readArticle(path, maxBytes, BLOCKING_ACCESS);
}

/** One file as an article, or the problem that keeps it from being one. */
async function readArticle(path: string, maxBytes: number, access: FileAccess = CONCURRENT_ACCESS): Promise<Article | InputProblem> {
  try {
    const info = await access.size(path);
    if (!info.isFile()) return { path, reason: 'unreadable: not a regular file' };
    if (info.size > maxBytes) return { path, reason: tooLarge(info.size, maxBytes) };
    const bytes = await access.bytes(path);
    // The file may have grown since stat.
    if (bytes.length > maxBytes) return { path, reason: tooLarge(bytes.length, maxBytes) };
    const article = parseArticle(bytes, path);
    const foreign = await foreignLanguageReason(article.text);
    return foreign === undefined ? article : { path, reason: foreign };
  } catch (error) {
    if (error instanceof InputError) return { path, reason: error.reason };
    if ((error as NodeJS.ErrnoException).code !== undefined) return { path, reason: unreadableReason(error) };
    throw error;
  }
}

/** "too large: …, more than the limit of … (maxBytes)": the reason a file or a web page is skipped for its size. */
export function tooLarge(size: number, limit: number): string {
  return `too large: ${formatBytes(size)}, more than the limit of ${formatBytes(limit)} (maxBytes)`;
}

/** "300 bytes", "5 MiB (5242880 bytes)", "1.2 KiB (1234 bytes)". */
function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${bytes} bytes`;
  return `${Number.isInteger(value) ? String(value) : value.toFixed(1)} ${units[unit]} (${bytes} bytes)`;
}
