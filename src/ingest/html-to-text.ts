// Turns an HTML page into article text and metadata: linkedom parses, Readability finds the article, block elements become lines.
import { Readability } from '@mozilla/readability';
import { createRequire } from 'node:module';
import type * as Linkedom from 'linkedom';
import type { ExtractedText } from './extracted-text.js';
import { isoDate } from './iso-date.js';

let linkedom: typeof Linkedom | undefined;

/** linkedom's parser, loaded with the first HTML page (its CommonJS build, so reading stays synchronous): text files never need it. */
function parseHTML(source: string): ReturnType<typeof Linkedom.parseHTML> {
  linkedom ??= createRequire(import.meta.url)('linkedom') as typeof Linkedom;
  return linkedom.parseHTML(source);
}

/** Elements that start a new line of text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'th', 'thead', 'tfoot', 'tr', 'ul',
]);

/** Elements whose text is never article text. */
const NOT_TEXT = new Set([
  'head', 'title', 'meta', 'link', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'canvas',
  'object', 'embed', 'button', 'select', 'textarea', 'input',
]);

/** Page chrome also skipped when the whole body is read because Readability found no article. */
const NOT_ARTICLE = new Set([...NOT_TEXT, 'nav', 'aside', 'footer', 'form']);

/** Where each piece of metadata is looked for, in order: CSS selector and the attribute holding the value. */
const TITLE_SOURCES = [['meta[property="og:title"]', 'content'], ['title', ''], ['h1', '']] as const;
const OUTLET_SOURCES = [
  ['meta[property="og:site_name"]', 'content'],
  ['meta[name="application-name"]', 'content'],
  ['meta[name="publisher"]', 'content'],
] as const;
const DATE_SOURCES = [
  ['meta[property="article:published_time"]', 'content'],
  ['meta[name="article:published_time"]', 'content'],
  ['meta[itemprop="datePublished"]', 'content'],
  ['meta[name="date"]', 'content'],
  ['meta[name="pubdate"]', 'content'],
  ['meta[name="publish-date"]', 'content'],
  ['meta[name="DC.date.issued"]', 'content'],
  ['time[datetime]', 'datetime'],
] as const;

/**
 * Readability's run time grows steeply with nesting depth (and linkedom overflows the stack past a few thousand
 * levels); real pages nest a few dozen levels, so a deeper page is malformed and its body is read directly.
 */
const MAX_READABLE_DEPTH = 100;

/**
 * linkedom's parse time grows with the square of the nesting depth: a page whose tags leave more than this many
 * elements open is flattened first, keeping only paragraph and line breaks.
 */
const MAX_PARSE_DEPTH = 1000;
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/gu;
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Tags a flattened page keeps: none of them nests, as a new <p> closes the open one. */
const FLAT_TAGS = new Set(['p', 'br', 'title', 'meta', 'script', 'style', 'noscript', 'template']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Reads an HTML page: the article body as text (Readability's pick, or the whole body when it finds nothing), one
 * paragraph or heading per line; the title (og:title, <title>, first <h1>); the outlet (og:site_name and similar);
 * the publication date (article:published_time, <meta name=date>, <time datetime>). Never throws on malformed HTML.
 */
export function htmlToText(html: string): ExtractedText {
  const source = wellFormed(openDepth(html) > MAX_PARSE_DEPTH ? flatten(html) : html);
  const { document } = parseHTML(source);
  const outlet = firstValue(document, OUTLET_SOURCES);
  const meta = {
    title: withoutSiteSuffix(firstValue(document, TITLE_SOURCES), outlet),
    published: isoDate(firstValue(document, DATE_SOURCES)),
  };
  const article = depth(document.body) <= MAX_READABLE_DEPTH ? readability(document) : undefined;
  const text = article?.content ? blockText(article.content, NOT_TEXT) : '';
  if (text.trim() !== '') {
    return {
      text,
      title: meta.title,
      outlet: outlet ?? nonEmpty(article?.siteName),
      published: meta.published ?? isoDate(article?.publishedTime),
    };
  }
  // Readability changes the document it reads: take the body from a fresh parse.
  const body = parseHTML(source).document.body;
  return { text: body ? blockText(body, NOT_ARTICLE) : '', ...meta, outlet };
}

/**
 * Puts the page into one <html><head/><body/></html> shape: linkedom drops what follows </html> and leaves a body
 * without its <body> tag empty, so the head is kept and every other tag of the page skeleton is removed.
 */
function wellFormed(html: string): string {
  const head = /<head\b[^>]*>([\s\S]*?)<\/head\s*>/iu.exec(html);
  const rest = head ? html.slice(0, head.index) + html.slice(head.index + head[0].length) : html;
  const body = rest.replace(/<!doctype[^>]*>|<\/?(?:html|head|body)\b[^>]*>/giu, '');
  return `<!DOCTYPE html><html><head>${head?.[1] ?? ''}</head><body>${body}</body></html>`;
}

/** How many elements the tags of `html` leave open at most, counted on the source without parsing it. */
function openDepth(html: string): number {
  let open = 0;
  let deepest = 0;
  for (const [, closing, name = '', selfClosing] of html.matchAll(TAG)) {
    if (closing) open = Math.max(0, open - 1);
    else if (!selfClosing && !VOID_ELEMENTS.has(name.toLowerCase())) deepest = Math.max(deepest, ++open);
  }
  return deepest;
}

/** Removes every tag but those of `FLAT_TAGS`; block tags become line breaks. */
function flatten(html: string): string {
  return html.replace(TAG, (tag, _closing: string, name: string) => {
    const lower = name.toLowerCase();
    return FLAT_TAGS.has(lower) ? tag : BLOCKS.has(lower) ? '<br>' : '';
  });
}

/** Readability's article, or undefined when it finds none or fails on an odd document. */
function readability(document: Document): ReturnType<Readability<Node>['parse']> | undefined {
  try {
    return new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch {
    return undefined;
  }
}

/** How deeply elements nest under `root`, counted without recursion. */
function depth(root: Node | null): number {
  let deepest = 0;
  const stack: [Node, number][] = root === null ? [] : [[root, 0]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, level] = item;
    deepest = Math.max(deepest, level);
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === ELEMENT_NODE) stack.push([child, level + 1]);
    }
  }
  return deepest;
}

/** The text of a subtree, a line per block element, whitespace collapsed as a browser renders it. */
function blockText(root: Node, skip: ReadonlySet<string>): string {
  const parts: string[] = [];
  const newLine = (): void => {
    if (parts.length > 0 && parts[parts.length - 1] !== '\n') parts.push('\n');
  };
  // Iterative walk: malformed pages can nest unclosed elements thousands deep.
  const stack: (Node | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      newLine();
    } else if (node?.nodeType === TEXT_NODE) {
      parts.push((node as Text).data.replace(/\s+/gu, ' '));
    } else if (node?.nodeType === ELEMENT_NODE && !skip.has((node as Element).localName)) {
      if (BLOCKS.has((node as Element).localName)) {
        newLine();
        stack.push(null);
      }
      for (let child = node.lastChild; child !== null; child = child.previousSibling) stack.push(child);
    }
  }
  return parts.join('');
}

function firstValue(document: Document, sources: readonly (readonly [string, string])[]): string | undefined {
  for (const [selector, attribute] of sources) {
    const element = document.querySelector(selector);
    const value = nonEmpty(attribute === '' ? element?.textContent : element?.getAttribute(attribute));
    if (value !== undefined) return value;
  }
  return undefined;
}

/** "Talks resume in Geneva | Gulf Times" → "Talks resume in Geneva" when the outlet is "Gulf Times". */
function withoutSiteSuffix(title: string | undefined, outlet: string | undefined): string | undefined {
  if (title === undefined || outlet === undefined || !title.endsWith(outlet)) return title;
  const stripped = title.slice(0, -outlet.length).replace(/\s*[|\-\u2013\u2014:\u00B7\u2022]\s*$/u, '');
  return stripped !== title.slice(0, -outlet.length) && stripped !== '' ? stripped : title;
}

function nonEmpty(value: string | null | undefined): string | undefined {
  const trimmed = value?.replace(/\s+/gu, ' ').trim();
  return trimmed === '' ? undefined : trimmed;
}
