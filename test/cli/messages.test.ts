// The CLI speaks with one voice: every message starts `parley: ` and names what the user typed; results say what they wrote.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

const GOOD_ARTICLE = new URL('./fixtures/abu-dhabi-talks.txt', import.meta.url);
const dir = useTempDir('cli-messages');

/** Every non-empty line of `text` that is not a continuation ("(Did you mean …?)"). */
function messageLines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '' && !line.startsWith('('));
}

describe('parley --version', () => {
  it.each([['--version'], ['-V']])('%s prints the version of package.json', async (flag) => {
    const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const run = await runCli([flag], process.cwd());
    expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('usage errors', () => {
  it.each([
    [['bild'], /^parley: unknown command 'bild'/u],
    [['build'], /^parley: build: no articles given: name files, folders or web addresses/u],
    [['positions', '--jsn'], /^parley: positions: unknown option '--jsn'/u],
    [['positions', '--stance', 'threatens'], /^parley: positions: option '-s, --stance <stance>' argument 'threatens' is invalid/u],
    [['view', '--port', 'eighty'], /^parley: view: option '-p, --port <port>' argument 'eighty' is invalid/u],
  ])('parley %j exits 2 with a message in Parley’s voice', async (args, message) => {
    const run = await runCli(args, dir.path);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    for (const line of messageLines(run.stderr)) expect(line).toMatch(/^parley: /u);
  });
});

describe('commands on a written graph', () => {
  let graph: string;
  beforeAll(async () => {
    await mkdir(join(dir.path, 'one'));
    await copyFile(GOOD_ARTICLE, join(dir.path, 'one', 'good.txt'));
    graph = 'one.ttl';
    const run = await runCli(['build', 'one', '--out', graph], dir.path);
    if (run.code !== 0) throw new Error(`build of the test article exited ${run.code}:\n${run.stderr}`);
  });

  it('build says what it counts: entities as facts lists them, then offices and topics', async () => {
    const run = await runCli(['build', 'one', '--out', 'again.ttl'], dir.path);
    expect(run.stdout).toMatch(/^again\.ttl: 1 article; \d+ nodes: \d+ entities \(\d+ parties, [^)]+\), (\d+ offices?, )?\d+ topics?; \d+ claims \(/u);
  });

  it('positions of an unknown party names the party, the graph file and the parties it holds', async () => {
    const run = await runCli(['positions', 'Atlantis', '--graph', graph], dir.path);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^parley: positions: no party named "Atlantis" in one\.ttl; parties: .*Armenia, Azerbaijan/u);
  });

  it('positions finds a party by a name the articles never wrote (its capital)', async () => {
    const byName = await runCli(['positions', 'Azerbaijan', '--graph', graph, '--json'], dir.path);
    const byCapital = await runCli(['positions', 'Baku', '--graph', graph, '--json'], dir.path);
    expect(byCapital.code, byCapital.stderr).toBe(0);
    expect(JSON.parse(byCapital.stdout)).toEqual(JSON.parse(byName.stdout));
  });

  it('facts --out says how many entities it wrote, and that topics are not among them', async () => {
    const run = await runCli(['facts', '--graph', graph, '--out', 'facts.json'], dir.path);
    expect(run.code, run.stderr).toBe(0);
    const facts = JSON.parse(await readFile(join(dir.path, 'facts.json'), 'utf8')) as { entities: unknown[]; facts: unknown[] };
    expect(run.stdout).toMatch(new RegExp(`^parley: wrote facts\\.json: ${facts.entities.length} entities \\(\\d+ parties, .+; topics and offices are not entities\\), ${facts.facts.length} facts\n$`, 'u'));
  });

  it.each([
    ['nt', /^parley: wrote [\d,]+ triples to out\.nt \(N-Triples\)\n$/u],
    ['jsonld', /^parley: wrote [\d,]+ triples to out\.jsonld \(JSON-LD\)\n$/u],
    ['gexf', /^parley: wrote out\.gexf \(GEXF, from [\d,]+ triples\)\n$/u],
  ])('export --format %s --out says what it wrote', async (format, said) => {
    const run = await runCli(['export', '--format', format, '--graph', graph, '--out', `out.${format}`], dir.path);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(said);
  });

  it('validate names the graph it checked', async () => {
    const run = await runCli(['validate', '--graph', graph], dir.path);
    expect(run.stdout).toMatch(/^parley: one\.ttl conforms to the shapes \([\d,]+ triples\)\n$/u);
  });

  it('a graph file that is not there is named in a usage error', async () => {
    const run = await runCli(['positions', '--graph', 'nowhere.ttl'], dir.path);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^parley: .*nowhere\.ttl: no graph file there/u);
  });
});
