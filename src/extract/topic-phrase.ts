// Turns the words after a stance verb into short topic labels, one per item of a list of conditions.
import { TALKS_NOUNS, isPastForm } from '../nlp/find-mentions.js';
import { isReportingVerb, lexicon } from '../nlp/lexicon.js';
import { COMMA, TIME_NOUNS, type SentenceView } from './sentence-view.js';
import { weekdayNames } from './stated-dates.js';
import type { Mention } from '../types.js';

/** A topic read from a span of tokens. */
export interface TopicSpan {
  readonly label: string;
  readonly from: number;
  readonly to: number;
}

/** Longest topic label, in words: labels are noun phrases a reader takes in at a glance. */
export const MAX_TOPIC_WORDS = 14;

const LEADING_NOISE = new Set(['-', '–', '—', 'that', 'to', 'for', 'on', 'upon', 'with', 'about', 'the', 'a', 'an', 'any', 'its', 'their', 'his', 'her', 'our', 'also', 'previously', 'established', 'including', 'namely', 'such', 'all', 'of', 'both', 'further', 'already', 'instead', 'plus']);
const KEEP_LEADING = new Set(['all']);
const ITEM_STARTERS = new Set(['the', 'a', 'an', 'any', 'its', 'their', 'his', 'her', 'an', 'new']);
const TRAILING_NOISE = new Set(['either', 'and', 'or', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'the', 'a', 'an', 'as', 'from', 'that', 'which', ',', '"', "'", 'its', 'their', 'both', 'any', 'including', 'between', 'over', 'into', 'about', 'among', 'under', 'instead', 'it', 'they', 'we', 'he', 'she']);
const BETWEEN = /^(between|among|amongst)$/;
/** Verbs whose infinitive after a comma says what a thing is for: "…, to leave room for an audit". */
const PURPOSE_VERBS = /^(allow|enable|ensure|give|let|permit|avoid|prevent|help|pave|make)$/;
/** Words that announce a list to come: "the following", "as follows". */
export const ANNOUNCING = /^(?:the )?following$|^as follows$/i;

/** Participles of putting something on the table, whose agent is no part of what was put there. */
const OFFERED = /^(offered|proposed|tabled|suggested|floated|demanded|requested|sought|promised)$/;
const NOMINAL = /(?:tion|sion|ment|ance|ence|al|ure|ing|ship|ity|ies)$/;
/**
 * Nouns of asking that name whose it is before them and what is asked for after "for" or "of". (An offer or a proposal
 * keeps its noun unless a possessive names whose it is: see OFFER_NOUNS.)
 */
const STANCE_NOUNS = /^(demand|demands|call|calls|request|requests|insistence|push|bid)$/;
/** Nouns of what a side puts forward, whose content follows them only after the side's possessive: "the ministry's offer of …". */
const OFFER_NOUNS = /^(offer|offers|proposal|proposals|plan|plans)$/;
export const FRAMING_NOUNS = /^(idea|possibility|prospect|notion|option|question|issue|concept)$/;
const LIGHT_VERBS = new Set(['carry', 'conduct', 'hold', 'make', 'reach', 'implement']);

/** Words that open a restriction of what goes before ("…, and only in dry years", "…, but solely for …"). */
const RESTRICTING = /^(only|solely|exclusively|provided|unless)$/;

/** A sum or a share alone: "10%", "$5", "€ 2.5". */
const FIGURE = /^(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?%)$/u;
/** A figure and a unit written short, one quantity per another included: "20 m3/s", "80 km/h", "12 kg". */
const MEASURE = /^\d[\d.,]*\s?\p{L}{1,2}\d?(?:\/\p{L}{1,2}\d?)?$/u;

/** A noun in lower case with no word before it in its phrase: "electricity", "banking". */
function isBareNoun(view: SentenceView, k: number): boolean {
  const t = view.tokens[k];
  return t !== undefined && t.pos === 'NOUN' && t.text === t.lower;
}

/** Whether "of" and a bare noun stand between `from` and `to`: "the restoration of electricity". */
function ofBareNounIn(view: SentenceView, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (view.lower(j) === 'of' && isBareNoun(view, j + 1)) return true;
  return false;
}

/** Words that add one thing to another in a list: "combined with", "coupled with", "together with", "alongside". */
export const ADDING_WORDS = /^(combined|coupled|together|along|alongside)$/;

/** "over four and a half years": "and" at k adds a fraction to a number, and joins no items. */
export function addsFraction(view: SentenceView, k: number): boolean {
  return view.lower(k) === 'and' && view.lower(k + 1) === 'a' && /^(half|quarter)$/.test(view.lower(k + 2));
}

/**
 * The topics stated in tokens [from, to): split into items at top-level commas, "and" and "as well as" when the
 * next item starts a new noun phrase or verb phrase ("the halting of …, and a freeze on …"), not inside names
 * ("Donetsk, Luhansk and Kherson").
 */
export function topicsIn(view: SentenceView, from: number, until: number, splitItems = true): TopicSpan[] {
  // ("an invitation to talks, issued on the condition that …": a participle set off by a comma that says on what terms
  // the thing was made ends the thing.)
  const reduced = view.tokens.findIndex((t, k) => k > from && k < until && t.text === ',' && view.tokens[k + 1]?.pos === 'VERB' && !view.lower(k + 1).endsWith('ing') && /^(on|upon)$/.test(view.lower(k + 2)) && /^(condition|conditions|basis|understanding)$/.test(view.lower(view.lower(k + 3) === 'the' ? k + 4 : k + 3)));
  // ("a longer week, and on Friday it offered …": a clause of its own after "and", its subject a pronoun
  // after any time, ends the thing.)
  const clause = view.tokens.findIndex((t, k) => k > from && k < until && t.lower === 'and' && pronounClauseAt(view, k + 1));
  // ("Govt agrees to resurvey, farmers stick to their demand": a headline writes "and" between clauses as a comma.)
  const headlineClause = view.sentence.heading ? view.tokens.findIndex((t, k) => k > from && k < until && t.text === ',' && /^(NOUN|PROPN)$/.test(view.tokens[k + 1]?.pos ?? '') && view.tokens[k + 2]?.pos === 'VERB') : -1;
  // ("agreed to push back the vote, to leave room for an audit": an infinitive of purpose after a comma says what the
  // thing is for, and ends it.)
  const purpose = view.tokens.findIndex((t, k) => k > from && k < until && ((t.text === ',' && view.lower(k + 1) === 'to' && PURPOSE_VERBS.test(view.lower(k + 2))) || (/^(order|as)$/.test(t.lower) && /^(in|so)$/.test(view.lower(k - 1)) && view.lower(k + 1) === 'to')));
  // ("…, and 2 percent in year three, per a news release", "…, according to the union": where the words come from is
  // no part of the thing.)
  // ("…," calling the talks "candid": a participle of saying or judging after a comma says how the speaker judged it, no part of it.)
  // (A quotation may close between the comma and the words: '…," calling'.)
  const source = view.tokens.findIndex((t, k) => {
    if (k <= from || k >= until || t.text !== ',') return false;
    const n = /^["”’]$/.test(view.tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
    const participle = view.tokens[n]?.pos === 'VERB' && view.lower(n).endsWith('ing') && (isReportingVerb(view.tokens[n]) || JUDGING_LEMMAS.test(view.lemma(n)));
    return (view.lower(n) === 'per' && view.tokens[n + 1]?.pos === 'DET') || (view.lower(n) === 'according' && view.lower(n + 1) === 'to') || participle;
  });
  // ("an increase above inflation after their initial demand of 12%": an earlier stance after "after" is one of its own.)
  const earlierStance = view.tokens.findIndex((t, k) => k > from && k < until && /^(after|following)$/.test(t.lower) && /^(its|their|an?|the|his|her)$/.test(view.lower(k + 1)) && [k + 2, k + 3].some((n) => view.tokens[n]?.pos === 'NOUN' && (lexicon().nouns('demand').has(view.lemma(n)) || lexicon().nouns('propose').has(view.lemma(n)))));
  const ends = [reduced, clause > from && view.lower(clause - 1) === ',' ? clause - 1 : clause, headlineClause, purpose > from && view.lower(purpose) !== ',' ? purpose - 1 : purpose, source, earlierStance].filter((k) => k > from);
  const to = ends.length > 0 ? Math.min(...ends) : until;
  // "a phased formula, 3 percent now and 2 percent later": figures set off after a noun that sums up an offer say what
  // it holds; they are one topic with it.
  const comma = view.find(COMMA, from, to - from);
  // ("allocate the catch as follows: Peru 60 per cent, Chile 40 per cent": so are the shares after "as follows:".)
  const split = splitItems && !(comma !== undefined && SUMMING_NOUNS.test(view.lower(comma - 1)) && /^(NUM|SYM)$/.test(view.tokens[comma + 1]?.pos ?? '')) && !view.tokens.some((_, k) => k > from && k < to && view.colonAfterAsFollows(k));
  const cuts: number[] = [from];
  const skips: [number, number][] = [];
  let dashOpen: number | undefined;
  let inRelative = false;
  // "A, more B, and C": a comma before the last "and" marks a list, whose items after each comma are cut even when
  // they open with an adjective. Names listed ("Donetsk, Luhansk, and Kherson") stay whole.
  let oxfordList = false;
  for (let k = from; k + 1 < to && !oxfordList; k++) oxfordList = view.lower(k) === ',' && /^(and|or)$/.test(view.lower(k + 1));
  for (let k = from; k < to; k++) {
    const t = view.tokens[k]!;
    // A hyphen inside a word ("nurse-to-patient") joins, it opens no aside.
    const joining = t.text === '-' && view.tokens[k - 1]?.end === t.start && view.tokens[k + 1]?.start === t.end;
    if ((t.text === '—' || t.text === '–' || t.text === '-') && !joining) {
      if (dashOpen === undefined) dashOpen = k;
      else {
        skips.push([dashOpen, k]);
        dashOpen = undefined;
      }
      continue;
    }
    // "a deal on Friday that raises pay": the day between a noun and its relative clause says when, not what.
    if (k > from && t.lower === 'on' && lexicon().timeWords.has(view.lower(k + 1)) && /^(that|which)$/.test(view.lower(k + 2))) {
      skips.push([k, k + 1]);
      k++;
      continue;
    }
    // ("Algeria, which mediated the accord, convene new talks": a relative clause on a name says who it is, not what.)
    const relative = view.relativeAsideEnd(k);
    if (relative !== undefined && relative < to) {
      skips.push([k, relative]);
      k = relative;
      continue;
    }
    // ("establish, in principle, a research fund": words of manner after the verb say how, not what.)
    const manner = k > from ? view.mannerAsideEnd(k) : undefined;
    if (manner !== undefined && manner + 1 < to) {
      skips.push([k, manner]);
      k = manner;
      continue;
    }
    // "signed off on a new policy and on a support fund": the particle before the object, said again after "and", opens
    // a second object, also where lists are not split (see below).
    if (!split && dashOpen === undefined && t.lower === 'and' && k > from + 1 && k + 2 < to && [from - 1, from].some((p) => view.tokens[p]?.pos === 'ADP' && view.lower(k + 1) === view.lower(p))) {
      cuts.push(k, k + 2);
      k++;
      continue;
    }
    // ("offered to freeze fares for a year and to let riders vote on routes", "to sell the depot and hand the vans to a
    // cooperative": after an item that opens with a verb and its object, a second verb in its plain form is a second thing,
    // also where lists are not split.)
    // ("a board of tenants and ward clerks": not after a noun of an "of", whose second noun the tagger may read as a
    // verb, unless "to" says it is one.)
    const ofNoun = view.lower(k - 2) === 'of' && view.tokens[k - 1]?.pos === 'NOUN' && view.lower(k + 1) !== 'to';
    if (!split && dashOpen === undefined && t.lower === 'and' && k > cuts[cuts.length - 1]! + 1 && !ofNoun && opensWithVerb(view, cuts[cuts.length - 1]!) && opensWithVerb(view, k + 1)) {
      cuts.push(k, k + 1);
      continue;
    }
    if ((!split && !oxfordList) || dashOpen !== undefined) continue;
    const w = t.lower;
    // "a chapter that will give the Nation authority over its lands, language and culture": see inRelative below.
    if (/^(that|which|who)$/.test(w) && view.tokens[k - 1]?.pos === 'NOUN') inRelative = true;
    let nextItem: number | undefined;
    let adding = false;
    if (w === 'as' && view.lower(k + 1) === 'well' && view.lower(k + 2) === 'as') nextItem = k + 3;
    // ("a 22 percent rise, along with guaranteed rosters": so do "along with" and "together with" after a comma.)
    else if (w === ',' && /^(along|together)$/.test(view.lower(k + 1)) && view.lower(k + 2) === 'with') nextItem = k + 3;
    // ("an 18% haircut combined with growth-linked bonds", "a quota for poultry, alongside lower tariffs on fruit": so do
    // words that add one thing to another after its noun, unless a side follows ("worked together with the union").)
    // (A noun the tagger read as a verb after a figure, "a 6% raise combined with …", is a noun.)
    else if (ADDING_WORDS.test(w) && (w === 'alongside' || view.lower(k + 1) === 'with') && (/^(NOUN|NUM|SYM|PUNCT)$/.test(view.tokens[k - 1]?.pos ?? '') || /^(NUM|SYM|ADJ|DET)$/.test(view.tokens[k - 2]?.pos ?? '')) && view.lower(k - 1) !== '(') {
      const after = w === 'alongside' ? k + 1 : k + 2;
      if (!view.actors.some((m) => m.tokenStart === after || (m.tokenStart === after + 1 && view.lower(after) === 'the'))) {
        nextItem = after;
        adding = true;
      }
    }
    else if (w === ',' && /^(and|plus|or)$/.test(view.lower(k + 1))) nextItem = k + 2;
    // ("4% over two years plus a $900 bonus": "plus" before an article or a figure adds a thing of its own.)
    else if (w === 'plus' && (/^(a|an)$/.test(view.lower(k + 1)) || /^(NUM|SYM)$/.test(view.tokens[k + 1]?.pos ?? ''))) nextItem = k + 1;
    // ("to talk again on Friday and, failing a deal, to call in a judge …": an aside between "and" and the next infinitive.)
    else if (w === 'and' && view.lower(k + 1) === ',') {
      const close = view.find(new Set([',']), k + 2, 6);
      nextItem = close !== undefined && view.lower(close + 1) === 'to' && view.tokens[close + 2]?.pos === 'VERB' ? close + 1 : k + 1;
    } else if (w === ',' || w === 'and' || w === 'or') nextItem = k + 1;
    if (nextItem === undefined || nextItem >= to) continue;
    // ("a permanent, inflation-linked pay rise", "a one-off, 500-euro bonus", "a fair and lasting peace": a comma or a
    // conjunction after words that only qualify a noun still to come joins two modifiers of it, unless an article opens
    // what follows.)
    if (/^(,|and|or)$/.test(w) && onlyModifiers(view, cuts[cuts.length - 1]!, k) && view.tokens[nextItem]?.pos !== 'DET') continue;
    // "25 m3/s, and solely during a drought": what narrows the item before is part of it.
    if (RESTRICTING.test(view.lower(nextItem))) continue;
    if (addsFraction(view, k) || (w === 'and' && view.joinsParticiples(k))) continue;
    // ("pay rises in the 2030-31 and 2031-32 budget years": two figures joined before one noun qualify it together.)
    if (w === 'and' && view.tokens[k - 1]?.pos === 'NUM' && view.tokens[k + 1]?.pos === 'NUM' && view.tokens[k + 2]?.pos === 'NOUN') continue;
    // ("at the Rotterdam and Hamburg depots": so do two names after "the" before one noun in lower case.)
    if (w === 'and' && namesBeforeOneNoun(view, k)) continue;
    // "to write or rewrite scripts", "to review and approve the plan": two infinitives side by side share the object after them.
    if (w !== ',' && view.lower(k - 2) === 'to' && view.tokens[k - 1]?.pos === 'VERB' && view.tokens[nextItem]?.pos === 'VERB' && !/(ing|ed)$/.test(view.lower(nextItem))) continue;
    // "a meeting between the Israeli and the Palestinian leaders": this "and" joins the two ends of "between".
    if (w === 'and' && view.find(BETWEEN, cuts[cuts.length - 1]!, k - cuts[cuts.length - 1]!) !== undefined) continue;
    // ("…, with Ana Ruiz as mediator, and to …", "…, with the mediator in the room, and …": who serves in what role, or
    // who is there, belongs to the item before it.)
    const roleAside = nextItem === k + 1 && view.lower(nextItem) === 'with';
    const listItem = (oxfordList && w === ',' && opensInLowerCase(view, nextItem) && !roleAside) || (w === ',' && adjectiveItemBeforeAnd(view, nextItem, to));
    // A bare list inside a relative clause is the clause's; a new predicate or noun phrase after it ("…, and to repair
    // …", "… and the right to …") is an item again.
    if (inRelative && !(view.tokens[nextItem]?.pos === 'VERB' || ITEM_STARTERS.has(view.lower(nextItem)) || (view.lower(nextItem) === 'to' && view.tokens[nextItem + 1]?.pos === 'VERB'))) continue;
    // "the restoration of electricity, banking and telecommunications": single bare nouns listed after "of" and a bare
    // noun are what the one noun is of ("the lifting of sanctions, guarantees that …" lists two things).
    const single = nextItem + 1 >= to || /^(,|and|or)$/.test(view.lower(nextItem + 1));
    if (isBareNoun(view, nextItem) && single && ofBareNounIn(view, cuts[cuts.length - 1]!, k)) continue;
    // ("the release of the vessel and its crew": one noun with its owner's word after "of the" and a noun is of it too.)
    // (A word after the possessive is its noun, whatever the tagger made of it: "its concentrates".)
    const owned = w === 'and' && /^(its|their)$/.test(view.lower(nextItem)) && /^(NOUN|VERB)$/.test(view.tokens[nextItem + 1]?.pos ?? '') && (nextItem + 2 >= to || /^[,.;]$/.test(view.lower(nextItem + 2)));
    // ("free access for copper ore and its concentrates": so is one after a preposition and a few words of the noun.)
    const governed = [k - 2, k - 3, k - 4].some((p) => p > cuts[cuts.length - 1]! && /^(of|for)$/.test(view.lower(p)) && view.tokens.slice(p + 1, k).every((x) => /^(DET|ADJ|NOUN|PROPN)$/.test(x.pos)));
    if (owned && view.tokens[k - 1]?.pos === 'NOUN' && ((view.lower(k - 3) === 'of' && view.lower(k - 2) === 'the') || governed)) continue;
    // "agreed on the committee and on reporting rules": the particle before the object, said again, opens the next item.
    if (split && view.lower(nextItem) === view.lower(from - 1) && view.tokens[nextItem]!.pos === 'ADP' && nextItem + 1 < to) {
      cuts.push(k, nextItem + 1);
      k = nextItem;
      continue;
    }
    // ("agreed to review the pilotage fee and the hours of night crews": in an item that opens with a verb, a noun phrase after "and"
    // or a comma is that verb's object too; only another verb, "… and to publish them", opens an item of its own.)
    // (Not a clause of its own: "…, and its opening bid, tabled in May, was …", "…, and the union agreed not to …".)
    if (opensWithVerb(view, cuts[cuts.length - 1]!) && !opensWithVerb(view, nextItem, true) && !clauseAt(view, nextItem)) continue;
    if ((split && (startsItem(view, nextItem) || adding)) || listItem) {
      cuts.push(k, nextItem);
      k = nextItem - 1;
    }
  }
  cuts.push(to);
  const items: TopicSpan[] = [];
  for (let c = 0; c + 1 < cuts.length; c += 2) {
    const span = trimSpan(view, cuts[c]!, cuts[c + 1]!);
    // ("…, 2 percent in year three, respectively": an adverb alone says how the items pair, no item of its own.)
    if (!span || (c > 0 && placeAgain(view, span[0], span[1])) || (span[1] - span[0] === 1 && view.tokens[span[0]]!.pos === 'ADV')) continue;
    // ("Chile, Peru agree to truce: Ecuador": a name after a headline's colon, ending it, is who said so.)
    if (view.sentence.heading && view.lower(span[0] - 1) === ':' && view.tokens.slice(span[0], span[1]).every((t) => t.pos === 'PROPN') && !view.tokens.slice(span[1]).some((t) => t.pos !== 'PUNCT')) continue;
    const label = labelOf(view, span[0], span[1], skips);
    // A label says something in words, or is a figure ("offered 10%") or a measure ("offered 20 m3/s").
    // ("agreed on the following:" announces what comes next, and names nothing.)
    if (label && !ANNOUNCING.test(label) && (/\p{L}{3}/u.test(label) || FIGURE.test(label) || MEASURE.test(label))) items.push({ label, from: span[0], to: span[1] });
  }
  return items;
}

/** Verbs of judging whose participle, like one of saying, opens a comment on what was just said: "…, calling the talks candid". */
const JUDGING_LEMMAS = /^(call|describe|term|hail|praise|label)$/;

/** Tokens [from, to) are determiners, adverbs and at least one adjective or word of a hyphened compound: no noun of their own. */
function onlyModifiers(view: SentenceView, from: number, to: number): boolean {
  let modifier = false;
  for (let k = from; k < to; k++) {
    const t = view.tokens[k]!;
    const hyphened = t.text === '-' || view.tokens[k + 1]?.text === '-' || view.tokens[k - 1]?.text === '-';
    if (t.pos === 'ADJ' || hyphened) modifier = true;
    // ("a gradual, safe, and supervised withdrawal": commas between the modifiers.)
    else if (t.pos !== 'DET' && t.pos !== 'ADV' && t.text !== ',') return false;
  }
  return modifier;
}

/**
 * "turned down the quota in Arica, and again in Quito": an item of an adverb and a place alone says where the same
 * stance was taken again, no thing of its own.
 */
function placeAgain(view: SentenceView, from: number, to: number): boolean {
  let k = from;
  while (k < to && view.tokens[k]!.pos === 'ADV') k++;
  if (k === from || !/^(in|at)$/.test(view.lower(k))) return false;
  const at = view.lower(k + 1) === 'the' ? k + 2 : k + 1;
  return view.sentence.mentions.some((m) => m.type === 'Place' && m.tokenStart === at && m.tokenEnd === to);
}

/** "the Rotterdam and Hamburg depots": names joined by the "and" at k, after "the" and before one noun in lower case. */
function namesBeforeOneNoun(view: SentenceView, k: number): boolean {
  const capitalised = (j: number): boolean => /^\p{Lu}/u.test(view.tokens[j]?.text ?? '');
  let left = k - 1;
  while (capitalised(left)) left--;
  if (left === k - 1 || view.lower(left) !== 'the') return false;
  let right = k + 1;
  while (capitalised(right)) right++;
  const noun = view.tokens[right];
  return right > k + 1 && noun !== undefined && noun.pos === 'NOUN' && noun.text === noun.lower;
}

/** A clause opens at k, its subject a pronoun after at most three words of time and no verb: "on Friday it offered …". */
function pronounClauseAt(view: SentenceView, k: number): boolean {
  let j = k;
  while (j < k + 3 && view.tokens[j] !== undefined && view.tokens[j]!.pos !== 'PRON' && !/^(VERB|AUX)$/.test(view.tokens[j]!.pos) && view.lower(j) !== ',') j++;
  // ("…, and both will refrain from …": "both" as the subject of a clause of its own.)
  if (view.lower(k) === 'both' && /^(VERB|AUX)$/.test(view.tokens[k + 1]?.pos ?? '')) return true;
  return /^(it|they|he|she|we)$/.test(view.lower(j)) && /^(VERB|AUX)$/.test(view.tokens[j + 1]?.pos ?? '');
}

/**
 * "a 12% raise, mandatory staffing ratios and an end to overtime": after a comma, an adjective and its noun open an item
 * when a later "and" opens one with a determiner, so the comma lists items.
 */
function adjectiveItemBeforeAnd(view: SentenceView, k: number, to: number): boolean {
  if (view.tokens[k]?.pos !== 'ADJ' || !/^(NOUN|ADJ)$/.test(view.tokens[k + 1]?.pos ?? '')) return false;
  for (let j = k + 2; j + 1 < to; j++) {
    if (view.lower(j) === ',') return false;
    if (view.lower(j) === 'and') return /^(a|an|the|its|their)$/.test(view.lower(j + 1));
  }
  return false;
}

/** The word at k (after a quotation mark) begins in lower case or with a figure: a common phrase, not a name. */
function opensInLowerCase(view: SentenceView, k: number): boolean {
  const t = /^["“]$/.test(view.tokens[k]?.text ?? '') ? view.tokens[k + 1] : view.tokens[k];
  return t !== undefined && /^[\p{Ll}\d$]/u.test(t.text);
}

/**
 * True when an item opens at k with a verb's plain form, after "to" or bare ("review the fee", "to hand"); a participle
 * ("guaranteed berths") or a finite form ("said") is no such verb. With `following`, an item after "and" or a comma
 * may also open with any verb, "not" or "to be".
 */
function opensWithVerb(view: SentenceView, k: number, following = false): boolean {
  if (following && view.lower(k) === 'not') return true;
  const verb = view.lower(k) === 'to' ? k + 1 : k;
  const tag = view.tokens[verb]?.pos;
  if (following) return tag === 'VERB' || (verb > k && tag === 'AUX');
  // (The lemma may spell the word longer: "enrol", "enroll".)
  return tag === 'VERB' && view.lemma(verb).startsWith(view.lower(verb));
}

/**
 * A clause opens at k: a finite auxiliary within a few words ("its opening bid, tabled in May, was …"), or a verb
 * after a noun that goes on with "not", "to" or an object ("the union agreed not to …"), not a participle that
 * qualifies the noun ("the crews working at night").
 */
function clauseAt(view: SentenceView, k: number): boolean {
  for (let j = k + 1; j < Math.min(view.tokens.length, k + 12); j++) {
    const t = view.tokens[j]!;
    // (A relative clause qualifies a noun of the item: "two engineers, who will report weekly".)
    if (/^(that|which|who|whose|;|\.)$/.test(t.lower)) return false;
    if (t.pos === 'AUX' && /^(is|are|was|were|has|have|had|will|would|shall|can|could|must)$/.test(t.lower) && view.lower(j - 1) !== 'to') return true;
    if (t.pos === 'VERB' && /^(NOUN|PROPN)$/.test(view.tokens[j - 1]?.pos ?? '') && (/^(not|to)$/.test(view.lower(j + 1)) || view.tokens[j + 1]?.pos === 'DET')) return true;
  }
  return false;
}

function startsItem(view: SentenceView, k: number): boolean {
  const t = view.tokens[k];
  if (!t) return false;
  // 'and "encourages" others to …': a quotation mark opens the item its next word starts.
  if (/^["“]$/.test(t.text)) return startsItem(view, k + 1);
  if (ITEM_STARTERS.has(t.lower)) return true;
  // ("a job guarantee, no forced dismissals and …": what a side asks there be none of, after a list's comma.)
  if (t.lower === 'no' && view.tokens[k - 1]?.text === ',' && /^(NOUN|ADJ|VERB)$/.test(view.tokens[k + 1]?.pos ?? '') && !/^(later|longer|more|less|fewer|sooner|earlier|one|doubt)$/.test(view.lower(k + 1))) return true;
  // ("a 6 per cent rise, spread over two years": a past participle after a comma qualifies the item before it.)
  const qualifying = view.tokens[k - 1]?.text === ',' && isPastForm(t) && /^(in|by|over|from|at|on|to|with|for|under|until)$/.test(view.lower(k + 1));
  if (t.pos === 'VERB' && t.lower !== 'including' && !qualifying) return true;
  // ("the return of 40 boats and what it termed a hardship fund": a thing named in a side's words.)
  if (t.lower === 'what' && view.find(FRAMING_VERBS, k + 2, 5) !== undefined) return true;
  // "a signing bonus of $3,000 and two extra days of leave": a counted noun phrase after "and" is another item.
  if (t.pos === 'NUM' && view.lower(k - 1) === 'and' && /^(NOUN|ADJ)$/.test(view.tokens[k + 1]?.pos ?? '')) return true;
  // "to set up a mechanism and to launch a framework": a second infinitive is a second item.
  if (t.lower === 'to' && view.tokens[k + 1]?.pos === 'VERB') return true;
  // "a 200-mile zone and compensation for past losses": after "and", a noun of action with its complement.
  // ("the filling and operation of the dam", "over taxes and ownership of X" share their article or preposition and
  // their complement.)
  if (t.pos === 'NOUN' && view.lower(k - 1) === 'and' && NOMINAL.test(t.lower) && /^(of|for|on)$/.test(view.lower(k + 1)) && !/^(DET|ADP)$/.test(view.tokens[k - 3]?.pos ?? 'DET')) return true;
  // "the lifting of sanctions, guarantees that …": after a list comma, a common noun opens the next item.
  return t.pos === 'NOUN' && (NOMINAL.test(t.lower) || /[^s]s$/.test(t.lower)) && view.tokens[k - 1]?.text === ',';
}

function trimSpan(view: SentenceView, from: number, to: number): [number, number] | undefined {
  let a = from;
  let b = to;
  while (a < b && LEADING_NOISE.has(view.lower(a)) && !(KEEP_LEADING.has(view.lower(a)) && view.tokens[a + 1]?.pos !== 'DET')) a++;
  while (a < b && LIGHT_VERBS.has(view.lower(a)) && view.lower(a + 1) === 'out') a += 2;
  // "critical not only of the offer, but …": the emphasis is no part of the topic.
  if (view.lower(a) === 'not' && view.lower(a + 1) === 'only') a += 2;
  // ("rejected one more time the proposal", "rejected once again the plan": how often is no part of it either.)
  const repeated = /^(one more time|once again|once more)\b/.exec(view.text(a, Math.min(b, a + 3)).toLowerCase());
  if (repeated !== null && a + repeated[1]!.split(' ').length < b) a += repeated[1]!.split(' ').length;
  // ("According to the document, the combatants will be …": where the term is written is no part of it.)
  const according = view.lower(a) === 'according' && view.lower(a + 1) === 'to' ? view.find(COMMA, a + 2, 6) : undefined;
  if (according !== undefined && according + 1 < b) a = according + 1;
  while (a < b && LEADING_NOISE.has(view.lower(a)) && !KEEP_LEADING.has(view.lower(a))) a++;
  // "agreed to accept temporary limits": accepting adds nothing to what is accepted.
  if (/^(accept|approve|endorse)$/.test(view.lower(a)) && b > a + 2) a++;
  else if (view.lower(a) === 'agree' && /^(to|on)$/.test(view.lower(a + 1)) && b > a + 3) a += 2;
  // "meet this demand", "meet the union's conditions": meeting a demand grants it, the demand is the topic.
  if (view.lower(a) === 'meet' && /^(the|this|that|these|those|its|their|his|her)$/.test(view.lower(a + 1)) && view.tokens[a + 2]?.pos !== 'NUM') a++;
  // "what it considers the root causes", "what the producers called their final offer", "what school officials had
  // billed as their final offer": whose words they are is no part of the topic.
  if (view.lower(a) === 'what') {
    const framing = view.find(FRAMING_VERBS, a + 2, 6);
    const named = (j: number): boolean => view.actors.some((m) => m.tokenStart <= j && j < m.tokenEnd);
    const framers = framing !== undefined && view.tokens.slice(a + 1, framing).every((t, n) => /^(NOUN|PROPN|ADJ|DET|AUX|PRON)$/.test(t.pos) || named(a + 1 + n));
    if (framing !== undefined && framing + 1 < b && framers) a = view.lower(framing + 1) === 'as' ? framing + 2 : framing + 1;
  }
  while (a < b && LEADING_NOISE.has(view.lower(a)) && !KEEP_LEADING.has(view.lower(a))) a++;
  while (a < b && (view.lower(a) === 'a' || view.lower(a) === 'an' || view.lower(a) === 'the')) a++;
  // "offered the EU a quota of 17,000 tonnes", "offered pilots a 12% raise": who is offered it is not what is offered.
  const recipient = view.actors.find((m) => m.tokenStart === a && m.type !== 'Place');
  if (recipient !== undefined && /^(a|an)$/.test(view.lower(recipient.tokenEnd)) && recipient.tokenEnd + 1 < b) a = recipient.tokenEnd + 1;
  // ("offered us a kitchen", "promised them a hearing": a pronoun for whom.)
  else if (/^(us|them|him|her|me|you)$/.test(view.lower(a)) && /^(a|an|the)$/.test(view.lower(a + 1)) && a + 2 < b) a += 2;
  else if (view.tokens[a]?.pos === 'NOUN' && view.tokens[a]!.text === view.tokens[a]!.lower && /s$/.test(view.lower(a)) && /^(a|an)$/.test(view.lower(a + 1)) && a + 2 < b) a += 2;
  // "the idea of shipping uranium abroad": the framing noun is not the topic.
  if (FRAMING_NOUNS.test(view.lower(a)) && view.lower(a + 1) === 'of' && b > a + 2) a += 2;
  // "rejected the union's demand for a shorter week": the demand is its holder's, what it asks for is the topic.
  // So does a side's name before it ("the U.S. demand to open its dairy market").
  // ("the bakers' demand to …": a side named with its article, and a plural's possessive.)
  const side = view.actors.find((m) => (m.tokenStart === a || (m.tokenStart === a - 1 && view.lower(a - 1) === 'the')) && m.tokenEnd > a && m.type === 'Party');
  const owner = side !== undefined ? side.tokenEnd - a - (/^'s?$/.test(view.lower(side.tokenEnd)) ? 0 : 1) : view.tokens.slice(a, Math.min(b, a + 5)).findIndex((t) => t.lower === "'s" || t.lower === "'");
  // ("the ministry's offer of a raise" too; "the Chilean proposal for a truce" names whose proposal it is.)
  const possessive = owner >= 0 && /^['’]s?$/.test(view.lower(a + owner));
  if (owner >= 0 && (STANCE_NOUNS.test(view.lower(a + owner + 1)) || (possessive && OFFER_NOUNS.test(view.lower(a + owner + 1)))) && /^(for|of|to)$/.test(view.lower(a + owner + 2)) && b > a + owner + 3) a += owner + 3;
  // ("rejected a proposal by Peru to ban night trawling": so does its agent after "by", or "from".)
  else if ((STANCE_NOUNS.test(view.lower(a)) || OFFER_NOUNS.test(view.lower(a))) && /^(by|from)$/.test(view.lower(a + 1))) {
    const agent = view.actorsAt(a + 2).find((m) => m.type === 'Party');
    if (agent !== undefined && /^(for|of|to)$/.test(view.lower(agent.tokenEnd)) && b > agent.tokenEnd + 1) a = agent.tokenEnd + 1;
  }
  while (a < b && (view.lower(a) === 'a' || view.lower(a) === 'an' || view.lower(a) === 'the')) a++;
  while (b > a && TRAILING_NOISE.has(view.lower(b - 1))) b--;
  // "a water accord with the rebels on Friday": when it was done is no part of what was done.
  // "meet again next week" keeps its time: there the time is what was agreed.
  const adjunct = closingAdjunct(view, a, b);
  if (adjunct > a) b = adjunct;
  while (b > a && TRAILING_NOISE.has(view.lower(b - 1))) b--;
  // (A span counted from another time closes even a clause: "a revised 40-dollar bid two weeks later".)
  b = countedSpanStart(view, a, b);
  const when = view.tokens[a]?.pos === 'VERB' ? b : trailingTime(view, a, b);
  if (when > a) b = when;
  const venue = trailingVenue(view, a, b);
  if (venue > a) b = venue;
  while (b > a && TRAILING_NOISE.has(view.lower(b - 1))) b--;
  // "an offer of 610 pence a share from U.S. rival Corvane": whose offer it is is no part of the figure it holds
  // ("earlier proposals from Bayline" holds nothing else, and keeps it; "an offer that meets requests from the union"
  // is a clause on the offer).
  const offerNoun = view.tokens.findIndex((t, k) => k >= a && k < b && /^(offer|offers|bid|bids|proposal|proposals|approach|plan)$/.test(t.lower));
  const fromSide = offerNoun < 0 ? -1 : view.tokens.findIndex((t, k) => k > offerNoun && k < b && t.lower === 'from' && view.actors.some((m) => m.type !== 'Place' && (m.tokenStart === k + 1 || (m.tokenStart === k + 2 && view.lower(k + 1) === 'the'))));
  // (Only after a figure, so that "a plan for the withdrawal of troops from Ukraine" keeps where they leave.)
  const figured = view.tokens.some((t, j) => j > offerNoun && j < fromSide && t.pos === 'NUM');
  if (fromSide > offerNoun + 1 && figured && !view.tokens.some((_, j) => j > offerNoun && j < fromSide && view.clauseVerbAt(j))) b = fromSide;
  // "the bonus first offered by the company": who offered it first is no part of what it is.
  const offeredBy = view.tokens.findIndex((t, k) => k > a + 1 && k < b && t.lower === 'by' && OFFERED.test(view.lower(k - 1)));
  if (offeredBy > 0) {
    b = offeredBy - 1;
    while (b > a + 1 && view.tokens[b - 1]!.pos === 'ADV') b--;
  }
  // ("initialled the pact along with the Front's leader": who else signed it is no part of it.)
  const coAgent = view.tokens.findIndex((t, k) => k > a && k < b && /^(along|together)$/.test(t.lower) && view.lower(k + 1) === 'with' && view.actors.some((m) => m.tokenStart >= k + 2 && m.tokenStart <= k + 4 && view.tokens.slice(k + 2, m.tokenStart).every((x) => x.pos === 'DET') && !/^['’]s?$/.test(view.lower(m.tokenEnd))));
  if (coAgent > a) {
    b = coAgent;
    while (b > a && TRAILING_NOISE.has(view.lower(b - 1))) b--;
  }
  // ("insist despite the offer, their goal is …": a concession opens no thing asked or offered.)
  // ("…, if the board grants a longer lease": nor does a condition; demands.offer-if reads what it asks.)
  if (CONCESSIVE_OPENERS.test(view.lower(a)) || view.lower(a) === 'if') return undefined;
  // ("to build a depot, if the board grants a longer lease": so does a condition set off by a comma that asks
  // another side to act.)
  const condition = view.tokens.findIndex((t, k) => k > a && k < b && t.text === ',' && view.lower(k + 1) === 'if' && view.actors.some((m) => m.type !== 'Place' && (m.tokenStart === k + 2 || (m.tokenStart === k + 3 && view.lower(k + 2) === 'the'))));
  if (condition > a) b = condition;
  return b > a ? [a, b] : undefined;
}

/** Words that open a concession, no thing: "despite the offer", "although the talks …". */
const CONCESSIVE_OPENERS = /^(despite|although|though|notwithstanding)$/;

/** Verbs by which someone frames what they name: "what officials had billed as …", "what it considers …". */
const FRAMING_VERBS = /^(considers?|considered|calls?|called|sees?|saw|describes?|described|views?|viewed|terms?|termed|dubbed|billed|labell?ed|touted|branded|presented)$/;

/** Where a closing span counted from another time ("a month later", "two weeks earlier", "a few days ago") starts, or b. */
function countedSpanStart(view: SentenceView, a: number, b: number): number {
  if (!/^(later|earlier|ago|afterwards)$/.test(view.lower(b - 1)) || !/^(days?|weeks?|months?|years?|hours?)$/.test(view.lower(b - 2))) return b;
  const count = view.lower(b - 3) === 'few' && view.lower(b - 4) === 'a' ? b - 4 : /^(a|an|few|several)$/.test(view.lower(b - 3)) || view.tokens[b - 3]?.pos === 'NUM' ? b - 3 : b;
  return count > a ? count : b;
}

/** Where a closing time phrase ("on Saturday", "last week", "in June 2019", "earlier this month") starts, or b if none. */
function trailingTime(view: SentenceView, a: number, b: number): number {
  const times = lexicon().timeWords;
  for (let k = Math.max(a + 1, b - 4); k < b; k++) {
    const words = view.tokens.slice(k, b);
    // "by 2030", "by March 10" is a deadline, which is part of what is demanded or agreed.
    // ("a truce starting on 1 June", "effective in July": when a term takes effect is part of it.)
    // ("a job guarantee extended until 2030": up to a year is how long a term runs.)
    const runsTo = view.lower(k) === 'until' && /^\d{4}$/.test(view.tokens[k + 1]?.text ?? '');
    // ("dismissed that request Thursday afternoon": a weekday alone, as news writes the day of an act, opens one too.)
    const weekday = weekdayNames().has(view.lower(k)) && view.tokens[k - 1]?.pos === 'NOUN';
    const opens = (/^(on|in|last|next|this|earlier|later|since|until|late|early)$/.test(view.lower(k)) || weekday) && !/^(starting|beginning|effective|from|as)$/.test(view.lower(k - 1)) && !runsTo;
    // ("opened at 9 percent last winter": a season is a time too.)
    if (opens && words.slice(1).every((t) => times.has(t.lower) || t.pos === 'NUM' || /^(week|month|year|weekend|this|last|next|earlier|later|the|of|morning|afternoon|evening|night|noon|midnight|autumn|winter|summer)$/.test(t.lower) || (/^(late|early)$/.test(view.lower(k)) && /^(on|in)$/.test(t.lower))) && (weekday || words.slice(1).some((t) => times.has(t.lower) || /^(week|month|year|weekend|autumn|winter|summer)$/.test(t.lower) || /^\d{4}$/.test(t.text)))) return k;
  }
  return b;
}

/**
 * Where a closing adjunct starts, or b: what led to a deal ("after ten days of talks", "following months of
 * negotiations"), what a demand is a condition of ("as a condition for …") and a margin ("by a wide margin") are no
 * part of the object.
 */
function closingAdjunct(view: SentenceView, a: number, b: number): number {
  for (let k = a + 1; k < b; k++) {
    // "rejected the plan out of hand": how is no part of what.
    if (view.outOfHandAt(k)) return k;
    // "voted down the contract by a wide margin": by how much is no part of what.
    if (view.lower(k) === 'by' && /^(a|an)$/.test(view.lower(k + 1)) && view.find(/^(margin|majority)$/, k + 2, 3) !== undefined) return k;
    // "… as a condition for any deal": what the demand is a condition of is no part of it.
    if (view.lower(k) === 'as' && /^(a|an|the)$/.test(view.lower(k + 1)) && /^(pre-?condition|condition|prerequisite)s?$/.test(view.lower(k + 2))) return k;
    // "would not recommend the bid to its members": to whom it is recommended is no part of the bid.
    const owner = /^(its|their|the|his|her)$/.test(view.lower(k + 1)) ? 1 : 0;
    if (view.lower(k) === 'to' && /^(members|membership|shareholders|owners|investors|bondholders)$/.test(view.lower(k + 1 + owner)) && k + 2 + owner === b) return k;
    if (duringTheTalks(view, k, b)) return k;
    // ("a truce the moment both armies pull back", "… as soon as the ballots are counted": when it would come, a clause
    // of its own.)
    if (view.lower(k) === 'as' && view.lower(k + 1) === 'soon' && view.lower(k + 2) === 'as') return k;
    if (view.lower(k) === 'the' && view.lower(k + 1) === 'moment' && view.lower(k - 1) !== 'for' && view.tokens.slice(k + 2, Math.min(b, k + 7)).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return k;
    // "…, six weeks after a national election": when, counted from another event, set off by a comma.
    if (view.lower(k) === ',' && /^(NUM|DET)$/.test(view.tokens[k + 1]?.pos ?? '') && TIME_NOUNS.test(view.lower(k + 2)) && /^(after|before|since)$/.test(view.lower(k + 3))) return k;
    // "…, in talks mediated by Norway": where the step was taken, set off by a comma.
    if (view.lower(k) === ',' && view.lower(k + 1) === 'in' && TALKS_NOUNS.test(view.lower(view.lower(k + 2) === 'the' ? k + 3 : k + 2))) return k;
    if (!/^(after|following)$/.test(view.lower(k))) continue;
    // "a ceasefire after the military chiefs of the two armies spoke by hotline": what happened before, a clause.
    if (view.lower(k) === 'after' && view.tokens.some((t, j) => j > k + 1 && j < b && t.pos === 'VERB' && t.lower !== t.lemma && !/ing$/.test(t.lower) && /^(NOUN|PROPN)$/.test(view.tokens[j - 1]!.pos) && view.tokens.slice(k + 1, j).every((x) => /^(DET|ADJ|NOUN|PROPN|ADP|NUM|CCONJ)$/.test(x.pos)))) return k;
    for (let j = k + 1; j < Math.min(b, k + 6); j++) {
      // ("after Malaysia-hosted talks": a participle glued to a name by a hyphen qualifies the talks.)
      if (view.lower(j - 1) === '-' && view.tokens[j]!.pos === 'VERB') continue;
      if (view.tokens[j]!.pos === 'VERB' || view.tokens[j]!.pos === 'AUX') break;
      if (TALKS_NOUNS.test(view.lower(j)) || (DURATION_NOUNS.test(view.lower(j)) && view.lower(j + 1) === 'of')) return k;
    }
  }
  return b;
}
const DURATION_NOUNS = /^(hours|days|weeks|months|years|rounds|sessions)$/;

/**
 * "in the final days of talks", "during the last round of negotiations": when in the talks a side took its step, up to
 * b. ("a seat at the talks" is what is asked for; "keep the quays open during the talks", how long.)
 */
function duringTheTalks(view: SentenceView, k: number, b: number): boolean {
  if (!/^(in|at|during)$/.test(view.lower(k))) return false;
  let j = k + 1;
  if (view.lower(j) === 'the') j++;
  while (j < b && /^(final|last|closing|early|first|opening|late|latest|recent)$/.test(view.lower(j))) j++;
  const stage = /^(days|hours|moments|minutes|stages|stage|weeks|round|rounds|session|sessions|phase)$/.test(view.lower(j)) && view.lower(j + 1) === 'of';
  if (stage) j += /^(the|these|those)$/.test(view.lower(j + 2)) ? 3 : 2;
  return stage && j === b - 1 && TALKS_NOUNS.test(view.lower(j));
}

/** Deals whose place is where the fighting stops: "a ceasefire in Gaza" keeps its place. */
const TRUCE_NOUNS = /^(ceasefire|cease-fire|ceasefires|truce|truces|armistice|cessation|halt)$/;

/**
 * Where a closing place of signing starts, or b: "the treaty in the Palace of Nations in Lima", "the agreement in
 * Doha". Only after a deal's or a document's noun, or before a named venue.
 */
function trailingVenue(view: SentenceView, a: number, b: number): number {
  for (let k = a + 1; k < b; k++) {
    if (!/^(in|at)$/.test(view.lower(k))) continue;
    let j = k;
    let first: Mention | undefined;
    while (j < b && /^(in|at)$/.test(view.lower(j))) {
      const at = view.lower(j + 1) === 'the' ? j + 2 : j + 1;
      const place = view.sentence.mentions.find((m) => m.type === 'Place' && m.tokenStart === at);
      if (!place) break;
      first ??= place;
      j = place.tokenEnd;
    }
    if (j !== b || first === undefined) continue;
    // The place of a truce is where the fighting stops, not where it was signed.
    const noun = view.tokens[k - 1];
    const signed = noun !== undefined && !TRUCE_NOUNS.test(noun.lower) && lexicon().entriesOf(noun).some((e) => e.cls === 'deal' || e.cls === 'document');
    if (first.via === 'venue' || signed) return k;
  }
  return b;
}

/** The label: article words, dash asides left out, at most MAX_TOPIC_WORDS words, never ending on a function word. */
function labelOf(view: SentenceView, from: number, to: number, skips: readonly [number, number][]): string {
  const parts: string[] = [];
  let k = from;
  while (k < to) {
    const skip = skips.find(([s]) => s === k);
    if (skip) {
      k = skip[1] + 1;
      continue;
    }
    let end = k;
    while (end < to && !skips.some(([s]) => s === end)) end++;
    parts.push(view.text(k, end));
    k = end;
  }
  let words = parts.join(' ').replace(/["“”]/g, '').replace(/\s+/g, ' ').trim().split(' ');
  // A clause of its own after a comma ("…, with its main goal being …") is no part of the noun phrase.
  // ("a working group, an idea that …": a noun in apposition that sums the phrase up ends it too.)
  // ("…, in apparent reference to …", "…, in response to …": what the step answers is an aside too.)
  const answering = (n: number): boolean => /^in$/i.test(words[n + 1] ?? '') && words.slice(n + 2, n + 4).some((w) => /^(reference|response|reply|retaliation)$/i.test(w));
  const comma = words.findIndex((w, n) => w.endsWith(',') && ((n >= 3 && (CLAUSE_OPENERS.test(words[n + 1] ?? '') || answering(n))) || (/^an?$/i.test(words[n + 1] ?? '') && SUMMING_NOUNS.test(words[n + 2] ?? ''))));
  if (comma >= 0) words = words.slice(0, comma + 1);
  const overlong = words.length > MAX_TOPIC_WORDS;
  if (overlong) words = cutAtPhraseEnd(words.slice(0, MAX_TOPIC_WORDS + 1));
  // ("…, and only" left by that cut: a restriction without what it restricts to says nothing.)
  while (words.length > 3 && (TRAILING_NOISE.has(words[words.length - 1]!.toLowerCase().replace(/[,;]$/, '')) || RESTRICTING.test(words[words.length - 1]!.toLowerCase()))) words.pop();
  // ("…, funded" left of "…, funded in full by the city": a participle and a word after a comma, their phrase cut off,
  // say nothing either.)
  const lastComma = words.findLastIndex((w) => w.endsWith(','));
  const after = words.length - lastComma - 1;
  if (overlong && lastComma >= 3 && (after === 1 || (after === 2 && /(ed|en)$/i.test(words[lastComma + 1]!)))) words = words.slice(0, lastComma + 1);
  // ("… in return" left by it: what the thing is given for, cut off, leaves nothing of it.)
  if (words.length > 4 && words.at(-2)?.toLowerCase() === 'in' && /^(return|exchange)$/i.test(words.at(-1)!)) words = words.slice(0, -2);
  // ("…, not this week and not in six months", "; officials said …": what opens on a mark of punctuation goes on
  // another clause and names nothing.)
  if (/^[,;:]/.test(words[0] ?? '')) return '';
  return words.join(' ').replace(/[,;:]+$/, '');
}

/** Nouns that sum up what was named before them, in apposition: "…, an idea that …", "…, a formulation both sides accepted". */
export const SUMMING_NOUNS = /^(idea|formulation|formula|move|step|proposal|plan|offer|demand|condition|compromise|request|suggestion|call|model|scheme|arrangement|option|approach|change|figure|price|sum|amount|number|concession|trade|package|timetable|timeline)$/i;
/** Words that open a clause or an aside after a comma. */
const CLAUSE_OPENERS = /^(with|while|which|who|whose|where|when|as|particularly|especially|including|proposing|saying|adding|arguing|calling|claiming|laying|setting|meaning|but|although|though)$/i;
/** Words a phrase may be cut before: a preposition, a conjunction or a relative opens what can be left out. */
const CUT_BEFORE = /^(of|for|from|to|in|on|at|by|with|between|among|over|under|into|after|before|during|as|that|which|who|and|or|if|unless|once|while)$/i;

/**
 * Cuts an overlong label where a phrase ends: before the last preposition, conjunction or relative of its first
 * MAX_TOPIC_WORDS words, at a comma, never inside a name or after a determiner.
 */
function cutAtPhraseEnd(words: readonly string[]): string[] {
  for (let n = Math.min(words.length - 1, MAX_TOPIC_WORDS); n >= 4; n--) {
    if (words[n - 1]!.endsWith(',') || CUT_BEFORE.test(words[n]!)) return words.slice(0, n);
  }
  return words.slice(0, MAX_TOPIC_WORDS);
}
