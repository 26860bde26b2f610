// Parley's command line: parses arguments with commander, runs one command, returns an exit code.
import { Command, CommanderError } from 'commander';
import { ParleyError, UsageError } from '../errors.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, processIo, type CommandFactory, type Io } from './io.js';
import { buildCommand } from './build.js';
import { exportCommand } from './export.js';
import { factsCommand } from './facts.js';
import { positionsCommand } from './positions.js';
import { pushCommand } from './push.js';
import { sparqlCommand } from './sparql.js';
import { validateCommand } from './validate.js';
import { viewCommand } from './view.js';

/** Every command, in the order `parley --help` lists them. */
const COMMANDS: readonly CommandFactory[] = [buildCommand, positionsCommand, factsCommand, viewCommand, sparqlCommand, validateCommand, pushCommand, exportCommand];

/** Runs `parley <argv…>` and resolves to its exit code. Never calls process.exit. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command('parley')
    .description('Builds a knowledge graph of negotiating positions from news articles.')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  for (const make of COMMANDS) {
    const command = make(io, (code) => {
      exitCode = code;
    });
    command.copyInheritedSettings(program);
    program.addCommand(command);
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    if (error instanceof UsageError) {
      io.stderr(`parley: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof ParleyError) {
      io.stderr(`parley: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    io.stderr(`parley: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_FAILURE;
  }
}
