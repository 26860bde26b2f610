// Rules for `mediates`: a party or person that hosts or mediates the talks ("Turkey's role as mediator", "brokered by Qatar").
import type { ExtractionRule, RuleMatch } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';

const MEDIATION = /^(mediator|mediators|mediation|mediate|mediates|mediated|mediating|broker|brokered|brokering|brokers|facilitator|facilitated|facilitating|host|hosts|hosted|hosting|go-between|intermediary)$/;

/** A mediator named as subject ("Turkey has reaffirmed its role as mediator", "Qatar mediated"), agent ("hosted by Oman") or channel ("exchanged through Turkey"). */
const mediator: ExtractionRule = {
  name: 'mediates.mediator',
  predicate: 'mediates',
  match(view: SentenceView, context) {
    if (!context.talks) return [];
    const results: RuleMatch[] = [];
    const talks = (at: number) => ({ kind: 'entity' as const, mention: { ...view.sentence.mentions[0]!, type: 'Talks' as const, text: context.talks!, canonical: context.talks!, start: view.tokens[at]!.start, end: view.tokens[at]!.end, tokenStart: at, tokenEnd: at + 1, via: 'talks' } });
    for (let k = 0; k < view.tokens.length; k++) {
      const w = view.lower(k);
      let holders = [];
      if (MEDIATION.test(w)) {
        if (/^(hosting|host)$/.test(w) && view.find(/^(summit|talks|meeting|round|negotiations)$/, k + 1, 4) !== undefined && view.lower(k - 1) === 'in') continue;
        holders = view.lower(k + 1) === 'by' ? view.agentAfter(k) : view.subjectOf(k);
        if (holders.length === 0 && view.lower(k - 1) === "'s") holders = view.actors.filter((m) => m.tokenEnd === k - 1);
      } else if (w === 'through' || w === 'via') {
        if (!/^(exchanged|passed|handed|sent|delivered|conveyed|transmitted|relayed|channelled|channeled)$/.test(view.lower(k - 1))) continue;
        holders = view.actors.filter((m) => m.tokenStart === k + 1 && m.type === 'Party');
      } else continue;
      for (const holder of holders) {
        if (context.principals.includes(holder.party ?? holder.canonical)) continue;
        results.push({ subject: holder, object: talks(k), confidence: 0.7 });
      }
    }
    return results;
  },
};

/** Rules for `mediates`. */
export const MEDIATES_RULES: readonly ExtractionRule[] = [mediator];
