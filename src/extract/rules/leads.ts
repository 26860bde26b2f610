// Rules for `leads`: a person heads a delegation or a party ("X, who leads the Y delegation", "Y, headed by X", "X led the Y team").
import type { Mention } from '../../types.js';
import type { ExtractionRule, RuleMatch } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';
import { TEAM_LABEL_NOUN, delegationLabel, isPossessive, pluralPossessiveAfter, possessiveAfter, teamNoun } from '../../nlp/find-mentions.js';
import { worldKnowledge } from '../../nlp/world-knowledge.js';
import { lexicon } from '../../nlp/lexicon.js';

const LEAD_VERBS = /^(leads|led|lead|leading|heads|headed|head|heading|chairs|chaired|chairing|directs|directed|direct|directing)$/;
const LED_BODIES = new Set<Mention['type']>(['Delegation', 'Party']);
/** Words that may stand between a lead verb and the body it leads: "will lead the Kenyan delegation". */
const BODY_GAP = /^(the|a|an|his|her|its|their|our|my|country|nation|government|own|negotiating|bargaining|official)$/;
/** Nouns for a side's team at the table, after the side or its possessive: "the union's negotiating panel". */
const TEAM_NOUNS = /^(delegation|team|side|negotiators|talks|negotiations|negotiating|bargaining|committee|panel)$/;

/** The delegation or party named right after token k ("leads the Chilean delegation"), or the leader's own ("heads his country's delegation"). */
function bodyAfter(view: SentenceView, k: number, leader: Mention): Mention | undefined {
  let j = k;
  // (Up to four words before the body, or seven with the words that count it: "a six-strong growers' team".)
  while (j < view.tokens.length && j - k < (/^(NUM|ADJ)$/.test(view.tokens[k + 1]?.pos ?? '') ? 7 : 4)) {
    const body = view.sentence.mentions.find((m) => LED_BODIES.has(m.type) && m.tokenStart === j);
    // "the Kenyan team", "the company's talks", "the publishers' team": the side's delegation.
    const end = body?.tokenEnd ?? 0;
    const after = possessiveAfter(view.tokens, end - 1) ? end + 1 : end;
    if (body) {
      const world = worldKnowledge();
      // "Kestrel's chief executive, who leads the company's negotiating team": a side named by its kind word is the
      // leader's own when that is no state, whichever company the article named last.
      const own = body.via === 'description' && leader.party !== undefined && leader.party !== body.party && !world.states.has(leader.party) ? leader.party : undefined;
      if (body.type === 'Delegation' && own !== undefined) {
        const noun = TEAM_LABEL_NOUN.exec(body.canonical)?.[2] ?? 'delegation';
        return { ...body, party: own, canonical: delegationLabel(world, own, noun) };
      }
      // "X led the company's team; Y led the union's.": a side in the possessive with nothing after it is its team.
      const elliptical = body.type === 'Party' && after > body.tokenEnd && (after >= view.tokens.length || /^(\.|;|,|and|but)$/.test(view.lower(after)));
      if (elliptical) return { ...body, party: own ?? body.party, type: 'Delegation', canonical: delegationLabel(world, own ?? body.party ?? body.canonical, 'delegation') };
      if (body.type !== 'Party' || !TEAM_NOUNS.test(view.lower(after))) return body;
      // "heads the union's negotiating panel": the team by its own noun.
      const noun = /^(bargaining|negotiating)$/.test(view.lower(after)) ? teamNoun(view.tokens, after + 2) : teamNoun(view.tokens, after + 1);
      const side = own ?? body.party ?? body.canonical;
      return { ...body, party: own ?? body.party, type: 'Delegation', canonical: delegationLabel(world, side, noun) };
    }
    // "leads the negotiations for the company": the side the talks are led for, named with no team.
    // ("headed the talks on behalf of the state", "on the union's behalf": so is one on whose behalf.)
    if (/^(talks|negotiations)$/.test(view.lower(j))) {
      const behalfOf = view.lower(j + 1) === 'on' && view.lower(j + 2) === 'behalf' && view.lower(j + 3) === 'of' ? j + 4 : undefined;
      const side = view.lower(j + 1) === 'for' ? j + 2 : behalfOf;
      if (side !== undefined) return view.sentence.mentions.find((m) => m.type === 'Party' && (m.tokenStart === side || (m.tokenStart === side + 1 && view.lower(side) === 'the')));
      if (view.lower(j + 1) === 'on') {
        const owner = view.sentence.mentions.find((m) => m.type === 'Party' && m.tokenStart > j + 1 && m.tokenStart <= j + 5 && /^['’]s?$/.test(view.lower(m.tokenEnd)) && view.lower(m.tokenEnd + 1) === 'behalf');
        if (owner !== undefined) return owner;
      }
    }
    // "heads its negotiating panel": the team of the side the leader speaks for.
    const team = /^(bargaining|negotiating)$/.test(view.lower(j - 1)) ? j - 1 : j;
    const owner = view.lower(team - 1) === "'s" ? view.lower(team - 2) : view.lower(team - 1);
    // ("leads a 12-member delegation", "heading a six-strong growers' team": one counted, of the leader's side.)
    const counted = view.tokens.slice(k, team).some((t) => t.pos === 'NUM') && view.tokens.slice(k, team).every((t) => t.text === t.lower);
    // ("Its president, X, leads a negotiating panel of nine farmers": a team that negotiates, of no side named, is the leader's.)
    const negotiatingTeam = team < j && owner === 'a' && team - 1 === k;
    // ("Finance Minister X, who heads the delegation": "the delegation" alone is the leader's side's.)
    const theDelegation = owner === 'the' && j === k + 1 && /^(delegation|team)$/.test(view.lower(j)) && !/^(of|from|for)$/.test(view.lower(j + 1));
    if (/^(delegation|team|negotiators|committee|panel|side)$/.test(view.lower(j)) && leader.party && (/^(his|her|its|their|our|my|country|nation|government|own|negotiating)$/.test(owner) || counted || theDelegation || negotiatingTeam)) {
      return teamAt(view, j, leader, delegationLabel(worldKnowledge(), leader.party, teamNoun(view.tokens, j + 1)), 'own-delegation');
    }
    const counts = j > k && (view.tokens[j]!.pos === 'NUM' || (view.lower(j) === '-' && view.tokens[j - 1]!.pos === 'NUM') || (view.lower(j - 1) === '-' && /^(ADJ|NOUN)$/.test(view.tokens[j]!.pos)));
    // (The people it is of, in the plural possessive, after the words that count it: "a six-strong growers' team".)
    const ofPeople = j > k + 1 && view.tokens[j]!.pos === 'NOUN' && pluralPossessiveAfter(view.tokens, j);
    if (!BODY_GAP.test(view.lower(j)) && !isPossessive(view.tokens[j]) && !counts && !ofPeople) return undefined;
    j++;
  }
  return undefined;
}

/** "X, who leads/headed the Y delegation", "X led the Y team", "X will lead the Y delegation": a person as subject of a lead verb. */
const leaderVerb: ExtractionRule = {
  name: 'leads.verb',
  predicate: 'leads',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (let k = 0; k < view.tokens.length; k++) {
      // "who chairs the committee": after "who" the word is a verb, however the tagger read it; so it is between a person
      // named before it and an article after it ("Ruiz chairs the union committee").
      const verbAfterPerson = view.actors.some((m) => m.type === 'Person' && m.tokenEnd === k) && view.tokens[k + 1]?.pos === 'DET';
      if (!LEAD_VERBS.test(view.lower(k)) || (view.tokens[k]!.pos === 'NOUN' && view.lower(k - 1) !== 'who' && !verbAfterPerson) || view.lower(k + 1) === 'by') continue;
      const relative = relativeSubject(view, k);
      const subjects = relative ? [relative] : view.subjectOf(k);
      for (const person of subjects.filter((m) => m.type === 'Person' && m.via !== 'source')) {
        const body = bodyAfter(view, k + 1, person);
        if (!body) continue;
        results.push({ subject: person, object: { kind: 'entity', mention: body }, confidence: relative ? 0.9 : 0.85 });
        // "X led the Kenyan delegation together with Trade Representative Tomas Vale": a co-leader.
        const partner = coLeaderAfter(view, body.tokenEnd);
        if (partner) results.push({ subject: partner, object: { kind: 'entity', mention: body }, confidence: 0.75 });
      }
    }
    return results;
  },
};

/** The most words between a verb and "at the head of": "arrived on Monday at the head of …". */
const AT_HEAD_REACH = 4;

/** "X came to the talks at the head of the guild's team": who comes or sits at the head of a team leads it. */
const atTheHead: ExtractionRule = {
  name: 'leads.at-the-head',
  predicate: 'leads',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (let k = 2; k + 2 < view.tokens.length; k++) {
      if (view.lower(k) !== 'head' || view.lower(k - 1) !== 'the' || view.lower(k - 2) !== 'at' || view.lower(k + 1) !== 'of') continue;
      const verb = view.tokens.findLastIndex((t, j) => j < k - 2 && j >= k - 2 - AT_HEAD_REACH && t.pos === 'VERB');
      if (verb < 0) continue;
      for (const person of view.subjectOf(verb).filter((m) => m.type === 'Person' && m.via !== 'source')) {
        const body = bodyAfter(view, k + 2, person);
        if (body) results.push({ subject: person, object: { kind: 'entity', mention: body }, confidence: 0.8 });
      }
    }
    return results;
  },
};

/** The person named right after "and", "together with" or "jointly with" at token k, with an office or side between. */
function coLeaderAfter(view: SentenceView, k: number): Mention | undefined {
  const from = /^(and|alongside)$/.test(view.lower(k)) ? k + 1 : /^(together|jointly|along)$/.test(view.lower(k)) && view.lower(k + 1) === 'with' ? k + 2 : undefined;
  if (from === undefined) return undefined;
  return view.actors.find((m) => m.type === 'Person' && m.via !== 'source' && m.tokenStart >= from && m.tokenStart <= from + 6 && !view.tokens.slice(from, m.tokenStart).some((t) => t.text === ',' || t.pos === 'VERB'));
}

/** In "X, who leads …", the person X before "who". */
function relativeSubject(view: SentenceView, verb: number): Mention | undefined {
  let k = verb - 1;
  while (k >= 0 && /^(is|was|has|had|also|currently|will|now)$/.test(view.lower(k))) k--;
  // ("X, secretary of the union, leading its delegation, said": a participle set off by commas is said of X too.)
  const participle = k === verb - 1 && view.lower(k) === ',' && /^(leading|heading)$/.test(view.lower(verb));
  // ("X, a nurse who sits on the panel and has headed the guild's team": a verb joined to the clause's first.)
  if (view.lower(k) === 'and') {
    const who = view.tokens.findLastIndex((t, j) => j < k && j >= k - 12 && t.lower === 'who');
    if (who >= 0 && !view.tokens.slice(who, k).some((t) => /^[,;:.]$/.test(t.text))) k = who;
  }
  if (view.lower(k) !== 'who' && !participle) return undefined;
  if (!participle) k--;
  if (view.lower(k) !== ',') {
    const before = view.actors.find((m) => m.type === 'Person' && m.tokenEnd === k + 1);
    // ("X, the union's chairman who led its delegation": an apposition whose noun the clause is on describes X.)
    const described = view.tokens[k]?.pos === 'NOUN' && view.tokens[k]!.text === view.lower(k) ? apposedPerson(view, k) : undefined;
    return before ?? described;
  }
  k--;
  const named = view.actors.find((m) => m.type === 'Person' && m.tokenEnd === k + 1);
  if (named) return named;
  // "X, director of the crisis unit of the foreign ministry, who led …": past an apposition that describes X.
  return apposedPerson(view, k);
}

/** The person named before the comma that opens the apposition token k ends ("X, director of …"), if one is. */
function apposedPerson(view: SentenceView, k: number): Mention | undefined {
  for (let c = k; c >= Math.max(1, k - 15); c--) {
    const t = view.tokens[c]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === '"' || t.text === '“' || t.text === '”') return undefined;
    if (t.text === ',') return view.actors.find((m) => m.type === 'Person' && m.tokenEnd === c);
  }
  return undefined;
}

/** "the Y delegation, led by / headed by X", "Y's team is led by X", "Leading the Y side was X". */
const ledBy: ExtractionRule = {
  name: 'leads.led-by',
  predicate: 'leads',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (let k = 1; k < view.tokens.length; k++) {
      const w = view.lower(k);
      // ("was lead by X": the misspelling of the participle, after a form of "be".)
      const misspelt = w === 'lead' && /^(was|were|is|are|be|been)$/.test(view.lower(k - 1));
      // ("The rebels were represented by their commander X": who represents a side at the table heads its team.)
      const represented = w === 'represented' && /^(was|were|is|are|been|be)$/.test(view.lower(k - 1));
      // ("co-led by X alongside Y": one of two or more who lead it together.)
      if ((/^(?:co-)?(led|headed|chaired|conducted|directed)$/.test(w) || misspelt || represented) && view.lower(k + 1) === 'by') {
        // "led by the group's political commissioner, X": the name may follow a description in apposition.
        const person = view.actors.find(
          (m) =>
            m.type === 'Person' &&
            m.tokenStart > k + 1 &&
            (m.tokenStart <= k + 6 ||
              // ("…, Dr X": an honorific may stand after the comma.)
              (m.tokenStart <= k + 12 && appositionAt(view, m.tokenStart) !== undefined && !view.tokens.slice(k + 2, appositionAt(view, m.tokenStart)).some((t) => t.pos === 'VERB' || t.text === ',')) ||
              // "led by Principal Secretary for Medical Services Dr. X": a long office before the name, its commas those of
              // a list of portfolios ("Minister of Mines, Energy and the Environment X").
              // ("headed by its deputy chief operating officer, X": a participle inside the office, and a comma before the
              // name.)
              (m.tokenStart <= k + 14 && m.office !== undefined && !view.tokens.slice(k + 2, m.tokenStart).some((t, n, all) => (t.pos === 'VERB' && !(t.lower.endsWith('ing') && all[n + 1]?.pos === 'NOUN')) || (t.text === ',' && n < all.length - 1 && !m.office!.includes(','))))),
        );
        let bodyEnd = view.lower(k - 1) === ',' ? k - 1 : k;
        while (bodyEnd > 0 && /^(is|was|are|were|being|been|be|has|have|had|will)$/.test(view.lower(bodyEnd - 1))) bodyEnd--;
        // ("The Brazilian delegation, which was led by X", "…, that was led by X" in translation: a relative clause's pronoun.)
        if (bodyEnd < k && /^(which|that)$/.test(view.lower(bodyEnd - 1)) && view.lower(bodyEnd - 2) === ',') bodyEnd -= 2;
        // ("The union's team on Monday was headed by X": a day between the body and its verb.)
        if (view.lower(bodyEnd - 2) === 'on' && lexicon().timeWords.has(view.lower(bodyEnd - 1))) bodyEnd -= 2;
        // ("Kestrel's side at the table, headed by X": where the side sits stands between it and its verb.)
        if (/^(of|at)$/.test(view.lower(bodyEnd - 3)) && view.lower(bodyEnd - 2) === 'the' && view.lower(bodyEnd - 1) === 'table') bodyEnd -= 3;
        // "The rebel delegation in Doha was led by X": where the body is stands between it and its verb.
        const where = view.sentence.mentions.find((m) => m.type === 'Place' && m.tokenEnd === bodyEnd && /^(in|at)$/.test(view.lower(m.tokenStart - 1)));
        if (where !== undefined) bodyEnd = where.tokenStart - 1;
        // ("The rebel delegation to the Arica talks was led by X": so do the talks it goes to.)
        bodyEnd = view.talksComplementStart(bodyEnd) ?? bodyEnd;
        // ("Harbour Links (HL), led by X": so does the acronym defined after the name; "Harbour Links (HL), the
        // centre-left party led by X": and words in apposition that say what it is.)
        const bracketed = (end: number): number => (view.lower(end - 1) === ')' && view.lower(end - 3) === '(' ? end - 3 : end);
        bodyEnd = bracketed(bodyEnd);
        const described = view.tokens.findLastIndex((t, j) => j < bodyEnd && j >= bodyEnd - 7 && t.text === ',');
        const apposed = described > 0 && view.lower(described + 1) === 'the' && lexicon().organisationHeads.has(view.lemma(bodyEnd - 1)) && view.tokens.slice(described + 2, bodyEnd - 1).every((t) => /^(ADJ|NOUN|PROPN|PUNCT)$/.test(t.pos) && t.text !== ',');
        if (apposed) bodyEnd = bracketed(described);
        // "Negotiators for the two sides, led by A and B": a pair has no one leader.
        // ("the sessions …; they were all chaired by X": what is chaired is a meeting or a body, never a side's pronoun.)
        const body = [...view.sentence.mentions].reverse().find((m) => LED_BODIES.has(m.type) && m.tokenEnd === bodyEnd && m.via !== 'group' && !(m.via === 'pronoun' && w === 'chaired')) ?? sentDelegation(view, bodyEnd - 1) ?? whoseDelegation(view, bodyEnd - 1) ?? ownedTeam(view, bodyEnd - 1) ?? (person ? leadersTeam(view, teamBeforeOf(view, bodyEnd) ?? bodyEnd - 1, person) : undefined);
        // (Who represents a side heads its delegation, the one its other leaders head; the side's name is no name of it.)
        const team = represented && body?.type === 'Party' ? delegationLabel(worldKnowledge(), body.party ?? body.canonical) : undefined;
        const led = team !== undefined && body !== undefined ? { ...body, type: 'Delegation' as const, text: team, canonical: team, via: 'owned-team' } : body;
        if (person && led) {
          results.push({ subject: person, object: { kind: 'entity', mention: led }, confidence: 0.9 });
          // ("The league's team is headed by A and deputy commissioner B": one body's two heads both lead it; "co-led by A
          // alongside B and C", its three.)
          for (let other = coLeaderAfter(view, person.tokenEnd); other !== undefined; other = coLeaderAfter(view, other.tokenEnd)) {
            results.push({ subject: other, object: { kind: 'entity', mention: led }, confidence: 0.85 });
          }
        }
      }
      // "Kestrel's team was led by A; Bayline's by B": a second side's team, its noun and verb left out.
      if (w === 'by' && /^['’]s$/.test(view.lower(k - 1)) && /^[;,]$/.test(view.lower(k - 3)) && view.find(/^(led|headed|chaired)$/, 1, k - 3) !== undefined) {
        const side = view.actors.find((m) => m.type === 'Party' && m.tokenEnd === k - 1 && m.tokenStart === k - 2);
        const apposedAfter = (m: Mention): boolean => {
          const comma = m.tokenStart <= k + 8 ? appositionAt(view, m.tokenStart) : undefined;
          return comma !== undefined && !view.tokens.slice(k + 1, comma).some((t) => t.pos === 'VERB' || t.text === ',');
        };
        const person = view.actors.find((m) => m.type === 'Person' && m.tokenStart > k && (m.tokenStart === k + 1 || apposedAfter(m)));
        if (side && person) results.push({ subject: person, object: { kind: 'entity', mention: teamAt(view, k - 2, side, delegationLabel(worldKnowledge(), side.party ?? side.canonical), 'owned-team') }, confidence: 0.85 });
      }
      // "the union delegation's leader, treasurer Edith Kamau": the leader of a delegation or side, named in apposition.
      if (/^(leader|head|chief)$/.test(w) && /^['’]s$/.test(view.lower(k - 1)) && view.lower(k + 1) === ',') {
        // (A mention may hold its possessive: "the union's".)
        const body = [...view.sentence.mentions].reverse().find((m) => LED_BODIES.has(m.type) && (m.tokenEnd === k - 1 || m.tokenEnd === k) && m.via !== 'group');
        const person = view.actors.find((m) => m.type === 'Person' && m.tokenStart > k + 1 && m.tokenStart <= k + 8 && !view.tokens.slice(k + 2, m.tokenStart).some((t) => t.pos === 'VERB' || t.text === ','));
        // (A state's leader heads the state, not a side at the table.)
        if (body && person && !worldKnowledge().states.has(body.canonical)) results.push({ subject: person, object: { kind: 'entity', mention: body }, confidence: 0.85 });
      }
    }
    for (let k = 2; k < view.tokens.length; k++) {
      // "Chile sent a team under X".
      if (view.lower(k) === 'under' && /^(delegation|team)$/.test(view.lower(k - 1))) {
        const person = view.actors.find((m) => m.type === 'Person' && m.tokenStart === k + 1);
        const body = person === undefined ? undefined : sentDelegation(view, k - 1);
        if (person && body) results.push({ subject: person, object: { kind: 'entity', mention: body }, confidence: 0.85 });
      }
      // "The negotiations were led for Kestrel by X and for the union by Y": each side by its own.
      // (", and for the union by Y" may stand far from the verb, past the first leader's office.)
      const reach = view.lower(k - 1) === 'and' ? 30 : 12;
      if (view.lower(k) === 'for' && view.find(/^(led|headed|conducted)$/, Math.max(0, k - reach), Math.min(reach, k)) !== undefined) {
        const side = view.actors.find((m) => m.type === 'Party' && (m.tokenStart === k + 1 || (m.tokenStart === k + 2 && view.lower(k + 1) === 'the')));
        if (side === undefined || view.lower(side.tokenEnd) !== 'by') continue;
        const person = view.actors.find((m) => m.type === 'Person' && m.tokenStart > side.tokenEnd && m.tokenStart <= side.tokenEnd + 5 && !view.tokens.slice(side.tokenEnd + 1, m.tokenStart).some((t) => t.pos === 'VERB' || t.text === ','));
        if (person) results.push({ subject: person, object: { kind: 'entity', mention: side }, confidence: 0.85 });
      }
    }
    // "Leading the Azerbaijani side was X": an inverted sentence.
    if (/^(leading|heading)$/.test(view.lower(0))) {
      const be = view.find(/^(was|is|were|are)$/, 1, 6);
      const person = be === undefined ? undefined : view.actors.find((m) => m.type === 'Person' && m.tokenStart === be + 1);
      if (person) {
        const body = bodyAfter(view, 1, person);
        if (body) results.push({ subject: person, object: { kind: 'entity', mention: body }, confidence: 0.85 });
      }
    }
    return results;
  },
};

/** The comma before a name in apposition at `start`, past an honorific ("…, Dr X"), or undefined. */
function appositionAt(view: SentenceView, start: number): number | undefined {
  const comma = worldKnowledge().offices.honorifics.has(view.lower(start - 1)) ? start - 2 : start - 1;
  return view.lower(comma) === ',' ? comma : undefined;
}

/** "the rebel movement, whose delegation was conducted by X": the delegation of the side before "whose". */
function whoseDelegation(view: SentenceView, noun: number): Mention | undefined {
  // "…, whose negotiating team was led by X".
  const whose = /^(negotiating|bargaining)$/.test(view.lower(noun - 1)) ? noun - 2 : noun - 1;
  // ("The Front, whose negotiators were led by X": the negotiators are its team.)
  if (!/^(delegation|team|negotiators)$/.test(view.lower(noun)) || view.lower(whose) !== 'whose') return undefined;
  const end = view.lower(whose - 1) === ',' ? whose - 1 : whose;
  const side = view.actors.find((m) => m.type === 'Party' && m.tokenEnd === end);
  if (side === undefined) return undefined;
  return teamAt(view, noun, side, delegationLabel(worldKnowledge(), side.party ?? side.canonical, teamNoun(view.tokens, noun + 1)), 'sent-delegation');
}

/**
 * "Kestrel's legal team", "the union's technical delegation", "the rebels' three-man team", "the ministry's negotiating
 * commission": a team a side owns in the possessive, its noun at `noun`.
 */
function ownedTeam(view: SentenceView, noun: number): Mention | undefined {
  // (A commission, committee or panel is a team only as the one that negotiates.)
  const negotiating = /^(negotiating|bargaining)$/.test(view.lower(noun - 1));
  if (!/^(delegation|team|negotiators)$/.test(view.lower(noun)) && !(negotiating && /^(commission|committee|panel)$/.test(view.lower(noun)))) return undefined;
  let k = noun - 1;
  // (Words that describe it, in lower case, "three-man" with its hyphen.)
  while (k > 0 && (/^(ADJ|NOUN|NUM)$/.test(view.tokens[k]!.pos) || (negotiating && k === noun - 1) || (view.lower(k) === '-' && /^(NUM|ADJ|NOUN)$/.test(view.tokens[k - 1]!.pos))) && view.tokens[k]!.text === view.lower(k) && noun - k <= 4) k--;
  if (!isPossessive(view.tokens[k])) return undefined;
  const side = view.actors.find((m) => m.type === 'Party' && m.tokenEnd === k);
  if (side === undefined) return undefined;
  return teamAt(view, noun, side, delegationLabel(worldKnowledge(), side.party ?? side.canonical, teamNoun(view.tokens, noun + 1)), 'owned-team');
}

/** "A team led by Kestrel's general counsel, X": a team named by its noun alone is the side of the leader's office. */
function leadersTeam(view: SentenceView, noun: number, person: Mention): Mention | undefined {
  // ("The delegation of the growers, headed by the chair of X, Y": a team said to be of those it speaks for.)
  const article = view.lower(noun + 1) === 'of' ? /^(a|an|the)$/ : /^(a|an)$/;
  if (!/^(delegation|team)$/.test(view.lower(noun)) || !article.test(view.lower(noun - 1)) || person.party === undefined || person.office === undefined) return undefined;
  return teamAt(view, noun, { ...person, office: undefined }, delegationLabel(worldKnowledge(), person.party, teamNoun(view.tokens, noun + 1)), 'owned-team');
}

/** The team noun in "a delegation of the growers" that ends at `end`, if the words after "of" are a plain noun phrase. */
function teamBeforeOf(view: SentenceView, end: number): number | undefined {
  for (let k = end - 1; k >= Math.max(2, end - 4); k--) {
    if (view.lower(k) === 'of') return k < end - 1 && /^(delegation|team)$/.test(view.lower(k - 1)) ? k - 1 : undefined;
    if (!/^(DET|ADJ|NOUN|PROPN)$/.test(view.tokens[k]!.pos)) return undefined;
  }
  return undefined;
}

/** "Chile sent a delegation headed by X": a delegation named by its noun alone, whose side is the subject of the verb before it. */
function sentDelegation(view: SentenceView, noun: number): Mention | undefined {
  if (!/^(delegation|team)$/.test(view.lower(noun)) || !/^(a|an|its|their)$/.test(view.lower(noun - 1))) return undefined;
  const verb = noun - 2;
  if (view.tokens[verb]?.pos !== 'VERB') return undefined;
  const side = view.subjectOf(verb).find((m) => m.type === 'Party');
  if (side === undefined) return undefined;
  return teamAt(view, noun, side, delegationLabel(worldKnowledge(), side.party ?? side.canonical), 'sent-delegation');
}

/** The team noun at `noun` as a delegation of its owner's side, labelled `label`. */
function teamAt(view: SentenceView, noun: number, owner: Mention, label: string, via: string): Mention {
  const t = view.tokens[noun]!;
  return { ...owner, type: 'Delegation', text: t.text, canonical: label, start: t.start, end: t.end, tokenStart: noun, tokenEnd: noun + 1, via };
}

/** "Chile's lead negotiator, X", "the head of the Chilean delegation, X", "X, head of the Peruvian delegation": an office that heads a delegation. */
const headOffice: ExtractionRule = {
  name: 'leads.head-office',
  predicate: 'leads',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    // "the heads of the two delegations, Chile's Lands Minister A and Peru's Fisheries Minister B": each heads their own.
    const heads = view.tokens.findIndex((t, k) => /^(heads|leaders|chiefs)$/.test(t.lower) && view.lower(k + 1) === 'of' && view.find(/^(delegations|teams)$/, k + 2, 4) !== undefined);
    const listFrom = heads < 0 ? undefined : view.find(new Set([',', ':']), heads + 3, 4);
    const listEnd = listFrom === undefined ? undefined : view.clauseEnd(listFrom + 1);
    // "The three delegations are led by Chile's A, Peru's B and Bolivia's C": each heads their side's own.
    const pluralLed = view.tokens.findIndex((t, k) => /^(delegations|teams)$/.test(t.lower) && /^(were|are)$/.test(view.lower(k + 1)) && /^(led|headed)$/.test(view.lower(k + 2)) && view.lower(k + 3) === 'by');
    if (pluralLed >= 0) {
      const led = view.actors.filter((m) => m.type === 'Person' && m.party !== undefined && m.tokenStart > pluralLed + 3 && m.via !== 'surname' && m.via !== 'pronoun');
      if (new Set(led.map((m) => m.party)).size === led.length && led.length >= 2) {
        for (const person of led) {
          const label = delegationLabel(worldKnowledge(), person.party!);
          results.push({ subject: person, object: { kind: 'entity', mention: { ...person, type: 'Delegation', text: label, canonical: label, via: 'office-delegation' } }, confidence: 0.75 });
        }
        return results;
      }
    }
    for (const person of view.actors.filter((m) => m.type === 'Person' && m.office && m.party && m.via !== 'surname' && m.via !== 'pronoun')) {
      const office = person.office!.toLowerCase();
      if (listFrom !== undefined && listEnd !== undefined && person.tokenStart > listFrom && person.tokenStart < listEnd) {
        const label = delegationLabel(worldKnowledge(), person.party!);
        results.push({ subject: person, object: { kind: 'entity', mention: { ...person, type: 'Delegation', text: label, canonical: label, via: 'office-delegation' } }, confidence: 0.75 });
        continue;
      }
      // "X, a deputy commander of the Front and the head of its delegation,": a later part of the apposition.
      const close = view.lower(person.tokenEnd) === ',' ? view.find(new Set([',', '.', ';']), person.tokenEnd + 1, 24) : undefined;
      const aside = close === undefined ? '' : view.text(person.tokenEnd + 1, close).toLowerCase();
      // ("X, the union's general secretary and chief negotiator,": a second office of the apposition.)
      // ("Tarvo Front panel chairman X", "the team leader": the head of a side's panel or team heads its delegation.)
      if (!/\b(lead|chief|top|head)\b.*\bnegotiator\b|\bnegotiation leader\b|^head of the .*delegation$|\bdelegation head\b|^chief of the delegation|\b(?:panel|team|delegation) (?:chair|chairman|chairwoman|chairperson|head|leader|chief)$/.test(office) && !/\b(head|chief|leader) of (the|its|his|her|their) ([\w'’-]+ ){0,3}(delegation|(?:negotiating|bargaining) team)\b|\band (the |its )?(lead|chief|top|head) negotiator$/.test(aside)) continue;
      const label = delegationLabel(worldKnowledge(), person.party!);
      const delegation: Mention = { ...person, type: 'Delegation', text: label, canonical: label, via: 'office-delegation' };
      results.push({ subject: person, object: { kind: 'entity', mention: delegation }, confidence: 0.8 });
    }
    // "Head of the Chilean delegation, Mrs. Ana Ruiz, …", "Ana Ruiz, head of the union's panel, …": the delegation named
    // after the office's "of", with the person in apposition to it, whatever side the person was known by.
    for (const delegation of view.actors.filter((m) => m.type === 'Delegation')) {
      // "Tarvo Front panel chairman Tom Vale": the head's title after the delegation's name, right before the person.
      const titled = /^(head|chief|leader|chair|chairman|chairwoman|chairperson)$/.test(view.lower(delegation.tokenEnd)) ? view.actors.find((m) => m.type === 'Person' && m.tokenStart === delegation.tokenEnd + 1 && m.via !== 'pronoun') : undefined;
      if (titled !== undefined && !results.some((r) => r.subject.canonical === titled.canonical)) {
        results.push({ subject: { ...titled, party: titled.party ?? delegation.party }, object: { kind: 'entity', mention: delegation }, confidence: 0.8 });
        continue;
      }
      let of = delegation.tokenStart - 1;
      // ("the leader of its delegation, X": the side's delegation, named by a possessive.)
      if (/^(the|its|their)$/.test(view.lower(of))) of--;
      if (view.lower(of) !== 'of' || !/^(head|chief|leader|chair|chairman|chairwoman|chairperson)$/.test(view.lower(of - 1))) continue;
      const office = view.lower(of - 2) === 'the' ? of - 2 : of - 1;
      const after = view.lower(delegation.tokenEnd) === ',' ? view.actors.find((m) => m.type === 'Person' && m.tokenStart > delegation.tokenEnd && m.tokenStart <= delegation.tokenEnd + 4 && m.via !== 'pronoun') : undefined;
      const before = view.lower(office - 1) === ',' ? view.actors.find((m) => m.type === 'Person' && m.tokenEnd === office - 1) : undefined;
      const person = after ?? before;
      if (person === undefined || results.some((r) => r.subject.canonical === person.canonical)) continue;
      results.push({ subject: { ...person, party: person.party ?? delegation.party }, object: { kind: 'entity', mention: delegation }, confidence: 0.8 });
    }
    return results;
  },
};

/** Rules for `leads`. */
/**
 * "The heads of delegation: for Chile, Director-General X; for Peru, Vice-Minister Y.": after a colon that closes the
 * words "heads of delegation", each side named after "for" is led by the person named before the next semicolon.
 */
const headsListed: ExtractionRule = {
  name: 'leads.heads-listed',
  predicate: 'leads',
  match(view: SentenceView) {
    const colon = view.find(new Set([':']), 0);
    if (colon === undefined || !/\bheads? of (?:the )?delegations?\b/i.test(view.text(0, colon))) return [];
    const results: RuleMatch[] = [];
    for (let from = colon + 1; from < view.tokens.length; ) {
      const end = view.find(new Set([';']), from) ?? view.tokens.length;
      const at = view.lower(from) === 'and' ? from + 1 : from;
      const side = view.lower(at) === 'for' ? view.actorsAt(at + 1).find((m) => m.type === 'Party') : undefined;
      // (The holder is the last person of the item: an office may hold commas and capitals before the name.)
      const person = side === undefined ? undefined : view.actors.filter((m) => m.type === 'Person' && m.tokenStart > side.tokenEnd && m.tokenEnd <= end).at(-1);
      if (side !== undefined && person !== undefined) {
        const party = side.party ?? side.canonical;
        const t = view.tokens[side.tokenStart]!;
        const body: Mention = { ...side, type: 'Delegation', canonical: delegationLabel(worldKnowledge(), party), party, text: t.text, via: 'listed-heads' };
        results.push({ subject: person, object: { kind: 'entity', mention: body }, confidence: 0.8 });
      }
      from = end + 1;
    }
    return results;
  },
};

export const LEADS_RULES: readonly ExtractionRule[] = [leaderVerb, atTheHead, ledBy, headOffice, headsListed];
