// One delegation per side: its team goes by the name the articles give it most ("KPU negotiating panel"), whichever
// noun one sentence used ("the union's negotiators").
import type { Claim, ClaimArgument, Mention } from '../types.js';
import type { ArticleClaims } from './resolve-graph.js';
import { compareCodeUnits } from '../compare-code-units.js';
import { TEAM_LABEL_NOUN } from '../nlp/find-mentions.js';

/** The articles' claims with every delegation of a side labelled by the label most of that side's delegation mentions bear. */
export function oneDelegationPerSide(inputs: readonly ArticleClaims[]): readonly ArticleClaims[] {
  const counts = new Map<string, Map<string, number>>();
  // A delegation an office implies ("Iran's chief negotiator, X" leads Iran's delegation) names no team: it takes the
  // name the others give it.
  const count = (m: Mention): void => {
    if (m.type !== 'Delegation' || m.party === undefined || m.via === 'office-delegation') return;
    const labels = counts.get(m.party) ?? new Map<string, number>();
    counts.set(m.party, labels.set(m.canonical, (labels.get(m.canonical) ?? 0) + 1));
  };
  for (const input of inputs) {
    for (const p of input.persons) count(p.mention);
    for (const c of input.claims) {
      count(c.subject.mention);
      if (c.object.kind === 'entity') count(c.object.mention);
    }
  }
  // "the KPU panel" is a short way to write "the KPU negotiating panel": it counts for the longer name.
  for (const labels of counts.values()) {
    for (const [label, n] of [...labels]) {
      const longer = [...labels.keys()].find((other) => other.length > label.length && TEAM_LABEL_NOUN.exec(other)?.[1] === TEAM_LABEL_NOUN.exec(label)?.[1] && other.endsWith(` ${TEAM_LABEL_NOUN.exec(label)?.[2]}`));
      if (longer === undefined) continue;
      labels.set(longer, labels.get(longer)! + n);
      labels.delete(label);
    }
  }
  // The most used label; on a tie, a "delegation", then the first in code-unit order, so that the choice is deterministic.
  const labelOf = new Map<string, string>();
  for (const [party, labels] of counts) {
    const ranked = [...labels].sort(([a, n], [b, m]) => m - n || Number(b.endsWith(' delegation')) - Number(a.endsWith(' delegation')) || compareCodeUnits(a, b));
    labelOf.set(party, ranked[0]![0]);
  }
  const mention = <M extends Mention>(m: M): M => {
    const label = m.type === 'Delegation' && m.party !== undefined ? labelOf.get(m.party) : undefined;
    return label === undefined || label === m.canonical ? m : { ...m, canonical: label };
  };
  // A claim attributed to a delegation ("Chilean negotiators said") names it as the graph does.
  const partyOfLabel = new Map<string, string>();
  for (const [party, labels] of counts) for (const label of labels.keys()) partyOfLabel.set(label, party);
  const attribution = (source: Claim['source']): Claim['source'] => {
    const party = source.attribution === undefined ? undefined : partyOfLabel.get(source.attribution);
    const label = party === undefined ? undefined : labelOf.get(party);
    return label === undefined || label === source.attribution ? source : { ...source, attribution: label };
  };
  const argument = (a: ClaimArgument): ClaimArgument => (a.kind === 'entity' ? { kind: 'entity', mention: mention(a.mention) } : a);
  const claim = (c: Claim): Claim => ({ ...c, subject: { kind: 'entity', mention: mention(c.subject.mention) }, object: argument(c.object), source: attribution(c.source) });
  return inputs.map((input) => ({ ...input, persons: input.persons.map((p) => ({ ...p, mention: mention(p.mention) })), claims: input.claims.map(claim) }));
}
