// Keys that let the same topic, worded differently in different articles, become one node, and keep distinct topics apart.
import model from 'wink-eng-lite-web-model';
import { worldKnowledge } from '../nlp/world-knowledge.js';

/** The Porter2 stemmer the language model ships; its typings leave the add-ons out. */
const stem = (model as unknown as { addons: { stem: (word: string) => string } }).addons.stem;

const STOPWORDS = new Set([
  'the', 'a', 'an', 'of', 'to', 'for', 'on', 'in', 'at', 'by', 'with', 'from', 'and', 'or', 'its', 'their', 'his', 'her', 'any', 'all',
  'each', 'both', 'this', 'that', 'these', 'those', 'as', 'be', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'must',
  'between', 'into', 'over', 'about', 'it', 'they', 'side', 'sides', 's',
]);

/** Words that qualify a condition without changing which condition it is: "the full lifting of all sanctions" is "lifting of sanctions". */
const WEAK_WORDS = new Set(['full', 'fully', 'complete', 'completely', 'total', 'totally', 'immediate', 'immediately', 'new', 'further', 'possible', 'proposed', 'comprehensive', 'entire', 'some', 'such', 'so-called', 'called', 'more', 'also']);

/** Stems that name the same thing in news: a truce is a ceasefire, a swap an exchange, sanctions relief their lifting. */
const SYNONYMS = new Map([
  ['truce', 'ceasefir'],
  ['armistic', 'ceasefir'],
  ['swap', 'exchang'],
  ['relief', 'lift'],
  ['remov', 'lift'],
  ['eas', 'lift'],
  ['withdraw', 'withdraw'],
  ['pullout', 'withdraw'],
  ['pull-out', 'withdraw'],
  ['detaine', 'prison'],
  ['troop', 'forc'],
  ['soldier', 'forc'],
  ['captiv', 'hostag'],
  ['accord', 'agreement'],
  ['pact', 'agreement'],
  ['deal', 'agreement'],
  ['treati', 'agreement'],
]);

/** Content words already computed: the same labels recur across the articles of a corpus. */
const wordsOfLabel = new Map<string, readonly string[]>();

/**
 * The key of a topic label: its content words, lower-cased, accents removed, stemmed (Porter2), with qualifiers that
 * do not change the condition dropped and common synonyms folded, sorted and de-duplicated. "Lifting all US sanctions"
 * and "the lifting of US sanctions" share a key; "withdrawal of Iranian forces" and "withdrawal of Israeli forces" do not.
 */
export function topicSignature(label: string): string {
  return topicWords(label).join(' ');
}

/** The content words of a label as `topicSignature` keys them: stemmed, synonyms folded, sorted, de-duplicated. */
export function topicWords(label: string): readonly string[] {
  let words = wordsOfLabel.get(label);
  if (words === undefined) wordsOfLabel.set(label, (words = computeWords(label)));
  return words;
}

function computeWords(label: string): string[] {
  const words = label
    .replace(/(\d),(\d{3})\b/g, '$1$2')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .split(' ')
    // "1,000-for-1,000" counts its numbers; other hyphenated words stay whole ("so-called").
    .flatMap((w) => (/\d/.test(w) ? w.split('-') : [w]))
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter((w) => w && !STOPWORDS.has(w) && !WEAK_WORDS.has(w))
    .flatMap(keyWords);
  return [...new Set(words)].sort();
}

/** Key words already computed: labels share most of their words, and stemming is half the time of a label's key. */
const keyWordsOfWord = new Map<string, readonly string[]>();

/** The key words of one word of a label: a demonym's country, stemmed, with synonyms folded. */
function keyWords(word: string): readonly string[] {
  let words = keyWordsOfWord.get(word);
  if (words === undefined) {
    // "Israeli withdrawal" and "Israel's withdrawal" name one side's step.
    words = (worldKnowledge().demonyms.get(word)?.toLowerCase().split(' ') ?? [word])
      .filter((w) => !STOPWORDS.has(w))
      .map((w) => {
        const s = /^\p{L}+$/u.test(w) ? stem(w) : w;
        return SYNONYMS.get(s) ?? s;
      });
    keyWordsOfWord.set(word, words);
  }
  return words;
}
