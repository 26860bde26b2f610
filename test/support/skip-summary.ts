// Vitest global set-up: gives the tests a log for the groups they skip for want of a system tool, and prints the list
// (with the Debian package of each tool) when the run ends, so a skip never passes silently.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { SkippedGroup } from './require-tool.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The file `requireTool` appends skipped groups to. */
    skippedToolsLog: string;
  }
}

/** The end-of-run summary of skipped groups, or '' when none was skipped. */
export function formatSkipSummary(groups: readonly SkippedGroup[]): string {
  if (groups.length === 0) return '';
  const packages = [...new Set(groups.map((g) => g.debianPackage))].sort();
  const lines = groups
    .map((g) => `  - ${g.title}: ${g.tool} is not installed (Debian package ${g.debianPackage})`)
    .sort();
  return [
    `Skipped ${groups.length} test group${groups.length === 1 ? '' : 's'} for want of a system tool:`,
    ...lines,
    `Install them with: apt-get install -y --no-install-recommends ${packages.join(' ')}`,
    'Under CI (CI=true) these tests fail instead of skipping.',
    '',
  ].join('\n');
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'parley-skipped-'));
  const log = join(dir, 'skipped.jsonl');
  writeFileSync(log, '');
  project.provide('skippedToolsLog', log);
  return () => {
    // A file collected twice (a re-run in watch mode) records its groups twice: list each once.
    const lines = new Set(readFileSync(log, 'utf8').split('\n').filter((line) => line !== ''));
    rmSync(dir, { recursive: true, force: true });
    const summary = formatSkipSummary([...lines].map((line) => JSON.parse(line) as SkippedGroup));
    if (summary) process.stdout.write(`\n${summary}`);
  };
}
