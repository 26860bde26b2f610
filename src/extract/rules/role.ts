// Rules for `role`: the office or role a person holds ("Defense Minister X", "X, who is Y's advisor", "the Russian negotiator").
import type { ExtractionRule, RuleMatch } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';
import { matchOffice } from '../../nlp/find-mentions.js';
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

/** "X, who is Putin's advisor", "X, the foreign minister,", "X, Iran's top negotiator,". */
const appositionOffice: ExtractionRule = {
  name: 'role.apposition',
  predicate: 'role',
  match(view: SentenceView) {
    const world = worldKnowledge();
    const results: RuleMatch[] = [];
    for (const person of view.actors) {
      if (person.type !== 'Person' || person.via === 'pronoun' || person.via === 'source') continue;
      let k = person.tokenEnd;
      if (view.lower(k) !== ',') continue;
      k++;
      if (view.lower(k) === 'who' && /^(is|was|serves)$/.test(view.lower(k + 1))) k += 2;
      if (/^(the|a|an)$/.test(view.lower(k))) k++;
      // A possessive holder: "Putin's", "Iran's".
      if (view.lower(k + 1) === "'s") k += 2;
      else if (world.demonyms.has(view.lower(k))) k++;
      const office = matchOffice(view.tokens, k, world);
      if (!office) continue;
      results.push({ subject: person, object: { kind: 'topic', label: officeName(office.office), type: 'Office' }, confidence: 0.8 });
    }
    return results;
  },
};

/** The office as written, whitespace normalised. */
function officeName(office: string): string {
  return office.replace(/\s+/g, ' ').trim();
}

/** Rules for `role`. */
export const ROLE_RULES: readonly ExtractionRule[] = [statedOffice, appositionOffice];
