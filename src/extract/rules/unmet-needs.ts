// "The union said the company's offer fails to address unpaid work", "the proposed agreement did not address class
// sizes": a side that says an offer leaves its needs unmet turns the offer down (rejects.leaves-unmet) and asks for what
// it leaves out (demands.left-unmet).
import type { Mention } from '../../types.js';
import { isReportingVerb, lexicon } from '../../nlp/lexicon.js';
import type { SentenceView } from '../sentence-view.js';
import { STANCE_ACTORS } from '../rule.js';

/** Verbs of meeting a need, after "fails to" or a negation: "fails to address", "does not tackle", "did not include". */
const MEETING_VERBS = /^(address|tackle|resolve|solve|cover|include|provide|guarantee|offer|reflect|recognise|recognize)$/;

/** Words for needs in general, which name none: "issues", "concerns". */
const GENERAL_NEEDS = /^(issues|concerns|problems|matters|needs|questions|points)$/;

/** The judgements read of each sentence. */
const readSentences = new WeakMap<SentenceView, UnmetNeeds[]>();

/** What a judgement of an offer says: who judges it, the offer's words, and where the needs it leaves out are named. */
export interface UnmetNeeds {
  readonly holders: readonly Mention[];
  /** The offer, [from, to) of the sentence's tokens. */
  readonly offer: readonly [number, number];
  /** The needs the offer leaves out, [from, to). */
  readonly needs: readonly [number, number];
}

/**
 * The judgements in a sentence that an offer, a proposal or a deal on the table fails to meet needs, said by a side
 * ("the union said …", "…, the union said"), in the order written.
 */
export function unmetNeeds(view: SentenceView): UnmetNeeds[] {
  // (Read once a sentence: rejects.leaves-unmet and demands.left-unmet both ask.)
  const known = readSentences.get(view);
  if (known !== undefined) return known;
  const found: UnmetNeeds[] = [];
  readSentences.set(view, found);
  for (let k = 1; k < view.tokens.length; k++) {
    const failsTo = view.lemma(k) === 'fail' && view.tokens[k]!.pos === 'VERB' && view.lower(k + 1) === 'to' && MEETING_VERBS.test(view.lemma(k + 2));
    const notMet = !failsTo && view.tokens[k]!.pos === 'VERB' && MEETING_VERBS.test(view.lemma(k)) && view.negated(k);
    if (!failsTo && !notMet) continue;
    let needsFrom = failsTo ? k + 3 : k + 1;
    // ("fails to address fundamental issues including unpaid work": the needs are those the issues include.)
    const general = view.tokens[needsFrom]?.pos === 'ADJ' ? needsFrom + 1 : needsFrom;
    if (GENERAL_NEEDS.test(view.lower(general))) {
      const listed = view.lower(general + 1) === 'including' || view.lower(general + 1) === 'like' ? general + 2 : view.lower(general + 1) === 'such' && view.lower(general + 2) === 'as' ? general + 3 : undefined;
      if (listed === undefined) continue;
      needsFrom = listed;
    }
    // The offer: the clause's subject before the verb, past auxiliaries, negations and adverbs ("did not adequately").
    let to = k;
    while (to > 0 && (/^(AUX|ADV|PART)$/.test(view.tokens[to - 1]!.pos) || /^(not|n't|never)$/.test(view.lower(to - 1)))) to--;
    let from = to;
    while (from > 0 && !/^(,|;|:|"|“|that|and|but|which)$/.test(view.lower(from - 1)) && !isReportingVerb(view.tokens[from - 1]) && to - from < 10) from--;
    const offerNoun = view.tokens.slice(from, to).some((t) => t.pos === 'NOUN' && (lexicon().nouns('propose').has(t.lemma) || lexicon().nouns('deal').has(t.lemma)));
    if (!offerNoun) continue;
    // Who says it: the subject of the reporting verb before the offer ("said (that) …"), or a closing "…, X said".
    let say = view.lower(from - 1) === 'that' ? from - 2 : from - 1;
    while (say > from - 4 && say > 0 && !isReportingVerb(view.tokens[say])) say--;
    const holders = (isReportingVerb(view.tokens[say]) ? view.subjectOf(say) : view.closingSpeakers(needsFrom)).filter((m) => STANCE_ACTORS.has(m.type));
    if (holders.length === 0) continue;
    found.push({ holders, offer: [from, to], needs: [needsFrom, view.clauseEnd(needsFrom)] });
  }
  return found;
}

/**
 * The need an item of what an offer leaves out names: "lacked smaller classes" names smaller classes; needs in general
 * ("members' needs", "the issues") and what else the offer failed to do name none.
 */
export function neededTopic(label: string): string | undefined {
  const words = label.split(' ');
  if (GENERAL_NEEDS.test(words.at(-1)!.toLowerCase()) || /^(fail|fails|failed|failing)$/i.test(words[0]!)) return undefined;
  return /^(lack|lacks|lacked|lacking)$/i.test(words[0]!) ? (words.length > 1 ? words.slice(1).join(' ') : undefined) : label;
}
