// Turns Markdown into plain text: one line per paragraph, heading or list item, with the markup and link targets removed.
import type { ExtractedText } from './extracted-text.js';
import { isoDate } from './iso-date.js';

const FRONT_MATTER = /^---\n([\s\S]*?)\n(?:---|\.\.\.)(?:\n|$)/u;
const FRONT_MATTER_FIELD = /^([\w-]+)\s*:\s*(.*?)\s*$/u;
const TITLE_KEYS = new Set(['title', 'headline']);
const OUTLET_KEYS = new Set(['outlet', 'publisher', 'site', 'site_name', 'source']);
const DATE_KEYS = new Set(['date', 'published', 'pubdate', 'published_at', 'publication_date']);

const FENCE = /^ {0,3}(?:```|~~~)/u;
const RULE = /^ {0,3}([-*_])(?: *\1){2,} *$/u;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+) *$/u;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/u;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+/u;
const BLOCKQUOTE = /^ {0,3}(?:>[ \t]?)+/u;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]+\S/u;
const TABLE_DIVIDER = /^[\s|:-]+$/u;

/** A link target: `(url "title")`, with one level of parentheses inside (`(…/Foo_(bar))`). */
const TARGET = String.raw`\((?:[^()]|\([^()]*\))*\)`;
/** Link text or a reference label: brackets cannot nest, so each `[` starts one bounded scan. */
const LABEL = String.raw`\[[^[\]]*\]`;

/**
 * Inline markup, replaced in this order: images go, links keep their text, emphasis and code keep their content.
 * Every pattern runs in linear time: the content between two delimiters may not contain the opening delimiter, so a
 * failed match stops at the next opener instead of scanning to the end of the line from each one ('['.repeat(1e5)).
 */
const INLINE: readonly (readonly [RegExp, string])[] = [
  [/<!--(?:[^<-]|<(?!!--)|-(?!->))*-->/gu, ''],
  [new RegExp(String.raw`!${LABEL}(?:${TARGET}|${LABEL})`, 'gu'), ''],
  [new RegExp(String.raw`\[([^[\]]+)\](?:${TARGET}|${LABEL})`, 'gu'), '$1'],
  [/<((?:https?|mailto):[^<>\s]+)>/gu, '$1'],
  [/<\/?[a-zA-Z][^<>]*>/gu, ''],
  [/`([^`]+)`/gu, '$1'],
  [/\*\*(?=[^\s*])((?:[^*]|\*(?!\*))*?[^\s*])\*\*/gu, '$1'],
  [/__(?=[^\s_])((?:[^_]|_(?!_))*?[^\s_])__/gu, '$1'],
  [/(?<![\p{L}\p{N}*\\])\*(?=[^\s*])([^*]*?[^\s*])\*(?![\p{L}\p{N}*])/gu, '$1'],
  [/(?<![\p{L}\p{N}_\\])_(?=[^\s_])([^_]*?[^\s_])_(?![\p{L}\p{N}_])/gu, '$1'],
  [/~~(?=[^\s~])((?:[^~]|~(?!~))*?[^\s~])~~/gu, '$1'],
  [/\\([\\`*_{}[\]()#+\-.!>~|])/gu, '$1'],
];

/**
 * Reads Markdown: paragraphs (whose lines Markdown joins) become one line each, as do headings, list items and table
 * rows; heading marks, list markers, quote marks, rules, fences, emphasis, images and link targets are removed.
 * A YAML front matter gives the title, outlet and date.
 */
export function markdownToText(markdown: string): ExtractedText {
  const source = markdown.replace(/\r\n?/gu, '\n');
  const front = FRONT_MATTER.exec(source);
  const meta = front ? frontMatter(front[1] ?? '') : {};
  const lines = (front ? source.slice(front[0].length) : source).split('\n');
  const out: string[] = [];
  // Whether the next plain line continues the last output line (a paragraph or a list item).
  let open = false;
  let inFence = false;
  for (const [i, raw] of lines.entries()) {
    if (FENCE.test(raw)) {
      inFence = !inFence;
      open = false;
      continue;
    }
    if (inFence) {
      out.push(raw);
      continue;
    }
    const line = raw.replace(BLOCKQUOTE, '');
    const heading = ATX_HEADING.exec(line);
    if (line.trim() === '' || REFERENCE_DEFINITION.test(line)) {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      open = false;
    } else if (heading) {
      out.push(heading[1] ?? '');
      open = false;
    } else if (open && SETEXT_UNDERLINE.test(line) && !LIST_ITEM.test(lines[i - 1] ?? '')) {
      // The paragraph line above is a heading: it stays its own line.
      open = false;
    } else if (RULE.test(line) || TABLE_DIVIDER.test(line)) {
      open = false;
    } else if (LIST_ITEM.test(line)) {
      out.push(line.replace(LIST_ITEM, ''));
      open = !hasHardBreak(line);
    } else if (open) {
      out[out.length - 1] = `${out[out.length - 1] ?? ''} ${line.trim()}`;
      open = !hasHardBreak(line);
    } else {
      out.push(line);
      open = !hasHardBreak(line);
    }
  }
  const text = out.map((line) => inline(withoutHardBreak(line))).join('\n').trim();
  return { text, ...meta };
}

/** Two spaces or a backslash at the end of a line. Tested with endsWith: an unanchored `/ {2,}$/` is quadratic on long runs of spaces. */
function hasHardBreak(line: string): boolean {
  return line.endsWith('  ') || line.endsWith('\\');
}

function withoutHardBreak(line: string): string {
  if (line.endsWith('\\')) return line.slice(0, -1);
  return line.endsWith('  ') ? line.trimEnd() : line;
}

function inline(line: string): string {
  return INLINE.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), line);
}

/** Title, outlet and date from the `key: value` lines of a YAML front matter. */
function frontMatter(yaml: string): Omit<ExtractedText, 'text'> {
  let title: string | undefined;
  let outlet: string | undefined;
  let published: string | undefined;
  for (const line of yaml.split('\n')) {
    const field = FRONT_MATTER_FIELD.exec(line);
    if (!field) continue;
    const key = (field[1] ?? '').toLowerCase();
    const value = (field[2] ?? '').replace(/^(["'])(.*)\1$/u, '$2');
    if (value === '') continue;
    if (TITLE_KEYS.has(key)) title ??= value;
    else if (OUTLET_KEYS.has(key)) outlet ??= value;
    else if (DATE_KEYS.has(key)) published ??= isoDate(value);
  }
  return { title, outlet, published };
}
