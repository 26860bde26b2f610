// Every mention an article's extraction holds (its people and the sides and things of its claims), to read or to
// rewrite: the passes that settle names across articles all walk them the same way.
import type { Claim, Mention } from '../types.js';
import type { ArticleClaims } from './resolve-graph.js';

/** Calls `visit` on each person mention, claim subject and entity object of the articles, in order. */
export function eachMention(inputs: readonly ArticleClaims[], visit: (mention: Mention) => void): void {
  for (const input of inputs) {
    for (const p of input.persons) visit(p.mention);
    for (const c of input.claims) {
      visit(c.subject.mention);
      if (c.object.kind === 'entity') visit(c.object.mention);
    }
  }
}

/** The article with every mention passed through `map`, and each claim's source through `source` when given. */
export function mapMentions(input: ArticleClaims, map: (mention: Mention) => Mention, source?: (source: Claim['source']) => Claim['source']): ArticleClaims {
  const claim = (c: Claim): Claim => ({
    ...c,
    subject: { kind: 'entity', mention: map(c.subject.mention) },
    object: c.object.kind === 'entity' ? { kind: 'entity', mention: map(c.object.mention) } : c.object,
    source: source === undefined ? c.source : source(c.source),
  });
  return { ...input, persons: input.persons.map((p) => ({ ...p, mention: map(p.mention) })), claims: input.claims.map(claim) };
}
