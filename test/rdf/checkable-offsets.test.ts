// Every mention's offsets select its quote in the text its article carries (schema:text): checked on real corpora
// built through the CLI and read back with n3, as a user's tools would read them.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Parser, Store, DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { OA_TERMS, RDF_TERMS, SCHEMA_TERMS } from '../../src/rdf/namespaces.js';
import { REPO_ROOT, SEEDS_DIR } from '../helpers/repo-paths.js';
import { runCli } from '../helpers/run-cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

const { namedNode } = DataFactory;

/** A plain-text article with what cleaning changes: a BOM, CRLF line ends, typographic quotes, wrapped lines, runs of spaces. */
const MESSY_TEXT = [
  '\uFEFFDockers and port agree to resume talks',
  '',
  'The Harbour Workers Union demanded a 9% pay rise from the Port Authority of Velmora on Monday,  and the',
  'authority rejected the union\u2019s demand for a shorter working week.',
  '',
  '\u201CWe will not accept a freeze,\u201D the union said.   The two sides agreed to a mediated',
  'round of talks in Velmora next week.',
].join('\r\n');

const EVAL_DEV2 = resolve(REPO_ROOT, 'eval-texts/dev2');

/** Corpora to build: the sample, the fixtures, the messy file, and the second development set when it was retrieved. */
const CORPORA: readonly (readonly [string, string])[] = [
  ['the sample corpus', SEEDS_DIR],
  ['the development fixtures', resolve(REPO_ROOT, 'test/fixtures/dev-articles')],
  ['the HTML and Markdown fixtures', resolve(REPO_ROOT, 'test/fixtures/ingest')],
  ['a text file with a BOM, CRLF, curly quotes and wrapped lines', 'messy'],
  ...(existsSync(EVAL_DEV2) ? [['the second development set', EVAL_DEV2] as const] : []),
];

interface CheckedMention {
  readonly selector: string;
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly atOffsets: string;
  readonly before: string;
  readonly after: string;
}

function value(store: Store, subject: string, predicate: string): string {
  const [object] = store.getObjects(namedNode(subject), namedNode(predicate), null);
  if (object === undefined) throw new Error(`${subject} has no ${predicate}`);
  return object.value;
}

/** Every position selector of the graph, with the text at its offsets in its article's schema:text. */
function mentionsOf(turtle: string): CheckedMention[] {
  const store = new Store(new Parser().parse(turtle));
  return store.getSubjects(namedNode(RDF_TERMS.type), namedNode(OA_TERMS.SpecificResource), null).flatMap((target) => {
    const text = value(store, value(store, target.value, OA_TERMS.hasSource), SCHEMA_TERMS.text);
    const selectors = store.getObjects(target, namedNode(OA_TERMS.hasSelector), null).map((s) => s.value);
    const quote = selectors.find((s) => store.has(DataFactory.quad(namedNode(s), namedNode(RDF_TERMS.type), namedNode(OA_TERMS.TextQuoteSelector))))!;
    const position = selectors.find((s) => s !== quote)!;
    const start = Number(value(store, position, OA_TERMS.start));
    const end = Number(value(store, position, OA_TERMS.end));
    const prefix = value(store, quote, OA_TERMS.prefix);
    const suffix = value(store, quote, OA_TERMS.suffix);
    return [{
      selector: position,
      exact: value(store, quote, OA_TERMS.exact),
      prefix,
      suffix,
      atOffsets: text.slice(start, end),
      before: text.slice(Math.max(0, start - prefix.length), start),
      after: text.slice(end, end + suffix.length),
    }];
  });
}

describe('offsets a reader can check', () => {
  const temp = useTempDir('offsets');

  it.each(CORPORA)('in %s, the text at every mention\u2019s offsets is its quote', async (_name, input) => {
    let path = input;
    if (input === 'messy') {
      path = join(temp.path, 'messy');
      await mkdir(path, { recursive: true });
      await writeFile(join(path, 'velmora.txt'), MESSY_TEXT);
    }
    const out = join(temp.path, `${_name.replace(/\W+/g, '-')}.ttl`);
    const run = await runCli(['build', path, '--out', out, '--no-cache'], temp.path);
    expect(run.code, run.stderr).toBe(0);
    const mentions = mentionsOf(await readFile(out, 'utf8'));
    expect(mentions.length).toBeGreaterThan(2);
    const wrong = mentions.filter((m) => m.atOffsets !== m.exact || m.before !== m.prefix || m.after !== m.suffix);
    expect(wrong).toEqual([]);
  });
});
