// Finds the entities a sentence names: parties, delegations, people (with office and side), places, venues, sources.
import { appendTo } from '../group-by.js';
import type { Mention, Token } from '../types.js';
import { isBodyNoun, isReportingVerb, lexicon } from './lexicon.js';
import { nameHead, nameKey, type KnownName, type WorldKnowledge } from './world-knowledge.js';

/** Words that say an office is no longer held ("former", "retired"): its holder speaks for no side by it. */
const NO_LONGER_HELD = /^(?:former|ex|retired|onetime|erstwhile)$/;

/** Whether an office's words say it is no longer held: "former finance minister", "ex-chairman". */
export function noLongerHeld(office: string): boolean {
  return office.toLowerCase().split(/[\s-]+/).some((word) => NO_LONGER_HELD.test(word));
}

/** What the article has told so far, so that later surnames and garbled forms are recognised. */
export interface MentionMemory {
  /** Full person name by lower-cased surname: of namesakes, the one named last. */
  readonly personBySurname: Map<string, PersonRecord>;
  /** Every person of a lower-cased surname, in the order named ("Ana Ruiz", "Carla Ruiz"). */
  readonly namesakes: Map<string, PersonRecord[]>;
  /** Counts changes to what is remembered, so that a second reading can be limited to sentences read before a change. */
  version: number;
}

export interface PersonRecord {
  readonly name: string;
  party: string | undefined;
  office: string | undefined;
}

export function createMentionMemory(): MentionMemory {
  return { personBySurname: new Map(), namesakes: new Map(), version: 0 };
}

/** Nouns for the people who negotiate for a side, after the side's name: "the Chilean delegation", "the airline's negotiators". */
export const DELEGATION_NOUNS: ReadonlySet<string> = new Set([
  'delegation', 'delegations', 'side', 'sides', 'team', 'teams', 'negotiators', 'representatives', 'delegates', 'envoys',
  'party', 'part', 'camp', 'negotiating', 'committee', 'panel',
]);
/** Nouns after a demonym that stand for the state itself; its army is a side of its own (see find-organisations). */
export const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(['government', 'govt', 'authorities', 'administration', 'leadership', 'regime', 'junta', 'cabinet', 'state', 'ministry']);
/** Nouns for unnamed people a report cites: "officials", "sources". */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set(['source', 'sources', 'official', 'officials', 'diplomat', 'diplomats', 'insider', 'insiders']);
const SOURCE_MODIFIERS = new Set(['a', 'an', 'the', 'one', 'two', 'several', 'multiple', 'senior', 'high-ranking', 'diplomatic', 'government', 'military', 'security', 'unnamed', 'anonymous', 'top', 'other']);
export const VENUE_HEADS: ReadonlySet<string> = new Set(['palace', 'hotel', 'hall', 'center', 'centre', 'castle', 'resort', 'villa', 'building', 'plaza', 'stadium', 'palais', 'residence', 'embassy', 'base', 'airport', 'mansion', 'pavilion', 'complex', 'seminary', 'monastery', 'abbey', 'convent', 'cathedral', 'inn', 'manor', 'lodge', 'guesthouse', 'chalet', 'street', 'avenue', 'mosque', 'synagogue', 'shrine', 'barracks', 'room', 'chambers', 'headquarters', 'tower', 'house', 'centrum', 'prefecture']);
/** Words of places and months, among NOT_NAME_WORDS, that are also common surnames ("Ana May", "Tom Lake"). */
const SURNAME_WORDS: ReadonlySet<string> = new Set(['may', 'park', 'church', 'hall', 'house', 'lake', 'bay', 'west', 'north', 'street', 'court']);

/** Capitalised words that begin or continue no person name. */
const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'in', 'on', 'at', 'of', 'for', 'to', 'from', 'with', 'by', 'as', 'this', 'that', 'these', 'those',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'president', 'presidents', 'minister', 'ministry', 'peace', 'talks',
  'negotiations', 'war', 'palace', 'press', 'news', 'agency', 'international', 'national', 'government', 'state', 'republic', 'council',
  'committee', 'commission', 'parliament', 'congress', 'senate', 'army', 'forces', 'force', 'defense', 'defence', 'foreign', 'affairs',
  'security', 'photo', 'image', 'video', 'related', 'posts', 'more', 'read', 'share', 'breaking', 'update', 'live', 'exclusive', 'analysis',
  'opinion', 'world', 'europe', 'european', 'western', 'eastern', 'north', 'south', 'east', 'west', 'central', 'historic', 'prisoner',
  'prisoners', 'exchange', 'swap', 'deal', 'agreement', 'ceasefire', 'truce', 'stalemate', 'standoff', 'mediation', 'efforts', 'pressure',
  'reactions', 'direct', 'first', 'second', 'third', 'new', 'final', 'summit', 'meeting', 'conference', 'day', 'week', 'year', 'telegram',
  'reuters', 'afp', 'ap', 'interfax', 'tass', 'bbc', 'cnn', 'satisfactory', 'conversations', 'standoff', 'terms', 'ukraine', 'russia',
  'according', 'despite', 'however', 'meanwhile', 'instead', 'still', 'though', 'although', 'while', 'after', 'before', 'during', 'since',
  'mr', 'mrs', 'ms', 'dr', 'he', 'she', 'they', 'we', 'it', 'i', 'you', 'his', 'her', 'their', 'our', 'its', 'what', 'who', 'when', 'where',
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'must', 'not', 'no', 'yes', 'both',
  'all', 'any', 'some', 'many', 'most', 'few', 'each', 'every', 'other', 'another', 'such', 'only', 'also', 'even', 'then', 'there', 'here',
  'tv', 'media', 'press', 'office', 'house', 'street', 'square', 'city', 'region', 'regions', 'oblast', 'province', 'county', 'district',
  'sea', 'river', 'lake', 'mount', 'island', 'islands', 'gulf', 'strait', 'bay', 'church', 'cathedral', 'university', 'institute',
  'court', 'tribunal', 'hospital', 'park', 'school', 'college', 'avenue', 'road', 'airport', 'station', 'port', 'harbour', 'harbor', 'staff',
  'editor', 'editors', 'online', 'correspondent', 'columnist',
]);
/** "l'Ouest", "d'Agriculture": the elided French article or preposition before a capitalised word of a name. */
export const ELIDED_ARTICLE = /^[ld]['’](?=\p{Lu}\p{L})/u;

/** Lower-case particles inside personal names ("bin", "van der"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint', 'ag', 'ould', 'walet', 'al', 'el', 'de', 'da', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'abu', 'ben', 'dos', 'del', 'ten', 'ter']);

/** The name of a news outlet, which reports the talks and takes no side: "Midwest Wire Service", "Suvranian News Agency". */
export const NEWS_OUTLET = /\b(?:Wire|Newswire|News|Press|Times|Post|Herald|Journal|Tribune|Gazette|Courier|Dagblad|Independent|Observer|Telegraph|Guardian|Chronicle|Standard)(?: (?:Service|Agency))?$/;

/** Words for the quarter of a town written before its name, capitalised or not: "Downtown Denver". */
export const CITY_QUARTERS = /^(downtown|uptown|midtown)$/;

/** Prepositions that may open a sentence before a surname, capitalised as a first name would be. */
const PREPOSITIONS_BEFORE_NAMES: ReadonlySet<string> = new Set(['per', 'via', 'like', 'unlike', 'as', 'for', 'with', 'by', 'from', 'to', 'after', 'before']);

/** Two names of one surname whose first names differ ("Ana Ruiz", "Carla Ruiz") name two people; an initial agrees with its name. */
export function conflictingFirstNames(a: string, b: string): boolean {
  // ("Per Holm, the team declined …": a preposition opening the sentence is no first name.)
  const first = (name: string): string | undefined => {
    const words = name.split(/\s+/);
    return words.length > 1 && !NAME_PARTICLES.has(words[0]!.toLowerCase()) && !PREPOSITIONS_BEFORE_NAMES.has(words[0]!.toLowerCase()) ? words[0]!.replace(/\.$/, '') : undefined;
  };
  const x = first(a);
  const y = first(b);
  if (x === undefined || y === undefined || x === y) return false;
  return !(x.length === 1 && y.startsWith(x)) && !(y.length === 1 && x.startsWith(y));
}
const LOCATION_PREPOSITIONS = new Set(['in', 'at', 'to', 'from', 'near', 'outside', 'inside', 'via', 'into', 'across', 'around', 'toward', 'towards']);

/**
 * True when a text begins with a capital, or with one small letter before it as names written so do ("eMalahleni",
 * "iHeart"); ASCII is told apart without a regular expression, since every token is asked.
 */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  // (The second letter is looked at first: nearly every small word is then settled without the expression.)
  if (c >= 97 && c <= 122) return text.charCodeAt(1) >= 65 && text.charCodeAt(1) <= 90 && LOWER_BEFORE_CAPITAL.test(text);
  return c >= 128 && /^\p{Lu}/u.test(text);
}
/** One small letter, a capital, then at least two small letters: a name, not a unit ("kWh"). */
const LOWER_BEFORE_CAPITAL = /^\p{Ll}\p{Lu}\p{Ll}{2}/u;
export const isCapitalised = (t: Token | undefined): boolean => t !== undefined && startsUpper(t.text);

const WORD = /^[\p{L}][\p{L}\p{M}'’.-]*$/u;
const SURNAME_SHAPE = /^\p{L}{4,}$/u;

/**
 * The shape of an ASCII text, read without a regular expression since most tokens are asked several times: letters
 * only, or a word (a letter, then letters, apostrophes, dots or hyphens), or neither. Undefined when the text is not
 * ASCII, for a Unicode pattern to decide.
 */
function asciiShape(text: string): 'letters' | 'word' | 'other' | undefined {
  let shape: 'letters' | 'word' = 'letters';
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return undefined;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) continue;
    // Apostrophe, hyphen and dot, after the first letter.
    if (k === 0 || (c !== 39 && c !== 45 && c !== 46)) return 'other';
    shape = 'word';
  }
  return text.length > 0 ? shape : 'other';
}

/** A word: a letter, then letters, marks, apostrophes, dots or hyphens. */
export function isWordToken(t: Token | undefined): boolean {
  if (t === undefined) return false;
  const shape = asciiShape(t.text);
  return shape === undefined ? WORD.test(t.text) : shape !== 'other';
}

/** Four letters or more and nothing else, as a surname is written. */
function isSurnameShaped(text: string): boolean {
  const shape = asciiShape(text);
  return shape === undefined ? SURNAME_SHAPE.test(text) : shape === 'letters' && text.length >= 4;
}

/**
 * A verb in a past form, a participle where it qualifies a noun: "tabled", "sent", "chosen", "held". (In "-ed", or its
 * lemma differs and it is neither "-ing" nor a present "-s".)
 */
export const isPastForm = (t: Token | undefined): boolean => t !== undefined && t.pos === 'VERB' && (t.lower.endsWith('ed') || (t.lower !== t.lemma && !/(ing|s)$/.test(t.lower)));

/** A possessive token: "'s", or the apostrophe of a plural ("nurses'"). */
export const isPossessive = (t: Token | undefined): boolean => t !== undefined && (t.lower === "'s" || t.lower === "’s" || t.lower === "'" || t.lower === '’');

/**
 * "… and Kidal rebels sign truce": in a headline, a line where the tagger saw no verb, a word in its plain form
 * before the noun phrase it takes, read as a noun, may be the headline's verb.
 */
export const plainVerbInHeadline = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.pos === 'NOUN' && tokens[k]!.lower === tokens[k]!.lemma && /^(NOUN|DET|NUM)$/.test(tokens[k + 1]?.pos ?? '') && !tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');

/** A verb in -ed or -en, as the tagger reads a past participle ("rejected", "taken"). */
export const isPastParticiple = (t: Token | undefined): boolean => t?.pos === 'VERB' && /(?:ed|en)$/.test(t.lower);

/** The apostrophe of a plural possessive right after token k: "nurses'". */
export function pluralPossessiveAfter(tokens: readonly Token[], k: number): boolean {
  return isPossessive(tokens[k + 1]) && !/s$/.test(tokens[k + 1]!.lower) && (tokens[k]?.lower.endsWith('s') ?? false);
}

/** A possessive right after token k: "nurses'", "Kestrel's". */
export function possessiveAfter(tokens: readonly Token[], k: number): boolean {
  return isPossessive(tokens[k + 1]) && (/s$/.test(tokens[k + 1]!.lower) || (tokens[k]?.lower.endsWith('s') ?? false));
}

/** "Peru Post", "Chile Post": a state's name before "Post" is its postal service, no newspaper (those are named for cities). */
export function isPostalService(label: string, world: WorldKnowledge): boolean {
  const state = / Post$/.test(label) ? world.names.get(nameKey(label.slice(0, -' Post'.length))) : undefined;
  return state?.kind === 'party' && world.states.has(state.party);
}

/**
 * "The Kestrel Street Journal reported", "a Varden Times reporter": a run of capitalised words that ends as a newspaper's or
 * an agency's name does is an outlet, which reports the talks and takes no side; none of its words names a place or a
 * person. The run's end, or undefined.
 */
function newsOutletEnd(tokens: readonly Token[], i: number, world: WorldKnowledge): number | undefined {
  let end = i;
  while (end < tokens.length && end - i < 6 && isCapitalised(tokens[end]) && isWordToken(tokens[end]!)) end++;
  if (end - i < 2 || !NEWS_OUTLET.test(spanText(tokens, i, end))) return undefined;
  // ("Yet Peru Post refused the offer": a word that opens the sentence may stand before the postal service's name.)
  for (let start = i; start < end - 1; start++) if (isPostalService(spanText(tokens, start, end), world)) return undefined;
  return end;
}

interface Span {
  readonly end: number;
}
interface PartySpan extends Span {
  readonly party: string;
}
interface OfficeSpan extends Span {
  readonly office: string;
  /** "Presidents A and B": the office is named once for several holders. */
  readonly plural: boolean;
}

/** Finds mentions in a sentence's tokens. `heading` lines only recognise names already known. */
export function findMentions(tokens: readonly Token[], world: WorldKnowledge, memory: MentionMemory, heading: boolean): Mention[] {
  const mentions: Mention[] = [];
  const make = (
    type: Mention['type'],
    from: number,
    to: number,
    canonical: string,
    via: string,
    extra: { party?: string | undefined; office?: string | undefined; text?: string | undefined } = {},
  ): Mention => {
    const first = tokens[from]!;
    const last = tokens[to - 1]!;
    const mention: Mention = {
      type,
      text: extra.text ?? spanText(tokens, from, to),
      canonical,
      start: first.start,
      end: last.end,
      tokenStart: from,
      tokenEnd: to,
      party: extra.party,
      office: extra.office,
      via,
    };
    mentions.push(mention);
    return mention;
  };

  // ("REPORTER (Harbour Post):": who asks a transcript's question, and for which outlet, is no one of the talks.)
  let i = askerLabelEnd(tokens) + 1;
  while (i < tokens.length) {
    const next =
      newsOutletEnd(tokens, i, world) ??
      matchSource(tokens, i, world, make) ??
      matchDelegation(tokens, i, world, make) ??
      matchRegionalGovernment(tokens, i, world, make) ??
      matchGovernment(tokens, i, world, make) ??
      matchOfficeHolder(tokens, i, world, memory, heading, make) ??
      // "the Lima International Convention Centre": a venue's name may open with a known city's, though not with the
      // city in the possessive ("Lima's Torre Tagle Palace" is the city's palace).
      (!isCapitalised(tokens[i]) || isPossessive(tokens[i + 1]) ? undefined : matchVenue(tokens, i, world, make)) ??
      (heading ? undefined : matchPlaceNamedPerson(tokens, i, world, memory, make)) ??
      matchKnownName(tokens, i, world, make) ??
      (isPossessive(tokens[i + 1]) ? matchVenue(tokens, i, world, make) : undefined) ??
      matchIntroducedPlace(tokens, i, world, make) ??
      matchPerson(tokens, i, world, memory, heading, make);
    i = next ?? i + 1;
  }
  return withStatedSide(tokens, withAppositions(tokens, administrationsOf(tokens, mentions, world, memory), world, memory), memory, world);
}

/** Nouns for a government named after the person who leads it: "the Ruiz administration", "Mayor X's administration". */
const ADMINISTRATION_NOUNS = /^(administration|government)$/;

/**
 * "the Ruiz administration", "Mayor Tomas Berg's administration": a government named after its leader is a side, the
 * leader's state when the article has given it, else the administration itself, unless the leader heads a state the
 * article has not yet named (the resolver finds it from the person). The person keeps the name; the noun is the side.
 */
function administrationsOf(tokens: readonly Token[], mentions: Mention[], world: WorldKnowledge, memory: MentionMemory): Mention[] {
  return mentions.flatMap((m) => {
    if (m.type !== 'Person') return [m];
    const noun = isPossessive(tokens[m.tokenEnd]) ? m.tokenEnd + 1 : tokens[m.tokenStart - 1]?.lower === 'the' ? m.tokenEnd : undefined;
    if (noun === undefined || !ADMINISTRATION_NOUNS.test(tokens[noun]?.lower ?? '') || /^(NOUN|PROPN)$/.test(tokens[noun + 1]?.pos ?? '')) return [m];
    const record = memory.personBySurname.get(surnameKey(m.canonical));
    const party = record?.party ?? m.party;
    const state = party !== undefined && world.states.has(party) ? party : undefined;
    const office = (record?.office ?? m.office)?.toLowerCase();
    if (state === undefined && (party !== undefined || (office !== undefined && [...world.offices.leaderHeads].some((head) => office === head || office.endsWith(` ${head}`))))) return [m];
    const canonical = state ?? `${m.canonical.split(' ').at(-1)} administration`;
    const word = tokens[noun]!;
    const side: Mention = { type: 'Party', text: word.text, canonical, start: word.start, end: word.end, tokenStart: noun, tokenEnd: noun + 1, party: canonical, office: undefined, via: 'government' };
    return [m, side];
  });
}

/**
 * The side a sentence states for a person with no known side: "the Front was represented by its chief negotiator Sefu
 * al-Tarvi" (an office holder after "its" serves the party named before), "federal mediator Ann Lee of the Federal
 * Mediation Service", "Ann Lee, from the Coastal Conciliation Board" (a side after "of" or "from" right after the name),
 * "Luis Fenn (MDA)" (a party in brackets after it).
 */
function withStatedSide(tokens: readonly Token[], mentions: Mention[], memory: MentionMemory, world: WorldKnowledge): Mention[] {
  return mentions.map((m) => {
    if (m.type !== 'Person' || m.party !== undefined || m.via === 'source') return m;
    const its = m.office === undefined ? undefined : possessiveBeforeOffice(tokens, m.tokenStart, m.office);
    // ("Ana Ruiz from the Coastal Mediation Service", "Ana Ruiz, from the …,": "from" as well, and after a comma.)
    const after = tokens[m.tokenEnd]?.text === ',' ? m.tokenEnd + 1 : m.tokenEnd;
    // (Not "the signing of X from SC Varden": a player, or anyone, moved from a side is no longer of it; nor a name in
    // a heading's capitals.)
    const moved = tokens[m.tokenStart - 1]?.lower === 'of' || tokens[m.tokenStart - 1]?.pos === 'VERB' || m.text === m.text.toUpperCase();
    const from = tokens[after]?.lower === 'from' && !moved;
    // ("Ana Ruiz, of the Coastal Institute, said": "of" after a comma too, when the side's name closes the apposition.)
    const ofAfterComma = tokens[after]?.lower === 'of' && after > m.tokenEnd;
    const of = (tokens[after]?.lower === 'of' && (after === m.tokenEnd || ofAfterComma)) || from ? (tokens[after + 1]?.lower === 'the' ? after + 2 : after + 1) : undefined;
    // ("Ana Ruiz of the campaign group Fair Transit Now": the kind of the side, in lower case, may stand before its name.)
    const sideAt = (k: number): Mention | undefined => {
      const side = mentions.find((o) => o.type === 'Party' && o.tokenStart === k);
      return side === undefined || (ofAfterComma && !APPOSITION_ENDS.has(tokens[side.tokenEnd]?.lower ?? '.')) ? undefined : side;
    };
    const kindBefore = (k: number): Mention | undefined => {
      let j = k;
      while (j < k + 3 && tokens[j] !== undefined && tokens[j]!.text === tokens[j]!.lower && /^(NOUN|ADJ)$/.test(tokens[j]!.pos)) j++;
      return j > k && lexicon().organisationKinds.has(tokens[j - 1]!.lemma) ? sideAt(j) : undefined;
    };
    // "Luis Fenn (MDA)": a party in brackets right after the name.
    // (Not "European Union Coastal Programme (EUCP)": a name without a head, or its end, read as a person's, and the
    // acronym of the capitalised words that end in it.)
    let named = m.tokenStart;
    while (named > 0 && isCapitalised(tokens[named - 1]) && isWordToken(tokens[named - 1])) named--;
    const bracketed = tokens[m.tokenEnd]?.text === '(' ? mentions.find((o) => o.type === 'Party' && o.tokenStart === m.tokenEnd + 1 && tokens[o.tokenEnd]?.text === ')' && !abbreviates(o.text, tokens.slice(named, m.tokenEnd).map((w) => w.text))) : undefined;
    const owner =
      bracketed ??
      (its === undefined ? undefined : mentions.filter((o) => o.type === 'Party' && o.tokenEnd <= its).at(-1)) ??
      (of === undefined ? undefined : (sideAt(of) ?? kindBefore(of))) ??
      partyOfLeader(tokens, m, mentions, world);
    if (!owner) return m;
    const record = memory.personBySurname.get(surnameKey(m.canonical));
    if (record && record.name === m.canonical && !record.party) {
      record.party = owner.canonical;
      memory.version++;
    }
    return { ...m, party: owner.canonical };
  });
}

/**
 * "The CU of Joost ten Varde", "the Civic Union (CU) of party leader Tom Vale": a party named as a person's,
 * by "of" and office words in lower case at most between them. Only a party of no state: "the Peru of Fujimori" is a
 * time's.
 */
function partyOfLeader(tokens: readonly Token[], person: Mention, mentions: readonly Mention[], world: WorldKnowledge): Mention | undefined {
  let j = person.tokenStart - 1;
  while (j > person.tokenStart - 4 && tokens[j] !== undefined && tokens[j]!.text === tokens[j]!.lower && /^(NOUN|ADJ)$/.test(tokens[j]!.pos)) j--;
  if (tokens[j]?.lower !== 'of') return undefined;
  // ("the Civic Union (CU) of …": the party's acronym in brackets between.)
  const end = tokens[j - 1]?.text === ')' && tokens[j - 3]?.text === '(' ? j - 3 : j;
  return mentions.find((o) => o.type === 'Party' && o.tokenEnd === end && !world.states.has(o.party ?? o.canonical));
}

/**
 * The acronym is made of the words' beginnings, in order, some words left out: "EUCP" of "European Union Coastal
 * Programme", "TRANSELEC" of "Transmisora Electrica Andina".
 */
export function abbreviates(acronym: string, words: readonly string[]): boolean {
  const letters = acronym.toLowerCase().replace(/[^\p{L}]/gu, '');
  const lower = words.map((w) => w.toLowerCase());
  const from = (a: number, w: number): boolean => {
    if (a === letters.length) return true;
    if (w === lower.length) return false;
    for (let n = 1; n <= lower[w]!.length && a + n <= letters.length && lower[w]![n - 1] === letters[a + n - 1]; n++) if (from(a + n, w + 1)) return true;
    return from(a, w + 1);
  };
  return from(0, 0);
}

/**
 * "its chief negotiator Tomas Brandt", "Its chief negotiator, Tomas Brandt,", "the union, whose general secretary, Ana
 * Ruiz,": the index of "its", "their" or "whose" before the office that ends right before the name at `name`, or undefined.
 */
export function possessiveBeforeOffice(tokens: readonly Token[], name: number, office: string): number | undefined {
  // ("its president, Captain Ines Tarvik,": a title of rank may stand between the comma and the name.)
  const titled = isCapitalised(tokens[name - 1]) && tokens[name - 2]?.text === ',';
  let j = tokens[name - 1]?.text === ',' ? name - 2 : titled ? name - 3 : name - 1;
  const stop = j - 4;
  // ("its negotiators rejected the mayor's offer": a verb between says the possessive is another noun's; a word of the
  // office is none, whatever its tag: "Its lead negotiator, X". So does a preposition outside the office: "submitted
  // its report to President X".)
  const officeWords = new Set(office.toLowerCase().split(/\s+/));
  while (j > stop && j >= 0 && /^\p{L}+$/u.test(tokens[j]!.text) && !/^(its|their|whose)$/.test(tokens[j]!.lower) && (!/^(VERB|AUX|ADP)$/.test(tokens[j]!.pos) || officeWords.has(tokens[j]!.lower))) j--;
  return j >= 0 && /^(its|their|whose)$/.test(tokens[j]!.lower) ? j : undefined;
}

/** An office stated in apposition to a person: what it is called, the side it names, and where it ends. */
export interface Apposition {
  readonly end: number;
  readonly office: string;
  readonly party: string | undefined;
}

/** Tokens that may follow an apposition: it ends the phrase or the clause. */
const APPOSITION_ENDS = new Set([',', '.', ';', ':', '—', '–', '(', ')', 'who', 'and', 'said', 'says', 'told']);

/** A person's age written after their name ("Ana Ruiz, 41, …"): a number of up to three digits. */
export function isAge(token: Token | undefined): boolean {
  return token !== undefined && /^\d{1,3}$/.test(token.text) && Number(token.text) >= 16;
}

/**
 * ", Chile's strategic affairs minister,", ", the U.S. special envoy,", ", who is Peru's president": an office
 * after a name, starting at token k (the comma). Up to three words the office lexicon does not know may qualify the
 * office ("strategic affairs"), since ministries and posts are named in too many ways to list.
 */
export function matchApposition(tokens: readonly Token[], k: number, world: WorldKnowledge, options: { readonly copula?: boolean } = {}): Apposition | undefined {
  // ("Ana Ruiz is the union's chief negotiator", with `copula`: the office after the name and "is" or "was" is hers as
  // an apposition's is.)
  // ("X is head of field logistics for …": an office's head word the tagger read as a verb, before "of", is the office.)
  const officeWord = (n: number): boolean => world.offices.heads.has(tokens[n]?.lower ?? '') && tokens[n + 1]?.lower === 'of';
  const copula = (n: number): boolean => options.copula === true && /^(is|was)$/.test(tokens[n]?.lower ?? '') && (!/^(VERB|AUX)$/.test(tokens[n + 1]?.pos ?? '') || officeWord(n + 1));
  if (tokens[k]?.text !== ',' && !copula(k)) return undefined;
  // ("Ana Ruiz, 41, a lawyer …": past the person's age.)
  if (tokens[k]?.text === ',' && isAge(tokens[k + 1]) && tokens[k + 2]?.text === ',') k += 2;
  let j = k + 1;
  if (copula(k) || (tokens[k]?.text === ',' && copula(k + 1))) {
    j = copula(k) ? k + 1 : k + 2;
    if (/^(also|now|currently|still)$/.test(tokens[j]?.lower ?? '')) j++;
  }
  // ", who chairs the creditor committee,": chairing a body is the office of its chair.
  // (", who co-chairs the council,": a co-chair's too.)
  const chairs = tokens[j]?.lower === 'who' ? /^(co-)?(chairs|chaired)$/.exec(tokens[j + 1]?.lower ?? '') : null;
  if (chairs && tokens[j + 2]?.lower === 'the') {
    const body = officeBody(tokens, j + 1, world, true);
    if (body && (tokens[body.end] === undefined || APPOSITION_ENDS.has(tokens[body.end]!.lower))) return { end: body.end, office: `${chairs[1] ?? ''}chair of ${spanText(tokens, j + 2, body.end)}`, party: body.party };
  }
  // ", who teaches maritime law at the University of Lima,": what a person teaches or studies at a body is the role, and
  // the body its side; a town after it says where the body is.
  if (tokens[j]?.lower === 'who' && /^(teaches|taught|studies|studied|lectures|lectured|researches|researched)$/.test(tokens[j + 1]?.lower ?? '')) {
    const at = tokens.findIndex((t, n) => n > j + 2 && n < j + 8 && t.lower === 'at');
    const body = at < 0 ? undefined : officeBody(tokens, at, world);
    let end = body?.end ?? 0;
    if (tokens[end]?.lower === 'in' && isCapitalised(tokens[end + 1])) end += 2;
    if (body && (tokens[end] === undefined || APPOSITION_ENDS.has(tokens[end]!.lower))) return { end, office: spanText(tokens, j + 1, at), party: body.party };
  }
  if (tokens[j]?.lower === 'who' && /^(is|was|serves|served)$/.test(tokens[j + 1]?.lower ?? '')) {
    j += 2;
    // ("who is also managing director of …", "who is now the union's treasurer".)
    if (/^(also|now|currently|still)$/.test(tokens[j]?.lower ?? '')) j++;
    if (tokens[j]?.lower === 'as') j++;
  }
  if (/^(the|a|an|his|her|their|its|our|my|your)$/.test(tokens[j]?.lower ?? '')) j++;
  let party: string | undefined;
  /** Whether a kind word in the possessive owns the office ("the company's …"), whose side the article resolves. */
  let ownedByKind = false;
  const qualifier = matchPartyQualifier(tokens, j, world);
  // "the Finnish-born chief executive": where a person was born says nothing of the side.
  if (qualifier && tokens[qualifier.end]?.text === '-' && tokens[qualifier.end + 1]?.lower === 'born') j = qualifier.end + 2;
  else if (qualifier) {
    party = qualifier.party;
    j = qualifier.end;
  } else {
    // "Tom Vale, Prime Minister Ana Lind's special envoy": a name in the possessive, of up to four words; a side's
    // ("AQT's general manager") gives the office its side.
    let p = j;
    while (p < j + 4 && isCapitalised(tokens[p]) && isWordToken(tokens[p]!)) p++;
    // "the union's national secretary": the kind word of the article's only organisation of that kind.
    if (p === j && tokens[j] !== undefined && isPossessive(tokens[j + 1])) p = j + 1;
    // "the HWA vice-president", "the Kestrel chief executive": an organisation's name before its office, without the
    // possessive, is its side too.
    const owner = p > j ? world.names.get(nameKey(spanText(tokens, j, p))) : undefined;
    const sideOwner = owner?.kind === 'party' && !world.states.has(owner.party) ? owner.party : undefined;
    if (p > j && isPossessive(tokens[p])) {
      party = sideOwner;
      // ("the firm's head of sales in Peru": the office is the owner's, wherever it is held.)
      ownedByKind = p === j + 1 && !isCapitalised(tokens[j]) && lexicon().organisationKinds.has(tokens[j]!.lemma);
      j = p + 1;
    } else if (sideOwner !== undefined && p < tokens.length && !isCapitalised(tokens[p])) {
      party = sideOwner;
      j = p;
    }
  }
  for (let start = j; start <= j + 3 && start < tokens.length; start++) {
    const t = tokens[start]!;
    if (start > j && !/^[\p{L}-]+$/u.test(tokens[start - 1]!.text)) break;
    const office = matchOffice(tokens, start, world);
    if (office && !office.plural) {
      // "head of equities at Nordvik", "director of operations": a field in lower case names the post, not its side.
      let field = office.end;
      if (tokens[field]?.lower === 'of' && !isCapitalised(tokens[field + 1]) && tokens[field + 1]?.lower !== 'the') {
        let f = field + 1;
        // ("head of public affairs": an adjective may open the field.)
        while (f < field + 4 && /^(NOUN|ADJ)$/.test(tokens[f]?.pos ?? '') && !isCapitalised(tokens[f])) f++;
        if (f > field + 1 && (tokens[f] === undefined || APPOSITION_ENDS.has(tokens[f]!.lower) || /^(at|for|of|to|in)$/.test(tokens[f]!.lower))) field = f;
      }
      // ("special envoy for port safety", "vice-president for port partnerships", "envoy on Kashmir": the remit of
      // the post, in lower case or a place's or people's name, up to the apposition's end, is part of it.)
      else if (/^(for|on)$/.test(tokens[field]?.lower ?? '')) {
        const remitWord = (x: Token | undefined): boolean => x !== undefined && ((/^(NOUN|ADJ)$/.test(x.pos) && !isCapitalised(x)) || world.demonyms.has(x.lower) || world.names.get(nameKey(x.text))?.kind === 'place');
        let f = field + 1;
        // ("lead negotiator on fish and timber": two words of it joined by "and".)
        while (f < field + 6 && (remitWord(tokens[f]) || (tokens[f]?.lower === 'and' && f > field + 1 && remitWord(tokens[f + 1])))) f++;
        if (f > field + 1 && (tokens[f] === undefined || APPOSITION_ENDS.has(tokens[f]!.lower))) field = f;
      }
      const body = officeBody(tokens, field, world);
      const end = afterAcronym(tokens, body?.end ?? field);
      const next = tokens[end];
      // ("the envoy sent by the ministry": a participle after the office qualifies it.)
      if (next && !APPOSITION_ENDS.has(next.lower) && !isPastForm(next)) {
        // "general manager", "general secretary": an office word qualifying the office after it; "chief data officer":
        // lower-case words between the two.
        if (end === start + 1 && [end, end + 1].some((q) => tokens.slice(end, q).every((x) => x.text === x.lower && /^(ADJ|NOUN)$/.test(x.pos)) && matchOffice(tokens, q, world))) continue;
        return undefined;
      }
      // "a senior ALM commander": a side named between the first words and the office.
      let inner: string | undefined;
      for (let q = j; q < start && inner === undefined; q++) inner = matchPartyQualifier(tokens, q, world)?.party;
      // "Ana Ruiz, senior conciliator, Coastal Mediation Service;": a side named on its own after the office, as a list of
      // speakers or a signature writes it.
      // ("…, chairperson, Bayline board of trustees;": a body of the side, in lower case after its name.)
      const after = tokens[end]?.text === ',' ? lookupName(tokens, end + 1, world) : undefined;
      let listedEnd = after === undefined || after.known.kind === 'place' ? undefined : afterAcronym(tokens, after.end);
      while (listedEnd !== undefined && listedEnd < after!.end + 4 && tokens[listedEnd] !== undefined && !APPOSITION_ENDS.has(tokens[listedEnd]!.lower) && tokens[listedEnd]!.text === tokens[listedEnd]!.lower && /^(NOUN|ADP|DET)$/.test(tokens[listedEnd]!.pos)) listedEnd++;
      const listed = listedEnd !== undefined && (tokens[listedEnd] === undefined || APPOSITION_ENDS.has(tokens[listedEnd]!.lower)) ? after : undefined;
      // "head of the Peruvian government delegation", "commander of the X Forces": the body belongs to the office's name.
      // ("a former Bolivian trade minister": an office no longer held is of no side.)
      const former = tokens.slice(k + 1, start).some((t) => NO_LONGER_HELD.test(t.lower));
      const side = former || ownedByKind ? undefined : (party ?? inner ?? body?.party ?? listed?.known.party);
      // ("X, a town councillor and the tribe's chief negotiator,": a second office joined by "and" that names the
      // side is the one the person holds at the table.)
      if (side === undefined && !former && !listed && tokens[end]?.lower === 'and') {
        const joined = matchApposition([...tokens.slice(0, end), { ...tokens[end]!, text: ',', lower: ',' }, ...tokens.slice(end + 1)], end, world);
        if (joined?.party !== undefined) return joined;
      }
      return { end: listed ? listedEnd! : end, office: spanText(tokens, j, end), party: side };
    }
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') break;
  }
  // ("X, the union's lawyer,": an occupation gets the side of the possessive before it.)
  const occupation = occupationApposition(tokens, j, world);
  return occupation === undefined ? undefined : { ...occupation, party: occupation.party ?? party };
}

/** The token after an acronym or a short name in parentheses at k ("… Rare Diseases (CARD),", "(Hawu)"), or k. */
function afterAcronym(tokens: readonly Token[], k: number): number {
  return tokens[k]?.text === '(' && tokens[k + 2]?.text === ')' && /^\p{Lu}[\p{L}\d&-]+$/u.test(tokens[k + 1]!.text) ? k + 3 : k;
}

/**
 * "Economist Rosa Paz of …", "led by lawyer Ana Ruiz", "Media economist Tom Berg said": an occupation before a name, as
 * a title is, with a word of its field before it.
 */
function occupationBeforeName(tokens: readonly Token[], i: number, world: WorldKnowledge): { end: number; office: string } | undefined {
  const { occupations } = world.offices;
  const field = !occupations.has(tokens[i]?.lower ?? '') && /^(NOUN|ADJ)$/.test(tokens[i]?.pos ?? '') && (i === 0 || !isCapitalised(tokens[i])) ? 1 : 0;
  const end = i + field + 1;
  if (!occupations.has(tokens[end - 1]?.lower ?? '') || isCapitalised(tokens[end - 1]) !== (end - 1 === 0)) return undefined;
  return isCapitalised(tokens[end]) && isCapitalised(tokens[end + 1]) ? { end, office: spanText(tokens, i, end).toLowerCase() } : undefined;
}

/**
 * ", a trade economist at the University of Lima,", ", a former labour lawyer from Cusco,": what a person does,
 * up to two words before it, is the role the apposition gives; a body after "at" or "with" is part of it and its side,
 * when a side; where the person is from is neither.
 */
function occupationApposition(tokens: readonly Token[], j: number, world: WorldKnowledge): Apposition | undefined {
  // ("a 52-year-old welder": the person's age before what they do is no part of it.)
  if (tokens[j]?.pos === 'NUM' && tokens[j + 1]?.text === '-' && /^(year|years)$/.test(tokens[j + 2]?.lower ?? '') && tokens[j + 3]?.text === '-' && tokens[j + 4]?.lower === 'old') j += 5;
  for (let k = j; k < j + 4 && k < tokens.length; k++) {
    const t = tokens[k]!;
    const two = k + 1 < tokens.length ? `${t.lower} ${tokens[k + 1]!.lower}` : '';
    const length = world.offices.occupations.has(two) ? 2 : world.offices.occupations.has(t.lower) || world.offices.occupations.has(t.lemma) ? 1 : 0;
    if (length > 0) {
      let field = k + length;
      // "a professor of maritime law": the field an occupation is of, in lower case, is part of it.
      if (tokens[field]?.lower === 'of') {
        let end = field + 1;
        while (end < field + 5 && /^(NOUN|ADJ)$/.test(tokens[end]?.pos ?? '') && tokens[end]!.text === tokens[end]!.lower) end++;
        if (end > field + 1) field = end;
      }
      // ("a lecturer of the University of Lima", as translations write it: a body named after "of the" too.)
      const ofNamed = tokens[field]?.lower === 'of' && tokens[field + 1]?.lower === 'the' && isCapitalised(tokens[field + 2]);
      const body = /^(at|with)$/.test(tokens[field]?.lower ?? '') || ofNamed ? officeBody(tokens, field, world) : undefined;
      const end = afterAcronym(tokens, body?.end ?? field);
      // "from Cusco": an origin closes the apposition without a part in it.
      let close = end;
      if (tokens[close]?.lower === 'from') while (isCapitalised(tokens[close + 1])) close++;
      if (close > end) close++;
      // ("at a consultancy in Lima": so does a body left unnamed, and where it is.)
      if (body === undefined && /^(at|with)$/.test(tokens[close]?.lower ?? '') && /^(a|an)$/.test(tokens[close + 1]?.lower ?? '')) {
        let past = close + 2;
        // ("at a Valencia brokerage": a town the world knows may say where the body is.)
        const town = (t: Token | undefined): boolean => t !== undefined && /^(place|capital)$/.test(world.names.get(nameKey(t.text))?.kind ?? '');
        while (past < close + 6 && ((/^(NOUN|ADJ)$/.test(tokens[past]?.pos ?? '') && !isCapitalised(tokens[past])) || (town(tokens[past]) && !isCapitalised(tokens[past + 1])))) past++;
        if (tokens[past]?.lower === 'in' && isCapitalised(tokens[past + 1])) for (past++; isCapitalised(tokens[past]); ) past++;
        if (past > close + 2) close = past;
      }
      if (tokens[close] !== undefined && !APPOSITION_ENDS.has(tokens[close]!.lower)) return undefined;
      // ("an economist who serves on the union's wage board": the body a person sits on or works for is their side.)
      const worksFor = body === undefined ? bodyWorkedFor(tokens, close, world) : undefined;
      if (worksFor !== undefined) return { end: worksFor.end, office: spanText(tokens, world.demonyms.has(tokens[j]!.lower) && k > j ? j + 1 : j, end), party: worksFor.party };
      // A demonym before the occupation says where the person is from ("a Norwegian economist"): the office leaves it out.
      const from = world.demonyms.has(tokens[j]!.lower) && k > j ? j + 1 : j;
      const party = body?.party !== undefined && !world.states.has(body.party) ? body.party : undefined;
      return { end: close, office: spanText(tokens, from, end), party };
    }
    // Modifiers only: "former", "retired", "senior", a field ("health", "media"), a demonym.
    if (!((t.pos === 'ADJ' || t.pos === 'NOUN') && (t.text === t.lower || world.demonyms.has(t.lower)))) return undefined;
  }
  return undefined;
}

/** "who sits on the union's committee", "who works for Kestrel Capital" from k: the side of the body, and where it ends. */
function bodyWorkedFor(tokens: readonly Token[], k: number, world: WorldKnowledge): { end: number; party: string } | undefined {
  if (tokens[k]?.lower !== 'who') return undefined;
  const verb = tokens[k + 1];
  const preposition = verb !== undefined && /^(sit|serve)$/.test(verb.lemma) ? /^on$/ : verb?.lemma === 'work' ? /^(for|at|with)$/ : undefined;
  if (preposition === undefined || !preposition.test(tokens[k + 2]?.lower ?? '')) return undefined;
  const body = officeBody(tokens, k + 2, world) ?? (tokens[k + 2]?.lower === 'on' ? officeBody(tokens, k + 2, world, true) : undefined);
  if (body?.party === undefined || world.states.has(body.party)) return undefined;
  // ("the union's wage board": a body of the side's, named in lower case after its possessive.)
  let end = body.end;
  if (isPossessive(tokens[end])) for (end++; end < body.end + 5 && tokens[end] !== undefined && tokens[end]!.text === tokens[end]!.lower && /^(NOUN|ADJ|VERB)$/.test(tokens[end]!.pos); ) end++;
  return tokens[end] === undefined || APPOSITION_ENDS.has(tokens[end]!.lower) ? { end, party: body.party } : undefined;
}

/** Nouns of a part of a body: "the SkyLink unit of KPA", "the Lima branch of the union". */
const UNIT_NOUNS = /^(unit|branch|chapter|section|local|wing|division)$/;

/**
 * ", a spokesman for Chile's Foreign Ministry,", "adviser to the Egyptian president": the side the office serves, after
 * the preposition at k (or after the verb at k: "who chairs the committee").
 */
function officeBody(tokens: readonly Token[], k: number, world: WorldKnowledge, afterVerb = false): { end: number; party: string | undefined } | undefined {
  if (!afterVerb && !/^(for|of|to|at|in|with)$/.test(tokens[k]?.lower ?? '')) return undefined;
  let j = k + 1;
  const definite = tokens[j]?.lower === 'the';
  if (definite) j++;
  // "president of the union": the kind word of the article's only organisation of that kind ("of the players'
  // association": its members' possessive before it).
  const kindWordAt = (n: number): KnownName | undefined => {
    const known = tokens[n] !== undefined && !isCapitalised(tokens[n]) ? world.names.get(nameKey(tokens[n]!.text)) : undefined;
    return known?.kind === 'party' && !world.states.has(known.party) ? known : undefined;
  };
  const members = definite && kindWordAt(j) === undefined && tokens[j]?.pos === 'NOUN' && !isCapitalised(tokens[j]) && isPossessive(tokens[j + 1]) ? 2 : 0;
  const kindWord = definite ? kindWordAt(j + members) : undefined;
  if (kindWord?.kind === 'party') {
    // ("secretary of the union's Leeds branch": a unit of the body, named after its possessive, is part of the office.)
    const possessive = j + members + 1;
    const unit = isPossessive(tokens[possessive]) ? tokens.findIndex((t, n) => n > possessive && n <= possessive + 3 && UNIT_NOUNS.test(t.lower)) : -1;
    const end = unit >= 0 && tokens.slice(possessive + 1, unit).every((t) => /^(NOUN|ADJ|PROPN)$/.test(t.pos)) ? unit + 1 : possessive;
    // ("of the terminal operator Kestrel Terminals": a kind word that only begins the body's description is read below.)
    if (tokens[end] === undefined || APPOSITION_ENDS.has(tokens[end]!.lower) || end > possessive || !/^(NOUN|PROPN)$/.test(tokens[end]!.pos)) return { end, party: kindWord.party };
  }
  const qualifier = matchPartyQualifier(tokens, j, world);
  // The body named after the side ("Foreign Ministry", "president"), or a region ("special envoy to the Middle East"), up to where the apposition ends.
  const from = qualifier?.end ?? j;
  let end = from;
  // "a senior officer in the military intelligence service": after "the", the body may be named in lower case.
  // ("the UN Andean Programme on Port Safety": a longer name goes on in capitals.)
  const inName = (k: number): boolean => isCapitalised(tokens[k]) || (/^(of|on|for|and)$/.test(tokens[k]!.lower) && isCapitalised(tokens[k + 1]));
  while (end < from + 7 && tokens[end] && /^[\p{L}-]+$/u.test(tokens[end]!.text) && !APPOSITION_ENDS.has(tokens[end]!.lower) && (qualifier !== undefined || definite || isCapitalised(tokens[end])) && (end < from + 4 || inName(end))) end++;
  if (end === j) return undefined;
  // "at the Lima brokerage Kestrel Capital": a side named after the words that describe it is the body, not the city.
  // ("chair of the SkyLink unit of KPA": a unit's side is the body it is a unit of.)
  const unitOf = tokens.findIndex((t, n) => n >= j && n < end && UNIT_NOUNS.test(t.lower) && tokens[n + 1]?.lower === 'of');
  if (qualifier === undefined || world.states.has(qualifier.party) || unitOf >= 0) {
    for (let p = unitOf >= 0 ? unitOf + 2 : from; p < Math.min(end + 1, tokens.length); p++) {
      const named = isCapitalised(tokens[p]) ? lookupName(tokens, p, world) : undefined;
      if (named?.known.kind === 'party' && !world.states.has(named.known.party)) return { end: Math.max(end, named.end), party: named.known.party };
    }
  }
  return { end, party: qualifier?.party };
}

/** Verbs of heading a body, by lemma, and the office each makes of it: who chairs a committee is its chair. */
export const HEADING_VERBS: ReadonlyMap<string, string> = new Map([
  ['head', 'head'],
  ['chair', 'chair'],
  ['co-chair', 'co-chair'],
  ['direct', 'director'],
  ['preside', 'president'],
]);

/**
 * "The creditors' committee, chaired by Anton Wexby,", "the Tenants Council, which is chaired by Dame Ana Ruiz": the
 * office of heading the body named before the person, and the body's side when it is one. Talks and delegations are
 * left to the rules of mediating and leading.
 */
function headedByApposition(tokens: readonly Token[], m: Mention, mentions: readonly Mention[], world: WorldKnowledge): Apposition | undefined {
  let by = m.tokenStart - 1;
  while (by > 0 && world.offices.honorifics.has(tokens[by]!.lower)) by--;
  if (tokens[by]?.lower !== 'by') return undefined;
  const verb = tokens[by - 1]?.lower === 'over' ? by - 2 : by - 1;
  const office = tokens[verb]?.lower.endsWith('ed') ? HEADING_VERBS.get(tokens[verb]!.lemma) : undefined;
  if (office === undefined) return undefined;
  let end = verb;
  while (/^(is|was|are|were|being|been|which|that)$/.test(tokens[end - 1]?.lower ?? '')) end--;
  if (tokens[end - 1]?.text === ',') end--;
  const body = mentions.find((o) => o.type === 'Party' && o.tokenEnd === end);
  let start = body?.tokenStart ?? end;
  // "the creditors' committee": without a side's name, a body named in lower case after "the".
  if (body === undefined) while (start > end - 5 && start > 0 && (/^(NOUN|ADJ|PART|PROPN)$/.test(tokens[start - 1]!.pos) || isPossessive(tokens[start - 1])) && tokens[start - 1]!.lower !== 'the') start--;
  if (tokens[start - 1]?.lower === 'the') start--;
  const head = tokens[end - 1];
  if (head === undefined || (body === undefined && (start === end || tokens[start]!.lower !== 'the' || head.pos !== 'NOUN'))) return undefined;
  // (A committee is chaired; a side's delegation or team is led, which the rule of leading reads.)
  if (TALKS_NOUNS.test(head.lemma) || (DELEGATION_NOUNS.has(head.lower) && head.lower !== 'committee') || /^(session|sessions|hearing)$/.test(head.lower)) return undefined;
  // ("The KHA's review unit, headed by X": the side that owns the body, in the possessive, is X's.)
  const owner = body === undefined ? mentions.find((o) => o.type === 'Party' && o.tokenStart >= start && o.tokenEnd < end && isPossessive(tokens[o.tokenEnd])) : undefined;
  return { end: m.tokenEnd, office: `${office} of ${spanText(tokens, start, end).replace(/^The /, 'the ')}`, party: body?.canonical ?? owner?.party ?? owner?.canonical };
}

/** People named with an office in apposition take that office and side, here and in later mentions. */
function withAppositions(tokens: readonly Token[], mentions: Mention[], world: WorldKnowledge, memory: MentionMemory): Mention[] {
  return mentions.map((m) => {
    if (m.type !== 'Person' || m.via === 'source') return m;
    const apposition = matchApposition(tokens, m.tokenEnd, world, { copula: true }) ?? headedByApposition(tokens, m, mentions, world);
    if (!apposition) return m;
    // ("initialled by the chair of the league, X, the labour minister and the club owners' delegate on Friday": after a
    // name set off by commas behind its office, an office that "and" follows, with no comma closing the phrase, is the
    // next signer of a list, not the name's; "X, the former mayor and a lawyer, signed" describes X.)
    const listed = m.via === 'office' && tokens[m.tokenStart - 1]?.text === ',' && tokens[apposition.end]?.lower === 'and' && !tokens.slice(apposition.end + 1, apposition.end + 9).some((t) => t.text === ',');
    if (listed) return m;
    const record = memory.personBySurname.get(surnameKey(m.canonical));
    if (record && record.name === m.canonical && ((!record.party && apposition.party) || !record.office)) {
      record.party ??= apposition.party;
      record.office ??= apposition.office;
      memory.version++;
    }
    // The role rule reads the apposition from the mention: it may name a side only this article's organisations tell
    // ("X, the union's chairwoman,").
    return { ...m, party: m.party ?? apposition.party, office: m.via === 'office' ? m.office : apposition.office, apposition: apposition.office };
  });
}

type Make = (
  type: Mention['type'],
  from: number,
  to: number,
  canonical: string,
  via: string,
  extra?: { party?: string | undefined; office?: string | undefined; text?: string | undefined },
) => Mention;

/** Article text of tokens [from, to), with the spaces the article has between them. */
export function spanText(tokens: readonly Token[], from: number, to: number): string {
  let text = '';
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (k > from && t.start > tokens[k - 1]!.end) text += ' ';
    text += t.text;
  }
  return text;
}

/** A known name (country, organisation, capital, city) starting at i, longest first. */
type NameMatch = { end: number; known: NonNullable<ReturnType<WorldKnowledge['names']['get']>> };

/**
 * What the matchers found at each position of a sentence (null: nothing), by token index. Every matcher asks about
 * the same positions, several times each (the name, side and office at a token), and a sentence read before a later
 * one names a person is read again: each answer is computed once per token array and world.
 */
interface PositionAnswers {
  readonly tokens: readonly Token[];
  readonly world: WorldKnowledge;
  readonly names: (NameMatch | null)[];
  readonly qualifiers: (PartySpan | null)[];
  readonly offices: (OfficeSpan | null)[];
}

const positionAnswers = new WeakMap<readonly Token[], PositionAnswers>();
/** The answers last asked for: the matchers ask about one sentence many times in a row. */
let latestAnswers: PositionAnswers | undefined;

function answersAt(tokens: readonly Token[], world: WorldKnowledge): PositionAnswers {
  if (latestAnswers?.tokens === tokens && latestAnswers.world === world) return latestAnswers;
  let answers = positionAnswers.get(tokens);
  if (answers === undefined || answers.world !== world) positionAnswers.set(tokens, (answers = { tokens, world, names: [], qualifiers: [], offices: [] }));
  latestAnswers = answers;
  return answers;
}

function lookupName(tokens: readonly Token[], i: number, world: WorldKnowledge): NameMatch | undefined {
  const { names } = answersAt(tokens, world);
  let found = names[i];
  if (found === undefined) names[i] = found = findName(tokens, i, world) ?? null;
  return found ?? undefined;
}

function findName(tokens: readonly Token[], i: number, world: WorldKnowledge): NameMatch | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  // A name starts with a capital or "the", or is a group of states written in lower case ("developing countries").
  const lowerStart = !isCapitalised(first) && first.lower !== 'the';
  // "Developing countries demanded …": a lower-case name opens a sentence with its capital.
  const openingLowerCase = i === 0 && !lowerStart && world.lowerCaseHeads.has(nameHead(first.lower));
  if (lowerStart ? !world.lowerCaseHeads.has(nameHead(first.lower)) : !world.nameHeads.has(nameHead(first.lower)) && !openingLowerCase) return undefined;
  for (let n = Math.min(world.maxNameTokens, tokens.length - i); n >= 1; n--) {
    const last = tokens[i + n - 1]!;
    // "Western nations", "the international community": a name of several words may end in a common noun; "the
    // pilots", where the article's union of pilots is named by its members, one word.
    // ("Peru and its bondholders", "a committee of their creditors": the people a side owes or employs are a side too.)
    // ("a deal with bondholders", "a committee of bondholders": after "with" or "of" too; not after an adjective, which
    // may name other people of the kind: "official creditors" beside private ones.)
    // ("Bus drivers in Wellington voted …": a noun before it says which, as "the" would.)
    // (Opening the sentence, or its text after a dateline's dash, the noun is written with a capital.)
    // ("Tarvo Hospital Trust nurses walked out …": so does the name of where they work.)
    const opensText = i === 1 || /^[—–-]$/.test(tokens[i - 2]?.text ?? '');
    const nounBefore = tokens[i - 1]?.pos === 'NOUN' || (tokens[i - 1]?.pos === 'PROPN' && (opensText ? /^\p{Lu}\p{Ll}+$/u : /^\p{Lu}/u).test(tokens[i - 1]!.text));
    const memberWord = n === 1 && lowerStart && last.pos === 'NOUN' && i > 0 && (/^(the|organised|organized|its|their|with|of)$/.test(tokens[i - 1]!.lower) || nounBefore);
    // ("Collectif Paysan de l'Ouest": a French word after an elided article ends a name too.)
    if (!isCapitalised(last) && !/^[0-9]/.test(last.text) && !ELIDED_ARTICLE.test(last.text) && (n < 2 || last.pos !== 'NOUN') && !memberWord) continue;
    const key = nameKey(spanText(tokens, i, i + n));
    if (lowerStart && !world.lowerCaseNames.has(key)) continue;
    // ("US$32", "NZ$30": a state's letters glued to a currency's sign are part of its symbol; so are they after the sign,
    // before the figure: "$US 5 million".)
    if (currencySignAfterLetters(tokens, i + n)) continue;
    if (/^[$€£¥]$/.test(tokens[i - 1]?.text ?? '') && glued(tokens, i - 1, i) && tokens[i + n]?.pos === 'NUM') continue;
    const known = world.names.get(key);
    if (!known) continue;
    // Two-letter acronyms must be written in capitals: "US" is the state, "us" the pronoun.
    if (n === 1 && first.text.length <= 3 && first.text !== first.text.toUpperCase()) continue;
    // "Carla Montenegro-Vidal", "Ana Vidal-Montenegro": a name joined by a hyphen to a word no name starts with, after a
    // first name, is part of a person's surname ("Chile-Peru talks", "Sino-US trade" stay names).
    if (inSurname(tokens, i, i + n, world)) return undefined;
    // "the United States Harbour Alliance": a longer name after "the" than the one with it ("the United States").
    const after = first.lower === 'the' ? findName(tokens, i + 1, world) : undefined;
    return after !== undefined && after.end > i + n ? after : { end: i + n, known };
  }
  return undefined;
}

/** Whether the name from i to end is joined by a hyphen to a capitalised word that starts no name, after a first name. */
function inSurname(tokens: readonly Token[], i: number, end: number, world: WorldKnowledge): boolean {
  const unknownWord = (k: number): boolean => isCapitalised(tokens[k]) && isWordToken(tokens[k]!) && !world.nameHeads.has(nameHead(tokens[k]!.lower));
  const afterFirstName = (k: number): boolean => k > 0 && isCapitalised(tokens[k - 1]) && isWordToken(tokens[k - 1]!) && tokens[k - 1]!.pos === 'PROPN';
  return (joiningHyphen(tokens, end) && unknownWord(end + 1) && afterFirstName(i)) || (joiningHyphen(tokens, i - 1) && unknownWord(i - 2) && afterFirstName(i - 2));
}

/** "Ukrainian", "Russia's", "U.S.", "Tehran's": a word that ties what follows to a party. */
function matchPartyQualifier(tokens: readonly Token[], i: number, world: WorldKnowledge): PartySpan | undefined {
  const { qualifiers } = answersAt(tokens, world);
  let found = qualifiers[i];
  if (found === undefined) qualifiers[i] = found = findPartyQualifier(tokens, i, world) ?? null;
  return found ?? undefined;
}

function findPartyQualifier(tokens: readonly Token[], i: number, world: WorldKnowledge): PartySpan | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const demonym = world.demonyms.get(t.lower);
  // "Greek Cypriot", "Bosnian Serb": two demonyms name a community, a side of its own.
  const next = tokens[i + 1];
  if (demonym && isCapitalised(t) && next && isCapitalised(next) && world.demonyms.has(next.lower)) return { end: i + 2, party: `${t.text} ${next.text}` };
  if (demonym && isCapitalised(t)) return { end: i + 1, party: demonym };
  // ("Health Minister X" beside the firm "Kestrel Health": a portfolio that opens an office is no side's short name.)
  if (world.offices.ministries.has(t.lower) && (matchOffice(tokens, i, world)?.end ?? i) > i + 1) return undefined;
  // "union president X", "company spokesman Y": the kind word of the article's only organisation of that kind, in
  // lower case, before an office.
  // "the airline's chief executive X": the kind word in the possessive.
  // ("Community president X" opening a sentence: the kind word takes the sentence's capital.)
  const lowerCase = !isCapitalised(t) || (i === 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text));
  const possessiveKind = lowerCase && isPossessive(tokens[i + 1]) && matchOffice(tokens, i + 2, world) !== undefined;
  if (lowerCase && (t.pos === 'NOUN' || t.pos === 'PROPN') && (matchOffice(tokens, i + 1, world) !== undefined || possessiveKind)) {
    const known = world.names.get(nameKey(t.text));
    if (known?.kind === 'party' && !world.states.has(known.party)) return { end: possessiveKind ? i + 2 : i + 1, party: known.party };
  }
  const name = lookupName(tokens, i, world);
  // "Ontario Labour Minister X", "Texas Labor Secretary Y": a region of a state before an office is the region's
  // government, a side of its own in what it negotiates.
  if (name && name.known.kind === 'place' && world.regionNames.has(name.known.place) && isCapitalised(t) && matchOffice(tokens, name.end, world) !== undefined) return { end: name.end, party: `${spanText(tokens, i, name.end)} government` };
  if (name && name.known.kind !== 'place') {
    const party = name.known.party;
    if (isPossessive(tokens[name.end])) return { end: name.end + 1, party };
    // "HWU District 12 President X": an organisation's local branch.
    const branchEnd = world.states.has(party) ? undefined : localBranchEnd(tokens, name.end);
    return { end: branchEnd ?? name.end, party };
  }
  return undefined;
}

/**
 * "HWU 12", "Dockers Local 600", "District 12": the number of a union's local branch after its name, which names an
 * organisation. The index after the branch's number, or undefined.
 */
export function localBranchEnd(tokens: readonly Token[], k: number): number | undefined {
  const branch = /^(district|local|lodge|chapter|branch)$/.test(tokens[k]?.lower ?? '') && isCapitalised(tokens[k]) ? k + 1 : k;
  return tokens[branch]?.pos === 'NUM' && /^\d+$/.test(tokens[branch]!.text) ? branch + 1 : undefined;
}

/** "Defense Minister", "presidential aide", "Minister of Defense", "lead negotiator", "Presidents". */
export function matchOffice(tokens: readonly Token[], i: number, world: WorldKnowledge): OfficeSpan | undefined {
  const { offices } = answersAt(tokens, world);
  let found = offices[i];
  if (found === undefined) offices[i] = found = findOffice(tokens, i, world) ?? null;
  return found ?? undefined;
}

function findOffice(tokens: readonly Token[], i: number, world: WorldKnowledge): OfficeSpan | undefined {
  const { heads, modifiers, ministries } = world.offices;
  let k = i;
  // ("European Affairs Minister", "Enlargement Commissioner": a portfolio, of one word or two, qualifies an office.)
  while (k < tokens.length && k - i < 4) {
    const two = tokens[k + 1] === undefined ? undefined : `${tokens[k]!.lower} ${tokens[k + 1]!.lower}`;
    if (two !== undefined && (modifiers.has(two) || ministries.has(two))) k += 2;
    else if (modifiers.has(tokens[k]!.lower) || ministries.has(tokens[k]!.lower)) k++;
    else break;
  }
  let best: (OfficeSpan & { plural: boolean }) | undefined;
  // The longest office wins: "Deputy Foreign Minister" over "Deputy".
  for (let start = i; start <= k; start++) {
    if (!world.offices.headFirstWords.has(tokens[start]?.lower ?? '')) continue;
    for (let n = Math.min(world.offices.maxTokens, tokens.length - start); n >= 1; n--) {
      // "Secretary-General" is three tokens; the lexicon writes it with its hyphen.
      let phrase = tokens.slice(start, start + n).map((t) => t.lower).join(' ').replace(/ - /g, '-');
      // ("joint general secretaries X and Y": a plural in -ies of an office in -y.)
      const singular = phrase.endsWith('ies') ? `${phrase.slice(0, -3)}y` : phrase.slice(0, -1);
      const plural = !heads.has(phrase) && phrase.endsWith('s') && heads.has(singular);
      if (plural) phrase = singular;
      if (!heads.has(phrase)) continue;
      let end = start + n;
      // "Minister of Defense", "Secretary of State", "Minister for Agriculture", and a list of portfolios: "Minister of
      // Economy, Trade and Industry".
      if (tokens[end]?.lower === 'of' || tokens[end]?.lower === 'for') {
        let at = tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
        for (;;) {
          const ministry = tokens[at]?.lower;
          const two = ministry && tokens[at + 1] ? `${ministry} ${tokens[at + 1]!.lower}` : undefined;
          const next = two && ministries.has(two) ? at + 2 : ministry && ministries.has(ministry) ? at + 1 : undefined;
          // ("chief of the state-run port": a portfolio's word that opens a compound is none.)
          if (next === undefined || tokens[next]?.text === '-') break;
          end = next;
          // ("Minister for Trade Negotiations X": a noun that closes the portfolio.)
          while (isCapitalised(tokens[end]) && world.offices.portfolioTails.has(tokens[end]!.lower)) end++;
          // ", Trade and Industry": the list goes on past a comma or "and" before another portfolio.
          const joiner = tokens[end]?.text === ',' ? (tokens[end + 1]?.lower === 'and' ? end + 2 : end + 1) : tokens[end]?.lower === 'and' ? end + 1 : undefined;
          if (joiner === undefined) break;
          // "Minister of Mines, Energy and the Environment".
          at = tokens[joiner]?.lower === 'the' && isCapitalised(tokens[joiner + 1]) ? joiner + 1 : joiner;
        }
        // "Minister of Fisheries and Coastal Affairs, Ana …": capitalised words of a portfolio no list knows, up to
        // the comma before the holder's name.
        if (isCapitalised(tokens[start]) && /\b(minister|secretary)\b/.test(phrase)) {
          let k = end > start + n ? end : at;
          while (k < end + 6 && (isCapitalised(tokens[k]) || (/^(and|of|the)$/.test(tokens[k]?.lower ?? '') && isCapitalised(tokens[k + 1]))) && isWordToken(tokens[k])) k++;
          if (k > end && tokens[k]?.text === ',' && tokens.slice(end, k).some((t) => t.lower === 'and' || ministries.has(t.lower))) end = k;
        }
      }
      if (!best || end > best.end) best = { end, office: officeLabel(tokens, i, end, plural, world), plural };
      break;
    }
  }
  return best;
}

/** "Kelle Watch chief", "Tarvo Guard director": an office in an agency the lexicon does not know, named in one or two capitalised words before a lower-case office. */
function agencyOffice(tokens: readonly Token[], i: number, world: WorldKnowledge): OfficeSpan | undefined {
  for (let n = 1; n <= 2; n++) {
    // The agency's words so far were checked at the smaller n; only the newest is asked.
    const word = tokens[i + n - 1];
    if (!word || !isCapitalised(word) || !isWordToken(word) || NOT_NAME_WORDS.has(word.lower)) return undefined;
    const head = tokens[i + n];
    if (!head || isCapitalised(head)) continue;
    const office = matchOffice(tokens, i + n, world);
    if (office && !office.plural) return { ...office, office: officeLabel(tokens, i, office.end, false, world) };
  }
  return undefined;
}

/** Office label as written, without "former"-style time modifiers kept out of the role name, singular. */
function officeLabel(tokens: readonly Token[], from: number, to: number, plural: boolean, world: WorldKnowledge): string {
  let text = spanText(tokens, from, to);
  if (plural) text = text.replace(/s$/u, '');
  // "State Sen." is a State Senator.
  const { abbreviations } = world.offices;
  const words = text.split(' ');
  const out: string[] = [];
  for (let n = 0; n < words.length; n++) {
    const pair = n + 1 < words.length ? abbreviations.get(`${words[n]} ${words[n + 1]}`.toLowerCase()) : undefined;
    if (pair !== undefined) {
      out.push(pair);
      n++;
    } else out.push(abbreviations.get(words[n]!.toLowerCase()) ?? words[n]!);
  }
  return out.join(' ');
}

/** True when a state, organisation or capital starts at k: a city name may be a first name ("Florence"), a state's may not. */
function isStateName(tokens: readonly Token[], k: number, world: WorldKnowledge): boolean {
  const name = lookupName(tokens, k, world);
  return name !== undefined && name.known.kind !== 'place';
}

/** A run of capitalised name tokens starting at i (a person's name), or undefined. Hyphens join parts ("Takht-Ravanchi", "al-Burhan"). */
function matchNameRun(tokens: readonly Token[], i: number, world: WorldKnowledge, afterOffice = false): number | undefined {
  // "Lord Marlow": a title of rank is no part of the name.
  if (world.offices.honorifics.has(tokens[i]?.lower ?? '')) return undefined;
  // ("Directors General of Coastal Patrols": an office's word with no name after it names no one.)
  const office = afterOffice ? matchOffice(tokens, i, world) : undefined;
  if (office !== undefined && !isCapitalised(tokens[office.end])) return undefined;
  // ("in Downtown Denver": a town's quarter before a name the world knows is no first name.)
  if (CITY_QUARTERS.test(tokens[i]?.lower ?? '') && lookupName(tokens, i + 1, world) !== undefined) return undefined;
  let k = i;
  // (Six words of a name at most; its particles and hyphens count for none: "Tariq bin Khalid bin Saad Al-Tarvi".)
  let words = 0;
  while (k < tokens.length && words < 6 && k - i < 12) {
    const t = tokens[k]!;
    // ("Varden Health Minister Tom Vale": an office's first word ends the run before it, which names the office's state.)
    if (k > i && matchOffice(tokens, k, world) !== undefined) break;
    // "President Tom Vale Dec. 12 at his resort": a month before a day's number ends the name ("Ana May" goes on).
    if (k > i && lexicon().timeWords.has(t.lower) && tokens[k + 1]?.pos === 'NUM') break;
    // "Vice Premier He Tarvan": after an office, a capitalised "He" before another name part is a surname, not the pronoun.
    const surnameHe = afterOffice && k === i && t.text === 'He' && isCapitalised(tokens[k + 1]) && isWordToken(tokens[k + 1]!) && !NOT_NAME_WORDS.has(tokens[k + 1]!.lower);
    // ("Prime Minister Ana May said", "Tom Lake said": a word of places that is also a surname, after a given name,
    // ends a person's name after an office or before a verb of saying.)
    const surnameWord = k > i && isCapitalised(t) && SURNAME_WORDS.has(t.lower) && !isCapitalised(tokens[k + 1]) && (afterOffice || isReportingVerb(tokens[k + 1]));
    if (surnameHe || surnameWord || (isCapitalised(t) && isWordToken(t) && !NOT_NAME_WORDS.has(t.lower) && !world.demonyms.has(t.lower) && !isStateName(tokens, k, world))) {
      k++;
      words++;
      continue;
    }
    // "van der Berg", "bin Rashid": one or two particles before the next part of the name.
    const particles = NAME_PARTICLES.has(t.lower) ? (NAME_PARTICLES.has(tokens[k + 1]?.lower ?? '') ? 2 : 1) : 0;
    if (k > i && particles > 0 && isCapitalised(tokens[k + particles])) {
      k += particles;
      continue;
    }
    // "Defense Minister Jordan Adler": after an office, a state's name followed by a surname is a first name.
    // "Presidents A and Estonia Prime Minister B": an office after the state names the state's office holder instead.
    if (afterOffice && k === i && isStateName(tokens, k, world) && isCapitalised(t) && isWordToken(t) && isCapitalised(tokens[k + 1]) && isWordToken(tokens[k + 1]) && !isStateName(tokens, k + 1, world) && !NOT_NAME_WORDS.has(tokens[k + 1]!.lower) && !matchOffice(tokens, k + 1, world)) {
      k++;
      continue;
    }
    // "al-Tarvi": a lower-case particle glued to the next part by a hyphen, which is the name's, though a side bears it
    // too ("Salem Nasser al-Tarvi" beside the Tarvi movement).
    if (k > i && NAME_PARTICLES.has(t.lower) && glued(tokens, k, k + 1) && tokens[k + 1]?.text === '-' && glued(tokens, k + 1, k + 2) && isCapitalised(tokens[k + 2]) && isWordToken(tokens[k + 2])) {
      k += 3;
      words++;
      continue;
    }
    // "Takht-Ravanchi": a hyphen with no space on either side, between two name parts.
    if (k > i && joiningHyphen(tokens, k) && isCapitalised(tokens[k + 1]) && isWordToken(tokens[k + 1])) {
      k++;
      continue;
    }
    // "Baek Jun-ho", "Han Sung-min": a Korean given name's second syllable in lower case, glued by a hyphen to a name
    // part that follows another.
    if (k > i + 1 && joiningHyphen(tokens, k) && KOREAN_SYLLABLE.test(tokens[k + 1]?.text ?? '') && !(glued(tokens, k + 1, k + 2) && isWordToken(tokens[k + 2]))) {
      k += 2;
      break;
    }
    // ("Seung-woo Baek": so is a given name written first, before the surname.)
    if (k === i + 1 && joiningHyphen(tokens, k) && KOREAN_SYLLABLE.test(tokens[k + 1]?.text ?? '') && !glued(tokens, k + 1, k + 2) && isCapitalised(tokens[k + 2]) && isWordToken(tokens[k + 2])) {
      k += 2;
      continue;
    }
    break;
  }
  while (k > i && (tokens[k - 1]!.text === '-' || NAME_PARTICLES.has(tokens[k - 1]!.lower))) k--;
  return k > i ? k : undefined;
}

/** A syllable of a Korean name as it is romanised ("jae", "hyun", "seok"), not an English word such as "led" or "era". */
const KOREAN_SYLLABLE = /^(?:[bcdghjklmnprstwy]|ch|gw|hw|kk|kw|ss|tt|jj|pp)?(?:a|ae|e|eo|eu|i|o|oe|u|ui|wa|wae|we|wi|ya|yae|ye|yeo|yo|yu|oo|ee)(?:n|ng|k|l|m|p|t)?$/;

/**
 * "DELACOURT: We accepted …", "DEPUTY MINISTER BAEK JUN-HO: …": the index of the colon after the speaker's label in
 * capitals that opens a transcript's line, or -1.
 */
export function speakerLabelEnd(tokens: readonly Token[]): number {
  // ("QUESTION (Ana Ruiz, Arica Post):": who asks, in brackets after the label.)
  // (Only the first words can be a label: the search stops there, as it runs for most sentences.)
  const colon = tokens.slice(0, 17).findIndex((t) => t.text === ':');
  const open = tokens[colon - 1]?.text === ')' ? tokens.findIndex((t) => t.text === '(') : -1;
  const label = open >= 1 && open < colon ? open : colon <= 8 ? colon : -1;
  return label >= 1 && tokens.slice(0, label).every((t) => t.text === t.text.toUpperCase() && (/\p{Lu}/u.test(t.text) || t.text === '-')) ? colon : -1;
}

/** The words that label a question in a transcript or an interview: "REPORTER:", "Q (Arica Post):". */
const ASKER_LABELS = /^(reporter|reporters|question|q|journalist|interviewer|host|moderator|audience|press)$/;

/** The colon ending a transcript's label of a question ("REPORTER (Harbour Post):"), or -1. */
export function askerLabelEnd(tokens: readonly Token[]): number {
  const colon = speakerLabelEnd(tokens);
  return colon >= 0 && ASKER_LABELS.test(tokens[0]!.lower) ? colon : -1;
}

/** True when tokens a and b are written with no space between them. */
export function glued(tokens: readonly Token[], a: number, b: number): boolean {
  const x = tokens[a];
  const y = tokens[b];
  return x !== undefined && y !== undefined && x.end === y.start;
}

/** Whether token k is a currency's sign glued to the letters before it ("US$32", "NZ$30"), which are part of the symbol. */
export function currencySignAfterLetters(tokens: readonly Token[], k: number): boolean {
  return /^[$€£¥]$/.test(tokens[k]?.text ?? '') && glued(tokens, k - 1, k);
}

/** Whether token k is a hyphen written inside a word, with no space on either side ("Port-Varden"). */
export function joiningHyphen(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.text === '-' && glued(tokens, k - 1, k) && glued(tokens, k, k + 1);
}

function remember(memory: MentionMemory, written: string, party: string | undefined, office: string | undefined): PersonRecord {
  // "SALLY KINCAID:" as a transcript labels a speaker is the person other lines write "Sally Kincaid".
  // ("VERHAGEN-MOLINA:" too, a double surname.)
  const name = written === written.toUpperCase() && /\p{Lu}{2}[\s-]+\p{Lu}{2}/u.test(written) ? written.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()) : written;
  const parts = name.split(/\s+/);
  const surname = surnameKey(name);
  // ("BAEK JUN-HO" as a label writes "Baek Jun-ho".)
  const same = (record: PersonRecord): boolean => record.name.toLowerCase() === name.toLowerCase() || (record.name.endsWith(` ${parts[parts.length - 1]}`) && !conflictingFirstNames(record.name, name));
  const current = memory.personBySurname.get(surname);
  const namesakes = memory.namesakes.get(surname) ?? [];
  const known = current && same(current) ? current : (namesakes.find((record) => record.name.toLowerCase() === name.toLowerCase()) ?? namesakes.findLast(same));
  if (known) {
    // The surname alone is the namesake named last.
    memory.personBySurname.set(surname, known);
    if ((!known.party && party) || (!known.office && office)) memory.version++;
    known.party ??= party;
    known.office ??= office;
    return known;
  }
  const record: PersonRecord = { name, party, office };
  memory.personBySurname.set(surname, record);
  appendTo(memory.namesakes, surname, record);
  // "Marta Velarde Ochoa" is "Velarde" next: of a name of three words or more, the word before the last may be
  // the surname news uses alone (the first of two surnames), unless it names someone else already.
  const before = parts.at(-2) ?? '';
  if (parts.length >= 3 && /^\p{Lu}\p{Ll}{3,}$/u.test(before) && !memory.personBySurname.has(before.toLowerCase())) memory.personBySurname.set(before.toLowerCase(), record);
  memory.version++;
  return record;
}

/** The key a person is remembered by: the last word of the name, lower-cased, without an article particle ("al-Tarvi" → "tarvi"). */
function surnameKey(name: string): string {
  const parts = name.toLowerCase().split(/\s+/);
  // "Baek Jun-ho": a Korean name puts the family name first, before a given name of two syllables ("Ana Berg-Lim" ends
  // in a double surname).
  const given = /^(\p{Ll}+)-(\p{Ll}+)$/u.exec(parts[parts.length - 1]!);
  if (parts.length === 2 && given && KOREAN_SYLLABLE.test(given[1]!) && KOREAN_SYLLABLE.test(given[2]!)) return parts[0]!;
  return parts[parts.length - 1]!.replace(/^(?:al|el|ad|ash|as|at|an|ar|az)-/, '');
}

/** "a Chilean diplomatic source", "senior Bolivian official", "a source in Tehran": anonymous sources of a side. */
function matchSource(tokens: readonly Token[], i: number, world: WorldKnowledge, make: Make): number | undefined {
  let k = i;
  let party: string | undefined;
  while (k < tokens.length && k - i < 5) {
    const t = tokens[k]!;
    if (SOURCE_MODIFIERS.has(t.lower)) {
      k++;
      continue;
    }
    const demonym = world.demonyms.get(t.lower);
    if (demonym && isCapitalised(t) && !party) {
      party = demonym;
      k++;
      continue;
    }
    break;
  }
  const noun = tokens[k];
  if (!noun || !SOURCE_NOUNS.has(noun.lower)) return undefined;
  let end = k + 1;
  if (!party && (tokens[end]?.lower === 'in' || tokens[end]?.lower === 'from')) {
    const place = lookupName(tokens, end + 1, world);
    if (place && place.known.kind !== 'place') {
      party = place.known.party;
      end = place.end;
    }
  }
  if (!party) return undefined;
  const from = tokens[i]!.lower === 'a' || tokens[i]!.lower === 'an' || tokens[i]!.lower === 'the' ? i + 1 : i;
  const demonym = world.demonymOf.get(party) ?? party;
  make('Person', from, end, `${demonym} sources`, 'source', { party });
  return end;
}

/** "the Chilean delegation", "Santiago's delegation", "Bolivia's negotiating team", "delegation from Quito", "Armenian and Azerbaijani delegations". */
function matchDelegation(tokens: readonly Token[], i: number, world: WorldKnowledge, make: Make): number | undefined {
  const t = tokens[i]!;
  // "delegation(s) from X", "the delegation of the X"
  if ((t.lower === 'delegation' || t.lower === 'delegations') && (tokens[i + 1]?.lower === 'from' || tokens[i + 1]?.lower === 'of')) {
    const name = lookupName(tokens, tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2, world);
    if (name && name.known.kind !== 'place') {
      const party = name.known.party;
      make('Delegation', i, name.end, delegationLabel(world, party), 'delegation', { party });
      return name.end;
    }
    return undefined;
  }
  const first = matchPartyQualifier(tokens, i, world);
  if (!first) return undefined;
  let k = first.end;
  const parties = [first.party];
  // "Armenian and Azerbaijani delegations"
  if (tokens[k]?.lower === 'and') {
    const second = matchPartyQualifier(tokens, k + 1, world);
    if (second) {
      parties.push(second.party);
      k = second.end;
    }
  }
  // "Greek Cypriot and Turkish Cypriot leaders failed to agree": the leaders of two sides named together stand for them.
  if (parties.length > 1 && /^(leaders|governments)$/.test(tokens[k]?.lower ?? '')) {
    for (const party of parties) make('Party', i, k + 1, party, 'qualifier', { party });
    return k + 1;
  }
  if (/^(negotiating|bargaining|peace)$/.test(tokens[k]?.lower ?? '') || (tokens[k]?.lower === 'government' && /^(delegation|team|negotiators)$/.test(tokens[k + 1]?.lower ?? ''))) k++;
  const noun = tokens[k];
  if (!noun || !DELEGATION_NOUNS.has(noun.lower) || noun.lower === 'negotiating') return undefined;
  // "the Iranian party" is a delegation only when it is not a political party's name ("Iranian Party of ...").
  if ((noun.lower === 'party' || noun.lower === 'part') && isCapitalised(noun)) return undefined;
  // "the KPV party", "the Civic Union party": after an organisation's name, "party" says what it is.
  if (noun.lower === 'party' && !world.demonyms.has(tokens[i]!.lower)) return undefined;
  const end = k + 1;
  for (const party of parties) {
    const label = delegationLabel(world, party, noun.lower.endsWith('s') && noun.lower !== 'negotiators' ? 'delegation' : teamNoun(tokens, end));
    // "Armenian and Azerbaijani delegations" names each delegation by its own label.
    make('Delegation', i, end, label, 'delegation', { party, text: parties.length > 1 ? label : undefined });
  }
  return end;
}

/**
 * Label of a party's delegation, by the noun the article gives its team: "Chilean delegation", "NATO delegation",
 * "Kestrel negotiating panel", "Chilean negotiators" (see teamNoun).
 */
export function delegationLabel(world: WorldKnowledge, party: string, noun = 'delegation'): string {
  return `${world.demonymOf.get(party) ?? party} ${noun}`;
}

/** The nouns a delegation's label may end in, longest first: what {@link teamNoun} returns. */
export const TEAM_LABEL_NOUN = /^(.+?) ((?:bargaining|negotiating) (?:team|committee|panel)|delegation|negotiators|team|committee|panel)$/u;

/**
 * The noun of a side's team whose words end before token `end`: "negotiating panel", "bargaining panel",
 * "negotiators", "team"; "delegation" for any other ("side", "representatives", "delegates").
 */
export function teamNoun(tokens: readonly Token[], end: number): string {
  const head = tokens[end - 1]?.lower ?? '';
  if (head === 'negotiators' || head === 'delegation') return head;
  if (!/^(team|committee|panel)$/.test(head)) return 'delegation';
  const kind = tokens[end - 2]?.lower ?? '';
  return /^(bargaining|negotiating)$/.test(kind) ? `${kind} ${head}` : head;
}

/** Words that may stand between a region's name and its government: "the Ohio state government". */
const REGIONAL_GOVERNMENT_QUALIFIERS = /^(provincial|state|regional|territorial|cantonal)$/;

/**
 * "the Alberta government", "Ontario's provincial government", "the Government of Queensland": the government of a
 * region of a state (a province, a state of a federation), a side of its own where it employs nurses or teachers or
 * licenses a mine. Named as its region, as news names it when it acts ("Alberta offered …").
 */
function matchRegionalGovernment(tokens: readonly Token[], i: number, world: WorldKnowledge, make: Make): number | undefined {
  const regionAt = (k: number): { end: number; region: string } | undefined => {
    const name = isCapitalised(tokens[k]) ? lookupName(tokens, k, world) : undefined;
    return name?.known.kind === 'place' && world.regionNames.has(name.known.place) ? { end: name.end, region: name.known.place } : undefined;
  };
  if (tokens[i]!.lower === 'government' && tokens[i + 1]?.lower === 'of') {
    const named = regionAt(i + 2);
    if (named === undefined) return undefined;
    make('Party', i, named.end, named.region, 'government', { party: named.region });
    return named.end;
  }
  const named = regionAt(i);
  if (named === undefined) return undefined;
  let at = isPossessive(tokens[named.end]) ? named.end + 1 : named.end;
  if (REGIONAL_GOVERNMENT_QUALIFIERS.test(tokens[at]?.lower ?? '')) at++;
  if (!/^(government|administration)$/.test(tokens[at]?.lower ?? '')) return undefined;
  make('Party', i, at + 1, named.region, 'government', { party: named.region });
  return at + 1;
}

/** "the Russian government", "Ukrainian authorities", "the British" acting: the party itself. */
function matchGovernment(tokens: readonly Token[], i: number, world: WorldKnowledge, make: Make): number | undefined {
  const t = tokens[i]!;
  const demonym = isCapitalised(t) ? world.demonyms.get(t.lower) : undefined;
  // "Ethiopia's government", "the Front's leadership": the owner in the possessive, when the noun heads its phrase
  // ("Russia's state media" is no government).
  const owner = demonym === undefined ? matchPartyQualifier(tokens, i, world) : undefined;
  const possessive = owner !== undefined && isPossessive(tokens[owner.end - 1]);
  const party = demonym ?? (possessive ? owner.party : undefined);
  if (party === undefined) return undefined;
  // "The French refused a five-year term", "the Chileans objected": a people, as the text makes it act, is its state.
  // ("The Greek shipping company": an "-ing" word before a noun qualifies it.)
  const qualifier = /ing$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.pos === 'NOUN';
  if (demonym !== undefined && tokens[i - 1]?.lower === 'the' && /^(VERB|AUX)$/.test(tokens[i + 1]?.pos ?? '') && !qualifier) {
    make('Party', i, i + 1, party, 'government', { party });
    return i + 1;
  }
  let at = possessive ? owner!.end : i + 1;
  // "Peru's military government", "Colombia's leftist government" (the tagger may read "military" as a noun there).
  const qualifies = (t: Token | undefined): boolean => t !== undefined && t.text === t.lower && (t.pos === 'ADJ' || (t.lower === 'military' && GOVERNMENT_NOUNS.has(tokens[at + 1]?.lower ?? '')));
  while (possessive && qualifies(tokens[at]) && at < owner!.end + 2) at++;
  const noun = tokens[at];
  // "Kestrel's board", "the union's leadership": what governs an organisation speaks for it.
  const governing = possessive && !world.states.has(party) && /^(board|management)$/.test(noun?.lower ?? '');
  // ("Brazilian mediators proposed …": a state's go-betweens, named by their demonym, speak for it.)
  const goBetweens = demonym !== undefined && /^(mediators|facilitators)$/.test(noun?.lower ?? '');
  // ("Chad's army and the Tarvo Front signed …": a state's forces at the table are the state.)
  const forces = possessive && world.states.has(party) && /^(army|military)$/.test(noun?.lower ?? '');
  if (!noun || (!GOVERNMENT_NOUNS.has(noun.lower) && !governing && !goBetweens && !forces)) return undefined;
  if (possessive && /^(NOUN|PROPN)$/.test(tokens[at + 1]?.pos ?? '')) return undefined;
  // "Sudanese army chief X" names an office holder, not the state.
  const office = matchOffice(tokens, at, world);
  if (office && office.end > at + 1) return undefined;
  const end = /^(ministry|department)$/.test(noun.lower) ? portfolioEnd(tokens, at + 1, world) : at + 1;
  make('Party', i, end, party, 'government', { party });
  return end;
}

/**
 * After a ministry's noun at k - 1, the end of its portfolio and of the state it belongs to: "of Health", "of Energy and
 * Mines", "of Health of Peru". k when no capitalised words follow "of".
 */
export function portfolioEnd(tokens: readonly Token[], k: number, world: WorldKnowledge): number {
  if (tokens[k]?.lower !== 'of' || !isCapitalised(tokens[k + 1]) || world.names.has(nameKey(tokens[k + 1]!.text))) return k;
  let end = k + 2;
  while (isCapitalised(tokens[end]) || (/^(and|&)$/.test(tokens[end]?.lower ?? '') && isCapitalised(tokens[end + 1]))) end++;
  // ("of Health of Peru": the state the ministry is of.)
  if (tokens[end]?.lower === 'of' && world.states.has(world.names.get(nameKey(tokens[end + 1]?.text ?? ''))?.party ?? '')) end += 2;
  return end;
}

/** A lower-case word of a description ("political", "fighter-turned-dealmaker"), or a hyphen inside one. */
function isLowerCaseWord(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.text === '-') return true;
  return t.text === t.lower && /^\p{L}/u.test(t.text) && /^(NOUN|ADJ|VERB)$/.test(t.pos) && !/(ed|ing)$/.test(t.lower);
}

/** "[Chilean] Foreign Minister[,] Tomas Vale", "U.S. Treasury Secretary Ana Lind", "Presidents A and B". */
function matchOfficeHolder(
  tokens: readonly Token[],
  i: number,
  world: WorldKnowledge,
  memory: MentionMemory,
  heading: boolean,
  make: Make,
): number | undefined {
  const ofSide = officeOfSide(tokens, tokens[i]!.lower === 'the' ? i + 1 : i, world);
  if (ofSide) {
    const { office, side, name } = ofSide;
    const holder = spanText(tokens, name[0], name[1]);
    make('Party', side[0], side[1], side[2], 'gazetteer', { party: side[2] });
    const record = remember(memory, holder, side[2], office);
    make('Person', name[0], name[1], record.name, 'office', { party: side[2], office });
    return name[1];
  }
  // "Acting Chilean Minister of Labour X", "Former Peruvian President Y": a word of tenure before the side.
  const tenure = /^(acting|former|interim|outgoing|incoming)$/.test(tokens[i]!.lower) && isCapitalised(tokens[i]) ? 1 : 0;
  const qualifier = matchPartyQualifier(tokens, i + tenure, world);
  let officeStart = qualifier ? qualifier.end : i;
  // "HWU District 12 President X": a branch of the side, named between it and the office.
  if (qualifier && !matchOffice(tokens, officeStart, world)) {
    let k = officeStart;
    while (k < officeStart + 3 && (isCapitalised(tokens[k]) || /^\d+$/.test(tokens[k]?.text ?? '')) && !matchOffice(tokens, k, world)) k++;
    if (k > officeStart && matchOffice(tokens, k, world)) officeStart = k;
  }
  if (tokens[officeStart]?.lower === 'the') return undefined;
  // "Tarvo Front political chief X", "Tarvo Front fighter-turned-envoy X": lower-case words between the side and the office,
  // or a description in their place, before a full name.
  let described: number | undefined;
  // Where lower-case words of the office's field begin ("Tarvo Front political chief X"), when the office comes after them.
  let field: number | undefined;
  // ("party leader X": a party's office, of a party the words do not name, is no office of a state.)
  if (qualifier === undefined && tokens[officeStart]?.text === 'party' && matchOffice(tokens, officeStart + 1, world)) {
    field = officeStart;
    officeStart += 1;
  }
  if (qualifier && isLowerCaseWord(tokens[officeStart]) && tokens[officeStart]!.text !== '-' && !matchOffice(tokens, officeStart, world)) {
    let k = officeStart;
    // ("EU trade and fisheries chief X": the words may be joined by "and".)
    while (k < officeStart + 6 && (isLowerCaseWord(tokens[k]) || (tokens[k - 1]?.text === '-' && glued(tokens, k - 1, k) && tokens[k]!.text === tokens[k]!.lower) || (tokens[k]?.lower === 'and' && k > officeStart && isLowerCaseWord(tokens[k + 1]))) && !matchOffice(tokens, k, world)) k++;
    if (k > officeStart && matchOffice(tokens, k, world)) {
      field = officeStart;
      officeStart = k;
    } else if (k > officeStart && !/^(for|of|to|with|in|on|at|from|by|-)$/.test(tokens[tokens[i - 1]?.lower === 'the' ? i - 2 : i - 1]?.lower ?? '')) {
      // A full name, or one word after a title of rank ("his Maltese counterpart Baroness Marlow").
      const titled = world.offices.honorifics.has(tokens[k]?.lower ?? '') ? 1 : 0;
      const nameEnd = matchNameRun(tokens, k + titled, world, true) ?? k;
      // "Canadian miner Kestrel Gold": a known organisation is no person.
      if (nameEnd >= k + 2 && !world.names.has(nameKey(spanText(tokens, k + titled, nameEnd)))) described = k;
    }
  }
  const found =
    described === undefined
      ? (matchOffice(tokens, officeStart, world) ??
        (qualifier ? memberOf(tokens, officeStart) : (agencyOffice(tokens, officeStart, world) ?? occupationBeforeName(tokens, officeStart, world))))
      : { end: described, office: counterpartOffice(tokens, i, described, memory) };
  if (!found) return undefined;
  // ("Kestrel chairman and chief executive X": two offices joined by "and" are both the holder's.)
  const second = described === undefined && tokens[found.end]?.lower === 'and' ? matchOffice(tokens, found.end + 1, world) : undefined;
  const joined = second === undefined ? found : { end: second.end, office: `${found.office} and ${second.office}` };
  const matched = field === undefined ? joined : { ...joined, office: spanText(tokens, field, joined.end) };
  // "Minister of External Relations, X", "regional manager for the Western Cape, Y", "Principal Secretary for Medical
  // Services Dr. Z": what the office is of, up to the comma or the title before the name.
  const tail = described === undefined && matched.office !== undefined ? officeTail(tokens, matched.end, world) : undefined;
  const office = tail === undefined ? matched : { end: tail, office: `${matched.office} ${spanText(tokens, matched.end, tail)}` };
  let k = office.end;
  // "Its chief negotiator will be X", "the union's chair is Y": an office a possessive gives, named by a copula.
  const copula = /^(is|was)$/.test(tokens[k]?.lower ?? '') ? 1 : /^(will|would)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'be' ? 2 : 0;
  if (copula > 0 && (/^(its|their|his|her|our)$/.test(tokens[officeStart - 1]?.lower ?? '') || isPossessive(tokens[officeStart - 1]))) k += copula;
  else if (tokens[k]?.text === ',') {
    k++;
    // "Russia's chief negotiator, Deputy Foreign Minister X": a second office in apposition before the name, which a
    // demonym may open ("the bloc's chief negotiator, Uruguayan vice-minister X").
    const qualified = matchPartyQualifier(tokens, k, world)?.end;
    const second = matchOffice(tokens, k, world) ?? (qualified === undefined ? undefined : matchOffice(tokens, qualified, world));
    k = second?.end ?? k;
  } else if (isCapitalised(tokens[k])) {
    // ("Junta spokesperson Major General X": a rank right after the office, before the name.)
    const rank = matchOffice(tokens, k, world);
    if (rank !== undefined && isCapitalised(tokens[rank.end]) && rank.end > k) k = rank.end;
  }
  // ("Rector Professor Ana Ruiz": after the office, an academic title is no part of the name either.)
  if (world.offices.honorifics.has(tokens[k]?.lower ?? '') || (tokens[k]?.text === 'Professor' && isCapitalised(tokens[k + 1]))) k++;
  const names: [number, number][] = [];
  /** The side whose possessive stands before a holder's name ("the co-facilitators, Chile's Ana Ruiz and …"), by the name's start. */
  const owners = new Map<number, { start: number; end: number; party: string }>();
  for (;;) {
    const owner = sideOwningName(tokens, k, world);
    if (owner !== undefined) {
      owners.set(owner.end + 1, owner);
      k = owner.end + 1;
    }
    const nameEnd = matchNameRun(tokens, k, world, true);
    if (nameEnd === undefined) break;
    // ("Among the facilitators, X said, were …": a name after the comma that says something in an aside is the speaker's.)
    if (tokens[office.end]?.text === ',' && isReportingVerb(tokens[nameEnd]) && tokens[nameEnd + 1]?.text === ',') break;
    // ("Vice President, Shareholder Relations", "Vice President, Trade and Community Relations": the portfolio
    // after the office, which ends in a portfolio's noun.)
    const portfolioAt = (end: number | undefined): boolean => end !== undefined && world.offices.portfolioTails.has(tokens[end - 1]!.lower);
    if (portfolioAt(nameEnd) || (tokens[nameEnd]?.lower === 'and' && portfolioAt(matchNameRun(tokens, nameEnd + 1, world, true)))) break;
    // "general secretary, Harbour Pilots' Union": a side's name that opens where a holder's would is no person.
    const side = lookupName(tokens, k, world);
    if (side !== undefined && side.known.kind === 'party' && side.end >= nameEnd) break;
    // "Coast Guard Director A and Kelle Watch chief B": a word before an office names the body, not a second holder.
    const nextOffice = matchOffice(tokens, nameEnd, world);
    // ("minister A and Schleswig-Holstein's state premier B": a name in the possessive owns the next office.)
    if (names.length > 0 && (nextOffice !== undefined || isPossessive(tokens[nameEnd]))) break;
    // ("The owner, Chittagong-based KSRM Group,": a place that qualifies what follows is no holder.)
    if (tokens[nameEnd]?.text === '-' && glued(tokens, nameEnd - 1, nameEnd) && /^(based|born|registered|headquartered|owned|run|backed|listed)$/.test(tokens[nameEnd + 1]?.lower ?? '')) break;
    // "the delegation's leader, Water Minister X": the words before a second office are its portfolio.
    if (nextOffice !== undefined && k === office.end + 1 && tokens[office.end]?.text === ',') {
      k = nextOffice.end;
      continue;
    }
    names.push([k, nameEnd]);
    // "Major General A and Ambassador B": a second name with its own office is that office's holder.
    if (tokens[nameEnd]?.lower === 'and' && nameEnd + 1 < tokens.length && !matchOffice(tokens, nameEnd + 1, world)) k = nameEnd + 1;
    else break;
  }
  if (names.length === 0) return undefined;
  // "the British fund manager X", "Indian economist Y": a demonym before an occupation says where the person is from.
  const occupation = (office.office ?? spanText(tokens, officeStart, office.end)).toLowerCase().replace(/^(a|an|the)\s+/, '');
  const nationality = qualifier !== undefined && world.demonyms.has(tokens[i + tenure]!.lower) && [...world.offices.occupations].some((o) => occupation === o || occupation.endsWith(` ${o}`));
  const side = nationality ? undefined : qualifier;
  if (side) make('Party', i + tenure, side.end, side.party, 'qualifier', { party: side.party });
  const officeText = office.office;
  let end = i;
  for (const [from, to] of names) {
    const name = spanText(tokens, from, to);
    const known = memory.personBySurname.get(tokens[to - 1]!.lower);
    if (heading && to - from < 2 && !known) continue;
    // "Former Nigerian president X, the AU's envoy": a former office's side yields to the side the person now serves.
    const now = tokens[i]!.lower === 'former' ? matchApposition(tokens, to, world)?.party : undefined;
    const owner = owners.get(from);
    if (owner !== undefined) make('Party', owner.start, owner.end, owner.party, 'gazetteer', { party: owner.party });
    const party = now ?? owner?.party ?? side?.party;
    const record = to - from === 1 && known ? known : remember(memory, name, party, officeText);
    make('Person', from, to, record.name, 'office', { party: party ?? record.party, office: officeText });
    end = to;
  }
  return end > i ? end : undefined;
}

/** A side the world knows at k, in the possessive before a person's name: "Chile's" of "Chile's Ana Ruiz". */
function sideOwningName(tokens: readonly Token[], k: number, world: WorldKnowledge): { start: number; end: number; party: string } | undefined {
  const side = lookupName(tokens, k, world);
  if (side === undefined || side.known.kind === 'place' || !isPossessive(tokens[side.end])) return undefined;
  // ("Kosovo's PM X": an office after the possessive is read as that side's office.)
  const end = matchOffice(tokens, side.end + 1, world) === undefined ? matchNameRun(tokens, side.end + 1, world, true) : undefined;
  return end !== undefined && ownedName(tokens, side.end + 1, end) ? { start: k, end: side.end, party: side.known.party } : undefined;
}

/** Words that end the name of a place or a building, not a person's: "Lima's Barranco District", "Quito's Mariscal Sucre airport". */
const PLACE_NAME_ENDS = /^(quarter|district|square|park|gardens|market|port|harbour|harbor|station|airport|university|college|school|hospital|church)$/;

/** Whether the run from start to end, after a side's possessive, is a person's name: not a place's, a building's or a feature's. */
function ownedName(tokens: readonly Token[], start: number, end: number): boolean {
  const last = tokens[end - 1]!;
  const next = tokens[end];
  if (PLACE_NAME_ENDS.test(last.lower) || VENUE_HEADS.has(last.lower) || LAND_FEATURES.test(last.text)) return false;
  return !(next !== undefined && next.pos === 'NOUN' && next.text === next.lower) && end - start >= 2;
}

/** "… Tribunal member X", "… Commission member X": a member of the body named before, as an office. */
function memberOf(tokens: readonly Token[], k: number): { end: number; office: string } | undefined {
  // ("EU Member States": the states of a bloc, no person.)
  if (/^(states|countries|nations)$/.test(tokens[k + 1]?.lower ?? '')) return undefined;
  return tokens[k]?.lower === 'member' && isCapitalised(tokens[k - 1]) ? { end: k + 1, office: `${tokens[k - 1]!.text} member` } : undefined;
}

/**
 * The end of the words an office is of or for, in capitals, when a comma or a title before a name ends them ("of
 * External Relations,", "for the Western Cape,", "for Medical Services Dr."), or undefined.
 */
function officeTail(tokens: readonly Token[], end: number, world: WorldKnowledge): number | undefined {
  if (!/^(of|for)$/.test(tokens[end]?.lower ?? '')) return undefined;
  let k = tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
  const first = k;
  // ("director of markets,": a field in lower case names the post as well.)
  const lowerField = !isCapitalised(tokens[k]);
  // ("director of public affairs": an adjective may open it.)
  while (k < first + 5 && (lowerField ? (tokens[k]?.pos === 'NOUN' || (k === first && tokens[k]?.pos === 'ADJ')) && !isCapitalised(tokens[k]) : isCapitalised(tokens[k]) || (/^(and|-)$/.test(tokens[k]?.lower ?? '') && isCapitalised(tokens[k + 1]))) && !world.offices.honorifics.has(tokens[k]!.lower)) k++;
  // ("special envoy for the Lima-Arica dialogue Ana Ruiz": the talks an envoy is for, named by their places, and the
  // holder's name right after.)
  if (k > first && !lowerField && /^(talks|dialogue|negotiations|process|summit|conference)$/.test(tokens[k]?.lower ?? '') && isCapitalised(tokens[k + 1]) && isCapitalised(tokens[k + 2])) return k + 1;
  if (k === first || !(tokens[k]?.text === ',' || world.offices.honorifics.has(tokens[k]?.lower ?? ''))) return undefined;
  return k;
}

/**
 * "Chile's chief negotiator A and his Peruvian counterpart B", "Foreign Minister C met her Russian counterpart D": a counterpart
 * holds, for the other side, the office of the person the pronoun points back to, the nearest one before it in the sentence
 * whose office is known.
 */
function counterpartOffice(tokens: readonly Token[], start: number, described: number, memory: MentionMemory): string | undefined {
  if (!/^counterparts?$/.test(tokens[described - 1]?.lower ?? '') || !/^(his|her|their)$/.test(tokens[start - 1]?.lower ?? '')) return undefined;
  for (let j = start - 2; j >= 0; j--) {
    const office = isCapitalised(tokens[j]) ? memory.personBySurname.get(tokens[j]!.lower)?.office : undefined;
    if (office !== undefined) return office;
  }
  return undefined;
}

/**
 * "Minister of Energy and Water Resources of Chile Ana Rojas Vidal", "the Minister of Foreign Affairs of Peru, Luis
 * Arce Montes", "the chairwoman of HWU, Mrs. Ana Ruiz": an office, the words of its ministry, "of" and a
 * side, then the holder's full name, as translated news writes them. The office's label, the side's span and party,
 * and the name's span.
 */
export function officeOfSide(tokens: readonly Token[], i: number, world: WorldKnowledge): { office: string; side: [number, number, string]; name: [number, number] } | undefined {
  const office = matchOffice(tokens, i, world);
  if (!office || office.plural) return undefined;
  for (let j = office.end; j < office.end + 8 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.lower === 'of') {
      const at = tokens[j + 1]?.lower === 'the' ? j + 2 : j + 1;
      const side = lookupName(tokens, at, world);
      if (side && side.known.kind !== 'place') {
        let from = tokens[side.end]?.text === ',' ? side.end + 1 : side.end;
        if (world.offices.honorifics.has(tokens[from]?.lower ?? '')) from++;
        const to = matchNameRun(tokens, from, world, true);
        if (to === undefined || to - from < 2) return undefined;
        // "the UN Commission on Ocean Fisheries": words that go on naming the body are no person's name.
        if (/^(of|on|for|and)$/.test(tokens[to]?.lower ?? '') && isCapitalised(tokens[to + 1]) && !lexicon().timeWords.has(tokens[to + 1]!.lower)) return undefined;
        return { office: officeLabel(tokens, i, j, false, world), side: [at, side.end, side.known.party], name: [from, to] };
      }
    }
    if (!(isCapitalised(t) && isWordToken(t)) && !/^(of|and|the|for|&)$/.test(t.lower)) return undefined;
  }
  return undefined;
}

/** A country, organisation, capital or city. Capitals stand for their state unless they follow a preposition of place. */
function matchKnownName(tokens: readonly Token[], i: number, world: WorldKnowledge, make: Make): number | undefined {
  const name = lookupName(tokens, i, world);
  if (!name) return undefined;
  const from = tokens[i]!.lower === 'the' ? i + 1 : i;
  const { known } = name;
  const following = tokens[name.end];
  // A city name followed by another capitalised word is a first name ("Florence", "Sydney"), not the city.
  if (known.kind === 'place' && following && isCapitalised(following) && isWordToken(following) && !lookupName(tokens, name.end, world)) return undefined;
  // "the West" is a side; "West Coast ports", "the West Bank" name places.
  if (COMPASS_POINTS.test(tokens[name.end - 1]!.lower) && name.end - from === 1 && following && isCapitalised(following) && isWordToken(following)) return undefined;
  // ("North America", "Latin America": a region larger than the state the last word names. Consumed, so that no
  // shorter name is read in it.)
  if (name.end - from === 1 && /^(north|south|central|latin)$/.test(tokens[from - 1]?.lower ?? '') && isCapitalised(tokens[from - 1])) return name.end;
  // ("ports of the U.S. West Coast", "China's North": a part of the state named after it is a place in it.)
  const part = following !== undefined && COMPASS_POINTS.test(following.lower) && isCapitalised(following) ? following : isPossessive(following) && COMPASS_POINTS.test(tokens[name.end + 1]?.lower ?? '') ? tokens[name.end + 1] : undefined;
  if (known.kind === 'party' && part !== undefined && isCapitalised(part) && world.states.has(known.party)) {
    make('Place', from, name.end, known.party, 'gazetteer', { party: known.party });
    return name.end;
  }
  // ("oil wells in the Niger Delta", "the Jordan Valley": a state's name before a feature of the land names a region,
  // a place, not the state.)
  if (known.kind === 'party' && world.states.has(known.party) && following !== undefined && LAND_FEATURES.test(following.text) && !/^(Strip|Bay|Gulf|Strait|Straits|Islands|Coast)$/.test(following.text)) {
    make('Place', from, name.end + 1, spanText(tokens, from, name.end + 1), 'gazetteer', {});
    return name.end + 1;
  }
  // "two million US dollars", "500 Singapore dollars": a state that names a currency is no side. (Consumed, so that no
  // shorter name is read in it.)
  if (known.kind === 'party' && /^(dollars?|cents?)$/.test(following?.lower ?? '')) return name.end;
  // "Rail strike talks collapse": a kind word that is a side's short name ("Rail" for "Northern Rail") is capitalised
  // at a sentence's start only for being first; before a compound of nouns it qualifies them. ("Union demands 9%",
  // "Union boss says": a verb the tagger read as a noun, or the side's own officer, follows the side.)
  const compound = following?.pos === 'NOUN' && !/s$/.test(following.lower) && tokens[name.end + 1]?.pos === 'NOUN';
  if (known.kind === 'party' && from === 0 && name.end === 1 && compound && isBodyNoun(tokens[0]!.lower)) return undefined;
  // "a Lima-based institute", "the Chile-born lawyer": where a body sits or a person was born says nothing of a side.
  const seat = following?.text === '-' && /^(based|born|headquartered|registered)$/.test(tokens[name.end + 1]?.lower ?? '');
  if (seat && known.kind === 'party') return name.end;
  // ("talks in Gabon's capital Libreville": a state that owns the place named after it only says where that place is.)
  const ownsPlace = known.kind !== 'place' && isPossessive(following) && PLACE_INTRODUCERS.has(tokens[name.end + 1]?.lower ?? '') && LOCATION_PREPOSITIONS.has(tokens[from - 1]?.lower ?? '');
  if (ownsPlace) return name.end;
  // ("… capital Libreville", "… capital, Libreville": the capital so introduced is a place.)
  const introduced = tokens[i - 1]?.lower === 'capital' || (tokens[i - 1]?.text === ',' && tokens[i - 2]?.lower === 'capital');
  // ("Dublin teachers", "U.S. dock workers": the people of a trade in a city or a state work there; they are no state's.)
  const workforce = following !== undefined && following.text === following.lower && (lexicon().collectiveSideNouns.has(following.lower) || (following.pos === 'NOUN' && lexicon().collectiveSideNouns.has(tokens[name.end + 1]?.lower ?? '')));
  if ((seat || introduced) && known.kind === 'capital') make('Place', from, name.end, known.place, 'gazetteer', { party: known.party });
  else if (known.kind === 'party' && workforce && world.states.has(known.party)) make('Place', from, name.end, known.party, 'gazetteer', { party: known.party });
  else if (known.kind === 'party') make('Party', from, name.end, known.party, 'gazetteer', { party: known.party });
  else if (known.kind === 'capital') {
    // "in Quito", "in a seaside Quito hotel": a preposition of place before the name or the words qualifying a venue.
    let before = i - 1;
    while (before > i - 4 && /^(DET|ADJ|NOUN)$/.test(tokens[before]?.pos ?? '') && !isCapitalised(tokens[before])) before--;
    const venue = before < i - 1 && /^(hotel|palace|resort|centre|center|venue|complex|villa|compound|building|offices|office|headquarters)$/.test(tokens[name.end]?.lower ?? '');
    // "the Arica talks", "the Quito summit": a capital naming a meeting is where it is held.
    const meeting = tokens[i - 1]?.lower === 'the' && TALKS_NOUNS.test(tokens[name.end]?.lower ?? '');
    if (meeting || workforce || LOCATION_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '') || (venue && LOCATION_PREPOSITIONS.has(tokens[before]?.lower ?? ''))) make('Place', from, name.end, known.place, 'gazetteer', { party: known.party });
    else make('Party', from, name.end, known.party, 'capital', { party: known.party });
  } else make('Place', from, name.end, known.place, 'gazetteer', { party: known.party });
  return name.end;
}

/** Ways and lines in lower case that names of places qualify: "the Tarvo-Kelle road". */
const ROUTE_NOUNS = /^(road|roads|highway|motorway|railway|railroad|corridor|pipeline|bridge|border|frontier|route|crossing|canal)$/;

/** Features of the land that end a place's name: "the Gaza Strip", "the Rift Valley". */
const LAND_FEATURES = /^(Strip|Valley|Peninsula|Plateau|Desert|Highlands|Lowlands|Heights|Corridor|Basin|Delta|Canal|Strait|Straits|Gulf|Bay|Coast|Islands|Mountains|Hills|Gorge|Canyon|Creek|River|Lake|Lakes|Range|Forest|Reef|Glacier|Falls|Plains|Marshes|Wetlands|Dam)$/;

/** Nouns of a works or a site, whose proper name may follow them: "the copper mine Tarvo Alto", "the gas field Kestrel North". */
const FACILITY_NOUNS = /^(mine|plant|factory|refinery|smelter|dam|field|terminal|pipeline|reactor|oilfield|gasfield|quarry|shipyard|mill)$/;

/** A point of the compass, which as a word of its own names a bloc ("the West") and before another a place ("West Coast"). */
const COMPASS_POINTS = /^(west|east|north|south)$/;

/** Nouns of a meeting that a place may name: "the Reykjavik talks", "the Lisbon summit". */
export const TALKS_NOUNS = /^(talk|talks|negotiation|negotiations|meeting|summit|conference|round|dialogue|process)$/;

/**
 * Lemmas that name a round of talks or what happens at one. (Plurals too: a sentence's first word is sometimes tagged
 * a proper noun whose lemma is the word itself, "Negotiations took place in …".)
 */
export const TALKS_WORDS = /^(talk|talks|table|negotiations?|negotiators?|delegations?|meetings?|summits?|conferences?|rounds?|dialogue|sessions?|bargaining|ceremony|signing|process|plenary|marathon|hearings?|met|meet|convene|reconvene|gather|hold|sign|conclude|begin|resume|open|end|approve|strike|reach|seal|last|sit|launch|realize|realise|initialled|initialed)$/;

/** A word of talks or of their acts, or the "place" of "took place", after which a place is where the talks were. */
export function isTalksWord(token: Token | undefined): boolean {
  return token !== undefined && (TALKS_WORDS.test(token.lemma) || TALKS_WORDS.test(token.lower) || token.lower === 'place');
}

/** Nouns that introduce a place's name: "the coastal resort of X", "the port city of Mancora". */
const PLACE_INTRODUCERS = new Set(['city', 'town', 'village', 'resort', 'port', 'capital', 'island', 'province', 'region']);

/** "the resort of Mancora", "the city of Tema": a capitalised name after a place noun and "of" is a place, known or not. */
function matchIntroducedPlace(tokens: readonly Token[], i: number, world: WorldKnowledge, make: Make): number | undefined {
  // "the Ecuadorian capital": the capital of the state the demonym names.
  const state = tokens[i]?.lower === 'the' && isCapitalised(tokens[i + 1]) ? world.demonyms.get(tokens[i + 1]!.lower) : undefined;
  const capital = state === undefined || tokens[i + 2]?.lower !== 'capital' || tokens[i + 3]?.lower === 'of' ? undefined : world.capitalOf.get(state);
  if (capital !== undefined) {
    make('Place', i + 1, i + 3, capital, 'capital', { party: state });
    return i + 3;
  }
  if (!PLACE_INTRODUCERS.has(tokens[i]?.lower ?? '') || tokens[i + 1]?.lower !== 'of' || !isCapitalised(tokens[i + 2])) return undefined;
  const known = lookupName(tokens, i + 2, world);
  if (known) return undefined;
  let end = i + 2;
  while (end < tokens.length && end - i < 6 && isCapitalised(tokens[end]) && isWordToken(tokens[end])) end++;
  if (end === i + 2) return undefined;
  const name = spanText(tokens, i + 2, end);
  make('Place', i + 2, end, name, 'introduced');
  return end;
}

/** Venue words that come first in a name ("Villa Saladin", "Palais des Nations"). */
export const LEADING_VENUE_HEADS: ReadonlySet<string> = new Set(['villa', 'palais', 'palazzo', 'palace', 'hotel', 'hôtel', 'chateau', 'château', 'casa', 'palacio', 'schloss', 'camp', 'centro']);
/** Small words inside a venue's name: "Palais des Nations", "Palace of Nations". */
export const VENUE_PARTICLES: ReadonlySet<string> = new Set(['des', 'de', 'du', 'la', 'le', 'di', 'del', 'della', 'of', 'the']);

/** "Gulustan Palace", "the Intercontinental Hotel", "Villa Saladin", "Palais des Nations": a named venue. */
function matchVenue(tokens: readonly Token[], i: number, world: WorldKnowledge, make: Make): number | undefined {
  const first = tokens[i]!;
  if (isCapitalised(first) && LEADING_VENUE_HEADS.has(first.lower)) {
    let k = i + 1;
    let end = i + 1;
    while (k < tokens.length && k - i < 5) {
      const t = tokens[k]!;
      if (isCapitalised(t) && isWordToken(t)) end = ++k;
      else if (VENUE_PARTICLES.has(t.lower) && isCapitalised(tokens[k + 1])) k++;
      // "Hôtel Vaugel-Marchand": a hyphen inside the name.
      else if (joiningHyphen(tokens, k) && isCapitalised(tokens[k + 1])) k++;
      else break;
    }
    if (end > i + 1) {
      make('Place', i, end, spanText(tokens, i, end), 'venue');
      return end;
    }
  }
  let k = i;
  // "the Regional Governor's Office": a possessive may stand inside the name.
  // "Saint-Augustin": a hyphen written inside a name joins its parts.
  const inName = (n: number): boolean => (isCapitalised(tokens[n]) && isWordToken(tokens[n])) || (n > i && (isPossessive(tokens[n]) || joiningHyphen(tokens, n)) && isCapitalised(tokens[n + 1]));
  while (k < tokens.length && k - i < 5 && inName(k) && !VENUE_HEADS.has(tokens[k]!.lower) && !BUILDING_HEADS.has(tokens[k]!.lower)) k++;
  if (k === i) return undefined;
  const head = tokens[k];
  // "in the Senate building": a building named by what it houses, where the text says something is in it; "at the
  // Saint-Augustin pastoral centre", "the Saint-Vincent seminary": a venue's kind in lower case after its name.
  // ("the Albanian lakeside resort of Pogradec" introduces a town: its capitals are a demonym's.)
  const demonymBefore = world.demonyms.has(tokens[k - 1]?.lower ?? '') || world.demonyms.has(spanText(tokens, i, k).toLowerCase());
  // "at the Labour Relations Board's offices": a body's offices or headquarters, in lower case after its name.
  if (head !== undefined && isPossessive(head) && k > i && placeBefore(tokens, i) && BUILDING_HEADS.has(tokens[k + 1]?.lower ?? '') && !isCapitalised(tokens[k + 1])) {
    make('Place', i, k + 2, spanText(tokens, i, k + 2), 'venue');
    return k + 2;
  }
  if (head !== undefined && !isCapitalised(head) && placeBefore(tokens, i) && !demonymBefore) {
    // ("at the Andean Union headquarters": a body's building, in lower case after its name.)
    // (Not "the Lima offices of …": a city's or a state's name before them says where the offices are.)
    const known = world.names.get(nameKey(spanText(tokens, i, k)));
    if (/^(headquarters|offices)$/.test(head.lower) && known?.kind !== 'place' && known?.kind !== 'capital' && !(known?.kind === 'party' && world.states.has(known.party))) {
      make('Place', i, k + 1, spanText(tokens, i, k + 1), 'venue');
      return k + 1;
    }
    let h = k;
    while (h < k + 2 && /^(ADJ|NOUN)$/.test(tokens[h]?.pos ?? '') && !isCapitalised(tokens[h]) && !VENUE_HEADS.has(tokens[h]!.lower)) h++;
    const kind = tokens[h];
    if (kind && !isCapitalised(kind) && VENUE_HEADS.has(kind.lower) && (h > k || kind.lower !== 'building')) {
      make('Place', i, h + 1, spanText(tokens, i, h + 1), 'venue');
      return h + 1;
    }
  }
  const lowerBuilding = head?.text === 'building' && placeBefore(tokens, i);
  if (!head || !(isCapitalised(head) || lowerBuilding) || !(VENUE_HEADS.has(head.lower) || (BUILDING_HEADS.has(head.lower) && placeBefore(tokens, i)))) return undefined;
  // "Downing Street", "the White House": a name world knowledge gives stands for what it knows.
  if (world.names.has(nameKey(spanText(tokens, i, k + 1)))) return undefined;
  // ("the Andean Centre for Port Studies": a centre for something is a body, read as an organisation.)
  if (/^(centre|center)$/.test(head.lower) && tokens[k + 1]?.lower === 'for' && isCapitalised(tokens[k + 2])) return undefined;
  // ("the Coastal Office Building": a second venue's word ends the name; "Varden House offices" too, in lower case.)
  const end = (isCapitalised(tokens[k + 1]) && (VENUE_HEADS.has(tokens[k + 1]!.lower) || BUILDING_HEADS.has(tokens[k + 1]!.lower))) || /^(offices|headquarters)$/.test(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
  make('Place', i, end, spanText(tokens, i, end), 'venue');
  return end;
}

/** Heads of names that are a venue only where the text says talks are at or in them: "at the Maritime Office". */
const BUILDING_HEADS = new Set(['office', 'offices', 'building', 'headquarters', 'guesthouse', 'ministry']);

/** Parts of a place that talks are held in: "in the grounds of the X mosque", "at the headquarters of the IMF". */
export const WITHIN_VENUE = /^(building|premises|offices|headquarters|seat|grounds|courtyard|compound|salons?|halls?|rooms?)$/;

/** "at the …", "in the building of the …": a preposition of place, or "of" after a building, before the name at i. */
function placeBefore(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i - 1]?.lower === 'the' ? i - 2 : i - 1;
  const word = tokens[p]?.lower ?? '';
  return /^(at|in|inside)$/.test(word) || (word === 'of' && WITHIN_VENUE.test(tokens[p - 1]?.lower ?? ''));
}

/** A person's name: two or more capitalised words, or one known surname (also glued to the next word or misspelt). */
function matchPerson(
  tokens: readonly Token[],
  i: number,
  world: WorldKnowledge,
  memory: MentionMemory,
  heading: boolean,
  make: Make,
): number | undefined {
  const t = tokens[i]!;
  const known = knownSurname(t, memory);
  if (known) {
    make('Person', i, i + 1, known.name, 'surname', { party: known.party, office: known.office });
    return i + 1;
  }
  if (heading || !isCapitalised(t)) return undefined;
  // "Lord Marlow": after a title of rank, one capitalised word is a name.
  if (world.offices.honorifics.has(t.lower)) {
    const after = matchNameRun(tokens, i + 1, world);
    if (after === undefined) return undefined;
    const titled = knownSurname(tokens[after - 1]!, memory);
    const record = after - i === 2 && titled ? titled : remember(memory, spanText(tokens, i + 1, after), undefined, undefined);
    make('Person', i + 1, after, record.name, 'name', { party: record.party, office: record.office });
    return after;
  }
  // "RUIZ: Because Halvor Smith said so": a word of grammar that opens a sentence or an answer opens no name.
  if (/^(SCONJ|ADP|ADV|CCONJ|PRON|DET|PART)$/.test(t.pos) && (i === 0 || /^[:"“'‘(]$/.test(tokens[i - 1]!.text))) return undefined;
  // "the vice-minister of Territorial Affairs": after an office and "of" come its portfolio's words, no one's name.
  if (tokens[i - 1]?.lower === 'of' && world.offices.heads.has(tokens[i - 2]?.lower ?? '') && /(minister|secretary)$/.test(tokens[i - 2]!.lower)) return undefined;
  const end = matchNameRun(tokens, i, world);
  if (end === undefined) return undefined;
  // ("the MV Aurora Star": a ship's name is no one's; nor is the name of a mine, a plant or a field after its noun,
  // "the copper mine Tarvo Alto".)
  if (lexicon().vesselPrefixes.has(t.lower) || (tokens[i - 1]?.text === tokens[i - 1]?.lower && FACILITY_NOUNS.test(tokens[i - 1]?.lower ?? ''))) return end;
  const length = end - i;
  const next = tokens[end];
  // "Kofi said": a lone name that speaks; "Analysts suggested" is a common noun at the start of a sentence. ("officials
  // in Varden say": a name after a preposition is not who speaks.)
  const speaks = next?.pos === 'VERB' && isReportingVerb(next) && t.pos === 'PROPN' && tokens[i - 1]?.pos !== 'ADP';
  if (length < 2 && !speaks) return undefined;
  const parts = tokens.slice(i, end).filter((x, n) => x.text !== '-' && !NAME_PARTICLES.has(x.lower) && !(tokens[i + n - 1]?.text === '-' && KOREAN_SYLLABLE.test(x.text)));
  if (parts.length > 5 || !parts.every((x) => x.pos === 'PROPN' || /^\p{Lu}\p{Ll}+$/u.test(x.text))) return undefined;
  // "the Arica Declaration": a name ending in a document noun names a text; "Christmas Eve", "Easter Monday" name a time.
  // ("Jan Novak", "Pieter-Jan Smit": the month's abbreviation is a given name before a surname.)
  if (lexicon().entriesOf(tokens[end - 1]!).some((e) => e.cls === 'document') || parts.some((x, n) => lexicon().timeWords.has(x.lower) && !(x.lower === 'jan' && n < parts.length - 1))) return undefined;
  // "the Coastal Trawling Prohibition and Harbour Regulation Law": a noun of action is no word of a person's name, and
  // a law's name is a text's.
  if (parts.some((x) => /^\p{Lu}\p{Ll}{3,}(?:tion|sion)s?$/u.test(x.text)) || /^(?:Law|Decree|Statute|Ordinance|Code)$/.test(tokens[end - 1]!.text)) return undefined;
  // "Special Envoy" at the start of a sentence: a title of office words alone names no one.
  if (parts.every((x) => world.offices.heads.has(x.lower) || world.offices.modifiers.has(x.lower))) return undefined;
  // ("the Tarvo-Kelle road", "the main Varden highway": names before a way or a line in lower case name places it joins.)
  if (ROUTE_NOUNS.test(tokens[end]?.text ?? '')) return end;
  // ("the Gaza Strip", "the Tarvo Valley": a name that ends in a feature of the land, after "the", is a place.)
  if (tokens[i - 1]?.lower === 'the' && LAND_FEATURES.test(tokens[end - 1]!.text)) {
    make('Place', i, end, spanText(tokens, i, end), 'gazetteer', {});
    return end;
  }
  // "LIMA, 9 November (Andes Wire) –": the agency credited after a dateline is no person.
  if (tokens[i - 1]?.text === '(' && tokens[end]?.text === ')' && /^[-–—]$/.test(tokens[end + 1]?.text ?? '')) return end;
  const name = spanText(tokens, i, end);
  const record = remember(memory, name, sidePossessiveBefore(tokens, i, end, world), undefined);
  make('Person', i, end, record.name, 'name', { party: record.party, office: record.office });
  return end;
}

/**
 * "Chile's Ana Ruiz", "Quito's Ivan Petrov", "the Central African Republic's Ana Ruiz": the side (a state, its capital,
 * a known body) whose possessive stands right before a person's name at i, which that person speaks for.
 */
function sidePossessiveBefore(tokens: readonly Token[], i: number, end: number, world: WorldKnowledge): string | undefined {
  if (!isPossessive(tokens[i - 1]) || !ownedName(tokens, i, end)) return undefined;
  for (let start = i - 2; start >= Math.max(0, i - 5); start--) {
    if (!isCapitalised(tokens[start]) && tokens[start]!.lower !== 'of') return undefined;
    const side = lookupName(tokens, start, world);
    if (side !== undefined && side.end === i - 1 && side.known.kind !== 'place') return side.known.party;
  }
  return undefined;
}

/**
 * "Sofia Marangou, president of …", "Jordan Reyes said": a first name that is also a place's or a state's, before a
 * surname the world does not know, names a person when a reporting verb or an office in apposition follows, or when
 * the article already named that person so.
 */
function matchPlaceNamedPerson(tokens: readonly Token[], i: number, world: WorldKnowledge, memory: MentionMemory, make: Make): number | undefined {
  const first = tokens[i]!;
  const surname = tokens[i + 1];
  if (!isCapitalised(first) || surname === undefined || !isCapitalised(surname) || !isSurnameShaped(surname.text) || first.end === surname.start) return undefined;
  if (!world.names.has(nameKey(first.text)) || world.names.has(nameKey(surname.text)) || world.names.has(nameKey(`${first.text} ${surname.text}`))) return undefined;
  if (lexicon().organisationHeads.has(surname.lower) || world.offices.heads.has(surname.lower) || isCapitalised(tokens[i + 2])) return undefined;
  const name = `${first.text} ${surname.text}`;
  const named = memory.namesakes.get(surnameKey(name))?.some((record) => record.name === name) ?? false;
  const speaks = tokens[i + 2]?.pos === 'VERB' && isReportingVerb(tokens[i + 2]);
  if (!named && !speaks && matchApposition(tokens, i + 2, world) === undefined) return undefined;
  const record = remember(memory, name, undefined, undefined);
  make('Person', i, i + 2, record.name, 'name', { party: record.party, office: record.office });
  return i + 2;
}

/** The person a single word names when the article already named them: "Tarvosen", "tarvosenand". */
function knownSurname(t: Token, memory: MentionMemory): PersonRecord | undefined {
  if (!isSurnameShaped(t.text)) return undefined;
  // ("those hills" is no person of the surname Hills: a word in lower case names one only as the tagger's proper noun.)
  const exact = memory.personBySurname.get(t.lower);
  if (exact && (isCapitalised(t) || t.pos === 'PROPN')) return exact;
  if (!isCapitalised(t) && t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'VERB') return undefined;
  // A surname glued to the next word by a lost space: "tarvosenand", "brennvikaccording". Looked up by each tail, not
  // by each surname known, so that an article naming thousands of people stays linear.
  for (const tail of GLUED_TAILS) {
    if (t.lower.length - tail.length < 5 || !t.lower.endsWith(tail)) continue;
    const record = memory.personBySurname.get(t.lower.slice(0, -tail.length));
    if (record) return record;
  }
  return undefined;
}

const GLUED_TAILS = new Set(['and', 'according', 'said', 'says', 'the', 'of', 'to', 'in', 'on', 'who', 'has', 'was', 'is', 'also']);
