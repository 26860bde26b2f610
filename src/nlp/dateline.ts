// Where the dateline that opens a news report ends: "LIMA, Peru, May 2 (Andes Wire) —" names where it was filed.
import type { Token } from '../types.js';

/** Tokens a dateline may hold before its dash: at most this many. */
const DATELINE_TOKENS = 16;

/**
 * The index of the dash that ends a dateline opening these tokens, else undefined. A dateline opens on a place in
 * capitals ("LIMA", "PORT MORESBY") and holds only names, figures, commas and a bracketed agency before the dash.
 */
export function datelineEnd(tokens: readonly Token[]): number | undefined {
  const first = tokens[0]?.text ?? '';
  if (first.length < 2 || first !== first.toUpperCase() || !/\p{Lu}/u.test(first)) return undefined;
  let bracket = false;
  for (let k = 1; k < Math.min(tokens.length, DATELINE_TOKENS); k++) {
    const t = tokens[k]!;
    // ("WASHINGTON -- …": two hyphens typed for a dash.)
    if (/^(?:[—–-]|--)$/.test(t.text)) return k;
    if (t.text === '(') bracket = true;
    else if (t.text === ')') bracket = false;
    else if (!bracket && !(t.pos === 'PROPN' || t.pos === 'NUM' || t.text === ',' || t.text === '.' || /^\p{Lu}/u.test(t.text))) return undefined;
  }
  return undefined;
}
