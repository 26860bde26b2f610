// Fetches one web address: a timeout per request, retries with backoff for network errors and HTTP 429 and 5xx.
import { setTimeout as sleep } from 'node:timers/promises';
import type { FetchOptions } from './fetch-options.js';
import { MAX_RETRY_DELAY_MS } from './fetch-options.js';
import { tooLarge } from './read-articles.js';

/** A successful answer: the address after redirects, its Content-Type and its body. */
export interface FetchedUrl {
  readonly url: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** Why an address gave nothing: "HTTP 404 Not Found", "timed out after 20 s", "network error: ECONNREFUSED". */
export interface FetchFailure {
  readonly reason: string;
}

/**
 * The answer at `url`, or the reason there is none. A network error and an HTTP 429 or 5xx answer are tried again up
 * to `options.retries` times, after `retryDelayMs` doubled each time (or the Retry-After the server asks, up to
 * MAX_RETRY_DELAY_MS); a timeout is not, since the next attempt would most likely wait as long.
 */
export async function fetchUrl(url: string, options: FetchOptions): Promise<FetchedUrl | FetchFailure> {
  for (let attempt = 0; ; attempt++) {
    const outcome = await fetchOnce(url, options);
    if (!('retryAfterMs' in outcome) || attempt >= options.retries) return 'retryAfterMs' in outcome ? { reason: outcome.reason } : outcome;
    await sleep(Math.min(MAX_RETRY_DELAY_MS, Math.max(outcome.retryAfterMs ?? 0, options.retryDelayMs * 2 ** attempt)));
  }
}

/** A failure worth another attempt, with the wait the server asked for, if any. */
interface Retryable {
  readonly reason: string;
  readonly retryAfterMs: number | undefined;
}

async function fetchOnce(url: string, options: FetchOptions): Promise<FetchedUrl | FetchFailure | Retryable> {
  const signal = AbortSignal.timeout(options.timeoutSeconds * 1000);
  try {
    const response = await options.fetch(url, {
      signal,
      redirect: 'follow',
      headers: { accept: 'text/html, application/xhtml+xml, text/plain;q=0.9, application/rss+xml, application/atom+xml, application/xml;q=0.8, */*;q=0.1' },
    });
    const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    if (response.status === 429 || response.status >= 500) {
      await response.body?.cancel();
      return { reason: status, retryAfterMs: retryAfter(response.headers.get('retry-after')) };
    }
    if (!response.ok) {
      await response.body?.cancel();
      return { reason: status };
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > options.maxBytes) {
      await response.body?.cancel();
      return { reason: tooLarge(declared, options.maxBytes) };
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > options.maxBytes) return { reason: tooLarge(bytes.length, options.maxBytes) };
    return { url: response.url || url, contentType: response.headers.get('content-type') ?? '', bytes };
  } catch (error) {
    if (signal.aborted) return { reason: `timed out after ${options.timeoutSeconds} s` };
    return { reason: `network error: ${networkReason(error)}`, retryAfterMs: undefined };
  }
}

/** Retry-After in milliseconds, from seconds or an HTTP date; undefined when absent or unreadable. */
function retryAfter(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Node's fetch fails with "fetch failed" and puts the system error (ECONNREFUSED, ENOTFOUND) in its cause. */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
