// The word lexicon of the extractor: stance verbs and nouns, reporting, hedges, negation, titles and organisations, matched by lemma.
import { readFileSync } from 'node:fs';
import { appendTo } from '../group-by.js';
import { packagePath } from '../package-root.js';
import { worldKnowledge } from './world-knowledge.js';
import { WordMemo } from './word-memo.js';

/** The classes of data/lexicon.json. */
export const LEXICON_CLASSES = [
  'acronym-not-side', 'agree', 'commit', 'contain', 'contain-broad', 'deal', 'demand', 'document', 'hedge', 'host', 'judge', 'lead', 'mediate', 'negation', 'organisation',
  'organisation-armed', 'organisation-collective', 'organisation-company', 'organisation-members', 'organisation-name-word', 'organisation-unnamed', 'organisation-union', 'occupation', 'pressure', 'propose', 'reach-deal', 'reject', 'report', 'sign', 'time',
  'title', 'vessel-prefix',
] as const;

/** Classes whose verbs say a side acts: taking a stance, leading, mediating, or speaking. */
const ACTOR_VERB_CLASSES: readonly LexiconClass[] = ['agree', 'commit', 'demand', 'host', 'lead', 'mediate', 'propose', 'reach-deal', 'reject', 'report', 'sign'];
/** Kinds of organisation a definite description refers back to ("the union", "the company", "the group"). */
const ORGANISATION_KINDS = ['organisation-union', 'organisation-company', 'organisation-armed'] as const;
export type LexiconClass = (typeof LEXICON_CLASSES)[number];

/** Verbs, nouns, and other words (adverbs, modals, particles, fixed phrases). */
export type LexiconPart = 'verbs' | 'nouns' | 'words';

/** A class and part of the lexicon: one object per pair, so that it can key a map without a string built per lookup. */
export interface LexiconEntry {
  readonly cls: LexiconClass;
  readonly part: LexiconPart;
}

/** A class's entry that starts with a given lemma: its lemmas as tokens ("turn down" → ["turn", "down"]). */
export interface LexiconPhrase {
  readonly cls: LexiconClass;
  readonly part: LexiconPart;
  readonly lemmas: readonly string[];
}

/** Read access to the lexicon. Every set holds lemmas: single words, and phrases as lemmas joined by one space. */
export interface Lexicon {
  verbs(cls: LexiconClass): ReadonlySet<string>;
  nouns(cls: LexiconClass): ReadonlySet<string>;
  words(cls: LexiconClass): ReadonlySet<string>;
  /** The classes (and parts) whose entries include `lemma` as a whole entry. */
  classesOfLemma(lemma: string): readonly LexiconEntry[];
  /** Entries of two or more tokens whose first lemma is `lemma`, longest first, so that a rule can match the longest phrase. */
  phrasesStartingWith(lemma: string): readonly LexiconPhrase[];
  /** The classes (and parts) of a token's single-word entries, by its base forms; remembered for each word. */
  entriesOf(token: { readonly lemma: string; readonly lower: string }): readonly LexiconEntry[];
  /** The one object that stands for a class and part, as `entriesOf` and `classesOfLemma` give it. */
  entry(cls: LexiconClass, part: LexiconPart): LexiconEntry;
  /** Head nouns of organisation names ("Union", "Guild", "Forces"), lower-cased. */
  readonly organisationHeads: ReadonlySet<string>;
  /** The kind of organisation a noun names or refers back to: "union" → "organisation-union". */
  readonly organisationKinds: ReadonlyMap<string, string>;
  /**
   * The English noun a word of another language's names of bodies stands for ("câmara" → "council"), also at the end of
   * a compound ("Volkspartij" → "party"), or the word itself.
   */
  inEnglish(word: string): string;
  /** Words in capitals that name no side ("AI", "TV"), lower-cased. */
  readonly acronymsNotSides: ReadonlySet<string>;
  /** Heads of the lower-case names of sides that have no proper name: "the school board". */
  readonly unnamedSideHeads: ReadonlySet<string>;
  /** Words of the trade in companies' names that refer back to no company: "the capital", "the water". */
  readonly organisationNameWords: ReadonlySet<string>;
  /** Plural words that name a political party after its members: "Republicans", "Greens". */
  readonly partyMemberNouns: ReadonlySet<string>;
  /** Plural nouns by which news names people who act as one side: "bondholders", "farmers", "rebels". */
  readonly collectiveSideNouns: ReadonlySet<string>;
  /** Capitalised words that name a time, lower-cased. */
  readonly timeWords: ReadonlySet<string>;
  /** Abbreviations before a ship's name ("MV", "HMS"). */
  readonly vesselPrefixes: ReadonlySet<string>;
  /** True for the lemma of a verb by which a side acts or speaks. */
  isActorVerb(lemma: string): boolean;
}

interface LexiconFile {
  readonly classes: Record<string, Record<LexiconPart, string[]>>;
  /** (Absent from a file older than translations, which `npm run lexicon` reads while it tokenizes the new one.) */
  readonly translations?: Record<string, string>;
}

/** Endings the tagger may leave on a word it did not lemmatise, and what each may stand for. */
const INFLECTIONS: readonly (readonly [string, readonly string[]])[] = [
  ['ied', ['y']],
  ['ed', ['', 'e']],
  ['ing', ['', 'e']],
  ['ies', ['y']],
  ['es', ['', 'e']],
  ['s', ['']],
];

/**
 * The forms to look a token up by: its lemma and its word, and when the tagger left a participle or plural as it is
 * ("mediated" read as an adjective, "ceasefires"), the forms it may come from.
 */
export function baseForms(token: { readonly lemma: string; readonly lower: string }): string[] {
  const { lemma, lower } = token;
  if (lemma !== lower) return [lemma, lower];
  const forms = [lower];
  for (const [suffix, replacements] of INFLECTIONS) {
    if (lower.length > suffix.length + 2 && lower.endsWith(suffix)) for (const r of replacements) forms.push(lower.slice(0, -suffix.length) + r);
  }
  return forms;
}

/** A word of the lexicon for a body of some kind ("union", "government", "board", "rail"), which names no one body alone. */
export function isBodyNoun(word: string): boolean {
  const { organisationHeads, organisationKinds, unnamedSideHeads } = lexicon();
  return organisationHeads.has(word) || organisationKinds.has(word) || unnamedSideHeads.has(word);
}

/** True for a verb of saying ("said", "told", "reiterated"), by lemma. */
export function isReportingVerb(token: { readonly lemma: string; readonly lower: string } | undefined): boolean {
  return token !== undefined && lexicon().entriesOf(token).some((e) => e.cls === 'report' && e.part === 'verbs');
}

/** True for a word that negates what follows ("not", "n't", "never", "no", "without"), by lemma. */
export function isNegation(token: { readonly lemma: string; readonly lower: string } | undefined): boolean {
  return token !== undefined && (lexicon().words('negation').has(token.lemma) || lexicon().words('negation').has(token.lower));
}

/** Words of other languages at least this long end compounds that name a body of their kind ("Volkspartij", "Landesregierung"). */
const MIN_COMPOUND_END = 6;

/** The English noun of the word of another language that ends the compound `word`, which is longer by a stem of three letters or more. */
function compoundHead(word: string, ends: readonly string[], translations: ReadonlyMap<string, string>): string | undefined {
  const end = ends.find((candidate) => word.length >= candidate.length + 3 && word.endsWith(candidate));
  return end === undefined || !/^\p{L}+$/u.test(word) ? undefined : translations.get(end);
}

let cached: Lexicon | undefined;

/** The lexicon, read from data/lexicon.json on first use. Titles include the office heads of data/offices.json. */
export function lexicon(): Lexicon {
  cached ??= buildLexicon(JSON.parse(readFileSync(packagePath('data', 'lexicon.json'), 'utf8')) as LexiconFile);
  return cached;
}

function buildLexicon(file: LexiconFile): Lexicon {
  // Looked up on every token: nested maps, so that no key string is built per lookup.
  const sets = new Map<LexiconClass, Map<LexiconPart, ReadonlySet<string>>>();
  const entries = new Map<LexiconClass, Map<LexiconPart, LexiconEntry>>();
  const byLemma = new Map<string, LexiconEntry[]>();
  const phrases = new Map<string, LexiconPhrase[]>();
  for (const cls of LEXICON_CLASSES) {
    const entry = file.classes[cls];
    if (!entry) throw new Error(`parley: data/lexicon.json has no class "${cls}"; run npm run lexicon.`);
    for (const part of ['verbs', 'nouns', 'words'] as const) {
      // offices.json stays the one list of offices; the lexicon only adds titles it lacks.
      const items = cls === 'title' && part === 'nouns' ? [...entry[part], ...worldKnowledge().offices.heads] : entry[part];
      const set = new Set(items);
      if (!sets.has(cls)) sets.set(cls, new Map());
      sets.get(cls)!.set(part, set);
      const shared: LexiconEntry = { cls, part };
      if (!entries.has(cls)) entries.set(cls, new Map());
      entries.get(cls)!.set(part, shared);
      for (const item of set) {
        appendTo(byLemma, item, shared);
        const lemmas = item.split(' ');
        if (lemmas.length > 1) appendTo(phrases, lemmas[0]!, { cls, part, lemmas });
      }
    }
  }
  for (const list of phrases.values()) list.sort((a, b) => b.lemmas.length - a.lemmas.length);
  const get = (cls: LexiconClass, part: LexiconPart): ReadonlySet<string> => sets.get(cls)!.get(part)!;
  const translations = new Map(Object.entries(file.translations ?? {}));
  const compoundEnds = [...translations.keys()].filter((word) => word.length >= MIN_COMPOUND_END);
  const actorVerbs = new Set(ACTOR_VERB_CLASSES.flatMap((cls) => [...get(cls, 'verbs')]));
  const organisationKinds = new Map<string, string>();
  for (const kind of ORGANISATION_KINDS) for (const noun of get(kind, 'nouns')) organisationKinds.set(noun, kind);
  const entriesByWord = new WordMemo<readonly LexiconEntry[]>((lower, lemma) => [...new Set(baseForms({ lower, lemma }).flatMap((form) => byLemma.get(form) ?? []))]);
  const entriesOf = (token: { readonly lemma: string; readonly lower: string }): readonly LexiconEntry[] => entriesByWord.get(token.lower, token.lemma);
  return {
    entriesOf,
    entry: (cls, part) => entries.get(cls)!.get(part)!,
    inEnglish: (word) => translations.get(word) ?? compoundHead(word, compoundEnds, translations) ?? word,
    organisationHeads: get('organisation', 'nouns'),
    organisationKinds,
    acronymsNotSides: get('acronym-not-side', 'words'),
    unnamedSideHeads: get('organisation-unnamed', 'nouns'),
    organisationNameWords: get('organisation-name-word', 'nouns'),
    partyMemberNouns: get('organisation-members', 'nouns'),
    collectiveSideNouns: get('organisation-collective', 'nouns'),
    timeWords: get('time', 'words'),
    vesselPrefixes: get('vessel-prefix', 'words'),
    isActorVerb: (lemma) => actorVerbs.has(lemma),
    verbs: (cls) => get(cls, 'verbs'),
    nouns: (cls) => get(cls, 'nouns'),
    words: (cls) => get(cls, 'words'),
    classesOfLemma: (lemma) => byLemma.get(lemma) ?? [],
    phrasesStartingWith: (lemma) => phrases.get(lemma) ?? [],
  };
}
