// One web address fetched: retries after network errors and HTTP 429/5xx, none after other answers, and the reasons given.
import { describe, expect, it } from 'vitest';
import { resolveFetchOptions } from '../../src/ingest/fetch-options.js';
import { fetchUrl } from '../../src/ingest/fetch-url.js';
import { UsageError } from '../../src/errors.js';

/** A fetch that gives the answers in turn (an Error is thrown, as Node's fetch throws on a network error), and counts its calls. */
function scripted(answers: readonly (Response | Error)[]): { fetch: typeof fetch; calls: () => number } {
  let calls = 0;
  const fetch = (async () => {
    const answer = answers[Math.min(calls++, answers.length - 1)];
    if (answer instanceof Error) throw answer;
    return answer!;
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls: () => calls };
}

const refused = () => Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
const page = () => new Response('<p>Talks resumed.</p>', { headers: { 'content-type': 'text/html' } });

describe('fetchUrl', () => {
  it.each([
    ['a network error', [refused(), page()], 2],
    ['HTTP 429 with Retry-After', [new Response('', { status: 429, headers: { 'retry-after': '0' } }), page()], 2],
    ['HTTP 503 twice', [new Response('', { status: 503 }), new Response('', { status: 503 }), page()], 3],
  ])('tries again after %s and gets the page', async (_case, answers, expected) => {
    const script = scripted(answers);
    const result = await fetchUrl('https://example.org/a', resolveFetchOptions({ fetch: script.fetch, retryDelayMs: 0 }));
    expect(result).toMatchObject({ contentType: 'text/html' });
    expect(script.calls()).toBe(expected);
  });

  it.each([
    ['network errors', [refused()], 'network error: ECONNREFUSED', 3],
    ['HTTP 500', [new Response('', { status: 500, statusText: 'Internal Server Error' })], 'HTTP 500 Internal Server Error', 3],
    ['HTTP 404', [new Response('', { status: 404, statusText: 'Not Found' })], 'HTTP 404 Not Found', 1],
    ['a page larger than maxBytes', [new Response('x'.repeat(2000))], 'too large: 2.0 KiB (2000 bytes), more than the limit of 1000 bytes (maxBytes)', 1],
  ])('gives up on %s with the reason', async (_case, answers, reason, calls) => {
    const script = scripted(answers);
    expect(await fetchUrl('https://example.org/a', resolveFetchOptions({ fetch: script.fetch, retryDelayMs: 0, maxBytes: 1000 }))).toEqual({ reason });
    expect(script.calls()).toBe(calls);
  });

  it.each([[{ timeoutSeconds: 0 }], [{ jobs: 1.5 }], [{ retries: -1 }]])('refuses the options %j', (options) => {
    expect(() => resolveFetchOptions(options)).toThrow(UsageError);
  });
});
