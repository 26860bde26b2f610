// Decides when two spellings name the same person: surname only, transliteration variants, typos.
import { distance } from 'fastest-levenshtein';
import { NAME_PARTICLES } from '../nlp/find-mentions.js';

/** Honorifics written before a name, which are no part of it: "Sheikh Karim" is a Karim. */
const HONORIFICS = new Set(['sheikh', 'sheikha', 'sheik', 'sir', 'dame', 'dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.']);

/** Lower-cased words of a name, accents and leading honorifics removed. */
export function nameWords(name: string): string[] {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  let first = 0;
  while (first < words.length - 1 && HONORIFICS.has(words[first]!)) first++;
  return words.slice(first);
}

/**
 * A surname with the spelling choices of transliteration folded: "gh"/"q", "kh"/"h", "y"/"i", "ph"/"f", "w"/"v",
 * doubled letters. "Ghasemi" and "Qasemi", "Dmitriyev" and "Dmitriev" fold to near or equal forms.
 */
export function foldTransliteration(surname: string): string {
  return surname
    .replace(/^al-|^el-/, '')
    .replace(/-/g, '')
    .replace(/gh/g, 'g')
    .replace(/kh/g, 'h')
    .replace(/q/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/ou/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/y/g, 'i')
    .replace(/j/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** Two surnames are variants when, transliteration folded, they differ by a letter or two and share their first letter ("Marcott"/"Marcot", "Ghasemi"/"Qasemi"). */
export function similarSurnames(a: string, b: string): boolean {
  return a === b || similarFolded(foldTransliteration(a), foldTransliteration(b));
}

function similarFolded(fa: string, fb: string): boolean {
  if (fa === fb) return fa.length >= 4;
  if (fa[0] !== fb[0]) return false;
  const shorter = Math.min(fa.length, fb.length);
  if (shorter < 5) return false;
  // Lengths further apart than the edits allowed need no distance computed.
  const edits = shorter >= TWO_EDIT_LENGTH ? 2 : 1;
  return Math.abs(fa.length - fb.length) <= edits && distance(fa, fb) <= edits;
}

/** What `sameperson` compares of a name, computed once per name when many pairs are compared. */
export interface PersonName {
  readonly words: readonly string[];
  readonly surname: string | undefined;
  readonly folded: string;
  readonly first: string | undefined;
}

export function personName(name: string): PersonName {
  const words = nameWords(name);
  const surname = words[words.length - 1];
  return { words, surname, folded: surname === undefined ? '' : foldTransliteration(surname), first: firstName(words) };
}

/** The first name a name states, if any: "Al Mansour" states none, a particle being part of the surname. */
export function firstName(words: readonly string[]): string | undefined {
  return words.length > 1 && !NAME_PARTICLES.has(words[0]!) ? words[0] : undefined;
}

/** Folded surnames of this many letters may differ by two edits; shorter ones by one (see `similarFolded`). */
const TWO_EDIT_LENGTH = 8;
/** Folded surnames longer than this are keyed by single deletions only: no surname is that long, and keys grow with the square of the length. */
const MAX_TWO_DELETION_LENGTH = 24;

/**
 * Blocking keys of a transliteration-folded surname (`PersonName.folded`): the surname with as many letters deleted,
 * after the first, as `similarFolded` allows edits. Two surnames it accepts share their first letter and differ by at
 * most that many edits after it, so they share a key (the symmetric-deletion property): a name need only be compared
 * with the names it shares a key with, not with every name.
 */
export function surnameKeys(folded: string): string[] {
  const keys = new Set([folded]);
  const deletions = folded.length < TWO_EDIT_LENGTH || folded.length > MAX_TWO_DELETION_LENGTH ? 1 : 2;
  let last = [folded];
  for (let round = 0; round < deletions; round++) {
    const next: string[] = [];
    for (const key of last) {
      for (let i = 1; i < key.length; i++) {
        const shorter = key.slice(0, i) + key.slice(i + 1);
        if (!keys.has(shorter)) {
          keys.add(shorter);
          next.push(shorter);
        }
      }
    }
    last = next;
  }
  return [...keys];
}

/** True when `a` and `b` can name the same person: same surname (or a variant of it), and no conflicting first names. */
export function sameperson(a: string, b: string): boolean {
  return samePersonName(personName(a), personName(b));
}

/** `sameperson` of names already taken apart by `personName`. */
export function samePersonName(a: PersonName, b: PersonName): boolean {
  if (a.surname === undefined || b.surname === undefined) return false;
  if (a.surname !== b.surname && !similarFolded(a.folded, b.folded)) return false;
  return a.first === undefined || b.first === undefined || a.first === b.first;
}
