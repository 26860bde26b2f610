// Splits article text into sentences with UTF-16 offsets, in one pass of a global regex over the text.
import type { Sentence } from '../types.js';
import { titlesWithStop } from '../titles-of-rank.js';

/**
 * Abbreviations that never end a sentence: ranks and offices before a name, `No. 5`, `vs.`, `e.g.`; and the titles of
 * rank of data/offices.json ("Mr.", "Ing.": see titlesWithStop).
 */
const NEVER_FINAL = new Set([
  'Mx', 'Gen', 'Gens', 'Lt', 'Col', 'Maj', 'Sgt', 'Cpl', 'Pvt', 'Capt', 'Cmdr', 'Adm',
  'Brig', 'Gov', 'Sen', 'Sens', 'Rep', 'Reps', 'Hon', 'Pres', 'Amb', 'Supt', 'Insp', 'St', 'Mt', 'Ft', 'No', 'Nos',
  'vs', 'e.g', 'i.e', 'cf', 'approx',
]);

/** Whether `word`, before a full stop, is an abbreviation that never ends a sentence. */
function neverFinal(word: string): boolean {
  return NEVER_FINAL.has(word) || titlesWithStop().has(`${word.toLowerCase()}.`);
}

/**
 * Abbreviations that may also end a sentence ("… imposed by the U.S. The talks …"): they end one only when the next
 * word is one that usually starts a sentence. Single capital initials and dotted acronyms (`J.`, `U.S.`, `p.m.`) are
 * treated the same way, by shape.
 */
const MAYBE_FINAL = new Set([
  'etc', 'Jr', 'Sr', 'Inc', 'Corp', 'Ltd', 'Co',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

/** Words that usually start a sentence, and rarely follow an abbreviation inside one. */
const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'This',
  'That', 'These', 'Those', 'There', 'Here', 'But', 'And', 'Or', 'Yet', 'So', 'However', 'Meanwhile', 'Moreover',
  'Still', 'Also', 'Then', 'Now', 'In', 'On', 'At', 'As', 'After', 'Before', 'When', 'While', 'If', 'Although',
  'Though', 'Since', 'Both', 'Neither', 'Some', 'Many', 'Most', 'According', 'Earlier', 'Later',
]);

/**
 * A candidate boundary: a line break, or terminal punctuation (with the closing quotes and brackets after it) followed
 * by spaces and a capital letter, a digit or an opening quote or bracket. A run of punctuation is tried from its first
 * mark only: tried from each mark, a long run ("....") would cost the square of its length.
 */
const CANDIDATE = /\n|(?<![.!?\u2026])[.!?\u2026]+["'\u201D\u2019\u00BB)\]]*(?=[ \t]+["'\u201C\u2018\u00AB(\[]*[\p{Lu}\p{N}])/gu;
const INITIAL_OR_ACRONYM = /^(?:\p{Lu}|(?:\p{L}\.)+\p{L})$/u;

/**
 * A transcript's list of who speaks ("Guests: A, union leader; B, …"), or a press release's contact ("Media contact: A,
 * press officer, …"), is no heading, though it ends without a stop.
 */
const FIELD_LABEL = /^(?:guests?|presenters?|hosts?|interviewers?|participants|panel(?:l?ists)?|speakers|attendees|present|(?:media |press )?contacts?):/i;

/** A line that reads as a heading has at most this many words (and no final punctuation). */
const MAX_HEADING_WORDS = 20;

/**
 * Splits `text` into sentences. Line breaks always end a sentence; inside a line a sentence ends after `.`, `!`, `?`
 * or `…` (and any closing quotes) followed by a space and a capital, digit or opening quote, unless the period ends an
 * abbreviation. Offsets are UTF-16 code units, `text.slice(start, end) === sentence.text`, whitespace is excluded.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (from: number, to: number, wholeLine: boolean): void => {
    let start = from;
    let end = to;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start === end) return;
    const heading = wholeLine && isHeading(text, start, end);
    sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), heading });
  };
  let lineStart = 0;
  let start = 0;
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match !== null; match = CANDIDATE.exec(text)) {
    const end = match.index + match[0].length;
    if (match[0] === '\n') {
      push(start, match.index, start === lineStart);
      start = lineStart = end;
    } else if (endsSentence(text, match.index, match[0], end)) {
      push(start, end, false);
      start = end;
    }
  }
  push(start, text.length, start === lineStart);
  return sentences;
}

/** Whether the punctuation `mark` found at `at` (ending at `end`) ends a sentence, rather than an abbreviation. */
function endsSentence(text: string, at: number, mark: string, end: number): boolean {
  // "!", "?", "…" and runs like "..." or ".?" always end one; only a single period can end an abbreviation.
  if (mark.charCodeAt(0) !== 0x2e || (mark.length > 1 && isTerminal(mark.charCodeAt(1)))) return true;
  let wordStart = at;
  while (wordStart > 0 && !isWordEdge(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart === at) return true;
  const word = text.slice(wordStart, at);
  if (neverFinal(word)) return false;
  // ("PROF. OKAFOR:", as a transcript labels its speakers: a title in capitals.)
  if (word.length > 1 && word === word.toUpperCase() && !/^NOS?$/.test(word) && neverFinal(word[0] + word.slice(1).toLowerCase())) return false;
  // "1. Quotas: …": a number opening a line marks an item of a list.
  if (/^\d{1,2}$/.test(word) && opensLine(text, wordStart)) return false;
  if (!MAYBE_FINAL.has(word) && !INITIAL_OR_ACRONYM.test(word)) return true;
  return SENTENCE_STARTERS.has(nextWord(text, end));
}

/** Only spaces stand between the start of the line and `at`. */
function opensLine(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && (text.charCodeAt(k - 1) === 0x20 || text.charCodeAt(k - 1) === 0x09)) k--;
  return k === 0 || text.charCodeAt(k - 1) === 0x0a;
}

/** The run of letters after `from`, skipping spaces and opening quotes. */
function nextWord(text: string, from: number): string {
  let start = from;
  while (start < text.length && isWordEdge(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && isLetter(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

/** A short line without final punctuation. */
function isHeading(text: string, start: number, end: number): boolean {
  if (FIELD_LABEL.test(text.slice(start, Math.min(end, start + 16)))) return false;
  let last = end - 1;
  while (last > start && isClosing(text.charCodeAt(last))) last--;
  const final = text.charCodeAt(last);
  if (isTerminal(final) || final === 0x3a || final === 0x3b || final === 0x2c) return false;
  let words = 1;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x20 && ++words > MAX_HEADING_WORDS) return false;
  return true;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x202f ||
    (code >= 0x2000 && code <= 0x200b) || code === 0x3000 || code === 0xfeff;
}

/** . ! ? … */
function isTerminal(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

/** Closing quotes and brackets: " ' ” ’ » ) ] */
function isClosing(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0xbb || code === 0x29 ||
    code === 0x5d;
}

/** What can stand before a word: spaces, opening quotes and brackets. */
function isWordEdge(code: number): boolean {
  return isSpace(code) || code === 0x22 || code === 0x27 || code === 0x201c || code === 0x2018 || code === 0xab ||
    code === 0x28 || code === 0x5b;
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code !== 0xd7 &&
    code !== 0xf7 && code < 0x2000);
}
