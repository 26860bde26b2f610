// Counts as English for the summaries commands print: "1 article", "6 parties, 8 people".

/** Singular and plural of what a summary counts, by entity type (the graph's and the facts export's) or noun. */
const NOUNS: Readonly<Record<string, readonly [string, string]>> = {
  Party: ['party', 'parties'],
  Person: ['person', 'people'],
  Delegation: ['delegation', 'delegations'],
  Place: ['place', 'places'],
  Talks: ['round of talks', 'rounds of talks'],
  Event: ['round of talks', 'rounds of talks'],
  Organization: ['organization', 'organizations'],
  Office: ['office', 'offices'],
  Topic: ['topic', 'topics'],
  entity: ['entity', 'entities'],
};

/** `n` and its noun in the right number: `count(1, 'article')` is "1 article", `count(8, 'Person')` "8 people". */
export function count(n: number, noun: string): string {
  const [singular, plural] = NOUNS[noun] ?? [noun, `${noun}s`];
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : plural}`;
}

/** How many of each kind `kinds` holds, in the order of `order` (kinds it does not name come last, in code-unit order). */
export function describeCounts(kinds: Iterable<string>, order: readonly string[] = Object.keys(NOUNS)): string {
  const counts = new Map<string, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const rank = (kind: string) => (order.includes(kind) ? order.indexOf(kind) : order.length);
  return [...counts.keys()]
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map((kind) => count(counts.get(kind)!, kind))
    .join(', ');
}
