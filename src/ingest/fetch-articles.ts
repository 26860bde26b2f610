// Reads articles from the web: fetches pages and feeds' items with bounded concurrency and saves each page as an article file.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import type { InputProblem } from '../types.js';
import { compareCodeUnits } from '../compare-code-units.js';
import { resolveFetchOptions, type FetchOptions } from './fetch-options.js';
import { fetchUrl } from './fetch-url.js';
import { pageFile } from './page-text.js';
import { readFeed, type PageRequest } from './read-feed.js';

/** What to read from the web: pages, and feeds whose items are read as pages. */
export interface WebInputs {
  readonly urls: readonly string[];
  readonly feeds: readonly string[];
}

/** A page saved as an article file, with where it came from and what its feed said of it. */
export interface WebPage extends PageRequest {
  /** The article file the page was saved as. */
  readonly path: string;
  /** The file name articles read from this page go by: the host and path of the address asked for (see pageFileName). */
  readonly file: string;
  /** The address asked for, by which problems are reported; `url` is the one after redirects. */
  readonly requested: string;
}

/** The pages saved, sorted by the address asked for, and the addresses that gave none, with the reason. */
export interface WebResult {
  readonly pages: readonly WebPage[];
  readonly problems: readonly InputProblem[];
}

/**
 * Fetches the pages of `inputs` (the feeds first, then their items' pages with the other addresses; an address given
 * twice is fetched once, with the first feed's details) and saves each as an article file in `dir`, under its
 * pageFileName. An address that fails, a feed that cannot be read and a page that is not HTML or text become problems
 * named by the address; the others are saved.
 */
export async function fetchArticles(inputs: WebInputs, dir: string, partial: Partial<FetchOptions> = {}): Promise<WebResult> {
  const options = resolveFetchOptions(partial);
  const limit = pLimit(options.jobs);
  const problems: InputProblem[] = [];
  const feeds = await Promise.all(inputs.feeds.map((feed) => limit(() => readFeed(feed, options))));
  const requests = new Map<string, PageRequest>();
  for (const url of inputs.urls) requests.set(url, { url });
  feeds.forEach((items, index) => {
    if (!Array.isArray(items)) problems.push({ path: inputs.feeds[index] ?? '', reason: items.reason });
    else for (const item of items) if (!requests.has(item.url)) requests.set(item.url, item);
  });
  const sorted = [...requests.values()].sort((a, b) => compareCodeUnits(a.url, b.url));
  const fetched = await Promise.all(sorted.map((request) => limit(() => fetchUrl(request.url, options))));
  const pages: WebPage[] = [];
  const names = new Set<string>();
  for (const [index, request] of sorted.entries()) {
    const result = fetched[index];
    if (result === undefined) continue;
    const page = 'reason' in result ? result : pageFile(result.bytes, result.contentType);
    if ('reason' in page) {
      problems.push({ path: request.url, reason: page.reason });
      continue;
    }
    if ('reason' in result) continue;
    const file = uniqueName(pageFileName(request.url, page.extension), names);
    const path = join(dir, file);
    await writeFile(path, page.bytes);
    pages.push({ ...request, url: result.url, path, file, requested: request.url });
  }
  return { pages, problems: problems.sort((a, b) => compareCodeUnits(a.path, b.path)) };
}

/**
 * The file name of the page at `url`: its host and path (and query), with every run of characters other than
 * letters, digits, dots and hyphens made one "_", and `extension` added unless the name ends with it
 * (https://www.example.com/news/talks-resume?id=7 → `www.example.com_news_talks-resume_id_7.html`). It depends on the
 * address alone, so that the same address always gives the same name.
 */
export function pageFileName(url: string, extension: string): string {
  const parsed = new URL(url);
  const name = `${parsed.host}${parsed.pathname}${parsed.search}`.replace(/[^\p{L}\p{N}.-]+/gu, '_').replace(/_+$/u, '').slice(0, 200);
  return name.toLowerCase().endsWith(extension) ? name : `${name}${extension}`;
}

/** `name`, or `name` with "-2", "-3"… before its extension when already taken. */
function uniqueName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.');
  let unique = name;
  for (let n = 2; taken.has(unique); n++) unique = `${name.slice(0, dot)}-${n}${name.slice(dot)}`;
  taken.add(unique);
  return unique;
}
