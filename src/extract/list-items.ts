// Lists whose items complete the sentence that announces them: "Under the deal, Halvorsen will:" then "- raise pay 4%;".
import type { AnnotatedSentence, Token } from '../types.js';
import { ANNOUNCING } from './topic-phrase.js';
import { lexicon } from '../nlp/lexicon.js';
import { ordinalWords } from '../nlp/number-words.js';
import { STANCE_VERB_CLASSES } from './rule.js';

/** A bullet that opens a list item. */
export const BULLETS = /^(-|–|—|•|\*|·)$/;

/** Punctuation that may open a sentence before its subject: a list bullet or a quotation mark. */
export function opensBeforeSubject(word: string): boolean {
  return BULLETS.test(word) || word === '"' || word === "'";
}
/** What may end an announcing clause before its colon: a verb or a word that still waits for its object. */
const AWAITS_OBJECT = /^(AUX|VERB|PART|ADP|SCONJ)$/;
/** Words after which a list item's first word is a verb's bare form: "agreed to:", "Halvorsen will:". */
const INFINITIVE_MARKERS = /^(to|will|shall|would|must|should|can|may)$/;
/** Tags of the words that may make up an item's subject before its verb: "Fishing fleets shall …". */
const SUBJECT_TAGS = /^(DET|ADJ|NOUN|PROPN|NUM|ADP|PRON|CCONJ|ADV)$/;

/**
 * Each list item that completes the sentence before its list, by the item's index: the announcing sentence's words
 * (without its colon and any "the following") followed by the item's words (without its bullet or number), so that
 * "Under the commitments, Halvorsen will:" and "- lift the export ban;" read as one sentence. Items that are whole
 * clauses of their own ("1. Trawling shall stop at night.") are read alone.
 */
export function listItemsJoined(sentences: readonly AnnotatedSentence[], articleText: string): Map<number, AnnotatedSentence> {
  const joined = new Map<number, AnnotatedSentence>();
  for (let i = 0; i + 1 < sentences.length; i++) {
    const intro = sentences[i]!;
    // ("Q: What is the union asking for?" then "A: Three things. First, a pay rise. Second, …": each point of the answer
    // completes the question's side and verb.)
    const asked = questionHead(intro);
    if (asked !== undefined) {
      for (let j = i + 1; j < sentences.length && j <= i + MAX_ANSWER_SENTENCES; j++) {
        const item = sentences[j]!;
        if (item.tokens.at(-1)?.text === '?') break;
        const from = pointStart(item.tokens);
        if (from !== undefined && !pointIsClause(item.tokens, from)) joined.set(item.index, joinedSentence(intro, asked, item, from, articleText));
      }
      continue;
    }
    const head = stanceHeading(intro) ?? possessedStanceHead(intro) ?? ownedStanceHead(intro) ?? announcingHead(intro);
    if (head === undefined) continue;
    for (let j = i + 1; j < sentences.length; j++) {
      const item = sentences[j]!;
      const from = itemStart(item.tokens);
      if (from === undefined) break;
      if (!head.clauseTakes && isClause(item.tokens, from)) continue;
      joined.set(item.index, joinedSentence(intro, head, item, from, articleText));
    }
  }
  return joined;
}

/** The words of an announcing sentence that an item completes: from `start` (0 unless told) to `end`. */
interface AnnouncingHead {
  readonly start?: number;
  readonly end: number;
  /** Whether "that" ends them, so that an item may be a whole clause. */
  readonly clauseTakes: boolean;
  /** Whether their last word is the verb whatever the tagger made of it ("WHAT NORWAY WANTS", "The union demands:"). */
  readonly verbAtEnd?: boolean;
  /** A verb that follows them in place of the words up to the colon ("The union's demands are:" reads "The union demands"). */
  readonly verb?: Token;
}

/** Sentences of an answer read for its points after a question. */
const MAX_ANSWER_SENTENCES = 8;

/** Words that open each point of an answer: an ordinal ("First, …", "And fourth, …"), "Finally, …". */
function isAnswerPoint(word: string): boolean {
  return ordinalWords().has(word) || word === 'finally' || word === 'lastly';
}

/** Verbs of a question about what a side wants ("What is the union asking for?"), and those of what it offers. */
const ASKED_STANCE = /^(want|ask|demand|seek|need|propose|offer)$/;

/**
 * "What exactly is the union asking for?", "Q: What does the company offer?": a question, after a speaker's label
 * perhaps, on what a side named in it wants or offers; its head is the side and a verb of demanding or proposing.
 */
function questionHead(sentence: AnnotatedSentence): AnnouncingHead | undefined {
  const { tokens } = sentence;
  if (tokens.at(-1)?.text !== '?') return undefined;
  const what = labelEnd(tokens);
  if (tokens[what]?.lower !== 'what') return undefined;
  const side = sentence.mentions.find((m) => m.tokenStart > what && (m.type === 'Party' || m.type === 'Delegation'));
  const verb = side === undefined ? undefined : tokens.slice(side.tokenEnd).find((t) => ASKED_STANCE.test(t.lemma));
  if (side === undefined || verb === undefined) return undefined;
  const offered = /^(propose|offer)$/.test(verb.lemma);
  return { start: side.tokenStart, end: side.tokenEnd, clauseTakes: false, verb: { ...verb, pos: 'VERB', lower: offered ? 'proposes' : 'demands', lemma: offered ? 'propose' : 'demand' } };
}

/** Where a line's words start past a speaker's label of up to four words before a colon ("Q:", "Ana Ruiz:"), or 0. */
function labelEnd(tokens: readonly Token[]): number {
  const colon = tokens.findIndex((t, n) => n < 5 && t.text === ':');
  return colon + 1;
}

/** The first word of a point of an answer after its ordinal and comma ("Second, a land title …"), or undefined. */
function pointStart(tokens: readonly Token[]): number | undefined {
  let k = labelEnd(tokens);
  if (tokens[k]?.lower === 'and') k++;
  return isAnswerPoint(tokens[k]?.lower ?? '') && tokens[k + 1]?.text === ',' ? k + 2 : undefined;
}

/**
 * A point of an answer that is a clause of its own ("Second, they want …", "Third, the union wants …"): it opens with a
 * pronoun, or its verb comes within its first three words. ("Second, a land title for the hectares our villages have
 * farmed": a verb further on is a relative clause's.)
 */
function pointIsClause(tokens: readonly Token[], from: number): boolean {
  return tokens[from]?.pos === 'PRON' || [from + 1, from + 2].some((k) => /^(VERB|AUX)$/.test(tokens[k]?.pos ?? '') && !tokens[k]!.lower.endsWith('ing'));
}

/** Nouns of a side's positions before a list, and the verb each stands for: "The union's demands are:". */
const POSITION_NOUN_VERBS: ReadonlyMap<string, string> = new Map([
  ['demands', 'demand'],
  ['conditions', 'demand'],
  ['positions', 'demand'],
  ['priorities', 'demand'],
  ['proposals', 'propose'],
  ['offer', 'offer'],
]);

/** Words that rank or date a side's positions: "its core demands", "the union's latest offer". */
const POSITION_QUALIFIERS = /^(main|key|chief|central|core|latest|new|revised|final)$/;

/** Words between a side's positions and the colon that say when or where they hold: "for the second week", "at the talks". */
const MAX_POSITIONS_TAIL = 6;

/**
 * "The union set out its demands:", "The alliance restates its main positions for the final days:": a side that
 * opens the sentence, a verb, and its own positions before a list, which each item completes as the side's verb would.
 */
function ownedStanceHead(sentence: AnnotatedSentence): AnnouncingHead | undefined {
  const { tokens } = sentence;
  const colon = tokens.length - 1;
  if (colon < 4 || tokens[colon]!.text !== ':') return undefined;
  const side = sentence.mentions.find((m) => m.tokenStart <= 1 && (m.type === 'Party' || m.type === 'Delegation'));
  if (side === undefined || (side.tokenStart === 1 && tokens[0]!.lower !== 'the')) return undefined;
  let k = side.tokenEnd;
  // (A verb of one or two words: "reaffirms", "set out", "has laid out".)
  if (tokens[k]?.pos === 'AUX') k++;
  if (tokens[k]?.pos !== 'VERB') return undefined;
  k++;
  if (tokens[k]?.pos === 'ADP' || tokens[k]?.pos === 'ADV') k++;
  if (!/^(its|their)$/.test(tokens[k]?.lower ?? '')) return undefined;
  k++;
  if (POSITION_QUALIFIERS.test(tokens[k]?.lower ?? '')) k++;
  const verb = POSITION_NOUN_VERBS.get(tokens[k]?.lower ?? '');
  if (verb === undefined) return undefined;
  const tail = tokens.slice(k + 1, colon);
  if (tail.length > MAX_POSITIONS_TAIL || (tail.length > 0 && tail[0]!.pos !== 'ADP') || tail.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return undefined;
  return { start: side.tokenStart, end: side.tokenEnd, clauseTakes: false, verb: { ...tokens[k]!, pos: 'VERB', lemma: verb } };
}

/**
 * "The union's demands are:", "The federation's list of demands is brief:", "Chile's main proposals include:": a side's
 * positions named in the possessive before a list, which each item completes as the side's verb would ("The union
 * demands …").
 */
function possessedStanceHead(sentence: AnnotatedSentence): AnnouncingHead | undefined {
  const { tokens } = sentence;
  const colon = tokens.length - 1;
  if (colon < 3 || tokens[colon]!.text !== ':') return undefined;
  const side = sentence.mentions.find((m) => m.tokenStart <= 1 && (m.type === 'Party' || m.type === 'Delegation') && /^['’]s?$/.test(tokens[m.tokenEnd]?.text ?? ''));
  if (side === undefined || (side.tokenStart === 1 && tokens[0]!.lower !== 'the')) return undefined;
  let k = side.tokenEnd + 1;
  if (tokens[k]?.lower === 'list' && tokens[k + 1]?.lower === 'of') k += 2;
  else if (POSITION_QUALIFIERS.test(tokens[k]?.lower ?? '')) k++;
  const verb = POSITION_NOUN_VERBS.get(tokens[k]?.lower ?? '');
  if (verb === undefined) return undefined;
  let end = k + 1;
  // ("…'s demands, handed to the mediator on Monday, are:": past a participle's aside.)
  if (tokens[end]?.text === ',' && tokens[end + 1]?.pos === 'VERB') {
    const close = tokens.findIndex((t, n) => n > end + 1 && n < end + 12 && t.text === ',');
    if (close > 0) end = close + 1;
  }
  if (/^(is|are|was|were|include|includes|included)$/.test(tokens[end]?.lower ?? '')) end++;
  if (/^(short|simple|clear|these|as)$/.test(tokens[end]?.lower ?? '') && end + 1 <= colon) end += tokens[end]!.lower === 'as' && tokens[end + 1]?.lower === 'follows' ? 2 : 1;
  if (end !== colon) return undefined;
  return { start: side.tokenStart, end: side.tokenEnd, clauseTakes: false, verb: { ...tokens[k]!, pos: 'VERB', lemma: verb } };
}

/** Verbs of a heading over a side's list of positions: "What Norway wants", "WHAT THE UNION IS OFFERING". */
const HEADING_STANCE_VERBS = /^(want|demand|seek|offer|propose|reject|need|ask)$/;

/**
 * "WHAT NORWAY WANTS" above a list: a heading that names a side and its stance, the words after "What", which each
 * item completes ("Peru wants a quota of 900 tonnes").
 */
function stanceHeading(sentence: AnnotatedSentence): AnnouncingHead | undefined {
  const { tokens } = sentence;
  const end = /^[:?]$/.test(tokens.at(-1)?.text ?? '') ? tokens.length - 1 : tokens.length;
  const verb = tokens[end - 1];
  if (tokens[0]?.lower !== 'what' || end < 3 || end > 8 || verb === undefined || !HEADING_STANCE_VERBS.test(verb.lemma)) return undefined;
  if (!sentence.mentions.some((m) => m.tokenStart >= 1 && m.tokenEnd < end && m.type !== 'Place' && m.type !== 'Person')) return undefined;
  return { start: 1, end, clauseTakes: false, verbAtEnd: true };
}

/** Where an announcing sentence's words end (before its colon and any "the following"), and whether "that" ends them. */
function announcingHead(sentence: AnnotatedSentence): AnnouncingHead | undefined {
  const { tokens } = sentence;
  const colon = tokens.length - 1;
  if (colon < 2 || tokens[colon]!.text !== ':') return undefined;
  // "agreed as follows:", "agreed the following:", "agreed the following points:": words that announce the list.
  const announces = (from: number, to: number): boolean => from > 0 && ANNOUNCING.test(tokens.slice(from, to).map((t) => t.lower).join(' '));
  const end = announces(colon - 2, colon) ? colon - 2 : announces(colon - 3, colon - 1) ? colon - 3 : colon;
  const last = tokens[end - 1]!;
  // ("The union demands:", "Peru proposes:": a stance verb after its subject, which the tagger may read as a plural noun.)
  const stanceVerb = last.pos === 'NOUN' && end >= 2 && sentence.mentions.some((m) => m.tokenEnd === end - 1 && m.type !== 'Place') && lexicon().entriesOf(last).some((e) => e.part === 'verbs' && (STANCE_VERB_CLASSES as readonly string[]).includes(e.cls));
  if (stanceVerb) return { end, clauseTakes: false, verbAtEnd: true };
  if (!AWAITS_OBJECT.test(last.pos) || !tokens.slice(0, end).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return undefined;
  return { end, clauseTakes: last.lower === 'that' };
}

/** The first word of a list item past its bullet or number ("-", "1.", "2)", "(a)"), or undefined for no item. */
export function itemStart(tokens: readonly Token[]): number | undefined {
  const first = tokens[0]?.text ?? '';
  if (BULLETS.test(first)) return 1;
  if (/^\d{1,2}[.)]$/.test(first)) return 1;
  if (/^\d{1,2}$/.test(first) && /^[.)]$/.test(tokens[1]?.text ?? '')) return 2;
  if (first === '(' && /^([a-z]|[ivx]{1,4}|\d{1,2})$/i.test(tokens[1]?.text ?? '') && tokens[2]?.text === ')') return 3;
  if (/^[a-z]$/.test(first) && tokens[1]?.text === ')') return 2;
  // ("First: a ceasefire from 6 pm.", "Second: …": an ordinal word and a colon, as translated texts number points.)
  if (ordinalWords().has(first.toLowerCase()) && tokens[1]?.text === ':') return 2;
  return undefined;
}

/** The item from `from` is a clause with a subject and a verb of its own, not words that complete another sentence. */
function isClause(tokens: readonly Token[], from: number): boolean {
  // ("- Pay: all workers get …": a heading of a word or three before a colon, whatever the tagger made of it, opens the item.)
  const heading = tokens.findIndex((t, n) => n > from && n <= from + 3 && t.text === ':');
  if (heading > 0 && tokens.slice(from, heading).every((t) => /^\p{L}/u.test(t.text))) return isClause(tokens, heading + 1);
  let subject = false;
  // ("- share the catch …": a word before a determiner that opens the item is a verb the tagger read as a noun.)
  if (tokens[from]?.pos === 'NOUN' && tokens[from + 1]?.pos === 'DET') return false;
  // ("- keeping every clinic staffed, funded from the reserve;": an item that opens with a gerund names a step, unless an auxiliary
  // makes the gerund a subject: "- Trawling at night is banned.")
  if (tokens[from]?.pos === 'VERB' && tokens[from]!.lower.endsWith('ing') && !tokens.slice(from).some((t) => t.pos === 'AUX')) return false;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    // (Nor is "… as follows:", nor a participle before its noun: "- Wages: all eligible staff receive …".)
    const prenominal = /(ed|en)$/.test(t.lower) && /^(NOUN|ADJ)$/.test(tokens[k + 1]?.pos ?? '');
    // ("- a 6 per cent pay rise;": a word after a figure's unit qualifies the noun after it, whatever the tagger made of it.)
    const afterUnit = compoundAfterUnit(tokens, k) && /^(NOUN|VERB)$/.test(tokens[k + 1]?.pos ?? '');
    // ("- a yearly rise tied to the price index;", "- the bonus withdrawn in 2021;": a participle after its noun
    // qualifies it, in an item with no auxiliary.)
    // ("- a pilot scheme, funded by the region;": so does one set off by a comma.)
    const reduced =
      (/(ed|en|wn)$/.test(t.lower) || (tokens[k - 1]?.text === ',' && t.lower !== t.lemma && !t.lower.endsWith('s'))) &&
      (tokens[k - 1]?.pos === 'NOUN' || tokens[k - 1]?.text === ',' || compoundAfterUnit(tokens, k - 1)) &&
      tokens[k + 1]?.pos === 'ADP' &&
      !tokens.slice(from).some((x) => x.pos === 'AUX');
    const finite = t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing') && !prenominal && !afterUnit && !reduced && tokens[k - 1]?.lower !== 'to' && !(t.lower === 'follows' && tokens[k - 1]?.lower === 'as'));
    if (finite) return subject;
    // "the setting up of a board that sits weekly", "a ballot where no majority is found": a relative clause's
    // verb is not the item's.
    if (/^(that|which|who|whom|whose)$/.test(t.lower) || (k > from && /^(where|when)$/.test(t.lower))) return false;
    // "1. Quotas: each fleet will land 900 tonnes": a heading before a colon opens the item.
    if (t.text === ':') return isClause(tokens, k + 1);
    if (!SUBJECT_TAGS.test(t.pos) && t.pos !== 'VERB' && t.text !== '-' && t.text !== ',') return false;
    if (/^(NOUN|PROPN|PRON)$/.test(t.pos)) subject = true;
  }
  return false;
}

/** Whether the word at k stands in a compound right after a figure's unit: "pay" or "rise" in "a 6 per cent pay rise". */
function compoundAfterUnit(tokens: readonly Token[], k: number): boolean {
  const unit = (n: number): boolean => /^(cent|percent|%)$/.test(tokens[n]?.lower ?? '');
  return unit(k - 1) || (unit(k - 2) && /^(NOUN|VERB)$/.test(tokens[k - 1]?.pos ?? ''));
}

/** The announcing sentence's words of `head`, then the item's from `from`, as one sentence at the item's index. */
function joinedSentence(intro: AnnotatedSentence, head: AnnouncingHead, item: AnnotatedSentence, from: number, articleText: string): AnnotatedSentence {
  const headStart = head.start ?? 0;
  const headEnd = head.end;
  const itemTokens = item.tokens.slice(from);
  // ("agreed to:" then "- share the catch …": a word after "to" or a modal is a verb, whatever the tagger made of it
  // at the head of a line.)
  const first = itemTokens[0];
  if (first !== undefined && first.pos === 'NOUN' && INFINITIVE_MARKERS.test(intro.tokens[headEnd - 1]?.lower ?? '')) itemTokens[0] = { ...first, pos: 'VERB' };
  const headTokens = [...intro.tokens.slice(headStart, headEnd), ...(head.verb === undefined ? [] : [head.verb])];
  // ("WHAT NORWAY WANTS", "The union demands:": the heading's last word is its verb, whatever the tagger made of it.)
  const last = headTokens.at(-1);
  if (head.verbAtEnd === true && last !== undefined) headTokens[headTokens.length - 1] = { ...last, pos: 'VERB' };
  const tokens = [...headTokens, ...itemTokens];
  const joint = headTokens.length;
  const shift = joint - from;
  const mentions = [
    ...intro.mentions.filter((m) => m.tokenStart >= headStart && m.tokenEnd <= headEnd).map((m) => ({ ...m, tokenStart: m.tokenStart - headStart, tokenEnd: m.tokenEnd - headStart })),
    ...item.mentions.filter((m) => m.tokenStart >= from).map((m) => ({ ...m, tokenStart: m.tokenStart + shift, tokenEnd: m.tokenEnd + shift })),
  ];
  // Tokens keep their places in the article, so the text runs from the announcing sentence to the item's end.
  return { ...item, start: intro.start, text: articleText.slice(intro.start, item.end), tokens, mentions, joinedAt: joint };
}
