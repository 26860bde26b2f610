// `parley diff` through main(): the summary and the JSON of two builds, exit 0 with or without differences, 1 and 2 on bad input.
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffGraphs } from '../../src/query/index.js';
import { claimSources, labelOf, storedClaims } from '../../src/query/read-store.js';
import { readGraphFile } from '../../src/rdf/graph-file.js';
import { predicateOf } from '../../src/rdf/namespaces.js';
import { buildTurtle, NEW_BUILD, OLD_BUILD } from '../fixtures/negotiation-builds.js';
import { SEEDS_DIR } from '../helpers/repo-paths.js';
import { runCli } from '../helpers/run-cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

const dir = useTempDir('cli-diff');

beforeAll(async () => {
  await writeFile(join(dir.path, 'old.ttl'), buildTurtle(OLD_BUILD));
  await writeFile(join(dir.path, 'new.ttl'), buildTurtle(NEW_BUILD));
  await writeFile(join(dir.path, 'broken.ttl'), '@prefix p: <https://example.org/> .\np:a p:b\n');
  await writeFile(join(dir.path, 'latin1.ttl'), Buffer.from([0x3c, 0x61, 0x3e, 0x20, 0xe9, 0x0a]));
  await mkdir(join(dir.path, 'folder.ttl'));
});

describe('parley diff', () => {
  it('prints each kind of change with its count and labels, and exits 0', async () => {
    const run = await runCli(['diff', 'old.ttl', 'new.ttl'], dir.path);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('old.ttl -> new.ttl: 21 differences');
    expect(lines.filter((line) => /^\S/u.test(line)).slice(1)).toEqual([
      'articles added (2)',
      'articles removed (2)',
      'claims added (2)',
      'claims removed (5)',
      'stances changed (1)',
      'claims with other confidence or support (3)',
      'nodes merged (1)',
      'nodes added (3)',
      'nodes removed (2)',
    ]);
    expect(lines).toContain('  - company-negotiator.txt: Kestrel Foods names a new negotiator');
    expect(lines).toContain('  - Carlos Ruiz role "negotiator" (confidence 0.90, 1 article)');
    expect(lines).toContain('  ~ Harbour Workers Union rejects -> agrees "Kestrel pension plan"');
    expect(lines).toContain('  ~ Peru demands "larger anchovy quota for its northern fleet": confidence 0.85 -> 0.98, articles 1 -> 2, +fisheries-arica.txt');
    expect(lines).toContain('  Ana Ruiz (Person) + Ruiz (Person) -> Ana Ruiz (Person)');
  });

  it('prints with --json the structured result of diffGraphs', async () => {
    const run = await runCli(['diff', 'old.ttl', 'new.ttl', '--json'], dir.path);
    expect(run.code, run.stderr).toBe(0);
    const expected = diffGraphs(await readGraphFile(join(dir.path, 'old.ttl')), await readGraphFile(join(dir.path, 'new.ttl')));
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('says so and exits 0 when the graphs do not differ', async () => {
    const run = await runCli(['diff', 'new.ttl', 'new.ttl'], dir.path);
    expect(run).toEqual({ code: 0, stdout: 'new.ttl -> new.ttl: no differences\n', stderr: '' });
  });

  it('passes --confidence-threshold on: 1 leaves only the claims whose support changed', async () => {
    const run = await runCli(['diff', 'old.ttl', 'new.ttl', '--json', '--confidence-threshold', '1'], dir.path);
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { claims: { changed: unknown[] } }).claims.changed).toHaveLength(3);
  });

  it('says in --help that the exit status does not tell whether the graphs differ', async () => {
    const run = await runCli(['diff', '--help'], dir.path);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Exit status: 0 whether or not the graphs differ/u);
  });

  it('exits 2 on a graph file that is not there, as every command that reads a graph does', async () => {
    const run = await runCli(['diff', 'old.ttl', 'missing.ttl'], dir.path);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'parley: diff: missing.ttl: no such file\n' });
  });

  it.each([
    [['diff', 'folder.ttl', 'new.ttl'], 'parley: diff: folder.ttl: a folder, not a graph file\n'],
    [['diff', 'old.ttl', 'latin1.ttl'], 'parley: diff: latin1.ttl: not UTF-8 text\n'],
  ])('parley %j exits 1 naming the file', async (args, message) => {
    const run = await runCli(args, dir.path);
    expect(run).toEqual({ code: 1, stdout: '', stderr: message });
  });

  it('exits 1 on a file that is not Turtle, with its line', async () => {
    const run = await runCli(['diff', 'broken.ttl', 'new.ttl'], dir.path);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^parley: diff: broken\.ttl:3: /u);
  });

  it.each([
    [['diff', 'old.ttl'], /^parley: diff: missing required argument 'new'/u],
    [['diff', 'old.ttl', 'new.ttl', '--confidence-threshold', 'high'], /^parley: diff: option '--confidence-threshold <x>' argument 'high' is invalid/u],
    [['diff', 'old.ttl', 'new.ttl', '--jsn'], /^parley: diff: unknown option '--jsn'/u],
  ])('parley %j exits 2', async (args, message) => {
    const run = await runCli(args, dir.path);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe('parley diff on the sample corpus', () => {
  it('lists the article a build leaves out, with the claims it alone stated and the support the others lost', async () => {
    const files = (await readdir(SEEDS_DIR)).sort();
    const left = files.at(-1)!;
    await mkdir(join(dir.path, 'four'));
    for (const file of files.slice(0, -1)) await copyFile(join(SEEDS_DIR, file), join(dir.path, 'four', file));
    for (const [input, out] of [
      [SEEDS_DIR, 'five.ttl'],
      ['four', 'four.ttl'],
    ] as const) {
      const build = await runCli(['build', input, '--out', out], dir.path);
      expect(build.code, build.stderr).toBe(0);
    }
    const run = await runCli(['diff', 'five.ttl', 'four.ttl', '--json'], dir.path);
    expect(run.code, run.stderr).toBe(0);
    const diff = JSON.parse(run.stdout) as ReturnType<typeof diffGraphs>;
    expect(diff.articles.added).toEqual([]);
    expect(diff.articles.removed.map((a) => a.file)).toEqual([left]);
    expect(diff.claims.added).toEqual([]);
    expect(diff.claims.removed.length).toBeGreaterThan(0);
    for (const claim of diff.claims.removed) expect(claim.articles).toEqual([left]);
    for (const change of diff.claims.changed) expect(change.articlesRemoved).toEqual([left]);
    // Every claim the left-out article supports in the full build is either removed or has lost that article.
    const store = await readGraphFile(join(dir.path, 'five.ttl'));
    const supported = storedClaims(store)
      .filter((claim) => claimSources(store, claim.iri).some((source) => source.article === left))
      .map((claim) => `${labelOf(store, claim.subject)} ${predicateOf(claim.predicate)} ${labelOf(store, claim.object)}`);
    const reported = [...diff.claims.removed, ...diff.claims.changed].map((c) => `${c.subject} ${c.predicate} ${c.object}`);
    expect(reported.sort()).toEqual(supported.sort());
    const text = await runCli(['diff', 'five.ttl', 'four.ttl'], dir.path);
    expect(text.stdout).toContain(`articles removed (1)\n  - ${left}: `);
  });
});
