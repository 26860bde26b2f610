// Parses one article file's bytes: decodes them as text, tells the format and makes the Article.
import type { Article } from '../types.js';
import { articleFormat } from './article-format.js';
import { articleFromText } from './article-from-text.js';
import { decodeBytes } from './decode-bytes.js';

/**
 * Parses the bytes of the file at `path` as an article: UTF-8 (or UTF-16 with a byte-order mark), written as plain
 * text, Markdown or HTML (by extension, or HTML by content). Throws `InputError` when the bytes are not article text:
 * binary, not UTF-8, empty or only boilerplate.
 */
export function parseArticle(bytes: Uint8Array, path: string): Article {
  const text = decodeBytes(bytes, path);
  return articleFromText(text, path, articleFormat(path, text));
}
