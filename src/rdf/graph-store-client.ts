// Sends a graph to a triplestore with the SPARQL 1.1 Graph Store HTTP Protocol (PUT replaces, POST appends), with Basic or Digest auth.
import { createHash, randomBytes } from 'node:crypto';
import type { Store } from 'n3';
import { ParleyError } from '../errors.js';
import { assertSafeIri, PARLEY_ID } from './namespaces.js';
import { writeTurtle } from './turtle.js';

/** PUT replaces the named graph, so pushing twice leaves the same graph; POST adds the triples to it. */
export type GraphStoreMethod = 'PUT' | 'POST';
export const GRAPH_STORE_METHODS: readonly GraphStoreMethod[] = ['PUT', 'POST'];

/** Options of pushGraph. */
export interface PushGraphOptions {
  /** URL of the Graph Store endpoint, e.g. Virtuoso's `http://host:8890/sparql-graph-crud-auth`. */
  readonly endpoint: string;
  /** Name of the graph to write. */
  readonly graphIri: string;
  readonly method: GraphStoreMethod;
  /** User and password for Basic or Digest authentication, whichever the server asks for. */
  readonly user?: string | undefined;
  readonly password?: string | undefined;
  /** Give up on a request after this many milliseconds. */
  readonly timeoutMs: number;
}

/** The graph Parley writes to when no other is named. */
export const DEFAULT_GRAPH_IRI = `${PARLEY_ID}graph`;

export const DEFAULT_PUSH_GRAPH_OPTIONS: Omit<PushGraphOptions, 'endpoint'> = {
  graphIri: DEFAULT_GRAPH_IRI,
  method: 'PUT',
  timeoutMs: 300_000,
};

/** Fills in defaults and fails early: an http(s) endpoint, a safe graph IRI, a user and a password together. */
export function resolvePushGraphOptions(partial: Partial<PushGraphOptions>): PushGraphOptions {
  const options = { ...DEFAULT_PUSH_GRAPH_OPTIONS, ...partial } as PushGraphOptions;
  let url: URL | undefined;
  try {
    url = new URL(options.endpoint);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new Error(`pushGraph: endpoint is not an http(s) URL. Expecting e.g. http://127.0.0.1:8890/sparql-graph-crud-auth but got ${JSON.stringify(options.endpoint)}.`);
  }
  try {
    assertSafeIri(options.graphIri);
  } catch (error) {
    throw new Error(`pushGraph: graphIri is not an absolute IRI. Expecting e.g. ${DEFAULT_GRAPH_IRI} but got ${JSON.stringify(options.graphIri)}.`, {
      cause: error,
    });
  }
  if (!GRAPH_STORE_METHODS.includes(options.method)) {
    throw new Error(`pushGraph: method is not PUT or POST. Expecting one of ${GRAPH_STORE_METHODS.join(', ')} but got ${JSON.stringify(options.method)}.`);
  }
  if ((options.user === undefined) !== (options.password === undefined)) {
    throw new Error(`pushGraph: a user without a password or a password without a user. Expecting both or neither.`);
  }
  if (!Number.isFinite(options.timeoutMs) || options.timeoutMs <= 0) {
    throw new Error(`pushGraph: timeoutMs is not a positive number. Expecting milliseconds but got ${options.timeoutMs}.`);
  }
  return options;
}

/** What a push did. */
export interface PushReport {
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

/** A push that failed: the endpoint, and the HTTP status when the server answered. */
export class PushError extends ParleyError {
  constructor(
    readonly endpoint: string,
    readonly status: number | undefined,
    reason: string,
    options?: ErrorOptions,
  ) {
    super(`${endpoint}: ${reason}`, options);
  }
}

/**
 * Writes the graph (an n3 Store) as Turtle into the named graph of a SPARQL 1.1 Graph Store endpoint (`?graph=<IRI>`).
 * With a user and password it authenticates the way the server's challenge asks (Digest with MD5 or SHA-256 and
 * qop=auth, or Basic); it first probes with HEAD so a large body is sent only once. Throws a PushError that says
 * what to check on 401, 403, 404, 5xx, a timeout or a network failure.
 */
export async function pushGraph(graph: Store, options: Partial<PushGraphOptions>): Promise<PushReport> {
  const resolved = resolvePushGraphOptions(options);
  const started = performance.now();
  const body = writeTurtle(graph.getQuads(null, null, null, null));
  const url = new URL(resolved.endpoint);
  url.searchParams.set('graph', resolved.graphIri);
  const credentials = resolved.user === undefined ? undefined : { user: resolved.user, password: resolved.password ?? '' };

  let authorization: string | undefined;
  if (credentials !== undefined) {
    const probe = await send(url, 'HEAD', undefined, undefined, resolved);
    if (probe.status === 401) authorization = answerChallenge(probe, credentials, resolved.method, url, resolved.endpoint);
  }
  let response = await send(url, resolved.method, body, authorization, resolved);
  if (response.status === 401 && credentials !== undefined && (authorization === undefined || isStale(response))) {
    // The probe was let through, or the nonce went stale: answer the challenge of the real request and send once more.
    response = await send(url, resolved.method, body, answerChallenge(response, credentials, resolved.method, url, resolved.endpoint), resolved);
  }
  await failUnlessOk(response, resolved, credentials !== undefined);
  return {
    endpoint: resolved.endpoint,
    graphIri: resolved.graphIri,
    method: resolved.method,
    status: response.status,
    triples: graph.size,
    bytes: Buffer.byteLength(body, 'utf8'),
    elapsedMs: performance.now() - started,
  };
}

async function send(url: URL, method: string, body: string | undefined, authorization: string | undefined, options: PushGraphOptions): Promise<Response> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'text/turtle; charset=utf-8';
  if (authorization !== undefined) headers.authorization = authorization;
  try {
    return await fetch(url, { method, headers, body, signal: AbortSignal.timeout(options.timeoutMs), redirect: 'follow' });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const reason = cause instanceof Error ? (('code' in cause ? `${String(cause.code)}: ` : '') + cause.message) : String(cause);
    const what = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${options.timeoutMs} ms` : `cannot reach the server (${reason})`;
    throw new PushError(options.endpoint, undefined, `${what}. Check --endpoint and that the server is running.`, { cause: error });
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
