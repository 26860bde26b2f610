// The CLI end to end, in process: bad input files are skipped and named, usage errors exit 2 and leave the old graph
// alone, and positions and facts answer from the written graph.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportFacts, type Position } from '../../src/query/index.js';
import { readGraphFile } from '../../src/rdf/graph-file.js';
import { labelMatches, readGoldEntities } from '../helpers/gold-entities.js';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { buildSampleGraph } from '../helpers/sample-graph.js';
import { useTempDir } from '../helpers/temp-dir.js';

/** An article written for these tests, about peace talks that are not those of the sample corpus. */
const GOOD_ARTICLE = new URL('./fixtures/abu-dhabi-talks.txt', import.meta.url);
const SENTINEL = 'previous graph: must survive a failed build\n';
/** The --max-size of the bad-input build, in MB: larger than the good article, smaller than large.txt. */
const MAX_SIZE_MB = 0.01;

/** The files that are not articles, each with a pattern of the reason the build gives for skipping it. */
const BAD_FILES: readonly { name: string; bytes: Buffer; reason: RegExp }[] = [
  { name: 'empty.txt', bytes: Buffer.alloc(0), reason: /empty/iu },
  { name: 'binary.txt', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]), reason: /binary/iu },
  { name: 'latin1.txt', bytes: Buffer.from('Caf\xe9 talks in Gen\xe8ve ended without an agreement.\n', 'latin1'), reason: /UTF-8/u },
  { name: 'large.txt', bytes: Buffer.from('The talks went on for another day without an agreement.\n'.repeat(400)), reason: /too large/iu },
];

const dir = useTempDir('cli-build');

async function writeSentinel(path: string): Promise<void> {
  await writeFile(path, SENTINEL);
}

/** Lines of stderr that name `path`. */
function linesNaming(run: CliRun, path: string): string[] {
  return run.stderr.split('\n').filter((line) => line.includes(path));
}

describe('parley build with files that are not articles', () => {
  let input: string;
  let out: string;
  let run: CliRun;
  beforeAll(async () => {
    input = join(dir.path, 'mixed');
    await mkdir(input);
    await copyFile(GOOD_ARTICLE, join(input, 'good.txt'));
    for (const bad of BAD_FILES) await writeFile(join(input, bad.name), bad.bytes);
    out = join(dir.path, 'mixed.ttl');
    run = await runCli(['build', 'mixed', '--out', out, '--max-size', String(MAX_SIZE_MB)], dir.path);
  });

  it('exits 1 because some input was skipped', () => {
    expect(run.code).toBe(1);
  });

  it.each(BAD_FILES)('names $name on stderr with the reason it was skipped', ({ name, reason }) => {
    const lines = linesNaming(run, join('mixed', name));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(reason);
  });

  it('does not report the good article', () => {
    expect(linesNaming(run, 'good.txt')).toEqual([]);
  });

  it('still writes the graph of the good article', async () => {
    const facts = exportFacts(await readGraphFile(out));
    const articles = new Set(facts.facts.flatMap((fact) => fact.sources.map((source) => source.article)));
    expect([...articles]).toEqual(['good.txt']);
    const labels = facts.entities.map((entity) => entity.label);
    expect(labels).toEqual(expect.arrayContaining(['Armenia', 'Azerbaijan', 'Ararat Mirzoyan']));
  });
});

describe('parley build with a path that does not exist', () => {
  let out: string;
  let run: CliRun;
  beforeAll(async () => {
    const input = join(dir.path, 'present');
    await mkdir(input);
    await copyFile(GOOD_ARTICLE, join(input, 'good.txt'));
    out = join(dir.path, 'missing.ttl');
    await writeSentinel(out);
    run = await runCli(['build', 'present', 'absent-folder', '--out', out], dir.path);
  });

  it('exits 2, a usage error, naming the missing path', () => {
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('absent-folder');
    expect(run.stdout).toBe('');
  });

  it('leaves the old graph file as it was', async () => {
    expect(await readFile(out, 'utf8')).toBe(SENTINEL);
  });
});

describe('positions and facts of a written graph', () => {
  let graph: string;
  beforeAll(async () => {
    await mkdir(join(dir.path, 'one'));
    await copyFile(GOOD_ARTICLE, join(dir.path, 'one', 'good.txt'));
    graph = join(dir.path, 'one.ttl');
    const run = await runCli(['build', 'one', '--out', graph], dir.path);
    if (run.code !== 0) throw new Error(`build of the test article exited ${run.code}:\n${run.stderr}`);
  });

  it('positions of an unknown party exits 2 and lists the known parties', async () => {
    const parties = exportFacts(await readGraphFile(graph))
      .entities.filter((entity) => entity.type === 'Party')
      .map((entity) => entity.label);
    expect(parties).toEqual(expect.arrayContaining(['Armenia', 'Azerbaijan']));
    const run = await runCli(['positions', 'Atlantis', '--graph', graph], dir.path);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Atlantis');
    for (const party of parties) expect(run.stderr).toContain(party);
  });

  it('facts without --json prints the same JSON export: JSON is the only format', async () => {
    const run = await runCli(['facts', '--graph', graph], dir.path);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(exportFacts(await readGraphFile(graph)));
  });

  it('facts --json prints the export of the graph on stdout', async () => {
    const run = await runCli(['facts', '--graph', graph, '--json'], dir.path);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(exportFacts(await readGraphFile(graph)));
  });
});

describe('positions of one side of the sample corpus', () => {
  let graph: string;
  let all: Position[];
  beforeAll(async () => {
    graph = await buildSampleGraph(dir.path, 'sample.ttl');
    const run = await runCli(['positions', '--graph', graph, '--json'], dir.path);
    if (run.code !== 0) throw new Error(`positions exited ${run.code}:\n${run.stderr}`);
    all = JSON.parse(run.stdout) as Position[];
  });

  it('positions Russia --stance demands --json lists exactly the demands of Russia\'s side', async () => {
    const run = await runCli(['positions', 'Russia', '--stance', 'demands', '--json', '--graph', graph], dir.path);
    expect(run.code, run.stderr).toBe(0);
    const positions = JSON.parse(run.stdout) as Position[];
    expect(positions.length).toBeGreaterThan(0);
    expect(positions).toEqual(all.filter((p) => p.party.label === 'Russia' && p.stance === 'demands'));
    expect(all.some((p) => p.party.label !== 'Russia' && p.stance === 'demands')).toBe(true);
  });

  it('attributes the demands of Russia, named by an alias, to Russia or to a person or delegation of its side in the gold', async () => {
    const run = await runCli(['positions', 'Moscow', '--stance', 'demands', '--json', '--graph', graph], dir.path);
    expect(run.code, run.stderr).toBe(0);
    const russianSide = (await readGoldEntities()).filter((entity) => entity.id === 'russia' || entity.party === 'russia');
    const holders = new Set((JSON.parse(run.stdout) as Position[]).map((p) => p.holder.label));
    expect(holders.size).toBeGreaterThan(0);
    const foreign = [...holders].filter((label) => !russianSide.some((entity) => labelMatches(entity, label)));
    expect(foreign).toEqual([]);
  });
});
