import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anyPattern } from '../../src/ingest/any-pattern.js';
import { APPEAL_PATTERNS, LINE_PATTERNS } from '../../src/ingest/boilerplate-patterns.js';
import { splitSentences } from '../../src/ingest/split-sentences.js';
import { SEEDS_DIR } from '../helpers/repo-paths.js';

/** Whether one of `patterns` matches `text`, tested one by one: what anyPattern must agree with. */
const someMatches = (patterns: readonly RegExp[], text: string): boolean => patterns.some((pattern) => pattern.test(text));

describe('anyPattern', () => {
  it.each([
    ['a leading \\b shared', [/\bsupport us\b/iu, /\bdonate now\b/iu], ['Please support us.', 'Donate now!', 'supportus', 'we donate nowhere'], [true, true, false, false]],
    ['a leading ^ shared', [/^read more$/iu, /^share$/iu], ['Read more', 'Share', 'Please read more', 'share it'], [true, true, false, false]],
    ['a top-level alternation keeps its anchor on its first branch', [/^a|b$/u, /^c/u], ['xa', 'ab', 'xb', 'xc'], [false, true, true, false]],
    ['flags kept per pattern', [/^by jane$/u, /^photo$/iu], ['By Jane', 'by jane', 'PHOTO'], [false, true, true]],
    ['classes holding | and parentheses', [/^[|(]x/u, /\b[)|]y/u], ['|x', '(x', 'a |y', 'x'], [true, true, false, false]],
  ] as const)('%s', (_, patterns, texts, expected) => {
    const test = anyPattern(patterns);
    expect(texts.map((text) => test(text))).toEqual(expected);
    expect(texts.map((text) => someMatches(patterns, text))).toEqual(expected);
  });

  it.each([[/a/g], [/a/y], [/(a)\1/u], [/(?<x>a)\k<x>/u]])('refuses %s, which an alternation would change', (pattern) => {
    expect(() => anyPattern([pattern])).toThrow();
  });

  it('agrees with the boilerplate patterns one by one on every line and sentence of the sample corpus', async () => {
    const lines: string[] = [];
    for (const file of await readdir(SEEDS_DIR)) lines.push(...(await readFile(join(SEEDS_DIR, file), 'utf8')).split('\n'));
    const sentences = lines.flatMap((line) => splitSentences(line).map((s) => s.text));
    const appeal = anyPattern(APPEAL_PATTERNS);
    const line = anyPattern(LINE_PATTERNS);
    expect(sentences.filter((s) => appeal(s))).toEqual(sentences.filter((s) => someMatches(APPEAL_PATTERNS, s)));
    expect(lines.filter((l) => line(l))).toEqual(lines.filter((l) => someMatches(LINE_PATTERNS, l)));
    expect(lines.filter((l) => line(l)).length).toBeGreaterThan(0);
  });
});
