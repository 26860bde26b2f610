// Keys that let the same topic, worded a little differently in different articles, become one node.

const STOPWORDS = new Set([
  'the', 'a', 'an', 'of', 'to', 'for', 'on', 'in', 'at', 'by', 'with', 'from', 'and', 'or', 'its', 'their', 'his', 'her', 'any', 'all',
  'each', 'both', 'this', 'that', 'these', 'those', 'as', 'be', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'must',
  'between', 'into', 'over', 'about', 'it', 'they', 'side', 'sides',
]);

/** Content words of a label, lower-cased, accents and plural -s removed, sorted and de-duplicated. */
export function topicSignature(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w && !STOPWORDS.has(w))
    .map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  return [...new Set(words)].sort().join(' ');
}
