// `parley view [graph] [--port N] [--open]`: serves the graph viewer on 127.0.0.1 until interrupted.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { DEFAULT_VIEWER_SERVER_OPTIONS, startViewerServer } from '../view/start-viewer-server.js';
import { DEFAULT_GRAPH_PATH, EXIT_OK, type CommandFactory, type Io } from './io.js';

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('Expecting an integer from 0 to 65535.');
  return port;
}

/** Opens `url` in the desktop's browser; failing to do so is reported, never fatal. */
function openInBrowser(url: string, io: Io): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', (error) => io.stderr(`parley: view: could not open a browser (${error.message}); open ${url} yourself.\n`));
  child.unref();
}

/** Resolves on the first SIGINT or SIGTERM, then stops listening for them. */
export function untilInterrupted(): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** The view command, serving until `until()` resolves (tests pass their own). */
export function createViewCommand(until: () => Promise<void>): CommandFactory {
  return (io, setExit) =>
    new Command('view')
      .description('Serve the graph viewer on 127.0.0.1 and print its URL; Ctrl-C stops it.')
      .argument('[graph]', 'Turtle graph written by `parley build`', DEFAULT_GRAPH_PATH)
      .option('-p, --port <port>', 'TCP port (0 picks a free one)', parsePort, DEFAULT_VIEWER_SERVER_OPTIONS.port)
      .option('--open', 'open the page in the default browser', false)
      .action(async (graph: string, options: { port: number; open: boolean }) => {
        const stopped = until();
        const server = await startViewerServer({ graphPath: resolve(io.cwd, graph), port: options.port });
        // The URL alone on stdout, for scripts; how to stop it on stderr, for people.
        io.stdout(`${server.url}\n`);
        io.stderr('parley: view: serving the viewer; press Ctrl+C to stop.\n');
        if (options.open) openInBrowser(server.url, io);
        await stopped;
        await server.close();
        setExit(EXIT_OK);
      });
}

/** `parley view`, serving until the process is interrupted. */
export const viewCommand: CommandFactory = createViewCommand(untilInterrupted);
