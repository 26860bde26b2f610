// Parley's public API: build a negotiating-positions graph from news articles, write it as RDF, and query it.
export type {
  AnnotatedSentence,
  Article,
  Claim,
  ClaimArgument,
  Entity,
  EntityType,
  InputProblem,
  KnowledgeGraph,
  Mention,
  PosTag,
  Predicate,
  ResolvedClaim,
  Sentence,
  Source,
  Stance,
  Token,
} from './types.js';
export { PREDICATES, STANCES } from './types.js';
export { GraphReadError, InputError, ParleyError, UsageError, ValidationError } from './errors.js';

export { buildGraph, buildGraphFromArticles, buildShard, mergeShards, type BuildOptions, type BuildResult, type Shard, type ShardBuildOptions, type ShardBuildResult } from './pipeline.js';
export { readArticles, parseArticle, articleFromText, splitSentences, DEFAULT_INGEST_OPTIONS, resolveIngestOptions, type IngestOptions, type IngestResult } from './ingest/index.js';
// Reading from the web and completing sources: their own modules, so that reading files never loads them.
export { fetchArticles, type WebInputs, type WebPage, type WebResult } from './ingest/fetch-articles.js';
export { DEFAULT_FETCH_OPTIONS, resolveFetchOptions, type FetchOptions } from './ingest/fetch-options.js';
export { readManifest, type SourceRecord } from './ingest/read-manifest.js';
export { applySources, type ArticleSources } from './ingest/article-sources.js';
export { annotateArticle } from './nlp/annotate-article.js';
export { extractClaims } from './extract/extract-claims.js';
export { DEFAULT_RULES } from './extract/rules/index.js';
export { stanceRule, type ArticleContext, type ExtractionRule, type RuleMatch, type StanceRuleSpec } from './extract/rule.js';
export { resolveGraph, type ArticleClaims } from './resolve/resolve-graph.js';

export { PARLEY, PARLEY_ID, PREFIXES, entityIri, entityKey, slug } from './rdf/namespaces.js';
export { toQuads } from './rdf/to-quads.js';
export { readTurtle, writeTurtle } from './rdf/turtle.js';
export { readGraphFile, writeGraphFile } from './rdf/graph-file.js';
export { validateGraph, assertValidGraph, formatViolation, type ValidationReport, type Violation } from './rdf/validate-graph.js';
export { exportGraph, EXPORT_FORMATS, type ExportFormat } from './query/export-graph.js';
export { pushGraph, PushError, PushOptionError, redactUrl, type PushGraphOptions, type PushProgress, type PushReport } from './rdf/graph-store-client.js';

export * from './query/index.js';
export {
  bindParameters,
  createSparqlStore,
  evaluateSparql,
  runSparql,
  formatSparqlAnswer,
  sparqlForm,
  SparqlEngineError,
  SparqlTimeoutError,
  type SparqlAnswer,
  type SparqlFormat,
  type SparqlOptions,
  type SparqlStore,
} from './query/sparql.js';
export { startViewerServer } from './view/start-viewer-server.js';
export { main } from './cli/main.js';
