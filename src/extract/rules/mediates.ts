// Rules for `mediates`: a party or person that hosts or mediates the talks ("Oman's role as mediator", "brokered by Qatar").
import type { Mention } from '../../types.js';
import type { ExtractionRule, RuleMatch } from '../rule.js';
import { insideAskedClause, partyWordBefore } from '../rule.js';
import { worldKnowledge } from '../../nlp/world-knowledge.js';
import { isReportingVerb } from '../../nlp/lexicon.js';
import { DELEGATION_NOUNS } from '../../nlp/find-mentions.js';
import type { SentenceView } from '../sentence-view.js';

/** What a go-between chairs or leads, where a side leads its delegation: "chaired the talks". */
const TALKS_OBJECT = /^(talks|meetings?|negotiations|summits?|sessions?|rounds?|dialogue|discussions|conferences?|plenary|plenaries)$/;
const CHANNEL_VERBS = /^(exchanged|passed|handed|sent|delivered|conveyed|transmitted|relayed|channelled|channeled)$/;
/** Mediation words that need more than themselves: an envoy may be a side's own, a host country only hosts. */
const NOT_ALONE = new Set(['envoy', 'interlocutor', 'receive', 'welcome', 'venue', 'host country', 'host nation']);

/** The mediation and hosting words of the lexicon that occur in a sentence: [first token, last token] of each. */
function mediationSpans(view: SentenceView): (readonly [number, number])[] {
  const spans: (readonly [number, number])[] = [];
  for (const cls of ['mediate', 'host'] as const) {
    for (const part of ['verbs', 'nouns'] as const) {
      for (const span of view.lexiconMatches(cls, part)) {
        // ("seen as a moderate": a verb's form after an article is a noun of another sense.)
        if (part === 'verbs' && view.tokens[span[0] - 1]?.pos === 'DET') continue;
        if (!NOT_ALONE.has(view.tokens.slice(span[0], span[1] + 1).map((t) => t.lemma).join(' '))) spans.push(span);
      }
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** "Chile, Ghana and Peru as guarantors", "Kenya, along with Ghana, are the guarantors": the list before the role. */
function listBefore(view: SentenceView, k: number): Mention[] {
  let j = k - 1;
  if (/^(the|as)$/.test(view.lower(j))) j--;
  if (/^(are|were|is|was|acted|act|serve|served|serving|acting)$/.test(view.lower(j))) j--;
  if (/^(as)$/.test(view.lower(j))) j--;
  // ("Norway, Ghana and Brazil, which along with Peru act as guarantors": the partner after the pronoun too.)
  const along = view.actors.filter((m) => m.tokenEnd === j + 1 && m.type === 'Party');
  const alongStart = along[0]?.tokenStart ?? -1;
  const partners = alongStart > 2 && view.lower(alongStart - 1) === 'with' && view.lower(alongStart - 2) === 'along' && /^(which|who)$/.test(view.lower(alongStart - 3)) ? view.withListed(along) : [];
  if (partners.length > 0) j = alongStart - 3;
  // "Cuba and Norway, which act as guarantors": the relative pronoun after the list.
  if (/^(which|who)$/.test(view.lower(j)) && j < k - 1) j--;
  // "Kenya, along with Ghana and Peru, are the guarantors": the comma that closes the list.
  if (view.lower(j) === ',') j--;
  const last = view.actors.filter((m) => m.tokenEnd === j + 1 && m.type === 'Party');
  if (last.length === 0) return partners;
  const list = [...last];
  let start = last[0]!.tokenStart;
  for (;;) {
    let p = start - 1;
    if (/^(,|and)$/.test(view.lower(p))) p--;
    if (view.lower(p) === 'with' && view.lower(p - 1) === 'along') p -= 2;
    if (view.lower(p) === ',') p--;
    const previous = view.actors.filter((m) => m.tokenEnd === p + 1 && m.type === 'Party');
    if (previous.length === 0 || p === start - 1) break;
    list.unshift(...previous);
    start = previous[0]!.tokenStart;
  }
  return [...list, ...partners];
}

/** Who holds the mediation word at k: its subject, its agent ("hosted by Oman"), a possessive ("Oman's mediation", "Egypt's role as mediator") or the name it stands in apposition to ("Qatar, a key mediator,"). */
function holdersAt(view: SentenceView, k: number): Mention[] {
  if (view.lower(k + 1) === 'by') return view.agentAfter(k);
  // "mediated during the week by X": a passive whose agent follows a time.
  if (/^(VERB|ADJ)$/.test(view.tokens[k]!.pos) && /ed$/.test(view.lower(k))) {
    const agents = view.agentAfter(k);
    if (agents.length > 0) return agents;
  }
  // "a conciliator from Quebec's Ministry of Labour": the body the go-between comes from.
  if (view.tokens[k]!.pos === 'NOUN' && view.lower(k + 1) === 'from') {
    // ("from the Quebec Ministry of Labour": a place may qualify the body.)
    const body = (m: Mention): boolean => view.tokens.slice(k + 2, m.tokenStart).every((t, n) => (n === 0 && t.lower === 'the') || view.sentence.mentions.some((p) => p.type === 'Place' && p.tokenStart <= k + 2 + n && k + 2 + n < p.tokenEnd));
    const from = view.actors.filter((m) => m.type === 'Party' && m.tokenStart >= k + 2 && m.tokenStart <= k + 5 && body(m));
    // ("with mediators from Qatar, Egypt and the United States": a plural's bodies, each of a list.)
    if (from.length > 0) return view.lower(k) !== view.lemma(k) ? view.withListed(from) : from;
  }
  // ("Among the facilitators, X said, were A, B and C": the people listed after "were".)
  if (view.lower(k - 1) === 'the' && view.lower(k - 2) === 'among') {
    const were = view.find(/^(were|are|was|is)$/, k + 1, 8);
    const first = were === undefined ? [] : view.actors.filter((m) => m.type === 'Person' && m.tokenStart === were + 1);
    if (first.length > 0) return view.withListed(first);
  }
  // "proposed by the facilitator, Ms Lee": the noun is the office of the person it names.
  // ("two co-facilitators, Ana Ruiz and Tom Vale": a plural names each person of the list after it.)
  // (The tagger gives "co-facilitators" no lemma of its own.)
  const plural = view.lower(k) !== view.lemma(k) || /[^s]s$/.test(view.lower(k));
  const described = view.actors.filter((m) => m.type === 'Person' && (m.via === 'office' || m.via === 'description') && m.tokenStart <= k && k < m.tokenEnd);
  if (described.length > 0) return plural ? view.withListed(described) : described;
  // "federal mediator Ann Lee", "a mediator, Ann Lee,", "with the mediation of Mrs. Ann Lee": the person the noun names.
  // ("Mediator Ann Lee, who …": in capitals, as a title, the tagger may read it as a name.)
  const title = view.tokens[k]!.pos === 'PROPN' && view.actors.some((m) => m.type === 'Person' && m.tokenStart === k + 1);
  if (view.tokens[k]!.pos === 'NOUN' || title) {
    const after = /^(,|of)$/.test(view.lower(k + 1)) ? k + 2 : k + 1;
    let at = worldKnowledge().offices.honorifics.has(view.lower(after)) ? after + 1 : after;
    // ("a mediator, retired judge Ann Lee,": after the comma, an occupation in lower case may stand before the name.)
    if (view.lower(k + 1) === ',') while (at < after + 3 && view.tokens[at]?.text === view.lower(at) && /^(ADJ|NOUN)$/.test(view.tokens[at]?.pos ?? '')) at++;
    // ("the co-facilitators, Chile's Ana Ruiz and …": the side whose possessive stands before the name.)
    at = view.pastSidePossessive(at);
    // ("Among the facilitators, X said, were …": a name before a verb of saying is the speaker's.)
    const named = view.actors.filter((m) => m.type === 'Person' && m.via !== 'source' && m.tokenStart === at && !(isReportingVerb(view.tokens[m.tokenEnd]) && view.lower(m.tokenEnd + 1) === ','));
    if (named.length > 0) return plural ? view.withListed(named) : named;
    // "mediators Qatar and Egypt said": the states the noun names, each of a list.
    const sides = view.lower(k + 1) === ',' ? [] : view.actorsAt(k + 1).filter((m) => m.type === 'Party');
    if (sides.length > 0) return view.withListed(sides);
    // "with the mediation of Brazil and of the OAS": the sides after "of".
    if (view.lower(k + 1) === 'of') {
      const named = view.lower(k + 2) === 'the' ? k + 3 : k + 2;
      const first = view.actorsAt(named).filter((m) => m.type === 'Party');
      if (first.length > 0) return view.withListed(first);
      // "met under the auspices of the Labour Ministry": the go-between is whoever follows "of", never the subject.
      let j = k - 1;
      while (j > 0 && /^(DET|ADJ)$/.test(view.tokens[j]!.pos)) j--;
      if (view.tokens[j]?.pos === 'ADP') return [];
    }
  }
  // "with a mediator from the Federal Mediation Service": the body the mediator comes from.
  if (view.lower(k + 1) === 'from' && view.tokens[k]!.pos === 'NOUN') {
    const body = view.actorsAt(k + 2).filter((m) => m.type === 'Party');
    if (body.length > 0) return body;
  }
  let j = k - 1;
  // "Egypt's role as mediator", "Oman's key mediation"
  if (view.lower(j) === 'as' && /^(role|part|position)$/.test(view.lower(j - 1))) j -= 2;
  while (j > 0 && /^(key|main|chief|lead|leading|principal|longtime|traditional|regional|neutral|trusted|active)$/.test(view.lower(j))) j--;
  if (view.lower(j) === "'s" || view.lower(j) === "'") return view.actors.filter((m) => m.tokenEnd === j);
  // "the Azerbaijani hosts": the side the word before names.
  const named = partyWordBefore(view, k);
  if (named.length > 0 && view.tokens[k]!.pos === 'NOUN') return named;
  if (/^(a|an|the)$/.test(view.lower(j)) && view.lower(j - 1) === ',') {
    const named = view.actors.filter((m) => m.tokenEnd === j - 1);
    if (named.length > 0) return named;
  }
  // "the governments of Algeria and of Qatar, mediators of the negotiation": the sides named before the comma.
  if (view.lower(k - 1) === ',' && view.tokens[k]!.pos === 'NOUN') {
    const named = coordinatedBefore(view, k - 1);
    if (named.length > 0) return named;
  }
  // "X said … after chairing talks": a gerund after a preposition shares the sentence's subject.
  if (view.lower(k).endsWith('ing') && /^(after|before|while|by|since|when)$/.test(view.lower(k - 1))) {
    let verb = k - 2;
    while (verb >= 0 && view.tokens[verb]!.pos !== 'VERB') verb--;
    return verb >= 0 ? view.subjectOf(verb) : [];
  }
  // "The airline suggested binding arbitration": a mediation noun as another verb's object names no mediator,
  // unless the verb runs it ("who conducted the mediation").
  // ("proposed bringing in a state mediator", "called for a mediator": past nouns that qualify it and a particle.)
  if (view.tokens[k]!.pos === 'NOUN' && view.lexiconEntryAt('mediate', 'verbs', k) === undefined) {
    let j = k - 1;
    while (j > 0 && (/^(ADJ|DET|NUM)$/.test(view.tokens[j]!.pos) || (view.tokens[j]!.pos === 'NOUN' && view.tokens[j]!.text === view.lower(j) && j > k - 3))) j--;
    // ("took part in the mediation" is no such particle.)
    if ((view.lower(j) === 'for' || (view.lower(j) === 'in' && /^(bring|call)$/.test(view.lemma(j - 1)))) && view.tokens[j - 1]?.pos === 'VERB') j--;
    if (view.tokens[j]?.pos === 'VERB' && !/^(be|act|serve|remain|become|conduct|lead|head|direct|chair|oversee|steer|run)$/.test(view.lemma(j))) return [];
    // "sat in on two conciliation meetings": a mediation noun that qualifies another, after a
    // preposition, says what the sessions were, not who held them.
    if (view.tokens[j]?.pos === 'ADP' && view.tokens[k + 1]?.pos === 'NOUN' && view.tokens[k + 1]!.text === view.tokens[k + 1]!.lower) return [];
    // ("spent the night in talks with the mediators", "wrote to the facilitator": whom the subject meets or writes to is someone else.)
    if (/^(with|to|from)$/.test(view.lower(j))) return [];
    // ("agreed that the mediator will prepare a paper": a noun before its own verb is that verb's subject, no one's office.)
    if (/^(a|an|the)$/.test(view.lower(k - 1)) && /^(AUX|VERB)$/.test(view.tokens[k + 1]?.pos ?? '')) return [];
  }
  return view.subjectOf(k);
}

/** The parties named right before token `end`, with those joined to them by "and" ("Algeria and (of) Qatar"). */
function coordinatedBefore(view: SentenceView, end: number): Mention[] {
  const named: Mention[] = [];
  let at = end;
  for (;;) {
    const last = view.actors.find((m) => m.tokenEnd === at && m.type === 'Party');
    if (!last) break;
    named.unshift(last);
    let p = last.tokenStart - 1;
    if (view.lower(p) === 'of') p--;
    if (view.lower(p) !== 'and' && view.lower(p) !== ',') break;
    at = p;
  }
  return named;
}

/**
 * The verb of mediation from k to `last`, active, has two sides or more for subject and a deal for object, with no one
 * else it was made between or with: the sides made the deal themselves.
 */
function ownDeal(view: SentenceView, k: number, last: number, holders: readonly Mention[]): boolean {
  if (view.tokens[k]!.pos !== 'VERB' || view.lower(last + 1) === 'by' || new Set(holders.filter((m) => m.type === 'Party').map((m) => m.party ?? m.canonical)).size < 2) return false;
  const deal = view.lexiconMatches('deal', 'nouns').find(([first]) => first > last && first <= last + 5);
  return deal !== undefined && view.find(/^(between|with|among|for)$/, deal[1] + 1, 4) === undefined;
}

/** "mediated the talks alongside Qatar", "together with Egypt": co-mediators named after the mediation word. */
function partnersAfter(view: SentenceView, k: number): Mention[] {
  const at = view.find(/^(alongside|with)$/, k + 1, 5);
  if (at === undefined) return [];
  const start = view.lower(at) === 'with' && /^(together|along|jointly)$/.test(view.lower(at - 1)) ? at + 1 : view.lower(at) === 'alongside' ? at + 1 : undefined;
  if (start === undefined) return [];
  const first = start + (view.lower(start) === 'the' ? 1 : 0);
  // ("together with Ana Ruiz": a person too.)
  const named = view.actors.filter((m) => m.tokenStart === first && (m.type === 'Party' || m.type === 'Person'));
  // ("alongside the board's vice-chair, X": the person an office in front of a comma names, not its body.)
  const holder = view.actors.find((m) => m.type === 'Person' && m.tokenStart > first && m.tokenStart <= first + 8 && view.lower(m.tokenStart - 1) === ',' && !view.tokens.slice(first, m.tokenStart).some((t) => t.pos === 'AUX' || /^(which|who|that|and|;)$/.test(t.lower)));
  return holder !== undefined ? [holder] : named;
}

/** A verb of leading at k: "chairs", which the tagger may read as a noun right after its subject. */
function leadVerbAt(view: SentenceView, k: number): boolean {
  const t = view.tokens[k]!;
  return (t.pos === 'VERB' || (t.pos === 'NOUN' && view.actors.some((m) => m.tokenEnd === k && m.type === 'Person'))) && view.lexiconEntryAt('lead', 'verbs', k) !== undefined;
}

/**
 * Who chairs the talks with the verb of leading at k, or undefined: "after chairing talks between them" (leading the
 * talks themselves, not a side's delegation, is brokering them), "the final session, which Ana Ruiz chaired".
 */
function chairOf(view: SentenceView, k: number): Mention[] | undefined {
  if (!leadVerbAt(view, k)) return undefined;
  const object = view.find(TALKS_OBJECT, k + 1, 3);
  // ("led the talks for the union", "on the union's behalf": leading them for one side is that side's part, no go-between's.)
  const onBehalf = object !== undefined && view.lower(object + 1) === 'on' && view.find(/^behalf$/, object + 2, 5) !== undefined;
  if (object !== undefined) return view.lower(object + 1) === 'for' || onBehalf ? undefined : holdersAt(view, k);
  const chair = view.actors.filter((m) => m.tokenEnd === k && m.type !== 'Place');
  const pronoun = chair[0] === undefined ? -1 : chair[0].tokenStart - 1;
  if (pronoun < 1 || !/^(which|that)$/.test(view.lower(pronoun))) return undefined;
  const noun = view.lower(pronoun - 1) === ',' ? pronoun - 2 : pronoun - 1;
  return TALKS_OBJECT.test(view.lower(noun)) ? chair : undefined;
}

/** The first person named within `reach` tokens after `from`, else the first side; `crossing` punctuation or not. */
function personOrSideAfter(view: SentenceView, from: number, reach: number, crossing: boolean): Mention[] {
  const named = view.actors.filter((m) => m.tokenStart > from && m.tokenStart <= from + reach && (crossing || !view.tokens.slice(from + 1, m.tokenStart).some((t) => t.pos === 'PUNCT')));
  const people = named.filter((m) => m.type === 'Person');
  return people.length > 0 ? people.slice(0, 1) : named.filter((m) => m.type === 'Party').slice(0, 1);
}

/** ", chaired by X" right after a go-between this sentence has named. */
function mediatorBefore(view: SentenceView, k: number, found: readonly RuleMatch[]): boolean {
  return view.lower(k - 1) === ',' && found.some((r) => r.subject.tokenEnd === k - 1 && r.subject.type === 'Party');
}

/** The words before the verb at k, back to the sentence's start or a comma, name the talks ("The talks are being"). */
function talksSubject(view: SentenceView, k: number): boolean {
  // ("The talks, chaired by X, …": the participle set off by a comma after them. "… the last round of talks, which
  // was overseen by X": a relative clause on them.)
  let from = view.lower(k - 1) === ',' ? k - 2 : k - 1;
  while (from > 0 && (view.tokens[from]!.pos === 'AUX' || /^(all|both)$/.test(view.lower(from)) || (view.lower(from) === 'to' && view.lower(from + 1) === 'be'))) from--;
  if (view.lower(from) === 'which' && view.lower(from - 1) === ',') from -= 2;
  // ("The rebel delegation to the Arica talks was led by X": the talks a body goes to are not what X leads.)
  const complement = view.talksComplementStart(from + 1);
  if (complement !== undefined) from = complement - 1;
  // ("The sessions opened at a school, and they were all chaired by X": a pronoun for the talks that open the sentence.)
  if (/^(they|it)$/.test(view.lower(from)) && [0, 1, 2].some((j) => TALKS_OBJECT.test(view.lower(j)) && view.tokens[j]!.pos === 'NOUN')) return true;
  // ("talks between the rebels and a government team led by X": a team nearer the participle is what X leads.)
  // ("insisted on a cabinet to be led by X": the noun right before the verb is what is led, no talks.)
  for (let j = from; j >= 0 && view.lower(j) !== ','; j--) {
    if (TALKS_OBJECT.test(view.lower(j))) return true;
    if (view.tokens[j]!.pos === 'NOUN' && DELEGATION_NOUNS.has(view.lower(j))) return false;
    if (j === from && view.tokens[j]!.pos === 'NOUN' && view.tokens[j]!.text === view.lower(j)) return false;
    // ("the table with the Central Staff, headed by X": a name right before the participle is what X heads.)
    if (j === from && view.tokens[j]!.pos === 'PROPN') return false;
  }
  return false;
}

/** A mediator named as subject ("Qatar mediated"), agent ("hosted by Oman"), possessive, apposition or channel ("exchanged through Oman"). */
const mediator: ExtractionRule = {
  name: 'mediates.mediator',
  predicate: 'mediates',
  match(view: SentenceView, context) {
    if (!context.talks) return [];
    const results: RuleMatch[] = [];
    const talks = (at: number) => ({ kind: 'entity' as const, mention: { ...view.sentence.mentions[0]!, type: 'Talks' as const, text: context.talks!, canonical: context.talks!, start: view.tokens[at]!.start, end: view.tokens[at]!.end, tokenStart: at, tokenEnd: at + 1, via: 'talks' } });
    const spans = mediationSpans(view);
    for (let k = 0; k < view.tokens.length; k++) {
      const w = view.lower(k);
      let holders: Mention[] = [];
      const span = spans.find(([first]) => first === k);
      // "the Federal Mediation Service": a word of a name mediates nothing by itself; "the facilitator" naming a person is
      // that person's office.
      // ("Brazilian mediators", a state's go-betweens named by its demonym, are read as the state and mediate.)
      if (span && view.actors.some((m) => m.tokenStart <= k && k < m.tokenEnd && !(m.type === 'Person' && (m.via === 'office' || m.via === 'description')) && m.via !== 'government')) continue;
      // "Ecuador offered to host the next round", "offered to bring the two delegations together": an offer to host or
      // mediate has not been taken up.
      if (view.lower(k - 1) === 'to' && /^(offer|propose|plan|want|hope|seek|volunteer|expect|intend)$/.test(view.lemma(k - 2))) continue;
      // "the lists merged by independent arbitration": a noun of mediation after "by" says how a thing is settled, and after
      // "to" where it is sent ("wants the dispute sent to arbitration", "agreed to binding mediation").
      // ("to be decided by a neutral arbitrator": past an indefinite article and an adjective; "by the mediator X" names one.)
      let byAt = k - 1;
      while (byAt > k - 4 && (view.tokens[byAt]?.pos === 'ADJ' || /^(a|an)$/.test(view.lower(byAt)))) byAt--;
      if (span && view.tokens[k]!.pos === 'NOUN' && /^(by|to)$/.test(view.lower(byAt))) continue;
      const chair = span ? undefined : chairOf(view, k);
      if (span) {
        // "in hosting the summit" names the event, not a host.
        if (view.lemma(k) === 'host' && view.find(/^(summit|talks|meeting|round|negotiations)$/, k + 1, 4) !== undefined && view.lower(k - 1) === 'in') continue;
        // "the Swiss-brokered accord", "Qatari-mediated talks": the party glued to the participle, or the state of its demonym.
        const glued = view.lower(k - 1) === '-' ? partyWordBefore(view, k - 1) : [];
        holders = glued.length > 0 ? glued : [...holdersAt(view, span[1]), ...partnersAfter(view, span[1]), ...listBefore(view, k)];
        // "Chile and the Andean bloc have brokered a fishing accord": sides that broker a deal between themselves made it;
        // they go between no one ("Qatar and Egypt brokered a truce between …" do).
        if (ownDeal(view, k, span[1], holders)) continue;
      } else if (chair !== undefined) {
        holders = chair;
      } else if (w === 'sponsored' && view.lower(k - 1) === '-' && (TALKS_OBJECT.test(view.lower(k + 1)) || (view.lower(k + 1) === 'peace' && TALKS_OBJECT.test(view.lower(k + 2))))) {
        // "United Nations-sponsored talks", "Swiss-sponsored peace meetings": who sponsors the talks goes between the sides.
        holders = view.actors.filter((m) => m.tokenEnd === k - 1 && m.type === 'Party');
      } else if (/^(presidency|chairmanship)$/.test(w) && view.lower(k - 1) === 'the' && view.lower(k - 2) === 'under' && view.lower(k + 1) === 'of') {
        // "under the presidency of the Brazilian trade minister, X", as translated news writes "chaired by".
        holders = personOrSideAfter(view, k + 1, 13, true);
      } else if (view.lemma(k) === 'bring' && view.tokens[k]!.pos === 'VERB' && view.find(/^together$/, k + 2, 10) !== undefined) {
        // "brought the port and the dockers together": who brings the sides together is a go-between.
        holders = view.subjectOf(k);
      } else if (/^(chaired|moderated|convened|conducted|headed|led|overseen|supervised|steered)$/.test(w) && view.lower(k + 1) === 'by' && (talksSubject(view, k) || mediatorBefore(view, k, results))) {
        // "The talks are being chaired by X": the same, in the passive; "mediated by the Elders Committee, chaired by X":
        // who chairs the go-between goes between too.
        holders = view.agentAfter(k);
      } else if (w === 'invitation' && view.lower(k - 1) === 'the' && view.lower(k - 2) === 'at' && view.lower(k + 1) === 'of' && view.find(TALKS_OBJECT, 0, k) !== undefined) {
        // "came to Lima for talks at the invitation of the Chilean leader": who invites the sides convenes the talks.
        holders = personOrSideAfter(view, k + 1, 6, false);
      } else if (/^(help|assistance)$/.test(w) && view.lower(k - 1) === 'the' && view.lower(k - 2) === 'with' && view.lower(k + 1) === 'of') {
        // "with the help of Labor Secretary Ana Ruiz, we have received a proposal": who helped the sides is a go-between.
        holders = personOrSideAfter(view, k + 1, 7, false);
      } else if (w === 'through' || w === 'via') {
        if (!CHANNEL_VERBS.test(view.lower(k - 1))) continue;
        holders = view.actors.filter((m) => m.tokenStart === k + 1 && m.type === 'Party');
      } else continue;
      // ("who runs the mediation alongside X": who runs it with them goes between too.)
      if (holders.length > 0 && !span) holders = [...holders, ...partnersAfter(view, k)];
      // ("proposed that the African Union act as mediator": nor has a mediator one side asks for; "recommended that the
      // cabinet approve the US-brokered deal" names the deal's broker as a fact.)
      if (holders.length > 0 && view.lower(k - 1) !== '-' && insideAskedClause(view, k)) continue;
      const seen = new Set<string>();
      for (const holder of holders) {
        if (seen.has(holder.canonical)) continue;
        seen.add(holder.canonical);
        // ("whom Chile, Peru and Bolivia invited to serve as facilitator": the sides named together are the sides, whatever
        // their rank.)
        if (holder.via === 'source' || holder.via === 'group' || context.principals.includes(holder.party ?? holder.canonical)) continue;
        results.push({ subject: holder, object: talks(k), confidence: 0.7 });
      }
    }
    return results;
  },
};

/** Rules for `mediates`. */
export const MEDIATES_RULES: readonly ExtractionRule[] = [mediator];
