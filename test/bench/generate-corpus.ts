// Seeded generator of distinct negotiation articles: generated people, invented movements, real countries and cities, numbers.
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import cityTimezones from 'city-timezones';
import type { Countries } from 'world-countries';
import { seededRandom } from '../../viewer/src/create-graph.js';

const countries = createRequire(import.meta.url)('world-countries') as Countries;

/** One generated article: a file name and its text. */
export interface GeneratedArticle {
  readonly file: string;
  readonly text: string;
}


interface Country {
  readonly name: string;
  readonly demonym: string;
  readonly capital: string;
}

/** Sovereign states whose common name, demonym and capital are single plain words: the gazetteer knows them all. */
const COUNTRIES: readonly Country[] = countries
  .filter((c) => c.independent && c.unMember)
  .map((c) => ({ name: c.name.common, demonym: c.demonyms.eng?.m ?? '', capital: c.capital[0] ?? '' }))
  .filter((c) => /^[A-Z][a-z]+$/.test(c.name) && /^[A-Z][a-z]+$/.test(c.demonym) && /^[A-Z][a-z]+$/.test(c.capital));

/** Cities with a plain one-word name and a population, for venues. */
const CITIES: readonly string[] = [...new Set(cityTimezones.cityMapping.filter((c) => c.pop > 200_000 && /^[A-Z][a-z]+$/.test(c.city)).map((c) => c.city))].sort();

const SYLLABLES = ['ka', 'ri', 'mo', 'lan', 'de', 'vor', 'si', 'ta', 'nel', 'bo', 'ra', 'mi', 'sha', 'ten', 'gu', 'lor', 'pe', 'zan', 'ho', 'vi'];
const MOVEMENT_WORDS = ['Front', 'Movement', 'Alliance', 'Council', 'Coalition', 'Union'];
const MOVEMENT_AIMS = ['Liberation', 'Unity', 'Renewal', 'Justice', 'Democratic', 'National'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];
const SECTORS = ['oil', 'banking', 'shipping', 'grain', 'steel', 'aviation', 'fishing', 'textile'];
const OFFICES = ['Foreign Minister', 'Prime Minister', 'Defense Minister', 'special envoy'];

type Pick = <T>(items: readonly T[]) => T;

/** A generated name of two capitalised parts, from syllables: open-ended, so no lexicon knows it. */
function personName(pick: Pick, next: () => number): string {
  const part = (syllables: number): string => {
    const word = Array.from({ length: syllables }, () => pick(SYLLABLES)).join('');
    return word.charAt(0).toUpperCase() + word.slice(1);
  };
  return `${part(2)} ${part(2 + Math.floor(next() * 2))}`;
}

function thousands(n: number): string {
  return n.toLocaleString('en-US');
}

/** Article `index` of the corpus of `seed`: every article has its own people, places, movement and numbers. */
function article(index: number, seed: number): GeneratedArticle {
  const next = seededRandom(seed * 1_000_003 + index);
  const pick: Pick = (items) => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('generate-corpus: nothing to pick from');
    return item;
  };
  const number = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const [a, b, c] = distinct(pick, COUNTRIES, 3) as [Country, Country, Country];
  const city = pick(CITIES);
  const lead = personName(pick, next);
  const minister = personName(pick, next);
  const envoy = personName(pick, next);
  const official = personName(pick, next);
  const movement = `${pick(MOVEMENT_AIMS)} ${personName(pick, next).split(' ')[1]} ${pick(MOVEMENT_WORDS)}`;
  const round = pick(ORDINALS);
  const day = pick(WEEKDAYS);
  const sector = pick(SECTORS);
  const prisoners = thousands(number(40, 4000));
  const truce = number(3, 90);
  const buffer = number(2, 60);
  const billions = (number(5, 400) / 10).toFixed(1);
  const office = pick(OFFICES);
  const title = `${a.name} and ${b.name} hold ${round} round of talks in ${city} (report ${index + 1})`;
  const sentences = [
    `${a.name} and ${b.name} held a ${round} round of talks in ${city} on ${day}, with ${c.name} acting as mediator.`,
    `${lead}, who leads the ${a.demonym} delegation, arrived in ${city} on ${day} with ${number(6, 40)} advisers.`,
    `${a.demonym} ${office} ${minister} said the talks had been useful but difficult.`,
    `${b.demonym} special envoy ${envoy} told reporters that ${thousands(number(200, 90000))} people had fled the border region since ${pick(WEEKDAYS)}.`,
    `${a.name} demanded the lifting of all sanctions on its ${sector} sector.`,
    `${b.name} insists on a full withdrawal of troops from ${pick(CITIES)} within ${number(10, 120)} days.`,
    `${b.name} rejected the ${a.demonym} proposal for a ${buffer}-kilometre buffer zone.`,
    `${a.capital} has dismissed the idea of a ${billions} billion dollar reconstruction fund.`,
    `${c.name} offered to host a ${pick(ORDINALS)} round of talks in ${pick(CITIES)}.`,
    `${b.name} proposed a joint commission to monitor the release of ${prisoners} detainees.`,
    `${a.name} and ${b.name} agreed to a ${truce}-day truce.`,
    `Both sides agreed to exchange ${prisoners} prisoners of war before the end of the month.`,
    `${c.name}, which has mediated between ${a.capital} and ${b.capital}, hosted the talks in ${city}.`,
    `The ${movement}, which controls ${number(3, 40)} districts, was not invited to the talks.`,
    `${movement.split(' ').slice(0, 2).join(' ')} official ${official} said the group would study the offer.`,
    `Officials said ${thousands(number(1000, 500000))} tonnes of aid had crossed the frontier in ${number(2, 11)} weeks.`,
    `The next meeting is expected in ${pick(CITIES)} within ${number(2, 8)} weeks, diplomats said.`,
  ];
  // Background of varied length and order, so that articles differ in shape as well as in names and numbers.
  const background = [
    `${a.name} says ${thousands(number(100, 9000))} of its citizens are still held in ${b.capital}.`,
    `The last ceasefire, signed in ${pick(CITIES)} ${number(2, 15)} years ago, collapsed after ${number(3, 30)} months.`,
    `Trade between the two countries fell by ${number(5, 80)} percent last year, to ${(number(10, 900) / 10).toFixed(1)} billion dollars.`,
    `${c.demonym} diplomats have made ${number(3, 25)} trips between ${a.capital} and ${b.capital} since ${pick(WEEKDAYS)}.`,
    `${minister} met ${envoy} for ${number(2, 9)} hours behind closed doors, according to ${number(2, 5)} people briefed on the meeting.`,
    `Analysts in ${pick(CITIES)} said a deal on the ${sector} sector could come within ${number(2, 12)} months.`,
    `The ${movement} claims ${thousands(number(500, 30000))} fighters and demands a seat at the table.`,
    `At least ${number(12, 4000)} people were killed in the fighting around ${pick(CITIES)} in ${number(2019, 2026)}.`,
    `${b.demonym} media reported that ${number(2, 40)} convoys had been stopped at the frontier.`,
    `Observers from ${number(3, 30)} countries will monitor the truce from a base near ${pick(CITIES)}.`,
    `A spokesman for ${lead} said the delegation would return to ${a.capital} on ${pick(WEEKDAYS)}.`,
    `The talks were the ${pick(ORDINALS)} in ${number(2, 14)} months, after a pause of ${number(3, 40)} weeks.`,
  ].filter(() => next() < 0.75);
  const paragraphs = [sentences.slice(0, 4), sentences.slice(4, 12), background, sentences.slice(12)].map((p) => p.join(' '));
  return { file: `article-${String(index + 1).padStart(6, '0')}.txt`, text: `${title}\n\n${paragraphs.join('\n\n')}\n` };
}

/** `count` items of `items`, all different. */
function distinct<T>(pick: Pick, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < count) chosen.add(pick(items));
  return [...chosen];
}

/** `count` distinct articles of the corpus of `seed`. */
export function generateCorpus(count: number, seed = 1): GeneratedArticle[] {
  return Array.from({ length: count }, (_, index) => article(index, seed));
}

/** Writes `count` articles of the corpus of `seed` into `dir` (made if missing); resolves to the bytes written. */
export async function writeCorpus(dir: string, count: number, seed = 1): Promise<number> {
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (const { file, text } of generateCorpus(count, seed)) {
    await writeFile(join(dir, file), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
