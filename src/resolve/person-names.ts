// Decides when two spellings name the same person: surname only, transliteration variants, typos.
import { distance } from 'fastest-levenshtein';

const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'da', 'van', 'von', 'der', 'la', 'le', 'ben']);

/** Honorifics written before a name, which are no part of it: "Sheikh Mohammed" is a Mohammed. */
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
 * doubled letters. "Araghchi" and "Araqchi", "Dmitriyev" and "Dmitriev" fold to near or equal forms.
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

/** Two surnames are variants when, transliteration folded, they differ by a letter or two and share their first letter ("Witkoff"/"Witkof", "Araghchi"/"Araqchi"). */
export function similarSurnames(a: string, b: string): boolean {
  if (a === b) return true;
  const fa = foldTransliteration(a);
  const fb = foldTransliteration(b);
  if (fa === fb) return fa.length >= 4;
  if (fa[0] !== fb[0]) return false;
  const shorter = Math.min(fa.length, fb.length);
  if (shorter < 5) return false;
  return distance(fa, fb) <= (shorter >= 8 ? 2 : 1);
}

/** True when `a` and `b` can name the same person: same surname (or a variant of it), and no conflicting first names. */
export function sameperson(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  const sa = wa[wa.length - 1];
  const sb = wb[wb.length - 1];
  if (!sa || !sb || !similarSurnames(sa, sb)) return false;
  // "Al Thani" states no first name: a particle is part of the surname.
  const fa = wa.length > 1 && !NAME_PARTICLES.has(wa[0]!) ? wa[0] : undefined;
  const fb = wb.length > 1 && !NAME_PARTICLES.has(wb[0]!) ? wb[0] : undefined;
  return fa === undefined || fb === undefined || fa === fb;
}
