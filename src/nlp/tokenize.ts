// Tokens, part-of-speech tags and lemmas from wink-nlp, with offsets into the article text.
import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';
import type { PosTag, Token } from '../types.js';
import { lexicon } from './lexicon.js';
import { titlesWithStop } from '../titles-of-rank.js';

/**
 * The wink-nlp annotations Parley runs: the part-of-speech pass alone. Parley reads tokens, tags and lemmas, which
 * wink's sentence, entity, negation and sentiment passes leave as they are; skipping those halves the time of every sentence.
 */
export const WINK_ANNOTATIONS = ['pos'];

let wink: ReturnType<typeof winkNLP> | undefined;

/**
 * wink-nlp with its model, made on first use: the main thread of a build that reads articles on worker threads never
 * tokenizes, and is spared the tenth of a second and the 30 MiB that making it takes.
 */
function nlp(): ReturnType<typeof winkNLP> {
  if (wink === undefined) {
    const require = createRequire(import.meta.url);
    wink = (require('wink-nlp') as typeof winkNLP)(require('wink-eng-lite-web-model') as typeof model, WINK_ANNOTATIONS);
  }
  return wink;
}

/**
 * A possessive right before punctuation ("joined the union's.", "the union’s, not ours"): wink keeps it as one word and
 * adds that word to the vocabulary it shares across documents, after which it no longer splits "union's" anywhere, so
 * that what one article reads would depend on the articles read before it on the same thread.
 */
const POSSESSIVE_BEFORE_PUNCTUATION = /(\p{L}['’]s?)(?=[\p{P}\p{S}])/gu;

/**
 * "UN-brokered", "UN-led": wink keeps initials joined by a hyphen to a word in lower case as one word (it splits
 * "US-brokered"), so that the body named would be no name of its own.
 */
const INITIALS_BEFORE_HYPHEN = /(?<=\b\p{Lu}{2,})-(?=\p{Ll})/gu;

/** Splits `text` (which starts at `offset` in the article) into tagged tokens. */
export function tokenize(text: string, offset: number): Token[] {
  const wink = nlp();
  const { its } = wink;
  // A space set between the possessive and the mark makes wink split it as it does elsewhere; tokens are found in
  // `text` by their value, so the space moves no offset.
  // (So does a space after initials before a hyphen.)
  const doc = wink.readDoc(text.replace(POSSESSIVE_BEFORE_PUNCTUATION, '$1 ').replace(INITIALS_BEFORE_HYPHEN, ' -'));
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as PosTag[];
  // The typings omit the model add-ons that its.lemma reads; the lite model ships them.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const result: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    // wink keeps token text verbatim; searching from the cursor recovers each token's offset.
    const found = text.indexOf(value, cursor);
    const start = found < 0 ? cursor : found;
    cursor = start + value.length;
    result.push({
      text: value,
      lower: value.toLowerCase(),
      lemma: lemmas[i] ?? value.toLowerCase(),
      pos: tags[i] ?? 'X',
      start: offset + start,
      end: offset + cursor,
    });
  }
  return figureRanges(commasBeforeThat(slashUnits(currencyDecimals(capitalisedGerunds(adverbParticiples(nounsReadAsVerbs(gerundsReadAsNouns(verbsReadAsNouns(verbsAfterModals(titlesOfRank(joinSplitWords(splitFinalPeriod(result), BEYOND_LATIN1.test(text)))))))))))));
}

/** "the 2025–26 year", "10–15 percent": two figures an en dash joins, with no space, are one range, a figure. */
function figureRanges(tokens: Token[]): Token[] {
  for (let i = tokens.length - 3; i >= 0; i--) {
    const [from, dash, to] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (from.pos !== 'NUM' || dash.text !== '–' || !/^\d/.test(to.text) || from.end !== dash.start || dash.end !== to.start) continue;
    const text = `${from.text}–${to.text}`;
    tokens.splice(i, 3, { text, lower: text.toLowerCase(), lemma: text.toLowerCase(), pos: 'NUM', start: from.start, end: to.end });
  }
  return tokens;
}

/**
 * "Ing. Ana Ruiz", "Dott.ssa Rosa Neri": a title of rank that wink splits at its stop (data/offices.json), before a
 * capitalised word, is one word, as "Mr." is.
 */
function titlesOfRank(tokens: Token[]): Token[] {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [word, stop] = [tokens[i]!, tokens[i + 1]!];
    if (stop.text !== '.' || word.end !== stop.start || !/^\p{Lu}?\p{L}+$/u.test(word.text)) continue;
    // ("Dott.ssa", "Sig.ra": a feminine ending glued after the stop.)
    const ending = tokens[i + 2]!.start === stop.end && /^\p{Ll}+$/u.test(tokens[i + 2]!.text) ? tokens[i + 2]! : undefined;
    const last = ending ?? stop;
    const text = `${word.text}.${ending?.text ?? ''}`;
    // (Before a name: a capitalised word, or two after one in lower case, as "dott. Ivo Neri" is written.)
    const name = i + (ending ? 3 : 2);
    const named = /^\p{Lu}/u.test(tokens[name]?.text ?? '') && (/^\p{Lu}/u.test(word.text) || /^\p{Lu}/u.test(tokens[name + 1]?.text ?? ''));
    if (!titlesWithStop().has(text.toLowerCase()) || !named) continue;
    tokens.splice(i, ending ? 3 : 2, { text, lower: text.toLowerCase(), lemma: text.toLowerCase(), pos: 'PROPN', start: word.start, end: last.end });
  }
  return tokens;
}

/**
 * "The two parties agreed, that the cabinet will have …", "The party insists, that …": a comma that news translated
 * from Czech, German or Russian sets between a verb of saying or of a stance and its clause is left out, as English
 * writes it. ("He said, that is, …" keeps it: "that" opens no clause there.)
 */
function commasBeforeThat(tokens: Token[]): Token[] {
  for (let i = tokens.length - 3; i >= 1; i--) {
    const [verb, comma, that, next] = [tokens[i - 1]!, tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (comma.text !== ',' || that.lower !== 'that' || verb.pos !== 'VERB' || !lexicon().isActorVerb(verb.lemma) || !/^(DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(next.pos)) continue;
    tokens.splice(i, 1);
  }
  return tokens;
}

const POSSESSIVE_PRONOUN = /^(its|their|his|her|our|your|my)$/;

/** Nouns of fixed phrases after "in" that the tagger may read as verbs: "Peru in turn insisted …". */
const IN_PHRASE_NOUNS = /^(turn|return|response|exchange)$/;

/**
 * "in turn", "in return": the noun of the phrase is no verb, whatever the tagger read; as one it would take the clause.
 * So is a word in its base form after "a" or "an" and at most one modifier, at the head of its phrase ("an earlier
 * demand that …").
 */
function nounsReadAsVerbs(tokens: Token[]): Token[] {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB') continue;
    const article = (j: number): boolean => /^(a|an)$/.test(tokens[j]?.lower ?? '');
    // (Not before the noun it qualifies: "a shut diplomatic door".)
    const afterArticle = t.lower === t.lemma && !/(ing|ed)$/.test(t.lower) && !/^(NOUN|PROPN|ADJ|NUM)$/.test(tokens[i + 1]?.pos ?? '') && (article(i - 1) || (/^(ADV|ADJ)$/.test(tokens[i - 1]!.pos) && article(i - 2)));
    // ("to build battery packs;": a word in -s after the noun that opens a verb's object, before the phrase's end, is
    // the compound's plural head.)
    const compoundPlural = /[^s]s$/.test(t.lower) && tokens[i - 1]!.pos === 'NOUN' && tokens[i - 1]!.text === tokens[i - 1]!.lower && tokens[i - 2]?.pos === 'VERB' && /^(PUNCT|ADP)$/.test(tokens[i + 1]?.pos ?? 'PUNCT');
    // ("to accept its offers", "is reviewing offers from the firm": a plural the lexicon knows as a noun, after a
    // possessive, or after a gerund where it takes no object of its own.)
    const knownPlural = /[^s]s$/.test(t.lower) && (POSSESSIVE_PRONOUN.test(tokens[i - 1]!.lower) || (tokens[i - 1]!.pos === 'VERB' && tokens[i - 1]!.lower.endsWith('ing') && !/^(DET|NOUN|PROPN|NUM|ADJ|PRON)$/.test(tokens[i + 1]?.pos ?? ''))) && lexicon().entriesOf(t).some((entry) => entry.part === 'nouns');
    if ((IN_PHRASE_NOUNS.test(t.lower) && tokens[i - 1]!.lower === 'in') || afterArticle || compoundPlural || knownPlural) tokens[i] = { ...t, pos: 'NOUN' };
  }
  return tokens;
}

/** A unit's piece on either side of the slash in "m3/s", "km/h", "t/ha": letters, with a digit for a power. */
const UNIT_PIECE = /^\p{L}{1,4}\d?$/u;

/**
 * "25 m3/s", "80 km/h": a unit of one quantity per another after a figure, which wink splits at the slash into a name,
 * a symbol and a noun, is one noun (the sentence's last period is split from it first, see splitFinalPeriod).
 */
function slashUnits(tokens: Token[]): Token[] {
  for (let i = 1; i + 2 < tokens.length; i++) {
    const [figure, numerator, slash, denominator] = [tokens[i - 1]!, tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (figure.pos !== 'NUM' || slash.text !== '/' || numerator.end !== slash.start || slash.end !== denominator.start || !UNIT_PIECE.test(numerator.text) || !UNIT_PIECE.test(denominator.text)) continue;
    const text = `${numerator.text}/${denominator.text}`;
    tokens.splice(i, 3, { text, lower: text.toLowerCase(), lemma: text.toLowerCase(), pos: 'NOUN', start: numerator.start, end: denominator.end });
  }
  return tokens;
}

/**
 * "R1.2 billion", "C$2.5 million", "N62,000": a sum whose currency's letters are written before it, which the tagger
 * splits at the decimal point or a thousands' comma into a name, a mark and a number, is one number.
 */
function currencyDecimals(tokens: Token[]): Token[] {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [a, mark, b] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    const decimal = mark.text === '.' && /^\d+$/.test(b.text);
    const thousands = mark.text === ',' && /^\d{3}(?:,\d{3})*(?:\.\d+)?$/.test(b.text);
    if (!/^\p{L}{1,3}\$?[\d,]+$/u.test(a.text) || !(decimal || thousands) || a.end !== mark.start || mark.end !== b.start) continue;
    const text = a.text + mark.text + b.text;
    tokens.splice(i, 3, { text, lower: text.toLowerCase(), lemma: text.toLowerCase(), pos: 'NUM', start: a.start, end: b.end });
    // ("N1,250,000", "R2,500.50": the next group or decimals join the sum so made.)
    i--;
  }
  return tokens;
}

/**
 * "Bayline Shipping signed …", "Andes Mining rejected …": a capitalised word in -ing after a proper noun is the end of a
 * name, not a verb, whatever the tagger read.
 */
function capitalisedGerunds(tokens: Token[]): Token[] {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !/^\p{Lu}\p{Ll}+ing$/u.test(t.text) || tokens[i - 1]!.pos !== 'PROPN' || !/^\p{Lu}/u.test(tokens[i - 1]!.text)) continue;
    tokens[i] = { ...t, pos: 'PROPN', lemma: t.lower };
  }
  return tokens;
}

/**
 * "the so-called night discount", "a long-awaited deal": a participle joined by a hyphen to an adverb before it is an
 * adjective, whatever the tagger read; as a verb it would end the phrase it stands in.
 */
function adverbParticiples(tokens: Token[]): Token[] {
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i]!;
    const hyphen = tokens[i - 1]!;
    const adverb = tokens[i - 2]!;
    if (t.pos !== 'VERB' || !/(ed|en)$/.test(t.lower) || hyphen.text !== '-' || adverb.pos !== 'ADV') continue;
    if (adverb.end !== hyphen.start || hyphen.end !== t.start) continue;
    tokens[i] = { ...t, pos: 'ADJ' };
  }
  return tokens;
}

/**
 * "… before 6am.", "… EUR 45m.": a figure, or the unit glued to one, that the tagger keeps with the sentence's last
 * period, as its own token and the period; so is a particle read as an abbreviation.
 */
function splitFinalPeriod(tokens: Token[]): Token[] {
  const last = tokens.at(-1);
  const before = tokens.at(-2);
  // ("… at 80 km/h.": so is the unit after the slash of one, which slashUnits joins.)
  const unit = last !== undefined && before !== undefined && (before.pos === 'NUM' || before.text === '/') && before.end === last.start && /^\p{L}{1,3}\.$/u.test(last.text);
  // ("… to step in.": a particle the tagger reads as an abbreviation, "in." for inches, "no." for number.)
  const particle = last !== undefined && /^(in|no|on|up)\.$/.test(last.text);
  if (last === undefined || (!/^\d[\p{L}\d:]*\.$/u.test(last.text) && !unit && !particle)) return tokens;
  const text = last.text.slice(0, -1);
  const pos = particle ? (text === 'no' ? 'INTJ' : 'ADP') : last.pos;
  return [...tokens.slice(0, -1), { ...last, text, lower: text.toLowerCase(), lemma: text.toLowerCase(), pos, end: last.end - 1 }, { text: '.', lower: '.', lemma: '.', pos: 'PUNCT', start: last.end - 1, end: last.end }];
}

/**
 * "The deal sets quotas for …", "Iran rebuffs European proposal": after "the" and a noun, a word in -s that the tagger
 * read as a plural noun, whose lemma is a verb of the lexicon, before the words of an object, is the subject's verb.
 */
function verbsReadAsNouns(tokens: Token[]): Token[] {
  const { isActorVerb, verbs } = lexicon();
  for (let i = 2; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    // ("Chile and Bolivia both want a new treaty": a word after the sides and the word that counts them, before the words
    // of an object.)
    if (t.pos === 'NOUN' && /^(both|all)$/.test(tokens[i - 1]!.lower) && /^(PROPN|NOUN)$/.test(tokens[i - 2]!.pos) && /^(DET|NUM|ADJ|PRON|PART)$/.test(tokens[i + 1]!.pos) && isActorVerb(t.lemma)) {
      tokens[i] = { ...t, pos: 'VERB' };
      continue;
    }
    if (t.pos !== 'NOUN' || !t.lower.endsWith('s') || t.lower === t.lemma) continue;
    // "The community, whose president heads a commission, demands a social fund": the verb after a relative aside.
    if (tokens[i - 1]!.text === ',' && /^(DET|NUM)$/.test(tokens[i + 1]!.pos) && isActorVerb(t.lemma) && relativeAsideBefore(tokens, i - 1)) {
      tokens[i] = { ...t, pos: 'VERB' };
      continue;
    }
    // (Asked only where the tags around it leave the word in question: most plural nouns are not.)
    const lexiconVerb = (): boolean => isActorVerb(t.lemma) || verbs('contain').has(t.lemma) || verbs('contain-broad').has(t.lemma);
    // "The deal raises wages and sets up a committee": after "and", a second verb in -s of the clause's subject.
    if (tokens[i - 1]!.lower === 'and' && /^(DET|NUM|ADJ|PRON|ADP)$/.test(tokens[i + 1]!.pos) && lexiconVerb() && presentVerbBefore(tokens, i - 1)) {
      tokens[i] = { ...t, pos: 'VERB' };
      continue;
    }
    if (tokens[i - 1]!.pos !== 'NOUN' || tokens[i - 1]!.text !== tokens[i - 1]!.lower) continue;
    // "the final agreement sets …": an adjective may stand between the determiner and the noun.
    const determiner = /^(the|a|an|this|its)$/;
    const opened = determiner.test(tokens[i - 2]!.lower) || (tokens[i - 2]!.pos === 'ADJ' && determiner.test(tokens[i - 3]?.lower ?? ''));
    // ("the board demands that the operator repair …": or before a that-clause.)
    const thatClause = tokens[i + 1]!.lower === 'that' && /^(DET|PRON|PROPN|NOUN)$/.test(tokens[i + 2]?.pos ?? '');
    if (!opened || !(/^(DET|NUM|NOUN|ADJ|PRON)$/.test(tokens[i + 1]!.pos) || thatClause)) continue;
    if (lexiconVerb()) tokens[i] = { ...t, pos: 'VERB' };
  }
  return tokens;
}

/** Whether a verb in -s stands before `end` in the same clause (no comma, semicolon or colon between). */
function presentVerbBefore(tokens: readonly Token[], end: number): boolean {
  for (let j = end - 1; j >= 0 && !/^[,;:]$/.test(tokens[j]!.text); j--) {
    if (tokens[j]!.pos === 'VERB' && tokens[j]!.lower.endsWith('s') && tokens[j]!.lower !== tokens[j]!.lemma) return true;
  }
  return false;
}

/** Modal auxiliaries, after which the next word, an adverb aside, is a verb in its plain form. */
const MODAL_AUXILIARIES = /^(will|would|shall|should|must|can|could|might|may|cannot)$/;

/**
 * "Bayline will rehire the 40 drivers", "the city would fund a study": a word in its plain form after a modal (and an
 * adverb), before the words of an object, that the tagger read as a noun, is the modal's verb. ("May" in capitals is a
 * month.)
 */
function verbsAfterModals(tokens: Token[]): Token[] {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || t.lower !== t.lemma || t.text !== t.lower || !/^(DET|NUM|PRON|ADJ)$/.test(tokens[i + 1]!.pos)) continue;
    const modal = tokens[i - 1]!.pos === 'ADV' ? tokens[i - 2] : tokens[i - 1];
    if (modal?.pos === 'AUX' && MODAL_AUXILIARIES.test(modal.lower) && modal.text !== 'May') tokens[i] = { ...t, pos: 'VERB' };
  }
  return tokens;
}

/** Whether the comma at `close` ends an aside opened by a comma and "who", "whose" or "which" after a noun. */
function relativeAsideBefore(tokens: readonly Token[], close: number): boolean {
  for (let j = close - 2; j >= Math.max(1, close - 25); j--) {
    if (tokens[j]!.text !== ',') continue;
    return /^(who|whose|which)$/.test(tokens[j + 1]!.lower) && /^(NOUN|PROPN|ADJ)$/.test(tokens[j - 1]!.pos);
  }
  return false;
}

/**
 * "The airline countered by offering annual meetings": a word in -ing after a verb and "by", "after", "before" or
 * "without", before the words of an object, that the tagger read as a noun, is a gerund when its stem is a verb of the
 * lexicon; it takes the verb's lemma.
 */
function gerundsReadAsNouns(tokens: Token[]): Token[] {
  const { isActorVerb } = lexicon();
  for (let i = 2; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || !t.lower.endsWith('ing') || tokens[i - 2]!.pos !== 'VERB' || !/^(by|after|before|without)$/.test(tokens[i - 1]!.lower)) continue;
    if (!/^(DET|NUM|ADJ|NOUN|PRON)$/.test(tokens[i + 1]!.pos)) continue;
    const stem = t.lower.slice(0, -3);
    // "offering" → offer, "proposing" → propose, "submitting" → submit.
    const lemma = [stem, `${stem}e`, /(.)\1$/.test(stem) ? stem.slice(0, -1) : ''].find((candidate) => candidate !== '' && isActorVerb(candidate));
    if (lemma !== undefined) tokens[i] = { ...t, pos: 'VERB', lemma };
  }
  return tokens;
}

/** A character past Latin-1, which wink reads as no letter of a word. */
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/u;

/**
 * Pieces of one word wink splits, written with no space between them, are one token: "CANT" is read as "CA NT" (a name
 * in capitals, as initials may be), and wink knows no letter past Latin-1, so "Wiśniewska" is read as "Wi ś niewska"
 * and "Davutoğlu" as "Davuto ğ lu" (a name or word of Polish, Turkish, Czech…).
 */
function joinSplitWords(tokens: Token[], wide: boolean): Token[] {
  const capitals = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}+$/u.test(t.text);
  const beyondLatin1 = (t: Token): boolean => BEYOND_LATIN1.test(t.text);
  // Only a sentence with a letter past Latin-1 is searched for its pieces.
  const joins = (a: Token | undefined, b: Token | undefined): boolean =>
    a !== undefined && b !== undefined && a.end === b.start && ((capitals(a) && capitals(b)) || (wide && /^\p{L}+$/u.test(a.text) && /^\p{L}+$/u.test(b.text) && (beyondLatin1(a) || beyondLatin1(b))));
  if (!tokens.some((t, i) => joins(t, tokens[i + 1]))) return tokens;
  const joined: Token[] = [];
  for (const t of tokens) {
    const last = joined.at(-1);
    if (joins(last, t)) {
      const text = last!.text + t.text;
      const pos: PosTag = capitals(last) || /^\p{Lu}/u.test(text) ? 'PROPN' : last!.pos === 'X' ? t.pos : last!.pos;
      joined[joined.length - 1] = { text, lower: text.toLowerCase(), lemma: text.toLowerCase(), pos, start: last!.start, end: t.end };
    } else joined.push(t);
  }
  return joined;
}

/**
 * The tokens of each sentence of an article, in order. A text the article repeats is tagged once and its tokens moved to
 * each place it recurs: wink tags a text the same wherever it stands, and reading a sentence costs far more than copying it.
 */
export function tokenizeSentences(sentences: readonly { readonly text: string; readonly start: number }[]): Token[][] {
  const read = new Map<string, { readonly tokens: readonly Token[]; readonly start: number }>();
  return sentences.map(({ text, start }) => {
    const first = read.get(text);
    if (first === undefined) {
      const tokens = tokenize(text, start);
      read.set(text, { tokens, start });
      return tokens;
    }
    const shift = start - first.start;
    return first.tokens.map((t) => ({ ...t, start: t.start + shift, end: t.end + shift }));
  });
}
