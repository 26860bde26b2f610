// Rules for `agrees`: what parties agreed to with the other side; one claim per party ("Russia and Ukraine agreed to …").
import type { ExtractionRule } from '../rule.js';
import { stanceRule } from '../rule.js';
import { BARE_STANCE_NOUN } from './stance-nouns.js';

/** Agree verbs read by other rules ("agree to", "agree on"), or that state support rather than agreement. */
const AGREE_VERBS_READ_ELSEWHERE: ReadonlySet<string> = new Set(['agree', 'agree on', 'agree to', 'back', 'support', 'embrace', 'concur']);

/** "announced the agreement at a news conference": an agreement the words do not open up says nothing of what was agreed. */
const BARE_AGREEMENT = /^(the |an? |this |that )?(agreement|deal|accord|understanding)\b(?! (on|to|for|over|that|between|which))/i;

/** Rules for `agrees`. Subjects that are people or delegations are credited to their party when resolved. */
export const AGREES_RULES: readonly ExtractionRule[] = [
  // "agreed with the Swiss plan": with a plan, not with a person.
  stanceRule({ name: 'agrees.with-plan', predicate: 'agrees', trigger: /^agree$/, particle: /^with$/, confidence: 0.75, negatedAs: 'rejects', split: false, objectMust: /\b(proposal|plan|deal|agreement|offer|idea|terms|draft|framework|initiative|position)s?\b/i }),
  stanceRule({ name: 'agrees.verb', predicate: 'agrees', trigger: /^agree$/, particle: /^(to|on|upon)$/, confidence: 0.85, negatedAs: 'rejects', split: true }),
  // "agreed at a meeting in Lima that no further talks were needed on the plan": what they agreed is the clause.
  stanceRule({ name: 'agrees.that', predicate: 'agrees', trigger: /^agree$/, particle: /^that$/, gap: 8, verbOnly: true, confidence: 0.75, negatedAs: 'skip', split: false }),
  stanceRule({ name: 'agrees.reached', predicate: 'agrees', trigger: /^(agreement|deal|accord|understanding|consensus)$/, particle: /^(on|to|for|over|regarding|concerning)$/, gap: 4, confidence: 0.75, negatedAs: 'skip', split: true, bothSidesWhenUnstated: true, requireBefore: /^(reach|strike|sign|clinch|seal|forge|secure|hammer|in|result|produce|make|previous|earlier|new|an|the)$/ }),
  // "accepted the proposal", "approved the deal", "endorsed the plan": support alone is no agreement with the other side.
  stanceRule({ name: 'agrees.accepted', predicate: 'agrees', trigger: { cls: 'agree', except: AGREE_VERBS_READ_ELSEWHERE }, verbOnly: true, confidence: 0.7, negatedAs: 'rejects', split: false, objectMustNot: BARE_STANCE_NOUN }),
  // "signed the declaration on …", "initialled the accord": signing agrees to what is signed, when it is named.
  stanceRule({ name: 'agrees.signed', predicate: 'agrees', trigger: { cls: 'sign' }, verbOnly: true, confidence: 0.7, negatedAs: 'rejects', split: false, objectMustNot: BARE_AGREEMENT }),
  // "pledged to release the prisoners", "committed to a ceasefire", "promised to cut ties with …".
  stanceRule({ name: 'agrees.committed', predicate: 'agrees', trigger: { cls: 'commit' }, verbOnly: true, confidence: 0.7, negatedAs: 'skip', split: true, negativeObjectRejects: true }),
  stanceRule({ name: 'agrees.announced', predicate: 'agrees', trigger: /^(announced|confirmed|unveiled)$/, confidence: 0.6, negatedAs: 'skip', split: true, objectMust: /\b(exchange|swap|deal|agreement|ceasefire|truce|release|accord|pause|freeze|extension|framework|roadmap|understanding)\b/i, objectMustNot: BARE_AGREEMENT }),
];
