// Rules for `proposes`: a party offers, requests, calls for or suggests something ("Oman offered to host …").
import type { Mention } from '../../types.js';
import type { ExtractionRule, RuleMatch } from '../rule.js';
import { ADDRESSED_SIDES, REVISE_VERBS, STANCE_ACTORS, earlierFigureAfter, isAttemptBid, noteTopic, OFFER_WORDS, revisions, partyMentionAt, partyWordBefore, stanceRule, topicMatches } from '../rule.js';
import { COMMA, type SentenceView } from '../sentence-view.js';
import { topicsIn } from '../topic-phrase.js';
import { lexicon } from '../../nlp/lexicon.js';
import { opensWithFigure } from '../../nlp/number-words.js';
import { REJECT_VERBS } from './rejects.js';
import { relativeClauseRule } from './relative-clause.js';
import { AMOUNTS_TO, BARE_AGREEMENT, BARE_STANCE_NOUN, STANCE_NOUN_QUALIFIERS, judgementStart } from './stance-nouns.js';
import { AMOUNT_REQUEST, CALL_FOR, PROCEDURAL_REQUEST } from './demands.js';

/** What a verb of proposing puts forward only as a stance's or a deal's noun: "recommended the deal" says nothing of what it holds. */
const BARE_STANCE_OR_DEAL_NOUN = new RegExp(`${BARE_STANCE_NOUN.source}|${BARE_AGREEMENT.source}`, 'i');
/** What an invitation to meet invites to: a round of talks, or to meet, resume or return. */
const INVITED_TO = /^(?:(?:a|an|the|another|new)\s+)?(?:[\w-]+\s+){0,3}?(?:session|round|meeting|talks|negotiations|summit|dialogue)\b|^(?:resume|return|meet|reconvene|join)\b/i;

/** Propose verbs with rules of their own below: they need a particle, a named addressee or a duration check. */
const PROPOSE_VERBS_READ_ELSEWHERE: ReadonlySet<string> = new Set([
  'call for', 'call on', 'call upon', 'push for', 'press for', 'appeal for', 'appeal to', 'ask for', 'put forward', 'lobby for', 'bid', 'invite', 'encourage',
  // A noun far more often than a verb in news: only its passive ("drafted by") is read.
  'draft',
  // Handing over weapons, hostages or land gives them up: only a text handed over is put forward (proposes.handed-over).
  'hand over',
]);

/** What is handed over as a proposal: a text or an offer, not weapons, people or land. */
const HANDED_TEXT = /\b(?:proposals?|plans?|offers?|counter-?offers?|counter-?proposals?|drafts?|documents?|texts?|lists?|letters?|memorand(?:um|a)|roadmaps?|road maps?|terms|demands)\b/i;

/** "Egypt's request for a meeting", "the American proposal for a truce": the holder is the possessive or the party word before the noun. */
const possessiveProposal: ExtractionRule = {
  name: 'proposes.possessive-noun',
  predicate: 'proposes',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (let k = 2; k < view.tokens.length; k++) {
      if (!/^(request|proposal|offer|call|plan|initiative|appeal|suggestion|bid)$/.test(view.lower(k)) || isAttemptBid(view, k)) continue;
      const figure = offerFigure(view, k);
      if (figure !== undefined) {
        results.push(...topicMatches(figure.holders, [figure.label], 0.75));
        continue;
      }
      const figured = figureBeforeNoun(view, k);
      if (figured !== undefined) {
        results.push(...topicMatches(figured.holders, [figured.label], 0.75));
        continue;
      }
      // ("Sweden's bid to the parliament": "to" before a noun phrase names where the offer goes.)
      if (!/^(for|to|of)$/.test(view.lower(k + 1)) || (view.lower(k + 1) === 'to' && view.tokens[k + 2]?.pos !== 'VERB')) continue;
      const holder = view.lower(k - 1) === "'s" ? view.actors.filter((m) => m.tokenEnd === k - 1) : partyWordBefore(view, k);
      if (holder.length === 0) continue;
      // ('dismissed the company's offer of 3% as "symbolic"': the judgement is no part of the offer.)
      const end = Math.min(view.clauseEnd(k + 2), judgementStart(view, Math.min(...holder.map((m) => m.tokenStart)), k));
      results.push(...topicMatches(holder, topicsIn(view, k + 2, end, false).map((t) => t.label), 0.8));
    }
    return results;
  },
};

/** "the company's 9 per cent offer", "the mediator's 7.5% proposal": a side's offer named by its figure before the noun. */
function figureBeforeNoun(view: SentenceView, noun: number): { holders: Mention[]; label: string } | undefined {
  let start = noun;
  while (start > 0 && (/^(NUM|SYM)$/.test(view.tokens[start - 1]!.pos) || /^(per|cent|percent|%|-|pay|wage)$/.test(view.lower(start - 1)))) start--;
  if (start === noun || view.lower(start - 1) !== "'s" || !view.tokens.slice(start, noun).some((t) => t.pos === 'NUM')) return undefined;
  const holders = view.actors.filter((m) => m.tokenEnd === start - 1 && STANCE_ACTORS.has(m.type));
  return holders.length === 0 ? undefined : { holders, label: view.text(start, noun + 1) };
}

/**
 * "Kestrel's last offer stood at 22%", "the airline's final offer, tabled in August, was 19%", "the port's offer was
 * a two-year freeze": what a side's offer amounted to, a figure, is what it proposed.
 */
function offerFigure(view: SentenceView, noun: number): { holders: Mention[]; label: string } | undefined {
  let owner = noun - 1;
  while (owner > 0 && STANCE_NOUN_QUALIFIERS.has(view.lower(owner))) owner--;
  if (view.lower(owner) !== "'s") return undefined;
  const holders = view.actors.filter((m) => m.tokenEnd === owner && STANCE_ACTORS.has(m.type));
  if (holders.length === 0) return undefined;
  let at = noun + 1;
  // An aside between commas: ", tabled in August,".
  if (view.lower(at) === ',') at = (view.find(COMMA, at + 1, 8) ?? at) + 1;
  const copula = AMOUNTS_TO.test(view.lower(at)) ? (/^(at|to)$/.test(view.lower(at + 1)) ? at + 2 : at + 1) : undefined;
  if (copula === undefined) return undefined;
  const figure = (k: number): boolean => /^(NUM|SYM)$/.test(view.tokens[k]?.pos ?? '') || /^[$€£]/.test(view.tokens[k]?.text ?? '');
  // ("… was a two-year wage freeze": a thing the offer names by a figure, after "a"; "was a good start" judges it.)
  const counted = /^(a|an)$/.test(view.lower(copula)) && figure(copula + 1);
  if (!figure(copula) && !counted) return undefined;
  const label = topicsIn(view, copula, view.clauseEnd(copula), false)[0]?.label;
  return label === undefined ? undefined : { holders, label };
}

/** "The company had put a 7% raise over three years on the table": what a side puts on the table, it offers. */
const onTheTable: ExtractionRule = {
  name: 'proposes.on-the-table',
  predicate: 'proposes',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (let k = 0; k < view.tokens.length; k++) {
      if (view.lemma(k) !== 'put' || view.tokens[k]!.pos !== 'VERB' || view.negated(k) || view.lower(k + 1) === 'on') continue;
      let on = k + 2;
      while (on < k + 14 && !(view.lower(on) === 'on' && view.lower(on + 1) === 'the' && view.lower(on + 2) === 'table')) on++;
      // ("a 7% raise", "a 7 percent raise": a word the tagger reads as a verb after a figure, a determiner or a noun is a noun;
      // "a 12-month truce": a hyphen inside a word is no punctuation.)
      if (on === k + 14 || view.tokens.slice(k + 1, on).some((t, n) => (t.pos === 'PUNCT' && t.text !== '-') || (t.pos === 'VERB' && !/^(DET|NUM|SYM|ADJ|NOUN)$/.test(view.tokens[k + n]!.pos)))) continue;
      // ("laid all their cards on the table": says the side made its position known, not what it is.)
      if (/^(?:all )?(?:of )?(?:(?:its|their|his|her|our) )?cards$/i.test(view.text(k + 1, on))) continue;
      const subjects = view.subjectOf(k).filter((m) => STANCE_ACTORS.has(m.type));
      // "put a new proposal on the table: a 32% raise over six years": what the proposal holds, after the colon.
      // ("put her compromise on the table: a price of 0.48 euro a litre": so does a compromise or a formula.)
      const bare = BARE_STANCE_NOUN.test(view.text(k + 1, on)) || /^(?:a|an|the|its|their|his|her|new)\s+(?:\S+\s+)?(?:compromise|formula|package)$/i.test(view.text(k + 1, on));
      const colon = view.lower(on + 3) === ':' && bare ? on + 4 : undefined;
      const objectEnd = colon === undefined ? on : view.clauseEnd(colon);
      const earlier = colon === undefined ? undefined : earlierFigureAfter(view, objectEnd);
      for (const topic of [...topicsIn(view, colon ?? k + 1, objectEnd, false), ...(earlier === undefined ? [] : [{ label: earlier }])]) {
        for (const subject of subjects) results.push({ subject, object: { kind: 'topic', label: topic.label, type: 'Topic' }, confidence: 0.75 });
      }
    }
    return results;
  },
};

/** "What we have proposed is a pilot scheme", "What I have tabled is a buffer fund", "What the union put forward was a shorter week": the offer after "is". */
const pseudoCleft: ExtractionRule = {
  name: 'proposes.pseudo-cleft',
  predicate: 'proposes',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (let k = 0; k + 3 < view.tokens.length; k++) {
      if (view.lower(k) !== 'what') continue;
      const subjects = view.actors.filter((m) => m.tokenStart === k + 1 && STANCE_ACTORS.has(m.type));
      if (subjects.length === 0) continue;
      let verb = subjects[0]!.tokenEnd;
      while (/^(AUX|ADV)$/.test(view.tokens[verb]?.pos ?? '')) verb++;
      if (view.tokens[verb]?.pos !== 'VERB' || view.negated(verb)) continue;
      // ("What the union put forward was …": the verb with its particle.)
      const onTable = view.lemma(verb) === 'put' ? (view.lower(verb + 1) === 'on' && view.lower(verb + 3) === 'table' ? verb + 4 : view.lower(verb + 1) === 'forward' ? verb + 2 : undefined) : undefined;
      const copula = onTable ?? (lexicon().verbs('propose').has(view.lemma(verb)) ? verb + 1 : undefined);
      if (copula === undefined || !/^(is|was)$/.test(view.lower(copula))) continue;
      // "What Peru offered was not enough": a judgement of the offer, not what it is.
      // ("What the firm put forward was to fund a clinic, provided that …": what the side would do, before the condition.)
      const infinitive = view.lower(copula + 1) === 'to' && view.tokens[copula + 2]?.pos === 'VERB' ? copula + 2 : undefined;
      const first = view.tokens[copula + 1];
      if (infinitive === undefined && (first === undefined || !(/^(DET|NUM|SYM|NOUN|PROPN)$/.test(first.pos) || (first.pos === 'ADJ' && view.tokens[copula + 2]?.pos === 'NOUN')))) continue;
      const from = infinitive ?? copula + 1;
      const condition = view.tokens.findIndex((t, j) => j > from && t.text === ',' && /^(on|provided|if|as)$/.test(view.lower(j + 1)));
      const end = Math.min(view.clauseEnd(from), condition > 0 ? condition : Infinity);
      results.push(...topicMatches(subjects, topicsIn(view, from, end, false).map((t) => t.label), 0.75));
    }
    return results;
  },
};

/**
 * "X is willing / ready / prepared to continue the dialogue", "X could accept Y": an offer. A bare "continue" means
 * continuing the talks.
 */
const willingness: ExtractionRule = {
  name: 'proposes.willing',
  predicate: 'proposes',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (let k = 0; k < view.tokens.length; k++) {
      // "ready to resume talks", "ready for a meeting between the leaders"
      // "signalled openness to a joint scheme", "expressed readiness for talks": the nouns say the same.
      // ("is disposed to review …", as news translated from Spanish writes "dispuesto a".)
      if (!/^(willing|ready|prepared|open|eager|keen|disposed|willingness|readiness|openness|eagerness)$/.test(view.lower(k)) || !/^(to|for)$/.test(view.lower(k + 1))) continue;
      // "ready to be serious": being something is no offer.
      // ("has yet to say if it is prepared to stay": a willingness in doubt is no offer.)
      if (view.lemma(k + 2) === 'be' || view.find(/^(whether|if)$/, Math.max(0, k - 5), Math.min(5, k)) !== undefined) continue;
      // ("We are not willing to pave the access track", "not prepared to accept the offer": a side unwilling to do a thing
      // refuses it; "not ready to sign" says when, not whether.)
      const negated = view.negated(k);
      const refused = negated && /^(willing|prepared)$/.test(view.lower(k)) && view.lower(k + 1) === 'to';
      if (negated && !refused) continue;
      const subjects = view.subjectOf(k);
      if (subjects.length === 0) continue;
      if (refused) {
        const accepted = view.lemma(k + 2) === 'accept' ? k + 3 : k + 2;
        for (const topic of topicsIn(view, accepted, view.clauseEnd(accepted), false)) for (const subject of subjects) results.push({ subject, predicate: 'rejects', object: { kind: 'topic', label: topic.label, type: 'Topic' }, confidence: 0.7 });
        continue;
      }
      // ("I trust both camps are ready to …", said by a mediator: another's hope of a side is no offer of the side's.)
      const hoper = view.find(/^(hope|hopes|hoped|hoping|wish|wishes|wished|expect|expects|expected|trust|trusts|trusted)$/, Math.max(0, k - 8), Math.min(8, k));
      const sideOf = (m: Mention): string => m.party ?? m.canonical;
      if (hoper !== undefined && !view.subjectOf(hoper).some((m) => subjects.some((s) => sideOf(s) === sideOf(m)))) continue;
      const end = view.clauseEnd(k + 2);
      for (const topic of topicsIn(view, k + 2, end, false)) {
        const label = /^(continue|resume|keep)$/i.test(topic.label.split(' ')[0] ?? '') && !/talk|negotiat|dialogue|contact|discussion|meeting/i.test(topic.label)
          ? topic.label.replace(/^(\S+)/, '$1 the talks')
          : topic.label;
        for (const subject of subjects) results.push({ subject, object: { kind: 'topic', label, type: 'Topic' }, confidence: 0.7 });
      }
    }
    // "The union could accept a 40-hour week", "Kestrel would consider moving two cranes to Callao", "could support a
    // 2 percent rise": what a side says it could take up is what it offers, unless it is another side's offer.
    // ("might accept" is talk of what a side may do.)
    for (let k = 1; k < view.tokens.length; k++) {
      if (!/^(could|would|can)$/.test(view.lower(k - 1)) || !/^(accept|consider|support|entertain)$/.test(view.lemma(k)) || view.tokens[k]!.pos !== 'VERB') continue;
      // ("would consider all options", "could support every proposal": a side open to anything offers nothing.)
      if (view.negated(k) || /^(nothing|no|only|anything|any)$/.test(view.lower(k + 1)) || (/^(all|every)$/.test(view.lower(k + 1)) && /^(options?|possibilities|alternatives|proposals?|offers?|ideas?)$/.test(view.lower(k + 2)))) continue;
      const subjects = view.subjectOf(k).filter((m) => m.type !== 'Person' || m.party !== undefined);
      if (subjects.length === 0) continue;
      for (const topic of topicsIn(view, k + 1, view.clauseEnd(k + 1), false)) {
        // ("would consider the idea": a noun alone refers back to what another side put forward.)
        if (!topic.label.includes(' ') || BARE_STANCE_OR_DEAL_NOUN.test(topic.label) || /['’]s? (?:offer|proposal|plan|deal|demand|terms)\b/i.test(topic.label)) continue;
        for (const subject of subjects) results.push({ subject, object: { kind: 'topic', label: topic.label, type: 'Topic' }, confidence: 0.65 });
      }
    }
    return results;
  },
};

/** "We considered the continuation of negotiations desirable". */
const desirable: ExtractionRule = {
  name: 'proposes.considered-desirable',
  predicate: 'proposes',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (let k = 0; k < view.tokens.length; k++) {
      if (!/^(considered|consider|considers|deem|deemed|deems|find|found)$/.test(view.lower(k))) continue;
      const adjective = view.find(/^(desirable|useful|appropriate|important|necessary|worthwhile|acceptable)$/, k + 2, 8);
      if (adjective === undefined) continue;
      const subjects = view.subjectOf(k);
      if (subjects.length === 0) continue;
      results.push(...topicMatches(subjects, topicsIn(view, k + 1, adjective, false).map((t) => t.label), 0.65));
    }
    return results;
  },
};

/**
 * "Ostra raised its offer to 14 billion euros from 12 billion", "the company improved its pay offer to 6%": the side
 * now offers the new figure, labelled by the noun it names ("offer of 14 billion euros"); the old one is left out.
 */
const revisedOfferRule: ExtractionRule = {
  name: 'proposes.revised-offer',
  predicate: 'proposes',
  match(view: SentenceView, context) {
    const results: RuleMatch[] = [];
    for (const { subjects, from, noun, to, end } of revisions(view, OFFER_WORDS)) {
      const offer = view.text(from, noun + 1);
      const pronoun = /^(it|that)$/.test(offer);
      const labels = topicsIn(view, to + 1, end, false).map((t) => (pronoun ? t.label : `${offer} of ${t.label}`));
      results.push(...topicMatches(subjects, labels, 0.75));
      // "Bayline raised its offer to 5%. The union turned it down.": the new offer is what "it" stands for next.
      const last = labels.at(-1);
      if (last !== undefined) noteTopic(context, { label: last, party: subjects[0]!.party, sentence: view.sentence.index, at: end, predicate: 'proposes' });
    }
    // "That bid was later raised to $8,000": in the passive, the offer is the one whose holder was read last.
    const holder = context.lastHolder.get('proposes');
    for (let k = 1; holder !== undefined && k + 3 < view.tokens.length; k++) {
      if (!/^(offer|bid|proposal)$/.test(view.lower(k)) || !/^(this|that|the|its|their)$/.test(view.lower(k - 1)) || !/^(was|were|has|had|is)$/.test(view.lower(k + 1))) continue;
      let verb = k + 2;
      while (view.tokens[verb]?.pos === 'ADV' || view.lower(verb) === 'been') verb++;
      if (!REVISE_VERBS.test(view.lemma(verb)) || view.tokens[verb]!.pos !== 'VERB') continue;
      const to = /^(upward|upwards|up|down|downward|downwards)$/.test(view.lower(verb + 1)) ? verb + 2 : verb + 1;
      const clauseEnd = view.clauseEnd(to + 1);
      if (view.lower(to) !== 'to' || !opensWithFigure(view.text(to + 1, clauseEnd))) continue;
      const label = topicsIn(view, to + 1, clauseEnd, false)[0]?.label;
      if (label) results.push({ subject: partyMentionAt(view, k, holder, 'description'), object: { kind: 'topic', label: `offer of ${label}`, type: 'Topic' }, confidence: 0.65 });
    }
    return results;
  },
};

/**
 * What a side asks to do for itself, which asks nothing of the other side: "asked to speak", "asked to see the text";
 * nor does asking someone to act as the talks' facilitator or chair ("whom the two sides asked to serve as …").
 */
const ASKED_FOR_ONESELF = /^(?:be|see|speak|know|comment|leave|attend|join|remain|stay|address|hear|read|review|examine)\b|^(?:act|serve) as\b/i;

/** An offer named by its noun: "a proposal of …", "its counter-offer", "a new plan". */
const OFFER_NOUN_PHRASE = /^(?:an?|its|their|his|her|our) (?:\S+ ){0,2}?(?:offer|proposal|counter-?offer|counter-?proposal|plan|bid|package)\b/i;
/** A figure, in digits or in words: "5 percent", "three hundred thousand". */
const FIGURE = { test: opensWithFigure };
/** A thing with its figure: "a water fund worth 3 percent of sales", "a bonus of $500". */
const FIGURED_THING = /^(?:an?|the|its|their) (?:\S+ ){0,5}?\S*\d/i;
/** What a side opens the bargaining at or with: a figure, an offer named by its noun, or a thing with its figure. */
const OPENING_OFFER = { test: (object: string): boolean => FIGURE.test(object) || OFFER_NOUN_PHRASE.test(object) || FIGURED_THING.test(object) };

/** "asked Halvorsen to chair …", "asked the Peruvian government to …": someone named, asked to act. */
const NAMED_ASKED_TO = /^(?:the |its |their )?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:board |government |team |delegation )?to \p{Ll}/u;
/** "asked the agency to step in", "asked the mediator to …": a body or a go-between named by its kind. */
const BODY_ASKED_TO = /^the (?:\p{Ll}+ ){0,2}?(\p{Ll}+) to \p{Ll}/u;
/** A noun naming a body by its kind that a side may ask to act: an organisation's, a go-between's, a court's. */
function isBodyNoun(word: string): boolean {
  return lexicon().nouns('organisation').has(word) || lexicon().nouns('mediate').has(word) || /^(court|tribunal|judge)$/.test(word);
}

/** "the tribunal to suspend …", "the court for an injunction": a body named by its kind, and what it is asked for. */
const BODY_APPLIED_TO = {
  test(object: string): boolean {
    const body = /^the (?:\p{L}+ ){0,3}?(\p{Ll}+)(?: in \S+)? (?:to \p{Ll}|for \S)/u.exec(object)?.[1];
    return body !== undefined && isBodyNoun(body);
  },
};
const ASKED_SOMEONE_TO = {
  test(object: string): boolean {
    if (NAMED_ASKED_TO.test(object) || ADDRESSED_SIDES.test(object)) return true;
    const body = BODY_ASKED_TO.exec(object)?.[1];
    return body !== undefined && isBodyNoun(body);
  },
};

/**
 * "saying it would instead hire 5,000 of them a year", "the board would instead extend the contract": what a
 * side would do instead of what was asked is its counter-offer.
 */
const insteadOffer: ExtractionRule = {
  name: 'proposes.instead',
  predicate: 'proposes',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (let k = 1; k + 2 < view.tokens.length; k++) {
      if (view.lower(k) !== 'instead' || !/^(would|will|could|can)$/.test(view.lower(k - 1)) || view.tokens[k + 1]!.pos !== 'VERB' || view.negated(k - 1)) continue;
      // ("will instead accept a freeze", "would instead insist on …": a verb of a stance is read by that stance's rules.)
      if ((['agree', 'reject', 'demand', 'propose'] as const).some((cls) => lexicon().verbs(cls).has(view.lemma(k + 1)))) continue;
      const holders = view.subjectOf(k + 1).filter((m) => STANCE_ACTORS.has(m.type));
      const label = topicsIn(view, k + 1, view.clauseEnd(k + 2), false)[0]?.label;
      if (holders.length > 0 && label !== undefined) results.push(...topicMatches(holders, [label], 0.7));
    }
    return results;
  },
};

/** What any side hopes for, which puts nothing forward: "expressed hope for progress", "for a quick solution". */
const VAGUE_HOPE = /^(?:(?:some|more|further|real|quick|rapid|swift|a|an|the) )*(?:progress|success|solution|resolution|breakthrough|best)(?: (?:on|this|next|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|month|year))?$/i;

/** Rules for `proposes`. */
export const PROPOSES_RULES: readonly ExtractionRule[] = [
  insteadOffer,
  // The verbs of proposing, less those read by the rules below, and less a bare "made an offer": stance-nouns reads that.
  // ("would prefer not to comment": what a side prefers not to do is nothing it puts forward.)
  // ("suggested prices would be higher by spring": a forecast, no proposal.)
  stanceRule({ name: 'proposes.verb', predicate: 'proposes', trigger: { cls: 'propose', except: PROPOSE_VERBS_READ_ELSEWHERE }, verbOnly: true, confidence: 0.8, negatedAs: 'skip', split: 'terms', objectMustNot: new RegExp(`${BARE_STANCE_OR_DEAL_NOUN.source}|^not\\b|^(?:that )?(?:\\S+ ){1,4}(?:would|could|might|may) (?:be|become|prove) (?:more|less|very|quite|too|much|far|better|worse|likely|unlikely|\\w+er)\\b`, 'i') }),
  // "Kestrel bid $2 billion for the terminal": a sum bid is offered. ("bid to end the strike" is an attempt.)
  stanceRule({ name: 'proposes.bid-sum', predicate: 'proposes', trigger: /^bid$/, verbOnly: true, confidence: 0.75, negatedAs: 'skip', split: false, objectMust: /^(?:[$€£¥]|(?:about|around|nearly|almost|some|up to|more than|over) )?[$€£¥]?\d/i }),
  stanceRule({ name: 'proposes.handed-over', predicate: 'proposes', trigger: /^hand$/, particle: /^over$/, verbOnly: true, confidence: 0.75, negatedAs: 'skip', split: false, objectMust: HANDED_TEXT, objectMustNot: BARE_STANCE_OR_DEAL_NOUN }),
  // "the accord, drafted by Chile and Peru", "the 8% offered by the company": the agent proposes what comes before. ("The
  // plan, submitted by the alliance, would …": a bare offer's noun names nothing; stance-nouns reads what it holds. A
  // deal's noun, "the accord, drafted by Chile and Peru", names the deal.)
  stanceRule({ name: 'proposes.passive', predicate: 'proposes', trigger: { cls: 'propose', except: new Set([...[...PROPOSE_VERBS_READ_ELSEWHERE].filter((v) => v !== 'draft'), 'request']) }, confidence: 0.75, negatedAs: 'skip', split: false, passive: true, objectMustNot: BARE_STANCE_NOUN }),
  // "the direct talks requested by Kyiv"; a sum requested is a condition (demands.requested-by).
  stanceRule({ name: 'proposes.requested-by', predicate: 'proposes', trigger: /^request$/, confidence: 0.75, negatedAs: 'skip', split: false, passive: true, objectMustNot: AMOUNT_REQUEST }),
  // "Beijing has called on Washington to ease its export controls": the call names who should act, and what.
  stanceRule({ name: 'proposes.call-on', predicate: 'proposes', trigger: /^call$/, particle: /^(on|upon)$/, verbOnly: true, confidence: 0.75, negatedAs: 'skip', split: false, objectMust: /^\S+(?: \S+){0,3} to \S+/ }),
  stanceRule({ name: 'proposes.call-for', predicate: 'proposes', trigger: CALL_FOR, particle: /^for$/, gap: 6, verbOnly: true, confidence: 0.8, negatedAs: 'skip', split: false, objectMustNot: AMOUNT_REQUEST }),
  // ("a sign of hope for …", "words of hope to …": a hope that qualifies another noun is nobody's bid.)
  // ("hoping for the best": a saying, no proposal.)
  // ("The board wishes to stress that …", "wishes to thank …": what a side wishes to say or to thank is no proposal.)
  stanceRule({ name: 'proposes.desire', predicate: 'proposes', trigger: /^(desire|wish)$/, particle: /^(for|in|to)$/, confidence: 0.7, negatedAs: 'skip', split: false, requireBefore: /^(?!of$)/, objectMustNot: /^(?:the )?(?:best|worst)\b|^(?:note|stress|emphasi[sz]e|clarify|inform|remind|reiterate|point out|thank|express|say|state|announce|confirm|assure|advise|add|underline)\b/i }),
  // ("expressed interest in a joint fund"; not "each side has an interest in the truce", a stake in it.)
  // ("expressed hope for a swift vote", "signalled readiness to reopen the port"; not "had hoped for a better outcome",
  // "is hoping for progress": a hope or a readiness a side voices is its bid, one it only feels is none.)
  stanceRule({ name: 'proposes.desire', predicate: 'proposes', trigger: /^(interest|hope|readiness|willingness)$/, particle: /^(for|in|to)$/, confidence: 0.7, negatedAs: 'skip', split: false, requireBefore: /^(?!of$)/, introducedBy: /^(expressed|expresses|express|expressing|showed|shown|shows|signalled|signaled|signals|voiced|voices|indicated|indicates|declared|confirmed|reiterated)$/ , objectMustNot: VAGUE_HOPE }),
  stanceRule({ name: 'proposes.pressure', predicate: 'proposes', trigger: /^pressure$/, particle: /^to$/, gap: 6, confidence: 0.55, negatedAs: 'skip', split: false, agentAfterFrom: true }),
  stanceRule({ name: 'proposes.ask-for', predicate: 'proposes', trigger: /^ask$/, particle: /^for$/, gap: 3, confidence: 0.65, negatedAs: 'skip', split: false, objectMust: PROCEDURAL_REQUEST }),
  // "the bloc asked to restore the global goal", "asked the board to engage with the bidder": what a side asks to be
  // done, by whom it names (a side asking to speak, see or leave asks nothing of the other).
  stanceRule({ name: 'proposes.ask-to', predicate: 'proposes', trigger: /^ask$/, particle: /^to$/, verbOnly: true, confidence: 0.7, negatedAs: 'skip', split: true, objectMustNot: ASKED_FOR_ONESELF }),

  stanceRule({ name: 'proposes.ask-someone-to', predicate: 'proposes', trigger: /^ask$/, verbOnly: true, confidence: 0.65, negatedAs: 'skip', split: false, objectMust: ASKED_SOMEONE_TO, objectMustNot: /\bto (?:comment|wait|leave|speak|be patient)\b/ }),
  // "applied to the tribunal to suspend the strike", "applied to the court for an injunction": what a side asks a
  // body to do.
  stanceRule({ name: 'proposes.applied-to', predicate: 'proposes', trigger: /^apply$/, particle: /^to$/, verbOnly: true, confidence: 0.7, negatedAs: 'skip', split: false, objectMust: BODY_APPLIED_TO }),
  // "Chile opened at 5%", "the owners opened with an offer of 47%": where a side opens the bargaining, it offers.
  stanceRule({ name: 'proposes.opened-at', predicate: 'proposes', trigger: /^open$/, particle: /^(at|with)$/, verbOnly: true, confidence: 0.7, negatedAs: 'skip', split: false, objectMust: OPENING_OFFER }),
  // "We began at 200,000", "Bayline went to 700,000 euro", "the union came down to 9 percent": a side's move in the
  // bargaining, to a figure, is what it then offers.
  stanceRule({ name: 'proposes.moved-to', predicate: 'proposes', trigger: /^(start|begin|go|move|come)$/, particle: /^(at|to)$/, gap: 1, verbOnly: true, confidence: 0.6, negatedAs: 'skip', split: false, objectMust: FIGURE }),
  // "Peru replied with a proposal of eight tenths", "responded with a 6% raise": an answer that is an offer, as where a
  // side opens; "came back with a counter-offer" only with an offer's noun ("came second with 31 seats" is no answer).
  stanceRule({ name: 'proposes.replied-with', predicate: 'proposes', trigger: /^(reply|respond|answer)$/, particle: /^with$/, gap: 1, verbOnly: true, confidence: 0.7, negatedAs: 'skip', split: false, objectMust: OPENING_OFFER }),
  stanceRule({ name: 'proposes.replied-with', predicate: 'proposes', trigger: /^come$/, particle: /^with$/, gap: 1, verbOnly: true, confidence: 0.7, negatedAs: 'skip', split: false, objectMust: OFFER_NOUN_PHRASE }),
  // ("set out its own plan: staff would …": the clauses after the colon are proposals.terms-after-colon's, and
  // "its own plan" alone names nothing.)
  stanceRule({ name: 'proposes.put-forward', predicate: 'proposes', trigger: /^put$/, particle: /^forward$/, confidence: 0.8, negatedAs: 'skip', split: 'terms', objectMustNot: /^(?:its|their|his|her|our|a|an|the) (?:own |new |revised |latest )?(?:plan|proposal|proposals|offer|terms|counter-?proposal)\s*(?::|$)/i }),
  // "invited both sides to a new session in June", "invited the union to resume talks": an invitation to meet
  // proposes the meeting.
  stanceRule({ name: 'proposes.invite-to', predicate: 'proposes', trigger: /^invite$/, particle: /^to$/, gap: 5, verbOnly: true, confidence: 0.65, negatedAs: 'skip', split: false, objectMust: INVITED_TO }),
  stanceRule({ name: 'proposes.possibility', predicate: 'proposes', trigger: /^(possibility|idea|prospect|option)$/, particle: /^of$/, confidence: 0.55, negatedAs: 'skip', split: false, holderIsSentenceSubject: true, requireBefore: /^(the|an?)$/, unlessBefore: REJECT_VERBS, consequenceIntroducers: /^raising$/, introducedBy: /^(raised|raising|raise|raises|floated|floating|float|floats|mentioned|mentions|mention|suggested|suggests|offered|offers|proposed|proposes|explore|explores|explored|exploring|broached|backed|backs|supports|supported|welcomed|welcomes|discussed|discussing|discuss|discusses)$/ }),
  // "the buffer fund that the mediator suggested", ", a formula Chile put forward".
  relativeClauseRule('proposes.relative-clause', 'proposes', (view, k) => view.tokens[k]!.pos === 'VERB' && lexicon().verbs('propose').has(view.lemma(k)) && !view.negated(k)),
  possessiveProposal,
  pseudoCleft,
  revisedOfferRule,
  onTheTable,
  willingness,
  desirable,
];
