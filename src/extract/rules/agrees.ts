// Rules for `agrees`: what parties agreed to with the other side; one claim per party ("Russia and Ukraine agreed to …").
import type { ExtractionRule, RuleMatch } from '../rule.js';
import { ADDRESSED_SIDES, DEAL_MAKING_CLASSES, MAKING_A_DEAL, STANCE_ACTORS, afterTimePhrase, dealSideMentions, dealSides, isPending, makesDealAt, noteDealMade, partyMentionAt, sidesOfDeal, stanceRule, topicMatches } from '../rule.js';
import { BULLETS } from '../list-items.js';
import type { SentenceView } from '../sentence-view.js';
import { topicsIn } from '../topic-phrase.js';
import { BARE_AGREEMENT, BARE_STANCE_NOUN, listStart, verbAfter } from './stance-nouns.js';
import { lexicon } from '../../nlp/lexicon.js';
import { worldKnowledge } from '../../nlp/world-knowledge.js';
import { relativeClauseRule } from './relative-clause.js';
import { appendTo } from '../../group-by.js';

/** Agree verbs read by other rules ("agree to", "agree on"), or that state support rather than agreement. */
const AGREE_VERBS_READ_ELSEWHERE: ReadonlySet<string> = new Set(['agree', 'agree on', 'agree to', 'back', 'support', 'embrace', 'concur']);

/** A deal named by its noun alone, named by the sides that made it, listed as news writes them: "deal between A, B and C". */
const namedBySides = (noun: string, sides: readonly string[]): string => `${noun} between ${NAME_LIST.format(sides)}`;
const NAME_LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** Words a deal's noun phrase is made of before its noun: "a last-minute trade and security deal". */
const DEAL_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV']);

/**
 * "Chile and Peru struck a fishing deal", "…, securing a last-minute trade deal with the EU": a side makes a deal (a
 * verb of the `reach-deal` class with a deal noun as object) and agrees to it, as does the partner after "with".
 * A deal the words do not qualify ("reached a deal") says nothing of what was agreed; "a deal on …" is agrees.reached's.
 */
const madeDeal: ExtractionRule = {
  name: 'agrees.made-deal',
  predicate: 'agrees',
  match(view: SentenceView, context) {
    const results: RuleMatch[] = [];
    const signed = new Set(view.lexiconMatches('sign', 'verbs').map(([first]) => first));
    for (const [first, last] of DEAL_MAKING_CLASSES.flatMap((cls) => view.lexiconMatches(cls, 'verbs'))) {
      // "could strike a deal next year", "hope to strike a deal": a deal not yet made.
      if (view.tokens[first]!.pos !== 'VERB' || view.negated(first) || view.failedAt(first) || isPending(view, first) || notYetMade(view, first)) continue;
      let deal: number | undefined;
      for (let k = last + 1; k < Math.min(view.tokens.length, last + 9); k++) {
        const t = view.tokens[k]!;
        // "tentative agreement" may be one entry of the lexicon, which starts at its adjective.
        const entryEnd = t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' ? view.lexiconEntryAt('deal', 'nouns', k) : undefined;
        if (entryEnd !== undefined) k = deal = entryEnd;
        // "an in-principle deal": a word joined by a hyphen is a modifier, whatever its tag.
        else if (!DEAL_PHRASE_TAGS.has(t.pos) && t.text !== '-' && t.lower !== 'and' && view.tokens[k + 1]?.text !== '-') break;
        if (deal !== undefined && view.tokens[k + 1]?.pos !== 'NOUN') break;
      }
      // "a tentative agreement on Sunday": a time after the deal is no "agreement on" its subject.
      if (deal === undefined) continue;
      const afterDeal = afterTimePhrase(view, deal + 1);
      // ("an agreement in principle on Saturday to extend …": what follows "to" is agreed, as agrees.reached reads it.)
      const particle = afterDeal === deal + 1 ? /^(on|to|for|over|regarding|concerning)$/.test(view.lower(deal + 1)) : view.lower(afterDeal) === 'to' && view.tokens[afterDeal + 1]?.pos === 'VERB';
      if (particle) continue;
      // A participle after a comma ("…, securing a deal") shares the sentence's subject.
      const participle = view.lower(first - 1) === ',' && view.lower(first).endsWith('ing');
      const subjects = (participle ? view.actors.slice(0, 1) : view.subjectOf(first)).filter((m) => STANCE_ACTORS.has(m.type));
      if (subjects.length === 0) continue;
      const tail = dealLabelTail(view, deal + 1);
      const partnerAt = view.lower(tail.end) === 'with' ? (view.lower(tail.end + 1) === 'the' ? tail.end + 2 : tail.end + 1) : undefined;
      const partners = partnerAt === undefined ? [] : view.actors.filter((m) => m.tokenStart === partnerAt && STANCE_ACTORS.has(m.type));
      const sides = [...subjects, ...partners];
      // "reached a tentative agreement on Sunday that includes a 62% raise …": its terms, agreed by each, even when
      // the deal itself is named by no more than its noun.
      // "… that would give teachers a 16% raise": the verb may follow an auxiliary.
      // "a deal under which Chile will cut its catch": the clause after "under which" is a term, its subject included.
      const underWhich = /^(under|in)$/.test(view.lower(afterDeal)) && view.lower(afterDeal + 1) === 'which' ? afterDeal + 2 : undefined;
      const termsFrom = underWhich ?? (/^(that|which)$/.test(view.lower(afterDeal)) ? listStart(view, verbAfter(view, afterDeal + 1), true) : undefined);
      if (termsFrom !== undefined) {
        // A clause read whole: its end is found from its verb, past its subject.
        const verb = underWhich === undefined ? termsFrom : view.tokens.findIndex((t, j) => j > underWhich && (t.pos === 'AUX' || t.pos === 'VERB'));
        const end = verb < 0 ? view.tokens.length : view.clauseEnd(verb + 1);
        for (const topic of topicsIn(view, termsFrom, end, underWhich === undefined)) {
          for (const subject of sides) results.push({ subject, object: { kind: 'topic', label: topic.label, type: 'Topic' }, confidence: 0.65 });
        }
      }
      // "an agreement in principle", "a deal …, ending a three-week strike": the reservation and what the deal ends
      // belong to its label, which they also make worth one when the deal's noun stands alone.
      const phrase = topicsIn(view, last + 1, tail.end, false)[0]?.label;
      const label = phrase && tail.ending ? `${phrase} ${tail.ending}` : phrase;
      // "The union and the company signed an agreement in Lima.": what the deal holds may follow in the next sentences.
      const made = sidesOfDeal(sides, context.principals, true);
      if (made !== undefined) noteDealMade(context, made, view.sentence.index);
      if (!label) continue;
      // (A deal signed and named is agrees.signed's; "signed a pact in principle" names it by its reservation.)
      if (signed.has(first) && tail.end === deal + 1 && tail.ending === undefined) continue;
      // "The union reached a deal with the city": a deal named by its noun alone is named by the sides that made it,
      // which keeps it apart from every other side's deal.
      // ("reached a deal with the union to avoid closures": what follows "to" is agreed, as agrees.reached reads it.)
      const afterPartner = partners.length > 0 ? afterTimePhrase(view, Math.max(...partners.map((m) => m.tokenEnd))) : undefined;
      const purposeAfter = afterPartner !== undefined && view.lower(afterPartner) === 'to' && view.tokens[afterPartner + 1]?.pos === 'VERB';
      // (Nor where a clause after the deal says what it holds: "a deal under which Chile will cut its catch".)
      const named = /\s/.test(label) ? label : made === undefined || purposeAfter || termsFrom !== undefined ? undefined : namedBySides(label, made);
      if (named === undefined) continue;
      for (const subject of sides) results.push({ subject, object: { kind: 'topic', label: named, type: 'Topic' }, confidence: 0.7 });
    }
    return results;
  },
};

/**
 * What a verb of pledging takes that is no undertaking to the other side: the sides a text binds ("commits both sides
 * to …"), a deal still to be reached ("committed to reaching a fair agreement"), keeping up the fight ("vowed to
 * keep the strike going", "pledged to continue the war"), opposing ("vowed to resist any cut", which rejects it), and
 * what is, was or has been ("assured reporters that the talks were going well": an assurance of a fact, no undertaking).
 */
const NO_UNDERTAKING = new RegExp(`${ADDRESSED_SIDES.source}|^(?:that )?(?:\\S+ ){1,3}(?:is|are|was|were|has|have|had)\\b(?! to\\b)|^(?:to )?(?:resist|oppose|fight|block|reject|veto)\\b|${MAKING_A_DEAL.source}|^(?:to )?(?:keep(?: up)?|continue|resume|step up|escalate|pursue|press on with|fight on)(?: the| a| its| their)?(?: military| armed| industrial)? (?:strike|strikes|striking|war|fighting|fight|protests?|protesting|boycott|boycotting|walkout|offensive|blockade|blockades|blockading|campaign|campaigning|industrial action|operations)(?: going| on)?(?: (?:until|against|over|in|for|after|once|when|if|unless)\\b.*)?$`, 'iu');

/**
 * A modal of what may be before the verb at k ("could strike", "might sign"): a deal that may be made is not made.
 * ("will sign an accord in June" announces a deal the sides have agreed, as agrees.signed reads it.)
 */
function notYetMade(view: SentenceView, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (view.tokens[j]!.pos === 'ADV' || view.lower(j) === 'not')) j--;
  return /^(could|would|might|may|should)$/.test(view.lower(j));
}

/**
 * The words after a deal's noun that belong to its label: "in principle", and what it ends or settles when a participle
 * says so right after the deal or after a time and a comma ("…, ending a three-week strike").
 */
function dealLabelTail(view: SentenceView, from: number): { end: number; ending?: string } {
  const end = view.lower(from) === 'in' && view.lower(from + 1) === 'principle' ? from + 2 : from;
  let k = afterTimePhrase(view, end);
  if (view.lower(k) === ',') k++;
  if (!/^(ending|settling|resolving|averting|concluding)$/.test(view.lower(k)) || view.tokens[k]!.pos !== 'VERB') return { end };
  // "ending a dispute that had closed the quays": what the dispute did is no part of the deal.
  const clauseEnd = view.find(/^(that|which|who)$/, k + 1, view.clauseEnd(k + 1) - k - 1) ?? view.clauseEnd(k + 1);
  return clauseEnd > k + 1 ? { end, ending: view.text(k, clauseEnd) } : { end };
}

/** What sides exchange that shows the exchange was agreed: people held, and the remains of the dead. */
const EXCHANGED = /^(prisoners|detainees|captives|hostages|soldiers|bodies|remains|prisoners-of-war|pows|fighters|civilians)$/;

/**
 * "Chile and Peru exchanged prisoners in Lima", "the two sides swapped 84 captives", "have completed the exchange":
 * the sides that carry out an exchange of people each agreed to it.
 */
const exchanged: ExtractionRule = {
  name: 'agrees.exchanged',
  predicate: 'agrees',
  match(view: SentenceView, context) {
    const results: RuleMatch[] = [];
    for (let k = 1; k < view.tokens.length; k++) {
      const t = view.tokens[k]!;
      // "agreed to carry out an exchange": an infinitive is what was agreed, which the rules of agreeing read.
      if (t.pos !== 'VERB' || view.negated(k) || /^(be|been|being|to)$/.test(view.lower(k - 1))) continue;
      let label: string | undefined;
      // "The Front released 14 soldiers on Sunday in exchange for 30 of its fighters": one side carries out an exchange
      // of people held, which both sides of the talks agreed.
      const released = /^(release|free)$/.test(t.lemma) && /ed$/.test(t.lower) ? releasedInExchange(view, k) : undefined;
      if (released !== undefined) {
        const doer = view.subjectOf(k).filter((m) => STANCE_ACTORS.has(m.type));
        const sides = dealSides(context);
        if (doer.length > 0 && sides.length === 2 && doer.every((m) => sides.includes(m.party ?? m.canonical))) {
          for (const subject of dealSideMentions(view, k, context)) results.push({ subject, object: { kind: 'topic', label: released, type: 'Topic' }, confidence: 0.65 });
        }
        continue;
      }
      if (/^(exchange|swap)$/.test(t.lemma)) {
        let end = k + 1;
        while (end < view.tokens.length && /^(NUM|ADJ|NOUN)$/.test(view.tokens[end]!.pos) && end - k <= 4) end++;
        if (end > k + 1 && EXCHANGED.test(view.lower(end - 1))) label = `exchange of ${view.text(k + 1, end)}`;
      } else if (/^(complete|carry|conduct|finalize|finalise)$/.test(t.lemma)) {
        const noun = view.find(/^(exchange|swap)$/, view.lower(k + 1) === 'out' ? k + 2 : k + 1, 4);
        // "completed the exchange of 84 captives": with what was exchanged, when it is said.
        let end = noun === undefined ? undefined : noun + 1;
        if (end !== undefined && view.lower(end) === 'of') for (end++; end < view.tokens.length && /^(NUM|ADJ|NOUN)$/.test(view.tokens[end]!.pos); end++);
        if (noun !== undefined && end !== undefined && view.tokens.slice(k + 1, noun).every((x) => /^(DET|ADJ|NOUN|NUM|ADP)$/.test(x.pos))) label = view.text(view.lower(k + 1) === 'out' ? k + 2 : k + 1, end).replace(/^(the|a|an|their) /i, '');
      }
      if (label === undefined) continue;
      const sides = view.subjectOf(k).filter((m) => STANCE_ACTORS.has(m.type));
      // An exchange needs both its sides: "Chile and Peru", "the two sides"; one side's is its release.
      if (new Set(sides.map((m) => m.party ?? m.canonical)).size < 2) continue;
      for (const subject of sides) results.push({ subject, object: { kind: 'topic', label, type: 'Topic' }, confidence: 0.7 });
    }
    return results;
  },
};

/**
 * After a verb of releasing at k, people held ("14 soldiers", "30 of its fighters") and, in the same clause past a time
 * phrase, "in exchange for" other people held: the label of the exchange, or undefined.
 */
function releasedInExchange(view: SentenceView, k: number): string | undefined {
  // ("released 10 Americans in exchange for X": people named by their state are people held too.)
  const held = (j: number): boolean => EXCHANGED.test(view.lower(j)) || (view.tokens[j]?.pos !== 'VERB' && /s$/.test(view.lower(j)) && worldKnowledge().demonyms.has(view.lower(j)));
  let end = k + 1;
  while (end < view.tokens.length && /^(NUM|ADJ|NOUN|DET|ADP|PROPN)$/.test(view.tokens[end]!.pos) && end - k <= 6 && !held(end - 1)) end++;
  if (end === k + 1 || !held(end - 1)) return undefined;
  // (A time, and where they were held, may stand between: "… held in its prisons on Wednesday in exchange for …".)
  const exchange = view.tokens.findIndex((t, j) => j >= end && j <= end + 10 && t.lower === 'in' && view.lower(j + 1) === 'exchange' && view.lower(j + 2) === 'for' && !view.tokens.slice(end, j).some((x) => x.pos === 'PUNCT' || (x.pos === 'VERB' && x.lower !== 'held')));
  if (exchange < 0) return undefined;
  // ("in exchange for Tom Hale": one person held.)
  const person = view.actors.find((m) => m.type === 'Person' && m.tokenStart === exchange + 3);
  if (person !== undefined) return `release of ${view.text(k + 1, end)} in exchange for ${person.text}`;
  let other = exchange + 3;
  while (other < view.tokens.length && /^(NUM|ADJ|NOUN|DET|ADP|PRON)$/.test(view.tokens[other]!.pos) && other - exchange <= 9 && !held(other - 1)) other++;
  if (!held(other - 1)) return undefined;
  return `release of ${view.text(k + 1, end)} in exchange for ${view.text(exchange + 3, other)}`;
}

/** A side's own means of pressure, which it may give up: "its strike notice", "the blockade", "their objection". */
const PRESSURE = /^(strike|strikes|boycott|blockade|blockades|walkout|objection|objections|lawsuit|suit|complaint|notice|threat|veto|ultimatum|protest|protests|occupation|sit-in|picket|pickets|embargo)$/;

/**
 * "The union has withdrawn its strike notice", "the farmers lifted their blockade": a side that gives up its own means
 * of pressure agrees to do so.
 */
/** "decided to meet again", "resolved to set up a commission": what several sides decide together they agree. */
const decided = stanceRule({ name: 'agrees.decided-together', predicate: 'agrees', trigger: /^(decide|resolve)$/, particle: /^to$/, confidence: 0.75, negatedAs: 'skip', split: true });

/**
 * "Both delegations decided to form an expert panel": a decision is an agreement only when the sides take it
 * together ("both sides", "the parties", or two sides named as the subject); one side's decision is its own step.
 */
const decidedTogether: ExtractionRule = {
  ...decided,
  match(view: SentenceView, context) {
    const found = decided.match(view, context);
    const deciders = new Map<string, string[]>();
    for (const r of found) if (r.object.kind === 'topic') appendTo(deciders, r.object.label, r.subject.party ?? r.subject.canonical);
    return found.filter((r) => r.subject.via === 'group' || r.subject.via === 'principals' || (r.object.kind === 'topic' && new Set(deciders.get(r.object.label)).size >= 2));
  },
};

const gaveUpPressure: ExtractionRule = {
  name: 'agrees.gave-up-pressure',
  predicate: 'agrees',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (let k = 1; k < view.tokens.length; k++) {
      const t = view.tokens[k]!;
      const off = t.lemma === 'call' && view.lower(k + 1) === 'off';
      if (t.pos !== 'VERB' || !(off || /^(withdraw|lift|drop|abandon)$/.test(t.lemma)) || view.negated(k) || isPending(view, k) || /^(be|been|being|to)$/.test(view.lower(k - 1))) continue;
      const owner = off ? k + 2 : k + 1;
      if (!/^(its|their)$/.test(view.lower(owner))) continue;
      let noun = owner + 1;
      while (noun < owner + 5 && /^(NUM|ADJ|NOUN|PUNCT)$/.test(view.tokens[noun + 1]?.pos ?? '') && !PRESSURE.test(view.lower(noun)) && view.tokens[noun]?.text !== ',') noun++;
      if (!PRESSURE.test(view.lower(noun)) && !PRESSURE.test(view.lower(noun - 1))) continue;
      // ("its strike notice": the noun the word of pressure qualifies ends the phrase.)
      let end = PRESSURE.test(view.lower(noun)) ? noun + 1 : noun;
      while (view.tokens[end]?.pos === 'NOUN' && end < noun + 3) end++;
      const sides = view.subjectOf(k).filter((m) => STANCE_ACTORS.has(m.type));
      const label = `${off ? 'call off' : t.lemma} ${view.text(owner + 1, end)}`;
      results.push(...topicMatches(sides, [label], 0.65));
    }
    return results;
  },
};

/**
 * "It was also agreed that the port pays for the cranes": an agreement in the impersonal passive, of no one named,
 * binds both sides of the talks.
 */
const impersonalPassive: ExtractionRule = {
  name: 'agrees.impersonal-passive',
  predicate: 'agrees',
  match(view: SentenceView, context) {
    if (dealSides(context).length < 2) return [];
    const it = view.lower(0) === 'also' || BULLETS.test(view.lower(0)) ? 1 : 0;
    if (view.lower(it) !== 'it' || !/^(was|is|has|had)$/.test(view.lower(it + 1))) return [];
    let k = it + 2;
    while (k < it + 5 && (view.tokens[k]?.pos === 'ADV' || view.lower(k) === 'been')) k++;
    if (view.lower(k) !== 'agreed' || view.lower(k + 1) !== 'that' || view.negated(k)) return [];
    const end = view.find(/^[.;]$/, k + 2) ?? view.tokens.length;
    const label = topicsIn(view, k + 2, end, false)[0]?.label;
    if (label === undefined) return [];
    return dealSideMentions(view, k, context).map((subject): RuleMatch => ({ subject, object: { kind: 'topic', label, type: 'Topic' }, confidence: 0.65 }));
  },
};

/** Verbs of talks ending in a deal: "ended with an agreement", "were crowned with an accord". */
const ENDED_WITH = /^(end|conclude|close|crown|culminate|wrap)$/;

/**
 * "The talks ended on Sunday with an accord between Peru and the Northern Front": a deal made between sides
 * the sentence names makes them the sides its terms bind, whoever the article names most. It states no term itself.
 */
const dealBetween: ExtractionRule = {
  name: 'agrees.deal-between',
  predicate: 'agrees',
  match(view: SentenceView, context) {
    for (const [first, noun] of view.lexiconMatches('deal', 'nouns')) {
      if (view.lower(noun + 1) !== 'between' || view.tokens[noun]!.pos !== 'NOUN') continue;
      // Made, by the verb before it, neither negated nor still to come: "reached", "struck", "ended with" ("rallied
      // against an agreement between …" made none).
      const verb = view.tokens.findLastIndex((t, j) => j < first && t.pos === 'VERB');
      if (verb < 0 || view.negated(verb) || isPending(view, verb) || notYetMade(view, verb)) continue;
      const endingWith = ENDED_WITH.test(view.lemma(verb)) && view.find(/^with$/, verb + 1, first - verb) !== undefined;
      if (!makesDealAt(view, verb) && !endingWith) continue;
      const end = view.clauseEnd(noun + 2);
      const named = view.actors.filter((m) => m.tokenStart > noun + 1 && m.tokenEnd <= end && STANCE_ACTORS.has(m.type) && m.type !== 'Person');
      const sides = sidesOfDeal(named, context.principals, true);
      if (sides === undefined) continue;
      noteDealMade(context, sides, view.sentence.index);
    }
    return [];
  },
};

/** Participles that say a deal was made: "the truce signed in May", "a deal struck last year". */
const DEAL_MADE_PARTICIPLES = /^(signed|reached|struck|brokered|concluded|inked|sealed|clinched|initialled|initialed|hammered)$/;

/**
 * "the opening of a prisoner exchange agreed at talks in Lima", "to honour the truce agreed last week", "builds on a
 * peace deal between Chile and Peru signed in May": a thing named with the participle that says it was agreed (a deal
 * with one that says it was made), as the object of a verb or a preposition, was agreed by the sides its "between" or
 * agent names, else by the sides at the table.
 */
const agreedParticiple: ExtractionRule = {
  name: 'agrees.agreed-participle',
  predicate: 'agrees',
  match(view: SentenceView, context) {
    const results: RuleMatch[] = [];
    for (let k = 2; k < view.tokens.length; k++) {
      const agreed = view.lower(k) === 'agreed';
      // Where, when or by whom it was agreed follows; an object would make "agreed" a finite verb.
      if ((!agreed && !DEAL_MADE_PARTICIPLES.test(view.lower(k))) || !/^(at|in|during|last|earlier|on|by|between|under|this|,|\.)$/.test(view.lower(k + 1))) continue;
      // ("a peace deal between Chile and Peru signed in May": the sides named after "between" made it.)
      const between = view.actors.some((m) => m.tokenEnd === k) ? view.find(/^between$/, Math.max(0, k - 10), Math.min(10, k)) : undefined;
      const head = between !== undefined ? between - 1 : k - 1;
      if (view.tokens[head]?.pos !== 'NOUN' || (between === undefined && view.actors.some((m) => m.tokenEnd === k))) continue;
      if (!agreed && view.lexiconEntryAt('deal', 'nouns', head) === undefined && !view.endsLexiconEntry('deal', 'nouns', head)) continue;
      // ("the same raises agreed at other hospitals": agreed by others, not at this table.)
      if (/^(other|another)$/.test(view.lower(k + 2)) || (view.lower(k + 2) === 'the' && view.lower(k + 3) === 'other')) continue;
      let start = head;
      while (start > 0 && /^(NOUN|ADJ|NUM)$/.test(view.tokens[start - 1]!.pos)) start--;
      // ("the ministers agreed in Brussels to …": a noun phrase that opens a clause is its subject.)
      // (A deal opening the sentence is made, not making: "A truce between Chile and Peru signed in May has held".)
      if (!/^(a|an|the|this|that)$/.test(view.lower(start - 1)) || !(/^(ADP|VERB)$/.test(view.tokens[start - 2]?.pos ?? '') || (!agreed && start - 1 === 0))) continue;
      const named = between !== undefined ? view.actors.filter((m) => m.tokenStart > between && m.tokenEnd <= k && STANCE_ACTORS.has(m.type) && m.type !== 'Person') : view.lower(k + 1) === 'by' ? view.agentAfter(k).filter((m) => STANCE_ACTORS.has(m.type)) : [];
      const made = named.length > 0 ? sidesOfDeal(named, context.principals, true) : dealSides(context).length >= 2 ? [...dealSides(context)] : undefined;
      if (made === undefined) continue;
      const sides = named.length > 0 ? made.map((party) => partyMentionAt(view, k, party, 'principals')) : dealSideMentions(view, k, context);
      const label = topicsIn(view, start, head + 1, false)[0]?.label;
      if (sides.length === 0 || label === undefined) continue;
      // (A deal named by its noun alone is named by the sides that made it, as agrees.made-deal names it.)
      const topic = agreed ? (BARE_AGREEMENT.test(label) ? undefined : label) : BARE_AGREEMENT.test(label) || !/\s/.test(label) ? namedBySides(label, made) : label;
      if (topic !== undefined) results.push(...topicMatches(sides, [topic], 0.65));
    }
    return results;
  },
};

/** The talks themselves, or a process, as the object of "concluded" ("concluded our meetings", "concluded everything with them"): no thing agreed. */
const PROCEEDINGS = /^(?:the |a |an |their |its |our |all )?(?:\S+ )?(?:process|negotiations?|talks|dialogue|rounds?|sessions?|meetings?|visits?|tours?|summits?|consultations?|discussions?|deliberations?|hearings?)\b|^everything\b/i;

/**
 * "A truce was agreed between the state and the guerrillas", "An accord has been signed between A and B": a
 * deal made in the passive between sides, each of which agrees to it; what it holds may follow.
 */
const madeBetween: ExtractionRule = {
  name: 'agrees.made-between',
  predicate: 'agrees',
  match(view: SentenceView, context) {
    const results: RuleMatch[] = [];
    for (const [first, noun] of view.lexiconMatches('deal', 'nouns')) {
      if (view.tokens[noun]!.pos !== 'NOUN') continue;
      let verb = noun + 1;
      if (!/^(has|have|had|was|were|is|are)$/.test(view.lower(verb))) continue;
      verb++;
      if (view.lower(verb) === 'been') verb++;
      if (view.negated(verb) || isPending(view, verb) || !makesDealAt(view, verb)) continue;
      const between = view.find(/^between$/, verb + 1, 3);
      if (between === undefined) continue;
      const end = view.clauseEnd(between + 1);
      const named = view.actors.filter((m) => m.tokenStart > between && m.tokenEnd <= end && STANCE_ACTORS.has(m.type) && m.type !== 'Person');
      const sides = sidesOfDeal(named, context.principals, true);
      if (sides === undefined) continue;
      noteDealMade(context, sides, view.sentence.index);
      // The deal's own words, with what qualifies it before its noun ("A peace deal", "The long-awaited accord").
      let start = first;
      while (start > 0 && /^(ADJ|NOUN|NUM)$/.test(view.tokens[start - 1]!.pos) && !view.actors.some((m) => m.tokenEnd === start)) start--;
      const label = topicsIn(view, start, noun + 1, false)[0]?.label;
      if (!label || !/\s/.test(label)) continue;
      const seen = new Set<string>();
      for (const side of named) {
        const party = side.party ?? side.canonical;
        if (seen.has(party) || !sides.includes(party)) continue;
        seen.add(party);
        results.push({ subject: side, object: { kind: 'topic', label, type: 'Topic' }, confidence: 0.7 });
      }
    }
    return results;
  },
};

/** "confirmed that a deal has been struck": a clause that a deal was made names none of its terms. */
const DEAL_MADE_CLAUSE = /^(?:that )?(?:an? |the )?(?:\S+ )?(?:agreement|deal|accord|settlement)s? (?:had|has|have|was|were|is) (?:been |now )?(?:reached|signed|struck|agreed|concluded|clinched)\b/;

/** A deal or its text, bare, after "signed (off on)" or "accepted": "signed off on the final text at dawn" names nothing agreed. */
const SIGNED_OFF_TEXT = new RegExp(`^(?:off )?(?:on )?(?:${BARE_AGREEMENT.source.slice(1)})`, 'i');

/** Rules for `agrees`. Subjects that are people or delegations are credited to their party when resolved. */
export const AGREES_RULES: readonly ExtractionRule[] = [
  dealBetween,
  madeBetween,
  agreedParticiple,
  impersonalPassive,
  // "agreed with the Swiss plan": with a plan, not with a person. ("agreed with the club owners on a longer
  // contract": with a side, on a thing, which agrees.verb reads.)
  stanceRule({ name: 'agrees.with-plan', predicate: 'agrees', trigger: /^agree$/, particle: /^with$/, confidence: 0.75, negatedAs: 'rejects', split: false, objectMust: /^(?:(?!\b(?:on|to|upon)\b)\S+ ){0,4}?\S*\b(proposal|plan|deal|agreement|offer|idea|terms|draft|framework|initiative|position)s?\b/i }),
  stanceRule({ name: 'agrees.verb', predicate: 'agrees', trigger: /^agree$/, particle: /^(to|on|upon)$/, confidence: 0.85, negatedAs: 'rejects', split: true, withPartner: true }),
  // "agreed at a meeting in Lima that no further talks were needed on the plan": what they agreed is the clause.
  // "The EU and Mauritania agreed on Thursday a new six-year fishing protocol", "the parties agreed the mapping of 14
  // villages": agreeing a thing without a preposition, as British news writes it.
  stanceRule({ name: 'agrees.direct-object', predicate: 'agrees', trigger: /^agree$/, verbOnly: true, confidence: 0.75, negatedAs: 'skip', split: false, objectMust: /^(?:a|an|the|its|their|new|\d)/i, objectMustNot: /^(to|on|that|with|upon|in|over|for|about)\b|^the following (?:days?|weeks?|months?|years?|morning|afternoon|evening|night|weekend)\b/i }),
  stanceRule({ name: 'agrees.that', predicate: 'agrees', trigger: /^agree$/, particle: /^that$/, gap: 8, verbOnly: true, confidence: 0.75, negatedAs: 'skip', split: false }),
  stanceRule({ name: 'agrees.reached', predicate: 'agrees', trigger: /^(agreement|deal|accord|understanding|consensus)$/, particle: /^(on|to|for|over|regarding|concerning)$/, gap: 4, confidence: 0.75, negatedAs: 'skip', split: true, bothSidesWhenUnstated: true, withPartner: true, requireBefore: /^(reach|strike|sign|clinch|seal|forge|secure|hammer|in|result|produce|make|previous|earlier|new|a|an|the)$/, dealVerbBeforeArticle: true }),
  // "accepted the proposal", "approved the deal", "endorsed the plan": support alone is no agreement with the other side.
  // "a working group, an idea that both sides accepted", "a formulation Chile and Peru accepted".
  relativeClauseRule('agrees.relative-clause', 'agrees', (view, k) => view.tokens[k]!.pos === 'VERB' && lexicon().verbs('agree').has(view.lemma(k)) && !view.negated(k)),
  // "The truce offered by the mayor was accepted by the union": what a side agrees to in the passive.
  // ("The offer of 4% was never accepted by the guild": what a side did not accept it turned down.)
  stanceRule({ name: 'agrees.passive', predicate: 'agrees', trigger: /^(agree|accept)$/, confidence: 0.75, negatedAs: 'rejects', split: false, passive: true, objectMustNot: BARE_STANCE_NOUN }),
  stanceRule({ name: 'agrees.accepted', predicate: 'agrees', trigger: { cls: 'agree', except: AGREE_VERBS_READ_ELSEWHERE }, verbOnly: true, confidence: 0.7, negatedAs: 'rejects', split: false, objectMustNot: new RegExp(`${BARE_STANCE_NOUN.source}|${SIGNED_OFF_TEXT.source}`, 'i') }),
  // "signed the declaration on …", "initialled the accord": signing agrees to what is signed, when it is named (not
  // "signed off on the final text", which names nothing).
  // ("concluding talks that had dragged on for years", "concluded the process": ending the talks agrees to nothing
  // they hold.)
  stanceRule({ name: 'agrees.signed', predicate: 'agrees', trigger: { cls: 'sign' }, verbOnly: true, confidence: 0.7, negatedAs: 'rejects', split: false, objectMustNot: new RegExp(`${SIGNED_OFF_TEXT.source}|${PROCEEDINGS.source}`, 'i') }),
  // "The accord was initialled by the port, the dockers and the hauliers' group": the same, in the passive.
  stanceRule({ name: 'agrees.signed-passive', predicate: 'agrees', trigger: { cls: 'sign' }, confidence: 0.7, negatedAs: 'skip', split: false, passive: true, objectMustNot: BARE_AGREEMENT }),
  // "pledged to release the prisoners", "committed to a ceasefire", "promised to cut ties with …".
  // ("The declaration commits both sides to …": what binds the sides is the deal's term, read by agrees.deal-terms;
  // "vowed to keep the strike going" threatens, it agrees to nothing.)
  stanceRule({ name: 'agrees.committed', predicate: 'agrees', trigger: { cls: 'commit' }, verbOnly: true, confidence: 0.7, negatedAs: 'skip', split: true, negativeObjectRejects: true, objectMustNot: NO_UNDERTAKING }),
  decidedTogether,
  madeDeal,
  exchanged,
  gaveUpPressure,
  // ("announced weeks ago it was prepared to sign a deal": what a side says it is ready to do is read by other rules.)
  stanceRule({ name: 'agrees.announced', predicate: 'agrees', trigger: /^(announced|confirmed|unveiled)$/, confidence: 0.6, negatedAs: 'skip', split: true, objectMust: /\b(exchange|swap|deal|agreement|ceasefire|truce|release|accord|pause|freeze|extension|framework|roadmap|understanding)\b/i, objectMustNot: new RegExp(`${BARE_AGREEMENT.source}|^(?:\\S+ ){0,5}ago\\b|^(?:that )?(?:it|they|\\S+) (?:was|were|is|are) (?:ready|willing|prepared) to\\b|${DEAL_MADE_CLAUSE.source}`, 'i') }),
];
