// Rules for `leads`: a person heads a delegation or a party ("X, who leads the Y delegation", "Y, headed by X").
import type { Mention } from '../../types.js';
import type { ExtractionRule, RuleMatch } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';
import { delegationLabel } from '../../nlp/find-mentions.js';
import { worldKnowledge } from '../../nlp/world-knowledge.js';

const LEAD_VERBS = /^(leads|led|lead|leading|heads|headed|head|heading|chairs|chaired|chairing)$/;
const LED_BODIES = new Set<Mention['type']>(['Delegation', 'Party']);

/** "X, who leads/headed the Y delegation": a relative clause after a person. */
const whoLeads: ExtractionRule = {
  name: 'leads.relative-clause',
  predicate: 'leads',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (const person of view.actors.filter((m) => m.type === 'Person')) {
      let k = person.tokenEnd;
      if (view.lower(k) === ',') k++;
      if (view.lower(k) !== 'who') continue;
      k++;
      if (/^(is|was|has|had|also|currently)$/.test(view.lower(k))) k++;
      if (!LEAD_VERBS.test(view.lower(k))) continue;
      const body = view.sentence.mentions.find((m) => LED_BODIES.has(m.type) && m.tokenStart > k && m.tokenStart <= k + 3);
      if (body) results.push({ subject: person, object: { kind: 'entity', mention: body }, confidence: 0.9 });
    }
    return results;
  },
};

/** "the Y delegation, led by / headed by X", "The Russian government, led by President X". */
const ledBy: ExtractionRule = {
  name: 'leads.led-by',
  predicate: 'leads',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (let k = 1; k < view.tokens.length; k++) {
      if (!/^(led|headed|chaired)$/.test(view.lower(k)) || view.lower(k + 1) !== 'by') continue;
      const person = view.actors.find((m) => m.type === 'Person' && m.tokenStart > k + 1 && m.tokenStart <= k + 6);
      const bodyEnd = view.lower(k - 1) === ',' ? k - 1 : k;
      const body = [...view.sentence.mentions].reverse().find((m) => LED_BODIES.has(m.type) && m.tokenEnd === bodyEnd);
      if (person && body) results.push({ subject: person, object: { kind: 'entity', mention: body }, confidence: 0.9 });
    }
    return results;
  },
};

/** "Russia's lead negotiator, X", "the head of the Ukrainian delegation, X": an office that heads a delegation. */
const headOffice: ExtractionRule = {
  name: 'leads.head-office',
  predicate: 'leads',
  match(view: SentenceView) {
    const results: RuleMatch[] = [];
    for (const person of view.actors.filter((m) => m.type === 'Person' && m.office && m.party && m.via !== 'surname' && m.via !== 'pronoun')) {
      const office = person.office!.toLowerCase();
      if (!/\b(lead|chief|top|head)\b.*\bnegotiator\b|^head of the .*delegation$|\bdelegation head\b|^chief of the delegation/.test(office)) continue;
      const label = delegationLabel(worldKnowledge(), person.party!);
      const delegation: Mention = { ...person, type: 'Delegation', text: label, canonical: label, via: 'office-delegation' };
      results.push({ subject: person, object: { kind: 'entity', mention: delegation }, confidence: 0.8 });
    }
    return results;
  },
};

/** Rules for `leads`. */
export const LEADS_RULES: readonly ExtractionRule[] = [whoLeads, ledBy, headOffice];
