// Rules for `agrees`: what parties agreed to with the other side; one claim per party ("Russia and Ukraine agreed to …").
import type { ExtractionRule } from '../rule.js';
import { stanceRule } from '../rule.js';

/** "announced the agreement at a news conference": an agreement the words do not open up says nothing of what was agreed. */
const BARE_AGREEMENT = /^(the |an? |this |that )?(agreement|deal|accord|understanding)\b(?! (on|to|for|over|that|between|which))/i;

/** Rules for `agrees`. Subjects that are people or delegations are credited to their party when resolved. */
export const AGREES_RULES: readonly ExtractionRule[] = [
  stanceRule({ name: 'agrees.verb', predicate: 'agrees', trigger: /^(agree|agrees|agreed|agreeing)$/, particle: /^(to|on|upon)$/, confidence: 0.85, negatedAs: 'rejects', split: true }),
  stanceRule({ name: 'agrees.reached', predicate: 'agrees', trigger: /^(agreement|deal|accord|understanding|consensus)$/, particle: /^(on|to|for|over)$/, gap: 4, confidence: 0.75, negatedAs: 'skip', split: true, bothSidesWhenUnstated: true, requireBefore: /^(reached|reach|reaches|struck|strike|signed|sign|clinched|in|resulted|produced|made|previous|earlier|new|an|the)$/ }),
  stanceRule({ name: 'agrees.accepted', predicate: 'agrees', trigger: /^(accepted|accepts|endorsed|approved|signed)$/, confidence: 0.7, negatedAs: 'rejects', split: false }),
  stanceRule({ name: 'agrees.announced', predicate: 'agrees', trigger: /^(announced|confirmed|unveiled)$/, confidence: 0.6, negatedAs: 'skip', split: true, objectMust: /\b(exchange|swap|deal|agreement|ceasefire|truce|release|accord|pause|freeze|extension|framework|roadmap|understanding)\b/i, objectMustNot: BARE_AGREEMENT }),
];
