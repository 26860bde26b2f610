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

/** Signatures already computed: the same labels recur across the articles of a corpus. */
const signatures = new Map<string, string>();

/**
 * The key of a topic label: its content words, lower-cased, accents removed, stemmed (Porter2), with qualifiers that
 * do not change the condition dropped and common synonyms folded, sorted and de-duplicated. "Lifting all US sanctions"
 * and "the lifting of US sanctions" share a key; "withdrawal of Iranian forces" and "withdrawal of Israeli forces" do not.
 */
export function topicSignature(label: string): string {
  let signature = signatures.get(label);
  if (signature === undefined) signatures.set(label, (signature = computeSignature(label)));
  return signature;
}

function computeSignature(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .split(' ')
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter((w) => w && !STOPWORDS.has(w) && !WEAK_WORDS.has(w))
    // "Israeli withdrawal" and "Israel's withdrawal" name one side's step.
    .flatMap((w) => (worldKnowledge().demonyms.get(w)?.toLowerCase().split(' ') ?? [w]).filter((x) => !STOPWORDS.has(x)))
    .map((w) => {
      const s = /^\p{L}+$/u.test(w) ? stem(w) : w;
      return SYNONYMS.get(s) ?? s;
    });
  return [...new Set(words)].sort().join(' ');
}
