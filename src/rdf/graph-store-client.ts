// Sends a graph to a triplestore with the SPARQL 1.1 Graph Store HTTP Protocol (PUT replaces, POST appends), with Basic or Digest auth.
import { createHash, randomBytes } from 'node:crypto';
import type { Store } from 'n3';
import { ParleyError } from '../errors.js';
import { assertSafeIri, PARLEY_ID } from './namespaces.js';
import { writeTurtle } from './turtle.js';

/** PUT replaces the named graph, so pushing twice leaves the same graph; POST adds the triples to it. */
export type GraphStoreMethod = 'PUT' | 'POST';
export const GRAPH_STORE_METHODS: readonly GraphStoreMethod[] = ['PUT', 'POST'];

/** How far a push has got, for a progress display: bytes of the body handed to the network, then the wait for the answer. */
export type PushProgress = { readonly phase: 'sending'; readonly sent: number; readonly total: number } | { readonly phase: 'waiting' };

/** Options of pushGraph. */
export interface PushGraphOptions {
  /** URL of the Graph Store endpoint, e.g. Virtuoso's `http://host:8890/sparql-graph-crud-auth`. It may not hold credentials. */
  readonly endpoint: string;
  /** Name of the graph to write. */
  readonly graphIri: string;
  readonly method: GraphStoreMethod;
  /** User and password for Basic or Digest authentication, whichever the server asks for. */
  readonly user?: string | undefined;
  readonly password?: string | undefined;
  /** Give up on a request after this many milliseconds. */
  readonly timeoutMs: number;
  /** Told as the body goes out and when the request waits for the server. */
  readonly onProgress?: ((progress: PushProgress) => void) | undefined;
}

/** The graph Parley writes to when no other is named. */
export const DEFAULT_GRAPH_IRI = `${PARLEY_ID}graph`;

export const DEFAULT_PUSH_GRAPH_OPTIONS: Omit<PushGraphOptions, 'endpoint'> = {
  graphIri: DEFAULT_GRAPH_IRI,
  method: 'PUT',
  timeoutMs: 60_000,
};

/** An option of pushGraph that cannot work: which one, and why. */
export class PushOptionError extends ParleyError {
  constructor(
    readonly option: Exclude<keyof PushGraphOptions, 'onProgress'>,
    readonly reason: string,
  ) {
    super(`pushGraph: ${option} ${reason}`);
  }
}

/**
 * A URL as it may be printed: origin and path only. User, password and the query string (which may carry a token)
 * are left out; text that is not an http(s) URL keeps only what follows its last `@`, without a query string.
 */
export function redactUrl(text: string): string {
  const url = URL.canParse(text) ? new URL(text) : undefined;
  if (url !== undefined && (url.protocol === 'http:' || url.protocol === 'https:')) return `${url.origin}${url.pathname}${url.search === '' ? '' : '?…'}`;
  return text.replace(/^.*@/su, '…@').replace(/\?.*$/su, '?…');
}

/** Whether a URL holds a user or a password (`http://user:password@host/`). */
export function hasUserInfo(endpoint: string): boolean {
  return URL.canParse(endpoint) && (new URL(endpoint).username !== '' || new URL(endpoint).password !== '');
}

/** Fills in defaults and fails early: an http(s) endpoint without credentials, a safe graph IRI, a user and a password together. */
export function resolvePushGraphOptions(partial: Partial<PushGraphOptions>): PushGraphOptions {
  const options = { ...DEFAULT_PUSH_GRAPH_OPTIONS, ...partial } as PushGraphOptions;
  const url = URL.canParse(options.endpoint) ? new URL(options.endpoint) : undefined;
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new PushOptionError('endpoint', `is not an http(s) URL. Expecting e.g. http://127.0.0.1:8890/sparql-graph-crud-auth but got ${JSON.stringify(redactUrl(String(options.endpoint)))}.`);
  }
  if (hasUserInfo(options.endpoint)) throw new PushOptionError('endpoint', 'holds a user or password. Expecting them as the user and password options, which are never printed.');
  try {
    assertSafeIri(options.graphIri);
  } catch {
    throw new PushOptionError('graphIri', `is not an absolute IRI. Expecting e.g. ${DEFAULT_GRAPH_IRI} but got ${JSON.stringify(options.graphIri)}.`);
  }
  if (!GRAPH_STORE_METHODS.includes(options.method)) {
    throw new PushOptionError('method', `is not PUT or POST. Expecting one of ${GRAPH_STORE_METHODS.join(', ')} but got ${JSON.stringify(options.method)}.`);
  }
  if ((options.user === undefined) !== (options.password === undefined)) {
    throw new PushOptionError(options.user === undefined ? 'user' : 'password', 'is missing: a user without a password or a password without a user. Expecting both or neither.');
  }
  if (!Number.isFinite(options.timeoutMs) || options.timeoutMs <= 0) {
    throw new PushOptionError('timeoutMs', `is not a positive number. Expecting milliseconds but got ${options.timeoutMs}.`);
  }
  return options;
}

/** What a push did. */
export interface PushReport {
  /** The endpoint, redacted as redactUrl prints it. */
  readonly endpoint: string;
  readonly graphIri: string;
  readonly method: GraphStoreMethod;
  /** HTTP status of the request that succeeded (200, 201 or 204). */
  readonly status: number;
  /** Distinct triples sent. */
  readonly triples: number;
  /** Size of the Turtle body, in bytes. */
  readonly bytes: number;
  /** From the first request to the last response. */
  readonly elapsedMs: number;
}

/** A push that failed: the endpoint (redacted, as every URL in the message), and the HTTP status when the server answered. */
export class PushError extends ParleyError {
  readonly endpoint: string;

  constructor(
    endpoint: string,
    readonly status: number | undefined,
    reason: string,
    options?: ErrorOptions,
  ) {
    super(`${redactUrl(endpoint)}: ${reason.replace(/\bhttps?:\/\/[^\s"'<>]+/giu, (url) => redactUrl(url))}`, options);
    this.endpoint = redactUrl(endpoint);
  }
}

/** The body is handed to the network in pieces of this size, so progress can be told. */
const CHUNK_BYTES = 64 * 1024;

/** Redirects that keep the method and body (RFC 9110): the only ones a graph may follow, and only on its own origin. */
const BODY_KEEPING_REDIRECTS = new Set([307, 308]);

/**
 * Writes the graph (an n3 Store) as Turtle into the named graph of a SPARQL 1.1 Graph Store endpoint (`?graph=<IRI>`).
 * With a user and password it authenticates the way the server's challenge asks (Digest with MD5 or SHA-256 and
 * qop=auth, or Basic); it first probes with HEAD so a large body is sent only once. A redirect is never followed to
 * another origin (the graph and the credentials would go there); a 307 or 308 to the same origin is followed once.
 * Throws a PushError that says what to check on 401, 403, 404, 5xx, a redirect, a timeout or a network failure.
 */
export async function pushGraph(graph: Store, options: Partial<PushGraphOptions>): Promise<PushReport> {
  const resolved = resolvePushGraphOptions(options);
  const started = performance.now();
  const body = new TextEncoder().encode(writeTurtle(graph.getQuads(null, null, null, null)));
  let url = new URL(resolved.endpoint);
  url.searchParams.set('graph', resolved.graphIri);
  const credentials = resolved.user === undefined ? undefined : { user: resolved.user, password: resolved.password ?? '' };

  let authorization: string | undefined;
  if (credentials !== undefined) {
    const probe = await send(url, 'HEAD', undefined, undefined, resolved);
    if (probe.status === 401) authorization = answerChallenge(probe, credentials, resolved.method, url, resolved.endpoint);
  }
  let response = await send(url, resolved.method, body, authorization, resolved);
  const target = redirectTarget(response, url, resolved.endpoint, true);
  if (target !== undefined) {
    // A Digest answer names its URI, so the new one is asked afresh.
    url = target;
    authorization = undefined;
    response = await send(url, resolved.method, body, undefined, resolved);
  }
  if (response.status === 401 && credentials !== undefined && (authorization === undefined || isStale(response))) {
    // The probe was let through, or the nonce went stale: answer the challenge of the real request and send once more.
    response = await send(url, resolved.method, body, answerChallenge(response, credentials, resolved.method, url, resolved.endpoint), resolved);
  }
  redirectTarget(response, url, resolved.endpoint, false);
  await failUnlessOk(response, resolved, credentials !== undefined);
  return {
    endpoint: redactUrl(resolved.endpoint),
    graphIri: resolved.graphIri,
    method: resolved.method,
    status: response.status,
    triples: graph.size,
    bytes: body.length,
    elapsedMs: performance.now() - started,
  };
}

/**
 * Where a redirect answer points when it may be followed (`mayFollow`, the first time): a 307 or 308, which keep the
 * method and body, to the same origin. Any other redirect is a PushError, and the graph is not sent again.
 */
function redirectTarget(response: Response, url: URL, endpoint: string, mayFollow: boolean): URL | undefined {
  const status = response.status;
  if (status < 300 || status > 399) return undefined;
  const location = response.headers.get('location');
  const target = location !== null && URL.canParse(location, url) ? new URL(location, url) : undefined;
  if (target === undefined) throw new PushError(endpoint, status, `the server redirected (HTTP ${status}) without a usable Location. Check --endpoint.`);
  if (target.origin !== url.origin) throw new PushError(endpoint, status, `the server redirected to another origin (${target.origin}); not re-sending the graph`);
  if (!mayFollow || !BODY_KEEPING_REDIRECTS.has(status)) {
    const why = mayFollow ? `with HTTP ${status}, which would drop the graph` : 'once more';
    throw new PushError(endpoint, status, `the server redirected ${why} (to ${redactUrl(target.href)}); not re-sending the graph. Check --endpoint.`);
  }
  return target;
}

/** The body as a stream that tells how much of it the network has taken. */
function progressBody(body: Uint8Array<ArrayBuffer>, onProgress: (progress: PushProgress) => void): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= body.length) {
        controller.close();
        onProgress({ phase: 'waiting' });
        return;
      }
      const chunk = body.subarray(sent, sent + CHUNK_BYTES);
      sent += chunk.length;
      controller.enqueue(chunk);
      onProgress({ phase: 'sending', sent, total: body.length });
    },
  });
}

async function send(url: URL, method: string, body: Uint8Array<ArrayBuffer> | undefined, authorization: string | undefined, options: PushGraphOptions): Promise<Response> {
  const headers: Record<string, string> = {};
  if (body !== undefined) {
    headers['content-type'] = 'text/turtle; charset=utf-8';
    // Stated, so a streamed body still goes out with a length rather than chunked.
    headers['content-length'] = String(body.length);
  }
  if (authorization !== undefined) headers.authorization = authorization;
  const { onProgress } = options;
  const init: RequestInit & { duplex?: 'half' } =
    body === undefined || onProgress === undefined ? { body } : { body: progressBody(body, onProgress), duplex: 'half' };
  try {
    return await fetch(url, { method, headers, ...init, signal: AbortSignal.timeout(options.timeoutMs), redirect: 'manual' });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const reason = cause instanceof Error ? (('code' in cause ? `${String(cause.code)}: ` : '') + cause.message) : String(cause);
    const what =
      error instanceof Error && error.name === 'TimeoutError'
        ? `no answer within ${options.timeoutMs / 1000} s. Check that the server is running, or allow longer with --timeout.`
        : `cannot reach the server (${reason}). Check --endpoint and that the server is running.`;
    throw new PushError(options.endpoint, undefined, what, { cause: error });
  }
}

async function failUnlessOk(response: Response, { endpoint, method }: PushGraphOptions, authenticated: boolean): Promise<void> {
  if (response.ok) return;
  const text = (await response.text().catch(() => '')).replace(/\s+/gu, ' ').trim().slice(0, 300);
  const said = text === '' ? '' : ` The server said: ${text}`;
  const status = response.status;
  if (status === 401 || status === 403) {
    const reason = authenticated
      ? `authentication failed (HTTP ${status}). Check --user and --password, and that this user may write graphs.`
      : `the server asks for credentials (HTTP ${status}). Give --user and --password.`;
    throw new PushError(endpoint, status, reason);
  }
  if (status === 404) throw new PushError(endpoint, status, `no Graph Store endpoint there (HTTP 404). Check --endpoint (Virtuoso's is /sparql-graph-crud-auth).${said}`);
  if (status === 405 || status === 501) {
    throw new PushError(endpoint, status, `the server does not accept ${method} there (HTTP ${status}). Check that --endpoint is a Graph Store endpoint (Virtuoso's is /sparql-graph-crud-auth).`);
  }
  if (status >= 500) throw new PushError(endpoint, status, `the server failed (HTTP ${status}).${said}`);
  throw new PushError(endpoint, status, `the server refused the graph (HTTP ${status}).${said}`);
}

/** One authentication challenge of a WWW-Authenticate header: the scheme and its parameters (names lower-cased). */
export interface AuthChallenge {
  readonly scheme: string;
  readonly params: Readonly<Record<string, string>>;
}

/**
 * The challenges of a WWW-Authenticate header value (RFC 7235), e.g.
 * `Digest realm="r", nonce="n", qop="auth", Basic realm="r"` gives a Digest and a Basic challenge.
 */
export function parseChallenges(header: string): AuthChallenge[] {
  const challenges: { scheme: string; params: Record<string, string> }[] = [];
  const token = /\s*,?\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)(?:\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*)))?/gy;
  for (let match = token.exec(header); match !== null && match[0] !== ''; match = token.exec(header)) {
    const [, name, quoted, bare] = match;
    if (quoted === undefined && bare === undefined) challenges.push({ scheme: name!.toLowerCase(), params: {} });
    else if (challenges.length > 0) challenges[challenges.length - 1]!.params[name!.toLowerCase()] = quoted?.replace(/\\(.)/gu, '$1') ?? bare!;
  }
  return challenges;
}

/** Credentials for Basic or Digest authentication. */
export interface Credentials {
  readonly user: string;
  readonly password: string;
}

/** True when the server refused a Digest answer only because its nonce expired (RFC 7616 `stale=true`). */
function isStale(response: Response): boolean {
  return parseChallenges(response.headers.get('www-authenticate') ?? '').some((challenge) => challenge.params.stale?.toLowerCase() === 'true');
}

/** The Authorization header that answers the server's challenge, preferring Digest to Basic. */
function answerChallenge(response: Response, credentials: Credentials, method: string, url: URL, endpoint: string): string {
  const challenges = parseChallenges(response.headers.get('www-authenticate') ?? '');
  const digest = challenges.find((challenge) => challenge.scheme === 'digest');
  if (digest !== undefined) {
    return digestAuthorization(digest, credentials, method, `${url.pathname}${url.search}`, randomBytes(8).toString('hex'), 1);
  }
  if (challenges.some((challenge) => challenge.scheme === 'basic')) return basicAuthorization(credentials);
  throw new PushError(endpoint, 401, `the server asks for an authentication scheme Parley does not speak (${challenges.map((c) => c.scheme).join(', ') || 'none named'}). Expecting Digest or Basic.`);
}

/** `Basic base64(user:password)`. */
export function basicAuthorization(credentials: Credentials): string {
  return `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`, 'utf8').toString('base64')}`;
}

const DIGEST_HASHES: Readonly<Record<string, string>> = { md5: 'md5', 'md5-sess': 'md5', 'sha-256': 'sha256', 'sha-256-sess': 'sha256' };

/**
 * The Digest Authorization header (RFC 7616, and RFC 2069 when the server offers no qop) for one request.
 * `cnonce` and the nonce count `nc` are the client's; a fresh random cnonce per request is what servers expect.
 */
export function digestAuthorization(challenge: AuthChallenge, credentials: Credentials, method: string, uri: string, cnonce: string, nc: number): string {
  const { realm = '', nonce = '', opaque } = challenge.params;
  const algorithm = challenge.params.algorithm ?? 'MD5';
  const hashName = DIGEST_HASHES[algorithm.toLowerCase()];
  if (hashName === undefined) throw new Error(`digestAuthorization: algorithm ${algorithm} is not supported. Expecting MD5 or SHA-256 (with or without -sess).`);
  const hash = (text: string): string => createHash(hashName).update(text, 'utf8').digest('hex');
  const count = nc.toString(16).padStart(8, '0');
  let ha1 = hash(`${credentials.user}:${realm}:${credentials.password}`);
  if (algorithm.toLowerCase().endsWith('-sess')) ha1 = hash(`${ha1}:${nonce}:${cnonce}`);
  const ha2 = hash(`${method}:${uri}`);
  const offersAuth = (challenge.params.qop ?? '').split(',').some((qop) => qop.trim().toLowerCase() === 'auth');
  const response = offersAuth ? hash(`${ha1}:${nonce}:${count}:${cnonce}:auth:${ha2}`) : hash(`${ha1}:${nonce}:${ha2}`);
  const quote = (value: string): string => `"${value.replace(/[\\"]/gu, '\\$&')}"`;
  const fields = [
    `username=${quote(credentials.user)}`,
    `realm=${quote(realm)}`,
    `nonce=${quote(nonce)}`,
    `uri=${quote(uri)}`,
    `algorithm=${algorithm}`,
    `response=${quote(response)}`,
    ...(offersAuth ? ['qop=auth', `nc=${count}`, `cnonce=${quote(cnonce)}`] : []),
    ...(opaque === undefined ? [] : [`opaque=${quote(opaque)}`]),
  ];
  return `Digest ${fields.join(', ')}`;
}
