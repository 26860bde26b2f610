// The streams and exit-code contract every CLI command shares, so tests can run commands in process.
import type { Command } from 'commander';

/** Where a command writes and what it knows of its terminal. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when stderr is a terminal: progress bars are drawn only then. */
  readonly interactive: boolean;
  readonly cwd: string;
}

/** The graph file commands read and `parley build` writes when none is named. */
export const DEFAULT_GRAPH_PATH = 'data/graph.ttl';

/** Exit codes: 0 ok, 1 failure (or some input skipped), 2 usage error. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A command factory: builds the commander command; its action reports its exit code through `setExit`. */
export type CommandFactory = (io: Io, setExit: (code: number) => void) => Command;

/** The real process streams. */
export function processIo(): Io {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    interactive: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
}
