// Tells how an article file is written, plain text, Markdown or HTML, from its extension or, failing that, its content.
import { extname } from 'node:path';

/** How an article's source is written. */
export type ArticleFormat = 'text' | 'markdown' | 'html';

const BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

/** An HTML document starts with a doctype, <html>, <head> or <body>, after any XML declaration and comments. */
const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/iu;

/** The format of a file: `.md`/`.markdown` are Markdown, `.html`/`.htm` HTML, and anything else HTML when it reads as such. */
export function articleFormat(path: string, text: string): ArticleFormat {
  const format = BY_EXTENSION[extname(path).toLowerCase()];
  if (format === 'markdown' || format === 'html') return format;
  return HTML_START.test(text.slice(0, 4096)) ? 'html' : 'text';
}
