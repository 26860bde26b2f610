// World knowledge for typing mentions: countries, capitals, demonyms, seats of government, organisations, cities, offices.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import type { CityData } from 'city-timezones';
import { groupBy } from '../group-by.js';
import { packagePath } from '../package-root.js';

/** What a known name stands for. */
export type KnownName =
  | { readonly kind: 'party'; readonly party: string }
  /** A capital or seat of government: a place, or its state when it acts ("Tehran rejected…"). */
  | { readonly kind: 'capital'; readonly party: string; readonly place: string }
  | { readonly kind: 'place'; readonly place: string; readonly party: string | undefined };

/** What the matchers ask of a table of names: a lookup, never a listing, so that an article can add its own names. */
export type Lookup<K, V> = Pick<ReadonlyMap<K, V>, 'get' | 'has'>;

/** Gazetteer and lexicons, built once from packages and the JSON files in data/. */
export interface WorldKnowledge {
  /** Known names by lower-cased, space-normalised phrase. */
  readonly names: Lookup<string, KnownName>;
  /** Names written in lower case that still name a side: groups of states ("developing countries"). */
  readonly lowerCaseNames: Pick<ReadonlySet<string>, 'has'>;
  /** First words of the lower-case names, so that other lower-case words are passed over at once. */
  readonly lowerCaseHeads: Pick<ReadonlySet<string>, 'has'>;
  /** Longest known name, in tokens. */
  readonly maxNameTokens: number;
  /** The leading letters (up to the first space or punctuation) of every known name, to skip most tokens at once. */
  readonly nameHeads: Pick<ReadonlySet<string>, 'has'>;
  /** Party label by lower-cased demonym or adjective ("russian" → "Russia"); plural forms included. */
  readonly demonyms: ReadonlyMap<string, string>;
  /** Demonym to use in labels, by party label ("Russia" → "Russian"). */
  readonly demonymOf: ReadonlyMap<string, string>;
  /** A state's capital, by the state's label ("Ecuador" → "Quito"). */
  readonly capitalOf: ReadonlyMap<string, string>;
  /** Party labels of sovereign states, the only sides that have presidents and ministers of their own. */
  readonly states: ReadonlySet<string>;
  /** The kind of organisation a known side is, by its label, as the lexicon names kinds ("Taliban" → "organisation-armed"). */
  readonly organisationKinds: ReadonlyMap<string, string>;
  /** The parties United States news names by a letter after a member's name and state ("R-Calif."), by that letter. */
  readonly partyLetters: ReadonlyMap<string, string>;
  /** ISO 4217 codes of the states' currencies ("SEK", "USD"): capitals that name money, not a side. */
  readonly currencyCodes: ReadonlySet<string>;
  /** The places that are regions of a state (provinces, states, prefectures: "Ontario"), not cities. */
  readonly regionNames: ReadonlySet<string>;
  /** The blocs inside a wider group, by the group's label ("Europe" → "E3", "European Union"). */
  readonly blocsWithin: ReadonlyMap<string, readonly string[]>;
  /**
   * Towns of the city list too small to be read as places anywhere (see MIN_CITY_POPULATION), by lower-cased name: the
   * town finder takes one where the article itself shows a place ("in Kamloops", "a Nanaimo hotel").
   */
  readonly smallCities: ReadonlyMap<string, KnownName>;
  readonly offices: OfficeLexicon;
}

export interface OfficeLexicon {
  readonly heads: ReadonlySet<string>;
  readonly modifiers: ReadonlySet<string>;
  readonly ministries: ReadonlySet<string>;
  readonly leaderHeads: ReadonlySet<string>;
  readonly negotiatorHeads: ReadonlySet<string>;
  /** Titles of rank before a name, no part of it: "Lord", "Sir". */
  readonly honorifics: ReadonlySet<string>;
  /** What a person does rather than an office of a side ("economist", "fund manager"). */
  readonly occupations: ReadonlySet<string>;
  /** Longest office phrase in tokens. */
  readonly maxTokens: number;
  /** First words of the office heads (and their plurals), to skip most tokens at once. */
  readonly headFirstWords: ReadonlySet<string>;
  /** Offices written short, lower-cased, and the office each stands for: "sen." for "Senator". */
  readonly abbreviations: ReadonlyMap<string, string>;
  /** Offices of a town's, city's or county's government ("mayor", "councillor"). */
  readonly localOffices: ReadonlySet<string>;
  /** Offices held only in an organisation ("chief executive", "general counsel"): what one is of is an organisation. */
  readonly organisationOffices: ReadonlySet<string>;
  /** Nouns that close a portfolio after a word of the ministries: "Trade Negotiations", "Consular Affairs". */
  readonly portfolioTails: ReadonlySet<string>;
}

/** data/regions.json (see scripts/build-regions.ts): each region's name and the ISO 3166-1 code of its state. */
interface RegionData {
  readonly regions: Readonly<Record<string, string>>;
}

interface WorldExtra {
  readonly countryLabels: Record<string, string>;
  readonly countryAliases: Record<string, string[]>;
  readonly demonymAliases: Record<string, string[]>;
  /** The adjective that names a state's people where world-countries gives a noun ("Icelander") or none, by ISO code. */
  readonly demonymLabels: Record<string, string>;
  readonly cityAliases: Record<string, string[]>;
  readonly capitalAliases: Record<string, string[]>;
  readonly venueTowns: Record<string, string>;
  readonly regions: Record<string, string>;
  readonly seatsOfGovernment: Record<string, string[]>;
  readonly organizations: { label: string; names: string[]; seats?: string[]; kind?: string; within?: string; letter?: string }[];
  readonly groupsOfStates: { label: string; names: string[]; within?: string }[];
  /** Names of cities and regions, and spellings of states, that are more often a word or a surname: never a place. */
  readonly notPlaces: string[];
  readonly genericRegionWords: string[];
}

interface OfficeData {
  readonly heads: string[];
  readonly modifiers: string[];
  readonly ministries: string[];
  readonly leaderHeads: string[];
  readonly negotiatorHeads: string[];
  readonly honorifics: string[];
  readonly occupations: string[];
  readonly abbreviations: Readonly<Record<string, string>>;
  readonly localOffices: string[];
  readonly organisationOffices: string[];
  readonly portfolioTails: string[];
}

// Both packages are loaded on first use, not on import (3 MB of JSON, about 70 ms): the query commands import this
// module for one look-up they rarely make. The types of world-countries describe an ES default export, but under
// Node its CommonJS entry is the array itself.
const require = createRequire(import.meta.url);

/** Cities smaller than this are not recognised: small towns share names with people and words. */
const MIN_CITY_POPULATION = 100_000;
/** Towns smaller than this are not taken even where the article shows a place. */
const MIN_SMALL_CITY_POPULATION = 20_000;
/** A place name with a lower-case particle between capitalised words: "Punta del Este", "Fond du Lac". */
const PARTICLE_INSIDE = /^\p{Lu}\S* (?:\p{Ll}+ )+\p{Lu}/u;
/** Regions whose listed cities hold fewer people than this are not recognised. */
const MIN_REGION_POPULATION = 1_000_000;

function readData<T>(name: string): T {
  return JSON.parse(readFileSync(packagePath('data', name), 'utf8')) as T;
}

/** Lower-cases and joins a phrase's words with single spaces, splitting off possessive and punctuation as the tokenizer does. */
export function nameKey(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The letters a name or token starts with, up to the first space or punctuation: "u.s." → "u", "guinea-bissau" → "guinea". */
export function nameHead(text: string): string {
  return /^[^\s,.'’-]*/.exec(text.toLowerCase())![0];
}

function isLatin(name: string): boolean {
  return /^[\p{Script=Latin}\p{M}0-9 .,'’()-]+$/u.test(name) && name.length > 1;
}

/** A name without its accents, as English text often writes it: "Bogotá" → "Bogota", "Türkiye" → "Turkiye". */
function withoutAccents(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

let cached: WorldKnowledge | undefined;

/** The world knowledge, built on first use. */
export function worldKnowledge(): WorldKnowledge {
  cached ??= buildWorldKnowledge(readData<WorldExtra>('world-extra.json'), readData<OfficeData>('offices.json'), readData<GeneratedOccupations>('lexicon.json').classes.occupation.nouns);
  return cached;
}

/** The party a name stands for: any name or spelling of a state, its capital or seat of government, or an organisation. */
export function partyOfName(name: string): string | undefined {
  const known = worldKnowledge().names.get(nameKey(name));
  return known?.kind === 'place' ? undefined : known?.party;
}

/** The occupations data/lexicon.json takes from WordNet (its class `occupation`), which offices.json's own list joins. */
interface GeneratedOccupations {
  readonly classes: { readonly occupation: { readonly nouns: readonly string[] } };
}

function buildWorldKnowledge(extra: WorldExtra, officeData: OfficeData, wordNetOccupations: readonly string[]): WorldKnowledge {
  const countries = require('world-countries') as Countries;
  const { cityMapping } = require('city-timezones') as { cityMapping: CityData[] };
  const names = new Map<string, KnownName>();
  const demonyms = new Map<string, string>();
  const demonymOf = new Map<string, string>();
  const sovereignDemonyms = new Set<string>();
  // Earlier entries win: countries and organisations before capitals before cities.
  const add = (name: string, value: KnownName): void => {
    for (const spelling of [name, withoutAccents(name)]) {
      const key = nameKey(spelling);
      if (key && !names.has(key)) names.set(key, value);
    }
  };
  const notPlaces = new Set(extra.notPlaces.map(nameKey));
  const labelOf = new Map<string, string>();
  for (const c of countries) labelOf.set(c.cca2, extra.countryLabels[c.cca2] ?? c.name.common);
  const currencyCodes = new Set(countries.flatMap((c) => Object.keys(c.currencies ?? {})));
  // Aliases first: they settle a name two states share in news usage ("Congo" is how wires name DR Congo).
  for (const c of countries) for (const alias of extra.countryAliases[c.cca2] ?? []) add(alias, { kind: 'party', party: labelOf.get(c.cca2)! });
  for (const c of countries) {
    const label = labelOf.get(c.cca2)!;
    add(label, { kind: 'party', party: label });
    add(c.name.common, { kind: 'party', party: label });
    add(c.name.official, { kind: 'party', party: label });
    // Every spelling in Latin script but the two-letter code, which is too often a word ("IN", "TO", "AM"), and but
    // those that are more often a surname or a word of English ("Chief Minister Tarvo Mann", not the Isle of Man).
    for (const alt of c.altSpellings) if (alt !== c.cca2 && isLatin(alt) && !notPlaces.has(nameKey(alt))) add(alt, { kind: 'party', party: label });
    const demonym = extra.demonymLabels[c.cca2] ?? c.demonyms?.eng?.m;
    if (demonym) {
      demonymOf.set(label, demonym);
      // "Norwegian" is Norway's, not Svalbard's: a sovereign state's claim on a demonym beats a territory's.
      for (const form of new Set([demonym, c.demonyms?.eng?.m ?? demonym, c.demonyms?.eng?.f ?? demonym])) {
        for (const key of [form.toLowerCase(), `${form.toLowerCase()}s`]) {
          if (demonyms.has(key) && (!c.independent || sovereignDemonyms.has(key))) continue;
          demonyms.set(key, label);
          if (c.independent) sovereignDemonyms.add(key);
        }
      }
    }
  }
  // After every country's own demonyms: an alias settles a demonym two states share ("Congolese").
  for (const c of countries) for (const alias of extra.demonymAliases[c.cca2] ?? []) demonyms.set(alias.toLowerCase(), labelOf.get(c.cca2)!);
  const lowerCaseNames = new Set<string>();
  const lowerCaseHeads = new Set<string>();
  for (const group of extra.groupsOfStates) {
    for (const name of group.names) {
      add(name, { kind: 'party', party: group.label });
      lowerCaseNames.add(nameKey(name));
      lowerCaseHeads.add(nameHead(name));
    }
  }
  for (const org of extra.organizations) {
    for (const name of org.names) add(name, { kind: 'party', party: org.label });
    // "Brussels rejected …" is the EU; "talks in Brussels" a place.
    for (const seat of org.seats ?? []) add(seat, { kind: 'capital', party: org.label, place: seat });
  }
  for (const [code, seats] of Object.entries(extra.seatsOfGovernment)) {
    const party = labelOf.get(code);
    if (party) for (const seat of seats) add(seat, { kind: 'party', party });
  }
  const capitalOf = new Map<string, string>();
  for (const c of countries) {
    const party = labelOf.get(c.cca2) ?? c.name.common;
    const capitals = extra.capitalAliases[c.cca2] ?? c.capital;
    for (const capital of capitals) {
      const place = capital.replace(/ D\.C\.$/, '');
      if (!capitalOf.has(party)) capitalOf.set(party, place);
      add(place, { kind: 'capital', party, place });
      for (const alias of extra.cityAliases[place] ?? []) add(alias, { kind: 'capital', party, place });
    }
  }
  const cities = [...cityMapping].sort((a, b) => b.pop - a.pop || a.city.localeCompare(b.city));
  const smallCities = new Map<string, KnownName>();
  for (const city of cities) {
    if (notPlaces.has(nameKey(city.city))) continue;
    if (city.pop < MIN_CITY_POPULATION) {
      const key = nameKey(city.city_ascii);
      // The largest town of a name is the one news means.
      if (city.pop < MIN_SMALL_CITY_POPULATION || names.has(key) || smallCities.has(key)) continue;
      const town: KnownName = { kind: 'place', place: city.city_ascii, party: labelOf.get(city.iso2) };
      smallCities.set(key, town);
      // A name with a particle inside ("Santiago de Compostela") is no person or word: it is known wherever it stands,
      // and its first word is not read as the place it also names ("Santiago").
      if (PARTICLE_INSIDE.test(city.city)) {
        add(city.city, town);
        add(city.city_ascii, town);
      }
      continue;
    }
    const party = labelOf.get(city.iso2);
    // A capital keeps standing for its state under the city list's spellings of it.
    const capital = names.get(nameKey(city.city));
    const known: KnownName = capital?.kind === 'capital' && capital.party === party ? capital : { kind: 'place', place: city.city, party };
    add(city.city, known);
    add(city.city_ascii, known);
  }
  // The regions of states (provinces, states, prefectures) the city list names, where its cities are many or large
  // ("Ontario", "Bavaria"): places of their state, after every state and city of the same name, and never a name of
  // generic words only ("Central", "Northern", "Coast").
  const generic = new Set(extra.genericRegionWords);
  const regionPopulation = new Map<string, { code: string; people: number }>();
  for (const city of cities) {
    if (!city.province || city.province === city.country) continue;
    const region = regionPopulation.get(city.province) ?? { code: city.iso2, people: 0 };
    if (region.code === city.iso2) regionPopulation.set(city.province, { code: region.code, people: region.people + city.pop });
  }
  const regionNames = new Set<string>();
  // A region is a place of its state; it is a region only where no state, capital or other state's place has its name
  // ("Georgia" stays the state, "Victoria" the Seychelles' capital).
  const addRegion = (region: string, code: string): void => {
    const party = labelOf.get(code);
    add(region, { kind: 'place', place: region, party });
    const known = names.get(nameKey(region));
    if (known?.kind === 'place' && known.party === party) regionNames.add(region);
  };
  for (const [region, { code, people }] of regionPopulation) {
    if (people < MIN_REGION_POPULATION || notPlaces.has(nameKey(region)) || region.split(/[\s-]+/).every((w) => generic.has(w.toLowerCase()))) continue;
    addRegion(region, code);
  }
  // The regions with governments of their own in federations and devolved states, by their English names (generated
  // from CLDR: data/regions.json), but for a demonym's ("Somali").
  for (const [region, code] of Object.entries(readData<RegionData>('regions.json').regions)) if (!demonyms.has(nameKey(region))) addRegion(region, code);
  for (const [town, code] of Object.entries(extra.venueTowns)) add(town, { kind: 'place', place: town, party: labelOf.get(code) });
  // ("Wales": a region whose name is also a common word's plural, which data/regions.json leaves out.)
  for (const [region, code] of Object.entries(extra.regions)) addRegion(region, code);
  for (const [city, aliases] of Object.entries(extra.cityAliases)) {
    const known = names.get(nameKey(city));
    if (known && known.kind !== 'party') for (const alias of aliases) add(alias, known);
  }
  let maxNameTokens = 1;
  const nameHeads = new Set<string>();
  for (const key of names.keys()) {
    maxNameTokens = Math.max(maxNameTokens, key.split(' ').length);
    nameHeads.add(nameHead(key));
  }
  const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const abbreviations = new Map(Object.entries(officeData.abbreviations).map(([short, office]) => [short.toLowerCase(), office]));
  const heads = lower([...officeData.heads, ...abbreviations.keys()]);
  let maxTokens = 1;
  const headFirstWords = new Set<string>();
  for (const head of heads) {
    maxTokens = Math.max(maxTokens, head.split(' ').length);
    const first = head.split(' ')[0]!;
    headFirstWords.add(first).add(`${first}s`);
  }
  return {
    names,
    lowerCaseNames,
    lowerCaseHeads,
    currencyCodes,
    regionNames,
    blocsWithin: new Map([...groupBy([...extra.groupsOfStates, ...extra.organizations].filter((bloc) => bloc.within !== undefined), (bloc) => bloc.within!)].map(([group, blocs]) => [group, blocs.map((bloc) => bloc.label)])),
    smallCities,
    maxNameTokens: Math.min(maxNameTokens, 6),
    nameHeads,
    demonyms,
    demonymOf,
    capitalOf,
    states: new Set(labelOf.values()),
    organisationKinds: new Map(extra.organizations.filter((o) => o.kind !== undefined).map((o) => [o.label, o.kind!])),
    partyLetters: new Map(extra.organizations.filter((o) => o.letter !== undefined).map((o) => [o.letter!, o.label])),
    offices: {
      heads,
      modifiers: lower(officeData.modifiers),
      ministries: lower(officeData.ministries),
      leaderHeads: lower(officeData.leaderHeads),
      negotiatorHeads: lower(officeData.negotiatorHeads),
      honorifics: lower(officeData.honorifics),
      occupations: lower([...officeData.occupations, ...wordNetOccupations]),
      maxTokens,
      headFirstWords,
      abbreviations,
      localOffices: lower(officeData.localOffices),
      organisationOffices: lower(officeData.organisationOffices),
      portfolioTails: lower(officeData.portfolioTails),
    },
  };
}

/** The most words of a name an article itself gives (a union's, a town's) that is looked up. */
export const MAX_NAME_TOKENS = 14;

/**
 * World knowledge with names an article itself gives (its organisations, its towns), which answer first. Names in lower
 * case ("school board") are matched in lower case too.
 */
export function withLocalNames(world: WorldKnowledge, names: Iterable<readonly [string, KnownName]>, lowerCase: readonly string[] = []): WorldKnowledge {
  const local = new Map<string, KnownName>();
  const heads = new Set<string>();
  let maxNameTokens = world.maxNameTokens;
  for (const [name, known] of names) {
    const key = nameKey(name);
    if (local.has(key)) continue;
    local.set(key, known);
    heads.add(nameHead(key));
    // A hyphen or an apostrophe splits a word into tokens: "Port Blue-Water Ferry Owners' Council" is eight, not five;
    // a comma is a token of its own ("Medical Practitioners, Pharmacists and Dentists Union").
    maxNameTokens = Math.max(maxNameTokens, Math.min(MAX_NAME_TOKENS, key.split(' ').length + 2 * (name.match(/[-'’]/g)?.length ?? 0) + (name.match(/,/g)?.length ?? 0)));
  }
  if (local.size === 0 && lowerCase.length === 0) return world;
  const lowerKeys = lowerCase.map(nameKey);
  return {
    ...world,
    names: new OverlayMap(local, world.names),
    nameHeads: new OverlaySet(heads, world.nameHeads),
    lowerCaseNames: new OverlaySet(new Set(lowerKeys), world.lowerCaseNames),
    lowerCaseHeads: new OverlaySet(new Set(lowerKeys.map(nameHead)), world.lowerCaseHeads),
    maxNameTokens,
  };
}

/** A lookup that answers from `top` first, then from `base`, without copying `base`. */
class OverlayMap<K, V> implements Lookup<K, V> {
  constructor(
    private readonly top: ReadonlyMap<K, V>,
    private readonly base: Lookup<K, V>,
  ) {}
  get(key: K): V | undefined {
    return this.top.get(key) ?? this.base.get(key);
  }
  has(key: K): boolean {
    return this.top.has(key) || this.base.has(key);
  }
}

/** A membership test that holds the members of both sets. */
class OverlaySet<T> implements Pick<ReadonlySet<T>, 'has'> {
  constructor(
    private readonly top: ReadonlySet<T>,
    private readonly base: Pick<ReadonlySet<T>, 'has'>,
  ) {}
  has(value: T): boolean {
    return this.top.has(value) || this.base.has(value);
  }
}
