// Stances stated in a relative clause on what they are taken on: "the plan, which Peru rejected", "an idea both sides accepted".
import type { Mention, Predicate } from '../../types.js';
import { isReportingVerb } from '../../nlp/lexicon.js';
import type { ExtractionRule, RuleMatch } from '../rule.js';
import { STANCE_ACTORS, afterTimePhrase, figuresInTurn, noteTopic } from '../rule.js';
import { COMMA, type SentenceView } from '../sentence-view.js';
import { SUMMING_NOUNS, topicsIn } from '../topic-phrase.js';
import { isAppositiveStanceNoun } from './stance-nouns.js';

/**
 * ", a demand Kigali has rejected", ", an idea both sides accepted": a relative clause with no pronoun, after a noun
 * that sums up the sentence's earlier topic, which is what the clause's verb takes a stance on.
 */
function contactClause(view: SentenceView, k: number): RuleMatch[] {
  // (", a demand the Northern Front has so far rejected": a name and adverbs may stand between.)
  const comma = view.find(COMMA, Math.max(0, k - 10), 10);
  if (comma === undefined || comma > k || !/^(a|an)$/.test(view.lower(comma + 1))) return [];
  if (!SUMMING_NOUNS.test(view.lower(comma + 2))) return [];
  // ("a condition Chilean President X has rejected": the person the demonym qualifies holds it, as the rule for stance
  // nouns in apposition reads.)
  const qualifiesPerson = (m: Mention): boolean => m.via === 'qualifier' && view.actors.some((p) => p.type === 'Person' && p.tokenStart > m.tokenStart && p.tokenStart <= m.tokenEnd + 3);
  const subjects = view.withListed(view.actors.filter((m) => (m.tokenStart === comma + 3 || (m.tokenStart === comma + 4 && view.lower(comma + 3) === 'the')) && m.tokenEnd <= k && !qualifiesPerson(m))).filter((m) => m.tokenEnd <= k);
  if (subjects.length === 0) return [];
  // The earlier topic: the object of the verb of the last side named before the comma ("the studios have offered X"),
  // else of the sentence's first verb ("called for X", "proposed that X"), up to the comma.
  const isVerb = (t: { pos: string }, j: number): boolean => j < comma && t.pos === 'VERB' && !view.actors.some((m) => m.tokenStart <= j && j < m.tokenEnd);
  const last = view.actors.filter((m) => m.tokenEnd < comma && STANCE_ACTORS.has(m.type)).reduce<Mention | undefined>((found, m) => (found === undefined || m.tokenEnd > found.tokenEnd ? m : found), undefined);
  const lastSide = last?.tokenEnd ?? -1;
  // ("insisted that the KDF withdraw …, a condition the group has rejected": a side that opens a that-clause is the
  // clause's subject, which is the topic whole.)
  const that = last !== undefined && view.lower(view.wordBefore(last)) === 'that' ? view.wordBefore(last) : -1;
  let verb = lastSide < 0 || that >= 0 ? -1 : view.tokens.findIndex((t, j) => j >= lastSide && j <= lastSide + 3 && isVerb(t, j));
  if (verb < 0) verb = view.tokens.findIndex(isVerb);
  if (verb < 0) return [];
  // "would sign only after Armenia changes its constitution, a condition Yerevan has rejected": the condition itself.
  const condition = /^(condition|demand)$/.test(view.lower(comma + 2)) ? view.tokens.findLastIndex((t, j) => j < comma && (t.lower === 'unless' || (/^(if|after|once|when)$/.test(t.lower) && view.lower(j - 1) === 'only'))) : -1;
  let start = condition >= 0 ? condition + 1 : that >= 0 ? that + 1 : /^(for|that|to|on)$/.test(view.lower(verb + 1)) ? verb + 2 : verb + 1;
  // ("welcomed the deal but said the rebels must end kidnappings, a demand the group rejected": what was said must
  // happen, its subject with it.)
  const said = view.tokens.findLastIndex((t, j) => j < comma - 2 && t.pos === 'VERB' && isReportingVerb(t));
  const obliged = said >= 0 && view.find(/^(must|should)$/, said + 1, comma - said - 1) !== undefined && view.find(COMMA, said + 1, comma - said - 1) === undefined;
  if (obliged) start = view.lower(said + 1) === 'that' ? said + 2 : said + 1;
  // ("had countered earlier in the week with a soft cap, a model X spurned": when it was put forward is no part of it.)
  start = afterTimePhrase(view, start);
  const label = topicsIn(view, start, comma, false)[0]?.label;
  if (label === undefined) return [];
  return subjects.map((subject) => ({ subject, object: { kind: 'topic' as const, label, type: 'Topic' as const }, confidence: 0.7 }));
}

/**
 * A rule that reads a stance verb in a relative clause ("These demands, which Quito has rejected", "an aspiration that
 * Moscow rejects", "an idea that both sides accepted"): the object is the antecedent, the holders the clause's sides.
 * `isTrigger` says which verbs take the rule's stance.
 */
export function relativeClauseRule(name: string, predicate: Predicate, isTrigger: (view: SentenceView, k: number) => boolean): ExtractionRule {
  return {
    name,
    predicate,
    match(view: SentenceView, context) {
      const results: RuleMatch[] = [];
      for (let k = 2; k < view.tokens.length; k++) {
        if (!isTrigger(view, k)) continue;
        const rel = view.find(/^(which|that)$/, Math.max(0, k - 12), 12);
        if (rel === undefined || rel > k) {
          results.push(...contactClause(view, k));
          continue;
        }
        // "the social ministry, which goes to X, and accepted …": the verb must be the relative clause's own, after its
        // subject ("which Kiev has rejected", "that Ukraine refuses to accept").
        if (view.tokens.slice(rel + 1, k).some((t, n) => t.text === ',' || (t.pos === 'VERB' && rel + 1 + n !== k - 2))) continue;
        // "…, a key Kremlin demand that X had long resisted": read by the rule for stance nouns in apposition.
        if (isAppositiveStanceNoun(view, rel - 1)) continue;
        // Only a relative clause on a noun: ", which …", "something that …", not "noted that …".
        // ("the buffer fund that the mediator suggested in May": any noun before "that", when the verb has
        // no object of its own after it.)
        // ("which the company turned down at each meeting": past the verb's particle, a phrase of time or of occasion.)
        let after = k + 1;
        while (after < k + 3 && /^(down|out|off|up|away|aside)$/.test(view.lower(after))) after++;
        const next = view.tokens[after];
        const gap = next === undefined || /^(PUNCT|ADV)$/.test(next.pos) || afterTimePhrase(view, after) > after || endsAtOccasion(view, after);
        if (view.lower(rel - 1) !== ',' && !/^(something|aspiration|idea|notion|move|step|proposal|demand|demands|request|plan|position|initiative|conditions|offer)$/.test(view.lower(rel - 1)) && !(gap && view.lower(rel) === 'that' && view.tokens[rel - 1]?.pos === 'NOUN')) continue;
        // ("its demand that the union accept a freeze": a clause whose verb has an object of its own says what the noun
        // is, it is no relative clause on it.)
        if (view.lower(rel) === 'that' && !gap && /^(DET|NUM|NOUN|PROPN|ADJ|SYM)$/.test(next?.pos ?? '')) continue;
        // ("a previous demand that the navy leave two harbours": a verb in its bare form after a demand says what
        // is demanded.)
        if (view.lower(rel) === 'that' && !gap && /^(demand|demands|insistence|request|condition|call)$/.test(view.lower(rel - 1)) && view.lower(k) === view.lemma(k)) continue;
        // ("assured journalists that Chile would …": after the people a verb of saying is told to, "that" opens what it says.)
        if (view.lower(rel) === 'that' && view.tokens[rel - 2] !== undefined && isReportingVerb(view.tokens[rel - 2]!)) continue;
        const subjects = view.actors.filter((m) => m.tokenStart > rel && m.tokenEnd <= k);
        if (subjects.length === 0) continue;
        const coordinated = subjects.filter((m) => m.type === 'Party' || m.type === 'Delegation' || m.type === 'Person');
        // Antecedent: the words before ", which" / ", something that" back to the previous clause edge.
        let antecedentEnd = rel;
        while (antecedentEnd > 0 && /^(,|something|an|a|aspiration|idea|notion|move|step|proposal|demand|request|plan|position)$/.test(view.lower(antecedentEnd - 1))) antecedentEnd--;
        let antecedentStart = phraseStart(view, antecedentEnd - 1, antecedentEnd, 14);
        // "offered first 3 percent, then 4 percent, which the union refused": the moves before "then" too.
        if (view.lower(antecedentStart) === 'then' && view.lower(antecedentStart - 1) === ',') antecedentStart = phraseStart(view, antecedentStart - 1, antecedentEnd, 20);
        // "initially offered a 50% raise, which the union rejected", "Kestrel first proposed a 45% cut, which …": what
        // the verb opening the clause (after its subject) proposes, not the verb and its subject.
        // ("but made progress only on a new drug policy, which both sides accepted": a conjunction opens the clause.)
        if (view.tokens[antecedentStart]?.pos === 'CCONJ') antecedentStart++;
        // ("Even without a cap on catches, which Lima has refused, …": the preposition that opens the sentence governs
        // the antecedent, it is no part of it.)
        if (view.lower(antecedentStart) === 'even' && view.tokens[antecedentStart + 1]?.pos === 'ADP') antecedentStart += 2;
        else if (antecedentStart === 0 && /^(without|despite|after|before|with|amid|beyond)$/.test(view.lower(0))) antecedentStart = 1;
        // ("The EU had pushed for …": the side may take its article.)
        let verb = view.actors.find((m) => m.tokenStart === antecedentStart || (m.tokenStart === antecedentStart + 1 && view.lower(antecedentStart) === 'the'))?.tokenEnd ?? antecedentStart;
        while (verb < antecedentEnd && /^(ADV|AUX)$/.test(view.tokens[verb]!.pos)) verb++;
        // "made progress only on a new drug policy", "reached agreement on the quota": after a verb and a bare noun that
        // make one act, what the act is on.
        let on = verb + 2;
        while (on < antecedentEnd && view.tokens[on]!.pos === 'ADV') on++;
        const act = view.tokens[verb]?.pos === 'VERB' && view.tokens[verb + 1]?.pos === 'NOUN' && view.lower(verb + 1) === view.lemma(verb + 1) && /^(on|over)$/.test(view.lower(on)) && on + 1 < antecedentEnd;
        if (act) antecedentStart = on + 1;
        // ("offered raises of about $2": a plural the tagger read as a verb, before "of", is the object's noun.)
        else if (view.tokens[verb]?.pos === 'VERB' && verb + 1 < antecedentEnd && (/^(DET|NUM|ADJ|NOUN|PROPN|SYM)$/.test(view.tokens[verb + 1]!.pos) || view.lower(verb + 2) === 'of')) antecedentStart = verb + 1;
        // ("Vantor first offered to surrender 18 slot pairs, which the regulator rejected": what it offered to do; "He
        // proposed bringing in a mediator, which …": what it proposed doing.)
        else if (view.tokens[verb]?.pos === 'VERB' && view.lower(verb + 1) === 'to' && view.tokens[verb + 2]?.pos === 'VERB' && verb + 2 < antecedentEnd) antecedentStart = verb + 2;
        else if (view.tokens[verb]?.pos === 'VERB' && view.tokens[verb + 1]?.pos === 'VERB' && view.lower(verb + 1).endsWith('ing') && verb + 1 < antecedentEnd) antecedentStart = verb + 1;
        // ("had pushed for a 10% increase …, which London refused": what a verb and its particle take.)
        else if (view.tokens[verb]?.pos === 'VERB' && /^(for|on)$/.test(view.lower(verb + 1)) && /^(DET|NUM|ADJ|NOUN|SYM)$/.test(view.tokens[verb + 2]?.pos ?? '') && verb + 2 < antecedentEnd) antecedentStart = verb + 2;
        else {
          // "At the first meeting the fishermen asked a fee of 6 million pesos, a request that Santiago refused": what the
          // last verb of asking or offering in the clause asks or offers.
          const asked = view.tokens.findLastIndex((t, j) => j >= antecedentStart && j + 1 < antecedentEnd && t.pos === 'VERB' && (t.lemma === 'ask' || ASKING_CLASSES.some((cls) => view.lexiconEntryAt(cls, 'verbs', j) !== undefined)) && /^(DET|NUM|ADJ|NOUN|PROPN|SYM)$/.test(view.tokens[j + 1]!.pos));
          if (asked >= 0) antecedentStart = asked + 1;
          // ("said on Friday it had made an improved bid for Kestrel, which Kestrel rejected": what the verb of a clause
          // inside the phrase, after its own subject, takes.)
          else {
            const opensOwnClause = (j: number): boolean => {
              let s = j - 1;
              while (s > antecedentStart && /^(AUX|ADV)$/.test(view.tokens[s]!.pos)) s--;
              return /^(it|they|he|she|we)$/.test(view.lower(s)) || view.actors.some((m) => m.tokenEnd === s + 1 && STANCE_ACTORS.has(m.type));
            };
            const own = view.tokens.findLastIndex((t, j) => j > antecedentStart && j + 1 < antecedentEnd && t.pos === 'VERB' && /^(DET|NUM|ADJ|NOUN|SYM)$/.test(view.tokens[j + 1]!.pos) && opensOwnClause(j));
            if (own >= 0) antecedentStart = own + 1;
          }
        }
        const raw = view.text(antecedentStart, antecedentEnd).trim();
        // ("settled for 6 percent, far below the 9 percent that it had sought": how the noun compares is no part of it.)
        let label = topicsIn(view, antecedentStart, antecedentEnd, false)[0]?.label;
        if (label !== undefined && COMPARED.test(label)) label = label.replace(COMPARED, '').replace(/^(?:the|a|an)\s+/i, '');
        if (/^(these|those|such|the)\s+(demands|conditions|terms|proposals)$/i.test(raw)) {
          // "These demands, which Quito rejected": the demands of whoever last made one.
          const noun = raw.split(/\s+/).pop()!.toLowerCase();
          const holder = context.lastHolder.get(/^(proposals)$/.test(noun) ? 'proposes' : 'demands') ?? context.lastTopic?.party;
          label = holder ? `${holder}'s ${raw.split(/\s+/).pop()}` : raw.split(/\s+/).pop();
        }
        if (!label) continue;
        for (const item of figuresInTurn(label)) for (const subject of coordinated) results.push({ subject, object: { kind: 'topic', label: item, type: 'Topic' }, confidence: 0.75 });
        // "The clause, which the council demanded, fell. The club rejected it.": what "it" may stand for next.
        if (coordinated.length > 0) noteTopic(context, { label, party: coordinated[0]!.party, sentence: view.sentence.index, at: antecedentStart, predicate });
      }
      return results;
    },
  };
}

/** Words that compare the antecedent with something else: "far below", "up from", "short of". */
const COMPARED = /^(?:(?:far|well|just|way|still) )?(?:below|above|under|short of|up from|down from)\s+(?=(?:the|a|an)\s|\d)/i;

/** "in every round", "at each meeting": whether a preposition and a noun phrase at k end the clause. */
function endsAtOccasion(view: SentenceView, k: number): boolean {
  if (!/^(in|at|during)$/.test(view.lower(k))) return false;
  let j = k + 1;
  while (j < k + 5 && /^(DET|ADJ|NOUN|NUM)$/.test(view.tokens[j]?.pos ?? '')) j++;
  return j > k + 1 && (view.tokens[j] === undefined || view.tokens[j]!.pos === 'PUNCT');
}

/** Back from `from`, the start of the phrase ending at `end`: up to a comma, a colon, a copula or "that", `limit` tokens at most. */
function phraseStart(view: SentenceView, from: number, end: number, limit: number): number {
  let start = from;
  while (start > 0 && !/^(,|;|:|being|is|was|that|—)$/.test(view.lower(start - 1)) && end - start < limit) start--;
  return start;
}

/** Verb classes of asking or offering, whose object a relative clause after it may turn down. */
const ASKING_CLASSES = ['demand', 'propose'] as const;

