// The round of talks an article reports: its name after venue, city or sides, its ordinal, and the days it was held.
import type { AnnotatedSentence, Article, ArticleRound } from '../types.js';
import { ordinalWords } from '../nlp/number-words.js';
import { statedDates } from './stated-dates.js';
import { nameKey, worldKnowledge } from '../nlp/world-knowledge.js';
import { TALKS_NOUNS, VENUE_PARTICLES } from '../nlp/find-mentions.js';

/** Words of a sentence that reports a meeting: where a round's place, ordinal and date are read. */
const MEETING_WORDS = /\b(talks|negotiations|meeting|meet|meets|met|summit|round|signed|signing)\b/i;
/** Words that put a sentence's meeting apart from the round the article reports. */
const OTHER_ROUNDS = /\b(parallel|separate|previous|earlier|next|another|future|upcoming|proposed)\b[^.]{0,40}\b(talks|negotiations|meeting|round|summit)\b/i;

/** The word of an ordinal ("second" for 2), or undefined past the words data/ordinals.json holds. */
export function ordinalName(n: number): string | undefined {
  for (const [word, value] of ordinalWords()) if (value === n) return word;
  return undefined;
}

/** "the second round", "a 3rd round of talks", "the fourth session": the number of the round a sentence names. */
export function roundOrdinal(text: string): number | undefined {
  for (const [, word = ''] of text.toLowerCase().matchAll(/\b([a-z]+|\d+(?:st|nd|rd|th))\s+(?:round|session|cycle)\b/gu)) {
    const n = /^\d/.test(word) ? Number.parseInt(word, 10) : ordinalWords().get(word);
    if (n !== undefined && n > 0) return n;
  }
  return undefined;
}

/**
 * The round the article reports, or undefined when it names neither a place nor two sides. Its ordinal and days come
 * from the sentences that report a meeting and not another one ("the next round in Rome"); a day after the article's
 * date is a meeting still to come, not the one reported.
 */
export function articleRound(article: Article, sentences: readonly AnnotatedSentence[], principals: readonly string[]): ArticleRound | undefined {
  const label = talksLabel(sentences, principals);
  if (label === undefined) return undefined;
  let ordinal: number | undefined;
  let days: { start: string; end?: string | undefined } | undefined;
  for (const s of sentences) {
    if (!MEETING_WORDS.test(s.text) || OTHER_ROUNDS.test(s.text)) continue;
    ordinal ??= roundOrdinal(s.text);
    days ??= statedDates(s.text, article.published).find((d) => article.published === undefined || d.start <= article.published);
    if (ordinal !== undefined && days !== undefined) break;
  }
  return { label, ordinal, start: days?.start, end: days?.end };
}

/** The round of talks the article reports, named after its venue or city ("Villa Saladin talks", "Lisbon talks"), else after its two sides ("Iran–United States talks"). */
function talksLabel(sentences: readonly AnnotatedSentence[], principals: readonly string[]): string | undefined {
  let city: string | undefined;
  let plainVenue: string | undefined;
  for (const s of sentences) {
    // A signing is the event a peace-deal article reports; "parallel talks in Doha" or "the next round in Rome" are others.
    if (!MEETING_WORDS.test(s.text) || OTHER_ROUNDS.test(s.text)) continue;
    const venue = s.mentions.find((m) => m.type === 'Place' && m.via === 'venue');
    // A venue named by its own proper name names the round ("Villa Saladin talks"); one named by a common kind ("the
    // Saint-Augustin pastoral centre") or after its city ("the Lima International Convention Centre") yields to the
    // city, as readers name such talks.
    if (venue && isProperVenue(venue.canonical)) return `${venue.canonical} talks`;
    // (A hotel, an office, a room or a street names no round, whatever the text says of its city.)
    if (venue && !LODGING_VENUE.test(venue.canonical)) plainVenue ??= venue.canonical;
    // "a retired Ontario judge": a place that qualifies a noun is no place of the talks ("the Reykjavik talks" is).
    const qualifies = (m: { tokenEnd: number }): boolean => {
      const next = s.tokens[m.tokenEnd];
      return next !== undefined && next.text === next.lower && next.pos === 'NOUN' && !TALKS_NOUNS.test(next.lower);
    };
    city ??= s.mentions.find((m) => m.type === 'Place' && m.via !== 'venue' && !qualifies(m))?.canonical ?? (venue ? cityOpening(venue.canonical) : undefined);
  }
  const place = city ?? plainVenue;
  if (place) return `${place} talks`;
  return sidesTalksLabel(principals);
}

/** Venues a round is not named after when its city is known: "talks at the Hotel Halvor in Tacna" are the Tacna talks, and so are talks in a street. */
const LODGING_VENUE = /(?:^|\s)(hotel|hôtel|inn|resort|building|offices|headquarters|street|avenue|road|room|barracks)(?:\s|$)/i;

/** Every word of the name in capitals (but its particles), no city's name opening it, and no hotel's or office's. */
function isProperVenue(name: string): boolean {
  const words = name.split(/\s+/);
  return words.every((w) => /^\p{Lu}/u.test(w) || VENUE_PARTICLES.has(w)) && cityOpening(name) === undefined && !LODGING_VENUE.test(name);
}

/** The city whose name opens a venue's ("Lima" of "Lima International Convention Centre"), if world knowledge knows one. */
function cityOpening(name: string): string | undefined {
  const known = worldKnowledge().names.get(nameKey(name.split(/\s+/)[0] ?? ''));
  return known?.kind === 'place' || known?.kind === 'capital' ? known.place : undefined;
}

/** Talks named after their two sides: "Iran–United States talks"; undefined unless there are two. */
export function sidesTalksLabel(sides: readonly string[]): string | undefined {
  return sides.length === 2 ? `${[...sides].sort().join('–')} talks` : undefined;
}
