// Control characters from file names and other values never reach the terminal raw: they are shown as escapes.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { escapeControlCharacters, processIo, quoteForTerminal } from '../../src/cli/io.js';
import { formatPositions } from '../../src/cli/positions.js';
import { getPositions } from '../../src/query/positions.js';
import { readGraphFile } from '../../src/rdf/graph-file.js';
import { writeSampleGraph } from '../fixtures/knowledge-graph.js';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

const GOOD_ARTICLE = new URL('./fixtures/abu-dhabi-talks.txt', import.meta.url);
/** Any C0 or C1 control character, or DEL. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;

describe('quoteForTerminal', () => {
  it.each([
    ['data/graph.ttl', 'data/graph.ttl'],
    ['my notes.txt', '"my notes.txt"'],
    ['\u001b[31mred.txt', '"\\x1b[31mred.txt"'],
    ['a\nparley: forged', '"a\\nparley: forged"'],
    ['tab\there', '"tab\\there"'],
    ['back\\slash', '"back\\\\slash"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['del\u007f and c1\u009b', '"del\\x7f and c1\\x9b"'],
  ])('shows %j as %s', (value, shown) => {
    expect(quoteForTerminal(value)).toBe(shown);
  });
});

describe('escapeControlCharacters', () => {
  it.each([
    ['two lines\nand a tab\there\n', 'two lines\nand a tab\there\n'],
    ['\u001b[2J\u001b]0;title\u0007', '\\x1b[2J\\x1b]0;title\\x07'],
    ['over\rwrite', 'over\\rwrite'],
    ['c1 \u0085 \u009b31m', 'c1 \\x85 \\x9b31m'],
  ])('keeps line feeds and tabs and escapes the rest: %j', (text, shown) => {
    expect(escapeControlCharacters(text)).toBe(shown);
  });
});

describe('processIo', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('escapes control characters on stderr and keeps the lines of a message', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    processIo().stderr('parley: \u001b[31mred\u001b[0m\r\nnext line\n');
    expect(write).toHaveBeenCalledWith('parley: \\x1b[31mred\\x1b[0m\\r\nnext line\n');
  });
});

describe('formatPositions', () => {
  const dir = useTempDir('cli-format');

  it('keeps a label with a line break, read from an article, on its own line', async () => {
    const store = await readGraphFile(await writeSampleGraph(dir.path));
    const text = formatPositions(getPositions(store, { party: 'Oman' }));
    expect(text).toContain('- a "fair" deal \\ no\\nexceptions');
    expect(text).not.toMatch(RAW_CONTROL);
    expect(text.split('\n').filter((line) => line.startsWith('exceptions'))).toEqual([]);
  });

  it('marks a position that rests on an inferred side with the rule that inferred it', async () => {
    const store = await readGraphFile(await writeSampleGraph(dir.path));
    const lines = formatPositions(getPositions(store, { party: 'Iran', stance: 'proposes' })).split('\n');
    expect(lines).toContain('    - third round of talks [Nadia Farahani] (confidence 0.75, 1 article, inferred: memberOf.resolved-side)');
    expect(lines).toContain('    - cap on uranium enrichment [Dariush Karimi] (confidence 0.70, 1 article)');
  });
});

describe('parley build with file names that hold control characters', () => {
  const dir = useTempDir('cli-io');
  const ESCAPE_NAME = '\u001b[31mred.txt';
  const NEWLINE_NAME = 'evil\nparley: wrote everything.txt';
  let run: CliRun;
  beforeAll(async () => {
    const input = join(dir.path, 'names');
    await mkdir(input);
    await copyFile(GOOD_ARTICLE, join(input, 'good.txt'));
    // Empty files are skipped, and a skipped file is named on stderr.
    await writeFile(join(input, ESCAPE_NAME), '');
    await writeFile(join(input, NEWLINE_NAME), '');
    run = await runCli(['build', 'names', '--out', join(dir.path, 'names.ttl')], dir.path);
  });

  it('shows the escape sequence of a name instead of sending it', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"names/\\x1b[31mred.txt"');
    expect(run.stderr).not.toMatch(RAW_CONTROL);
  });

  it('keeps a name with a line break on one line, so it cannot forge a message', () => {
    expect(run.stderr).toContain('"names/evil\\nparley: wrote everything.txt"');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^parley: build: skipped "names\/.+": empty file$/u);
  });
});
