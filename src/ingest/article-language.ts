// Tells when an article is written in a language other than English, the one language Parley's rules read.
import { readFileSync } from 'node:fs';
import { packagePath } from '../package-root.js';

/** Below this many letters a detector guesses: short texts are always read. */
export const MIN_LETTERS_TO_JUDGE = 200;
/** The detector reads at most this much of an article: the opening is enough to tell its language. */
const SAMPLE_LENGTH = 10_000;
/**
 * The share of a sample's words that, when they are common words found in English only, makes it clearly English.
 * In English news they are 13 to 27% of the words; in other languages next to none.
 */
export const CLEARLY_ENGLISH_SHARE = 0.1;

/** At least MIN_LETTERS_TO_JUDGE letters, found without listing every letter of the sample. */
const ENOUGH_LETTERS = new RegExp(String.raw`^(?:\P{L}*\p{L}){${MIN_LETTERS_TO_JUDGE}}`, 'u');
const WORDS = /\p{L}+/gu;

/** Loaded on first use: the n-gram tables take a second to load, which commands that read no article never pay. */
let detector: Promise<(typeof import('eld/small'))['eld']> | undefined;
let englishWords: ReadonlySet<string> | undefined;
/** Made on first use: loading the names of languages takes longer than reading a short article. */
let languageNames: Intl.DisplayNames | undefined;

/**
 * Why `text` is not read, when it is confidently in a language other than English: "written in French (fr), not
 * English". Undefined for English, for texts shorter than MIN_LETTERS_TO_JUDGE letters, and when the detector is unsure.
 */
export async function foreignLanguageReason(text: string): Promise<string | undefined> {
  const sample = text.slice(0, SAMPLE_LENGTH);
  if (!ENOUGH_LETTERS.test(sample)) return undefined;
  // The detector's tables take longer to load than most articles take to read: it judges only texts not clearly English.
  if (isClearlyEnglish(sample)) return undefined;
  detector ??= import('eld/small').then((module) => module.eld);
  const result = (await detector).detect(sample);
  if (result.language === '' || result.language === 'en' || !result.isReliable()) return undefined;
  languageNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
  return `written in ${languageNames.of(result.language) ?? result.language} (${result.language}), not English`;
}

/** True when at least CLEARLY_ENGLISH_SHARE of the words of `text` are common words of English alone (data/english-words.json). */
export function isClearlyEnglish(text: string): boolean {
  englishWords ??= new Set((JSON.parse(readFileSync(packagePath('data', 'english-words.json'), 'utf8')) as { words: string[] }).words);
  const words = text.match(WORDS) ?? [];
  let english = 0;
  for (const word of words) if (englishWords.has(word.toLowerCase())) english++;
  return words.length > 0 && english >= words.length * CLEARLY_ENGLISH_SHARE;
}
