// Parley's command line: parses arguments with commander, runs one command, returns an exit code.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { ParleyError, UsageError } from '../errors.js';
import { packagePath } from '../package-root.js';
import { escapeControlCharacters, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, processIo, type CommandFactory, type Io } from './io.js';

/**
 * Every command by name, in the order `parley --help` lists them. A command's module loads the libraries its options
 * name (the SPARQL engine for `sparql --format`, graphology for `export --format`), so only the command typed is loaded.
 */
const COMMANDS: readonly (readonly [string, () => Promise<CommandFactory>])[] = [
  ['build', async () => (await import('./build.js')).buildCommand],
  ['merge', async () => (await import('./merge.js')).mergeCommand],
  ['positions', async () => (await import('./positions.js')).positionsCommand],
  ['timeline', async () => (await import('./timeline.js')).timelineCommand],
  ['matrix', async () => (await import('./matrix.js')).matrixCommand],
  ['facts', async () => (await import('./facts.js')).factsCommand],
  ['view', async () => (await import('./view.js')).viewCommand],
  ['sparql', async () => (await import('./sparql.js')).sparqlCommand],
  ['validate', async () => (await import('./validate.js')).validateCommand],
  ['push', async () => (await import('./push.js')).pushCommand],
  ['export', async () => (await import('./export.js')).exportCommand],
  ['diff', async () => (await import('./diff.js')).diffCommand],
];

/** The commands `argv` needs: the one it names (the root takes no option with a value), else all, for help and suggestions. */
async function commandsFor(argv: readonly string[]): Promise<CommandFactory[]> {
  const typed = argv.find((arg) => !arg.startsWith('-'));
  const named = COMMANDS.find(([name]) => name === typed);
  return Promise.all((named ? [named] : COMMANDS).map(([, load]) => load()));
}

/** The version in Parley's package.json, which `parley --version` prints. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
}

/** Commander's own errors ("error: unknown option …") in Parley's voice: `parley: build: unknown option …`. */
function commanderErrorWriter(where: string): (text: string, write: (text: string) => void) => void {
  return (text, write) => write(`parley: ${where}${text.replace(/^error: /u, '')}`);
}

/** Runs `parley <argv…>` and resolves to its exit code. Never calls process.exit. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  // Whatever a message quotes (a file name, a server's answer), its control characters never reach the terminal raw.
  const guarded: Io = { ...io, stderr: (text) => io.stderr(escapeControlCharacters(text)) };
  let exitCode = EXIT_OK;
  const program = new Command('parley')
    .description('Builds a knowledge graph of negotiating positions from news articles.')
    .version(packageVersion(), '-V, --version', 'print the version of Parley')
    .exitOverride()
    .configureOutput({ writeOut: guarded.stdout, writeErr: guarded.stderr, outputError: commanderErrorWriter('') });
  for (const make of await commandsFor(argv)) {
    const command = make(guarded, (code) => {
      exitCode = code;
    });
    command.copyInheritedSettings(program);
    command.configureOutput({ outputError: commanderErrorWriter(`${command.name()}: `) });
    program.addCommand(command);
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    if (error instanceof ParleyError) {
      guarded.stderr(`parley: ${error.message}\n`);
      return error instanceof UsageError ? EXIT_USAGE : EXIT_FAILURE;
    }
    guarded.stderr(`parley: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_FAILURE;
  }
}
