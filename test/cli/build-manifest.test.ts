// `parley build --manifest`: the outlet, date, title and address a manifest gives each article reach the graph and positions.
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

const ARTICLE = new URL('./fixtures/abu-dhabi-talks.txt', import.meta.url);
const dir = useTempDir('cli-build-manifest');
let run: CliRun;

beforeAll(async () => {
  await copyFile(ARTICLE, join(dir.path, 'abu-dhabi-talks.txt'));
  await writeFile(
    join(dir.path, 'manifest.json'),
    JSON.stringify({ articles: [{ file: 'abu-dhabi-talks.txt', url: 'https://www.gulf-times.com/story/abu-dhabi-talks', outlet: 'Gulf Times', date: '2024-05-02' }] }),
  );
  run = await runCli(['build', 'abu-dhabi-talks.txt', '--manifest', 'manifest.json', '--no-cache', '--jobs', '1', '--out', 'graph.ttl'], dir.path);
}, 60_000);

describe('parley build --manifest', () => {
  it('writes the url, outlet and date of the manifest on the article node', async () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const turtle = await readFile(join(dir.path, 'graph.ttl'), 'utf8');
    expect(turtle).toContain('schema:url <https://www.gulf-times.com/story/abu-dhabi-talks>');
    expect(turtle).toContain('schema:publisher "Gulf Times"');
    expect(turtle).toContain('schema:datePublished "2024-05-02"^^xsd:date');
  });

  it('shows them with each quote in positions', async () => {
    const positions = await runCli(['positions', 'Azerbaijan', '--graph', 'graph.ttl'], dir.path);
    expect(positions.stdout).toContain('" (Gulf Times, 2024-05-02)\n');
  });

  it.each([
    ['missing.csv', undefined, /^parley: build: --manifest missing\.csv: no such manifest file\n$/u],
    ['bad.csv', 'file,date\nabu-dhabi-talks.txt,soon\n', /^parley: build: --manifest bad\.csv: line 2: the date "soon" is not a date like 2024-05-02\.\n$/u],
  ])('refuses %s, naming it and the line, and writes nothing', async (name, text, message) => {
    if (text !== undefined) await writeFile(join(dir.path, name), text);
    const result = await runCli(['build', 'abu-dhabi-talks.txt', '--manifest', name, '--no-cache', '--out', 'none.ttl'], dir.path);
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(2);
    await expect(readFile(join(dir.path, 'none.ttl'))).rejects.toThrow();
  });
});
