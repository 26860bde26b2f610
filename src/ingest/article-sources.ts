// Completes where each article comes from: its web address, outlet, date and title, from a manifest and from the web pages it was read from.
import { resolve } from 'node:path';
import type { Article } from '../types.js';
import { compareCodeUnits } from '../compare-code-units.js';
import type { SourceRecord } from './read-manifest.js';
import type { WebPage } from './fetch-articles.js';

/** What is known of the articles besides their files. */
export interface ArticleSources {
  /** Records of a manifest: what they state wins over what the article's file states. */
  readonly manifest?: readonly SourceRecord[] | undefined;
  /** The web pages articles were read from: they give an article its address and file name, and fill what it lacks from its feed. */
  readonly pages?: readonly WebPage[] | undefined;
}

/**
 * The articles with their sources completed, sorted by path. An article read from a web page goes by the page's
 * address (its path and url) and file name; its feed's outlet and date fill what the page does not state, and the
 * feed's headline is its title. A manifest record matched by url (the address asked for or the final one), then by
 * path, then by file name, sets what it states. The outlet falls back on the host of the article's url, without "www.".
 */
export function applySources(articles: readonly Article[], sources: ArticleSources): Article[] {
  const pages = new Map((sources.pages ?? []).map((page) => [page.path, page]));
  const byUrl = new Map<string, SourceRecord>();
  const byPath = new Map<string, SourceRecord>();
  const byFile = new Map<string, SourceRecord>();
  for (const record of sources.manifest ?? []) {
    // The first record of a key wins, as the first article of a text does.
    if (record.url !== undefined && !byUrl.has(record.url)) byUrl.set(record.url, record);
    if (record.path !== undefined && !byPath.has(record.path)) byPath.set(record.path, record);
    if (record.file !== undefined && !byFile.has(record.file)) byFile.set(record.file, record);
  }
  return articles
    .map((article) => {
      const page = pages.get(article.path);
      const read: Article = page === undefined ? article : {
        ...article,
        path: page.requested,
        file: page.file,
        url: page.url,
        title: page.title ?? article.title,
        outlet: article.outlet ?? page.outlet,
        published: article.published ?? page.published,
      };
      const record =
        (page && (byUrl.get(page.requested) ?? byUrl.get(page.url))) ??
        (read.url === undefined ? undefined : byUrl.get(read.url)) ??
        (page === undefined ? byPath.get(resolve(article.path)) : undefined) ??
        byFile.get(read.file);
      const url = record?.url ?? read.url;
      return {
        ...read,
        url,
        title: record?.title ?? read.title,
        outlet: record?.outlet ?? read.outlet ?? hostOf(url),
        published: record?.published ?? read.published,
      };
    })
    .sort((a, b) => compareCodeUnits(a.path, b.path));
}

/** The host of `url` without a leading "www.", or undefined. */
function hostOf(url: string | undefined): string | undefined {
  const host = url === undefined ? undefined : URL.parse(url)?.hostname;
  return host === undefined || host === '' ? undefined : host.replace(/^www\./iu, '');
}
