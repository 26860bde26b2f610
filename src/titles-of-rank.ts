// Titles of rank written before a name with a full stop ("Mr.", "Ing.", "Dott.ssa"), from data/offices.json: the sentence
// splitter must not end a sentence at their stop, and the tokenizer keeps each as one word.
import { readFileSync } from 'node:fs';
import { packagePath } from './package-root.js';

let titles: ReadonlySet<string> | undefined;

/** The titles of rank of data/offices.json (its `honorifics`) that hold a full stop, lower case: "mr.", "ing.", "dott.ssa". */
export function titlesWithStop(): ReadonlySet<string> {
  titles ??= new Set(
    (JSON.parse(readFileSync(packagePath('data', 'offices.json'), 'utf8')) as { honorifics: string[] }).honorifics.map((title) => title.toLowerCase()).filter((title) => title.includes('.')),
  );
  return titles;
}
