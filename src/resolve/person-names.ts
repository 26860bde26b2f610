// Decides when two spellings name the same person: surname only, transliteration variants, typos.
import { distance } from 'fastest-levenshtein';

/** Lower-cased words of a name, accents removed. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
}

/** Two surnames are variants when they differ by a letter or two and share their first letter ("Zelensky"/"Zelenskyy", "Umerov"/"Umarov"). */
export function similarSurnames(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0]) return false;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  return distance(a, b) <= (shorter >= 8 ? 2 : 1);
}

/** True when `a` and `b` can name the same person: same surname (or a variant of it), and no conflicting first names. */
export function sameperson(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  const sa = wa[wa.length - 1];
  const sb = wb[wb.length - 1];
  if (!sa || !sb || !similarSurnames(sa, sb)) return false;
  const fa = wa.length > 1 ? wa[0] : undefined;
  const fb = wb.length > 1 ? wb[0] : undefined;
  return fa === undefined || fb === undefined || fa === fb;
}
