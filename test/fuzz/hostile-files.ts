// Generates hostile article files (random Unicode, control and zero-width characters, UTF-16 and Latin-1 bytes, NUL,
// broken HTML and Markdown, very long sentences, empty files) and checks what a build of them does. Used by the fuzz
// test and by the fuzzing benchmark.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseArticle } from '../../src/ingest/parse-article.js';
import { buildGraph } from '../../src/pipeline.js';
import { toQuads } from '../../src/rdf/to-quads.js';
import { readTurtle, writeTurtle } from '../../src/rdf/turtle.js';
import type { InputProblem } from '../../src/types.js';

/** One file of a case: its name (which sets its format) and its bytes. */
export interface HostileFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Words of negotiation news, so that some generated text reaches the extraction rules. */
const WORDS = ['Iran', 'Russia', 'Ukraine', 'the', 'minister', 'said', 'demands', 'rejects', 'proposed', 'agreed', 'talks', 'in', 'Geneva', 'ceasefire', 'sanctions', 'Mr.', 'U.S.', 'delegation', '"We', 'agree,"', 'he', 'she', '—', '...', 'on', 'Monday'];
/** Characters that break naive text handling. */
const NASTY = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u00a0', '\u00ad', '\u200b', '\u200c', '\u200d', '\u2028', '\u2029', '\u202e', '\u2060', '\ufeff', '\ufffd', '\r', '\r\n', '\t', '\f', '\v', '\ud800', '\udfff', '\u0301', '\u{1f600}', '<', '>', '&', '"', "'", '[', ']', '(', ')', '*', '_', '`', '#', '\\', '|'];

const word = fc.constantFrom(...WORDS);
const nasty = fc.constantFrom(...NASTY);
const unicode = fc.string({ unit: 'binary', maxLength: 200 });
/** A sentence of news words, sometimes with nasty characters between them. */
const sentence = fc.array(fc.oneof({ weight: 8, arbitrary: word }, { weight: 1, arbitrary: nasty }, { weight: 1, arbitrary: unicode }), { minLength: 1, maxLength: 30 }).map((parts) => `${parts.join(' ')}.`);
/** A sentence of hundreds of words without a stop, sometimes past the sentence-length limit. */
const longSentence = fc.tuple(word, fc.integer({ min: 100, max: 1_200 })).map(([w, n]) => `${`${w} `.repeat(n)}end.`);
const paragraph = fc.array(fc.oneof({ weight: 10, arbitrary: sentence }, { weight: 1, arbitrary: longSentence }), { minLength: 1, maxLength: 8 }).map((s) => s.join(' '));
const text = fc.array(fc.oneof({ weight: 6, arbitrary: paragraph }, { weight: 1, arbitrary: unicode }, { weight: 1, arbitrary: fc.array(nasty, { maxLength: 50 }).map((c) => c.join('')) }), { minLength: 0, maxLength: 6 }).map((p) => p.join('\n\n'));

const MARKUP = ['<p>', '</p>', '<div', '<script>', '</script>', '<!--', '-->', '<a href="', '">', '<br>', '<title>', '</title>', '<h1>', '&amp;', '&#0;', '&#xD800;', '<![CDATA[', ']]>', '<meta property="og:title" content="', '<', '>'];
const markup = fc.constantFrom(...MARKUP);
/** HTML, broken: tags that never close, stray entities, text between. */
const html = fc.array(fc.oneof(markup, sentence, unicode), { maxLength: 40 }).map((parts) => `<html><head><title>T</title></head><body>${parts.join('')}`);
const MARKDOWN = ['# ', '## ', '[', '](', ')', '![', '**', '__', '*', '_', '~~', '`', '```', '> ', '- ', '1. ', '---\n', '\n', '  \n', '|', '<!--', '['.repeat(1_000)];
/** Markdown, broken: markup that never closes, front matter that never ends. */
const markdown = fc.array(fc.oneof(fc.constantFrom(...MARKDOWN), sentence), { maxLength: 40 }).map((parts) => parts.join(''));

/** Text turned into bytes in one of the encodings a file may come in, some of which Parley refuses. */
const encoded = (source: fc.Arbitrary<string>): fc.Arbitrary<Uint8Array> =>
  fc.tuple(source, fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom', 'utf-16le', 'latin1')).map(([t, encoding]) => {
    switch (encoding) {
      case 'utf-8':
        return Buffer.from(t, 'utf8');
      case 'utf-8-bom':
        return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]);
      case 'utf-16le-bom':
        return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]);
      case 'utf-16be-bom':
        return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()]);
      case 'utf-16le':
        return Buffer.from(t, 'utf16le');
      default:
        return Buffer.from(t, 'latin1');
    }
  });

/** One hostile file, of any format. */
export const hostileFile: fc.Arbitrary<Omit<HostileFile, 'name'> & { readonly extension: string }> = fc.oneof(
  { weight: 4, arbitrary: encoded(text).map((bytes) => ({ extension: 'txt', bytes })) },
  { weight: 2, arbitrary: encoded(html).map((bytes) => ({ extension: 'html', bytes })) },
  { weight: 2, arbitrary: encoded(markdown).map((bytes) => ({ extension: 'md', bytes })) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ extension: 'txt', bytes })) },
  { weight: 1, arbitrary: fc.constant({ extension: 'txt', bytes: new Uint8Array(0) }) },
);

/** A case: one to `maxFiles` hostile files, named `case-<n>.<extension>`. */
export function hostileCase(maxFiles = 3): fc.Arbitrary<HostileFile[]> {
  return fc.array(hostileFile, { minLength: 1, maxLength: maxFiles }).map((files) => files.map(({ extension, bytes }, i) => ({ name: `case-${i}.${extension}`, bytes })));
}

/** What a build of a case did. */
export interface CaseOutcome {
  readonly articles: number;
  readonly problems: readonly InputProblem[];
}

/**
 * Writes `files` into `folder` (which must be empty) and builds them as `parley build` does. Throws when the build
 * crashes, when its Turtle does not parse back, or when a file is neither read, nor reported as a problem with its
 * path, nor a duplicate of an article read.
 */
export async function buildCase(folder: string, files: readonly HostileFile[]): Promise<CaseOutcome> {
  const paths = files.map((file) => join(folder, file.name));
  await Promise.all(files.map((file, i) => writeFile(paths[i]!, file.bytes)));
  const { graph, problems } = await buildGraph([folder]);
  readTurtle(writeTurtle(toQuads(graph)));
  const read = new Set(graph.articles.map((article) => article.path));
  const ids = new Set(graph.articles.map((article) => article.id));
  const reported = new Set(problems.map((problem) => problem.path));
  for (const problem of problems) {
    if (!paths.includes(problem.path) || problem.reason === '') throw new Error(`problem of an unknown file or without a reason: ${JSON.stringify(problem)}`);
  }
  for (const [i, path] of paths.entries()) {
    if (read.has(path) || reported.has(path)) continue;
    // Articles with the same text are read once: the other copy must be one.
    if (!ids.has(parseArticle(files[i]!.bytes, path).id)) throw new Error(`${path} was neither read nor reported`);
  }
  return { articles: graph.articles.length, problems };
}

/** The kind of a problem's reason, for counting: its words before any figure, path or detail. */
export function reasonKind(reason: string): string {
  return reason.replace(/[:(].*$/su, '').replace(/\s\d.*$/su, '').trim();
}
