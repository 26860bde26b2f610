// Rules for `mediates`: a party or person that hosts or mediates the talks ("Oman's role as mediator", "brokered by Qatar").
import type { Mention } from '../../types.js';
import type { ExtractionRule, RuleMatch } from '../rule.js';
import type { SentenceView } from '../sentence-view.js';

const MEDIATION = /^(shuttled|shuttling|mediator|mediators|mediation|mediate|mediates|mediated|mediating|broker|brokered|brokering|brokers|facilitator|facilitators|facilitate|facilitates|facilitated|facilitating|host|hosts|hosted|hosting|intermediary|intermediaries)$/;
const CHANNEL_VERBS = /^(exchanged|passed|handed|sent|delivered|conveyed|transmitted|relayed|channelled|channeled)$/;

/** True when a mediation word starts at k; "go-between" is three tokens. */
function mediationAt(view: SentenceView, k: number): boolean {
  const w = view.lower(k);
  return MEDIATION.test(w) || (w === 'go' && view.lower(k + 1) === '-' && view.lower(k + 2) === 'between');
}

/** Who holds the mediation word at k: its subject, its agent ("hosted by Oman"), a possessive ("Oman's mediation", "Egypt's role as mediator") or the name it stands in apposition to ("Qatar, a key mediator,"). */
function holdersAt(view: SentenceView, k: number): Mention[] {
  if (view.lower(k + 1) === 'by') return view.agentAfter(k);
  let j = k - 1;
  // "Egypt's role as mediator", "Oman's key mediation"
  if (view.lower(j) === 'as' && /^(role|part|position)$/.test(view.lower(j - 1))) j -= 2;
  while (j > 0 && /^(key|main|chief|lead|leading|principal|longtime|traditional|regional|neutral|trusted|active)$/.test(view.lower(j))) j--;
  if (view.lower(j) === "'s" || view.lower(j) === "'") return view.actors.filter((m) => m.tokenEnd === j);
  if (/^(a|an|the)$/.test(view.lower(j)) && view.lower(j - 1) === ',') {
    const named = view.actors.filter((m) => m.tokenEnd === j - 1);
    if (named.length > 0) return named;
  }
  return view.subjectOf(k);
}

/** "mediated the talks alongside Qatar", "together with Egypt": co-mediators named after the mediation word. */
function partnersAfter(view: SentenceView, k: number): Mention[] {
  const at = view.find(/^(alongside|with)$/, k + 1, 5);
  if (at === undefined) return [];
  const start = view.lower(at) === 'with' && /^(together|along|jointly)$/.test(view.lower(at - 1)) ? at + 1 : view.lower(at) === 'alongside' ? at + 1 : undefined;
  if (start === undefined) return [];
  const first = start + (view.lower(start) === 'the' ? 1 : 0);
  return view.actors.filter((m) => m.tokenStart === first && m.type === 'Party');
}

/** A mediator named as subject ("Qatar mediated"), agent ("hosted by Oman"), possessive, apposition or channel ("exchanged through Oman"). */
const mediator: ExtractionRule = {
  name: 'mediates.mediator',
  predicate: 'mediates',
  match(view: SentenceView, context) {
    if (!context.talks) return [];
    const results: RuleMatch[] = [];
    const talks = (at: number) => ({ kind: 'entity' as const, mention: { ...view.sentence.mentions[0]!, type: 'Talks' as const, text: context.talks!, canonical: context.talks!, start: view.tokens[at]!.start, end: view.tokens[at]!.end, tokenStart: at, tokenEnd: at + 1, via: 'talks' } });
    for (let k = 0; k < view.tokens.length; k++) {
      const w = view.lower(k);
      let holders: Mention[] = [];
      if (mediationAt(view, k)) {
        // "in hosting the summit" names the event, not a host.
        if (/^(hosting|host)$/.test(w) && view.find(/^(summit|talks|meeting|round|negotiations)$/, k + 1, 4) !== undefined && view.lower(k - 1) === 'in') continue;
        holders = [...holdersAt(view, k), ...partnersAfter(view, k)];
      } else if (w === 'through' || w === 'via') {
        if (!CHANNEL_VERBS.test(view.lower(k - 1))) continue;
        holders = view.actors.filter((m) => m.tokenStart === k + 1 && m.type === 'Party');
      } else continue;
      for (const holder of holders) {
        if (holder.via === 'source' || context.principals.includes(holder.party ?? holder.canonical)) continue;
        results.push({ subject: holder, object: talks(k), confidence: 0.7 });
      }
    }
    return results;
  },
};

/** Rules for `mediates`. */
export const MEDIATES_RULES: readonly ExtractionRule[] = [mediator];
