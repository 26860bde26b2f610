// Turns a fetched web page into the bytes of an article file: its format from the Content-Type, its text in UTF-8.
import type { ArticleFormat } from './article-format.js';

/** Content types read as articles; a missing one is told by the content, as a file without an extension is. */
const FORMATS: Readonly<Record<string, ArticleFormat>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
};

/** `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">`, in the first bytes of a page. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/iu;
const META_BYTES = 1024;

/** A page as article bytes: UTF-8, and the extension that tells its format. */
export interface PageFile {
  readonly bytes: Uint8Array;
  readonly extension: '.html' | '.txt' | '.md';
}

/**
 * The page `bytes`, served as `contentType`, as article bytes, or the reason it is not an article: a content type
 * other than HTML, plain text or Markdown, or an unknown charset. UTF-8 pages keep their bytes as they were served;
 * others (charset from the Content-Type, else an HTML meta tag) are decoded and written as UTF-8.
 */
export function pageFile(bytes: Uint8Array, contentType: string): PageFile | { readonly reason: string } {
  const type = mediaType(contentType);
  const format = type === '' ? undefined : FORMATS[type];
  if (type !== '' && format === undefined) return { reason: `not an article: Content-Type ${type}` };
  const extension = format === 'html' ? '.html' : format === 'markdown' ? '.md' : '.txt';
  const charset = charsetOf(contentType) ?? (format === 'text' ? undefined : META_CHARSET.exec(new TextDecoder('latin1').decode(bytes.subarray(0, META_BYTES)))?.[1]);
  const decoder = decoderFor(charset);
  if (decoder === undefined) return { reason: `unknown charset ${JSON.stringify(charset)}` };
  return { bytes: decoder.encoding === 'utf-8' ? bytes : new TextEncoder().encode(decoder.decode(bytes)), extension };
}

/** The text of `bytes` in the charset of `contentType` (UTF-8 when it names none or one unknown): for feeds. */
export function textOfBytes(bytes: Uint8Array, contentType: string): string {
  return (decoderFor(charsetOf(contentType)) ?? new TextDecoder()).decode(bytes);
}

/** "text/html" of "text/html; charset=utf-8", lower case. */
function mediaType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

function charsetOf(contentType: string): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/iu.exec(contentType)?.[1];
}

/** A decoder for the charset label (UTF-8 when none), or undefined for a label the WHATWG Encoding standard does not know. */
function decoderFor(charset: string | undefined): TextDecoder | undefined {
  try {
    return new TextDecoder(charset ?? 'utf-8');
  } catch {
    return undefined;
  }
}
