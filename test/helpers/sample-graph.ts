// Builds the sample corpus through the CLI, as a user would, and exports its facts: the set-up of the end-to-end tests.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FactsExport } from '../../src/query/index.js';
import { SEEDS_DIR } from './repo-paths.js';
import { runCli } from './run-cli.js';

/** Runs `parley build <seeds> --out <dir>/<name>` and resolves to the graph's path. Throws when the build does not exit 0. */
export async function buildSampleGraph(dir: string, name = 'graph.ttl'): Promise<string> {
  const out = join(dir, name);
  const run = await runCli(['build', SEEDS_DIR, '--out', out], dir);
  if (run.code !== 0) throw new Error(`parley build of the sample corpus exited ${run.code}:\n${run.stderr}`);
  return out;
}

/** Runs `parley facts --graph <graph> --json --out <dir>/facts.json` and resolves to the file's path and its parsed export. */
export async function exportFactsFile(graph: string, dir: string): Promise<{ path: string; facts: FactsExport }> {
  const path = join(dir, 'facts.json');
  const run = await runCli(['facts', '--graph', graph, '--json', '--out', path], dir);
  if (run.code !== 0) throw new Error(`parley facts exited ${run.code}:\n${run.stderr}`);
  return { path, facts: JSON.parse(await readFile(path, 'utf8')) as FactsExport };
}
