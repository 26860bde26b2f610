// Joins lines of plain text that were wrapped inside a sentence, so that line breaks can stay hard sentence boundaries.

/** A line that ends without closing punctuation, a line break, and a next line that starts in lower case. */
const WRAPPED_LINE_BREAK = /(?<=[\p{L}\p{N},;\u2013\u2014])\n(?=\p{Ll})/gu;

/**
 * Joins a line to the next with a space when the next line starts with a lower-case letter and the line does not end
 * a sentence: no sentence or heading starts in lower case, so the break was a hard wrap inside a sentence.
 * Expects normalised text (`\n` line ends, trimmed lines).
 */
export function joinWrappedLines(text: string): string {
  return text.replace(WRAPPED_LINE_BREAK, ' ');
}
