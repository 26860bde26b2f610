// Starts a throwaway Virtuoso 7 server on 127.0.0.1 with its own data folder and free ports, and stops it by its process id.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { VIRTUOSO_BINARY, VIRTUOSO_CONFIG } from '../support/require-tool.js';

/** The DBA account of a new database: Debian's package leaves its password at `dba`. */
export const VIRTUOSO_USER = 'dba';
export const VIRTUOSO_PASSWORD = 'dba';

/** A running server. */
export interface VirtuosoServer {
  readonly pid: number;
  /** The SPARQL protocol endpoint (anonymous, read-only). */
  readonly sparqlUrl: string;
  /** The Graph Store endpoint that asks for Digest authentication. */
  readonly graphStoreUrl: string;
  /** Sends SIGTERM to the server's pid and waits for it to exit (SIGKILL after `graceMs`). */
  readonly stop: (graceMs?: number) => Promise<void>;
}

/** A TCP port nobody listens on right now, chosen by the kernel. */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * Starts Virtuoso in `dir` (database, log and configuration all inside it), listening on 127.0.0.1 only, on two free
 * ports rather than the defaults so that two runs cannot clash. Resolves once its SPARQL endpoint answers; rejects with
 * the end of the server log if it exits or does not answer within `timeoutMs`.
 */
export async function startVirtuoso(dir: string, timeoutMs = 45_000): Promise<VirtuosoServer> {
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  const database = join(dir, 'db');
  await mkdir(database, { recursive: true });
  const config = (await readFile(VIRTUOSO_CONFIG, 'utf8'))
    .replaceAll('/var/lib/virtuoso-opensource-7/db/', `${database}/`)
    .replace(/^ServerPort\s*=\s*1111\s*$/mu, `ServerPort = 127.0.0.1:${sqlPort}`)
    .replace(/^ServerPort\s*=\s*8890\s*$/mu, `ServerPort = 127.0.0.1:${httpPort}`);
  if (!config.includes(`127.0.0.1:${sqlPort}`) || !config.includes(`127.0.0.1:${httpPort}`)) {
    throw new Error(`startVirtuoso: ${VIRTUOSO_CONFIG} has no ServerPort 1111 and 8890 lines to move to 127.0.0.1.`);
  }
  const configPath = join(dir, 'virtuoso.ini');
  await writeFile(configPath, config);
  const logPath = join(dir, 'server.log');
  const log = await open(logPath, 'w');
  const child = spawn(VIRTUOSO_BINARY, ['+foreground', '+configfile', configPath], { cwd: dir, stdio: ['ignore', log.fd, log.fd] });
  await log.close();
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let running = true;
  void exited.then(() => {
    running = false;
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`startVirtuoso: ${VIRTUOSO_BINARY} did not start.`);

  const base = `http://127.0.0.1:${httpPort}`;
  const stop = async (graceMs = 20_000): Promise<void> => {
    if (!running) return;
    process.kill(pid, 'SIGTERM');
    const timer = setTimeout(() => running && process.kill(pid, 'SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!running) throw new Error(`startVirtuoso: the server exited while starting. Its log:\n${(await readFile(logPath, 'utf8')).slice(-2000)}`);
    const answered = await fetch(`${base}/sparql?query=${encodeURIComponent('ASK {}')}`, { signal: AbortSignal.timeout(2000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`startVirtuoso: no answer on ${base}/sparql within ${timeoutMs} ms. Its log:\n${(await readFile(logPath, 'utf8')).slice(-2000)}`);
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  return { pid, sparqlUrl: `${base}/sparql`, graphStoreUrl: `${base}/sparql-graph-crud-auth`, stop };
}
