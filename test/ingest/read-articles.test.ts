import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { readArticleFile, readArticles } from '../../src/ingest/read-articles.js';

const DOHA = 'Qatar hosts talks\nIsrael and Hamas negotiators met in Doha on Sunday.';
const GENEVA = 'Geneva trade talks\nUS and Chinese officials agreed to cut tariffs for 90 days.';
const BAKU = 'Peace deal\nArmenia and Azerbaijan initialled a peace agreement in Washington.';

let root: string;

/** Writes `files` (path relative to the temp folder → content) and returns the temp folder. */
async function tree(files: Record<string, string | Uint8Array>): Promise<string> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'parley-ingest-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('readArticles', () => {
  it('reads a folder recursively, sorted by path, for article extensions only', async () => {
    await tree({
      'b.md': GENEVA.replace('\n', '\n\n'),
      'a.txt': DOHA,
      'sub/deeper/c.html': `<html><head><title>Peace deal</title></head><body><p>${BAKU.split('\n')[1]}</p></body></html>`,
      'notes.json': '{"a": 1}',
      'image.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
      '.hidden/d.txt': 'Hidden talks\nNobody should read this file.',
    });
    const { articles, problems } = await readArticles([root]);
    expect(problems).toEqual([]);
    expect(articles.map((article) => article.path)).toEqual([join(root, 'a.txt'), join(root, 'b.md'), join(root, 'sub/deeper/c.html')]);
    expect(articles.map((article) => article.title)).toEqual(['Qatar hosts talks', 'Geneva trade talks', 'Peace deal']);
    expect(articles.map((article) => article.file)).toEqual(['a.txt', 'b.md', 'c.html']);
  });

  it('reads a file named explicitly whatever its extension, as the user wrote its path', async () => {
    await tree({ 'notes.log': DOHA, 'page.data': `<!DOCTYPE html><html><body><p>${GENEVA}</p></body></html>` });
    const paths = [join(root, 'page.data'), join(root, 'notes.log')];
    const { articles, problems } = await readArticles(paths);
    expect(problems).toEqual([]);
    expect(articles.map((article) => article.path)).toEqual([join(root, 'notes.log'), join(root, 'page.data')]);
    expect(articles[1]?.text).toBe(GENEVA.replace('\n', ' '));
  });

  it('reports each bad file as a problem and still reads the good ones', async () => {
    await tree({
      'good.txt': DOHA,
      'empty.txt': '',
      'blank.txt': '  \n\n \t\n',
      'binary.txt': new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]),
      'latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9]),
      'boilerplate.txt': 'Related Posts\nAdvertisement',
      'zz-good.md': GENEVA,
    });
    await symlink(join(root, 'missing.txt'), join(root, 'dangling.txt'));
    const { articles, problems } = await readArticles([root]);
    expect(articles.map((article) => article.file)).toEqual(['good.txt', 'zz-good.md']);
    expect(problems.map((problem) => [problem.path.slice(root.length + 1), problem.reason])).toEqual([
      ['binary.txt', 'binary file (contains NUL bytes)'],
      ['blank.txt', 'empty file'],
      ['boilerplate.txt', 'no article text (only boilerplate)'],
      ['dangling.txt', expect.stringMatching(/^unreadable: .*symbolic link/u)],
      ['empty.txt', 'empty file'],
      ['latin1.txt', expect.stringMatching(/^not valid UTF-8: byte 0xE9 at offset 3/u)],
    ]);
  });

  it('reports a file larger than maxBytes, with its size and the limit', async () => {
    await tree({ 'big.txt': `${DOHA}\n${'The talks went on. '.repeat(100)}`, 'small.txt': GENEVA });
    const { articles, problems } = await readArticles([root], { maxBytes: 1024 });
    expect(articles.map((article) => article.file)).toEqual(['small.txt']);
    expect(problems).toEqual([{ path: join(root, 'big.txt'), reason: expect.stringMatching(/^too large: 1\.9 KiB \(\d+ bytes\), more than the limit of 1 KiB \(1024 bytes\)/u) }]);
  });

  it('reports a dangling symbolic link named explicitly, and reads the other files', async () => {
    await tree({ 'good.txt': DOHA });
    await symlink(join(root, 'nowhere.txt'), join(root, 'link.txt'));
    const { articles, problems } = await readArticles([join(root, 'good.txt'), join(root, 'link.txt')]);
    expect(articles).toHaveLength(1);
    expect(problems).toEqual([{ path: join(root, 'link.txt'), reason: expect.stringMatching(/^unreadable:/u) }]);
  });

  it('walks a folder named like an article file instead of reading it', async () => {
    await tree({ 'folder.txt/inside.txt': DOHA });
    const { articles, problems } = await readArticles([root]);
    expect(problems).toEqual([]);
    expect(articles.map((article) => article.path)).toEqual([join(root, 'folder.txt/inside.txt')]);
  });

  it('reads identical articles once, keeping the first by path', async () => {
    await tree({ 'b/copy.txt': DOHA, 'a/original.txt': `${DOHA}\r\n`, 'c.txt': GENEVA });
    const { articles, problems } = await readArticles([root]);
    expect(problems).toEqual([]);
    expect(articles.map((article) => article.path)).toEqual([join(root, 'a/original.txt'), join(root, 'c.txt')]);
  });

  it('reads a file named twice (directly and through its folder) once', async () => {
    await tree({ 'a.txt': DOHA });
    const { articles } = await readArticles([join(root, 'a.txt'), root, `${root}/./a.txt`]);
    expect(articles).toHaveLength(1);
  });

  it('follows a symbolic link to a folder once, even in a loop', async () => {
    await tree({ 'real/a.txt': DOHA });
    await symlink(join(root, 'real'), join(root, 'real', 'loop'));
    const { articles, problems } = await readArticles([root]);
    expect(problems).toEqual([]);
    expect(articles.map((article) => article.path)).toEqual([join(root, 'real/a.txt')]);
  });

  it('throws UsageError for a path that does not exist', async () => {
    const missing = join(root, 'missing');
    await expect(readArticles([missing])).rejects.toThrow(UsageError);
    await expect(readArticles([missing])).rejects.toThrow(`no such file or directory: ${missing}`);
  });

  it('reports progress for every file, ending at the total', async () => {
    await tree({ 'a.txt': DOHA, 'b.txt': GENEVA, 'c.txt': BAKU, 'd.txt': '' });
    const calls: [number, number][] = [];
    await readArticles([root], { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([[0, 4], [1, 4], [2, 4], [3, 4], [4, 4]]);
  });

  it('gives the same result on every run', async () => {
    await tree(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`f${(i * 7) % 40}.txt`, `${DOHA} Round ${i}.`])));
    const first = await readArticles([root]);
    const second = await readArticles([root]);
    expect(second).toEqual(first);
    expect(first.articles.map((article) => article.path)).toEqual(first.articles.map((article) => article.path).sort());
  });

  it('returns nothing for an empty folder', async () => {
    expect(await readArticles([root])).toEqual({ articles: [], problems: [] });
  });
});

describe('readArticleFile', () => {
  it('reads each file as readArticles does: the article, or the same problem', async () => {
    await tree({
      'good.txt': DOHA,
      'page.html': `<html><head><title>Peace deal</title></head><body><p>${BAKU.split('\n')[1]}</p></body></html>`,
      'empty.txt': '',
      'binary.txt': new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]),
      'big.txt': `${DOHA}\n${'The talks went on. '.repeat(100)}`,
    });
    await symlink(join(root, 'missing.txt'), join(root, 'dangling.txt'));
    const names = ['good.txt', 'page.html', 'empty.txt', 'binary.txt', 'big.txt', 'dangling.txt'];
    const one = await Promise.all(names.map((name) => readArticleFile(join(root, name), 1024)));
    const all = await readArticles([root], { maxBytes: 1024 });
    const byPath = new Map<string, unknown>([...all.articles, ...all.problems].map((result) => [result.path, result]));
    expect(one).toEqual(names.map((name) => byPath.get(join(root, name))));
    expect(one.filter((result) => 'id' in result)).toHaveLength(2);
  });
});
