// Rules for `demands`: a party insists on a condition ("Russia demanded …", "Among Russia's demands are A, B and C").
import type { Mention, Predicate } from '../../types.js';
import type { ExtractionRule, RuleMatch } from '../rule.js';
import { DEMAND_WORDS, MAKING_A_DEAL, isPassiveParticiple, STANCE_ACTORS, noteTopic, partyMentionAt, revisions, stanceRule, topicMatches } from '../rule.js';
import { COMMA, MODALS, type SentenceView } from '../sentence-view.js';
import { topicsIn } from '../topic-phrase.js';
import { isReportingVerb, lexicon } from '../../nlp/lexicon.js';
import { relativeClauseRule } from './relative-clause.js';
import { neededTopic, unmetNeeds } from './unmet-needs.js';

const CONDITION_NOUNS = /^(demands|conditions|requirements|preconditions|terms|red-lines)$/;

/** Nouns that head a list of proposals rather than conditions: "Among the union's proposals are …". */
const PROPOSAL_NOUNS = /^(proposals|offers)$/;

/**
 * "Among Russia's demands are …", "Iran's conditions include …": the holder is the possessive before the noun.
 * "Among the other proposals listed are A; B; and C": with no possessive, the side that last made such a stance; a
 * list after "Among" may run on past semicolons.
 */
const possessiveList: ExtractionRule = {
  name: 'demands.possessive-list',
  predicate: 'demands',
  match(view: SentenceView, context) {
    const results: RuleMatch[] = [];
    for (let k = 1; k < view.tokens.length; k++) {
      const proposals = PROPOSAL_NOUNS.test(view.lower(k));
      if (!CONDITION_NOUNS.test(view.lower(k)) && !proposals) continue;
      const among = view.lower(0) === 'among' || view.lower(1) === 'among';
      const predicate: Predicate = proposals ? 'proposes' : 'demands';
      let holder = view.lower(k - 1) === "'s" ? view.actors.filter((m) => m.tokenEnd === k - 1 || m.tokenEnd === k) : [];
      // ("Among the further demands of the guild are …": a holder named after "of" is read by demands.demand-of.)
      if (holder.length === 0 && among && /^(the|other)$/.test(view.lower(k - 1)) && view.lower(k + 1) !== 'of') {
        // In bargaining a side's demands are what it proposes: "they wanted …. Among the other proposals are …".
        const last = context.lastHolder.get(predicate) ?? context.lastHolder.get(proposals ? 'demands' : 'proposes');
        if (last) holder = [partyMentionAt(view, k, last, 'description')];
      }
      if (holder.length === 0) continue;
      const verb = view.find(/^(are|include|included|includes|were|:|is)$/, k + 1, among ? 8 : 2);
      if (verb === undefined) continue;
      const end = among ? (view.find(/^(\.|!|\?)$/, verb + 1) ?? view.tokens.length) : view.clauseEnd(verb + 1);
      // "Iran's demands are unrealistic": a judgement of the demands, not a list of them.
      if (!hasNoun(view, verb + 1, end)) continue;
      // Items a semicolon separates are read one by one.
      const labels: string[] = [];
      let from = verb + 1;
      for (let j = verb + 1; j <= end; j++) {
        if (j === end || view.lower(j) === ';') {
          labels.push(...topicsIn(view, from, among ? Math.min(j, view.clauseEnd(from)) : j).map((t) => t.label));
          from = j + 1;
        }
      }
      results.push(...topicMatches(holder, labels, 0.85).map((m) => ({ ...m, predicate })));
    }
    return results;
  },
};

/** Words that judge a stance rather than state it: "The league's offer is an insult". */
const JUDGING_COMPLEMENT = /^(?:(?:a|an|the|just|simply|frankly|really|quite|not|no|nothing|more|less|still|only)\s+)*(?:\S+\s+)?(?:insult|joke|disgrace|slap|non-starter|nonstarter|nonsense|fantasy|provocation|step|mistake|problem|issue|concern|question|matter|point|start|beginning|surprise|shame|pity|lie|trap|ploy|stunt|gimmick|farce|sham|distraction|red herring|fair|clear|simple|unacceptable|unrealistic|reasonable|generous|final|firm|unchanged|the same|on the table|off the table)\b/i;

/** A passive participle alone, with an adverb, an agent or a time after it: "was quietly dropped", "was rejected by the board". */
const PASSIVE_ONLY = /^(?:\w+ly\s+)?\w+(?:ed|en)(?:\s+(?:by|in|on|at|last|this|after|before|during)\b.*)?$/;

/** An adjective that judges what it follows: "Its demand is unrealistic". */
const JUDGING_ADJECTIVE = /^(?:(?:just|simply|frankly|really|quite|not|still|so|too|very|completely|totally|wholly)\s+)*(?:unrealistic|unacceptable|clear|simple|reasonable|unreasonable|fair|unfair|modest|excessive|impossible|achievable|unachievable|affordable|unaffordable|unchanged|the same|outrageous|absurd|ridiculous|(?:short|long|brief)$)\b/i;

/**
 * "The board's latest offer is a levy of 2 percent", "Their main demand is a 9% raise", "Our offer is to phase the levy
 * in": what a side's stance is, stated as its stance noun's complement after "is". A judgement of the stance ("an
 * insult", "unrealistic") states none.
 */
const possessiveStanceIs: ExtractionRule = {
  name: 'stance.possessive-is',
  predicate: 'demands',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (const { predicate, last: noun, holder } of ownedStanceNouns(view)) {
      // ("The board's proposal, tabled in May, is to close …": an aside set off by commas may follow the noun.)
      const aside = view.lower(noun + 1) === ',' ? view.find(COMMA, noun + 2, 12) : undefined;
      const last = aside !== undefined && /^(is|was)$/.test(view.lower(aside + 1)) && !view.tokens.slice(noun + 2, aside).some((t) => t.pos === 'AUX') ? aside : noun;
      if (view.tokens[noun]!.lower !== view.tokens[noun]!.lemma || !/^(is|was|remains|remained)$/.test(view.lower(last + 1))) continue;
      const from = /^(that|to)$/.test(view.lower(last + 2)) ? last + 3 : last + 2;
      // ("The company's offer was rejected", "its demand was quietly dropped": a passive says what became of the stance.)
      let participle = last + 2;
      while (view.tokens[participle]?.pos === 'ADV') participle++;
      if (from === last + 2 && view.tokens[participle]?.pos === 'VERB' && isPassiveParticiple(view, participle)) continue;
      const end = view.clauseEnd(from);
      // ("The league's latest offer is 48%.": a figure alone says what it holds too.)
      const figure = view.tokens.slice(from, end).some((t) => t.pos === 'NUM');
      if (JUDGING_COMPLEMENT.test(view.text(last + 2, end)) || !(hasNoun(view, from, end) || figure)) continue;
      const labels = topicsIn(view, from, end, view.lower(last + 2) !== 'that').map((t) => t.label);
      results.push(...topicMatches(holder, labels, 0.75).map((m) => ({ ...m, predicate })));
    }
    return results;
  },
};

/**
 * "Paid rest breaks have been one of the union's oldest demands", "A rent freeze is their main demand": the subject
 * of "is" before a side's stance noun is what the side demands (or proposes).
 */
const isPossessiveStance: ExtractionRule = {
  name: 'stance.is-possessive',
  predicate: 'demands',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (const { predicate, last, holder } of ownedStanceNouns(view)) {
      // ("The sticking point is Peru's demand that …": a noun with its own content says it after it.)
      if (/^(that|for|to|of|on)$/.test(view.lower(last + 1))) continue;
      // Back past the owner's name and "one of", to the verb "be" and the subject before it.
      let verb = Math.min(...holder.map((m) => m.tokenStart)) - 1;
      if (view.lower(verb) === 'the') verb--;
      if (view.lower(verb) === 'of' && view.lower(verb - 1) === 'one') verb -= 2;
      if (!/^(is|was|remains|remained|been|become|became)$/.test(view.lower(verb))) continue;
      let subjectEnd = verb;
      while (subjectEnd > 0 && view.tokens[subjectEnd - 1]!.pos === 'AUX') subjectEnd--;
      const start = Math.max(0, view.tokens.findLastIndex((t, j) => j < subjectEnd && /^[,;:"“]$/.test(t.text)) + 1);
      if (subjectEnd <= start || !hasNoun(view, start, subjectEnd) || /^(it|this|that|these|those|which|what)$/.test(view.lower(start))) continue;
      const labels = topicsIn(view, start, subjectEnd, false).map((t) => t.label);
      results.push(...topicMatches(holder, labels, 0.75).map((m) => ({ ...m, predicate })));
    }
    return results;
  },
};

/** Words between a side's possessive and its stance noun that only qualify the noun: "the union's oldest demands". */
const STANCE_QUALIFIERS = /^(latest|final|opening|main|key|central|core|new|first|initial|revised|last|chief|principal|long-standing)$/;

/**
 * Each demand or offer noun owned by a side in the possessive ("the board's latest offer", "their main demand", "the
 * union's oldest demands"): its predicate, its last token and the side.
 */
function* ownedStanceNouns(view: SentenceView): Generator<{ readonly predicate: 'demands' | 'proposes'; readonly last: number; readonly holder: Mention[] }> {
  for (const [cls, predicate] of [['demand', 'demands'], ['propose', 'proposes']] as const) {
    for (const [first, last] of view.lexiconMatches(cls, 'nouns')) {
      let owner = first - 1;
      // ("the board's most generous offer": an adverb may qualify the adjective.)
      while (owner > 0 && (view.tokens[owner]!.pos === 'ADJ' || STANCE_QUALIFIERS.test(view.lower(owner)) || (/^(most|more|very)$/.test(view.lower(owner)) && view.tokens[owner + 1]?.pos === 'ADJ'))) owner--;
      if (!/^(['’]s?|their|its|our|his|her)$/.test(view.lower(owner))) continue;
      const holder = view.actors.filter((m) => STANCE_ACTORS.has(m.type) && (m.tokenEnd === owner || (m.tokenStart === owner && m.tokenEnd === owner + 1) || m.tokenEnd === owner + 1));
      if (holder.length > 0) yield { predicate, last, holder };
    }
  }
}

/** True when tokens [from, to) hold a noun or a verb, not only adjectives and adverbs. */
function hasNoun(view: SentenceView, from: number, to: number): boolean {
  return view.tokens.slice(from, to).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'VERB');
}

/** "reiterated previously established conditions, including A as well as B", "reiterated demands for X". */
const statedConditions: ExtractionRule = {
  name: 'demands.stated-conditions',
  predicate: 'demands',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (let k = 0; k < view.tokens.length; k++) {
      // ("lays out its conditions:", as a timeline in the present writes it; a participle, "listing its terms for
      // lifting the siege", names what the terms are for.)
      if (!/^(reiterated|reiterates|repeated|repeats|restated|restates|set|sets|laid|lays|presented|presents|listed|lists|outlined|outlines|stated|states|voiced|voices|renewed|renews|issued|issues|made|makes)$/.test(view.lower(k))) continue;
      const noun = view.find(CONDITION_NOUNS, k + 1, 4);
      if (noun === undefined) continue;
      const subjects = view.subjectOf(k);
      if (subjects.length === 0) continue;
      let start = noun + 1;
      if (view.lower(start) === ',') start++;
      if (!/^(including|for|that|:|such|namely)$/.test(view.lower(start))) continue;
      if (view.lower(start) === 'such' && view.lower(start + 1) === 'as') start++;
      // "lays out its conditions: A; B; and C": after a colon, the items a semicolon separates, to the sentence's end.
      const ends: number[] = [];
      if (view.lower(start) === ':') for (let j = start + 1; j <= view.tokens.length; j++) if (j === view.tokens.length || /^(;|\.)$/.test(view.lower(j))) ends.push(j);
      let from = start + 1;
      for (const end of ends.length > 0 ? ends : [view.clauseEnd(start + 1)]) {
        results.push(...topicMatches(subjects, topicsIn(view, view.lower(from) === 'and' ? from + 1 : from, end).map((t) => t.label), 0.85));
        from = end + 1;
      }
    }
    return results;
  },
};

/** "Kyiv considers it crucial to obtain X", "it is imperative that X" (said by someone named in the sentence). */
const necessity: ExtractionRule = {
  name: 'demands.necessity',
  predicate: 'demands',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (let k = 0; k < view.tokens.length; k++) {
      if (!/^(crucial|essential|vital|imperative|necessary|indispensable|non-negotiable)$/.test(view.lower(k))) continue;
      // "it (is) crucial", with scare quotes allowed around the adjective.
      let before = k - 1;
      if (view.lower(before) === '"') before--;
      if (view.lower(before) === 'is' || view.lower(before) === 'was') before--;
      if (view.lower(before) !== 'it') continue;
      let start = k + 1;
      if (view.lower(start) === '"') start++;
      if (view.lower(start) === 'to' && /^(obtain|secure|get|achieve|receive|have|win|ensure)$/.test(view.lower(start + 1))) start += 2;
      else if (view.lower(start) === 'that') start++;
      else continue;
      let subjects = view.subjectOf(before).filter((m) => m.via !== 'pronoun');
      if (subjects.length === 0) {
        // "According to X, it is imperative that …"
        const according = view.find(new Set(['according']), 0, k);
        subjects = according === undefined ? [] : view.actors.filter((m) => m.tokenStart >= according + 2 && m.tokenStart <= according + 4).slice(0, 1);
      }
      if (subjects.length === 0) continue;
      // From "that" on, so that the clause's own verb ("the sanctions are lifted") is read as part of it.
      const end = view.clauseEnd(view.lower(start - 1) === 'that' ? start - 1 : start);
      results.push(...topicMatches(subjects, topicsIn(view, start, end, false).map((t) => t.label), 0.7));
    }
    return results;
  },
};

/** Modals of obligation: "must", "should"; and those followed by "to": "has to", "need to", "ought to". */
const OBLIGATION_MODALS = /^(must|should)$/;
const OBLIGATION_WITH_TO = /^(has|have|had|needs|need|ought)$/;
/** Verbs that state an obligation as the speaker's position; "added that both sides must" reports a proposal. */
const SAYING_MUST = /^(say|insist|stress|argue|maintain)$/;

/** "The unions … later lowered their demand to 250,000 naira": the figure a side now asks, after revising its demand. */
const revisedDemand: ExtractionRule = {
  name: 'demands.revised-demand',
  predicate: 'demands',
  match(view: SentenceView, context) {
    const results: RuleMatch[] = [];
    for (const { subjects, noun, to, end } of revisions(view, DEMAND_WORDS)) {
      // ("lowered it to 5%" is read for an offer: only a demand named by its noun.)
      if (/^(it|that)$/.test(view.lower(noun))) continue;
      const labels = topicsIn(view, to + 1, end, false).map((t) => t.label);
      results.push(...topicMatches(subjects, labels, 0.75));
      const last = labels.at(-1);
      if (last !== undefined) noteTopic(context, { label: last, party: subjects[0]!.party, sentence: view.sentence.index, at: end, predicate: 'demands' });
    }
    return results;
  },
};

/** "The prime minister said the troops must remain there", "the union says the company should restore …", "…, saying the agreement must be followed by a withdrawal": what the speaker says must happen. */
const saidMust: ExtractionRule = {
  name: 'demands.said-must',
  predicate: 'demands',
  match(view: SentenceView, context) {
    const results: RuleMatch[] = [];
    for (let k = 1; k < view.tokens.length; k++) {
      const obligation = OBLIGATION_MODALS.test(view.lower(k)) ? 1 : OBLIGATION_WITH_TO.test(view.lower(k)) && view.lower(k + 1) === 'to' ? 2 : 0;
      if (obligation === 0 || view.negated(k) || view.lower(k + obligation) === 'not' || view.lower(k + 1) === "n't") continue;
      let say: number | undefined;
      // Saying or insisting that something must happen; "added that both sides must" reports a proposal, not a demand.
      for (let j = Math.max(0, k - 8); j < k && say === undefined; j++) if (SAYING_MUST.test(view.lemma(j)) && view.tokens[j]!.pos === 'VERB') say = j;
      if (say === undefined) continue;
      // ("Peru argued over how the quota ought to be split": an open question of what should happen is no demand.)
      if (view.find(/^(how|whether|what|who|which|when|where|why|if)$/, say + 1, k - say - 1) !== undefined) continue;
      let start = say + 1;
      if (view.lower(start) === 'that') start++;
      // The clause's own subject is short ("the agreement", "Israeli troops"); a longer stretch is another clause.
      if (k - start < 1 || k - start > 4) continue;
      const participle = view.lower(say) === 'saying' && view.lower(say - 1) === ',';
      // "Israeli Prime Minister X …, saying": the sentence's first actor, the office holder rather than the side qualifying it.
      const first = view.actors[0]?.via === 'qualifier' ? view.actors.slice(1, 2) : view.actors.slice(0, 1);
      // Only a side or someone who speaks for one, or holds an office: "analysts said … must" is a judgement, not a
      // position; "President X said the rebels must …" is his.
      const speakers = (participle ? first : view.subjectOf(say)).filter((m) => (m.type === 'Party' || m.type === 'Person' || m.type === 'Delegation') && (m.party !== undefined || (m.type === 'Person' && m.office !== undefined)));
      if (speakers.length === 0) continue;
      const label = topicsIn(view, start, view.clauseEnd(k + 1), false)[0]?.label;
      if (!label) continue;
      results.push(...topicMatches(speakers, [label], 0.6));
      // ("… rejected that demand": what the speaker says must happen is the demand referred back to.)
      noteTopic(context, { label, party: speakers[0]!.party, sentence: view.sentence.index, at: start, predicate: 'demands' });
    }
    return results;
  },
};

/**
 * "The union threatened to strike unless the board raises pay by 8%", "Hamas will not free the hostages unless Israel
 * ends the war": the condition after "unless", of a threat or a refusal, is what the side demands.
 */
const unlessCondition: ExtractionRule = {
  name: 'demands.unless',
  predicate: 'demands',
  match(view: SentenceView) {
    const unless = view.find(new Set(['unless']), 1) ?? onlyIf(view) ?? untilClause(view);
    if (unless === undefined) return [];
    // ("would call a ballot unless Bayline comes back with a higher offer": a step a side says it will take unless
    // another side acts is a threat, whatever its verb.)
    const otherSideActs = view.lower(unless) === 'unless' && view.actors.some((m) => STANCE_ACTORS.has(m.type) && (m.tokenStart === unless + 1 || (m.tokenStart === unless + 2 && view.lower(unless + 1) === 'the')));
    // The threat or the refusal: the last verb of threatening, or a negated verb, before "unless" in its clause; the
    // verb after "only" before "if".
    let verb: number | undefined;
    // "would sign the final treaty only after Armenia changes …": "only" right before the condition, after the object.
    const onlyAt = view.lower(unless - 1) === 'only' ? unless - 1 : undefined;
    for (let k = unless - 1; k >= 0 && verb === undefined; k--) {
      const t = view.tokens[k]!;
      if (/^[;:.!?]$/.test(t.text)) break;
      // ("would back the deal only if": after a modal and before an article, the word is the verb, whatever its tag.)
      const verbAfterModal = t.pos !== 'VERB' && MODALS.test(view.lower(k - 1)) && view.tokens[k + 1]?.pos === 'DET';
      if (onlyAt !== undefined && k < onlyAt && k >= onlyAt - 10 && (t.pos === 'VERB' || verbAfterModal) && !isReportingVerb(t)) {
        // "a payment that kicks in only if growth tops 3%": a term of the thing, no condition of a side.
        if (view.find(/^(that|which|who)$/, k, onlyAt - k) !== undefined || /^(that|which|who)$/.test(view.lower(k - 1))) return [];
        verb = k;
        break;
      }
      // "would only back the fund if": the tagger may take the verb after "only" for an adverb.
      if (view.lower(k - 1) === 'only' && view.lower(k) !== 'if' && view.tokens[k]!.pos !== 'DET') verb = k;
      // ("We will not rest until …": a vow to keep on holds back no step.)
      else if (t.pos === 'VERB' && (t.lemma === 'threaten' || view.lower(k + 1) === 'only' || (view.negated(k) && !view.failedAt(k) && !PERSISTING.test(t.lemma)))) verb = k;
      // ("would picket the depots unless the rota is withdrawn": so is a step that presses the other side.)
      // ("would seize the cargo unless the fee is paid": any step a side says it will take unless a thing happens sets
      // that thing as its condition.)
      // ("would lose members unless …" foretells what the side will undergo, no step it takes.)
      else if ((otherSideActs || (view.lower(unless) === 'unless' && !UNDERGONE.test(t.lemma)) || view.lexiconEntryAt('pressure', 'verbs', k) !== undefined) && t.pos === 'VERB' && /^(will|would|'ll)$/.test(view.lower(k - 1))) verb = k;
    }
    if (verb === undefined) return [];
    let holders = view.subjectOf(verb).filter((m) => STANCE_ACTORS.has(m.type));
    // "Azerbaijan said the treaty could only be signed once …": a side's condition on a thing, in its reported words.
    const said = view.tokens.findLastIndex((t, j) => j < verb && t.pos === 'VERB' && isReportingVerb(t));
    if (holders.length === 0 && said >= 0) holders = view.subjectOf(said).filter((m) => STANCE_ACTORS.has(m.type));
    // "if it included money for climate": what the thing named before must hold is the condition; "until we see the
    // new timetable": what the side itself must obtain.
    const obtains = view.lower(unless + 1) === 'we' && /^(get|receive|obtain|secure|win|see|have)$/.test(view.lemma(unless + 2));
    const from = (/^(it|they)$/.test(view.lower(unless + 1)) && view.tokens[unless + 2]?.pos === 'VERB') || obtains ? unless + 3 : unless + 1;
    // ("until Hamas was dismantled": the clause runs on past its subject's auxiliary.)
    const subject = view.actors.find((m) => m.tokenStart === from || (m.tokenStart === from + 1 && view.lower(from) === 'the'));
    // ("dropped the demand only in January after the Netherlands refused to …": what a side did after something else
    // happened, told in the past and with no modal, sets no condition; "could only be signed once …" does.)
    const mainAt = view.tokens.findLastIndex((t, j) => j < unless && t.pos === 'VERB');
    const main = view.tokens[mainAt];
    const modal = view.find(MODALS, Math.max(0, mainAt - 3), Math.min(3, mainAt)) !== undefined;
    if (/^(after|once|when)$/.test(view.lower(unless)) && main !== undefined && !modal && /ed$/.test(main.lower) && main.lower !== main.lemma) return [];
    // ("until the pension clause is restored": a thing's clause runs past its verb.)
    const clauseVerb = subject === undefined && !obtains ? view.tokens.findIndex((t, j) => j > from && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing')))) : -1;
    const label = topicsIn(view, from, view.clauseEnd(subject?.tokenEnd ?? (clauseVerb > 0 ? clauseVerb : from)), false)[0]?.label;
    if (!label || holders.length === 0) return [];
    return holders.map((subject) => ({ subject, object: { kind: 'topic' as const, label, type: 'Topic' as const }, confidence: 0.65 }));
  },
};

/** Verbs of keeping on, which a side vows not to stop doing: "will not rest until …", "will not relent until …". */
const PERSISTING = /^(rest|sleep|relent|tire)$/;

/** Verbs of what befalls a side rather than what it does: "would lose members", "will face ruin", "would go bankrupt". */
const UNDERGONE = /^(lose|suffer|face|fail|collapse|go|become|die|fall|lapse|expire|miss|need|have|be|struggle|close|shrink|run)$/;

/**
 * "Peru agreed, on condition that each navy respects the limit", "will sign on the condition that Chile pays", "is open to
 * it, provided no one is laid off": the condition a side sets on its own step is what it demands. ("spoke on condition
 * of anonymity" is a reporter's term.)
 */
const onCondition: ExtractionRule = {
  name: 'demands.on-condition',
  predicate: 'demands',
  match(view: SentenceView) {
    // "…, provided (that) no one is laid off": the same condition, set after a comma.
    const provided = view.tokens.findIndex((t, j) => /^(provided|providing)$/.test(t.lower) && view.lower(j - 1) === ',');
    const condition = provided >= 0 ? provided : view.find(new Set(['condition', 'conditions']), 1);
    if (condition === undefined) return [];
    const on = provided >= 0 ? provided - 1 : view.lower(condition - 1) === 'the' ? condition - 2 : condition - 1;
    if (provided < 0 && (!/^(on|upon)$/.test(view.lower(on)) || !/^(that|of)$/.test(view.lower(condition + 1)) || /^anonymity$/.test(view.lower(condition + 2)))) return [];
    // The step the condition is set on: the last verb before it in its clause ("is" in "is open to that"), whose subject
    // sets the condition.
    const verb = view.tokens.findLastIndex((t, j) => j < on && (t.pos === 'VERB' || t.pos === 'AUX') && !isReportingVerb(t));
    if (verb < 0 || view.tokens.slice(verb, on).some((t) => /^[;:.!?]$/.test(t.text))) return [];
    // ("responding to Kestrel's invitation to talks, issued on the condition that …": a participle set off after a noun is
    // said of that noun, whose owner sets the condition; with no owner named, no one is known to.)
    const reduced = view.lower(verb - 1) === ',' && view.tokens[verb]!.pos === 'VERB' && !view.lower(verb).endsWith('ing');
    const owner = reduced ? view.actors.filter((m) => m.tokenEnd < verb - 1 && m.tokenEnd >= verb - 14 && /^['’]s?$/.test(view.lower(m.tokenEnd)) && STANCE_ACTORS.has(m.type)).at(-1) : undefined;
    const holders = reduced ? (owner === undefined ? [] : [owner]) : view.subjectOf(verb).filter((m) => STANCE_ACTORS.has(m.type));
    const from = provided >= 0 ? (view.lower(provided + 1) === 'that' ? provided + 2 : provided + 1) : condition + 2;
    // (Read from "provided" or "that", which open the condition's own clause: its verbs stay in it.)
    const label = topicsIn(view, from, view.clauseEnd(from - 1), false)[0]?.label;
    return label ? topicMatches(holders, [label], 0.65) : [];
  },
};

/**
 * "will not release the money until Chile secures assurances": "until" before a clause, its subject and its verb, sets
 * the condition of a refusal (the refusal itself is found as for "unless"); "until Friday" is a time.
 */
function untilClause(view: SentenceView): number | undefined {
  const k = view.find(new Set(['until']), 1);
  if (k === undefined) return undefined;
  const subject = view.actors.find((m) => m.tokenStart === k + 1 || (m.tokenStart === k + 2 && view.lower(k + 1) === 'the'));
  if (subject !== undefined) return /^(VERB|AUX)$/.test(view.tokens[subject.tokenEnd]?.pos ?? '') ? k : undefined;
  // ("until the pension clause is restored", "until a signed pledge is delivered": a clause whose subject is a thing,
  // after its article; "until the close of the season" is a time.)
  if (!/^(the|its|their|a|an)$/.test(view.lower(k + 1))) return undefined;
  let verb = k + 2;
  // ("until the shelling of its villages stops": the thing's noun may be of another, with its own article or owner.)
  const inPhrase = (j: number): boolean => /^(ADJ|NOUN|PROPN)$/.test(view.tokens[j]?.pos ?? '') || view.lower(j) === '-' || (j > k + 2 && /^(of|against|the|its|their|our|his|her)$/.test(view.lower(j)));
  while (verb < k + 10 && inPhrase(verb) && !lexicon().timeWords.has(view.lower(verb))) verb++;
  // ("until the shelling of its villages stops": a word in -s after a noun, ending the phrase, is the verb the tagger
  // read as a plural.)
  const misread = verb > k + 3 && view.tokens[verb - 1]!.pos === 'NOUN' && /[^s]s$/.test(view.lower(verb - 1)) && view.tokens[verb - 2]?.pos === 'NOUN' && !/^(NOUN|ADJ|PROPN)$/.test(view.tokens[verb]?.pos ?? '');
  return (verb > k + 2 && /^(VERB|AUX)$/.test(view.tokens[verb]?.pos ?? '')) || misread ? k : undefined;
}

/** "would only back the fund if …", "will sign only if …", "could only be signed once …": the "if" of a condition a side sets. */
function onlyIf(view: SentenceView): number | undefined {
  const k = view.find(new Set(['if', 'once', 'when', 'after']), 1);
  if (k === undefined) return undefined;
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) if (view.lower(j) === 'only') return k;
  return undefined;
}

/**
 * "Kestrel has offered to build a new depot if the council approves a ten-year extension": what an offer waits on the
 * other side to do is what the side making it demands.
 */
const offerCondition: ExtractionRule = {
  name: 'demands.offer-if',
  predicate: 'demands',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (let k = 2; k < view.tokens.length; k++) {
      if (view.lower(k) !== 'if' || /^(as|even|only|see|ask|asked|know|whether)$/.test(view.lower(k - 1))) continue;
      const other = view.actors.find((m) => STANCE_ACTORS.has(m.type) && (m.tokenStart === k + 1 || (m.tokenStart === k + 2 && view.lower(k + 1) === 'the')));
      const verb = other === undefined ? -1 : other.tokenEnd;
      if (other === undefined || view.tokens[verb]?.pos !== 'VERB' || view.negated(verb)) continue;
      // The offer: a verb of offering before "if", in the same sentence, whose subject is another side.
      const offer = view.tokens.findLastIndex((t, j) => j < k && t.pos === 'VERB' && (t.lemma === 'offer' || view.lexiconEntryAt('propose', 'verbs', j) !== undefined) && !view.negated(j));
      if (offer < 0 || view.tokens.slice(offer, k).some((t) => /^[.;:]$/.test(t.text))) continue;
      const holders = view.subjectOf(offer).filter((m) => STANCE_ACTORS.has(m.type) && (m.party ?? m.canonical) !== (other.party ?? other.canonical));
      if (holders.length === 0) continue;
      // What it is to grant ("approves an extension") is the thing; any other act ("withdrew its units") is the act.
      const from = /^(approve|accept|agree|grant|give|back|sign|endorse|ratify|pay)$/.test(view.lemma(verb)) ? verb + 1 : verb;
      // (Told as the act asked for: "withdraw its units", not "withdrew".)
      const labels = topicsIn(view, from, view.clauseEnd(verb + 1), false).map((t) => (from === verb && t.label.startsWith(`${view.tokens[verb]!.text} `) ? `${view.lemma(verb)}${t.label.slice(view.tokens[verb]!.text.length)}` : t.label));
      results.push(...topicMatches(holders, labels, 0.65));
    }
    return results;
  },
};

/** "A key demand of the union is smaller classes", "the main condition of Chile remains …": the holder after "of". */
const demandOf: ExtractionRule = {
  name: 'demands.demand-of',
  predicate: 'demands',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (let k = 1; k < view.tokens.length; k++) {
      if (!/^(demand|demands|condition|conditions|precondition|requirement)$/.test(view.lower(k)) || view.lower(k + 1) !== 'of') continue;
      const holders = view.actorsAt(k + 2).filter((m) => m.type === 'Party' || m.type === 'Delegation');
      if (holders.length === 0) continue;
      const end = Math.max(...holders.map((m) => m.tokenEnd));
      if (!/^(is|are|remains|remain|was|were)$/.test(view.lower(end))) continue;
      const labels = topicsIn(view, end + 1, view.clauseEnd(end + 1)).map((t) => t.label);
      results.push(...topicMatches(holders, labels, 0.75));
    }
    return results;
  },
};

/** Verbs that call for something, with "for" after them. */
export const CALL_FOR = /^(call|appeal|advocate|lobby)$/;

/** Verbs of insisting on something, with "for" after them: "is pressing for", "pushed for". What they ask is a condition. */
const PRESS_FOR = /^(push|press)$/;

/** A that-clause of what was or had been: "that the understanding was reached bilaterally". */
const STATED_FACT = /^that\s+(?:(?:the|a|an|its|their|this|no)\s+)?(?:(?!who\b|which\b|that\b)\S+\s+){0,4}?(?:was|were|had been)\s+(?!to\b|not to\b)\S+/i;

/** What a request about the talks themselves asks for: a meeting, a pause, more time. */
export const PROCEDURAL_REQUEST = /^(?:(?:a|an|the|one|more|another|further|new|urgent|two|three|several|\S+-day|\S+-week)\s+)*(?:meeting|meetings|talks|negotiations|dialogue|time|delay|pause|recess|extension|postponement|session|summit|consultations?|break|weeks?|days?|months?|release from mediation|mediators?|mediation|facilitators?|arbitration|arbitrators?)\b/i;

/**
 * What a side asks for in amounts: a sum, a share, or more, higher or better of something ("$500 billion a year", "a 25%
 * raise", "a significantly higher amount", "better pensions"). Calling for these is a condition the side sets (demands);
 * calling for anything else, a ceasefire or talks, is a proposal.
 */
export const AMOUNT_REQUEST =
  /[$€£¥]\s?\d|\d\s?(?:%|percent\b|per cent\b)|\b\d[\d,.]*\s*(?:billion|million|trillion|bn)\b|^(?:(?:a|an|the|much|far|even|significantly|substantially|considerably)\s+)*(?:more|higher|larger|bigger|better|greater|additional|increased|fairer)\b|\b(?:minimum|at least|no less than|no fewer than)\b/i;

/** What is asked without being a condition, though a figure follows: "asked a question about the 5% levy". */
// ("asked Peru for a 10% quota": whom the sum is asked of, then "for", is demands.ask-for's.)
const ASKED_NO_SUM = /^(?:(?:a|an|the|several|many|some|two|three)\s+)?(?:\w+\s+)?(?:questions?|favou?rs?|permission|help|advice|court|judge)\b|^(?:the\s+)?(?:\S+\s+){0,2}for\s/i;

/** Verbs of letting go of what one holds: not doing so is holding on to it ("will not abandon its claim"). */
export const GIVING_UP = /^(abandon|abandoning|relinquish|relinquishing|surrender|surrendering|forgo|forego|renounce|renouncing|waive|waiving)$/;

/** Verbs of accepting what the other side offers. */
const ACCEPTING = /^(accept|support|back|endorse|approve|sign|recommend)$/;
/** Words that set a floor or a ceiling on a figure: "above 44 euros", "no less than 70 per cent". */
const BOUND = /\b(?:above|over|below|under|at least|at most|no less than|no more than|more than|less than)\b/i;
/** The same words opening a phrase. */
const BOUND_FIRST = new RegExp(`^${BOUND.source}`, 'i');

/**
 * "would only support an offer at or above 45 euros", "would back any offer above 44 euros", "expects no less than
 * 70 per cent": what a side will accept only on a condition, or a figure it bounds, is what it demands.
 */
const onlyAccepts: ExtractionRule = {
  name: 'demands.only-accepts',
  predicate: 'demands',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (let k = 1; k < view.tokens.length; k++) {
      const t = view.tokens[k]!;
      // ("would back": a verb after a modal, however the tagger read it.)
      if ((t.pos !== 'VERB' && !/^(would|will|could|can)$/.test(view.lower(k - 1))) || view.negated(k)) continue;
      const accepting = ACCEPTING.test(t.lemma);
      if (!accepting && t.lemma !== 'expect') continue;
      const only = view.lower(k - 1) === 'only' && /^(would|will|could|can)$/.test(view.lower(k - 2));
      const from = view.lower(k + 1) === 'any' ? k + 2 : k + 1;
      const end = view.clauseEnd(from);
      const object = view.text(from, end);
      // "would back any offer above 44 euros", "expects no less than 70 per cent": a bound on a figure.
      // ("are expected over the weekend": a bound names a figure, which follows it closely.)
      const bounded = (accepting ? view.lower(k + 1) === 'any' && /^(would|will)$/.test(view.lower(k - 1)) && BOUND.test(object) : BOUND_FIRST.test(object) && view.tokens.slice(from + 1, from + 5).some((x) => x.pos === 'NUM')) && view.tokens.slice(from, end).some((x) => x.pos === 'NUM');
      if (!(accepting && only) && !bounded) continue;
      const subjects = view.subjectOf(only ? k - 2 : k).filter((m) => STANCE_ACTORS.has(m.type));
      const label = topicsIn(view, from, end, false)[0]?.label;
      if (label && subjects.length > 0) results.push(...topicMatches(subjects, [label], 0.65));
    }
    return results;
  },
};

/** Nouns of what a side will not do without: "its top priority", "a condition of a settlement". */
const CONDITION_NOUN = /^(priority|condition|precondition|demand|requirement)$/;
/** Words that rank a condition: "its top priority", "their main demand". */
const CONDITION_RANK = /^(top|main|key|first|central|chief|overriding|biggest|absolute|major|only)$/;

/**
 * "had made a rent freeze its top priority", "made new lifts a condition of a settlement": what a side makes
 * its condition, it demands. ("made this its main demand": what was last spoken of.)
 */
const madeCondition: ExtractionRule = {
  name: 'demands.made-condition',
  predicate: 'demands',
  match(view: SentenceView, context) {
    const results: RuleMatch[] = [];
    for (let k = 0; k < view.tokens.length; k++) {
      if (view.lemma(k) !== 'make' || view.tokens[k]!.pos !== 'VERB' || view.negated(k)) continue;
      for (let j = k + 2; j < Math.min(view.tokens.length, k + 16); j++) {
        if (view.tokens[j]!.pos === 'VERB' || /^[;:.]$/.test(view.lower(j))) break;
        if (!/^(its|their|a|an|his|her|our)$/.test(view.lower(j))) continue;
        let noun = j + 1;
        while (noun < j + 3 && CONDITION_RANK.test(view.lower(noun))) noun++;
        if (!CONDITION_NOUN.test(view.lower(noun))) continue;
        const raw = topicsIn(view, k + 1, j, false)[0]?.label;
        const label = raw !== undefined && /^(this|that|it)$/i.test(raw) ? context.lastTopic?.label : raw;
        const holders = view.subjectOf(k).filter((m) => STANCE_ACTORS.has(m.type));
        if (label !== undefined) results.push(...topicMatches(holders, [label], 0.7));
        break;
      }
    }
    return results;
  },
};

/**
 * "would oppose any settlement that does not contain a pledge of no evictions": what a side will reject any deal without, it
 * demands.
 */
const withoutWhichRejected: ExtractionRule = {
  name: 'demands.rejected-without',
  predicate: 'demands',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (let k = 0; k < view.tokens.length; k++) {
      if (view.tokens[k]!.pos !== 'VERB' || view.lexiconEntryAt('reject', 'verbs', k) === undefined || view.negated(k)) continue;
      const any = view.lower(k + 1) === 'any' ? k + 2 : k + 1;
      const deal = view.endsLexiconEntry('deal', 'nouns', any) ? any : undefined;
      if (deal === undefined || view.lower(deal + 1) !== 'that' || !/^(does|did|do|would)$/.test(view.lower(deal + 2)) || view.lower(deal + 3) !== 'not') continue;
      const verb = deal + 4;
      if (!/^(include|contain|guarantee|provide)$/.test(view.lemma(verb))) continue;
      const from = view.lower(verb + 1) === 'for' ? verb + 2 : verb + 1;
      const label = topicsIn(view, from, view.clauseEnd(from), false)[0]?.label;
      const holders = view.subjectOf(k).filter((m) => STANCE_ACTORS.has(m.type));
      if (label !== undefined) results.push(...topicMatches(holders, [label], 0.7));
    }
    return results;
  },
};

/** What a deal must hold: "any agreement must include …", "must guarantee …". */
const MUST_HOLD = /^(include|address|guarantee|ensure|provide|involve|entail)$/;

/**
 * "told reporters that any deal must leave room for social spending", "has made clear that any agreement must bring
 * debt down to 57% of GDP": what a side says any deal must do, it demands. The holder is who says it.
 */
const anyDealMust: ExtractionRule = {
  name: 'demands.any-deal-must',
  predicate: 'demands',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (const [first, noun] of view.lexiconMatches('deal', 'nouns')) {
      if (!/^(any|every|a|the)$/.test(view.lower(first - 1))) continue;
      // ("any deal must", "any final agreement would have to", "the settlement should").
      let verb = noun + 1;
      if (/^(must|should)$/.test(view.lower(verb))) verb++;
      else if (/^(would|will)$/.test(view.lower(verb)) && view.lower(verb + 1) === 'have' && view.lower(verb + 2) === 'to') verb += 3;
      else if (/^(has|needs)$/.test(view.lower(verb)) && view.lower(verb + 1) === 'to') verb += 2;
      else continue;
      // ("any agreement must be followed by …": a passive's subject is the deal itself, read with it by demands.said-must.)
      if (view.tokens[verb]?.pos !== 'VERB' || view.lemma(verb) === 'be') continue;
      // ("any agreement must include …": what it must hold is demands.must-include's.)
      if (MUST_HOLD.test(view.lower(verb))) continue;
      // Who says so: the subject of the reporting verb before "that", whom it was told to between, or before an earlier
      // that-clause ("told reporters that the country would not …, and that any deal must …").
      const that = view.lower(first - 2) === 'that' ? first - 2 : first - 1;
      const reach = view.lower(that - 1) === 'and' ? 25 : 5;
      const says = (j: number): boolean => isReportingVerb(view.tokens[j]) || /^(made|make|makes)$/.test(view.lower(j));
      let say = that - 1;
      while (say > 0 && say > that - reach && !/^[.;:]$/.test(view.lower(say)) && !says(say)) say--;
      if (!says(say)) continue;
      const holders = view.subjectOf(say).filter((m) => STANCE_ACTORS.has(m.type));
      const label = topicsIn(view, verb, view.clauseEnd(verb + 1), false)[0]?.label;
      if (label !== undefined) results.push(...topicMatches(holders, [label], 0.65));
    }
    return results;
  },
};

/**
 * "The villagers gave the mine owners until 3 March to table a fresh bid": a deadline set for another side's step is
 * an ultimatum; the step is what the side that set it demands.
 */
const deadlineGiven: ExtractionRule = {
  name: 'demands.deadline',
  predicate: 'demands',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (let k = 1; k < view.tokens.length; k++) {
      if (view.lemma(k) !== 'give' || view.tokens[k]!.pos !== 'VERB' || view.negated(k)) continue;
      // (Whom the deadline is given to, then the deadline: "gave the mine owners until 3 March", "gave Peru till Friday".)
      const until = view.find(/^(until|till)$/, k + 2, 6);
      if (until === undefined || view.tokens.slice(k + 1, until).some((t) => t.pos === 'VERB' || t.pos === 'PUNCT')) continue;
      const to = view.find(/^to$/, until + 2, 6);
      if (to === undefined || view.tokens[to + 1]?.pos !== 'VERB' || view.tokens.slice(until + 1, to).some((t) => t.pos === 'VERB' || t.text === ',')) continue;
      const label = topicsIn(view, to + 1, view.clauseEnd(to + 1), false)[0]?.label;
      if (label !== undefined) results.push(...topicMatches(view.subjectOf(k).filter((m) => STANCE_ACTORS.has(m.type)), [label], 0.75));
    }
    return results;
  },
};

/**
 * "Fishers cautioned that boats would blockade the harbour if there were no progress on diesel subsidies": a step
 * threatened if a thing does not come is a demand for the thing.
 */
const threatIfNone: ExtractionRule = {
  name: 'demands.if-none',
  predicate: 'demands',
  match(view: SentenceView) {
    const at = view.tokens.findIndex((t, j) => t.lower === 'if' && view.lower(j + 1) === 'there' && /^(is|was|were|are)$/.test(view.lower(j + 2)) && view.lower(j + 3) === 'no');
    if (at < 2) return [];
    // The threatened step: a verb after "will" or "would" before the condition, in its clause.
    let verb: number | undefined;
    for (let k = at - 1; k > 0 && verb === undefined; k--) {
      if (/^[;:.!?]$/.test(view.lower(k))) break;
      if (view.tokens[k]!.pos === 'VERB' && (MODALS.test(view.lower(k - 1)) || (view.tokens[k - 1]?.pos === 'ADV' && MODALS.test(view.lower(k - 2))))) verb = k;
    }
    if (verb === undefined) return [];
    // (The step's own subject, in its clause: "tractors would return" has none that is a side.)
    const clauseStart = view.tokens.findLastIndex((t, j) => j < verb && (t.text === ',' || t.lower === 'that'));
    let holders = view.subjectOf(verb).filter((m) => STANCE_ACTORS.has(m.type) && m.tokenStart > clauseStart);
    // ("X cautioned that boats would blockade the port …": who said it threatens, when the step's subject is no side; "X
    // said the sit-in would stop, yet cautioned that …": the first verb of saying has the speaker for its subject.)
    const said = view.tokens.findIndex((t, j) => j < verb && t.pos === 'VERB' && isReportingVerb(t));
    // (The speaker named before the verb: what follows "…, said" is what was said.)
    if (holders.length === 0 && said >= 0) holders = view.subjectOf(said).filter((m) => STANCE_ACTORS.has(m.type) && m.tokenEnd <= said);
    const label = topicsIn(view, at + 4, view.clauseEnd(at + 4), false)[0]?.label;
    return label === undefined ? [] : topicMatches(holders, [label], 0.65);
  },
};

/** What a side makes its consent hang on: "its support", "any deal", "its signature". */
const CONSENT_NOUNS = /^(support|approval|backing|agreement|deal|signature|participation|vote|consent|aid|ratification|return|cooperation)$/;

/**
 * "Peru has conditioned any deal on the release of its fishermen", "Chile tied its support to a cut in tariffs": what a
 * side makes its consent hang on is what it demands.
 */
const conditionedOn: ExtractionRule = {
  name: 'demands.conditioned-on',
  predicate: 'demands',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (let k = 1; k < view.tokens.length; k++) {
      const lemma = view.lemma(k);
      const conditioned = lemma === 'condition' && view.lower(k) !== 'condition' && view.tokens[k]!.pos === 'VERB';
      const tied = /^(tie|link)$/.test(lemma) && view.tokens[k]!.pos === 'VERB';
      if ((!conditioned && !tied) || view.negated(k)) continue;
      const particle = view.find(conditioned ? /^(on|upon)$/ : /^to$/, k + 2, 6);
      if (particle === undefined || view.tokens.slice(k + 1, particle).some((t) => t.pos === 'VERB' || t.pos === 'PUNCT')) continue;
      // (Tying is conditioning only when what is tied is a side's consent: "tied its support to", not "ties to Russia".)
      if (tied && !view.tokens.slice(k + 1, particle).some((t) => CONSENT_NOUNS.test(t.lower))) continue;
      const label = topicsIn(view, particle + 1, view.clauseEnd(particle + 1), false)[0]?.label;
      if (label !== undefined) results.push(...topicMatches(view.subjectOf(k).filter((m) => STANCE_ACTORS.has(m.type)), [label], 0.75));
    }
    return results;
  },
};

/** Rules for `demands`. */
/** "The union said the company's offer fails to address unpaid work and low wages": what it leaves out, the side asks for. */
const leftUnmet: ExtractionRule = {
  name: 'demands.left-unmet',
  predicate: 'demands',
  match(view: SentenceView) {
    return unmetNeeds(view).flatMap(({ holders, needs }) =>
      topicsIn(view, needs[0], needs[1]).flatMap((topic) => {
        const label = neededTopic(topic.label);
        return label === undefined ? [] : holders.map((holder): RuleMatch => ({ subject: holder, object: { kind: 'topic', label, type: 'Topic' }, confidence: 0.6 }));
      }),
    );
  },
};

export const DEMANDS_RULES: readonly ExtractionRule[] = [
  leftUnmet,
  anyDealMust,
  deadlineGiven,
  conditionedOn,
  threatIfNone,
  madeCondition,
  withoutWhichRejected,
  onlyAccepts,
  unlessCondition,
  onCondition,
  offerCondition,
  demandOf,
  // ("insisted that the understanding was reached bilaterally": a clause of what was or had been states a fact the side
  // holds to, no demand.)
  // ("sought to negotiate an agreement": making a deal, with no word of what it holds, is no condition.)
  stanceRule({ name: 'demands.verb', predicate: 'demands', trigger: { cls: 'demand', except: new Set(['want']) }, verbOnly: true, confidence: 0.85, negatedAs: 'skip', objectMustNot: new RegExp(`${STATED_FACT.source}|${MAKING_A_DEAL.source}`, 'i') }),
  // "The federation also asked a loan scheme for …", "asked a fee of 6 million": asking a thing, without "for", as
  // news translated from Spanish or Portuguese writes it ("pidió", "pediu"). Asking a question, or someone to act, is none.
  stanceRule({ name: 'demands.ask-thing', predicate: 'demands', trigger: /^ask$/, verbOnly: true, confidence: 0.6, negatedAs: 'skip', split: false, objectMust: /^(?:an?|more|\d)\b/i, objectMustNot: /^(?:\S+ ){0,5}to\b|\b(?:questions?|favou?r)\b/i }),
  // "the termination clause, which the council demanded until the last round": what a relative clause demands.
  relativeClauseRule('demands.relative-clause', 'demands', (view, k) => view.tokens[k]!.pos === 'VERB' && lexicon().verbs('demand').has(view.lemma(k)) && !view.negated(k)),
  // "the 60 per cent first demanded by Norway", "the terms insisted on by the guild": the agent demands what comes before.
  stanceRule({ name: 'demands.passive', predicate: 'demands', trigger: { cls: 'demand', except: new Set(['want']) }, confidence: 0.75, negatedAs: 'skip', passive: true }),
  // "Beijing wants Washington to remove the tariffs"; "does not want a war" turns it down; wanting to say or to thank
  // someone, or the members to know something, or to make a point clear, is the speaker's manner, no condition.
  // ("All they want to do is …" is a cleft, which cleft-stance reads.)
  stanceRule({ name: 'demands.want', predicate: 'demands', trigger: /^want$/, verbOnly: true, confidence: 0.6, negatedAs: 'rejects', objectMustNot: /^(?:(?:to )?do (?:is|was)\b|(?:to )?(?:see|know|say|talk|comment|speak|thank|congratulate|acknowledge|welcome|stress|emphasi[sz]e|assure|reassure|underline|clarify|add|begin|start|express|remind|note|recogni[sz]e|highlight|share|announce|update|praise|apologi[sz]e|pay tribute)|(?:to )?give (?:credit|thanks|praise)\b|(?:\S+ ){1,3}to (?:know|understand|hear|remember|see)\b|(?:to )?make (?:it|that|this|myself|ourselves|our position) (?:very |perfectly |absolutely )?clear\b)\b/i }),
  // "asking for Ukraine to end martial law", "asked for $150 billion a year" are demands; "asks for a meeting" is a
  // request about the talks themselves (see proposes.ask-for).
  // "had called for a significantly higher amount", "pushed for a 25% raise", "the $1.3 trillion requested by …".
  stanceRule({ name: 'demands.call-for', predicate: 'demands', trigger: CALL_FOR, particle: /^for$/, gap: 6, verbOnly: true, confidence: 0.8, negatedAs: 'skip', split: false, objectMust: AMOUNT_REQUEST }),
  stanceRule({ name: 'demands.press-for', predicate: 'demands', trigger: PRESS_FOR, particle: /^for$/, gap: 6, verbOnly: true, confidence: 0.8, negatedAs: 'skip', split: false }),
  // "had pushed to have night shifts paid double", "is pressing to reopen the quay".
  stanceRule({ name: 'demands.press-to', predicate: 'demands', trigger: PRESS_FOR, particle: /^to$/, verbOnly: true, confidence: 0.75, negatedAs: 'skip', split: false, objectMustNot: /^(?:the|a|an|its|their|his|her|this|that|these|those|brink|limit|edge|\d)\b/i }),
  // "walked out amid pleas for more funding": the plea of the sentence's subject.
  stanceRule({ name: 'demands.plea-for', predicate: 'demands', trigger: /^pleas?$/, particle: /^for$/, confidence: 0.65, negatedAs: 'skip', split: false, holderIsSentenceSubject: true, objectMust: AMOUNT_REQUEST }),
  stanceRule({ name: 'demands.requested-by', predicate: 'demands', trigger: /^request$/, confidence: 0.75, negatedAs: 'skip', split: false, passive: true, objectMust: AMOUNT_REQUEST }),
  // "Australia is pressing Japan to cut the tariff": pressing the other side to act sets a condition.
  stanceRule({ name: 'demands.press-to', predicate: 'demands', trigger: /^(press|pressure)$/, verbOnly: true, confidence: 0.7, negatedAs: 'skip', split: false, objectMust: /^\S+(?: \S+){0,3} to \S+/, objectMustNot: /^(for|ahead|on)\b/i }),
  // "The movement claims a general amnesty", as news translated from French or Spanish ("réclame", "reclama") writes a
  // demand; claiming that something is so, or claiming responsibility or victory, is none.
  stanceRule({ name: 'demands.claims', predicate: 'demands', trigger: /^(claim|claims|claimed|claiming)$/, verbOnly: true, confidence: 0.65, negatedAs: 'skip', split: true, objectMust: /^(?:a|an|the|its|their)\s/i, objectMustNot: /^(?:the |its |their |an? )?(?:responsibility|victory|credit|success|lives?|right|rights|ownership|sovereignty|title|authorship|territory|killing|attack)\b/i }),
  // "The region asks that three quarters of the port fees stay": what a side asks to be so is a condition, as what it
  // asks for is.
  // '"We need independent inspections," the association said': what a side says it needs, it demands (not what it
  // needs to do).
  stanceRule({ name: 'demands.need', predicate: 'demands', trigger: /^need$/, verbOnly: true, confidence: 0.6, negatedAs: 'skip', split: true, objectMust: /^(?:a|an|the|more|new|some|\d|independent|full|written|legal)\b/i, objectMustNot: /^to\b/i }),
  stanceRule({ name: 'demands.ask-that', predicate: 'demands', trigger: /^ask$/, particle: /^that$/, verbOnly: true, confidence: 0.7, negatedAs: 'skip', split: false }),
  // ("asked the committee for …": whom a side asks may stand between.)
  stanceRule({ name: 'demands.ask-for', predicate: 'demands', trigger: /^(asking|asks|asked|ask)$/, particle: /^for$/, gap: 3, confidence: 0.7, negatedAs: 'skip', objectMustNot: PROCEDURAL_REQUEST }),
  // "the captors asked a ransom of 3 million dollars", as translated news writes it: a sum asked is a condition.
  stanceRule({ name: 'demands.ask-sum', predicate: 'demands', trigger: /^(asking|asks|asked|ask)$/, verbOnly: true, confidence: 0.65, negatedAs: 'skip', split: false, objectMust: AMOUNT_REQUEST, objectMustNot: ASKED_NO_SUM }),
  // "Iceland had started with a demand of 16.5 per cent": the demand the subject came with.
  stanceRule({ name: 'demands.with-demand', predicate: 'demands', trigger: /^(demand|demands)$/, particle: /^(of|for)$/, confidence: 0.7, negatedAs: 'skip', requireBefore: /^(a|an)$/, introducedBy: /^with$/, holderIsSentenceSubject: true }),
  // "Hamas's demand for …", "renewed its demand for …"; in "Iran rejects the demand for …" the demand is another's.
  stanceRule({ name: 'demands.noun-for', predicate: 'demands', trigger: /^(demands|demand)$/, particle: /^for$/, confidence: 0.75, negatedAs: 'skip', requireBefore: /^('s|its|their|his|her|renewed|repeated|reiterated|fresh|longstanding|long-standing|key|main|central|core)$/ }),
  stanceRule({ name: 'demands.must-include', predicate: 'demands', trigger: /^must$/, particle: MUST_HOLD, confidence: 0.7, negatedAs: 'skip', split: false, unlessBefore: /^(insists?|insisted|demands?|demanded|requires?|required)$/, obliges: true }),
  // ("Its demand is unrealistic": a judgement of the demand states none.)
  // ("its demand was quietly dropped": a passive says what became of the demand, not what it is.)
  stanceRule({ name: 'demands.goal', predicate: 'demands', trigger: /^(goal|aim|objective|priority|demand)$/, particle: /^(being|is|remains|was)$/, confidence: 0.6, negatedAs: 'skip', split: false, holderIsSentenceSubject: true, objectMustNot: new RegExp(`${JUDGING_ADJECTIVE.source}|${PASSIVE_ONLY.source}`, 'i') }),
  // "Ecuador's position is that any deal should cover …": a position stated as a clause ("remains inflexible" is none).
  stanceRule({ name: 'demands.position', predicate: 'demands', trigger: /^(position|stance)$/, particle: /^(is|remains|was)$/, confidence: 0.6, negatedAs: 'skip', split: false, holderIsSentenceSubject: true, objectMust: /^that\s/i }),
  // "Tehran would not give up its right to enrich uranium": what a party refuses to give up, it insists on keeping.
  stanceRule({ name: 'demands.not-give-up', predicate: 'demands', trigger: /^(give|giving|gave|given)$/, particle: /^up$/, confidence: 0.7, negatedAs: 'demands', onlyNegated: true }),
  // "Peru won't budge on the 200-mile zone", "would not back down on its demand": what a side holds firm on.
  stanceRule({ name: 'demands.not-budge', predicate: 'demands', trigger: /^(budge|budging|yield|yielding|bend|bending|back|backing)$/, particle: /^(on|over)$/, gap: 1, verbOnly: true, confidence: 0.65, negatedAs: 'demands', onlyNegated: true }),
  // ("did not abandon the negotiations entirely": staying at the table is no condition.)
  stanceRule({ name: 'demands.not-abandon', predicate: 'demands', trigger: GIVING_UP, confidence: 0.7, negatedAs: 'demands', onlyNegated: true, objectMustNot: /^(the )?(talks|negotiations|process|dialogue|table|summit)\b/i }),
  // "failed to secure a 12-mile zone": what a side failed to obtain is what it sought.
  stanceRule({ name: 'demands.failed-to-secure', predicate: 'demands', trigger: /^(fail|failed|fails|failing)$/, particle: /^(secure|win|obtain|get|achieve|extract|force)$/, gap: 1, verbOnly: true, confidence: 0.65, negatedAs: 'skip', split: false }),
  // "its new offer is contingent on members ratifying the contract": the condition the offer's holder sets.
  stanceRule({ name: 'demands.contingent', predicate: 'demands', trigger: /^(contingent|conditional|conditioned|dependent)$/, particle: /^(on|upon)$/, confidence: 0.7, negatedAs: 'skip', split: false, holderIsSentenceSubject: true }),
  possessiveList,
  possessiveStanceIs,
  isPossessiveStance,
  statedConditions,
  necessity,
  saidMust,
  revisedDemand,
];
