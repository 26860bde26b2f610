// The ingest stage's public API: read files (or strings) into normalised articles with sentences.
export { readArticles, type IngestResult } from './read-articles.js';
export { parseArticle } from './parse-article.js';
export { articleFromText } from './article-from-text.js';
export { foreignLanguageReason, MIN_LETTERS_TO_JUDGE } from './article-language.js';
export { articleFormat, type ArticleFormat } from './article-format.js';
export { decodeBytes } from './decode-bytes.js';
export { htmlToText } from './html-to-text.js';
export { markdownToText } from './markdown-to-text.js';
export type { ExtractedText } from './extracted-text.js';
export { normalizeText } from './normalize-text.js';
export { removeBoilerplate, type CleanText } from './remove-boilerplate.js';
export { splitSentences } from './split-sentences.js';
export { DEFAULT_INGEST_OPTIONS, resolveIngestOptions, type IngestOptions } from './ingest-options.js';
export { leadingDate, type LeadingDate } from './leading-date.js';
