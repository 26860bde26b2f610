// buildGraph(): the one place where Parley's stages are composed, in order: ingest → nlp → extract → resolve.
import { availableParallelism } from 'node:os';
import type { Article, InputProblem, KnowledgeGraph } from './types.js';
import { readArticles, resolveIngestOptions } from './ingest/index.js';
import { collectFiles } from './ingest/collect-files.js';
import { annotateArticle, principalParties } from './nlp/annotate-article.js';
import { extractClaims } from './extract/extract-claims.js';
import type { ExtractionRule } from './extract/rule.js';
import { DEFAULT_RULES } from './extract/rules/index.js';
import { resolveGraph, type ArticleClaims } from './resolve/resolve-graph.js';
import { mapInWorkers } from './pipeline-workers.js';
import { compareCodeUnits } from './compare-code-units.js';

/** Options of a build. */
export interface BuildOptions {
  /** Files larger than this are skipped as problems (default 5 MiB). */
  readonly maxBytes?: number | undefined;
  /** Extraction rules (default DEFAULT_RULES). Rules of one's own are code, which worker threads cannot receive: they run on one thread. */
  readonly rules?: readonly ExtractionRule[] | undefined;
  /** Worker threads that read and extract articles (default: the cores available); 1 works on the calling thread. */
  readonly jobs?: number | undefined;
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
}

/** What one file gives: its article with claims (none when it is not an article), its problem, and the time spent. */
export interface FileClaims {
  readonly articles: readonly ArticleClaims[];
  readonly problems: readonly InputProblem[];
  readonly readMs: number;
  readonly extractMs: number;
}

/** A worker thread loads the NLP model (about half a second) before it reads: for fewer files the calling thread is faster. */
const WORKERS_FROM_FILES = 4;

/** Reads the articles under `paths` and builds their knowledge graph, reading and extracting articles on `jobs` threads. */
export async function buildGraph(paths: readonly string[], options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const { maxBytes, extensions } = resolveIngestOptions({ maxBytes: options.maxBytes });
  const found = await collectFiles(paths, extensions);
  const jobs = options.rules === undefined ? (options.jobs ?? availableParallelism()) : 1;
  let done = 0;
  const onDone = (): void => options.onProgress?.('extract', ++done, found.files.length);
  const perFile =
    jobs > 1 && found.files.length >= WORKERS_FROM_FILES
      ? await mapInWorkers(found.files, { jobs, maxBytes }, onDone)
      : await mapInOrder(found.files, async (path) => {
          const result = await readAndExtract(path, maxBytes, options.rules);
          onDone();
          return result;
        });
  // Composed in input order, whatever thread read each file: the first of articles with the same text is kept.
  const perArticle: ArticleClaims[] = [];
  const problems = [...found.problems];
  const ids = new Set<string>();
  let readMs = 0;
  let extractMs = 0;
  for (const file of perFile) {
    readMs += file.readMs;
    extractMs += file.extractMs;
    for (const problem of file.problems) problems.push(problem);
    for (const item of file.articles) {
      if (ids.has(item.article.id)) continue;
      ids.add(item.article.id);
      perArticle.push(item);
    }
  }
  options.onStage?.('read', readMs);
  options.onStage?.('extract', extractMs);
  options.onStage?.('articles', performance.now() - started);
  const resolving = performance.now();
  const graph = resolveGraph(perArticle);
  options.onStage?.('resolve', performance.now() - resolving);
  return { graph, problems: problems.sort((a, b) => compareCodeUnits(a.path, b.path)) };
}

async function mapInOrder<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) results.push(await work(item));
  return results;
}

/** Reads one file and extracts the claims of the article it holds: the work each thread does per file. */
export async function readAndExtract(path: string, maxBytes: number, rules?: readonly ExtractionRule[]): Promise<FileClaims> {
  const reading = performance.now();
  const { articles, problems } = await readArticles([path], { maxBytes });
  const extracting = performance.now();
  const claims = articles.map((article) => articleClaims(article, rules ?? DEFAULT_RULES));
  return { articles: claims, problems, readMs: extracting - reading, extractMs: performance.now() - extracting };
}

/** The nlp and extract stages of one article. */
function articleClaims(article: Article, rules: readonly ExtractionRule[]): ArticleClaims {
  const sentences = annotateArticle(article);
  const principals = principalParties(sentences);
  const claims = extractClaims(article, sentences, rules, principals);
  const persons = sentences.flatMap((s) =>
    s.mentions.filter((m) => m.type === 'Person').map((mention) => ({ mention, sentenceIndex: s.index, quote: s.text, start: s.start, end: s.end })),
  );
  return { article, claims, persons, principals };
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
