// A manifest of where articles come from, in CSV, JSON lines or a JSON "articles" array, and the messages of a bad one.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { readManifest } from '../../src/ingest/read-manifest.js';
import { useTempDir } from '../helpers/temp-dir.js';

const dir = useTempDir('read-manifest');

async function manifest(name: string, text: string): Promise<string> {
  const path = join(dir.path, name);
  await writeFile(path, text);
  return path;
}

describe('readManifest', () => {
  it.each([
    ['m.csv', 'path,outlet,date,title\na/talks.txt,"Gulf Times, Doha",2024-05-02,"Talks ""resume"""\n'],
    ['m.jsonl', '{"path": "a/talks.txt", "outlet": "Gulf Times, Doha", "date": "2024-05-02", "title": "Talks \\"resume\\""}\n\n'],
    ['m.json', '{"description": "x", "articles": [{"path": "a/talks.txt", "outlet": "Gulf Times, Doha", "date": "2024-05-02T08:00:00Z", "title": "Talks \\"resume\\"", "topic": "ignored"}]}'],
  ])('reads %s, resolving a path against its folder', async (name, text) => {
    expect(await readManifest(await manifest(name, text))).toEqual([
      { path: join(dir.path, 'a/talks.txt'), file: undefined, url: undefined, outlet: 'Gulf Times, Doha', published: '2024-05-02', title: 'Talks "resume"' },
    ]);
  });

  it('reads file and url columns, in any order, and normalises the url', async () => {
    const records = await readManifest(await manifest('u.csv', 'url,file\r\nHTTPS://Example.org/a b,x.txt\r\n'));
    expect(records).toEqual([expect.objectContaining({ url: 'https://example.org/a%20b', file: 'x.txt' })]);
  });

  it.each([
    ['bad-line.jsonl', '{"file": "a.txt"}\n{"file": \n', /^bad-line\.jsonl: line 2: not a JSON object/u],
    ['bad-date.csv', 'file,date\na.txt,2024-05-02\nb.txt,yesterday\n', /^bad-date\.csv: line 3: the date "yesterday" is not a date like 2024-05-02\.$/u],
    ['no-key.csv', 'outlet,date\nGulf Times,2024-05-02\n', /^no-key\.csv: line 1: the header must name a path, file or url column/u],
    ['fields.csv', 'file,outlet\na.txt,Gulf Times,extra\n', /^fields\.csv: line 2: 3 fields, but the header has 2\.$/u],
    ['bad-url.json', '{"articles": [\n  {"file": "a.txt"},\n  {"url": "ftp://x/y"}\n]}', /^bad-url\.json: line 3: "ftp:\/\/x\/y" is not an http or https address\.$/u],
    ['nothing.jsonl', '{"outlet": "Gulf Times"}\n', /^nothing\.jsonl: line 1: names no article/u],
  ])('names the manifest and the line of a problem in %s', async (name, text, message) => {
    const path = await manifest(name, text);
    await expect(readManifest(path, name)).rejects.toThrow(message);
    await expect(readManifest(path, name)).rejects.toBeInstanceOf(UsageError);
  });

  it('says when the manifest file is missing', async () => {
    await expect(readManifest(join(dir.path, 'none.csv'), 'none.csv')).rejects.toThrow(/^none\.csv: no such manifest file$/u);
  });
});
