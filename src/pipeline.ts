// buildGraph(): the one place where Parley's stages are composed, in order: ingest → nlp → extract → resolve.
import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';
import type { Article, InputProblem, KnowledgeGraph } from './types.js';
import { ParleyError, UsageError } from './errors.js';
import { resolveIngestOptions } from './ingest/index.js';
import { collectFiles } from './ingest/collect-files.js';
import type { ExtractionRule } from './extract/rule.js';
import { DEFAULT_RULES } from './extract/rules/index.js';
import { resolveGraph, type ArticleClaims } from './resolve/resolve-graph.js';
import { articleClaims, readAndExtract, withSharedStrings, type FileClaims } from './read-and-extract.js';
import { mapInWorkers } from './pipeline-workers.js';
import { compareCodeUnits } from './compare-code-units.js';
import { extractorVersion } from './cache/extractor-version.js';
import { entryPath, readEntry, type ArticleStore } from './cache/article-store.js';
import { EntryWrites, lookUp, readWithStore } from './cache/read-with-store.js';
import { corpusFingerprint, readManifests, shardManifest, shardOfFile, writeManifest, type Shard, type ShardArticle, type ShardManifest } from './cache/shard-manifest.js';

export { readAndExtract, type FileClaims } from './read-and-extract.js';
export type { Shard } from './cache/shard-manifest.js';

/** Options of a build. */
export interface BuildOptions {
  /** Files larger than this are skipped as problems (default 5 MiB). */
  readonly maxBytes?: number | undefined;
  /** Extraction rules (default DEFAULT_RULES). Rules of one's own are code, which worker threads cannot receive: they run on one thread. */
  readonly rules?: readonly ExtractionRule[] | undefined;
  /** Worker threads that read and extract articles (default: the cores available); 1 works on the calling thread. */
  readonly jobs?: number | undefined;
  /**
   * Folder of the article cache: a file whose bytes were read before by the same extractor is taken from it, and every
   * other article is written to it (see src/cache/article-store.ts). Default: none. Not used with rules of one's own.
   */
  readonly cache?: string | undefined;
  /** Progress of the articles read and extracted, for progress bars. */
  readonly onProgress?: ((phase: 'read' | 'extract', done: number, total: number) => void) | undefined;
  /** The time of each stage once it is known, in milliseconds; `read` and `extract` are summed over the threads. */
  readonly onStage?: ((stage: PipelineStage, milliseconds: number) => void) | undefined;
}

/** Stages whose time a build reports: `articles` is the wall-clock time of reading and extracting all articles. */
export type PipelineStage = 'read' | 'extract' | 'articles' | 'resolve';

/** The graph built, and the files that could not be read. */
export interface BuildResult {
  readonly graph: KnowledgeGraph;
  readonly problems: readonly InputProblem[];
  /** Articles taken from the cache (or from shard results) rather than read and extracted. */
  readonly fromCache: number;
}

/** Options of a shard build: a build's, with the shard and the folder of its results instead of a cache. */
export interface ShardBuildOptions extends Omit<BuildOptions, 'cache' | 'rules'> {
  readonly shard: Shard;
  /** Folder the shard's per-article results and its manifest are written to; several shards may share it. */
  readonly results: string;
  /** Whether results already in that folder, of the same bytes and extractor, are used instead of reading again (default true). */
  readonly reuse?: boolean | undefined;
}

/** What a shard build wrote. */
export interface ShardBuildResult {
  /** The path of the manifest written. */
  readonly manifest: string;
  /** Files of the corpus, and those of this shard. */
  readonly files: number;
  readonly shardFiles: number;
  /** Articles written, and how many of them were already in the results folder. */
  readonly articles: number;
  readonly fromCache: number;
  readonly problems: readonly InputProblem[];
}

/** Reads the articles under `paths` and builds their knowledge graph, reading and extracting articles on `jobs` threads. */
export async function buildGraph(paths: readonly string[], options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const { maxBytes, extensions } = resolveIngestOptions({ maxBytes: options.maxBytes });
  const found = await collectFiles(paths, extensions);
  const store = options.cache === undefined || options.rules !== undefined ? undefined : { dir: options.cache, version: await extractorVersion(), read: true, required: false };
  const perFile = await extractFiles(found.files, { ...options, maxBytes }, store);
  const composed = composeFiles(perFile, found.problems);
  return { graph: resolveArticles(composed, started, options), problems: composed.problems, fromCache: composed.fromStore };
}

/**
 * Reads and extracts the articles of one shard of the corpus under `paths` (the files whose place in the sorted list
 * falls to it, see shardOfFile) and writes their results and a manifest to `options.results`, for mergeShards.
 */
export async function buildShard(paths: readonly string[], options: ShardBuildOptions): Promise<ShardBuildResult> {
  const { index, count } = options.shard;
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(index) || index < 1 || index > count) {
    throw new UsageError(`shard ${index}/${count}: expecting i/n with whole numbers 1 ≤ i ≤ n.`);
  }
  const started = performance.now();
  const { maxBytes, extensions } = resolveIngestOptions({ maxBytes: options.maxBytes });
  const found = await collectFiles(paths, extensions);
  const version = await extractorVersion();
  const store: ArticleStore = { dir: options.results, version, read: options.reuse ?? true, required: true };
  const mine = found.files.flatMap((path, fileIndex) => (shardOfFile(fileIndex, count) === index ? [{ path, fileIndex }] : []));
  const perFile = await extractFiles(
    mine.map((file) => file.path),
    { ...options, maxBytes },
    store,
  );
  const articles: ShardArticle[] = [];
  const problems = index === 1 ? [...found.problems] : [];
  let fromCache = 0;
  let readMs = 0;
  let extractMs = 0;
  perFile.forEach((file, at) => {
    const { path, fileIndex } = mine[at] ?? { path: '', fileIndex: -1 };
    if (file.key !== undefined && file.articles.length > 0) articles.push({ index: fileIndex, path, key: file.key });
    problems.push(...file.problems);
    fromCache += file.fromStore;
    readMs += file.readMs;
    extractMs += file.extractMs;
  });
  options.onStage?.('read', readMs);
  options.onStage?.('extract', extractMs);
  options.onStage?.('articles', performance.now() - started);
  problems.sort((a, b) => compareCodeUnits(a.path, b.path));
  const manifest = await writeManifest(options.results, shardManifest({ version, shard: { index, count }, corpus: corpusFingerprint(found.files), articles, problems }));
  return { manifest, files: found.files.length, shardFiles: mine.length, articles: articles.length, fromCache, problems };
}

/**
 * Builds the knowledge graph of the shard results in `dirs`: the same graph a single build of the corpus gives. Every
 * shard of one division of one corpus must be there once, made by this extractor. Throws ParleyError otherwise, and
 * when an entry a manifest names is missing or damaged.
 */
export async function mergeShards(dirs: readonly string[], options: Pick<BuildOptions, 'onStage'> = {}): Promise<BuildResult> {
  const started = performance.now();
  const version = await extractorVersion();
  const found: { dir: string; path: string; manifest: ShardManifest }[] = [];
  for (const dir of dirs) {
    const manifests = await readManifests(dir);
    if (manifests.length === 0) throw new UsageError(`${dir}: no shard results in it (files named shard-<i>-of-<n>.json, which \`parley build --shard\` writes).`);
    for (const entry of manifests) found.push({ dir, ...entry });
  }
  const [first] = found;
  if (first === undefined) throw new UsageError('no folders of shard results given.');
  const { count } = first.manifest.shard;
  const byIndex = new Map<number, string>();
  for (const { path, manifest } of found) {
    if (manifest.version !== version) {
      throw new ParleyError(`${path}: made by another version of the extractor (${manifest.version}, this one is ${version}); build the shards again with this version.`);
    }
    if (manifest.shard.count !== count || manifest.corpus.sha256 !== first.manifest.corpus.sha256 || manifest.corpus.files !== first.manifest.corpus.files) {
      throw new ParleyError(`${path}: shard ${manifest.shard.index}/${manifest.shard.count} of another corpus or division than ${first.path} (shard ${first.manifest.shard.index}/${count}).`);
    }
    const twice = byIndex.get(manifest.shard.index);
    if (twice !== undefined) throw new ParleyError(`shard ${manifest.shard.index}/${count} is given twice: ${twice} and ${path}.`);
    byIndex.set(manifest.shard.index, path);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
  if (missing.length > 0) throw new ParleyError(`missing shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')} of the ${count} in ${dirs.join(', ')}.`);

  const items = found.flatMap(({ dir, manifest }) => manifest.articles.map((article) => ({ dir, article })));
  items.sort((a, b) => a.article.index - b.article.index);
  const perFile: FileClaims[] = [];
  for (const { dir, article } of items) {
    const loading = performance.now();
    const store = { dir, version };
    const claims = await readEntry(store, article.key, article.path);
    if (claims === undefined) throw new ParleyError(`${entryPath(store, article.key)}: missing or damaged; build that shard again.`);
    perFile.push({ articles: [claims], problems: [], readMs: performance.now() - loading, extractMs: 0, fromStore: 1, key: article.key });
  }
  const problems = new Map<string, InputProblem>();
  for (const { manifest } of found) for (const problem of manifest.problems) problems.set(`${problem.path}\0${problem.reason}`, problem);
  const composed = composeFiles(perFile, [...problems.values()]);
  return { graph: resolveArticles(composed, started, options), problems: composed.problems, fromCache: composed.fromStore };
}

/** Files looked up in the store at once. */
const STORE_LOOKUPS_AT_ONCE = 16;

/** A worker thread loads the NLP model (about half a second) before it reads: for fewer files the calling thread is faster. */
const WORKERS_FROM_FILES = 4;

/**
 * Each file's result, in the order of `files`. With a `store` that may be read, the files it holds are taken from it
 * first, on this thread; the others are read and extracted, on worker threads when `jobs` > 1, and stored.
 */
async function extractFiles(
  files: readonly string[],
  options: Omit<BuildOptions, 'maxBytes' | 'cache'> & { readonly maxBytes: number },
  store: ArticleStore | undefined,
): Promise<FileClaims[]> {
  const { maxBytes, rules } = options;
  let done = 0;
  const onDone = (): void => options.onProgress?.('extract', ++done, files.length);
  // A look-up waits on the disk for the file's size, its bytes and its entry: many at once keep this thread busy.
  const lookingUp = performance.now();
  const limit = pLimit(STORE_LOOKUPS_AT_ONCE);
  const readable = store?.read ? store : undefined;
  const lookups = readable
    ? await Promise.all(
        files.map((path) =>
          limit(async () => {
            const looked = await lookUp(path, maxBytes, readable);
            if (looked.stored) onDone();
            return looked;
          }),
        ),
      )
    : files.map(() => undefined);
  // Look-ups overlap: each entry taken is given its share of their time, so that `read` sums to the time they took.
  const hits = lookups.filter((looked) => looked?.stored !== undefined).length;
  const readMs = (performance.now() - lookingUp) / Math.max(1, hits);
  const results = lookups.map((looked) => (looked?.stored === undefined ? undefined : { ...withSharedStrings(looked.stored), readMs }));
  // What the store held is not looked up again by the threads that read the rest, nor are the files hashed again.
  const writeOnly = store && { ...store, read: false };
  const missing = files.flatMap((path, index) => (results[index] === undefined ? [{ path, known: lookups[index] }] : []));
  const jobs = rules === undefined ? (options.jobs ?? availableParallelism()) : 1;
  const extracted: FileClaims[] = [];
  if (jobs > 1 && missing.length >= WORKERS_FROM_FILES) extracted.push(...(await mapInWorkers(missing, { jobs, maxBytes, store: writeOnly }, onDone)));
  else {
    const writes = writeOnly && new EntryWrites(writeOnly);
    for (const { path, known } of missing) {
      extracted.push(writeOnly === undefined ? await readAndExtract(path, maxBytes, rules) : await readWithStore(path, maxBytes, writeOnly, known, writes));
      onDone();
    }
    await writes?.settled();
  }
  let next = 0;
  return results.map((result) => result ?? extracted[next++] ?? { articles: [], problems: [], readMs: 0, extractMs: 0, fromStore: 0 });
}

/** The articles of every file, with their problems and times. */
interface ComposedFiles {
  readonly perArticle: readonly ArticleClaims[];
  readonly problems: readonly InputProblem[];
  readonly readMs: number;
  readonly extractMs: number;
  readonly fromStore: number;
}

/** Composes the files' results in input order, whatever thread read each file: the first of articles with the same text is kept. */
function composeFiles(perFile: readonly FileClaims[], found: readonly InputProblem[]): ComposedFiles {
  const perArticle: ArticleClaims[] = [];
  const problems = [...found];
  const ids = new Set<string>();
  let readMs = 0;
  let extractMs = 0;
  let fromStore = 0;
  for (const file of perFile) {
    readMs += file.readMs;
    extractMs += file.extractMs;
    for (const problem of file.problems) problems.push(problem);
    for (const item of file.articles) {
      if (ids.has(item.article.id)) continue;
      ids.add(item.article.id);
      perArticle.push(item);
      fromStore += file.fromStore;
    }
  }
  return { perArticle, problems: problems.sort((a, b) => compareCodeUnits(a.path, b.path)), readMs, extractMs, fromStore };
}

/** The resolve stage over the composed articles, reporting the times of the stages before it and its own. */
function resolveArticles(composed: ComposedFiles, started: number, options: Pick<BuildOptions, 'onStage'>): KnowledgeGraph {
  options.onStage?.('read', composed.readMs);
  options.onStage?.('extract', composed.extractMs);
  options.onStage?.('articles', performance.now() - started);
  const resolving = performance.now();
  const graph = resolveGraph(composed.perArticle);
  options.onStage?.('resolve', performance.now() - resolving);
  return graph;
}

/** Builds the knowledge graph of articles already read, on the calling thread. */
export function buildGraphFromArticles(articles: readonly Article[], options: BuildOptions = {}): KnowledgeGraph {
  const rules = options.rules ?? DEFAULT_RULES;
  const perArticle = articles.map((article, index) => {
    const result = articleClaims(article, rules);
    options.onProgress?.('extract', index + 1, articles.length);
    return result;
  });
  return resolveGraph(perArticle);
}
