// buildGraph(): the one place where Parley's stages are composed, in order: ingest → nlp → extract → resolve.
import type { Article, InputProblem, KnowledgeGraph } from './types.js';
import { readArticles } from './ingest/index.js';
import { annotateArticle } from './nlp/annotate-article.js';
import { extractClaims } from './extract/extract-claims.js';
import type { ExtractionRule } from './extract/rule.js';
import { DEFAULT_RULES } from './extract/rules/index.js';
import { resolveGraph, type ArticleClaims } from './resolve/resolve-graph.js';

/** Options of a build. */
export interface BuildOptions {
  /** Files larger than this are skipped as problems (default 5 MiB). */
  readonly maxBytes?: number | undefined;
  /** Extraction rules (default DEFAULT_RULES). */
  readonly rules?: readonly ExtractionRule[] | undefined;
  /** Progress of each phase, for progress bars: `phase` is "read" or "extract". */
  readonly onProgress?: ((phase: 'read' | 'extract', done: number, total: number) => void) | undefined;
}

/** The graph built, and the files that could not be read. */
export interface BuildResult {
  readonly graph: KnowledgeGraph;
  readonly problems: readonly InputProblem[];
}

/** Reads the articles under `paths` and builds their knowledge graph. */
export async function buildGraph(paths: readonly string[], options: BuildOptions = {}): Promise<BuildResult> {
  const { articles, problems } = await readArticles(paths, {
    maxBytes: options.maxBytes,
    onProgress: options.onProgress ? (done, total) => options.onProgress?.('read', done, total) : undefined,
  });
  return { graph: buildGraphFromArticles(articles, options), problems };
}

/** Builds the knowledge graph of articles already read. */
export function buildGraphFromArticles(articles: readonly Article[], options: BuildOptions = {}): KnowledgeGraph {
  const rules = options.rules ?? DEFAULT_RULES;
  const perArticle: ArticleClaims[] = articles.map((article, index) => {
    const sentences = annotateArticle(article);
    const claims = extractClaims(article, sentences, rules);
    const persons = sentences.flatMap((s) =>
      s.mentions.filter((m) => m.type === 'Person').map((mention) => ({ mention, sentenceIndex: s.index, quote: s.text, start: s.start, end: s.end })),
    );
    options.onProgress?.('extract', index + 1, articles.length);
    return { article, claims, persons };
  });
  return resolveGraph(perArticle);
}
