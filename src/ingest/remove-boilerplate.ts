// Removes page furniture from normalised article text (appeals, share and related-post blocks, credits, bylines), keeping every line that reports.
import {
  APPEAL_PATTERNS,
  AUTHOR_BOX_MARKER,
  CUT_MARKER,
  LEGAL_NOTICE_HEADING,
  LINE_PATTERNS,
  NAME_LINE,
  REPORTED_SPEECH,
  TRAILING_CREDIT,
} from './boilerplate-patterns.js';
import { splitSentences } from './split-sentences.js';
import { anyPattern } from './any-pattern.js';

/** Article text without boilerplate, and the publisher when a trailing line names it. */
export interface CleanText {
  readonly text: string;
  readonly outlet?: string | undefined;
}

/** A duplicate line is dropped only when it has at least this many words: a repeated headline, not a repeated "Q:". */
const MIN_DUPLICATE_WORDS = 4;
/** Lines after a cut marker that average fewer characters than this are a list of headlines. */
const HEADLINE_LIST_LINE_LENGTH = 100;

/**
 * Removes boilerplate from normalised text (see `normalizeText`), line by line:
 * 1. a cut marker ("Related Posts", "More posts:", "+ posts") in the back part of the article ends it;
 * 2. lines matching `LINE_PATTERNS` go, as do lines most of whose sentences appeal to the reader;
 * 3. a photo credit at the end of a caption line goes, the caption stays;
 * 4. a trailing proper-name line amid boilerplate is taken as the outlet and removed;
 * 5. a one-word kicker above the headline ("World") goes;
 * 6. a press release's legal notice ("Forward-looking statements" and the paragraph under it) goes;
 * 7. a line repeated word for word (a headline printed twice) is kept once.
 * Lines that report are never touched: patterns are anchored on whole lines, and appeals never quote anyone.
 */
export function removeBoilerplate(text: string): CleanText {
  const lines = cutTrailingBlock(text.split('\n'));
  const keep = lines.map((line) => line !== '' && !isBoilerplate(line));
  const outlet = takeOutlet(lines, keep);
  dropKicker(lines, keep);
  dropLegalNotices(lines, keep);
  dropDuplicates(lines, keep);
  const kept: string[] = [];
  lines.forEach((line, i) => {
    if (keep[i]) kept.push(line.replace(TRAILING_CREDIT, ''));
    else if (line === '') kept.push('');
  });
  return { text: kept.join('\n').replace(/\n{3,}/g, '\n\n').trim(), outlet };
}

const matchesLinePattern = anyPattern(LINE_PATTERNS);
const matchesAppealPattern = anyPattern(APPEAL_PATTERNS);

/** Whether a whole line is boilerplate. */
function isBoilerplate(line: string): boolean {
  if (matchesLinePattern(line)) return true;
  const sentences = splitSentences(line);
  const appeals = sentences.filter(({ text }) => isAppeal(text)).length;
  return appeals * 2 > sentences.length;
}

function isAppeal(sentence: string): boolean {
  return !REPORTED_SPEECH.test(sentence) && matchesAppealPattern(sentence);
}

/** Drops each legal notice heading and the paragraph under it: "… undertakes no obligation to update …" is no news. */
function dropLegalNotices(lines: readonly string[], keep: boolean[]): void {
  for (const [i, line] of lines.entries()) {
    if (!LEGAL_NOTICE_HEADING.test(line)) continue;
    keep[i] = false;
    const paragraph = lines.findIndex((next, j) => j > i && next !== '');
    if (paragraph > 0) keep[paragraph] = false;
  }
}

/**
 * Cuts the lines from the first cut marker that ends the article: the article before it is at least as long as what
 * follows, or what follows is a list of short lines (headlines of other posts). An author box's name line goes too.
 */
function cutTrailingBlock(lines: string[]): string[] {
  const total = lines.reduce((sum, line) => sum + line.length + 1, 0);
  let before = 0;
  for (const [i, line] of lines.entries()) {
    if (CUT_MARKER.test(line)) {
      const after = lines.slice(i + 1).filter((rest) => rest !== '');
      const afterLength = total - before - line.length - 1;
      if (before >= afterLength || afterLength < HEADLINE_LIST_LINE_LENGTH * after.length) {
        const name = previousNonEmpty(lines, i);
        const end = AUTHOR_BOX_MARKER.test(line) && name >= 0 && isPersonName(lines[name] ?? '') ? name : i;
        return lines.slice(0, end);
      }
    }
    before += line.length + 1;
  }
  return lines;
}

/**
 * The outlet line of plain-text pages: the last line left, a proper name, with boilerplate right before it
 * ("… Please leave your suggestions here / Gulf Times / We are an independent outlet…"). It is removed from the text.
 */
function takeOutlet(lines: readonly string[], keep: boolean[]): string | undefined {
  const last = keep.lastIndexOf(true);
  const line = lines[last];
  if (line === undefined || line.length > 50 || !NAME_LINE.test(line)) return undefined;
  const before = previousNonEmpty(lines, last);
  if (before < 0 || keep[before]) return undefined;
  keep[last] = false;
  return line;
}

/** Drops a one-word section label above the headline ("International"): a headline has more than one word. */
function dropKicker(lines: readonly string[], keep: boolean[]): void {
  const first = keep.indexOf(true);
  const next = keep.indexOf(true, first + 1);
  const kicker = lines[first];
  const headline = lines[next];
  if (kicker === undefined || headline === undefined) return;
  if (wordCount(kicker) === 1 && !/[.!?:;,"')]$/u.test(kicker) && wordCount(headline) >= 4) keep[first] = false;
}

function dropDuplicates(lines: readonly string[], keep: boolean[]): void {
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    if (!keep[i] || wordCount(line) < MIN_DUPLICATE_WORDS) return;
    if (seen.has(line)) keep[i] = false;
    else seen.add(line);
  });
}

function previousNonEmpty(lines: readonly string[], index: number): number {
  let i = index - 1;
  while (i >= 0 && lines[i] === '') i--;
  return i;
}

/** Two to four capitalised words: an author's name. */
function isPersonName(line: string): boolean {
  const words = wordCount(line);
  return words >= 2 && words <= 4 && NAME_LINE.test(line);
}

function wordCount(line: string): number {
  return line === '' ? 0 : line.split(' ').length;
}
