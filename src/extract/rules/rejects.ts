// Rules for `rejects`: a party turns down a proposal, demand or idea ("Moscow refused …", "dismissed by Russia").
import type { Mention } from '../../types.js';
import type { ArticleContext, ExtractionRule, RuleMatch } from '../rule.js';
import { STANCE_ACTORS, STANCE_VERB_CLASSES, isOwnStanceNoun, stanceRule, topicBefore, topicMatches, type LexiconTrigger } from '../rule.js';
import { isReportingVerb, lexicon } from '../../nlp/lexicon.js';
import type { SentenceView } from '../sentence-view.js';
import { topicsIn } from '../topic-phrase.js';
import { BARE_STANCE_NOUN } from './stance-nouns.js';
import { relativeClauseRule } from './relative-clause.js';
import { unmetNeeds } from './unmet-needs.js';
import { GIVING_UP } from './demands.js';
import { worldKnowledge } from '../../nlp/world-knowledge.js';

/** Verbs that turn something down: the lexicon's class. */
export const REJECT_VERBS: LexiconTrigger = { cls: 'reject' };

/** "These demands, which Quito has rejected", "X, something that Peru refuses to accept", ", an idea Israel dismissed". */
const relativeObject = relativeClauseRule('rejects.relative-clause', 'rejects', (view, k) =>
  lexicon().verbs('reject').has(view.lemma(k)) || (view.lower(k) === 'accept' && lexicon().verbs('reject').has(view.lemma(k - 2))) || (view.lexiconMatches('reject', 'verbs').some(([first]) => first === k) && !view.negated(k)),
);

const COPULAS = /^(is|are|was|were|be|been|remains|remain|seemed|seems|'s)$/;
export const JUDGING_VERBS = /^(call|describe|consider|deem|term|label|brand|find|dismiss)$/;

/**
 * "the guild said the plan is not good enough", "X called the offer unacceptable", "an idea that is a
 * non-starter for Y": a judgement that turns something down. The holder is who judges: the speaker, the subject of
 * "called", or the side after "for".
 */
const judged: ExtractionRule = {
  name: 'rejects.judged',
  predicate: 'rejects',
  match(view: SentenceView, context) {
    const results: RuleMatch[] = [];
    for (const [first, last] of view.lexiconMatches('reject', 'words')) {
      let holders: Mention[] = [];
      let from: number;
      let to: number;
      const beneficiary = view.lower(last + 1) === 'for' ? view.actors.filter((m) => m.tokenStart === last + 2 || (m.tokenStart === last + 3 && view.lower(last + 2) === 'the')) : [];
      // "the offer fell short", "the plan did not go far enough": a judgement with a verb of its own needs no copula.
      // ('was "not acceptable"', 'was "simply not achievable"': a quotation mark and an adverb may stand between the
      // auxiliary and the judgement.)
      let auxiliary = first - 1;
      while (auxiliary > first - 3 && (/^["“]$/.test(view.tokens[auxiliary]?.text ?? '') || view.tokens[auxiliary]?.pos === 'ADV')) auxiliary--;
      const verbal = /^(fall|falls|fell|not)$/.test(view.lower(first)) ? (view.lower(first) === 'not' ? auxiliary : first) : undefined;
      if (verbal !== undefined && view.lower(first) === 'not' && !/^(do|does|did|would|will|could|may|might|is|was|are|were)$/.test(view.lower(verbal))) continue;
      // ('… was still "not acceptable"': an adverb or a quotation mark may stand after the copula.)
      let copula = first - 1;
      while (copula > first - 3 && (view.tokens[copula]?.pos === 'ADV' || /^["“]$/.test(view.tokens[copula]?.text ?? ''))) copula--;
      if (COPULAS.test(view.lower(copula)) || verbal !== undefined) {
        // The judged thing: from the clause's start (after "said", "that", a comma) to the copula, before its modal
        // ("it would be meaningless").
        to = verbal ?? copula;
        while (verbal === undefined && to > 0 && /^(would|will|could|might|may|should|must|has|have|had|been)$/.test(view.lower(to - 1))) to--;
        from = to;
        while (from > 0 && !/^(,|;|:|"|that|and|but|which)$/.test(view.lower(from - 1)) && !isReportingVerb(view.tokens[from - 1]) && to - from < 12) from--;
        // ("told reporters a rise was impossible": whom the speaker told is no part of what is judged.)
        const told = isReportingVerb(view.tokens[from - 1]) && (view.tokens[from]?.pos === 'PRON' || /^(reporters|journalists|members|delegates|lawmakers|parliament)$/.test(view.lower(from)));
        if (told) from++;
        if (/^(that|which)$/.test(view.lower(from - 1)) && beneficiary.length > 0) {
          // "an idea that's a non-starter for Peru": the noun before "that".
          to = from - 1;
          from = to;
          while (from > 0 && !/^(,|;|:|"|said|says)$/.test(view.lower(from - 1)) && to - from < 12) from--;
        }
        // "told Kestrel that the offer was …": the reporting verb may stand before whom it was told, and "that".
        let say = view.lower(from - 1) === 'that' || told ? from - 2 : from - 1;
        if (view.lower(from - 1) === 'that') while (say > from - 7 && say > 0 && !isReportingVerb(view.tokens[say])) say--;
        // "The offer is unacceptable, Corvale said.": a speaker named after the judgement holds it.
        holders = beneficiary.length > 0 ? beneficiary : isReportingVerb(view.tokens[say]) ? view.subjectOf(say) : view.closingSpeakers(last + 1);
      } else {
        // "called the offer unacceptable"
        let verb = first - 1;
        while (verb > 0 && first - verb < 10 && !JUDGING_VERBS.test(view.lemma(verb))) verb--;
        if (!JUDGING_VERBS.test(view.lemma(verb))) continue;
        from = verb + 1;
        to = first;
        // 'called the offer "deeply disappointing"': the quotation mark and the adverb belong to the judgement.
        while (to > from && (view.tokens[to - 1]!.pos === 'ADV' || /^["“]$/.test(view.tokens[to - 1]!.text))) to--;
        holders = view.subjectOf(verb);
        // "Kestrel offered a 3% raise, which the union considered insufficient": what is judged is what the clause
        // before the relative pronoun offered.
        const relative = view.find(/^(which|that)$/, Math.max(0, verb - 6), 6);
        if (to <= from && relative !== undefined && view.lower(relative - 1) === ',') {
          to = relative - 1;
          // The verb after the last side named before the comma ("Kestrel offered"), past any auxiliary.
          let offered = view.actors.filter((m) => m.tokenEnd < to).at(-1)?.tokenEnd;
          while (offered !== undefined && offered < to && view.tokens[offered]!.pos !== 'VERB') offered++;
          if (offered === undefined || offered >= to) continue;
          from = offered + 1;
        }
      }
      holders = holders.filter((m) => STANCE_ACTORS.has(m.type));
      if (holders.length === 0 || to <= from) continue;
      const label = spanTopic(view, from, to, context);
      if (!label) continue;
      for (const holder of holders) results.push({ subject: holder, object: { kind: 'topic', label, type: 'Topic' }, confidence: 0.65 });
    }
    return results;
  },
};
/** What an offer fails to meet: the expectations or demands of a side. */
const EXPECTATION_NOUNS = /^(expectations|demands|needs|hopes|requirements|conditions)$/;

/**
 * "The offer fell short of the union's demands", "The quota went up to 5%, yet it did not
 * meet the hopes of the coastal states": the side whose expectations an offer misses turns it down. What it turns down is
 * the subject's clause, or the topic named before when the subject only refers back to it ("It fell short of …").
 */
const fellShort: ExtractionRule = {
  name: 'rejects.fell-short',
  predicate: 'rejects',
  match(view: SentenceView, context) {
    const results: RuleMatch[] = [];
    for (let k = 1; k < view.tokens.length; k++) {
      const short = view.lemma(k - 1) === 'fall' && view.lower(k) === 'short' && view.lower(k + 1) === 'of';
      const unmet = view.lemma(k - 1) === 'fail' && view.lower(k) === 'to' && /^(meet|satisfy|match)$/.test(view.lemma(k + 1));
      if (!short && !unmet) continue;
      let at = k + 2;
      // "the union's demands", "the demands of the union".
      let holders = view.actorsAt(at).filter((m) => view.lower(m.tokenEnd) === "'s" && EXPECTATION_NOUNS.test(view.lower(m.tokenEnd + 1)));
      if (/^(the|their|its)$/.test(view.lower(at))) at++;
      if (holders.length === 0 && EXPECTATION_NOUNS.test(view.lower(at)) && view.lower(at + 1) === 'of') holders = view.withListed(view.actorsAt(at + 2));
      holders = holders.filter((m) => STANCE_ACTORS.has(m.type));
      if (holders.length === 0) continue;
      // The offer: the clause before the verb, back to the sentence's start or a clause edge, less "but (still)".
      let end = k - 1;
      while (end > 0 && (/^(still|also|again|but|and|,)$/.test(view.lower(end - 1)) || view.tokens[end - 1]!.pos === 'AUX')) end--;
      let start = end;
      while (start > 0 && !/^(;|:|"|that|which|when|while)$/.test(view.lower(start - 1)) && end - start < 16) start--;
      const label = spanTopic(view, start, end, context);
      if (!label) continue;
      for (const holder of holders) results.push({ subject: holder, object: { kind: 'topic', label, type: 'Topic' }, confidence: 0.65 });
    }
    return results;
  },
};

/** "The union said the company's offer fails to address unpaid work": who says so turns the offer down. */
const leavesUnmet: ExtractionRule = {
  name: 'rejects.leaves-unmet',
  predicate: 'rejects',
  match(view: SentenceView, context) {
    return unmetNeeds(view).flatMap(({ holders, offer }) => {
      const label = spanTopic(view, offer[0], offer[1], context);
      return label === undefined ? [] : holders.map((holder): RuleMatch => ({ subject: holder, object: { kind: 'topic', label, type: 'Topic' }, confidence: 0.65 }));
    });
  },
};

/**
 * "The accord still needs a vote in parliament, facing opposition from Chile and Peru", "the plan met
 * resistance from Chile": the sides the opposition comes from turn down what faces it, the sentence's subject.
 */
const oppositionFrom: ExtractionRule = {
  name: 'rejects.opposition-from',
  predicate: 'rejects',
  match(view: SentenceView, context) {
    const results: RuleMatch[] = [];
    for (let k = 1; k < view.tokens.length; k++) {
      if (!/^(opposition|resistance|objections)$/.test(view.lower(k)) || view.lower(k + 1) !== 'from') continue;
      if (view.find(/^(face|meet|encounter|draw|run)$/, Math.max(0, k - 3), Math.min(3, k)) === undefined) continue;
      let at = k + 2;
      // "from countries like France and Poland", "from members such as Chile".
      const group = view.lower(at) === 'the' ? at + 1 : at;
      if (/^(countries|states|nations|members|governments)$/.test(view.lower(group))) at = group + (view.lower(group + 1) === 'such' && view.lower(group + 2) === 'as' ? 3 : /^(like|including)$/.test(view.lower(group + 1)) ? 2 : 1);
      const holders = view.withListed(view.actorsAt(at).filter((m) => STANCE_ACTORS.has(m.type)));
      if (holders.length === 0) continue;
      // The subject: the words before the sentence's first verb, past an opening adverb and its comma.
      let start = 0;
      if (view.tokens[0]?.pos === 'ADV' && view.lower(1) === ',') start = 2;
      const end = view.tokens.findIndex((t, j) => j >= start && (t.pos === 'VERB' || t.pos === 'AUX'));
      if (end <= start) continue;
      const label = spanTopic(view, start, end, context);
      if (!label) continue;
      for (const holder of holders) results.push({ subject: holder, object: { kind: 'topic', label, type: 'Topic' }, confidence: 0.6 });
    }
    return results;
  },
};

/**
 * The topic the words [from, to) name: the topic named before when they only refer back to it ("it", "this offer"),
 * else their own label. Undefined for a pronoun or a bare stance noun with nothing named before it ("calling the
 * demand a non-starter").
 */
function spanTopic(view: SentenceView, from: number, to: number, context: ArticleContext): string | undefined {
  const raw = view.text(from, to).trim();
  const label = topicsIn(view, from, to, false)[0]?.label;
  // "the Chilean plan", "Chile's offer": whose it is decides which it is (see answeredStance).
  if (label !== undefined && (isOwnStanceNoun(label) || /^\S+['’]s /.test(label)) && BARE_STANCE_NOUN.test(label.replace(/^\S+\s/, ''))) return label;
  // ("said the counterproposal was unworkable, and had asked for a mediator": see topicBefore.)
  const last = topicBefore(view, context, from);
  if ((/^(it|this|that)$/i.test(raw) || ANAPHORIC.test(raw)) && last) return last.label;
  return label === undefined || /^(it|this|that|they)$/i.test(label) || BARE_STANCE_NOUN.test(label) ? undefined : label;
}

/** "the proposal", "this offer": a reference to the topic named before. */
const ANAPHORIC = /^(?:(?:the|this|that|these|those|its|their|a|an)\s+)?(?:\w+\s+)?(?:initiative|proposal|counterproposal|counter-proposal|counteroffer|counter-offer|idea|plan|offer|deal|agreement|demands?|conditions|request|suggestion|proposals|terms|package|position)$/i;

/** Verbs of turning down and the particle each takes after its object: "turned that offer down", "ruled it out". */
const SPLIT_REFUSALS = new Map([
  ['turn', 'down'],
  ['vote', 'down'],
  ['shoot', 'down'],
  ['rule', 'out'],
  ['knock', 'back'],
]);

/** "turned that offer down", "voted the contract down", "ruled that out": the phrasal verb around its object. */
const splitTurnDown: ExtractionRule = {
  name: 'rejects.turned-down',
  predicate: 'rejects',
  match(view: SentenceView, context) {
    const results: RuleMatch[] = [];
    for (let k = 0; k < view.tokens.length; k++) {
      const particle = SPLIT_REFUSALS.get(view.lemma(k));
      if (particle === undefined || view.tokens[k]!.pos !== 'VERB' || view.negated(k)) continue;
      let down = k + 1;
      while (down < k + 6 && (/^(DET|ADJ|NOUN|NUM|SYM|PRON)$/.test(view.tokens[down]?.pos ?? '') || /^(that|this|these|those)$/.test(view.lower(down))) && view.lower(down) !== particle) down++;
      if (down === k + 1 || view.lower(down) !== particle) continue;
      const subjects = view.subjectOf(k).filter((m) => STANCE_ACTORS.has(m.type));
      // "The guild turned that down": a pronoun is what another side last put forward.
      const referred = down === k + 2 && /^(it|that|this|them)$/.test(view.lower(k + 1)) && context.lastTopic !== undefined && !subjects.some((m) => (m.party ?? m.canonical) === context.lastTopic!.party);
      const label = referred ? context.lastTopic!.label : topicsIn(view, k + 1, down, false)[0]?.label;
      if (label && subjects.length > 0) for (const subject of subjects) results.push({ subject, object: { kind: 'topic', label, type: 'Topic' }, confidence: 0.8 });
    }
    return results;
  },
};

/**
 * "The guild asked for a 9% rise. Management said no.": saying no with no object of its own turns
 * down what another side last put forward.
 */
const saidNo: ExtractionRule = {
  name: 'rejects.said-no',
  predicate: 'rejects',
  match(view: SentenceView, context) {
    const results: RuleMatch[] = [];
    for (let k = 0; k < view.tokens.length - 1; k++) {
      if (view.lemma(k) !== 'say' || view.tokens[k]!.pos !== 'VERB' || view.lower(k + 1) !== 'no' || view.negated(k)) continue;
      // ("said no decision had been taken": "no" that opens a noun phrase says something else; "said no to X" is read
      // by rejects.verb.)
      const next = view.tokens[k + 2];
      if (next !== undefined && !/^(PUNCT|CCONJ|SCONJ)$/.test(next.pos)) continue;
      const subjects = view.subjectOf(k).filter((m) => STANCE_ACTORS.has(m.type));
      const last = context.lastTopic;
      const label = last !== undefined && last.sentence !== view.sentence.index && !subjects.some((m) => (m.party ?? m.canonical) === last.party) ? last.label : undefined;
      if (label && subjects.length > 0) for (const subject of subjects) results.push({ subject, object: { kind: 'topic', label, type: 'Topic' }, confidence: 0.7 });
    }
    return results;
  },
};

/** Verbs whose negation rejects.not-accept reads ("will never accept the terms"). */
const NOT_ACCEPT_VERBS = /^(accept|agree|tolerate|allow|recognize|recognise|consider|support|back|endorse|approve|ratify|recommend)$/;

/** What a side may say it cannot afford, and so turns down: what is asked or offered, or a sum. */
const AFFORDED = /\b(?:demands?|claims?|offers?|proposals?|raises?|rises?|increases?|pay|wages?|salar(?:y|ies)|settlement|package|bonus(?:es)?|terms)\b|\d/i;

/** Verbs a side says it will not do without turning anything down: it speaks, waits or hesitates. */
const NOT_REFUSALS = /^(rest|sleep|relent|comment|say|confirm|disclose|reveal|specify|elaborate|speculate|hesitate|wait|rule|go|come|stop|last|take|need|be|have|happen|work|succeed|fail|change|matter|help)$/;

/**
 * "The government would never pay ransom", "we will never give up the night premium", "the company said it would not
 * reinstate the dismissed workers": what a side says it will not do, it turns down.
 */
const neverWill: ExtractionRule = {
  name: 'rejects.never',
  predicate: 'rejects',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (let k = 1; k < view.tokens.length - 1; k++) {
      if (!/^(never|not|n't)$/.test(view.lower(k)) || !/^(will|would|shall|'ll|wo)$/.test(view.lower(k - 1))) continue;
      const verb = k + 1;
      if (view.lower(k) !== 'never' && NOT_REFUSALS.test(view.lemma(verb))) continue;
      // A stance verb says its own stance when negated ("will never accept", "would never sign", "would never drop").
      // Never giving something up holds on to it (see demands.not-abandon).
      if (GIVING_UP.test(view.lower(verb)) || (view.lemma(verb) === 'give' && view.lower(verb + 1) === 'up')) continue;
      // ("will not budge on automation" holds to it: demands.not-budge reads it.)
      if (/^(budge|yield|bend|back)$/.test(view.lemma(verb)) && /^(on|over|down)$/.test(view.lower(verb + 1))) continue;
      if (view.tokens[verb]!.pos !== 'VERB' || NOT_ACCEPT_VERBS.test(view.lemma(verb)) || (STANCE_VERB_CLASSES.some((cls) => view.lexiconEntryAt(cls, 'verbs', verb) !== undefined) && !leavesPlace(view, verb))) continue;
      // "agreed that its navy will not enter the bay": a term of an agreement is agreed, not turned down.
      if (promisedIn(view, k - 1)) continue;
      // ("will not release the loan until Peru pays": a step held back until another side acts sets a condition, which
      // demands.unless reads.)
      const until = view.find(/^(until|unless|till)$/, verb + 1, view.clauseEnd(verb) - verb - 1);
      if (until !== undefined && view.actors.some((m) => m.tokenStart === until + 1 || (m.tokenStart === until + 2 && view.lower(until + 1) === 'the'))) continue;
      const subjects = view.subjectOf(k - 1).filter((m) => STANCE_ACTORS.has(m.type));
      if (subjects.length === 0) continue;
      // "feared it would never materialise": a verb with no object names no act a side turns down.
      // ("will not discuss a swap until the shelling stops": what is held back, without the condition, which
      // demands.unless reads.)
      const label = topicsIn(view, verb, until ?? view.clauseEnd(verb), false)[0]?.label;
      if (label?.includes(' ')) for (const subject of subjects) results.push({ subject, object: { kind: 'topic', label, type: 'Topic' }, confidence: 0.7 });
    }
    return results;
  },
};

/**
 * "will not withdraw from Kidal": leaving a place, though "withdraw from" also names walking out of a deal, which a
 * side that says it will not do turns down nothing.
 */
function leavesPlace(view: SentenceView, verb: number): boolean {
  const last = view.lexiconEntryAt('reject', 'verbs', verb);
  if (last === undefined || !/^(withdraw|pull|leave|retreat|exit)$/.test(view.lemma(verb))) return false;
  const at = view.lower(last + 1) === 'the' ? last + 2 : last + 1;
  const mention = view.sentence.mentions.find((m) => m.tokenStart === at);
  if (mention !== undefined) return mention.type === 'Place' || (mention.type === 'Party' && (mention.via === 'capital' || worldKnowledge().states.has(mention.canonical)));
  // (A town world knowledge does not list: one name, right after the verb, that no text's word ends.)
  return view.tokens[at]?.pos === 'PROPN' && at === last + 1 && view.tokens[at + 1]?.pos !== 'PROPN' && !view.endsLexiconEntry('document', 'nouns', at);
}

/**
 * Whether the clause of the modal at `modal` is the that-clause of a verb of agreeing, which agrees.that reads. (A side
 * that pledges it will not do something turns it down, as "pledged never to" does: see agrees.committed.)
 */
function promisedIn(view: SentenceView, modal: number): boolean {
  // ("agreed to the following: …; the rebels will not leave their zones …": a term listed after what the sides
  // agreed.)
  const listed = view.tokens.findLastIndex((t, n) => n < modal && t.text === ':' && /^(following|follows)$/.test(view.lower(n - 1)));
  if (listed > 0 && view.lexiconMatches('agree', 'verbs').some(([, last]) => last < listed)) return true;
  let that = modal - 1;
  while (that > 0 && view.lower(that) !== 'that' && view.lower(that) !== 'which' && view.tokens[that]!.pos !== 'VERB' && !/^[,;:.]$/.test(view.lower(that))) that--;
  // ("accepted a moratorium under which its creditors will not sue": what a deal binds a side not to do.)
  if (view.lower(that) === 'which') return /^(under|by)$/.test(view.lower(that - 1)) && (view.endsLexiconEntry('deal', 'nouns', that - 2) || /^(standstill|moratorium|truce|pause|freeze)$/.test(view.lower(that - 2)));
  if (view.lower(that) !== 'that') return false;
  return view.lexiconMatches('agree', 'verbs').some(([, last]) => last < that && last >= that - 3);
}

/**
 * "What Bayline cannot accept is a ban on night shifts", "What the union wants is a 9 percent raise": a stance told as a cleft,
 * its object after "is". Not accepting is rejecting; wanting, needing or asking for is demanding. "All we want is …"
 * and "The only thing we ask is …" open the same cleft, and so does "All they want to do is …".
 */
const cleftStance: ExtractionRule = {
  name: 'cleft-stance',
  predicate: 'rejects',
  match(view: SentenceView) {
    const opens = (k: number): boolean => k === 0 || /^(["“,;:]|but|and)$/.test(view.lower(k - 1));
    const what = view.tokens.findIndex(
      (t, k) =>
        (t.lower === 'what' && opens(k)) ||
        (t.lower === 'all' && opens(k) && /^(PRON|PROPN|DET)$/.test(view.tokens[k + 1]?.pos ?? '')) ||
        (t.lower === 'thing' && /^(only|one)$/.test(view.lower(k - 1)) && view.lower(k - 2) === 'the' && opens(k - 2)),
    );
    if (what < 0) return [];
    const be = view.find(/^(is|was)$/, what + 2, 8);
    if (be === undefined) return [];
    let verb = view.tokens.findLastIndex((t, k) => k > what && k < be && t.pos === 'VERB');
    if (verb > 0 && view.lemma(verb) === 'do' && view.lower(verb - 1) === 'to') verb = view.tokens.findLastIndex((t, k) => k > what && k < verb - 1 && t.pos === 'VERB');
    if (verb < 0) return [];
    const negated = view.tokens.slice(what + 1, verb).some((t) => /^(not|n't|never|cannot)$/.test(t.lower));
    const lemma = view.lemma(verb);
    const predicate = negated && NOT_ACCEPT_VERBS.test(lemma) ? 'rejects' : !negated && /^(want|need|demand|insist|ask)$/.test(lemma) ? 'demands' : undefined;
    if (predicate === undefined) return [];
    const holders = view.actors.filter((m) => m.tokenStart > what && m.tokenEnd <= verb && STANCE_ACTORS.has(m.type));
    // ("All they want to do is get a fair rota …": getting or having it adds nothing to what is wanted.)
    const from = /^(get|have)$/.test(view.lower(be + 1)) && view.tokens[be + 2]?.pos === 'DET' ? be + 2 : be + 1;
    const labels = topicsIn(view, from, view.clauseEnd(from), false).map((t) => t.label);
    return holders.flatMap((subject) => labels.map((label): RuleMatch => ({ subject, predicate, object: { kind: 'topic', label, type: 'Topic' }, confidence: 0.7 })));
  },
};

/** Nouns of a side's offer or demand that another side may judge. */
const JUDGED_STANCE = /^(offer|proposal|counter-?offer|counter-?proposal|plan|demand|demands|figure|bid|formula)$/;
/** Words of a quoted judgement that welcome rather than dismiss: "a good basis", "a step forward". */
const WELCOMING = /\b(good|positive|step|basis|constructive|fair|welcome|progress|breakthrough|serious|generous|reasonable|improvement|historic)\b/i;

/**
 * 'called the pay offer "a sideshow"', 'described the proposal as "symbolic"': a side that judges another's offer in
 * a quotation, in words that do not welcome it, turns it down.
 */
const quotedJudgement: ExtractionRule = {
  name: 'rejects.quoted-judgement',
  predicate: 'rejects',
  match(view: SentenceView, context) {
    const results: RuleMatch[] = [];
    for (let verb = 0; verb < view.tokens.length; verb++) {
      if (view.tokens[verb]!.pos !== 'VERB' || !/^(call|describe|dismiss|term|label|brand)$/.test(view.lemma(verb)) || view.negated(verb)) continue;
      const noun = view.tokens.findIndex((t, j) => j > verb && j <= verb + 8 && JUDGED_STANCE.test(t.lower));
      if (noun < 0) continue;
      const open = view.lower(noun + 1) === 'as' ? noun + 2 : noun + 1;
      if (!/^["“]$/.test(view.tokens[open]?.text ?? '')) continue;
      const close = view.find(/^["”]$/, open + 1, 12);
      if (close === undefined || WELCOMING.test(view.text(open + 1, close))) continue;
      const label = spanTopic(view, verb + 1, noun + 1, context);
      const holders = view.subjectOf(verb).filter((m) => STANCE_ACTORS.has(m.type));
      if (label) results.push(...topicMatches(holders, [label], 0.6));
    }
    return results;
  },
};

export const REJECTS_RULES: readonly ExtractionRule[] = [
  quotedJudgement,
  cleftStance,
  // "declined to share the figures with reporters" withholds information, it turns down no proposal; "walked away from
  // an all-night bargaining session" leaves a meeting, whose table or session is no proposal; "blocked the miner from
  // using the road" stops someone doing something, no proposal either, nor does "blocking several federal highways".
  stanceRule({ name: 'rejects.verb', predicate: 'rejects', trigger: REJECT_VERBS, confidence: 0.85, negatedAs: 'skip', objectMustNot: /^(to )?(share|reveal|disclose|comment|elaborate|specify|say|name|identify|give details|speak|answer)\b|^(the |a |an )?([\w-]+ ){0,3}(session|table)\b(?! (of|for)\b)|^(?:(?:the|several|some|many|all|its|their|two|three|four|five|\d+|main|major|key|federal|national|state|regional|local|busy) )*(?:\S+ )?(?:roads?|highways?|motorways?|streets?|ports?|entrances?|bridges?|railways?|rail lines?|traffic|ring road|border crossings?)\b|^(the )?(reports?|rumou?rs?|speculation|allegations?|claims?) (that|of)\b|^(any )?\S+ that (does|did|do|would) not (include|contain|guarantee|provide for)\b|^(?:the )?(?:\S+ ){1,3}from \S+ing\b/i }),
  stanceRule({ name: 'rejects.not-accept', predicate: 'rejects', trigger: NOT_ACCEPT_VERBS, confidence: 0.8, negatedAs: 'rejects', split: true, onlyNegated: true }),
  stanceRule({ name: 'rejects.passive', predicate: 'rejects', trigger: REJECT_VERBS, confidence: 0.8, negatedAs: 'skip', passive: true }),
  // "said she would vote against the agreement", "will campaign against the deal": a vote or a campaign promised
  // against a deal or an offer turns it down.
  stanceRule({ name: 'rejects.vote-against', predicate: 'rejects', trigger: /^(vote|campaign)$/, particle: /^against$/, verbOnly: true, confidence: 0.75, negatedAs: 'skip', split: false }),
  // "The airline is opposed to any pay rise above inflation"; "is contrary to the new levy", as news translated from
  // Romance languages writes "opposed".
  stanceRule({ name: 'rejects.opposed-to', predicate: 'rejects', trigger: /^(opposed|contrary)$/, particle: /^to$/, confidence: 0.7, negatedAs: 'skip', split: false, adjectival: true }),
  // "The union's negotiators were critical of the offer."
  // "The Varden Party is against further aid", "the union remains firmly against night shifts": a side set against a thing.
  stanceRule({ name: 'rejects.against', predicate: 'rejects', trigger: /^(be|remain|stand)$/, particle: /^against$/, gap: 2, confidence: 0.7, negatedAs: 'skip', split: false, objectMustNot: /^(?:the )?(?:law|rules?|backdrop|clock|odds|wall|grain|tide)\b/i }),
  stanceRule({ name: 'rejects.critical-of', predicate: 'rejects', trigger: /^critical$/, particle: /^of$/, confidence: 0.65, negatedAs: 'skip', split: false }),
  // "unwilling to meet this demand", "reluctant to accept the terms": what a side will not do is what it turns down.
  // "The council says it cannot afford the guild's pay claim": a cost a side says it cannot bear, asked of it or
  // offered to it, it turns down. (Only what is asked or paid: "cannot afford a long strike" turns nothing down.)
  stanceRule({ name: 'rejects.cannot-afford', predicate: 'rejects', trigger: /^afford$/, verbOnly: true, confidence: 0.7, negatedAs: 'rejects', split: false, onlyNegated: true, objectMust: AFFORDED }),
  stanceRule({ name: 'rejects.unwilling', predicate: 'rejects', trigger: /^(unwilling|reluctant|loath|loth)$/, particle: /^to$/, confidence: 0.7, negatedAs: 'skip', split: false }),
  relativeObject,
  judged,
  fellShort,
  leavesUnmet,
  oppositionFrom,
  neverWill,
  splitTurnDown,
  saidNo,
];
