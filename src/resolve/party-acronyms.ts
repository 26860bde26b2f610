// One side across articles whether an article names it in full or by its acronym: "KPU" in one, "Kestrel Pilots
// Union" in another; and a party named in the plural ("the Greens") whether or not in the singular ("a Green MP").
import type { Mention } from '../types.js';
import type { ArticleClaims } from './resolve-graph.js';
import { sidesTalksLabel } from '../extract/article-round.js';
import { TEAM_LABEL_NOUN } from '../nlp/find-mentions.js';
import { eachMention, mapMentions } from './article-mentions.js';
import { nameKey, worldKnowledge } from '../nlp/world-knowledge.js';
import { compareCodeUnits } from '../compare-code-units.js';

/** Words an acronym leaves out: "International Association of Dockers" is IAD. */
const SKIPPED = new Set(['of', 'and', 'the', 'for', '&', 'de', 'des', 'du', 'la', 'le', 'el', 'del']);
/** An acronym: two to eight capitals ("KPU", "IAD", "FECAMAR"). */
export const ACRONYM = /^[A-Z]{2,8}$/;

/** Two acronyms joined by a hyphen: "KPA-VGU". */
const JOINED_ACRONYMS = /^[A-Z]{2,8}-[A-Z]{2,8}$/;

/** The capitals of a name's words, and of words a hyphen joins: "Harbour Workers of Arlen" → "HWA". */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => !SKIPPED.has(word.toLowerCase()))
    .map((word) => word[0] ?? '')
    .join('')
    .toUpperCase();
}

/**
 * The full name of each acronym that names a side in some article while another article names a side whose initials
 * start with it ("IAD" for "International Association of Dockers and Marine Workers"). An acronym that fits two
 * names is left alone. Names of three words or more only: "CA" fits too many pairs of words.
 */
export function acronymNames(parties: Iterable<string>): Map<string, string> {
  const all = [...new Set(parties)];
  const full = all.filter((name) => name.split(/\s+/).length >= 3);
  const names = new Map<string, string>();
  // ("KPA-VGU" for the "Kestrel Players Association-Varden Games Union": two acronyms joined as the names are.)
  for (const acronym of all.filter((name) => ACRONYM.test(name) || JOINED_ACRONYMS.test(name))) {
    const letters = acronym.replace('-', '');
    const fits = full.filter((name) => {
      const own = initials(name);
      return own === letters || (letters.length >= 3 && own.startsWith(letters));
    });
    if (fits.length === 1) names.set(acronym, fits[0]!);
  }
  return names;
}

/**
 * The short name a mention gives its side, or undefined: in capitals ("the ALF" for the Adrar Liberation Front, "KPU"
 * of "the KPU's negotiating panel"), or the first word of its name on its own ("Corvane" for Corvane Ports).
 */
export function shortNameOf(m: Mention): string | undefined {
  if (m.type !== 'Party' && m.type !== 'Delegation') return undefined;
  const words = m.text.replace(/^the /i, '');
  const side = (m.type === 'Delegation' ? (TEAM_LABEL_NOUN.exec(words)?.[1] ?? words) : words).replace(/['’]s$/, '');
  if (side === m.canonical) return undefined;
  return ACRONYM.test(side) || (/^\p{Lu}[\p{Ll}-]+$/u.test(side) && m.canonical.startsWith(`${side} `)) ? side : undefined;
}

/**
 * The full name of each short name of one word that opens exactly one side's name ("Corvane" of "Corvane Ports"), or
 * several but is used for one of them only, and
 * of each acronym world knowledge gives a side that is no state ("EU" of the European Union, whose team the articles
 * call the "EU delegation").
 */
function shortNameSides(parties: Iterable<string>, shorts: Iterable<string>, usedFor: ReadonlyMap<string, ReadonlySet<string>>): Map<string, string> {
  const all = [...new Set(parties)];
  const names = new Map<string, string>();
  const world = worldKnowledge();
  for (const short of new Set(shorts)) {
    const known = world.names.get(nameKey(short));
    if (ACRONYM.test(short) && known?.kind === 'party' && !world.states.has(known.party) && all.includes(known.party)) names.set(short, known.party);
    // "the FLN" for a front whose English name has other initials: the one side the articles use the acronym for.
    const sides = usedFor.get(short);
    if (ACRONYM.test(short) && known === undefined && sides?.size === 1) names.set(short, [...sides][0]!);
    if (ACRONYM.test(short)) continue;
    const fits = all.filter((name) => name.startsWith(`${short} `));
    // ("Brixley" opens the names of Brixley University and of the Brixley Teaching Assistants Guild: it names the one
    // side the articles use it for.)
    const [used] = sides?.size === 1 ? sides : [];
    if (fits.length === 1) names.set(short, fits[0]!);
    else if (used !== undefined && fits.includes(used)) names.set(short, used);
  }
  return names;
}

/**
 * "FECAM" for the "Federation of Coastal Villages of the Upper Sarno" in one article and for the "… of the Alto Sarno"
 * in another: an acronym the world does not know, used for names that share most of their words, is one side's, named
 * by the name the articles use most (the first in code-unit order on a tie). Each other such name maps to it; a name
 * of other words keeps its own side.
 */
function spellingsOfOneSide(usedFor: ReadonlyMap<string, ReadonlySet<string>>, parties: readonly string[]): Map<string, string> {
  const uses = new Map<string, number>();
  for (const party of parties) uses.set(party, (uses.get(party) ?? 0) + 1);
  const merged = new Map<string, string>();
  for (const [short, sides] of usedFor) {
    if (!ACRONYM.test(short) || sides.size < 2 || worldKnowledge().names.has(nameKey(short))) continue;
    // Each name joins the first more used name it shares most words with.
    const names = [...sides].sort((a, b) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0) || compareCodeUnits(a, b));
    const kept: string[] = [];
    for (const name of names) {
      const same = kept.find((other) => sharesMostWords(other, name));
      if (same === undefined) kept.push(name);
      else merged.set(name, same);
    }
  }
  return merged;
}

/**
 * "Social Liberal leader X" where the articles name the "Social Liberals", "a Green MP" beside "the Greens": a party
 * named in the singular, as a word before an office or a member, is the one the articles name in the plural.
 */
function pluralNames(parties: readonly string[]): Map<string, string> {
  const named = new Set(parties);
  const plural = new Map<string, string>();
  for (const party of named) if (/\p{Lu}\p{Ll}+$/u.test(party) && named.has(`${party}s`)) plural.set(party, `${party}s`);
  return plural;
}

/** Two names share at least half the words of the longer one. */
function sharesMostWords(a: string, b: string): boolean {
  const wordsOf = (name: string): Set<string> => new Set(name.toLowerCase().split(/\s+/));
  const [x, y] = [wordsOf(a), wordsOf(b)];
  const shared = [...x].filter((word) => y.has(word)).length;
  return shared * 2 >= Math.max(x.size, y.size);
}

/** The sides the articles name, as parties of mentions or mentions of parties, and the short names they give them. */
function partyNames(inputs: readonly ArticleClaims[]): string[] {
  const names: string[] = [];
  for (const input of inputs) names.push(...input.principals, ...(input.acronyms ?? []).map(([short]) => short));
  eachMention(inputs, (m) => {
    if (m.type === 'Party') names.push(m.canonical);
    if (m.party !== undefined) names.push(m.party);
  });
  return names;
}

/** The articles' claims with every acronym of a side named in full elsewhere replaced by that name. */
export function unifyAcronyms(inputs: readonly ArticleClaims[]): readonly ArticleClaims[] {
  const parties = partyNames(inputs);
  const names = acronymNames(parties);
  const usedFor = new Map<string, Set<string>>();
  for (const input of inputs) {
    for (const [short, side] of input.acronyms ?? []) {
      const sides = usedFor.get(short);
      if (sides === undefined) usedFor.set(short, new Set([side]));
      else sides.add(side);
    }
  }
  const firstWords = shortNameSides(parties, inputs.flatMap((input) => (input.acronyms ?? []).map(([short]) => short)), usedFor);
  const spellings = spellingsOfOneSide(usedFor, parties);
  const plurals = pluralNames(parties);
  if (names.size === 0 && firstWords.size === 0 && spellings.size === 0 && plurals.size === 0) return inputs;
  const name = (value: string): string => names.get(value) ?? spellings.get(value) ?? plurals.get(value) ?? value;
  // Talks named after their sides (see talksLabel) are named after the short name of each, as news names them
  // ("KPU–Kestrel Airlines talks"), whichever name the article used; an acronym first, else the first word of the name
  // the articles use on its own ("Corvane negotiating team").
  const short = new Map([...[...firstWords].map(([word, full]) => [full, word] as const), ...[...names].map(([acronym, full]) => [full, acronym] as const)]);
  const talks = (label: string): string => {
    const sides = /^(.+) talks$/u.exec(label)?.[1]?.split('–');
    if (sides === undefined || sides.length !== 2 || !sides.some((side) => short.has(side))) return label;
    return sidesTalksLabel(sides.map((side) => short.get(side) ?? side)) ?? label;
  };
  // A side's delegation too goes by its short name, as news calls it once the acronym is defined ("the ALF delegation").
  const delegation = (label: string): string => {
    const [, side, noun] = TEAM_LABEL_NOUN.exec(label) ?? [];
    const acronym = side === undefined ? undefined : short.get(name(side));
    return acronym === undefined ? label : `${acronym} ${noun}`;
  };
  const mention = (m: Mention): Mention => {
    const canonical = m.type === 'Party' ? name(m.canonical) : m.type === 'Talks' ? talks(m.canonical) : m.type === 'Delegation' ? delegation(m.canonical) : m.canonical;
    const party = m.party === undefined ? undefined : name(m.party);
    return canonical === m.canonical && party === m.party ? m : { ...m, canonical, party };
  };
  return inputs.map((input) => ({
    ...mapMentions(input, mention),
    principals: input.principals.map(name),
    round: input.round === undefined ? undefined : { ...input.round, label: talks(input.round.label) },
  }));
}
