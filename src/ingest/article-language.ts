// Tells when an article is written in a language other than English, the one language Parley's rules read.

/** Below this many letters a detector guesses: short texts are always read. */
export const MIN_LETTERS_TO_JUDGE = 200;
/** The detector reads at most this much of an article: the opening is enough to tell its language. */
const SAMPLE_LENGTH = 10_000;

const LETTERS = /\p{L}/gu;
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** Loaded on first use: the n-gram tables take a second to load, which commands that read no article never pay. */
let detector: Promise<(typeof import('eld/small'))['eld']> | undefined;

/**
 * Why `text` is not read, when it is confidently in a language other than English: "written in French (fr), not
 * English". Undefined for English, for texts shorter than MIN_LETTERS_TO_JUDGE letters, and when the detector is unsure.
 */
export async function foreignLanguageReason(text: string): Promise<string | undefined> {
  const sample = text.slice(0, SAMPLE_LENGTH);
  if ((sample.match(LETTERS)?.length ?? 0) < MIN_LETTERS_TO_JUDGE) return undefined;
  detector ??= import('eld/small').then((module) => module.eld);
  const result = (await detector).detect(sample);
  if (result.language === '' || result.language === 'en' || !result.isReliable()) return undefined;
  return `written in ${languageNames.of(result.language) ?? result.language} (${result.language}), not English`;
}
