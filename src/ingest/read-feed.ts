// Reads an RSS or Atom feed: the address of each item, with the headline, date and feed title that may stand in for the page's.
import { parseFeed } from '@rowanmanning/feed-parser';
import type { FetchOptions } from './fetch-options.js';
import { fetchUrl, type FetchFailure } from './fetch-url.js';
import { textOfBytes } from './page-text.js';

/** A page to fetch, with what a feed says of it: used where the page itself does not say. */
export interface PageRequest {
  readonly url: string;
  readonly title?: string | undefined;
  readonly outlet?: string | undefined;
  /** `YYYY-MM-DD`. */
  readonly published?: string | undefined;
}

/**
 * The items of the feed at `url` that link to a web page, in feed order, or why the feed could not be read. An item's
 * date is its published (else updated) time, as a calendar date in UTC.
 */
export async function readFeed(url: string, options: FetchOptions): Promise<PageRequest[] | FetchFailure> {
  const fetched = await fetchUrl(url, options);
  if ('reason' in fetched) return fetched;
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(textOfBytes(fetched.bytes, fetched.contentType));
  } catch (error) {
    return { reason: `not an RSS or Atom feed (${error instanceof Error ? error.message : String(error)})` };
  }
  const outlet = feed.title?.trim() || undefined;
  return feed.items.flatMap((item) => {
    const link = item.url === null ? undefined : webAddress(item.url, fetched.url);
    if (link === undefined) return [];
    const date = item.published ?? item.updated;
    return [{ url: link, title: item.title?.trim() || undefined, outlet, published: date === null ? undefined : date.toISOString().slice(0, 10) }];
  });
}

/** `link` resolved against the feed's address, when it is an http(s) address. */
function webAddress(link: string, base: string): string | undefined {
  const url = URL.parse(link.trim(), base);
  return url !== null && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : undefined;
}
