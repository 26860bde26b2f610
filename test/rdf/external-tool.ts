// Finds external RDF tools (rapper, Debian's rdflib) and decides whether a test that needs one runs or is skipped.
import { spawnSync } from 'node:child_process';

/** True when `command args…` runs and exits 0. */
export function toolWorks(command: string, args: readonly string[]): boolean {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.error === undefined && result.status === 0;
}

/**
 * Whether to skip a test that needs a tool: only when the tool is missing and CI is not set.
 * Under CI the test runs anyway and fails, so a missing tool cannot go unnoticed.
 */
export function skipWithout(available: boolean): boolean {
  return !available && !process.env.CI;
}

/** The test title, with the reason appended when it is skipped. */
export function titleFor(title: string, tool: string, available: boolean): string {
  return skipWithout(available) ? `${title} (skipped: ${tool} is not installed)` : title;
}
