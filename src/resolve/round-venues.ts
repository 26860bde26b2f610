// One round whether an article names it after its venue ("Reykjavik talks") or only after its sides ("Iceland–Norway
// talks"): the same sides meeting on the same days, or at the same numbered round, met at that venue.
import type { ArticleRound, Mention } from '../types.js';
import type { ArticleClaims } from './resolve-graph.js';
import { sidesTalksLabel } from '../extract/article-round.js';
import { mapMentions } from './article-mentions.js';
import { daysApart, ROUND_DAYS_APART } from './merge-rounds.js';

/** Two reports of rounds that may be one: the same ordinal, or first days at most ROUND_DAYS_APART apart. */
function sameMeeting(a: ArticleRound, b: ArticleRound): boolean {
  if (a.ordinal !== undefined && b.ordinal !== undefined) return a.ordinal === b.ordinal;
  if (a.start === undefined || b.start === undefined) return false;
  return daysApart(a.start, b.start) <= ROUND_DAYS_APART;
}

/**
 * The articles' claims with each round named only after its sides renamed after the venue another article gives the
 * same meeting of the same sides, when exactly one venue fits.
 */
export function nameRoundsByVenue(inputs: readonly ArticleClaims[]): readonly ArticleClaims[] {
  const renamed = new Map<number, string>();
  inputs.forEach((input, index) => {
    const sides = sidesTalksLabel(input.principals);
    if (input.round === undefined || sides === undefined || input.round.label !== sides) return;
    const venues = new Set(
      inputs.flatMap((other) =>
        other !== input && other.round !== undefined && other.round.label !== sides && sidesTalksLabel(other.principals) === sides && sameMeeting(input.round!, other.round)
          ? [other.round.label]
          : [],
      ),
    );
    if (venues.size === 1) renamed.set(index, [...venues][0]!);
  });
  if (renamed.size === 0) return inputs;
  return inputs.map((input, index) => {
    const venue = renamed.get(index);
    if (venue === undefined) return input;
    const from = input.round!.label;
    const mention = (m: Mention): Mention => (m.type === 'Talks' && m.canonical === from ? { ...m, canonical: venue } : m);
    return { ...mapMentions(input, mention), round: { ...input.round!, label: venue } };
  });
}
