// Towns an article places in a region or a state ("Carrow Falls, Ohio"): world knowledge lists only cities of some
// size, and a town's name is known from the article's own text wherever else the article uses it.
import type { Token } from '../types.js';
import { CITY_QUARTERS, LEADING_VENUE_HEADS, TALKS_NOUNS, VENUE_HEADS, isCapitalised, isTalksWord, isWordToken, joiningHyphen, spanText } from './find-mentions.js';
import { nameKey, type KnownName, type WorldKnowledge } from './world-knowledge.js';
import { datelineEnd } from './dateline.js';
import { lexicon } from './lexicon.js';

/** What may follow a town's region: the end of the sentence or of a phrase ("Carrow Falls, Ohio, March 4"). */
const PHRASE_END = /^[,.;:()\-—–]$/;
/** Words after a comma that make the region one of a list ("Russia, and Ukraine"). */
const LIST_GOES_ON = /^(and|or|nor)$/;

/** The most words of a town's name, and of the region after it. */
const MAX_TOWN_WORDS = 3;

/**
 * Each town of the article as a known place of its region's state: a run of capitalised words that world knowledge
 * does not name, a comma, then a region or a state ("THUNDER BAY, Ontario, May 2", where a dateline's capitals are a
 * name's), and after the region the sentence or a phrase ends. Not "Kestrel Foods, Canada's largest dairy", nor
 * "according to Ruiz, Chile and Peru agreed", nor a surname the article gives with a first name.
 */
export function findTowns(sentences: readonly (readonly Token[])[], world: WorldKnowledge): [string, KnownName][] {
  const towns: [string, KnownName][] = [];
  const surnames = new Set<string>();
  for (const tokens of sentences) {
    for (let k = 1; k < tokens.length; k++) if (isCapitalised(tokens[k]) && isCapitalised(tokens[k - 1]) && isWordToken(tokens[k - 1])) surnames.add(tokens[k]!.lower);
  }
  for (const tokens of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      if (!isCapitalised(tokens[i]) || (isCapitalised(tokens[i - 1]) && isWordToken(tokens[i - 1]))) continue;
      let end = i;
      // ("Port-Varden", "Aix-en-Provence": words joined by hyphens are one word of the name.)
      let words = 0;
      for (; end < tokens.length; end++) {
        const joined = end > i && (joiningHyphen(tokens, end) || (joiningHyphen(tokens, end - 1) && /^\p{Ll}+$/u.test(tokens[end]!.text) && joiningHyphen(tokens, end + 1)));
        if (joined) continue;
        if (words === MAX_TOWN_WORDS || !isCapitalised(tokens[end]) || !isWordToken(tokens[end])) break;
        // (A word after a hyphen is part of the word before it.)
        if (!joiningHyphen(tokens, end - 1)) words++;
      }
      const listed = end > i ? smallTownAt(tokens, i, end, world) : undefined;
      if (listed !== undefined && !(end === i + 1 && surnames.has(tokens[i]!.lower))) {
        towns.push(listed);
        i = end;
        continue;
      }
      const met = end > i ? metInTown(tokens, i, end, world) : undefined;
      if (met !== undefined && !(end === i + 1 && surnames.has(tokens[i]!.lower))) {
        towns.push([met, { kind: 'place', place: met, party: undefined }]);
        i = end;
        continue;
      }
      if (end === i || tokens[end]?.text !== ',' || world.names.has(nameKey(spanText(tokens, i, end)))) continue;
      const region = knownAt(tokens, end + 1, world);
      if (region === undefined || !(region.known.kind === 'place' || (region.known.kind === 'party' && world.states.has(region.known.party)))) continue;
      if (end === i + 1 && surnames.has(tokens[i]!.lower)) continue;
      const after = tokens[region.end];
      if (after !== undefined && (!PHRASE_END.test(after.text) || (after.text === ',' && LIST_GOES_ON.test(tokens[region.end + 1]?.lower ?? '')))) continue;
      const name = tokens
        .slice(i, end)
        .map((t) => (t.text.length > 1 && t.text === t.text.toUpperCase() ? t.text[0] + t.text.slice(1).toLowerCase() : t.text))
        .join(' ');
      towns.push([name, { kind: 'place', place: name, party: region.known.party }]);
      i = end;
    }
  }
  return towns;
}

/** Nouns of a place of talks that a town's name may qualify: "a Nanaimo hotel". */
const VENUE_NOUNS = /^(hotel|palace|resort|centre|center|venue|courthouse|office|offices|headquarters)$/;

/**
 * A town of the city list too small to be known everywhere, from token `i` to `end`, where the article shows a place:
 * after "in" ("at the Harbourside Inn in Kamloops"), before a venue noun ("a Nanaimo hotel"), or as the dateline
 * that opens the article ("WHITEHORSE —").
 */
function smallTownAt(tokens: readonly Token[], i: number, end: number, world: WorldKnowledge): [string, KnownName] | undefined {
  const key = nameKey(spanText(tokens, i, end));
  const known = world.smallCities.get(key);
  if (known === undefined || known.kind !== 'place') return undefined;
  const before = tokens[i - 1]?.lower;
  const dateline = i === 0 && tokens.slice(i, end).every((t) => t.text === t.text.toUpperCase()) && datelineEnd(tokens) === end;
  if (before !== 'in' && !VENUE_NOUNS.test(tokens[end]?.lower ?? '') && !dateline) return undefined;
  return [known.place, known];
}

/**
 * A town world knowledge does not know, from token `i` to `end`, where the article says people met in it: "in" right
 * after a word of meeting or a venue ("talks held in Corvale", "the sides met in Varden Bay", "a hotel in Arica"), and
 * the name ends its phrase. Not a month, a demonym ("talks in Spanish"), a body's head ("met in Parliament") or a name
 * known otherwise.
 */
function metInTown(tokens: readonly Token[], i: number, end: number, world: WorldKnowledge): string | undefined {
  // ("at the Varden mosque in Corvale", "at the Hotel Costa Bayline in Arica City": so does a venue's name before "in".)
  // ("held in the town hall of Bambamarca": the town a venue in lower case is of.)
  // (Not a body's seat: "at the Riga headquarters of Onward Latvia" names whose headquarters they are.)
  const venueOf = tokens[i - 1]?.lower === 'of' && VENUE_HEADS.has(tokens[i - 2]?.text ?? '') && tokens[i - 2]!.lower !== 'headquarters' && tokens.slice(Math.max(0, i - 6), i - 2).some((t) => /^(in|at)$/.test(t.lower));
  // ("talks reopened this week in Corvale", "met on Monday in Corvale": a time may stand between the word and "in".)
  let word = i - 2;
  while (word > i - 6 && word > 0 && (lexicon().timeWords.has(tokens[word]!.lower) || /^(on|this|last|next|early|late|the|week|weekend|month|morning|afternoon|evening|night|today|yesterday)$/.test(tokens[word]!.lower))) word--;
  // ("met in the headquarters of the arbitration body Arbo in Corvale": so does the town a body's offices are in.)
  const officesOf = tokens[i - 1]?.lower === 'in' && tokens.slice(Math.max(0, i - 9), i - 2).some((t, n, all) => /^(offices|headquarters|premises)$/.test(t.lower) && all[n + 1]?.lower === 'of' && /^(at|in)$/.test(all[n - 2]?.lower ?? '') && all[n - 1]?.lower === 'the');
  if (!venueOf && !officesOf && (tokens[i - 1]?.lower !== 'in' || !(meetingWord(tokens[i - 2]) || (word < i - 2 && meetingWord(tokens[word])) || VENUE_HEADS.has(tokens[i - 2]?.lower ?? '') || venueNameEndsAt(tokens, i - 2)))) return undefined;
  const after = tokens[end];
  // ("held in Sturgeon Lake, Ontario": a region after the comma places it, below.)
  if (after?.text === ',' && knownAt(tokens, end + 1, world) !== undefined) return undefined;
  if (after !== undefined && !PHRASE_END.test(after.text) && !/^(on|last|this|next|in|at|for|from|until|since|and|after|before|to|with)$/.test(after.lower)) return undefined;
  // ("at the official residence of Qasr Tarvo in Lima": a name the venue is of, placed in a town, is the venue's.)
  if (venueOf && /^(in|at)$/.test(after?.lower ?? '')) return undefined;
  const name = spanText(tokens, i, end);
  const words = tokens.slice(i, end);
  const { timeWords, organisationHeads } = lexicon();
  // ("met in Halvor Hall": a venue's name, not a town's.)
  // ("in Downtown Denver": a quarter of a town the world knows is that town, read as such.)
  if (words.length > 1 && CITY_QUARTERS.test(words[0]!.lower) && world.names.has(nameKey(spanText(tokens, i + 1, end)))) return undefined;
  if (world.names.has(nameKey(name)) || VENUE_HEADS.has(words.at(-1)!.lower) || words.some((t) => timeWords.has(t.lower) || world.demonyms.has(t.lower) || organisationHeads.has(t.lower) || world.offices.heads.has(t.lower))) return undefined;
  return name;
}

/** A verb of the talks ("held", "met", "hosted") or a noun of them ("talks", "round"), not a thing ("the kitchen table"). */
function meetingWord(token: Token | undefined): boolean {
  return token !== undefined && ((isTalksWord(token) && (token.pos === 'VERB' || token.lower === 'place' || TALKS_NOUNS.test(token.lemma))) || token.lemma === 'host');
}

/** A venue's name that opens with its kind ("Hotel Costa Bayline", "Casa de la Paz") ends at token k. */
function venueNameEndsAt(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j >= Math.max(0, k - 5); j--) {
    if (!isCapitalised(tokens[j]) && !/^(de|la|del|des|du|le|of|the)$/.test(tokens[j]?.lower ?? '')) return false;
    if (LEADING_VENUE_HEADS.has(tokens[j]!.lower)) return j < k;
  }
  return false;
}

/** The longest name world knowledge knows that starts at token `i`. */
function knownAt(tokens: readonly Token[], i: number, world: WorldKnowledge): { end: number; known: KnownName } | undefined {
  for (let n = Math.min(MAX_TOWN_WORDS, tokens.length - i); n >= 1; n--) {
    if (!isCapitalised(tokens[i + n - 1])) continue;
    const known = world.names.get(nameKey(spanText(tokens, i, i + n)));
    if (known !== undefined) return { end: i + n, known };
  }
  return undefined;
}
