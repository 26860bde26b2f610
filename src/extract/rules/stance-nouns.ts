// Stances stated as nouns ("Kestrel's offer of …", "the union's demand for …", "a request by X", "X presented a proposal
// that …") and agreements stated by what a deal provides ("the deal provides for A, B and C").
import type { Article, Mention, Predicate, Sentence, Token } from '../../types.js';
import { isBodyNoun, isNegation, isReportingVerb, lexicon, type LexiconClass } from '../../nlp/lexicon.js';
import { ADDRESSED_SIDES, BE_FORMS, namesOnlyActor, isAttemptBid, DROPPED_FACTOR, TO, DROPPING_VERBS, STANCE_ACTORS, STANCE_VERB_CLASSES, TIME_ONLY, afterTimePhrase, dealSideMentions, dealSides, isDropped, isGerund, makesDealAt, isOwnStanceNoun, nounAfterDemonym, nounAfterPossessive, withoutExtent, isPending, isPresentVerb, noteTopic, partyMentionAt, partyWordBefore, revisedOffer, topicMatches, type ArticleContext, type ExtractionRule, type RuleMatch, sidesOfDeal } from '../rule.js';
import { COMMA, type SentenceView } from '../sentence-view.js';
import { isPastForm } from '../../nlp/find-mentions.js';
import { ANNOUNCING, addsFraction, topicsIn } from '../topic-phrase.js';
import { BULLETS, itemStart, opensBeforeSubject } from '../list-items.js';
import { JUDGING_VERBS } from './rejects.js';
import { ordinalWords } from '../../nlp/number-words.js';

/** The stance a noun of each lexicon class states about its holder. */
const NOUN_STANCES: readonly (readonly [LexiconClass, Predicate])[] = [
  ['propose', 'proposes'],
  ['demand', 'demands'],
  ['reject', 'rejects'],
  ['commit', 'agrees'],
];

/** Words that qualify a stance noun without saying what it holds: "its final offer", "the main demand". */
export const STANCE_NOUN_QUALIFIERS: ReadonlySet<string> = new Set([
  'new', 'latest', 'final', 'revised', 'fresh', 'first', 'initial', 'detailed', 'written', 'formal', 'best', 'own', 'counter', 'main',
  'key', 'central', 'core', 'chief', 'principal', 'last', 'previous', 'earlier', 'current', 'original', 'public', 'opening',
]);
/** Verbs after a stance noun that say what it amounts to: "the offer stood at 22%", "the main demand is a 9% cut". */
export const AMOUNTS_TO = /^(is|was|remains|remained|stood|stands|came|amounted)$/;

/** The nouns of a stance, each also in the plural with "s": what a side puts forward, asks for or answers with. */
export const STANCE_NOUNS = 'proposal|offer|plan|counteroffer|counter-offer|counterproposal|counter-proposal|demand|condition|ultimatum|request|response';

/** A noun phrase that is only a stance noun: "a best and final offer", "its proposal". Its verb ("made") says nothing more. */
export const BARE_STANCE_NOUN = new RegExp(`^(?:(?:a|an|the|its|their|his|her|our|this|that|and|${[...STANCE_NOUN_QUALIFIERS].join('|')})\\s+)*(?:${STANCE_NOUNS})s?$`, 'i');

/** "announced the agreement at a news conference": an agreement the words do not open up says nothing of what was agreed. */
export const BARE_AGREEMENT = /^(the |an? |this |that )?((landmark|historic|major|new|final|comprehensive|long-awaited|breakthrough|tentative|preliminary|initial) )*(agreement|deal|accord|understanding|text)\b(?!(?: in principle)? (on|to|for|over|that|between|which|of))/i;

/** Nouns that state a stance only with a complement ("a call for", not "a phone call"; "terms of", not "in terms"). */
const NEEDS_COMPLEMENT = new Set(['call', 'term', 'no', 'appeal', 'support', 'backing', 'nod', 'draft', 'formula', 'bid', 'opposition', 'objection', 'plan', 'blueprint']);
/** Nouns whose "for" names a purpose, not their content. */
const CONDITION_NOUNS = new Set(['condition', 'term', 'precondition', 'prerequisite', 'requirement']);
/** Nouns of what a side offers: what one of them seeks is offered in it (what it requires is still demanded). */
const OFFERED_NOUNS = /^(offer|proposal|counter-?offer|counter-?proposal|counteroffer|counterproposal|package)$/;
/** Verbs by which a side puts forward a stance it names as a noun: "made an offer", "tabled a proposal", "set conditions". */
const PUTTING_VERBS = /^(make|present|submit|table|send|unveil|deliver|issue|release|put|lay|extend|hand|publish|publicize|publicise|announce|give|float|reiterate|renew|repeat|restate|set|voice|outline|improve|sweeten|revise|raise|increase|bring|pose|lodge|file)$/;
/** Verbs by which a side holds to its own stance: "kept its demand for …", "pressed its claim to …". */
const KEEPING_VERBS = /^(keep|maintain|press|pursue|reaffirm|stress|harden|stick)$/;
/** Verbs whose subject is handed a stance another side made: "the union received a new offer". */
const RECEIVING_VERBS = /^(receive|get)$/;
/** Verbs of taking up what the other side put forward: "accept its offer", "agree to their proposals". */
const TAKING_UP_VERBS = /^(accept|agree|consider|review|study|weigh|examine|respond|ratify|approve|endorse|take)$/;
/** Words that open a noun's complement: "offer of", "demand for", "proposal to", "refusal that". */
const COMPLEMENT_OPENERS = /^(of|for|to|on|that|over|regarding|concerning)$/;
/**
 * Where the list of a verb that states what a text holds begins ("includes …", "provides for …", "sets out that …"),
 * or undefined when the verb at `verb` is no such verb or is negated. `broad`: the subject is a deal or an offer named
 * as such, so that verbs sides use too ("the deal gives …") state its terms as well.
 */
export function listStart(view: SentenceView, verb: number, broad: boolean): number | undefined {
  if (view.tokens[verb]?.pos !== 'VERB' || view.negated(verb)) return undefined;
  const last = view.lexiconEntryAt('contain', 'verbs', verb) ?? (broad ? view.lexiconEntryAt('contain-broad', 'verbs', verb) : undefined);
  // "The signed text sets no such limit": what a deal leaves out is no term of it.
  if (last === undefined || NOTHING.test(view.lower(last + 1))) return undefined;
  // "the commitments offered by X": a passive names who offered them, not what they hold; "the clauses set out in the
  // petition" where they are written.
  // (A participle, "set" as much as "outlined", when the clause's own verb follows the place it is written in.)
  const writtenIn = /^(in|within)$/.test(view.lower(last + 1)) && view.tokens[verb - 1]?.pos === 'NOUN' && view.find(/^(is|are|was|were|has|have|had|will|would)$/, last + 2, 6) !== undefined;
  if (view.lower(last + 1) === 'by' || writtenIn) return undefined;
  // ("The deal adds to pressure on …", "expands on a 2019 pact": a verb sides use too, before a preposition, says what
  // the deal does to something else.)
  if (view.lexiconEntryAt('contain', 'verbs', verb) === undefined && /^(to|on|upon|in|into|at|with)$/.test(view.lower(last + 1))) return undefined;
  // ("the union's demands would add $3 billion in costs": what a stance would cost is no term of it.)
  if (view.lemma(verb) === 'add' && view.find(/^costs?$/, last + 1, 8) !== undefined) return undefined;
  // "the protocol bans fishing before 6am", "caps overtime at 12 hours": a verb that restricts is part of the term;
  // without it the term would say the opposite.
  // ("The accord ends this threat": a term whose object refers back names nothing it holds; "ensures that no
  // operators will be hired" opens a clause.)
  const demonstrative = /^(this|these|those|that)$/.test(view.lower(last + 1)) && view.tokens[last + 2]?.pos === 'NOUN' && /^(PUNCT|ADP|CCONJ)?$/.test(view.tokens[last + 3]?.pos ?? '');
  if (demonstrative || /^(it|them)$/.test(view.lower(last + 1))) return undefined;
  if (last === verb && TERM_VERBS.test(view.lemma(verb))) return verb;
  if (/^(for|that|:)$/.test(view.lower(last + 1))) return last + 2;
  // "commits both sides to let civilians leave", "obliges the parties to …": whom the text binds is no part of the term.
  const bound = ADDRESSED_SIDES.test(view.text(last + 1, last + 7)) ? view.find(TO, last + 1, 5) : undefined;
  if (bound !== undefined) return bound + 1;
  // "would give teachers a 16% raise": who is given it is not what is given.
  const recipient = view.tokens[last + 1];
  return recipient?.pos === 'NOUN' && recipient.text === recipient.lower && /^(DET|NUM)$/.test(view.tokens[last + 2]?.pos ?? '') ? last + 2 : last + 1;
}

/** Words that open the object of what a deal does not do. */
const NOTHING = /^(no|nothing|neither|none)$/;

/**
 * Verbs of a deal's text whose meaning is part of the term: what is banned or prevented is not agreed, its ban is; nor are wages,
 * but that they are raised by 4 percent ("the deal raises wages by 4 percent", "freezes rents until June").
 */
const TERM_VERBS = /^(ban|cap|limit|restrict|prohibit|forbid|bar|prevent|avoid|raise|increase|boost|expand|cut|reduce|lower|lift|remove|eliminate|abolish|end|freeze|double|halve|suspend|waive|cancel)$/;

/** The first token after `k` that is not an auxiliary or an adverb: the verb of "would also require". */
export function verbAfter(view: SentenceView, k: number): number {
  let verb = k;
  while (view.tokens[verb]?.pos === 'AUX' || view.tokens[verb]?.pos === 'ADV') verb++;
  return verb;
}
const MODIFIER_TAGS = new Set(['ADJ', 'NUM', 'NOUN', 'PROPN', 'ADV']);
/** Participles of revising an offer: "revised", "improved", "sweetened". */
const REVISED = /^(revised|improved|sweetened|raised|increased|amended|updated|enhanced|reworked|modified|reduced|lowered)$/;

/** Where the words before a noun that qualify it begin ("best and final offer", "$300 billion offer"). */
function modifiersStart(view: SentenceView, noun: number): number {
  let j = noun;
  while (j > 0) {
    const t = view.tokens[j - 1]!;
    // ("a firm, final offer"; in "rejected the plan, offering instead …" the comma ends a noun phrase.)
    const joins = (t.lower === 'and' || t.text === '-' || t.text === '$' || t.text === '%') ? MODIFIER_TAGS.has(view.tokens[j - 2]?.pos ?? '') : t.text === ',' && /^(ADJ|NUM)$/.test(view.tokens[j - 2]?.pos ?? '');
    // "a 4% pay offer": a word tagged as a verb right after a determiner or a figure qualifies the noun.
    const compound = t.pos === 'VERB' && !/(ed|ing)$/.test(t.lower) && /^(DET|NUM|SYM)$/.test(view.tokens[j - 2]?.pos ?? '');
    // "Kestrel's revised offer", "its improved proposal": a participle of revising after the owner qualifies the noun;
    // so does "proposed" ("the proposed four-year contract").
    const participle = t.pos === 'VERB' && (REVISED.test(t.lower) || t.lower === 'proposed') && (/^['’]s$/.test(view.lower(j - 2)) || /^(its|their|his|her|our|the|a|an)$/.test(view.lower(j - 2)));
    // ("a 44 pence per share offer", "a 44 pence a share bid", "a $44-a-share offer": a price, its unit and its
    // currency's sign qualify the noun.)
    const perUnit = /^(per|a)$/.test(t.lower) && view.tokens[j - 2]?.pos === 'NOUN' && /^(NUM|SYM)$/.test(view.tokens[j - 3]?.pos ?? '');
    const currency = /^[$€£¥]$/.test(t.text) && view.tokens[j]?.pos === 'NUM';
    if (!MODIFIER_TAGS.has(t.pos) && !joins && !compound && !participle && !perUnit && !currency) break;
    if (view.actors.some((m) => m.tokenStart <= j - 1 && j - 1 < m.tokenEnd)) break;
    // "Iran rebuffs European proposal": a plural the tagger read as a noun right after a side is the side's verb.
    if (t.pos === 'NOUN' && t.lower !== t.lemma && t.lower.endsWith('s') && view.actors.some((m) => m.tokenEnd === j - 1)) break;
    j--;
  }
  return j;
}

/** Who holds the stance a noun states: "X's offer", "the U.S. proposal", "a proposal by X", "X made an offer". */
function holdersOf(view: SentenceView, start: number, noun: number, principals: readonly string[]): { holders: Mention[]; via: 'possessive' | 'agent' | 'verb' | 'speaker'; contentFrom?: number; contentEnd?: number } | undefined {
  const before = start - 1;
  if (view.lower(before) === "'s" || view.lower(before) === "'") {
    const owners = view.actors.filter((m) => m.tokenEnd === before);
    if (owners.length > 0) return { holders: owners, via: 'possessive' };
  }
  // "the U.S. proposal", "the Kestrel offer": a party named inside the qualifying words; "the Chilean proposal".
  const inside = view.actors.filter((m) => m.tokenStart >= before && m.tokenEnd <= noun && m.type !== 'Person');
  if (inside.length > 0) return { holders: inside, via: 'possessive' };
  const demonym = partyWordBefore(view, noun);
  if (demonym.length > 0 && demonym[0]!.via === 'demonym') return { holders: demonym, via: 'possessive' };
  if (view.lower(noun + 1) === 'by') {
    const agents = view.agentAfter(noun);
    if (agents.length > 0) {
      // ("a proposal by Peru to ban night trawling": what it holds follows its agent.)
      const agentEnd = Math.max(...agents.map((m) => m.tokenEnd));
      return { holders: agents, via: 'agent', ...(COMPLEMENT_OPENERS.test(view.lower(agentEnd)) ? { contentFrom: agentEnd } : {}) };
    }
  }
  // "The plan, submitted by the alliance on Monday, would …": the agent of a participle set off after the noun.
  if (view.lower(noun + 1) === ',' && isPastForm(view.tokens[noun + 2])) {
    const agents = view.agentAfter(noun + 2).filter((m) => STANCE_ACTORS.has(m.type));
    if (agents.length > 0) return { holders: agents, via: 'agent' };
  }
  // "a 4% pay offer from Meridian Health".
  // ("a proposal from Bayline to cut night shifts": what it holds follows its holder, as after "by".)
  if (view.lower(noun + 1) === 'from') {
    const holders = view.withListed(sideAt(view, noun + 2));
    const holderEnd = holders.length > 0 ? Math.max(...holders.map((m) => m.tokenEnd)) : undefined;
    // (Not a pledge: "a commitment from the richer states to pay …" may be an item of a compromise another side
    // floats, which the rules of demands and proposals read.)
    const putForward = /^(proposals?|offers?|requests?|demands?|plans?|bids?|suggestions?)$/.test(view.lower(noun));
    if (holders.length > 0) return { holders, via: 'agent', ...(putForward && view.lower(holderEnd!) === 'to' && view.tokens[holderEnd! + 1]?.pos === 'VERB' ? { contentFrom: holderEnd! } : {}) };
  }
  // "an initial offer of $250 billion a year from rich nations, including Japan and Canada": the holder after the content.
  if (/^(of|for)$/.test(view.lower(noun + 1))) {
    const end = view.clauseEnd(noun + 2);
    const from = view.find(/^(from|by)$/, noun + 2, Math.min(10, end - noun - 2));
    // ("… by the union": a side named by "the" and its kind is read from the article.)
    const holders = from === undefined ? [] : [from + 1, from + 2].map((k) => sideAt(view, k)).find((found, n) => found.length > 0 && (n === 0 || view.lower(from + 1) === 'the')) ?? [];
    if (from !== undefined && holders.length > 0) return { holders: [...holders, ...membersAfter(view, Math.max(...holders.map((m) => m.tokenEnd)))], via: 'agent', contentEnd: from };
  }
  let verb = before;
  // 'made a "best and final offer"': quotation marks around the noun phrase.
  while (/^["“”']$/.test(view.lower(verb))) verb--;
  // "received a negotiated proposal": a participle qualifying the noun.
  if (view.tokens[verb]?.pos === 'VERB' && /ed$/.test(view.lower(verb)) && /^(a|an|the|its|their|his|her|our)$/.test(view.lower(verb - 1))) verb--;
  if (/^(a|an|the|its|their|his|her|our|new|fresh)$/.test(view.lower(verb))) verb--;
  if (view.tokens[verb]?.pos === 'VERB' && PUTTING_VERBS.test(view.lemma(verb)) && !view.negated(verb) && !isPending(view, verb)) {
    const subjects = view.subjectOf(verb);
    if (subjects.length > 0) return { holders: subjects, via: 'verb' };
  }
  // "Bayline dropped its insistence on …", "kept its demand for …": a side's own stance, held or let go of.
  // ("withdrew a previous demand that …": a stance said to be the side's own earlier one.)
  const ownEarlier = /^(an?|the)$/.test(view.lower(before)) && /^(earlier|previous|original|initial)$/.test(view.lower(start));
  if ((/^(its|their)$/.test(view.lower(before)) || ownEarlier) && view.tokens[verb]?.pos === 'VERB' && (DROPPING_VERBS.test(view.lemma(verb)) || KEEPING_VERBS.test(view.lemma(verb)))) {
    const subjects = view.subjectOf(verb);
    if (subjects.length > 0) return { holders: subjects, via: 'verb' };
  }
  // "Bayline pressed the union to accept its offers": what one side is asked to take up is the other's, who asks.
  const taken = /^(to|on|with)$/.test(view.lower(verb)) ? verb - 1 : verb;
  if (/^(its|their)$/.test(view.lower(before)) && view.tokens[taken]?.pos === 'VERB' && TAKING_UP_VERBS.test(view.lemma(taken))) {
    const takers = new Set(view.subjectOf(taken).map((m) => m.party ?? m.canonical));
    const asker = view.actors.find((m) => STANCE_ACTORS.has(m.type) && m.type !== 'Person' && m.tokenEnd <= taken && !takers.has(m.party ?? m.canonical));
    if (takers.size > 0 && asker !== undefined) return { holders: [asker], via: 'possessive' };
  }
  // "the union has received a new offer": the offer is the other side's, when the talks have two sides.
  if (view.tokens[verb]?.pos === 'VERB' && RECEIVING_VERBS.test(view.lemma(verb)) && principals.length === 2) {
    const receivers = new Set(view.subjectOf(verb).map((m) => m.party));
    const others = principals.filter((party) => !receivers.has(party));
    if (receivers.size > 0 && others.length === 1) return { holders: [partyMentionAt(view, noun, others[0]!, 'description')], via: 'verb' };
  }
  // "The firm said the offer contains …", "The association said its offer … remained on the table": the speaker's own.
  if (/^(the|its|their)$/.test(view.lower(before))) {
    const say = view.lower(verb) === 'that' ? verb - 1 : verb;
    // ("The union insists that the job guarantee be extended": what a side insists on is no stance it holds itself.)
    const insists = (['demand', 'reject', 'propose'] as const).some((cls) => view.lexiconEntryAt(cls, 'verbs', say) !== undefined);
    if (view.tokens[say]?.pos === 'VERB' && isReportingVerb(view.tokens[say]) && !insists) {
      const speakers = view.subjectOf(say);
      // ("… its offer of 32 percent remained on the table": the content ends where the clause's verb begins.)
      if (speakers.length > 0) return { holders: speakers, via: 'speaker', contentEnd: predicateStart(view, noun + 1) };
    }
  }
  // "The unions are demanding 8% after their initial demand of 12%": "its" or "their" is the subject of the clause it
  // stands in, when every side named before it is that subject.
  if (/^(its|their)$/.test(view.lower(before))) {
    const named = view.actors.filter((m) => m.tokenEnd <= before && STANCE_ACTORS.has(m.type));
    const verb = named.length === 0 ? -1 : view.tokens.findIndex((t, j) => j >= Math.max(...named.map((m) => m.tokenEnd)) && j < before && t.pos === 'VERB');
    const subjects = verb < 0 ? [] : view.subjectOf(verb).filter((m) => STANCE_ACTORS.has(m.type));
    const sideOf = (m: Mention): string => m.party ?? m.canonical;
    if (subjects.length > 0 && named.every((m) => subjects.some((s) => sideOf(s) === sideOf(m)))) return { holders: subjects, via: 'possessive' };
  }
  return undefined;
}

/**
 * Where, after k, the verb of the clause a stance noun is the subject of begins ("… 32 percent over six years remained
 * on the table", "… still stands"): a verb in the past or in -s after a noun or a figure, past an adverb, and not a
 * participle before its agent; else undefined.
 */
function predicateStart(view: SentenceView, k: number): number | undefined {
  for (let j = k + 1; j < view.tokens.length; j++) {
    const adverb = view.tokens[j]!.pos === 'ADV' ? 1 : 0;
    const verb = view.tokens[j + adverb];
    if (verb?.pos !== 'VERB' || !/(ed|[^s]s)$/.test(verb.lower) || view.lower(j + adverb + 1) === 'by') continue;
    if (/^(NOUN|NUM|PROPN)$/.test(view.tokens[j - 1]!.pos)) return j;
  }
  return undefined;
}

/**
 * 'called the KPD's counteroffer of 2035 "deeply disappointing"': after a verb of judging, where the judgement of the
 * stance noun at `noun` begins (a quotation mark or a judgement word); Infinity when no judging verb stands before it.
 */
export function judgementStart(view: SentenceView, start: number, noun: number): number {
  if (view.find(JUDGING_VERBS, Math.max(0, start - 4), Math.min(4, start)) === undefined) return Infinity;
  for (let k = noun + 1; k < view.tokens.length; k++) {
    if (/^["“]$/.test(view.tokens[k]!.text) || view.lexiconEntryAt('reject', 'words', k) !== undefined) return k;
  }
  return Infinity;
}

/**
 * "…, up from 25% in the first proposal", "compared with 3% in its previous offer": the figure an earlier stance named,
 * with the stance it was in. Undefined when the noun (qualified from `start`) is not so introduced.
 */
function earlierFigure(view: SentenceView, start: number, noun: number): string | undefined {
  let k = start - 1;
  if (/^(the|its|their|his|her)$/.test(view.lower(k))) k--;
  if (view.lower(k) !== 'in') return undefined;
  const from = view.find(/^(from|with|to)$/, Math.max(0, k - 6), Math.min(6, k));
  if (from === undefined || !(/^(up|down)$/.test(view.lower(from - 1)) || /^(compared|contrasted)$/.test(view.lower(from - 1)))) return undefined;
  if (!view.tokens.slice(from + 1, k).some((t) => t.pos === 'NUM')) return undefined;
  return topicsIn(view, from + 1, noun + 1, false)[0]?.label;
}

/** ", including the EU, Japan and Canada" after a group ending at token `end`: the members named, who hold its stance too. */
function membersAfter(view: SentenceView, end: number): Mention[] {
  if (view.lower(end) !== ',' || view.lower(end + 1) !== 'including') return [];
  return view.withListed(view.actorsAt(end + 2)).filter((m) => m.type === 'Party');
}

/** The topics a stance noun at `noun` states: its complement, the list after "includes", or the qualified noun itself. */
function nounTopics(view: SentenceView, start: number, noun: number, needsComplement: boolean, contentEnd = Infinity, next = noun + 1): string[] {
  // "conditions for ending hostilities": what a condition is for is not the condition. ("conditions to be granted
  // first": a passive infinitive says what is to be done with the noun, not what it holds.)
  if (view.lower(next) === 'for' && CONDITION_NOUNS.has(view.lemma(noun))) return [];
  if (view.lower(next) === 'to' && view.lower(next + 1) === 'be' && view.tokens[next + 2]?.pos === 'VERB') return [];
  // "an offer that made improvements" is a relative clause; "an offer to 33,000 workers" names who is offered it.
  const opensClause = view.tokens[next + 1]?.pos === 'VERB' || view.tokens[next + 1]?.pos === 'AUX';
  // ("the proposal that dockers then refused": a subject, then a verb in the past with no object of its own.)
  let verb = next + 2;
  while (view.tokens[verb]?.pos === 'ADV') verb++;
  const objectGap = /^(NOUN|PROPN|PRON)$/.test(view.tokens[next + 1]?.pos ?? '') && view.tokens[verb]?.pos === 'VERB' && /ed$/.test(view.lower(verb)) && !/^(DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(view.tokens[verb + 1]?.pos ?? '');
  const relative = view.lower(next) === 'that' && (opensClause || objectGap);
  // ("raised its offer to 18%" names a figure, not who is offered it.)
  const figure = view.tokens[next + 1]?.text === '$' || (view.tokens[next + 1]?.pos === 'NUM' && /^(%|percent|per)$/.test(view.lower(next + 2)));
  const recipient = view.lower(next) === 'to' && !opensClause && !figure;
  // "the pension plan of Kestrel Foods": a side after "of" owns the noun, it is not its content.
  const owner = view.lower(next) === 'of' ? view.actorsAt(next + 1).find((m) => STANCE_ACTORS.has(m.type)) : undefined;
  const afterOwner = view.tokens[owner?.tokenEnd ?? 0];
  if (owner !== undefined && !/^(NOUN|PROPN|ADJ|NUM|PART)$/.test(afterOwner?.pos ?? 'PUNCT')) return [];
  // "a counterproposal on Tuesday that would cap catches": when it was made stands before what it says.
  const timed = afterTimePhrase(view, next);
  if (timed > next && /^(that|which)$/.test(view.lower(timed))) return topicsIn(view, timed + 1, Math.min(view.clauseEnd(timed + 1), contentEnd), false).map((t) => t.label.replace(/^would /, ''));
  if (COMPLEMENT_OPENERS.test(view.lower(next)) && !relative && !recipient) {
    const from = next + 1;
    let end = Math.min(view.clauseEnd(from), contentEnd);
    // "The union's insistence that only members be hired angered Bayline": in the sentence's subject, a that-clause ends
    // before the sentence's own verb, the first finite one after the clause's; "Bayline's insistence on a freeze stalled
    // the talks": a phrase, before the first.
    if (!view.tokens.slice(0, start).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) {
      let own = view.lower(next) !== 'that';
      for (let k = from; k < end; k++) {
        const t = view.tokens[k]!;
        if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
        const before = view.tokens[k - 1];
        // ("… of the latest offer came on Monday": an irregular past after a noun, unless a passive's agent follows.)
        const irregularPast = t.pos === 'VERB' && t.lower !== t.lemma && !/(ing|n)$/.test(t.lower) && /^(NOUN|PROPN|NUM)$/.test(before?.pos ?? '') && view.lower(k + 1) !== 'by';
        const finite =
          (t.pos === 'VERB' && /(ed|[^s]s)$/.test(t.lower) && t.lower !== t.lemma && !/^(AUX|PART)$/.test(before?.pos ?? '') && before?.lower !== 'to') ||
          irregularPast ||
          (t.pos === 'AUX' && /^(was|were|is|are|has|have|had|did|does)$/.test(t.lower) && before?.pos !== 'AUX');
        if (own && finite) {
          end = k;
          break;
        }
        own = true;
      }
    }
    const labels = topicsIn(view, from, end, view.lower(next) !== 'to').map((t) => t.label);
    // "an offer on Tuesday": when it was made is not what it offers.
    if (!labels.every((label) => TIME_ONLY.test(label))) return labels;
    // "a counteroffer of 2035": a figure alone is read with the noun it completes.
    if (labels.length === 0 && view.tokens.slice(from, end).some((t) => t.pos === 'NUM')) return topicsIn(view, noun, end, false).map((t) => t.label);
  }
  // "raised its offer from $250 billion to $300 billion": the figures it went from and to.
  if (view.lower(next) === 'from' && (view.tokens[next + 1]?.pos === 'NUM' || view.tokens[next + 1]?.text === '$')) {
    return topicsIn(view, next + 1, Math.min(view.clauseEnd(next + 1), contentEnd), false).map((t) => t.label);
  }
  // "the board's latest proposal, which includes a 3% raise and …": what it includes, in a relative clause.
  const relativeAt = view.lower(next) === ',' && /^(which|that)$/.test(view.lower(next + 1)) ? next + 2 : next;
  // "the latest offer, tabled on Tuesday, included …": past an aside that says when or how it was made.
  const from = listStart(view, verbAfter(view, relativeAt === next ? (participleAsideEnd(view, next) ?? next) : relativeAt), true);
  if (from !== undefined) {
    // The relative clause closes at the comma before the main verb: ", which includes A and B, was rejected".
    let end = view.clauseEnd(from);
    if (relativeAt !== next) for (let k = from; k < end; k++) if (view.lower(k) === ',' && /^(AUX|VERB)$/.test(view.tokens[k + 1]?.pos ?? '')) end = k;
    return topicsIn(view, from, end).map((t) => t.label);
  }
  if (needsComplement || start === noun) return [];
  // "a best and final offer with bigger raises": the qualified noun, and what it comes with.
  const end = view.lower(next) === 'with' ? view.clauseEnd(next + 1) : noun + 1;
  return topicsIn(view, start, end, false).map((t) => t.label);
}

/** The token after an aside that opens with a past participle at `comma` + 1 and closes with a comma ("…, tabled on Tuesday, …"), else undefined. */
function participleAsideEnd(view: SentenceView, comma: number): number | undefined {
  const participle = view.tokens[comma + 1];
  if (view.lower(comma) !== ',' || !isPastForm(participle)) return undefined;
  for (let k = comma + 2; k < Math.min(view.tokens.length, comma + 16); k++) {
    if (view.lower(k) === ',') return k + 1;
    if (/^(VERB|AUX)$/.test(view.tokens[k]!.pos) || /^[.;:]$/.test(view.lower(k))) return undefined;
  }
  return undefined;
}

/** Whether the offer whose words start at `start` opens its clause with its owner: "Peru's new offer …", "Its offer …". */
function offerOpensClause(view: SentenceView, start: number): boolean {
  const owner = view.lower(start - 1) === "'s" ? view.actors.find((m) => m.tokenEnd === start - 1)?.tokenStart : /^(its|their|the|this)$/.test(view.lower(start - 1)) ? start - 1 : undefined;
  return owner !== undefined && (owner === 0 || /^(,|;|:|and|but|that)$/.test(view.lower(owner - 1)));
}

/**
 * "Peru's new offer, unveiled on Monday, would lift the quota by 12 percent, extend the licences and add a fee"; "Its
 * opening offer, in March, called for a 15 percent quota": what an offer that opens its clause would do, or holds, is
 * what it offers. The labels of those terms, or none.
 */
function offerContent(view: SentenceView, start: number, noun: number): string[] {
  if (!offerOpensClause(view, start)) return [];
  let k = noun + 1;
  // An aside between commas: "…, unveiled in Arica by the minister, would …", "…, in March, called for …", and a
  // relative clause after it ("…, unveiled by X, who heads its team, would …").
  if (view.lower(k) === ',') {
    const close = view.asideEnd(k + 1);
    const after = participleAsideEnd(view, k) ?? (close === undefined ? undefined : close + 1);
    if (after === undefined) return [];
    k = after;
    const relativeEnd = /^(who|which)$/.test(view.lower(k)) ? view.find(COMMA, k + 1, 15) : undefined;
    if (relativeEnd !== undefined) k = relativeEnd + 1;
  }
  return offerTerms(view, k);
}

/**
 * The terms an offer's verb phrase from k states: "would lift …, extend … and add …", "called for …", "includes …". Under
 * "would" or "will", any verb of what the offer does, but not what it costs, when it lapses or what becomes of it.
 */
function offerTerms(view: SentenceView, k: number): string[] {
  const labels: string[] = [];
  const modal = view.tokens.slice(k, verbAfter(view, k)).some((t) => /^(would|will)$/.test(t.lower));
  for (let verb = verbAfter(view, k); verb < view.tokens.length; ) {
    const doing = modal && view.tokens[verb]!.pos === 'VERB' && !view.negated(verb) && !isReportingVerb(view.tokens[verb]!) && !OFFER_FATE_VERBS.test(view.lemma(verb));
    const from = listStart(view, verb, modal) ?? (doing ? verb : undefined);
    if (from === undefined) break;
    const end = view.clauseEnd(from === verb ? from + 1 : from);
    labels.push(...topicsIn(view, from, end).map((topic) => topic.label));
    // "…, and add a fee of 9 dollars a tonne": a further verb joined by "and" is a further term.
    const and = view.lower(end) === 'and' ? end : view.lower(end) === ',' && view.lower(end + 1) === 'and' ? end + 1 : undefined;
    if (and === undefined) break;
    verb = verbAfter(view, and + 1);
    if (view.tokens[verb]?.pos !== 'VERB') break;
  }
  return labels;
}

/** What becomes of an offer, or what it costs or brings about, rather than what it gives: "would expire", "would cost". */
const OFFER_FATE_VERBS = /^(be|have|need|cost|mean|take|come|go|face|expire|lapse|fail|collapse|run|last|remain|stay|depend|hurt|help|save|lead|leave|make|put|require|end)$/;

/**
 * Where the things a stance's noun includes begin: after ", including" that follows the noun, past the side it is from
 * and when it was made ("the offers from the union on Monday, including …"); undefined when none follows.
 */
function includedAfter(view: SentenceView, noun: number): number | undefined {
  const comma = view.find(COMMA, noun + 1, 8);
  if (comma === undefined || view.lower(comma + 1) !== 'including') return undefined;
  const between = view.tokens.slice(noun + 1, comma);
  return between.every((t) => /^(ADP|DET|PROPN|NOUN|NUM|ADJ)$/.test(t.pos)) && (between.length === 0 || /^(from|by|on|in|last|this)$/.test(between[0]!.lower)) ? comma + 2 : undefined;
}

/** Where what "including" lists ends: at its clause's end, or at a comma before the sentence's own subject and verb ("…, no agreement could be reached"). */
function includedEnd(view: SentenceView, from: number): number {
  const end = view.clauseEnd(from);
  for (let k = from; k < end; k++) {
    if (view.lower(k) !== ',') continue;
    const verb = view.tokens.findIndex((t, j) => j > k && j <= k + 4 && (t.pos === 'AUX' || t.pos === 'VERB'));
    if (verb > 0 && !view.tokens.slice(k + 1, verb).some((t) => t.pos === 'PUNCT')) return k;
  }
  return end;
}

/** "Kestrel's offer of a 3% raise", "the union's demand for …", "a refusal by X to …", "X made a best and final offer". */
const stanceNoun: ExtractionRule = {
  name: 'stance-noun',
  predicate: 'proposes',
  match(view: SentenceView, context) {
    const results: RuleMatch[] = [];
    // "It would also create a fund …", right after an offer's terms: more of them.
    const offer = context.lastOfferTerms;
    if (offer !== undefined && offer.sentence === view.sentence.index - 1 && /^(it|this)$/.test(view.lower(0)) && /^(would|will)$/.test(view.lower(1))) {
      const labels = offerTerms(view, 1);
      if (labels.length > 0) context.lastOfferTerms = { sentence: view.sentence.index, holders: offer.holders };
      for (const label of labels) for (const subject of offer.holders) results.push({ subject, object: { kind: 'topic', label, type: 'Topic' }, confidence: 0.6 });
    }
    for (const { cls, predicate, first, noun, start } of stanceNounSpans(view)) {
      const t = view.tokens[noun]!;
      if (isAttemptBid(view, noun) || (predicate === 'agrees' && askedFor(view, start))) continue;
      // "the union demands a 9% rise": after its actor and before a determiner or a figure, the word is a verb.
      if (first === noun && view.actors.some((m) => m.tokenEnd === noun) && /^(DET|NUM)$/.test(view.tokens[noun + 1]?.pos ?? '')) continue;
      // ("A pilots' spokeswoman said the extension plan had been turned down": a stance answered in the passive is the other
      // side's, whoever reports it.)
      if (answeredInPassive(view, noun)) continue;
      const stated = holdersOf(view, start, noun, context.principals);
      // "The offer includes …", after "Kestrel made an offer": the definite noun is the one named before.
      const remembered = context.nounHolders.get(cls);
      const found = stated ?? (/^(the|its|their)$/.test(view.lower(start - 1)) && remembered ? { holders: [...remembered], via: 'speaker' as const } : undefined);
      if (!found) continue;
      if (stated) context.nounHolders.set(cls, stated.holders);
      // "The IMF warned that the first proposal …": a speaker names another's stance by a bare noun; its own has content.
      // ("the union's original demands": so does a possessive, with a word that only qualifies the noun.)
      const needsComplement = NEEDS_COMPLEMENT.has(t.lemma) || (found.via === 'possessive' && (start === noun || BARE_STANCE_NOUN.test(view.text(start, noun + 1))) && cls !== 'propose') || (found.via === 'speaker' && BARE_STANCE_NOUN.test(view.text(start, noun + 1)));
      // "…, a key Iranian demand": read once the sentence's other stances are (see appositiveStance).
      // "raised its offer to …": the revised offer's rule reads it.
      if (appositiveComma(view, start, noun) !== undefined || [start - 1, start - 2].some((verb) => verb >= 0 && revisedOffer(view, verb)?.noun === noun)) continue;
      // "Chile and opposition to reopen talks": opposing takes a noun or a gerund after "to", never a bare verb;
      // before one, "opposition" names the political opposition.
      if (/^(opposition|objection)$/.test(t.lemma) && view.lower(noun + 1) === 'to' && view.tokens[noun + 2]?.pos === 'VERB' && view.lower(noun + 2) === view.lemma(noun + 2)) continue;
      const earlier = earlierFigure(view, start, noun);
      // "Peru's main demand is a 9% cut", "Chile's last offer stood at 22%": what it is comes after the verb, which other
      // rules read; the bare noun names nothing.
      const statedAfter = AMOUNTS_TO.test(view.lower(noun + 1));
      // "Bayline's latest offer: 5 percent now, 2 percent in 2027 and a bonus": the items after a colon are what it holds.
      // ("Peru's newest counterproposal, a 9 percent quota and a 2 dollar levy, was …": so are figures in apposition
      // between commas.)
      const apposedEnd = view.lower(noun + 1) === ',' && /^(a|an)$/.test(view.lower(noun + 2)) && /^(NUM|SYM)$/.test(view.tokens[noun + 3]?.pos ?? '') ? view.find(COMMA, noun + 3, 20) : undefined;
      // ("the offers from the union, including the transfer of …", "an offer on Monday, including a 5% raise": what an offer
      // includes, past whose and when it is.)
      const including = includedAfter(view, noun);
      const listed = view.lower(noun + 1) === ':' ? topicsIn(view, noun + 2, view.find(/^[.;]$/, noun + 2) ?? view.tokens.length).map((topic) => topic.label) : apposedEnd !== undefined ? topicsIn(view, noun + 2, apposedEnd).map((topic) => topic.label) : including !== undefined && (cls === 'propose' || cls === 'demand') ? topicsIn(view, including, includedEnd(view, including)).map((topic) => topic.label) : [];
      const content = cls === 'propose' && predicate === 'proposes' && listed.length === 0 ? offerContent(view, start, noun) : [];
      const offered = listed.length === 0 && content.length === 0 && cls === 'propose' ? relativeOffer(view, noun) : [];
      const labels = (listed.length > 0 ? listed : content.length > 0 ? content : offered.length > 0 ? offered : earlier ? [earlier] : nounTopics(view, start, noun, needsComplement, Math.min(stated?.contentEnd ?? Infinity, judgementStart(view, start, noun)), stated?.contentFrom))
        // ("made an offer for Kestrel Ports": the side an offer is for is no term of it.)
        .filter((label) => !isOwnStanceNoun(label) && !(statedAfter && BARE_STANCE_NOUN.test(label)) && !namesOnlyActor(view, label))
        .map(withoutExtent);
      // ("made a 300 million euro offer for Brixley Group": when what follows only names whom it is for, the figure
      // before the noun is what it holds.)
      if (labels.length === 0 && cls === 'propose' && view.tokens.slice(start, noun).some((x) => x.pos === 'NUM')) {
        const figured = topicsIn(view, start, noun + 1, false)[0]?.label;
        if (figured !== undefined) labels.push(figured);
      }
      // (A stance let go of: see DROPPED_FACTOR.)
      const confidence = (found.via === 'verb' ? 0.65 : 0.7) * (isDropped(view, start) ? DROPPED_FACTOR : 1);
      // "Chile's memorandum requires Peru to …": what a side's text requires, the side demands; what its offer seeks
      // ("the league's opening proposal sought a ten-year deal") it offers.
      const verb = verbAfter(view, noun + 1);
      const requires = view.lexiconEntryAt('demand', 'verbs', verb) !== undefined && !(OFFERED_NOUNS.test(t.lemma) && view.lemma(verb) === 'seek');
      const stance = requires && predicate === 'proposes' ? 'demands' : predicate;
      // "The authority's latest proposal … offers A and B. It would also …": an offer that opens its clause may go on.
      if (content.length > 0 || (cls === 'propose' && stance === 'proposes' && labels.length > 0 && offerOpensClause(view, start))) context.lastOfferTerms = { sentence: view.sentence.index, holders: found.holders };
      for (const label of labels) {
        for (const subject of found.holders) results.push({ subject, predicate: stance, object: { kind: 'topic', label, type: 'Topic' }, confidence });
        noteTopic(context, { label, party: found.holders[0]?.party, sentence: view.sentence.index, at: noun, predicate: stance });
        const party = found.holders[0]?.party;
        if (party) context.lastHolder.set(predicate, party);
        context.topics.push(label);
      }
    }
    return results;
  },
};


/**
 * "the airline's previous offer in April, which offered a 6% raise": what a relative clause on an offer says it offered
 * or held, past a time after the noun.
 */
function relativeOffer(view: SentenceView, noun: number): string[] {
  let k = noun + 1;
  while (k < noun + 4 && view.tokens[k] !== undefined && view.tokens[k]!.text !== ',' && (view.tokens[k]!.pos === 'ADP' || lexicon().timeWords.has(view.lower(k)) || view.tokens[k]!.pos === 'NUM')) k++;
  if (view.lower(k) !== ',' || !/^(which|that)$/.test(view.lower(k + 1))) return [];
  const verb = k + 2;
  if (!/^(offered|included|proposed|sought|contained|promised|gave|provided)$/.test(view.lower(verb))) return [];
  const from = view.lower(verb + 1) === 'for' ? verb + 2 : verb + 1;
  return topicsIn(view, from, Math.min(view.clauseEnd(from), view.find(COMMA, from) ?? Infinity), false).map((t) => t.label);
}

/** The noun at `noun` is the subject of a passive that accepts or rejects it: "the offer has been rejected". */
function answeredInPassive(view: SentenceView, noun: number): boolean {
  let verb = noun + 1;
  let be = false;
  for (; view.tokens[verb]?.pos === 'AUX' || view.tokens[verb]?.pos === 'ADV'; verb++) if (BE_FORMS.test(view.lower(verb))) be = true;
  return be && view.tokens[verb]?.pos === 'VERB' && (['reject', 'agree'] as const).some((cls) => view.lexiconEntryAt(cls, 'verbs', verb) !== undefined);
}

/**
 * "the Front demanded a Chilean pledge to end the raids", "conditioned the release on a Chilean pledge": a noun phrase from
 * `start` that a verb of demanding governs, directly or through "on" or "for". A pledge one side asks of another is
 * asked for, not given.
 */
function askedFor(view: SentenceView, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && /^(a|an|the|any|some|firm|formal|written|clear|binding|new|further)$/.test(view.lower(k))) k--;
  if (/^(on|for|upon)$/.test(view.lower(k))) k--;
  // ("had for months conditioned every release on …": the verb's own object may stand between it and "on".)
  const verb = view.tokens.findLastIndex((t, j) => j <= k && j >= k - 6 && t.pos === 'VERB');
  if (verb < 0 || view.tokens.slice(verb + 1, k + 1).some((t) => /^(VERB|AUX|PUNCT)$/.test(t.pos))) return false;
  return view.lexiconEntryAt('demand', 'verbs', verb) !== undefined || /^(condition|call|press|push|ask)$/.test(view.lemma(verb));
}

/** The side named at k: "Meridian Health"; "Britain's Bayline Shipping" is the company, its state only qualifies it. */
function sideAt(view: SentenceView, k: number): Mention[] {
  const named = view.actorsAt(k).filter((m) => m.type !== 'Place');
  const end = named[0]?.tokenEnd;
  const owned = end !== undefined && view.lower(end) === "'s" ? view.actorsAt(end + 1).filter((m) => m.type !== 'Place' && m.type !== 'Person') : [];
  if (owned.length > 0) return owned;
  // "from U.S. rival Corvane Industries", "from Swiss drugmaker Rochard": a state's word and what the firm is, before it.
  let j = end ?? k;
  while (end !== undefined && j < end + 3 && /^(NOUN|ADJ)$/.test(view.tokens[j]?.pos ?? '') && view.tokens[j]!.text === view.lower(j)) j++;
  const described = j > (end ?? k) ? view.actorsAt(j).filter((m) => m.type === 'Party' && m.party !== named[0]?.party) : [];
  return described.length > 0 ? described : named;
}

/**
 * The comma before a stance noun in apposition without a complement ("…, a key Iranian demand"), or undefined. A
 * relative clause may follow it ("…, a key Kremlin demand that the chancellor had long resisted").
 */
function appositiveComma(view: SentenceView, start: number, noun: number): number | undefined {
  // "a key Kremlin demand": adjectives and a side may qualify the noun.
  let before = start - 1;
  while (before > 0 && (view.tokens[before]!.pos === 'ADJ' || view.actors.some((m) => m.tokenStart <= before && before < m.tokenEnd))) before--;
  const comma = /^(a|an|the)$/.test(view.lower(before)) ? before - 1 : before;
  if (view.lower(comma) !== ',' || comma <= 0) return undefined;
  const relative = /^(that|which)$/.test(view.lower(noun + 1)) ? noun + 2 : noun + 1;
  return !COMPLEMENT_OPENERS.test(view.lower(noun + 1)) || relativeVerb(view, relative) !== undefined ? comma : undefined;
}

/** "the chancellor had long resisted.": the actor right at k, then its verb closing the clause; the verb's index. */
function relativeVerb(view: SentenceView, k: number): number | undefined {
  const actor = view.actors.filter((m) => m.tokenStart >= k && m.tokenStart <= k + 6 && STANCE_ACTORS.has(m.type)).at(-1);
  if (actor === undefined || view.tokens.slice(k, actor.tokenStart).some((t) => t.pos === 'VERB' || t.pos === 'PUNCT')) return undefined;
  // "the smaller Civic Union party refused": the kind noun after the name.
  const head = view.tokens[actor.tokenEnd];
  const verb = verbAfter(view, head?.pos === 'NOUN' && head.text === head.lower && (head.lower === 'party' || lexicon().organisationKinds.has(head.lemma)) ? actor.tokenEnd + 1 : actor.tokenEnd);
  return view.tokens[verb]?.pos === 'VERB' ? verb : undefined;
}

/** When the stance noun at `noun` stands in apposition after a comma ("…, a key Iranian demand that …"). */
export function isAppositiveStanceNoun(view: SentenceView, noun: number): boolean {
  return [...stanceNounSpans(view)].some((span) => span.noun === noun && appositiveComma(view, span.start, noun) !== undefined);
}

/**
 * The stance nouns of a sentence, tagged as nouns: the lexicon class and stance of each, the first and last token of
 * its entry, and where the words qualifying it begin.
 */
function* stanceNounSpans(view: SentenceView): Generator<{ cls: LexiconClass; predicate: Predicate; first: number; noun: number; start: number }> {
  for (const [cls, predicate] of NOUN_STANCES) {
    for (const [first, noun] of view.lexiconMatches(cls, 'nouns')) {
      if (view.tokens[noun]!.pos !== 'NOUN' && view.tokens[noun]!.pos !== 'PROPN' && !nounAfterDemonym(view, noun) && !nounAfterPossessive(view, noun)) continue;
      yield { cls, predicate, first, noun, start: first === noun ? modifiersStart(view, noun) : first };
    }
  }
}

/** The stance each verb class states of its subject, for a verb after a stance noun in apposition. */
const VERB_STANCES: readonly (readonly [LexiconClass, Predicate])[] = [
  ['reject', 'rejects'],
  ['demand', 'demands'],
  ['propose', 'proposes'],
  ['agree', 'agrees'],
];

/**
 * "refused to remove the group from its list, a key Iranian demand", "Hamas demanded an end to the war, a condition
 * Israel has repeatedly rejected": a stance noun in apposition names the topic the sentence read just before its
 * comma. Its holder holds that topic; so does, with the verb's stance, a side that acts on it in a clause after it.
 */
const appositiveStance: ExtractionRule = {
  name: 'stance-noun.apposition',
  predicate: 'demands',
  match(view: SentenceView, context) {
    const results: RuleMatch[] = [];
    for (const { predicate, noun, start } of stanceNounSpans(view)) {
      const comma = appositiveComma(view, start, noun);
      if (comma === undefined) continue;
      const referent = topicBefore(view, context.topics, comma);
      if (referent === undefined) continue;
      const object = { kind: 'topic', label: referent, type: 'Topic' } as const;
      for (const subject of holdersOf(view, start, noun, context.principals)?.holders ?? []) results.push({ subject, predicate, object, confidence: 0.65 });
      // "a condition Israeli Prime Minister X has repeatedly rejected": the actors right after the noun, then their verb.
      const relative = /^(that|which)$/.test(view.lower(noun + 1)) ? noun + 2 : noun + 1;
      const relativeMatch = stanceOfRelative(view, relative, object);
      if (relativeMatch !== undefined) results.push(relativeMatch);
    }
    // "Lima sought the unfreezing of its funds, which Chilean negotiators ruled out.": a clause after ", which" with a
    // side and its stance verb and no object of its own takes that stance on the topic read last before the comma.
    for (let comma = 1; comma < view.tokens.length; comma++) {
      if (view.lower(comma) !== ',' || view.lower(comma + 1) !== 'which') continue;
      const referent = topicBefore(view, context.topics, comma);
      const match = referent === undefined ? undefined : stanceOfRelative(view, comma + 2, { kind: 'topic', label: referent, type: 'Topic' });
      if (match !== undefined && !results.some((r) => r.subject === match.subject && r.predicate === match.predicate)) results.push(match);
    }
    return results;
  },
};

/** The topic read last before token `comma`: the one whose label ends nearest to it. */
function topicBefore(view: SentenceView, topics: readonly string[], comma: number): string | undefined {
  const before = view.text(0, comma);
  let referent: string | undefined;
  let end = -1;
  for (const label of topics) {
    const at = before.lastIndexOf(label);
    if (at >= 0 && at + label.length > end) [referent, end] = [label, at + label.length];
  }
  return referent;
}

/**
 * "… that the chancellor had long resisted", "… which Peru turned down in May": a relative clause from token
 * `relative` holding a side and its stance verb, which closes the clause with an infinitive or a time at most. That
 * side's stance on `object`, or undefined.
 */
function stanceOfRelative(view: SentenceView, relative: number, object: RuleMatch['object']): RuleMatch | undefined {
  const verb = relativeVerb(view, relative);
  if (verb === undefined || view.negated(verb)) return undefined;
  const actor = view.actors.filter((m) => m.tokenStart >= relative && m.tokenEnd <= verb && STANCE_ACTORS.has(m.type)).at(-1)!;
  // ("a condition Serbia called unacceptable": a side that judges the noun with a word of refusal turns it down.)
  const judged = /^(call|describe|brand|label|deem|dismiss)$/.test(view.lemma(verb)) ? (view.lower(verb + 1) === 'as' ? verb + 2 : verb + 1) : undefined;
  const quoteOpen = judged !== undefined && /^["“]$/.test(view.tokens[judged]?.text ?? '') ? judged + 1 : judged;
  if (quoteOpen !== undefined && view.lexiconEntryAt('reject', 'words', quoteOpen) !== undefined) return { subject: actor, predicate: 'rejects', object, confidence: 0.65 };
  for (const [verbs, stance] of VERB_STANCES) {
    const last = view.lexiconEntryAt(verbs, 'verbs', verb);
    // "… the government turned down in May.", "… refused to accept.": the verb, or its phrase, with an
    // infinitive or a time phrase, ends the clause.
    if (last === undefined) continue;
    const infinitive = view.lower(last + 1) === 'to' && view.tokens[last + 2]?.pos === 'VERB' ? last + 3 : last + 1;
    if (!/^[.,;]$/.test(view.tokens[afterTimePhrase(view, infinitive)]?.text ?? '.')) continue;
    return { subject: actor, predicate: stance, object, confidence: 0.65 };
  }
  return undefined;
}

/** Where a sentence's words start, past a list bullet, an item's number or letter ("1.", "2)", "(c)") or a quotation mark. */
function listItemStart(view: SentenceView): number {
  const start = itemStart(view.tokens) ?? (opensBeforeSubject(view.lower(0)) ? 1 : 0);
  // "Second, the company will keep 40 ferries.": a list told in prose numbers its items in words.
  return numbersItem(view.lower(start)) && view.lower(start + 1) === ',' ? start + 2 : start;
}

/** A word that numbers an item of a list told in prose: "First", "Secondly", "Finally". */
function numbersItem(word: string): boolean {
  return ordinalWords().has(word) || (word.endsWith('ly') && ordinalWords().has(word.slice(0, -2))) || word === 'finally' || word === 'lastly';
}

/** A modal or a conditional before a verb: what sides would or must agree is not yet agreed. */
const UNASSERTED_MODALS_BEFORE = /\b(will|would|must|should|could|might|may|if|unless|to)\b/i;

/** Words of a heading over what a deal holds: "What's in the deal", "Key terms", "What the nurses won". */
const TERMS_HEADING = /\b(?:deal|agreement|accord|contract|terms|provisions|points|details|agreed|gets?|won|wins)\b|\bdid\b.*\bagree\b/i;
/** Words of such a heading that say a deal was made: "What was agreed", "Inside the deal", "What did they agree?". */
const DEAL_HEADING = /\b(?:deal|agreement|accord|contract|agreed)\b|\bdid\b.*\bagree\b/i;

/**
 * An explainer's question on what a deal made will do: "How much will Bayline pay?", "Who will run the fund?" (not
 * "What will happen next?").
 */
const TERMS_QUESTION = /^(?=.*\b(?:will|shall|receive|receives|pay|pays|gain|gains)\b)(?!.*\b(?:next|happen|now|says?|think|react)\b)/i;

/** Words at most of a heading over a deal's terms. */
const TERMS_HEADING_WORDS = 8;

/**
 * The noun phrases a list from `from` states, each up to a semicolon or the full stop; none when the list reports what
 * someone said, and no item that is a clause of its own.
 */
function listedTerms(view: SentenceView, from: number): string[] {
  if (view.tokens.some((t) => (t.pos === 'VERB' && isReportingVerb(t)) || /^["“”]$/.test(t.text))) return [];
  const labels: string[] = [];
  for (let start = from; start < view.tokens.length; ) {
    const end = view.find(/^(;|\.)$/, start) ?? view.tokens.length;
    // "87 percent voted yes" is a clause; "30 posts, paid for by the region", "the 40 fishermen held at Arica" are
    // noun phrases: a verb in the past right after a short subject with no article opens a clause.
    const pastAfterSubject = (t: Token, k: number): boolean => t.pos === 'VERB' && k - start <= 3 && view.tokens[start]!.pos !== 'DET' && /^(NOUN|PROPN|PRON)$/.test(view.tokens[k - 1]?.pos ?? '') && view.lower(k + 1) !== 'by';
    const clause = view.tokens.slice(start, end).some((t, n) => t.pos === 'AUX' || (t.pos === 'VERB' && isPresentVerb(t)) || pastAfterSubject(t, start + n));
    // ("- The money." is a run-in heading over the term that follows it, no term itself.)
    // ("- Fleet: 120 boats." has its run-in heading before the colon.)
    const runIn = start === from && view.lower(from - 1) !== ':' && end - start <= 3 && end >= view.tokens.length - 1;
    const label = !clause && !runIn && /^(DET|NUM|ADJ|NOUN|SYM)$/.test(view.tokens[start]?.pos ?? '') ? topicsIn(view, start, end, false)[0]?.label : undefined;
    if (label !== undefined) labels.push(label);
    start = end + 1;
  }
  return labels;
}

/** Nouns for the parts a deal is counted in: "four main parts", "three points". */
const DEAL_PART_NOUNS = ['elements', 'parts', 'points', 'provisions', 'components', 'pillars', 'planks', 'items', 'terms', 'commitments'];
const DEAL_PARTS = new RegExp(`^(${DEAL_PART_NOUNS.join('|')})$`);

/** Nouns for what a deal holds, when they open a sentence on it: "Highlights of the agreement include …". */
const DEAL_TERM_PARTS = new RegExp(`^(highlights|details|features|${DEAL_PART_NOUNS.join('|')})$`);

/**
 * "the envoy said a joint patrol was among the key provisions of the pact": where a deal's noun at `first` closes "is
 * (one) of the parts of the" or "is among the parts of the", the words from the clause's start to the copula, which name
 * the term.
 */
function partOfDealBefore(view: SentenceView, first: number): { from: number; to: number } | undefined {
  let k = first - 1;
  if (/^(the|this|that|its|their)$/.test(view.lower(k))) k--;
  if (view.lower(k) !== 'of' || !DEAL_PARTS.test(view.lower(k - 1))) return undefined;
  k -= 2;
  while (k > 0 && (view.tokens[k]!.pos === 'ADJ' || /^(key|main|central|core)$/.test(view.lower(k)))) k--;
  if (view.lower(k) === 'the') k--;
  if (view.lower(k) === 'of' && view.lower(k - 1) === 'one') k -= 2;
  else if (view.lower(k) === 'among') k--;
  else return undefined;
  if (!/^(is|are|was|were|remains|remain)$/.test(view.lower(k))) return undefined;
  const to = k;
  let from = to;
  while (from > 0 && !/^(,|;|:|"|“|that)$/.test(view.lower(from - 1)) && !isReportingVerb(view.tokens[from - 1]) && to - from < 20) from--;
  return to > from ? { from, to } : undefined;
}

/** "The accord has four main parts.", "The deal contains three key points:": a deal, as subject, counts its parts. */
function countsItsParts(view: SentenceView): boolean {
  const [first, noun] = view.lexiconMatches('deal', 'nouns')[0] ?? [];
  if (first === undefined || noun === undefined || first > 3 || !/^(have|contain|include|comprise)$/.test(view.lemma(noun + 1))) return false;
  let k = noun + 2;
  if (view.tokens[k]?.pos !== 'NUM') return false;
  k++;
  while (view.tokens[k]?.pos === 'ADJ') k++;
  return DEAL_PARTS.test(view.lower(k)) && /^(\.|:)$/.test(view.lower(k + 1));
}

/** "The deal was reached …", "An accord has been signed …": a deal noun, a form of "be" and a verb of making a deal. */
function reachedInPassive(view: SentenceView): boolean {
  return view.lexiconMatches('deal', 'nouns').some(([first, last]) => {
    // ("before any agreement is signed", "if a deal is reached": one still to come.)
    if (view.find(/^(before|if|unless|until|once|when|whether|any|no)$/, Math.max(0, first - 3), Math.min(3, first)) !== undefined) return false;
    let verb = last + 1;
    if (!/^(was|were|has|have|had|is|are)$/.test(view.lower(verb))) return false;
    verb++;
    if (view.lower(verb) === 'been') verb++;
    return makesDealAt(view, verb);
  });
}

/**
 * "The deal provides for A, B and C and would require D", "It sets out that …" (after a sentence naming the deal),
 * "signed a deal with X, laying out Y": each item is agreed by each side.
 */
const dealTerms: ExtractionRule = {
  name: 'agrees.deal-terms',
  predicate: 'agrees',
  match(view: SentenceView, context) {
    if (dealSides(context).length < 2) return [];
    const results: RuleMatch[] = [];
    // "What the nurses won", "Key terms": a heading on what a deal reached earlier holds opens the list of its terms.
    // ("Left out of the deal" lists what the deal leaves out: its terms end there.)
    // (A live blog's entries, bullets without a full stop, are no headings; nor is a headline's whole sentence.)
    // ("So what was agreed?": an explainer's question over the answer heads it as a heading does.)
    const question = view.tokens.at(-1)?.text === '?' && view.sentence.index > 0;
    const shortHeading = (view.sentence.heading || question) && !BULLETS.test(view.lower(0)) && view.tokens.length <= TERMS_HEADING_WORDS;
    // (Another heading ends the list.)
    if (shortHeading) context.termsHeading = undefined;
    // ("What was agreed" says a deal was made; "What the nurses won" needs one the article reported.)
    const onTerms = TERMS_HEADING.test(view.sentence.text) || (question && context.lastDealReached !== undefined && TERMS_QUESTION.test(view.sentence.text));
    if (shortHeading && (context.lastDealReached !== undefined || DEAL_HEADING.test(view.sentence.text)) && onTerms) {
      const leftOut = view.tokens.some((t) => isNegation(t)) || /\b(?:without|left out|gave up|dropped|missing)\b/i.test(view.sentence.text);
      context.lastDealReached = leftOut ? undefined : view.sentence.index;
      context.termsHeading = context.lastDealReached;
      context.lastTermsSentence = undefined;
      context.bridgesSinceDeal = 0;
      return [];
    }
    // ("Finance stays with us", a heading over the next part of the story after the terms: they end with the part before.)
    if (shortHeading && view.sentence.heading && !onTerms) {
      context.lastOtherHeading = view.sentence.index;
      return [];
    }
    // "The deal was reached on 17 June in Lima": a deal reached in the passive, with no object but its time and place,
    // opens the terms stated after it.
    if (reachedInPassive(view)) {
      context.lastDealReached = view.sentence.index;
      context.bridgesSinceDeal = 0;
    }
    // "The key terms are known.", after a deal made: a short sentence on the terms opens them again.
    if (context.lastDealReached !== undefined && view.tokens.length <= 8 && /^(?:the |its |their )?(?:main |key |final )?(?:terms|provisions)\b/i.test(view.text(0, 4)) && !view.tokens.some((t) => t.text === ':')) {
      context.lastDealReached = view.sentence.index;
      context.bridgesSinceDeal = 0;
      return [];
    }
    // "The accord has four main parts.": a deal that counts its parts heads the terms told after it.
    if (countsItsParts(view)) {
      context.lastDealReached = view.sentence.index;
      context.termsHeading = view.sentence.index;
      context.lastTermsSentence = undefined;
      context.bridgesSinceDeal = 0;
      return [];
    }
    // "The two associations agreed on the following:": the numbered items after it are the deal's terms.
    const colon = view.tokens.at(-1)?.text === ':' ? view.tokens.length - 1 : -1;
    // ("the Parties AGREED as follows:": a verb in capitals, as communiqués write it, whatever the tagger made of it.)
    const agreedAt = view.tokens.findIndex((t, n) => n < colon && ((t.pos === 'VERB' && t.lemma === 'agree') || /^agreed$/.test(t.lower)));
    if (colon > 2 && ANNOUNCING.test(view.text(colon - 2, colon).replace(/^\S+ (?=as follows)/i, '')) && (agreedAt >= 0 || view.tokens.some((t, n) => n < colon && /^agree$/.test(t.lower)))) {
      context.lastDealReached = view.sentence.index;
      context.bridgesSinceDeal = 0;
      return [];
    }
    // "The mediator then read out what the two sides had agreed:": the list after it holds the terms, as
    // after a heading on them. (Not "will have to agree on the following:", nor what was not agreed.)
    // "The main terms, according to the published text:", after a deal reached: a sentence that opens on the terms and ends in a colon.
    // ("Under the draft accord, as the union summarised it for members:" opens them too.)
    const underDeal = UNDER_OPENERS.has(view.lower(0)) && view.lexiconMatches('deal', 'nouns').some(([, noun]) => noun <= 5);
    const termsOpen = colon > 2 && context.lastDealReached !== undefined && (underDeal || /^(?:the |its |their )?(?:main |key |final )?(?:terms|provisions|details|main points|key points)\b/i.test(view.text(0, Math.min(4, colon))));
    if (termsOpen || (colon > 2 && agreedAt >= 0 && /ed$/.test(view.lower(agreedAt)) && !view.negated(agreedAt) && !UNASSERTED_MODALS_BEFORE.test(view.text(Math.max(0, agreedAt - 3), agreedAt)))) {
      context.lastDealReached = view.sentence.index;
      context.termsHeading = view.sentence.index;
      context.lastTermsSentence = undefined;
      context.bridgesSinceDeal = 0;
      return [];
    }
    // The items after a listing verb, and after each further listing verb joined by "and": "calls for A and would require B".
    const termsFrom = (verb: number, at: number, broad: boolean): void => {
      for (let v: number | undefined = verb; v !== undefined; ) {
        const from = listStart(view, v, broad);
        if (from === undefined) return;
        // "sets out that drivers can …": from "that" on, so that the clause's own verb is read as part of it; what a
        // deal says is a clause, with or without "that".
        const said: boolean = /^(say|state)$/.test(view.lemma(v)) && view.lower(from - 1) !== 'that';
        const clause = view.lower(from - 1) === 'that' || said;
        // ("The accord said Chile and the Front were bound to …": a clause without "that" runs to the sentence's end.)
        // (A term that opens on its verb, "raises wages by 4 percent and sets up …", ends at the next verb's clause.)
        const end: number = said ? (view.find(/^(;|\.|:)$/, from) ?? view.tokens.length) : view.clauseEnd(clause ? from - 1 : from === v ? from + 1 : from);
        // ("a communiqué said both sides had agreed to …": what a text reports the sides did is theirs to read,
        // by the rules of that verb, no term the text states.)
        if (said && view.tokens.slice(from, end).some((t, n) => t.pos === 'VERB' && (['agree', 'reject'] as const).some((cls) => view.lexiconEntryAt(cls, 'verbs', from + n) !== undefined))) return;
        for (const topic of topicsIn(view, from, end, !clause)) agreed(topic.label, at);
        v = view.lower(end) === 'and' ? verbAfter(view, end + 1) : undefined;
        // "…, while Peruvian boats would stay south of the line": what a party would do, joined to the terms.
        if (v === undefined && view.lower(end) === ',' && /^(while|whereas)$/.test(view.lower(end + 1))) termClauses(end + 2, at);
      }
    };
    const agreed = (label: string, at: number): void => {
      for (const side of dealSideMentions(view, at, context)) results.push({ subject: side, object: { kind: 'topic', label, type: 'Topic' }, confidence: 0.65 });
    };
    // Clauses of what a party would do, "A would B, and C would D", each a term; false when none was read.
    const termClauses = (start: number, at: number): boolean => {
      let read = false;
      for (let from: number | undefined = start; from !== undefined; ) {
        const clause = termClause(view, from);
        if (!clause) break;
        agreed(clause.label, at);
        if (clause.second) agreed(clause.second, at);
        read = true;
        const next = view.lower(clause.end) === ',' ? clause.end + 1 : clause.end;
        from = /^(and|while|whereas)$/.test(view.lower(next)) ? next + 1 : undefined;
      }
      return read;
    };
    // "the sides agreed as follows: a truce will begin …; the navy will pull back …; and both will
    // release …": clauses after the colon, one to each semicolon, are the terms both agreed.
    const inline = view.tokens.findIndex((t, n) => t.text === ':' && n > 2 && n + 2 < view.tokens.length && ANNOUNCING.test(view.text(n - 2, n)));
    const inlineAgreed = inline > 0 ? view.tokens.findIndex((t, n) => n < inline && t.pos === 'VERB' && t.lemma === 'agree' && !view.negated(n)) : -1;
    if (inlineAgreed >= 0 && sidesOfDeal(view.subjectOf(inlineAgreed), context.principals, true) !== undefined) {
      for (let from = inline + 1; from < view.tokens.length; ) {
        const semicolon = view.find(new Set([';']), from) ?? view.tokens.length;
        const start = view.lower(from) === 'and' ? from + 1 : from;
        const clause = termClause(view, start);
        if (clause !== undefined && clause.end <= semicolon) agreed(clause.label, inlineAgreed);
        from = semicolon + 1;
      }
      context.lastDealReached = view.sentence.index;
      context.lastTermsSentence = view.sentence.index;
      context.bridgesSinceDeal = 0;
      return results;
    }
    // The deal must be the subject of its clause: nothing but its qualifiers between the clause's start and it.
    const opensClause = (first: number): boolean => {
      const start = modifiersStart(view, first);
      const opener = start - 1 - (/^(a|an|the|this|that|its|their)$/.test(view.lower(start - 1)) ? 1 : 0);
      // ("The union said the three-year deal includes …", "said that the deal provides …": what a side reports the deal
      // holds; what analysts or critics say it does is their reading.)
      const reported = (k: number): boolean => view.tokens[k]?.pos === 'VERB' && isReportingVerb(view.tokens[k]!) && view.subjectOf(k).some((m) => m.type === 'Party' || m.party !== undefined);
      // ("Main features of the new contract include …", "Key terms of the deal are …": the deal's parts, opening the
      // sentence, are its terms too.)
      const partsStart = (): number => {
        let q = opener - 2;
        if (view.tokens[q]?.pos === 'ADJ' || /^(key|main|other|major|further)$/.test(view.lower(q))) q--;
        return view.lower(q) === 'the' ? q : q + 1;
      };
      const partsOpening = view.lower(opener) === 'of' && DEAL_TERM_PARTS.test(view.lower(opener - 1)) && partsStart() === listItemStart(view);
      return opener < 0 || partsOpening || /^(,|;|:|"|and|but)$/.test(view.lower(opener)) || (opener === 0 && opensBeforeSubject(view.lower(0))) || reported(opener) || (view.lower(opener) === 'that' && reported(opener - 1));
    };
    // The deal, or the text that records it ("The communique also commits the government to …").
    // ("The plan included …": a text that is one side's offer, a plan or an initiative, states what that side proposes,
    // as stance-noun reads it, no terms both agreed.)
    const offered = ([, noun]: readonly [number, number]): boolean => view.lexiconEntryAt('propose', 'nouns', noun) !== undefined && view.lexiconEntryAt('deal', 'nouns', noun) === undefined;
    const deals = [...view.lexiconMatches('deal', 'nouns'), ...view.lexiconMatches('document', 'nouns').filter((match) => !offered(match))]
      .filter(([, noun], n, all) => (view.tokens[noun]!.pos === 'NOUN' || view.tokens[noun]!.pos === 'PROPN') && all.findIndex(([, other]) => other === noun) === n)
      .sort(([a], [b]) => a - b);
    for (const [first, noun] of deals) {
      // "a joint patrol was among the key provisions of the pact": what the subject before the copula names is a term.
      const part = partOfDealBefore(view, first);
      if (part !== undefined) {
        const label = topicsIn(view, part.from, part.to, false)[0]?.label;
        if (label !== undefined) agreed(label, noun);
      }
      // ", laying out a timetable …": a participle of a listing verb after the deal's clause states its terms.
      const comma = view.find(COMMA, noun + 1, 8);
      // ", including …" adds to the noun before it, and a "but" between starts another thought.
      // The deal is one a verb says was made ("signed a deal …, laying out"), not one merely spoken of.
      // ("urged them to clinch an accord, citing …": a deal sought is none made.)
      const made = [1, 2, 3, 4].some((n) => (view.lexiconEntryAt('sign', 'verbs', first - n) !== undefined || view.lexiconEntryAt('reach-deal', 'verbs', first - n) !== undefined) && view.lower(first - n - 1) !== 'to');
      const participle = made && comma !== undefined && view.lower(comma + 1).endsWith('ing') && view.lower(comma + 1) !== 'including';
      if (participle && view.find(/^(but|—|–)$/, noun + 1, comma - noun) === undefined && !view.actors.some((m) => m.tokenStart > noun && m.tokenStart < comma && m.type === 'Person')) termsFrom(comma + 1, noun, false);
      // "signed a new side letter with the two operators in May guaranteeing no layoffs and keeping the night shift":
      // without a comma, a participle after the deal made and the phrases that say with whom and when states its terms,
      // and so does each participle joined to it by "and".
      const bare = made && !participle ? participleAfter(view, noun + 1) : undefined;
      for (let v: number | undefined = bare; v !== undefined; ) {
        const from = listStart(view, v, true) ?? v;
        const clauseEnd = view.clauseEnd(from === v ? from + 1 : from);
        const joined = view.tokens.findIndex((t, j) => j > from && j < clauseEnd && t.lower === 'and' && isGerund(view, j + 1));
        const end = joined > 0 ? joined : clauseEnd;
        for (const topic of topicsIn(view, from, end, from !== v)) agreed(topic.label, noun);
        v = view.lower(end) === 'and' && isGerund(view, end + 1) ? end + 1 : undefined;
      }
      // "voted in favour of the deal, which raises salaries by 12 percent and adds 400 posts": a relative clause in the
      // present on a deal already made states its terms.
      const which = view.lower(noun + 1) === ',' ? noun + 2 : noun + 1;
      const known = context.lastDealReached !== undefined || view.lower(modifiersStart(view, first) - 1) === 'the';
      if (/^(which|that)$/.test(view.lower(which)) && known && view.tokens[which + 1]?.pos === 'VERB' && isPresentVerb(view.tokens[which + 1]!) && !isProcessVerb(view, which + 1)) termsFrom(which + 1, noun, true);
      if (!opensClause(first)) continue;
      // "The deal is 40 miles, plus a review in two years", after a deal was reached: what it amounts to.
      if (context.lastDealReached !== undefined && /^(is|was)$/.test(view.lower(noun + 1)) && /^(NUM|SYM)$/.test(view.tokens[noun + 2]?.pos ?? '')) {
        for (const topic of topicsIn(view, noun + 2, view.clauseEnd(noun + 2), true)) agreed(topic.label, noun);
        continue;
      }
      // "The deal, initialled in Nouakchott after a fifth round, allows …": an aside between the deal and its verb.
      // An aside that opens with a participle may run long ("concluded after a night of talks at the tribunal in Lima
      // chaired by …").
      // ("The contract, in force from May 1, 2026, to April 30, 2029, would include …": an aside that holds dates with
      // commas ends at the comma its verb follows.)
      const longAside = isPastForm(view.tokens[noun + 2]);
      let asideEnd = view.lower(noun + 1) === ',' ? view.find(COMMA, noun + 2, longAside ? 28 : 16) : undefined;
      while (asideEnd !== undefined && view.tokens[verbAfter(view, asideEnd + 1)]?.pos !== 'VERB') asideEnd = view.find(COMMA, asideEnd + 1, noun + 30 - asideEnd);
      termsFrom(verbAfter(view, asideEnd === undefined ? noun + 1 : asideEnd + 1), noun, true);
    }
    for (const [, noun] of deals) {
      // "concluded with a landmark agreement: rich nations will provide …": the clause after the colon is its terms.
      // (A deal made, not one demanded: "demanded a fair settlement: 9% now …" states a demand.)
      const made = view.tokens.slice(0, noun).some((t, n) => t.pos === 'VERB' && SETTLING_CLASSES.some((cls) => view.lexiconEntryAt(cls, 'verbs', n) !== undefined));
      if (view.lower(noun + 1) !== ':' || !made) continue;
      const label = topicsIn(view, noun + 2, view.find(/^(;|\.|!|\?)$/, noun + 2) ?? view.tokens.length, false)[0]?.label;
      if (label) for (const side of dealSideMentions(view, noun, context)) results.push({ subject: side, object: { kind: 'topic', label, type: 'Topic' }, confidence: 0.6 });
    }
    // "It sets out that people can …": "it" is the deal the sentence before named, or the deal an "it" opening the
    // sentence before stood for ("It is for the citizens. It sets out …").
    if (deals.length === 0 && context.lastDealSentence === view.sentence.index - 1) {
      const subject = opensBeforeSubject(view.lower(0)) ? 1 : 0;
      // ("… written into the agreement. It has also called for …": a text states its terms in the present; what "it" did
      // or has done is a side's act.)
      const verb = verbAfter(view, subject + 1);
      const done = (/ed$/.test(view.lower(verb)) || view.tokens.slice(subject + 1, verb).some((t) => /^(has|have|had)$/.test(t.lower)));
      if (/^(it|this)$/.test(view.lower(subject)) && !done) {
        termsFrom(verbAfter(view, subject + 1), subject, false);
        context.lastDealSentence = view.sentence.index;
      }
    }
    // "Thousands of troops would deploy in the south, and a panel would monitor compliance", after a sentence of terms:
    // the terms run on, as long as no one is quoted or reported. "Rookie deals will be guaranteed for two years", a
    // sentence or two after both sides reached a deal: what will be, said of no side, is a term too.
    // '"…," the council said': what one side reports, in quotation or after a comma, is no term both agreed.
    const attributed = view.tokens.some((t, j) => isReportingVerb(t) && view.lower(j - 1) !== 'that' && view.actors.some((m) => m.tokenEnd === j && view.lower(m.tokenStart - 1) === ','));
    const quoted = attributed || view.tokens.some((t) => /^["“”]$/.test(t.text));
    // "3. Bayline will pay a bonus.": an item numbered or bulleted under a heading on the terms is one of them however
    // far down the list.
    const itemUnderHeading = context.termsHeading !== undefined && itemStart(view.tokens) !== undefined;
    // ("… an automatic extension of their contracts": a deal's noun inside a term is no deal the sentence is about; nor
    // is one listed after a heading on the terms, "Its main points: a truce on the river from 1 June; …".)
    const headingColon = view.find(new Set([':']), listItemStart(view), 5);
    const listedAfter = headingColon !== undefined && TERMS_HEADING.test(view.text(listItemStart(view), headingColon)) ? headingColon : undefined;
    // ("- A ceasefire of 90 days, extendable.": a deal's noun in an item listed under a heading on the terms is a term.)
    const itemOfTerms = BULLETS.test(view.lower(0)) && context.termsHeading !== undefined;
    // ("How much will Bayline pay?": a question states nothing.)
    const asked = view.tokens.at(-1)?.text === '?';
    if (!deals.some(([first]) => opensClause(first) && !itemOfTerms && !(listedAfter !== undefined && first > listedAfter)) && results.length === 0 && !quoted && !asked) {
      const itemStartsAt = listItemStart(view);
      // "Until the plant is certified, Kestrel will supply …": a clause of time that opens the sentence says when the
      // term after its comma holds.
      const timeClauseEnd = /^(until|once|after|before)$/.test(view.lower(itemStartsAt)) ? view.find(COMMA, itemStartsAt + 2, 14) : undefined;
      const start = timeClauseEnd === undefined ? itemStartsAt : timeClauseEnd + 1;
      // "While the deal represents a major commitment, …": a subordinate clause that opens the sentence states no term.
      // ("Under the agreement, …" is terms.under's.)
      const underDeal = UNDER_OPENERS.has(view.lower(start)) && deals.some(([first]) => first <= start + 4);
      // ("Pensions remain unresolved": what the deal leaves open is none of its terms.)
      const leftOpen = /\b(?:unresolved|unsettled|outstanding|sticking points?|(?:yet|still|remains?) to be (?:agreed|settled|resolved|negotiated|decided))\b/i.test(view.sentence.text);
      const subordinate = underDeal || leftOpen || /^(while|although|though|if|when|as|because|since|whereas|unless|after|before|once|until)$/.test(view.lower(start));
      // ("In return, the union will …" runs on past its opener as the first term after the deal does.)
      const ranOn = !subordinate && context.lastTermsSentence === view.sentence.index - 1 && termClauses(exchangeOpenerEnd(view, start), 0);
      const told = Math.max(context.lastDealReached ?? -1, context.lastTermsSentence ?? -1);
      const headedSince = context.lastOtherHeading !== undefined && context.lastOtherHeading > told;
      // ("Fiji's reefs span a vast area of ocean", a paragraph of background after the deal's: terms told
      // in running text stay in the paragraph of the deal or of the terms before them; a list's items run on.)
      // (A heading, a question or a colon on the terms opens them in the paragraph after it.)
      const toldSentence = told >= 0 ? context.article.sentences[told] : undefined;
      const opening = (sentence: Sentence | undefined): boolean => sentence !== undefined && (sentence.heading || /[?:]\s*$/.test(sentence.text));
      const opensTerms = opening(toldSentence) || opening(context.article.sentences[view.sentence.index - 1]);
      const sinceParagraph = toldSentence !== undefined && !opensTerms && !BULLETS.test(view.lower(0)) && itemStart(view.tokens) === undefined && !sameParagraph(context.article, told, view.sentence.index);
      const since = itemUnderHeading ? 0 : context.lastDealReached === undefined || headedSince || sinceParagraph ? Infinity : view.sentence.index - told - context.bridgesSinceDeal;
      if (!ranOn && !subordinate && since <= TERMS_AFTER_DEAL) {
        // "The big one: players will receive …": a short heading before a colon.
        const colon = view.find(new Set([':']), start, 5);
        const from = reportedSidesClause(view, exchangeOpenerEnd(view, colon === undefined ? start : colon + 1));
        // ("The government, in turn, will …": a side set off by an aside is read as that side's part, without the aside.)
        const sideSetOff = view.actors.some((m) => (m.tokenStart === from || (m.tokenStart === from + 1 && view.tokens[from]!.pos === 'DET')) && view.lower(m.tokenEnd) === ',');
        const setOffPart = sideSetOff ? sideCommitment(view, from, context) : [];
        const clause = setOffPart.length > 0 ? undefined : termClause(view, from, true, itemUnderHeading);
        if (setOffPart.length > 0) results.push(...setOffPart);
        else if (clause) {
          agreed(clause.label, 0);
          if (clause.second) agreed(clause.second, 0);
          // "Night shifts will be limited to four, and the company will put $200,000 into a fund": the next clause, with a
          // subject and a modal of its own, is a term too ("…, while duties on its goods will drop to 10%" too).
          let end = clause.end;
          for (let n = 0; n < 3; n++) {
            const next = view.lower(end) === ',' && /^(and|while|whereas)$/.test(view.lower(end + 1)) ? end + 2 : view.lower(end) === 'and' ? end + 1 : undefined;
            const more = next === undefined ? undefined : termClause(view, next, true);
            if (more === undefined) {
              // ("…, and the company will pay …": what a side will do, named with it.)
              if (next !== undefined) results.push(...sideCommitment(view, next, context));
              break;
            }
            agreed(more.label, 0);
            end = more.end;
          }
        } else {
          const parts = sideCommitment(view, from, context);
          results.push(...parts);
          // "- Pay: a 5 percent raise this year and 2 percent next year.", "Its main points: a truce on the river from 1 June;
          // the return of 40 fishermen; …": noun phrases listed after a deal are its terms.
          const listed = (BULLETS.test(view.lower(0)) && context.termsHeading !== undefined) || listedAfter !== undefined;
          if (parts.length === 0 && listed) for (const item of listedTerms(view, from)) agreed(item, 0);
          // "How much will Bayline pay? Nine million pesos over three years.": the answer right after a question on the
          // terms, a phrase with a figure and no verb, is one.
          // ("A 7% raise …, followed by 4% and 3.5%": a participle after a comma makes no clause.)
          const clauseVerb = (t: Token, j: number): boolean => view.clauseVerbAt(j) && !(view.lower(j - 1) === ',' && /(ed|ing)$/.test(t.lower));
          const answer = context.termsHeading === view.sentence.index - 1 && !view.tokens.some(clauseVerb) && view.tokens.some((t) => t.pos === 'NUM');
          if (parts.length === 0 && !listed && answer) {
            const label = topicsIn(view, from, view.find(/^[.!;]$/, from) ?? view.tokens.length, false)[0]?.label;
            if (label) agreed(label, 0);
          }
        }
      }
    }
    if (deals.length > 0) context.lastDealSentence = view.sentence.index;
    if (results.length > 0) {
      context.lastTermsSentence = view.sentence.index;
      context.bridgesSinceDeal = 0;
    } else if (isBridge(view)) context.bridgesSinceDeal++;
    return results;
  },
};

/**
 * "Peruvian boats would stay south of the line": a clause whose subject (no person, no reported speech)
 * is followed by "would" or "will", read from `start`; its label and where it ends.
 */
function termClause(view: SentenceView, start: number, afterDeal = false, listed = false): { label: string; end: number; second?: string } | undefined {
  // "Players get 50% of the income", "The soft cap stays": after a deal, its terms are often listed in the present.
  // "The monthly quota is set at 900 tonnes and will be reviewed …": the first verb of the two.
  // ("shall", as treaties and communiqués write what the sides will do; in an item listed under the terms, "may" and
  // "must" too: "- drivers may refuse night runs after 60 hours".)
  // (A subject with an aside is longer: "A board of two delegates per country, led by a judge, will sit every month".)
  const reach = view.find(COMMA, start, 13) === undefined ? 13 : 20;
  // ("A monitoring board is to be formed", "Quito is to free 40 detainees": "is to" says what will be done.)
  const isTo = view.tokens.findIndex((t, j) => j > start && j < start + reach && /^(is|are)$/.test(t.lower) && view.lower(j + 1) === 'to' && (view.tokens[j + 2]?.pos === 'VERB' || view.lower(j + 2) === 'be'));
  const modalWord = view.find(listed ? /^(would|will|shall|may|must)$/ : /^(would|will|shall)$/, start, reach);
  const future = isTo > 0 && (modalWord === undefined || isTo < modalWord) ? isTo : modalWord;
  const verbNow = afterDeal ? presentTermVerb(view, start) : undefined;
  const present = verbNow !== undefined && (future === undefined || verbNow < future) ? verbNow : undefined;
  const willBe = present === undefined ? future : undefined;
  // (A passive's "is" ends the subject.)
  const modal = willBe ?? (present !== undefined && view.tokens[present - 1]?.pos === 'AUX' ? present - 1 : present);
  if (modal === undefined || modal === start) return undefined;
  // "All 1,210 interns who have been waiting will be posted": a relative clause inside the subject says nothing of who
  // does the term; the subject is read up to it.
  const relative = view.tokens.findIndex((t, j) => j > start && j < modal && /^(who|which|that)$/.test(t.lower) && /^(NOUN|PROPN)$/.test(view.tokens[j - 1]!.pos));
  const subjectEnd = relative > 0 ? relative : modal;
  // ("A joint board of two delegates per country will sit every month": a body the deal sets up, named for the first
  // time, meets as one of its terms; "the teams will fly home", the process of the talks, is none.)
  const setsUpBody = newBody(view, start, subjectEnd);
  if (!setsUpBody && view.tokens.slice(start, subjectEnd).some((t) => PROCESS_NOUNS.test(t.lower))) return undefined;
  // ("the Norwegian offer grants catch rights …": what a side's offer or demand holds is its stance, no term agreed.)
  const of = view.find(/^(of|to|for)$/, start, subjectEnd - start);
  if (OFFERED_HEADS.test(view.lemma((of ?? subjectEnd) - 1))) return undefined;
  // Away from the deal's own sentence, a side, a person or the process itself is no term ("the union will vote on the
  // deal", "talks will resume in May", "the agreement will take effect"); "rookie deals will be guaranteed" is one.
  if (afterDeal) {
    // A side that only qualifies the subject ("the airline's contribution", "the Kestrel Connect fleet", "a committee of
    // the ministry and the union") leaves a term.
    const of = view.find(/^of$/, start, modal - start);
    const heads = (m: Mention): boolean => (of === undefined || m.tokenStart < of) && (m.tokenEnd === modal || (m.tokenEnd === modal - 1 && view.tokens[modal - 1]!.pos === 'ADV'));
    if (view.sentence.mentions.some((m) => m.tokenStart >= start && m.tokenStart < modal && ((STANCE_ACTORS.has(m.type) && heads(m)) || m.type === 'Talks'))) return undefined;
    // The verb past adverbs and a passive's "be": "will be fully guaranteed", "will be put to a vote".
    let verb = present ?? modal + 1;
    // ("will need to be ratified": what must still be done to the text.)
    while (present === undefined && (view.tokens[verb]?.pos === 'ADV' || view.lemma(verb) === 'be' || view.lemma(verb) === 'have' || (view.lower(verb) === 'to' && view.lemma(verb - 1) === 'have'))) verb++;
    // "The minimum salary goes up 20%": going up or down is what the deal does.
    if (isProcessVerb(view, verb) && !/^(up|down)$/.test(view.lower(verb + 1)) && !setsUpBody) return undefined;
    // "The union rejects …", "prices have fallen": a stance or a state in the present is no term.
    // ("Some lawyers believe the union could …": nor is what someone says or believes.)
    if (present !== undefined && (STANCE_VERB_CLASSES.some((cls) => view.lexiconEntryAt(cls, 'verbs', verb) !== undefined) || isReportingVerb(view.tokens[verb]))) return undefined;
    if (NOTHING.test(view.lower(verb + 1))) return undefined;
  }
  for (let j = start; j < subjectEnd; j++) {
    const t = view.tokens[j]!;
    // "401(k) accounts": a parenthesis inside a word is no aside.
    const inWord = afterDeal && /^[()]$/.test(t.text) && (view.tokens[j - 1]?.end === t.start || view.tokens[j + 1]?.start === t.end);
    if (t.pos === 'AUX' || t.pos === 'PRON' || (HARD_PUNCTUATION.test(t.text) && !inWord) || isReportingVerb(t)) return undefined;
    // "a joint panel chaired by Brazil would oversee the line": a participle qualifies the subject.
    // "the contribution to pilots' accounts", "the Kestrel Connect fleet": a noun the tagger read as a verb.
    // ("A follow-up board": a word of a hyphenated compound.)
    const misread = /^(NOUN|ADJ|PROPN|NUM)$/.test(view.tokens[j + 1]?.pos ?? '') || /^['’-]$/.test(view.tokens[j + 1]?.text ?? '') || view.tokens[j - 1]?.text === '-';
    // ("Trawling at night is prohibited …": a gerund may open the subject.)
    const gerund = j === start && /ing$/.test(t.lower);
    // ("The deposit kept in escrow will …", "The survey crew set up by both navies will …": a participle, irregular or with its
    // particle.)
    const after = /^(up|out)$/.test(view.lower(j + 1)) ? j + 2 : j + 1;
    const inflected = /ed$/.test(t.lower) || (t.lemma !== t.lower && !/(s|ing)$/.test(t.lower));
    const participle = (inflected || after === j + 2) && /^(by|in|from|to)$/.test(view.lower(after));
    if (t.pos === 'VERB' && !participle && !(afterDeal && misread) && !gerund) return undefined;
  }
  if (view.actors.some((m) => m.type === 'Person' && m.tokenStart >= start && m.tokenStart < modal)) return undefined;
  // ", and a panel would monitor …": a comma and a conjunction end the clause, whatever follows.
  let end = view.clauseEnd(modal + 1);
  for (let j = modal + 1; j < end; j++) if (view.lower(j) === ',' && /^(and|while|whereas|but)$/.test(view.lower(j + 1))) end = j;
  // "Both ministries will create a panel and revisit the accord after a year": a second verb of the
  // modal, in its bare form after "and", is a second term of the same subject.
  const bare = willBe !== undefined ? view.tokens.findIndex((t, j) => j > modal + 2 && j < end && t.lower === 'and' && view.tokens[j + 1]?.pos === 'VERB' && view.lower(j + 1) === view.lemma(j + 1) && !view.lower(j + 1).endsWith('ing')) : -1;
  if (bare > 0) {
    const first = topicsIn(view, start, bare, false)[0]?.label;
    const subject = topicsIn(view, start, modal, false)[0]?.label;
    if (first && subject) return { label: first, end, second: `${subject} ${view.lower(modal)} ${view.text(bare + 1, end).trim()}` };
  }
  const label = topicsIn(view, start, end, false)[0]?.label;
  if (!label) return undefined;
  // "The monthly quota is set at 900 tonnes and will be reviewed every year": the same subject's second term.
  const will = view.lower(end) === 'and' && /^(will|would)$/.test(view.lower(end + 1)) ? end + 1 : undefined;
  const subject = will === undefined ? undefined : topicsIn(view, start, modal, false)[0]?.label;
  if (will === undefined || !subject) return { label, end };
  const secondEnd = view.clauseEnd(will + 1);
  return { label, end: secondEnd, second: `${subject} ${view.text(will, secondEnd).trim()}` };
}
const HARD_PUNCTUATION = /^[;:"“”()]$/;

/** Heads of what one side puts forward or asks for, not what both agreed: "the EU proposal", "the union's demand". */
const OFFERED_HEADS = /^(offer|proposal|counter-?offer|counter-?proposal|counteroffer|counterproposal|demand|bid|ultimatum)$/;

/** Whether sentences a and b of an article (a before b) are in one paragraph: no blank line between them, or no line break where the article marks paragraphs by lines. */
function sameParagraph(article: Article, a: number, b: number): boolean {
  const between = article.text.slice(article.sentences[a]!.end, article.sentences[b]!.start);
  return !(article.text.includes('\n\n') ? /\n\s*\n/ : /\n/).test(between);
}

/**
 * Verbs of how things are, not of what a deal does: "implementation remains a question mark", "the deal seems fair",
 * "the union represents 3,000 dockers", "the plan lacks money", "some analysts think …", "it follows weeks of talks".
 */
const STATE_VERBS = /^(be|have|remain|seem|appear|look|sound|mean|matter|depend|rely|lie|feel|become|represent|organise|organize|employ|lack|deserve|think|expect|prefer|hope|fear|doubt|reckon|predict|suspect|wonder|worry|follow|precede|mark|see|view|regard|believe|know|understand|differ|disagree|recall|remember|own|border|produce|export|import|consume|account|earn|exceed|total|number)$/;
/** Participles that say when something is planned, not what a deal gives: "is scheduled for Friday". */
const SCHEDULING_VERBS = /^(schedule|plan|set|slate|expect|due|need|require|intend|design|mean|use)$/;

/**
 * The verb in the present after the subject that opens at `start` ("Players get", "The minimum salary goes up"), not
 * "be" nor "have", or undefined.
 */
function presentTermVerb(view: SentenceView, start: number): number | undefined {
  for (let j = start + 1; j < Math.min(view.tokens.length, start + 10); j++) {
    const t = view.tokens[j]!;
    // "The monthly quota is set at 900 tonnes", "Pensions are frozen until 2027": a passive in the present that
    // sets a figure or a date.
    const participle = view.tokens[j + 1];
    // ("The checkpoint is dismantled before June", "Prisoners are handed over through the Red Cross".)
    // ("The overtime ban is dropped with effect from 1 May", "… with immediate effect".)
    // ("Ten percent is set aside for retraining", "… is reserved for local firms": a particle may follow, and "for" says
    // who gets it, unless it says when a step is planned.)
    const particleEnd = /^(aside|over|out|off|back|down)$/.test(view.lower(j + 2)) ? j + 3 : j + 2;
    const withEffect = view.lower(particleEnd) === 'with' && (view.lower(particleEnd + 1) === 'effect' || view.lower(particleEnd + 2) === 'effect');
    const forWhom = view.lower(particleEnd) === 'for' && (particleEnd === j + 3 || !SCHEDULING_VERBS.test(participle?.lemma ?? ''));
    if (/^(is|are)$/.test(t.lower) && participle?.pos === 'VERB' && (withEffect || forWhom || /^(at|to|by|until|from|within|through|before|after|under)$/.test(view.lower(particleEnd))) && view.tokens[particleEnd + 1]?.pos !== 'VERB') {
      return STATE_VERBS.test(participle.lemma) ? undefined : j + 1;
    }
    // "Trawling at night is prohibited throughout the bay": what a deal bans, in the present passive.
    if (/^(is|are)$/.test(t.lower) && participle?.pos === 'VERB' && TERM_VERBS.test(participle.lemma)) return j + 1;
    // "The price is 2 dollars a dose", "The lease is for twelve years": a figure the deal sets, after "is".
    const figure = view.lower(j + 1) === 'for' ? j + 2 : j + 1;
    if (/^(is|are)$/.test(t.lower) && j > start && (view.tokens[figure]?.pos === 'NUM' || /^[$€£]|^(us|usd|eur)\$?$/i.test(view.tokens[figure]?.text ?? ''))) return j;
    if (t.pos === 'AUX' || (t.pos === 'PUNCT' && t.text !== '-')) return undefined;
    const before = view.tokens[j - 1]!;
    // "Players get": a plural subject takes the verb's own form (a capital opening the sentence may make it a proper noun).
    const plural = t.lower === t.lemma && (before.pos === 'NOUN' || before.pos === 'PROPN') && /[^s]s$/.test(before.lower);
    // "Wages rise 16%", "the housing allowance rises to 1,400 rand": the tagger may read the verb after its subject's
    // noun as a noun, before a figure or a preposition of change.
    const next = view.tokens[j + 1];
    // ("The final payment moves from 2030 to 2040": from one figure to another.)
    const beforeFigure = /^(NUM|DET|ADV)$/.test(next?.pos ?? '') || (/^(to|by|from)$/.test(next?.lower ?? '') && view.tokens[j + 2]?.pos === 'NUM');
    const singular = /[^s]s$/.test(t.lower) && t.lemma !== t.lower && before.pos === 'NOUN';
    const misread = t.pos === 'NOUN' && beforeFigure && ((plural && j === start + 1) || singular);
    if (t.pos !== 'VERB' && !misread) continue;
    // ("The harder questions remain open": a word tagged a verb after an article, an adjective between, is a noun.)
    const article = /^(ADJ|ADV)$/.test(before.pos) ? view.tokens[j - 2] : before;
    if (t.pos === 'VERB' && article?.pos === 'DET' && /^(a|an|the)$/.test(article.lower)) continue;
    return (isPresentVerb(t) || plural) && !STATE_VERBS.test(t.lemma) ? j : undefined;
  }
  return undefined;
}

/**
 * "The rebels will halt attacks on civilians", a sentence or two after both sides reached a deal: what the party that
 * opens the sentence will do, a side or a third party, is a term of the deal both sides agree to.
 */
function sideCommitment(view: SentenceView, start: number, context: ArticleContext): RuleMatch[] {
  const side = view.actors.find((m) => m.tokenStart === start || (m.tokenStart === start + 1 && view.tokens[start]!.pos === 'DET'));
  if (!side || side.type === 'Person' || !STANCE_ACTORS.has(side.type)) return [];
  // "Andes Gas and Pacific Pipelines shall conclude …": two sides that act together.
  const partner = view.lower(side.tokenEnd) === 'and' ? view.actors.find((m) => m.tokenStart === side.tokenEnd + 1 && m.type !== 'Person' && STANCE_ACTORS.has(m.type)) : undefined;
  let modal = partner?.tokenEnd ?? side.tokenEnd;
  // ("Peru, in turn, will reopen …": a short aside between the side and its verb, which the term leaves out.)
  let aside = false;
  if (view.lower(modal) === ',' && /^(for|in|on|meanwhile|however|too|also|likewise)$/.test(view.lower(modal + 1))) {
    const close = view.find(COMMA, modal + 1, 5);
    if (close !== undefined) [modal, aside] = [close + 1, true];
  }
  if (view.tokens[modal]?.pos === 'ADV') modal++;
  // ("Quito is to free 40 detainees": "is to" before the verb says what it will do.)
  const isTo = /^(is|are)$/.test(view.lower(modal)) && view.lower(modal + 1) === 'to' && view.tokens[modal + 2]?.pos === 'VERB';
  if (isTo) modal++;
  // "Chile agreed to release the fishermen", "Peru committed itself to clear the roadblocks": what one side undertook
  // under the deal, the others agreed to as well. Its own stance is the stance rules'.
  const undertaken = undertakingAt(view, modal);
  if (undertaken !== undefined) {
    const end = view.clauseEnd(undertaken);
    const term = topicsIn(view, undertaken, end, false)[0]?.label;
    if (term === undefined) return nextSidesPart(view, end, context);
    // ("Both sides agreed to …" names every side at once.)
    const own = new Set([...view.actors.filter((m) => m.tokenStart === side.tokenStart), partner].map((m) => m?.party ?? m?.canonical));
    const others = dealSideMentions(view, side.tokenStart, context).filter((m) => !own.has(m.party ?? m.canonical));
    return [...others.map((subject): RuleMatch => ({ subject, object: { kind: 'topic', label: term, type: 'Topic' }, confidence: 0.6 })), ...nextSidesPart(view, end, context)];
  }
  // "Norway lifts the landing ban": a term written in the present, as translated news often states them.
  // ("lifts", before its object, may be tagged a plural noun.)
  const finite = view.tokens[modal]?.pos === 'VERB' || (view.tokens[modal]?.pos === 'NOUN' && view.tokens[modal + 1]?.pos === 'DET');
  const present = finite && isPresentVerb(view.tokens[modal]!);
  // ("Studios must obtain an actor's consent", under an explainer's heading or question on the terms: what a side must
  // do under the deal; elsewhere "must still find the money" says what it has to do to pay for it.)
  const asked = context.article.sentences[view.sentence.index - 1]?.text.trim().endsWith('?') === true;
  const must = /^(must|may)$/.test(view.lower(modal)) && (context.termsHeading !== undefined || asked);
  // ("- the company may not track drivers off duty": under the terms, what a side may not do is one of them.)
  if ((!present && !must && !isTo && !/^(will|would|shall)$/.test(view.lower(modal))) || (view.negated(present ? modal : modal + 1) && !(must && context.termsHeading !== undefined))) return [];
  let verb = present ? modal : modal + 1;
  // "Santiago will in return send …"; "may not use …", under the terms.
  for (;;) {
    if (view.tokens[verb]?.pos === 'ADV' || (must && view.lower(verb) === 'not')) verb++;
    else if (view.lower(verb) === 'in' && /^(return|exchange|turn)$/.test(view.lower(verb + 1))) verb += 2;
    else break;
  }
  // "Corvane will go ahead with remote-controlled cranes": going ahead with something is a part of the deal.
  const goesAhead = view.lemma(verb) === 'go' && view.lower(verb + 1) === 'ahead';
  if ((view.tokens[verb]?.pos !== 'VERB' && !(present && verb === modal)) || (isProcessVerb(view, verb) && !goesAhead) || view.lemma(verb) === 'be' || view.lemma(verb) === 'have') return [];
  // "Norway rejects …" is no term, nor is "It depends on …".
  if (present && (STANCE_VERB_CLASSES.some((cls) => view.lexiconEntryAt(cls, 'verbs', verb) !== undefined) || STATE_VERBS.test(view.lemma(verb)))) return [];
  // "The World Bank will host the fund", "developed countries will provide $70 billion": what one party will do under
  // the deal is a term both sides agreed, named with who does it.
  let end = view.clauseEnd(verb);
  // "…, and Norway lifts …": the next side's part ends this one, however the tagger read its verb.
  for (let j = verb + 1; j + 2 < end; j++) {
    if (view.lower(j) === ',' && view.lower(j + 1) === 'and' && view.actors.some((m) => m.tokenStart === j + 2 && m.type === 'Party')) {
      end = j;
      break;
    }
  }
  // ("The two sides will cut their tariffs …": what the sides themselves will do is the term, without them; so is what
  // "it" does, the deal or a side.)
  // ("… will suspend arrest warrants and free 40 prisoners": each verb the modal governs is a term of its own.)
  const from = side.via === 'group' || side.via === 'pronoun' || aside ? verb : side.tokenStart;
  // (A verb the tagger read as an adjective or a noun before its object, "and free 40 prisoners", too.)
  const bareVerb = (j: number): boolean => view.tokens[j]!.lower === view.tokens[j]!.lemma && (view.tokens[j]!.pos === 'VERB' || (/^(ADJ|NOUN)$/.test(view.tokens[j]!.pos) && /^(DET|NUM)$/.test(view.tokens[j + 1]?.pos ?? '')));
  const joined = view.tokens.findIndex((t, j) => j > verb + 1 && j < end - 1 && t.lower === 'and' && bareVerb(j + 1));
  const terms = joined < 0 ? [topicsIn(view, from, end, false)[0]?.label] : [topicsIn(view, from, joined, false)[0]?.label, topicsIn(view, joined + 1, end, false)[0]?.label];
  const matches = terms.flatMap((term) => (term ? dealSideMentions(view, side.tokenStart, context).map((subject): RuleMatch => ({ subject, object: { kind: 'topic', label: term, type: 'Topic' }, confidence: 0.6 })) : []));
  if (matches.length === 0) return [];
  return [...matches, ...nextSidesPart(view, end, context)];
}

/** "…, and Norway lifts the landing ban": the next side's part of the deal, after a part that ends at `end`. */
function nextSidesPart(view: SentenceView, end: number, context: ArticleContext): RuleMatch[] {
  const next = view.lower(end) === ',' && view.lower(end + 1) === 'and' ? end + 2 : view.lower(end) === 'and' ? end + 1 : undefined;
  return next === undefined ? [] : sideCommitment(view, next, context);
}

/**
 * The verb a side undertakes to do when an undertaking opens at k ("agreed to lift", "committed itself to pay",
 * "pledged to release"), not negated; else undefined.
 */
function undertakingAt(view: SentenceView, k: number): number | undefined {
  const pledge = view.lexiconEntryAt('commit', 'verbs', k);
  const agreed = view.tokens[k]?.pos === 'VERB' && view.lemma(k) === 'agree' ? k : undefined;
  const last = pledge ?? agreed;
  if (last === undefined) return undefined;
  // (The lexicon's "commit to" ends on its "to".)
  let to = view.lower(last) === 'to' ? last : last + 1;
  if (/^(itself|themselves)$/.test(view.lower(to))) to++;
  if (view.lower(to) !== 'to' || view.tokens[to + 1]?.pos !== 'VERB' || view.negated(k) || view.negated(to + 1)) return undefined;
  return to + 1;
}

/** A verb in the present ("gets", "removes") within a few words after k, or undefined. */
function presentVerb(view: SentenceView, k: number): number | undefined {
  for (let j = k + 1; j < Math.min(view.tokens.length, k + 6); j++) {
    const t = view.tokens[j]!;
    if (t.pos === 'VERB' && isPresentVerb(t)) return j;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') return undefined;
  }
  return undefined;
}

/** Past "In return", "In exchange", "For its part", "Under the terms," at k, where a side's part of a deal opens. */
function exchangeOpenerEnd(view: SentenceView, k: number): number {
  let j = k;
  if (view.lower(j) === 'in' && /^(return|exchange|turn)$/.test(view.lower(j + 1))) j += 2;
  else if (view.lower(j) === 'for' && /^(its|their|his|her)$/.test(view.lower(j + 1)) && view.lower(j + 2) === 'part') j += 3;
  // "Under the terms, trawlers will …", "Under the terms of the deal, …": the terms are named before the comma.
  else if (UNDER_OPENERS.has(view.lower(j)) && /^(the|its|their)$/.test(view.lower(j + 1)) && /^(terms|provisions)$/.test(view.lower(j + 2))) {
    const comma = view.find(COMMA, j + 3, 6);
    if (comma !== undefined) j = comma;
  }
  return view.lower(j) === ',' ? j + 1 : j;
}
/**
 * "Treasury Secretary Ana Ruiz told reporters the two sides would cut …": where a speaker opens the sentence with what
 * both sides will do, that clause, read from its subject; else k.
 */
function reportedSidesClause(view: SentenceView, k: number): number {
  const verb = view.tokens.findIndex((t, j) => j >= k && j < k + 8 && t.pos === 'VERB' && isReportingVerb(t) && view.actors.some((m) => m.tokenEnd === j && m.tokenStart >= k));
  if (verb < 0) return k;
  let from = verb + 1;
  if (/^(reporters|journalists)$/.test(view.lower(from))) from++;
  if (view.lower(from) === 'that') from++;
  return view.actors.some((m) => m.via === 'group' && (m.tokenStart === from || (m.tokenStart === from + 1 && view.lower(from) === 'the'))) ? from : k;
}

/** Words of a sentence that states nothing of its own, a heading ("Money first.") or a reader's question. */
const BRIDGE_WORDS = 3;

/** A sentence that leads on to what comes next: a question, or a heading of a few words and no verb. */
function isBridge(view: SentenceView): boolean {
  if (view.tokens.at(-1)?.text === '?') return true;
  const words = view.tokens.filter((t) => t.pos !== 'PUNCT');
  return words.length <= BRIDGE_WORDS && !words.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** Sentences after both sides reached a deal, or after its last terms, in which a clause of what will be is read as one of its terms. */
const TERMS_AFTER_DEAL = 3;
/** Subjects of the process of a negotiation, not of its terms: "the talks will resume", "a vote will be held". */
const PROCESS_NOUNS = /^(talks|negotiations?|negotiators|teams|delegations|delegates|mediators?|vote|votes|voting|ballot|meeting|meetings|round|rounds|members|membership|ratification|parliament|congress|board|court|we|you|they|he|she|i|it|this|that)$/;
/** What is done to reach or ratify a deal, not what it says: "members will vote", "the sides will meet again". */
const PROCESS_VERBS = /^(vote|ratify|meet|speak|talk|resume|decide|consider|return|continue|hold|held|sign|approve|announce|discuss|study|take|come|go|submit|present|need|require|seek|try|expire)$/;

/** "A joint committee of …", "a new monitoring board": a subject from `start` to `end` that introduces a body. */
function newBody(view: SentenceView, start: number, end: number): boolean {
  if (!/^(a|an)$/.test(view.lower(start))) return false;
  // The head ends the words qualifying it ("follow-up" is tagged a verb, a hyphen and a particle).
  let head = start + 1;
  while (head + 1 < end && (/^(ADJ|NOUN)$/.test(view.tokens[head + 1]!.pos) || view.tokens[head + 1]!.text === '-' || view.tokens[head]!.text === '-')) head++;
  return view.tokens[head]?.pos === 'NOUN' && isBodyNoun(view.lemma(head));
}

/**
 * The participle that follows the phrases placing a deal ("with both operators in May guaranteeing …"), read from k;
 * undefined when anything else comes first.
 */
function participleAfter(view: SentenceView, k: number): number | undefined {
  for (let j = k; j < Math.min(view.tokens.length, k + 10); j++) {
    if (isGerund(view, j)) return view.negated(j) ? undefined : j;
    if (!/^(ADP|DET|NOUN|PROPN|NUM|ADJ)$/.test(view.tokens[j]!.pos) && view.lower(j) !== 'and') return undefined;
  }
  return undefined;
}

/** A verb of the process at k; "put" only when what is put goes to a vote ("will be put to members"), not into a fund. */
function isProcessVerb(view: SentenceView, k: number): boolean {
  if (view.lemma(k) === 'put') return view.find(/^(vote|ballot|members|membership|referendum)$/, k + 1, 5) !== undefined;
  // "Forty boats will be returned by May": what is given back is a term; the sides return to the table.
  let before = k - 1;
  while (view.tokens[before]?.pos === 'ADV') before--;
  if (view.lemma(k) === 'return' && view.lemma(before) === 'be') return false;
  // "Each holder takes a 20% cut": a share taken is a term; the sides take part, and a deal takes effect.
  if (view.lemma(k) === 'take' && view.tokens.slice(k + 1, k + 5).some((t) => t.pos === 'NUM' || t.text === '%')) return false;
  // "The cash goes into a fund": where money goes is a term; a deal that goes into force is a step of its own.
  if (view.lemma(k) === 'go' && view.lower(k + 1) === 'into' && !/^(effect|force|operation)$/.test(view.lower(k + 2))) return false;
  // "The survey crew will continue its counts", "Chile will continue to pay the subsidy": what goes on under the deal is
  // a term; the talks continue, and the sides continue to negotiate.
  if (view.lemma(k) === 'continue') {
    const next = view.lower(k + 1) === 'to' ? k + 2 : k + 1;
    if (/^(its|their)$/.test(view.lower(next)) || (next === k + 2 && !PROCESS_VERBS.test(view.lemma(next)) && !/^(talk|negotiate)$/.test(view.lemma(next)))) return false;
  }
  return PROCESS_VERBS.test(view.lemma(k));
}

/** Words that open the phrase naming the deal or plan a clause is under: "Under the agreement", "According to the deal". */
const UNDER_OPENERS: ReadonlySet<string> = new Set(['under', 'according']);
/** What says a term will happen: a modal, or "is to". */
const TERM_MODALS = /^(will|would|must|shall|should|can|cannot|may|is|are)$/;

/**
 * "Under the agreement, Peru will reopen two crossings": a clause under a deal states its terms, agreed by both
 * sides. "Under Chile's plan, Peru would have to withdraw": a clause under a side's plan or proposal states
 * what that side demands.
 */
const underPlan: ExtractionRule = {
  name: 'terms.under',
  predicate: 'agrees',
  match(view: SentenceView, context) {
    // "According to the agreement, the wages will grow …" says the same.
    const opener = view.find(UNDER_OPENERS, 0, 3);
    // ("A: Under the accord, …": an answer's label may stand before it.)
    if (opener === undefined || (opener > 0 && !opensBeforeSubject(view.lower(opener - 1)) && !/^(but|and|:)$/.test(view.lower(opener - 1)))) return [];
    const under = view.lower(opener) === 'according' ? opener + 1 : opener;
    if (view.lower(under) !== 'under' && view.lower(under) !== 'to') return [];
    // "According to the agreement Iceland gets …": translated news may leave out the comma after the deal.
    const noComma = (): number | undefined => {
      const deal = view.find(/^(agreement|deal|accord|treaty|pact|memorandum|protocol|contract)$/, under + 1, 4);
      return deal !== undefined && view.tokens[deal + 1]?.pos === 'PROPN' ? deal + 1 : undefined;
    };
    let comma = view.find(COMMA, under + 1, 16) ?? noComma();
    // "Under the first phase of the deal, which is to last six weeks, Hamas will …": the relative clause qualifies the deal.
    const relativeEnd = comma !== undefined && /^(which|that|who)$/.test(view.lower(comma + 1)) ? view.find(COMMA, comma + 2, 16) : undefined;
    const intro = comma;
    if (relativeEnd !== undefined) comma = relativeEnd;
    if (comma === undefined || intro === undefined) return [];
    // "Under the deal, struck after a last session in Lima that ended at dawn, the two countries will …": an aside
    // that opens with a participle ends at the comma after which a term's modal comes.
    // ("Under the deal signed on Tuesday, at the margins of the summit, the firm will …": so does a phrase of place or
    // time set off after the deal's own.)
    const participle = view.tokens[intro + 1];
    const placeAside = participle?.pos === 'ADP' && view.find(TERM_MODALS, intro + 1, 8) === undefined;
    if (relativeEnd === undefined && (isPastForm(participle) || placeAside)) {
      for (let k = intro + 2; k < Math.min(view.tokens.length, intro + 32); k++) {
        if (view.lower(k) !== ',' || view.find(TERM_MODALS, k + 1, 8) === undefined) continue;
        comma = k;
        break;
      }
    }
    // "Under the agreement in principle announced on Friday,": the deal is the first stance noun of the phrase.
    let noun = under + 1;
    const isStanceNoun = (k: number): boolean => view.tokens[k]!.pos === 'NOUN' && (view.endsLexiconEntry('deal', 'nouns', k) || NOUN_STANCES.some(([cls]) => view.endsLexiconEntry(cls, 'nouns', k)));
    // ("Under the terms agreed on Friday, …": the terms of a deal named by themselves.)
    const termsAlone = view.lower(under + 1) === 'the' && view.lower(under + 2) === 'terms' && view.lower(under + 3) !== 'of';
    // ("… reached a deal on Tuesday. Under it, workers will get …": "it" alone is the deal the sentence before named.)
    const previous = view.sentence.index - 1;
    const dealBefore = /^(it|this)$/.test(view.lower(under + 1)) && intro === under + 2 && (context.lastDealSentence === previous || context.lastDealReached === previous);
    while (noun < intro && !isStanceNoun(noun) && !(termsAlone && noun === under + 2) && !dealBefore) noun++;
    if (noun === intro) return [];
    const isDeal = view.endsLexiconEntry('deal', 'nouns', noun) || (termsAlone && noun === under + 2) || dealBefore;
    // "Under the commitments, Halvorsen will lift …": what a side has committed to, it agrees to, in its own words.
    const pledged = !isDeal && view.endsLexiconEntry('commit', 'nouns', noun);
    let pledger: Mention | undefined;
    // Each clause must say what will or would happen: a subject, then a modal ("fighting is to stop …, and the two
    // sides will open corridors …").
    const labels: string[] = [];
    let from = view.lower(comma) === ',' ? comma + 1 : comma;
    const clauseStart = from;
    while (labels.length < 4) {
      // "… Iceland gets 12.8 per cent": a verb in the present states a term as a modal does.
      const modal = view.find(TERM_MODALS, from, 8) ?? presentVerb(view, from);
      if (modal === undefined || (/^(is|are)$/.test(view.lower(modal)) && view.lower(modal + 1) !== 'to')) break;
      let end = view.clauseEnd(modal + 1);
      // ("Under the deal, both sides will:" then its list: the items state the terms, read with this sentence's words.)
      if (end <= modal + 1) break;
      // ("a joint venture would operate the mine, profits would be shared equally, and …": a comma before another
      // subject and its modal ends this term too.)
      const subjectAndModal = (comma: number): boolean => {
        const next = view.find(TERM_MODALS, comma + 2, 4);
        return next !== undefined && view.tokens.slice(comma + 1, next).every((x) => /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(x.pos));
      };
      const nextClause = view.tokens.findIndex((t, j) => j > modal + 1 && j < end && t.text === ',' && !/^(and|while|whereas)$/.test(view.lower(j + 1)) && subjectAndModal(j));
      if (nextClause > 0) end = nextClause;
      // "…, and teachers will get …": "and" before another subject and its modal ends this term.
      const next = view.find(/^and$/, modal + 1, end - modal - 1);
      if (next !== undefined && view.find(TERM_MODALS, next + 1, 5) !== undefined) end = view.lower(next - 1) === ',' ? next - 1 : next;
      // "the two sides will open corridors": what the sides themselves will do is the term, without them.
      const bySides = view.actors.some((m) => m.via === 'group' && m.tokenStart >= from && m.tokenEnd === modal) || (view.lower(from) === 'they' && modal === from + 1) || namesSides(view, from, modal);
      if (pledged && labels.length === 0) pledger = view.actors.find((m) => STANCE_ACTORS.has(m.type) && m.tokenStart >= from && m.tokenEnd === modal);
      if (pledged && !pledger) break;
      // "the First Nation will receive a 2.25% royalty and an option to acquire 8% of the project": a second object of
      // the same verb, after "and" and its article, is a term of its own.
      const second = view.tokens.findIndex((t, j) => j >= modal + 2 && j < end && t.lower === 'and' && !addsFraction(view, j));
      // ("a 14% raise": a word tagged a verb after a figure or an article is a noun.)
      const split = second >= 0 && /^(a|an|the)$/.test(view.lower(second + 1)) && !view.tokens.some((t, j) => j >= modal + 2 && j < second && t.pos === 'VERB' && view.clauseVerbAt(j)) ? second : undefined;
      // "the government will post 1,200 interns and pay them a stipend of …": a second verb of the same subject and
      // modal is a term of its own.
      const andVerb = split === undefined && !bySides && !pledged ? view.tokens.findIndex((t, j) => j > modal + 1 && j < end && t.lower === 'and' && view.tokens[j + 1]?.pos === 'VERB' && !/ing$/.test(view.lower(j + 1))) : -1;
      const label = topicsIn(view, bySides || pledger ? modal + 1 : from, split ?? (andVerb > 0 ? andVerb : end), false)[0]?.label;
      if (label) labels.push(label);
      const more = split === undefined ? undefined : topicsIn(view, split + 1, end, false)[0]?.label;
      if (more) labels.push(more);
      // ("workers will receive 4% in April, followed by 3% a year after": what follows the term is one too.)
      if (view.lower(end) === ',' && view.lower(end + 1) === 'followed' && view.lower(end + 2) === 'by') {
        const then = topicsIn(view, end + 3, view.clauseEnd(end + 3), false)[0]?.label;
        if (then) labels.push(then);
      }
      if (label && andVerb > 0) {
        const subject = topicsIn(view, from, modal, false)[0]?.label;
        const predicate = topicsIn(view, andVerb + 1, end, false)[0]?.label;
        if (subject !== undefined && predicate !== undefined) labels.push(`${subject} ${view.lower(modal)} ${predicate}`);
      }
      // "…, and teachers will get …", "…, while Chile will open …": the next clause after "and" or "while", with its comma;
      // "…; 20% will be reserved for …; and a review will …": or after a semicolon.
      const and = /^[,;]$/.test(view.lower(end)) && /^(and|while|whereas)$/.test(view.lower(end + 1)) ? end + 1 : end;
      if (view.lower(and) === ';' || (and === nextClause && nextClause > 0)) {
        from = and + 1;
        continue;
      }
      if (!/^(and|while|whereas)$/.test(view.lower(and))) break;
      from = and + 1;
    }
    // "Under the deal, Peru committed to clear the roadblocks": a side's undertaking, which the other sides agreed to.
    if (labels.length === 0) return isDeal && dealSides(context).length >= 2 ? sideCommitment(view, clauseStart, context) : [];
    if (pledger) return labels.map((label) => ({ subject: pledger, object: { kind: 'topic' as const, label, type: 'Topic' as const }, confidence: 0.65 }));
    if (isDeal) {
      if (dealSides(context).length < 2) return [];
      const agreed = dealSideMentions(view, noun, context).flatMap((side) => labels.map((label): RuleMatch => ({ subject: side, object: { kind: 'topic', label, type: 'Topic' }, confidence: 0.65 })));
      // ("…, as the union had demanded": the side that asked for the terms demanded them.)
      const asker = askedForAtEnd(view);
      const asked = asker === undefined ? [] : labels.map((label): RuleMatch => ({ subject: asker, predicate: 'demands', object: { kind: 'topic', label, type: 'Topic' }, confidence: 0.6 }));
      return [...agreed, ...asked];
    }
    const stated = holdersOf(view, modifiersStart(view, noun), noun, context.principals);
    // ("The Chilean offer … Under the plan, a joint venture would operate the mine": "the plan" is the offer named just
    // before, whose holder holds it.)
    const offered = view.endsLexiconEntry('propose', 'nouns', noun) && /^(proposal|offer|counteroffer|counterproposal|counter-offer|counter-proposal|plan)s?$/.test(view.lower(noun));
    const lastOffer = context.lastOffer;
    const remembered = offered && view.lower(noun - 1) === 'the' && lastOffer?.party !== undefined && lastOffer.sentence === view.sentence.index - 1 ? [partyMentionAt(view, noun, lastOffer.party, 'description')] : undefined;
    // ("Under the proposal Chile presented on Tuesday, …": the side of the relative clause right after the noun made it.)
    const presenter = view.actors.find((m) => STANCE_ACTORS.has(m.type) && (m.tokenStart === noun + 1 || (m.tokenStart === noun + 2 && /^(that|which)$/.test(view.lower(noun + 1)))) && m.tokenEnd < intro && view.tokens[m.tokenEnd]?.pos === 'VERB');
    const holders = presenter !== undefined ? [presenter] : stated?.via === 'possessive' ? stated.holders : stated === undefined ? remembered : undefined;
    if (!holders || holders.length === 0) return [];
    // "Under the union's proposal, pilots would get …" proposes; under a side's plan or memorandum, the other side would
    // have to: it demands.
    const obliged = view.tokens.some((t, j) => j > clauseStart && (t.lower === 'must' || (t.lower === 'have' && view.lower(j + 1) === 'to')));
    const predicate = offered && !obliged ? 'proposes' : 'demands';
    // (The offer just named holds each clause set out under it; a side's plan named here, its first.)
    const held = holders === remembered || presenter !== undefined ? labels : labels.slice(0, 1);
    return holders.flatMap((holder) => held.map((label) => ({ subject: holder, predicate, object: { kind: 'topic' as const, label, type: 'Topic' as const }, confidence: 0.65 })));
  },
};

/**
 * "the league and the players' union will …": words from `start` to `end` that name two sides or more and nothing else,
 * each side a party or a delegation, joined by commas and "and".
 */
function namesSides(view: SentenceView, start: number, end: number): boolean {
  let sides = 0;
  for (let k = start; k < end; ) {
    const side = view.actors.find((m) => m.tokenStart === k && m.tokenEnd <= end && (m.type === 'Party' || m.type === 'Delegation'));
    if (side !== undefined) {
      sides++;
      k = side.tokenEnd;
    } else if (/^(the|and|,|both)$/.test(view.lower(k))) k++;
    else return false;
  }
  return sides >= 2;
}

/** ", as the union had demanded." closing a sentence: the side that had asked for what the sentence states, or undefined. */
function askedForAtEnd(view: SentenceView): Mention | undefined {
  const as = view.tokens.findLastIndex((t, k) => t.lower === 'as' && view.lower(k - 1) === ',');
  if (as < 0) return undefined;
  const side = view.actors.find((m) => m.tokenStart === as + 1 || (m.tokenStart === as + 2 && view.lower(as + 1) === 'the'));
  if (side === undefined || !STANCE_ACTORS.has(side.type)) return undefined;
  let verb = side.tokenEnd;
  while (view.tokens[verb]?.pos === 'AUX' || view.tokens[verb]?.pos === 'ADV') verb++;
  const asked = /^(demand|request|seek|ask|insist)$/.test(view.lemma(verb)) || view.lexiconEntryAt('demand', 'verbs', verb) !== undefined;
  return asked && /^[.!]?$/.test(view.lower(verb + 1)) ? side : undefined;
}

/**
 * "Also included is a 4% raise", "Other improvements are included in this proposal, including A, B and C": what an
 * offer named before includes, in the passive, offered by whoever made it.
 */
const includedInOffer: ExtractionRule = {
  name: 'proposes.included',
  predicate: 'proposes',
  match(view: SentenceView, context) {
    const holders = context.nounHolders.get('propose');
    if (!holders) return [];
    for (let k = 0; k < view.tokens.length; k++) {
      if (view.lower(k) !== 'included' || view.negated(k)) continue;
      let from: number | undefined;
      if (/^(is|are|was|were)$/.test(view.lower(k + 1)) && (k === 0 || view.tokens[k - 1]!.pos === 'ADV')) from = k + 2;
      else if (view.lower(k + 1) === 'in') {
        const noun = view.lexiconMatches('propose', 'nouns').find(([first]) => first > k + 1 && first <= k + 5)?.[1];
        const including = noun === undefined ? undefined : view.find(new Set(['including']), noun + 1, 6);
        if (including !== undefined) from = including + 1;
      }
      if (from === undefined) continue;
      return topicsIn(view, from, view.clauseEnd(from)).flatMap((topic) =>
        holders.map((subject) => ({ subject, object: { kind: 'topic' as const, label: topic.label, type: 'Topic' as const }, confidence: 0.65 })),
      );
    }
    return [];
  },
};

/** Verb classes whose passive with no agent says the sides settled something: "an agreement was reached", "points were agreed upon". */
const SETTLING_CLASSES: readonly LexiconClass[] = ['sign', 'reach-deal', 'agree'];
/** Nouns for the parts of a deal that may be settled without a deal word: "many points were agreed upon". */
const SETTLED_NOUNS = new Set(['point', 'term', 'declaration', 'plan']);

/** "A framework accord was reached on Friday", "the main terms were agreed upon", "a pact being signed": both sides agreed to it. */
const settledPassive: ExtractionRule = {
  name: 'agrees.settled-passive',
  predicate: 'agrees',
  match(view: SentenceView, context) {
    if (dealSides(context).length < 2) return [];
    const results: RuleMatch[] = [];
    for (const cls of SETTLING_CLASSES) {
      for (const [first] of view.lexiconMatches(cls, 'verbs')) {
        let be = first - 1;
        while (be >= 0 && view.tokens[be]!.pos === 'ADV') be--;
        if (!BE_FORMS.test(view.lower(be)) || view.negated(first) || view.agentAfter(first).length > 0) continue;
        // "before agreement can be reached", "it must still be ratified": a modal makes it a prospect, not a settlement.
        let modal = be - 1;
        // ("will likely be initialled": the tagger may take "likely" for an adjective.)
        while (modal > 0 && (view.tokens[modal]!.pos === 'ADV' || /^(likely|unlikely)$/.test(view.lower(modal)))) modal--;
        if (/^(can|could|would|will|may|might|must|should|shall)$/.test(view.lower(modal))) continue;
        // "the agreement still has to be ratified", "is yet to be signed": so does "has to", "is yet to".
        if (view.lower(modal) === 'to' && /^(has|have|had|needs|need|is|are|yet)$/.test(view.lower(modal - 1))) continue;
        // What was settled: the noun phrase before the auxiliaries, which must hold a deal word or say what was agreed.
        let end = be;
        while (end > 0 && /^(has|have|had|been|was|were|is|are|being|be|already|also|finally|tentatively)$/.test(view.lower(end - 1))) end--;
        let start = end;
        while (start > 0 && !/^(,|;|:|"|—|that|which|and|despite|after|before|while|when|as|until|unless|if|once|where|how|why|since|because|although|though)$/.test(view.lower(start - 1)) && end - start < 12) start--;
        // ("Why the deal was signed in a hurry", "the port where the accord was sealed": the manner or the place of a deal, not
        // its terms; "profits have risen since the old contract was signed": a deal that marks a time.)
        if (/^(before|until|unless|if|once|when|where|how|why|since)$/.test(view.lower(start - 1)) || /^(how|where|why|when)$/.test(view.lower(start))) continue;
        // ("as soon as any accord is signed": so does "as soon as".)
        if (view.lower(start - 1) === 'as' && view.lower(start - 2) === 'soon') continue;
        if (view.actors.some((m) => m.tokenStart >= start && m.tokenEnd <= end && m.type !== 'Party')) continue;
        let label = topicsIn(view, start, end, false)[0]?.label;
        // "the prisoner deal was finalized" says only that a deal was made; its terms are read where they are stated.
        // What was settled names a deal ("the accord", "the truce") or its terms ("many points"), qualified by more than
        // a noun: "many points", "multiple truces", "a framework accord on water".
        const words = view.tokens.slice(start, end).filter((t) => t.pos !== 'DET');
        const qualified = label !== undefined && (label.split(' ').length >= 3 || (words.length === 2 && /^(ADJ|NUM)$/.test(words[0]!.pos)));
        if (!label || !qualified || !words.some((t) => SETTLED_NOUNS.has(t.lemma) || lexicon().entriesOf(t).some((e) => e.cls === 'deal'))) continue;
        // "An agreement was reached in June to open up trade": the purpose says what was agreed.
        const purpose = afterTimePhrase(view, first + 1);
        if (view.lower(purpose) === 'to' && view.tokens[purpose + 1]?.pos === 'VERB') {
          const what = topicsIn(view, purpose + 1, view.clauseEnd(purpose + 1), false)[0]?.label;
          if (what) label = `${label} to ${what}`;
        }
        for (const side of dealSideMentions(view, first, context)) results.push({ subject: side, object: { kind: 'topic', label, type: 'Topic' }, confidence: 0.6 });
      }
    }
    return results;
  },
};

/** Words that open a noun phrase the objectless relative reads. */
const DETERMINER = /^(the|a|an|its|their|this|these|those)$/;
/** Nouns of a change in an amount, which "in" and the amount follow: "a 10% increase in its quota". */
const CHANGE_NOUNS = /^(increase|rise|cut|reduction|change|hike|drop|fall|boost)$/;

/**
 * "the 51% share the association insisted on all summer", "the 4% increase the airline offered last week": a noun
 * phrase, then a side and its stance verb with no object of its own (a relative clause without "that"). The side takes
 * that stance on the noun phrase.
 */
const objectlessRelative: ExtractionRule = {
  name: 'stance.objectless-relative',
  predicate: 'proposes',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (let k = 2; k < view.tokens.length; k++) {
      const t = view.tokens[k]!;
      if (t.pos !== 'VERB' || view.negated(k)) continue;
      // "the 11% Kestrel had put on the table": putting on the table is offering.
      const onTable = view.lemma(k) === 'put' && view.lower(k + 1) === 'on' && view.lower(k + 2) === 'the' && view.lower(k + 3) === 'table';
      // "the 25% Australia had asked for": asking for something is a demand (see demands.ask-for).
      const askedFor = /^(ask|request)$/.test(view.lemma(k)) && (view.lower(k + 1) === 'for' || view.lemma(k) === 'request');
      const stance = VERB_STANCES.map(([cls, stance]) => [view.lexiconEntryAt(cls, 'verbs', k), stance] as const).find(([last]) => last !== undefined);
      const predicate = onTable ? 'proposes' : askedFor ? 'demands' : stance?.[1];
      if (predicate === undefined) continue;
      // No object of its own: a particle at most ("ruled out", "turned down"), a time, then the clause ends.
      const verbEnd = stance?.[0] ?? k;
      const after = afterTimePhrase(view, onTable ? k + 4 : /^(on|for|to|upon)$/.test(view.lower(verbEnd + 1)) ? verbEnd + 2 : verbEnd + 1);
      // "the 12% the union asked for was never on the table": the relative clause may end where the main verb begins,
      // or where a clause of time begins ("a feature creditors had pushed for since talks began").
      if (after < view.tokens.length && !/^(,|\.|;|and|but|—|–|"|”|since|when|until|while|because)$/.test(view.lower(after)) && view.tokens[after]!.pos !== 'AUX') continue;
      // The side right before the verb, past auxiliaries and adverbs.
      let end = k;
      while (end > 0 && /^(AUX|ADV|PART)$/.test(view.tokens[end - 1]!.pos)) end--;
      // A pronoun there is read too loosely to hold a stance on its own ("the 51% they insisted on").
      const sides = view.actors.filter((m) => m.tokenEnd === end && STANCE_ACTORS.has(m.type) && m.via !== 'pronoun');
      const side = sides[0];
      if (!side) continue;
      // The noun phrase right before the side ("the 9% cap the union had demanded"; "the cap which the union
      // demanded"): a figure or a noun, back to its determiner.
      let head = side.tokenStart - 1;
      // ("a condition the pro-business Free Democrats rejected": words that qualify the side belong to it.)
      let qualifier = head;
      while (qualifier > head - 3 && (view.tokens[qualifier]?.pos === 'ADJ' || /\p{L}-\p{L}/u.test(view.tokens[qualifier]?.text ?? ''))) qualifier--;
      if (qualifier < head && view.lower(qualifier) === 'the') head = qualifier;
      if (view.lower(head) === 'the') head--;
      if (/^(which|that)$/.test(view.lower(head))) {
        head--;
        // "the return of two boats, which Norwegian negotiators ruled out": a clause set off by a comma.
        if (view.lower(head) === ',' && view.lower(head + 1) === 'which') head--;
        // "the wealth tax which they proposed …, and which the Liberals refused": a second relative clause of one noun.
        if (view.lower(head) === 'and') {
          let which = head - 1;
          while (which > 0 && head - which < 20 && view.lower(which) !== 'which') which--;
          if (view.lower(which) === 'which') head = which - 1;
        }
      }
      if (!/^(NOUN|NUM|SYM)$/.test(view.tokens[head]?.pos ?? '') || view.actors.some((m) => m.tokenStart <= head && head < m.tokenEnd)) continue;
      let start = head;
      while (start > 0 && /^(NOUN|NUM|SYM|ADJ)$/.test(view.tokens[start - 1]!.pos) && head - start < 6) start--;
      // "the release of two fishing boats", "a visit of engineers to the plant": a noun and its complements.
      for (let hops = 0; hops < 3; hops++) {
        const preposition = DETERMINER.test(view.lower(start - 1)) ? start - 2 : start - 1;
        // ("a 10% increase in its quota": "in" after a noun of change.)
        if (!(/^(of|to|for|on)$/.test(view.lower(preposition)) || (view.lower(preposition) === 'in' && CHANGE_NOUNS.test(view.lower(preposition - 1)))) || view.tokens[preposition - 1]?.pos !== 'NOUN') break;
        let owner = preposition - 1;
        while (owner > 0 && /^(NOUN|ADJ|NUM|SYM)$/.test(view.tokens[owner - 1]!.pos) && preposition - owner < 4) owner--;
        if (!DETERMINER.test(view.lower(owner - 1))) break;
        start = owner;
      }
      if (!DETERMINER.test(view.lower(start - 1))) continue;
      // "…, an aspiration that Moscow rejects": a noun in apposition names what comes before it (see the appositive rules).
      if (view.lower(start - 2) === ',') continue;
      const label = topicsIn(view, start, head + 1, false)[0]?.label;
      // "the terms the airline offered": a bare noun of a stance or a deal names no content.
      if (!label || isOwnStanceNoun(label) || BARE_STANCE_NOUN.test(label) || /^(terms?|deal|agreement|accord|package)$/i.test(label)) continue;
      for (const subject of sides) results.push({ subject, predicate, object: { kind: 'topic', label, type: 'Topic' }, confidence: 0.6 });
    }
    return results;
  },
};

/** Rules for stances stated as nouns, and for the terms of a deal. */
/** Nouns of a proposal whose terms a colon may introduce: "tabled a package: …". */
const PROPOSAL_HEADS = /^(compromise|proposal|plan|offer|package|formula|counter-?proposal|counter-?offer)$/;

/**
 * "The mediator tabled a package: the ban would end, and fares would rise by 2 percent.": each clause
 * after the colon of what would happen is a term its proposer puts forward.
 */
const proposalTerms: ExtractionRule = {
  name: 'proposes.terms-after-colon',
  predicate: 'proposes',
  match(view: SentenceView) {
    const colon = view.find(new Set([':']), 2);
    if (colon === undefined || !PROPOSAL_HEADS.test(view.lower(colon - 1))) return [];
    let verb: number | undefined;
    for (let j = colon - 2; j >= Math.max(0, colon - 6) && verb === undefined; j--) {
      if (view.tokens[j]!.pos === 'VERB' && (view.lexiconEntryAt('propose', 'verbs', j) !== undefined || /^(put|table|present|make)$/.test(view.lemma(j)))) verb = j;
    }
    if (verb === undefined || view.negated(verb)) return [];
    const holders = view.subjectOf(verb).filter((m) => STANCE_ACTORS.has(m.type));
    // The clauses, each up to the comma or semicolon before the next one, every one with its modal and no one quoted.
    const end = view.find(/^(\.|!|\?)$/, colon + 1) ?? view.tokens.length;
    const modalIn = (from: number, to: number): boolean => view.find(/^(would|will|shall)$/, from, to - from) !== undefined;
    const labels: string[] = [];
    let from = colon + 1;
    for (let j = colon + 1; j <= end; j++) {
      if (j < end && !/^(,|;)$/.test(view.lower(j))) continue;
      // ("the ban would end, the fleet would shrink to 40": a comma ends a clause only before another one.)
      const next = view.lower(j + 1) === 'and' ? j + 2 : j + 1;
      // ("…, which would go into a fund": a relative clause goes on with the clause before it.)
      if (j < end && (!modalIn(next, view.find(/^(,|;|\.|!|\?)$/, next) ?? end) || /^(which|who|whom|whose)$/.test(view.lower(j + 1)))) continue;
      if (!modalIn(from, j) || view.tokens.slice(from, j).some((t) => (t.pos === 'VERB' && isReportingVerb(t)) || /^["“”]$/.test(t.text))) return [];
      labels.push(view.text(/^(the|a|an)$/.test(view.lower(from)) ? from + 1 : from, j));
      from = next;
    }
    return topicMatches(holders, labels, 0.6);
  },
};

export const STANCE_NOUN_RULES: readonly ExtractionRule[] = [stanceNoun, includedInOffer, dealTerms, underPlan, settledPassive, objectlessRelative, proposalTerms];
/** Rules that read what the sentence's other stances named: they run after every other rule. */
export const APPOSITION_RULES: readonly ExtractionRule[] = [appositiveStance];

