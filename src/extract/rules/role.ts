// Rules for `role`: the office or role a person holds ("Foreign Minister X", "X, who is Y's adviser", "the Iranian negotiator").
import type { ExtractionRule, RuleMatch } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';
import { HEADING_VERBS, matchOffice } from '../../nlp/find-mentions.js';
import { worldKnowledge } from '../../nlp/world-knowledge.js';

/** Offices stated next to a person in this sentence: before the name, in apposition, or as the description that names them. */
const statedOffice: ExtractionRule = {
  name: 'role.stated-office',
  predicate: 'role',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (const person of view.actors) {
      if (person.type !== 'Person' || !person.office || (person.via !== 'office' && person.via !== 'description')) continue;
      results.push({ subject: person, object: { kind: 'topic', label: officeName(person.office), type: 'Office' }, confidence: person.via === 'office' ? 0.9 : 0.7 });
    }
    return results;
  },
};

/** "X, who is Iran's president", "X, the foreign minister,", "X, Iran's top negotiator,": an office in apposition. */
const appositionOffice: ExtractionRule = {
  name: 'role.apposition',
  predicate: 'role',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (const person of view.actors) {
      if (person.type === 'Person' && person.apposition) results.push({ subject: person, object: { kind: 'topic', label: officeName(person.apposition), type: 'Office' }, confidence: 0.8 });
    }
    return results;
  },
};

/** "X, who chairs the union's pay panel", "X, who heads the Harbour Council": the chair or head of that body. */
const headsBody: ExtractionRule = {
  name: 'role.heads-body',
  predicate: 'role',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (const person of view.actors) {
      if (person.type !== 'Person' || view.lower(person.tokenEnd) !== ',' || view.lower(person.tokenEnd + 1) !== 'who') continue;
      const verb = person.tokenEnd + 2;
      const office = HEADING_VERBS.get(view.lemma(verb)) ?? HEADING_VERBS.get(view.lower(verb).replace(/s$/, ''));
      // ("who presides over the board".)
      const from = view.lower(verb + 1) === 'over' ? verb + 2 : verb + 1;
      if (office === undefined || (!/^(the|its|their|his|her)$/.test(view.lower(from)) && view.tokens[from]?.pos !== 'PROPN')) continue;
      const end = view.find(/^(,|;|\.|and|since|for|in|at)$/, from + 1) ?? view.tokens.length;
      // ("who heads Lima's team", "who chairs the talks": leading a side's team or the talks is read as such.)
      if (end - from > 10 || /\b(delegations?|team|negotiators|talks|negotiations|sessions?)\b/i.test(view.text(from, end))) continue;
      results.push({ subject: person, object: { kind: 'topic', label: `${office} of ${view.text(from, end)}`, type: 'Office' }, confidence: 0.75 });
    }
    return results;
  },
};

/** Verbs by which a person serves in a role: "sitting in as mediator", "acting as chair", "who served as envoy". */
const SERVING = /^(sit|act|serve|work|appoint|name|choose|bring|install|designate)$/;

/**
 * "retired judge X sitting in as mediator", "X, who acted as facilitator": the office a person serves as, after a verb of
 * serving within a few words of the name.
 */
const servesAs: ExtractionRule = {
  name: 'role.serves-as',
  predicate: 'role',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    const world = worldKnowledge();
    for (const person of view.actors) {
      if (person.type !== 'Person') continue;
      // ("named X, a retired judge, as mediator": the verb may stand before the name, whose apposition comes first.)
      const namedBefore = view.tokens[person.tokenStart - 1]?.pos === 'VERB' && SERVING.test(view.lemma(person.tokenStart - 1));
      for (let k = person.tokenEnd; k < Math.min(view.tokens.length, person.tokenEnd + 12); k++) {
        // ("who has taken the role of chair": the role named after "role of" serves as well.)
        const roleOf = view.lower(k) === 'role' && view.lower(k + 1) === 'of';
        if (view.lower(k) !== 'as' && !roleOf) continue;
        const served = namedBefore || view.tokens.slice(person.tokenEnd, k).some((t) => t.pos === 'VERB' && (SERVING.test(t.lemma) || (roleOf && /^(take|assume|play|fill)$/.test(t.lemma))));
        if (!served || view.actors.some((m) => m !== person && m.type === 'Person' && m.tokenStart > person.tokenEnd && m.tokenStart < k)) break;
        const after = roleOf ? k + 2 : k + 1;
        // ("as an independent mediator": a qualifier may stand before the office.)
        let from = /^(a|an|the|its|their|his|her)$/.test(view.lower(after)) ? after + 1 : after;
        if (view.tokens[from]?.pos === 'ADJ' && matchOffice(view.tokens, from, world) === undefined) from++;
        const office = matchOffice(view.tokens, from, world);
        if (office !== undefined && !office.plural) results.push({ subject: person, object: { kind: 'topic', label: officeName(view.text(from, office.end)), type: 'Office' }, confidence: 0.75 });
        break;
      }
    }
    return results;
  },
};

/** The office as written, whitespace normalised. */
function officeName(office: string): string {
  return office.replace(/\s+/g, ' ').trim();
}

/** Rules for `role`. */
export const ROLE_RULES: readonly ExtractionRule[] = [statedOffice, appositionOffice, headsBody, servesAs];
