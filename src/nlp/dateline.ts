// Where the dateline that opens a news report ends: "LIMA, Peru, May 2 (Andes Wire) —" names where it was filed.
import type { Token } from '../types.js';
import { isMonthName } from '../ingest/leading-date.js';

/** Tokens a dateline may hold before its dash: at most this many. */
const DATELINE_TOKENS = 16;

/**
 * The index of the dash that ends a dateline opening these tokens, else undefined. A dateline opens on a place in
 * capitals ("LIMA", "PORT MORESBY") and holds only names, figures, commas and a bracketed agency before the dash. A
 * place not in capitals opens one only with a day and its month, or a full stop, before the dash ("Arica, 2 May -",
 * "Arica, 2 of May. -", "Arica, Tarapacá. –", as agencies outside English write them), so that a headline's list of
 * names and a dash is none.
 */
export function datelineEnd(tokens: readonly Token[]): number | undefined {
  const first = tokens[0]?.text ?? '';
  const capitals = first === first.toUpperCase();
  if (first.length < 2 || !/^\p{Lu}/u.test(first) || (!capitals && !/^\p{Lu}\p{Ll}/u.test(first))) return undefined;
  let bracket = false;
  let dated = false;
  for (let k = 1; k < Math.min(tokens.length, DATELINE_TOKENS); k++) {
    const t = tokens[k]!;
    // ("WASHINGTON -- …": two hyphens typed for a dash.)
    // ("UN-brokered talks …": a hyphen glued to the word before and to a word in lower case after joins them.)
    const joins = t.text === '-' && tokens[k - 1]!.end === t.start && t.end === tokens[k + 1]?.start && /^\p{Ll}/u.test(tokens[k + 1]!.text);
    if (/^(?:[—–-]|--)$/.test(t.text)) return (capitals || dated || tokens[k - 1]!.text === '.') && !joins ? k : undefined;
    const month = (j: number): boolean => isMonthName(tokens[j]?.text ?? '');
    if (t.pos === 'NUM' && (month(k + 1) || month(k - 1) || (/^(of|de)$/.test(tokens[k + 1]?.lower ?? '') && month(k + 2)))) dated = true;
    if (t.text === '(') bracket = true;
    else if (t.text === ')') bracket = false;
    // ("22 of May", as translations write the day of a month.)
    else if (/^(of|de)$/.test(t.lower) && tokens[k - 1]?.pos === 'NUM' && month(k + 1)) continue;
    else if (!bracket && !(t.pos === 'PROPN' || t.pos === 'NUM' || t.text === ',' || t.text === '.' || /^\p{Lu}/u.test(t.text))) return undefined;
  }
  return undefined;
}
