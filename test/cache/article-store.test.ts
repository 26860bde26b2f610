// The store of per-article results: entries read back as written, with the file's own name and path, and only by their own key and extractor version.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/ingest/index.js';
import { articleClaims } from '../../src/read-and-extract.js';
import { DEFAULT_RULES } from '../../src/extract/rules/index.js';
import { entryKey, readEntry, writeEntry } from '../../src/cache/article-store.js';
import { extractorVersion } from '../../src/cache/extractor-version.js';
import { EntryWrites } from '../../src/cache/read-with-store.js';
import { useTempDir } from '../helpers/temp-dir.js';

const dir = useTempDir('article-store');
const TEXT = 'Harbour talks stall\n\nThe Harbour Workers Union rejected the offer of a 3% raise from Kestrel Foods on Monday, union leader Ana Ruiz said.\n';

describe('article store', () => {
  it('reads an entry back as the claims written, named after the file it is read for', async () => {
    const claims = articleClaims(articleFromText(TEXT, 'first/talks.txt'), DEFAULT_RULES);
    const store = { dir: dir.path, version: 'v1' };
    const key = entryKey(Buffer.from(TEXT), 'first/talks.txt');
    await writeEntry(store, key, claims);
    const read = await readEntry(store, key, 'second/copy.txt');
    expect(read).toEqual(JSON.parse(JSON.stringify({ ...claims, article: { ...claims.article, file: 'copy.txt', path: 'second/copy.txt' } })));
    expect(read?.claims.length).toBeGreaterThan(0);
  });

  it.each([
    ['another extractor version', { dir: '', version: 'v2' }, 'key'],
    ['another key', { dir: '', version: 'v1' }, 'other'],
  ])('finds nothing under %s', async (_name, where, which) => {
    const claims = articleClaims(articleFromText(TEXT, 'talks.txt'), DEFAULT_RULES);
    const key = entryKey(Buffer.from(TEXT), 'talks.txt');
    await writeEntry({ dir: join(dir.path, 'kinds'), version: 'v1' }, key, claims);
    expect(await readEntry({ ...where, dir: join(dir.path, 'kinds') }, which === 'key' ? key : entryKey(Buffer.from('other'), 'talks.txt'), 'talks.txt')).toBeUndefined();
  });

  it.each([
    ['the same bytes and extension', 'a.txt', 'b.TXT', true],
    ['the same bytes read as Markdown', 'a.txt', 'a.md', false],
  ])('keys files by their bytes and extension: %s', (_name, one, other, same) => {
    expect(entryKey(Buffer.from(TEXT), one) === entryKey(Buffer.from(TEXT), other)).toBe(same);
  });

  it('versions the extractor by its code, data and packages, the same within a run', async () => {
    const version = await extractorVersion();
    expect(version).toMatch(/^[0-9a-f]{16}$/u);
    expect(await extractorVersion()).toBe(version);
  });

  it.each([
    ['a rule two imports away changes', 'rules/agrees.js', 'export const words = ["agree", "accept"];\n'],
    ['a module is loaded dynamically and changes', 'late.js', 'export const late = 2;\n'],
    ['a data file changes', 'data/lexicon.json', '{"agree":["agree","accept"]}\n'],
    ['a data file is added', 'data/extra.json', '{}\n'],
    ['an imported package is another version', 'node_modules/fake-package/package.json', '{"version":"2.0.0"}\n'],
  ])('gives another version when %s', async (_name, file, text) => {
    const root = await mkdtemp(join(dir.path, 'extractor-'));
    const files: Record<string, string> = {
      'entry.js': "import { rules } from './rules/index.js';\nimport 'fake-package';\nexport const late = () => import('./late.js');\n",
      'rules/index.js': "export { words as rules } from './agrees.js';\n",
      'rules/agrees.js': 'export const words = ["agree"];\n',
      'late.js': 'export const late = 1;\n',
      'data/lexicon.json': '{"agree":["agree"]}\n',
      'node_modules/fake-package/package.json': '{"version":"1.0.0"}\n',
    };
    const write = async (name: string, content: string): Promise<void> => {
      await mkdir(dirname(join(root, name)), { recursive: true });
      await writeFile(join(root, name), content);
    };
    for (const [name, content] of Object.entries(files)) await write(name, content);
    const version = (): Promise<string> => extractorVersion(join(root, 'entry.js'), join(root, 'data'), root);
    const before = await version();
    expect(await version()).toBe(before);
    await write(file, text);
    expect(await version()).not.toBe(before);
  });
});

describe('EntryWrites', () => {
  const claims = (): ReturnType<typeof articleClaims> => articleClaims(articleFromText(TEXT, 'talks.txt'), DEFAULT_RULES);

  it('writes every entry it was given by the time it is settled, more than it keeps in flight at once', async () => {
    const store = { dir: join(dir.path, 'many'), version: 'v1', read: false, required: true };
    const writes = new EntryWrites(store);
    const keys = Array.from({ length: 80 }, (_, n) => entryKey(Buffer.from(`${TEXT}${n}`), 'talks.txt'));
    for (const key of keys) await writes.add(key, claims());
    await writes.settled();
    const read = await Promise.all(keys.map((key) => readEntry(store, key, 'talks.txt')));
    expect(read.every((entry) => entry?.claims.length)).toBe(true);
  });

  it('fails on settling when an entry of a required store cannot be written, naming it; a cache only misses', async () => {
    // A file where the store's folder should be: no entry can be written under it.
    const blocked = join(dir.path, 'blocked');
    await writeFile(blocked, 'not a folder');
    const key = entryKey(Buffer.from(TEXT), 'talks.txt');
    const required = new EntryWrites({ dir: blocked, version: 'v1', read: false, required: true });
    await required.add(key, claims());
    await expect(required.settled()).rejects.toThrow(`${join(blocked, 'v1', `${key}.json`)}: cannot write (`);
    const cache = new EntryWrites({ dir: blocked, version: 'v1', read: false, required: false });
    await cache.add(key, claims());
    await expect(cache.settled()).resolves.toBeUndefined();
  });
});
