// Normalises article text so that every later stage, and every quote taken from it, sees one spelling of the same text.

/*
 * The steps, in order:
 * 1. Unicode NFC, so that "é" is one code point whichever way the file spelled it.
 * 2. Line ends: `\r\n`, `\r`, U+2028 and U+2029 become `\n`; form and vertical feeds too.
 * 3. Typographic quotes fold to ASCII: ’ ‘ ‛ ′ become `'`, “ ” „ ‟ ″ « » become `"`, so that rules match one
 *    apostrophe and one quote mark (the scorer folds quotes too, so quotes still match the original file).
 * 4. No-break and other Unicode spaces become a plain space; zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner,
 *    BOM) and soft hyphens are removed, as are control characters other than `\n` and `\t`.
 * 5. A run of more than MAX_WORD_LENGTH characters without a space (a pasted URL, an encoded image) becomes a blank
 *    line: no word is that long, the tokenizer's time grows with the square of a token's length, and a break keeps
 *    the sentences on either side whole, so their quotes are still found in the file.
 * 6. Runs of spaces and tabs become one space; each line is trimmed at both ends.
 * 7. Three or more line breaks (two or more blank lines) become one blank line; the text is trimmed.
 * Dashes (‐ – — …) are kept as they are: they separate clauses and the scorer folds them itself.
 */

const LINE_BREAKS = /\r\n?|[\u2028\u2029\f\v]/g;
const SINGLE_QUOTES = /[\u2019\u2018\u201B\u2032]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const UNICODE_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const INVISIBLES = /[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
/** The longest run of characters without a space that is kept as a word. */
export const MAX_WORD_LENGTH = 300;
const OVERLONG_WORDS = new RegExp(String.raw`(?<!\S)\S{${MAX_WORD_LENGTH + 1},}`, 'gu');
const SPACE_RUNS = /[ \t]+/g;
const LINE_EDGE_SPACES = /^ | $/gm;
const BLANK_LINE_RUNS = /\n{3,}/g;

/** Normalises text as documented at the top of this module: NFC, `\n`, ASCII quotes, single spaces, trimmed lines. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(LINE_BREAKS, '\n')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(UNICODE_SPACES, ' ')
    .replace(INVISIBLES, '')
    .replace(OVERLONG_WORDS, '\n\n')
    .replace(SPACE_RUNS, ' ')
    .replace(LINE_EDGE_SPACES, '')
    .replace(BLANK_LINE_RUNS, '\n\n')
    .trim();
}
