// Makes an Article from the text of a file: reads its format, normalises, removes boilerplate, finds title and sentences.
import { hash } from 'node:crypto';
import { basename } from 'node:path';
import { InputError } from '../errors.js';
import type { Article, Sentence } from '../types.js';
import type { ArticleFormat } from './article-format.js';
import type { ExtractedText } from './extracted-text.js';
import { htmlToText } from './html-to-text.js';
import { leadingDate } from './leading-date.js';
import { joinWrappedLines } from './join-wrapped-lines.js';
import { markdownToText } from './markdown-to-text.js';
import { normalizeText } from './normalize-text.js';
import { removeBoilerplate } from './remove-boilerplate.js';
import { splitSentences } from './split-sentences.js';

/**
 * Limits on one article, so that one file cannot stall a build: the time to read a sentence grows with the square of
 * its length. A news article comes nowhere near them; a file beyond them is skipped as "too long to read".
 */
export const MAX_SENTENCES = 50_000;
export const MAX_SENTENCE_WORDS = 500;

/** A first line longer than this is a lead paragraph, not a headline: its first sentence is the title. */
const MAX_TITLE_LENGTH = 160;
/** A title stated in metadata is already in the text when one of the first lines is the title. */
const TITLE_LINES = 3;

/**
 * Makes an article from `source`, the decoded text of the file at `path`, written in `format`. Pure: reads no file,
 * so articles can be made from strings. The text is normalised (`normalizeText`), loses a leading date, which becomes
 * the publication date when the metadata states none (`leadingDate`), and is cleaned of boilerplate
 * (`removeBoilerplate`); the title is the one the file's metadata states, put at the top of the text when the text
 * lacks it, else the first line (its first sentence when the line is a whole paragraph).
 * Throws `InputError` when no article text is left.
 */
export function articleFromText(source: string, path: string, format: ArticleFormat = 'text'): Article {
  const extracted = extract(source, format);
  const normalized = format === 'text' ? joinWrappedLines(normalizeText(extracted.text)) : normalizeText(extracted.text);
  if (normalized === '') throw new InputError(path, source.trim() === '' ? 'empty file' : 'no text in the file (only markup)');
  const dated = leadingDate(normalized);
  const clean = removeBoilerplate(dated.text);
  if (clean.text === '') throw new InputError(path, 'no article text (only boilerplate)');
  const stated = oneLine(extracted.title);
  const text = stated === undefined || hasTitle(clean.text, stated) ? clean.text : `${stated}\n${clean.text}`;
  const sentences = splitSentences(text);
  checkLength(sentences, path);
  return {
    id: hash('sha256', text, 'hex').slice(0, 16),
    file: basename(path),
    path,
    title: stated ?? titleOf(text, sentences[0]?.text ?? text),
    outlet: oneLine(extracted.outlet) ?? clean.outlet,
    published: extracted.published ?? dated.date,
    text,
    sentences,
  };
}

/** Throws `InputError` when the article holds more than MAX_SENTENCES sentences or a sentence of more than MAX_SENTENCE_WORDS words. */
function checkLength(sentences: readonly Sentence[], path: string): void {
  if (sentences.length > MAX_SENTENCES) {
    throw new InputError(path, `too long to read: ${sentences.length} sentences, more than the limit of ${MAX_SENTENCES}`);
  }
  for (const sentence of sentences) {
    // Normalised text has single spaces between words.
    let words = 1;
    for (let at = sentence.text.indexOf(' '); at >= 0; at = sentence.text.indexOf(' ', at + 1)) words++;
    if (words > MAX_SENTENCE_WORDS) {
      throw new InputError(path, `too long to read: a sentence of ${words} words, more than the limit of ${MAX_SENTENCE_WORDS} (sentence ${sentence.index + 1})`);
    }
  }
}

function extract(source: string, format: ArticleFormat): ExtractedText {
  switch (format) {
    case 'html':
      return htmlToText(source);
    case 'markdown':
      return markdownToText(source);
    case 'text':
      return { text: source };
  }
}

/** The first line, or its first sentence when the line is a paragraph, cut at a word when still too long. */
function titleOf(text: string, firstSentence: string): string {
  const newline = text.indexOf('\n');
  const firstLine = newline < 0 ? text : text.slice(0, newline);
  const title = firstLine.length <= MAX_TITLE_LENGTH ? firstLine : firstSentence;
  if (title.length <= MAX_TITLE_LENGTH) return title;
  const cut = title.lastIndexOf(' ', MAX_TITLE_LENGTH);
  return `${title.slice(0, cut > 0 ? cut : MAX_TITLE_LENGTH)}\u2026`;
}

function hasTitle(text: string, title: string): boolean {
  return text.split('\n', TITLE_LINES).includes(title);
}

/** Metadata as one normalised line, or undefined when empty. */
function oneLine(value: string | undefined): string | undefined {
  const line = value === undefined ? '' : normalizeText(value).replace(/\s+/gu, ' ');
  return line === '' ? undefined : line;
}
