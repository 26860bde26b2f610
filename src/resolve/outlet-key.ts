// Which outlet an article speaks for: the unit of corroboration, so that one outlet's reprints count once.
import type { Article } from '../types.js';

/** Endings of a web host that do not tell outlets apart ("reuters.com" and "Reuters" are one outlet). */
const HOST_ENDING = /\.(?:com|org|net|info|news|co|com?\.[a-z]{2}|[a-z]{2})$/u;

/**
 * A key equal for two articles of one outlet: the outlet's name folded (case, accents, "The", "www.", a host's
 * ending, punctuation), or the article's own id when no outlet is known, since an article of unknown origin can only
 * vouch for itself.
 */
export function outletKey(article: Pick<Article, 'id' | 'outlet'>): string {
  const folded = (article.outlet ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/^(?:the\s+|www\.)/u, '')
    .replace(HOST_ENDING, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return folded === '' ? `article:${article.id}` : `outlet:${folded}`;
}

/** The outlet key of each article, by id: computed once for a graph, not once per source. */
export function outletKeys(articles: readonly Pick<Article, 'id' | 'outlet'>[]): Map<string, string> {
  return new Map(articles.map((article) => [article.id, outletKey(article)]));
}

/** How many distinct outlets the sources come from, given the outlet key of each article (see outletKeys). */
export function outletCount(sources: readonly { readonly articleId: string }[], keys: ReadonlyMap<string, string>): number {
  return new Set(sources.map(({ articleId }) => keys.get(articleId) ?? articleId)).size;
}
