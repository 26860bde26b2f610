// The streams and exit-code contract every CLI command shares, so tests can run commands in process.
import type { Command } from 'commander';

/** Where a command writes and what it knows of its terminal. */
export interface Io {
  /** Writes results. Each call passes whole, already formatted lines. */
  readonly stdout: (text: string) => void;
  /** Writes messages, one or more whole lines per call, each starting `parley: `. */
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

/** C0 controls, DEL and C1 controls: a terminal acts on them (colours, cursor moves, titles) instead of showing them. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;
/** The same without line feed and tab, which formatted output uses on purpose. */
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;

const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeControl(char: string): string {
  return NAMED_ESCAPES[char] ?? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/**
 * Text made safe to write to a terminal: every control character is shown as an escape (`\x1b`, `\r`), except line
 * feed and tab when `keepLineBreaks`. With them kept, the last guard of the streams, for whatever a value brings that
 * its caller did not quote; without, a value from an article that must stay on its line.
 */
export function escapeControlCharacters(text: string, keepLineBreaks = true): string {
  return text.replace(keepLineBreaks ? CONTROL_BUT_LINE_BREAKS : CONTROL, escapeControl);
}

/**
 * A user value (a file name, a name read from an article or a server) as it may appear inside a message: as is when
 * it is plain, else in double quotes with backslashes, quotes and every control character escaped, line breaks
 * included, so a name can neither colour the terminal nor start a line of its own.
 */
export function quoteForTerminal(value: string): string {
  if (!/[\s"'\\\u0000-\u001f\u007f-\u009f]/u.test(value)) return value;
  return `"${escapeControlCharacters(value.replace(/["\\]/g, '\\$&'), false)}"`;
}

/** The real process streams. Messages are always escaped; results only when stdout is a terminal, so piped data stays exact. */
export function processIo(): Io {
  const stdoutIsTerminal = Boolean(process.stdout.isTTY);
  return {
    stdout: (text) => void process.stdout.write(stdoutIsTerminal ? escapeControlCharacters(text) : text),
    stderr: (text) => void process.stderr.write(escapeControlCharacters(text)),
    interactive: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
}
