// Parses a `--timeout SECONDS` value of the command line into milliseconds.
import { InvalidArgumentError } from 'commander';

/** A positive number of seconds (fractions allowed), as milliseconds. */
export function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds <= 0) throw new InvalidArgumentError('Expecting a positive number of seconds.');
  return seconds * 1000;
}
