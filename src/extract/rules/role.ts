// Rules for `role`: the office or role a person holds ("Foreign Minister X", "X, who is Y's adviser", "the Iranian negotiator").
import type { ExtractionRule, RuleMatch } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';

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

/** The office as written, whitespace normalised. */
function officeName(office: string): string {
  return office.replace(/\s+/g, ' ').trim();
}

/** Rules for `role`. */
export const ROLE_RULES: readonly ExtractionRule[] = [statedOffice, appositionOffice];
