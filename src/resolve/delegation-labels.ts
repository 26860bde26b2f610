// One delegation per side: its team goes by the name the articles give it most ("KPU negotiating panel"), whichever
// noun one sentence used ("the union's negotiators").
import type { Claim, Mention } from '../types.js';
import type { ArticleClaims } from './resolve-graph.js';
import { compareCodeUnits } from '../compare-code-units.js';
import { TEAM_LABEL_NOUN } from '../nlp/find-mentions.js';
import { eachMention, mapMentions } from './article-mentions.js';

/** The articles' claims with every delegation of a side labelled by the label most of that side's delegation mentions bear. */
export function oneDelegationPerSide(inputs: readonly ArticleClaims[]): readonly ArticleClaims[] {
  const counts = new Map<string, Map<string, number>>();
  // A delegation an office implies ("Chile's chief negotiator, X" leads Chile's delegation) names no team: it takes the
  // name the others give it.
  eachMention(inputs, (m) => {
    if (m.type !== 'Delegation' || m.party === undefined || m.via === 'office-delegation') return;
    const labels = counts.get(m.party) ?? new Map<string, number>();
    counts.set(m.party, labels.set(m.canonical, (labels.get(m.canonical) ?? 0) + 1));
  });
  // "the KPU panel" is a short way to write "the KPU negotiating panel": it counts for the longer name.
  for (const labels of counts.values()) {
    const parts = new Map([...labels.keys()].map((label) => [label, TEAM_LABEL_NOUN.exec(label)] as const));
    for (const [label, n] of [...labels]) {
      const [, side, noun] = parts.get(label) ?? [];
      if (side === undefined) continue;
      const longer = [...labels.keys()].find((other) => other.length > label.length && parts.get(other)?.[1] === side && other.endsWith(` ${noun}`));
      if (longer === undefined) continue;
      labels.set(longer, labels.get(longer)! + n);
      labels.delete(label);
    }
  }
  // The most used label; on a tie, a "delegation", then the first in code-unit order, so that the choice is deterministic.
  const labelOf = new Map<string, string>();
  const partyOfLabel = new Map<string, string>();
  for (const [party, labels] of counts) {
    const ranked = [...labels].sort(([a, n], [b, m]) => m - n || Number(b.endsWith(' delegation')) - Number(a.endsWith(' delegation')) || compareCodeUnits(a, b));
    labelOf.set(party, ranked[0]![0]);
    for (const label of labels.keys()) partyOfLabel.set(label, party);
  }
  const mention = (m: Mention): Mention => {
    const label = m.type === 'Delegation' && m.party !== undefined ? labelOf.get(m.party) : undefined;
    return label === undefined || label === m.canonical ? m : { ...m, canonical: label };
  };
  // A claim attributed to a delegation ("Chilean negotiators said") names it as the graph does.
  const attribution = (source: Claim['source']): Claim['source'] => {
    const party = source.attribution === undefined ? undefined : partyOfLabel.get(source.attribution);
    const label = party === undefined ? undefined : labelOf.get(party);
    return label === undefined || label === source.attribution ? source : { ...source, attribution: label };
  };
  return inputs.map((input) => mapMentions(input, mention, attribution));
}
