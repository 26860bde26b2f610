// The registry of extraction rules, one file per predicate; callers may pass their own list instead.
import type { ExtractionRule } from '../rule.js';
import { AGREES_RULES } from './agrees.js';
import { DEMANDS_RULES } from './demands.js';
import { HELD_IN_RULES } from './held-in.js';
import { LEADS_RULES } from './leads.js';
import { MEDIATES_RULES } from './mediates.js';
import { PROPOSES_RULES } from './proposes.js';
import { REJECTS_RULES } from './rejects.js';
import { ROLE_RULES } from './role.js';
import { APPOSITION_RULES, STANCE_NOUN_RULES } from './stance-nouns.js';

/** Every rule Parley applies, in order. memberOf is not read sentence by sentence: resolve links people to parties. */
export const DEFAULT_RULES: readonly ExtractionRule[] = [
  ...LEADS_RULES,
  ...ROLE_RULES,
  // Stances stated as nouns first: "made an offer …, but the union said the proposal is not good enough" refers back to it.
  ...STANCE_NOUN_RULES,
  ...DEMANDS_RULES,
  ...PROPOSES_RULES,
  ...AGREES_RULES,
  // Rejections last: "offered a compromise, but the KPV rejected it" refers back to what the sentence proposed.
  ...REJECTS_RULES,
  ...HELD_IN_RULES,
  ...MEDIATES_RULES,
  ...APPOSITION_RULES,
];

export { APPOSITION_RULES, AGREES_RULES, DEMANDS_RULES, HELD_IN_RULES, LEADS_RULES, MEDIATES_RULES, PROPOSES_RULES, REJECTS_RULES, ROLE_RULES, STANCE_NOUN_RULES };
