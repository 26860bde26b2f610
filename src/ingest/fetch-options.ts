// Options of reading articles from the web: their defaults and their validation.
import { UsageError } from '../errors.js';
import { DEFAULT_INGEST_OPTIONS } from './ingest-options.js';

/** How pages and feeds are fetched. */
export interface FetchOptions {
  /** Seconds one request may take, body included, before it is given up. */
  readonly timeoutSeconds: number;
  /** Requests in flight at once. */
  readonly jobs: number;
  /** Further attempts after a network error or an HTTP 429 or 5xx answer. */
  readonly retries: number;
  /** The wait before the first retry, doubled before each next one (a Retry-After header may ask for longer). */
  readonly retryDelayMs: number;
  /** Pages larger than this many bytes are skipped as problems. */
  readonly maxBytes: number;
  /** The fetch function: Node's own, or one of a test's. */
  readonly fetch: typeof globalThis.fetch;
}

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  timeoutSeconds: 20,
  jobs: 4,
  retries: 2,
  retryDelayMs: 500,
  maxBytes: DEFAULT_INGEST_OPTIONS.maxBytes,
  fetch: (input, init) => globalThis.fetch(input, init),
};

/** Longest wait a Retry-After header is obeyed for: a server asking for more is not waited on that long. */
export const MAX_RETRY_DELAY_MS = 30_000;

/** Fills in defaults and checks each option, throwing `UsageError` on the first wrong one. */
export function resolveFetchOptions(options: Partial<FetchOptions> = {}): FetchOptions {
  const resolved: FetchOptions = { ...DEFAULT_FETCH_OPTIONS, ...Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) };
  const { timeoutSeconds, jobs, retries, retryDelayMs, maxBytes, fetch } = resolved;
  if (!(typeof timeoutSeconds === 'number' && timeoutSeconds > 0 && Number.isFinite(timeoutSeconds))) fail('timeoutSeconds', 'a positive number of seconds', timeoutSeconds);
  if (!Number.isSafeInteger(jobs) || jobs < 1) fail('jobs', 'a whole number of requests, 1 or more', jobs);
  if (!Number.isSafeInteger(retries) || retries < 0) fail('retries', 'a whole number of retries, 0 or more', retries);
  if (!(typeof retryDelayMs === 'number' && retryDelayMs >= 0 && Number.isFinite(retryDelayMs))) fail('retryDelayMs', 'a number of milliseconds, 0 or more', retryDelayMs);
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) fail('maxBytes', 'a positive whole number of bytes', maxBytes);
  if (typeof fetch !== 'function') fail('fetch', 'a fetch function', fetch);
  return resolved;
}

function fail(option: string, expected: string, got: unknown): never {
  throw new UsageError(`fetch options: ${option} is invalid. Expecting ${expected} but got ${typeof got === 'number' ? String(got) : (JSON.stringify(got) ?? String(got))}.`);
}
