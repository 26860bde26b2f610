// Number words and their numbers: ordinals ("second") from data/ordinals.json, cardinals ("three") from
// data/cardinals.json, each read once.
import { readFileSync } from 'node:fs';
import { packagePath } from '../package-root.js';

const read = new Map<string, ReadonlyMap<string, number>>();

function numberWords(file: string): ReadonlyMap<string, number> {
  let words = read.get(file);
  if (words === undefined) read.set(file, (words = new Map(Object.entries(JSON.parse(readFileSync(packagePath('data', file), 'utf8')) as Record<string, number>))));
  return words;
}

/** "second" → 2. */
export function ordinalWords(): ReadonlyMap<string, number> {
  return numberWords('ordinals.json');
}

/** "three" → 3. */
export function cardinalWords(): ReadonlyMap<string, number> {
  return numberWords('cardinals.json');
}

/**
 * The text opens with a figure, in digits (a currency's sign or letters allowed: "$40", "R180", "R$310", "C$6,000",
 * "US$5") or in words: "5 percent", "four weeks".
 */
export function opensWithFigure(text: string): boolean {
  const first = text.split(' ')[0]!.toLowerCase();
  return /^(?:[$€£¥₹]|[a-z]{1,2}\$|r|rs\.?|s\/)?\d/.test(first) || cardinalWords().has(first);
}
