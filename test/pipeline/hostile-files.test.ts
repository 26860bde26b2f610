// One small file never stalls a build: markup that never closes, a word of 100,000 characters and an article naming
// thousands of people are read in time linear in their size, and a file past the article limits is skipped.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_WORDS, MAX_SENTENCES } from '../../src/ingest/article-from-text.js';
import { buildGraph } from '../../src/pipeline.js';
import { useTempDir } from '../helpers/temp-dir.js';

const dir = useTempDir('hostile-files');

/** Builds the graph of one file holding `text`. */
async function buildOne(name: string, text: string): Promise<Awaited<ReturnType<typeof buildGraph>>> {
  const path = join(dir.path, name);
  await writeFile(path, text);
  return buildGraph([path]);
}

/** `count` distinct people's names, "First Surname", made without randomness from a few syllables. */
function peopleNames(count: number): string[] {
  const first = ['Anna', 'Boris', 'Carla', 'David', 'Elena', 'Farid', 'Greta', 'Hamid', 'Ivan', 'Julia', 'Karim', 'Lena', 'Marco', 'Nadia', 'Omar', 'Petra', 'Rosa', 'Samir', 'Tanja', 'Viktor'];
  const syllables = ['ba', 'ko', 'ri', 'mel', 'dan', 'sto', 'vu', 'lar', 'en', 'qui', 'mo', 'tes', 'gor', 'pi', 'nak', 'sel', 'du', 'fra', 'ho', 'zin', 'wel', 'ta', 'ber', 'lu', 'chi', 'ram', 'so', 've', 'gal', 'to'];
  const n = syllables.length;
  return Array.from({ length: count }, (_, i) => {
    // 7919 is prime to n³: consecutive people get unrelated surnames.
    const k = (i * 7919) % n ** 3;
    const surname = `${syllables[k % n]}${syllables[Math.floor(k / n) % n]}${syllables[Math.floor(k / n ** 2)]}`;
    return `${first[(i * 13) % first.length]} ${surname[0]?.toUpperCase()}${surname.slice(1)}`;
  });
}

describe('a build of one hostile file', () => {
  it('reads a Markdown line of 400,000 unclosed brackets', async () => {
    const { graph, problems } = await buildOne('brackets.md', `# T\n\n${'['.repeat(400_000)}`);
    expect(problems).toEqual([]);
    expect(graph.articles).toHaveLength(1);
    expect(graph.articles[0]?.title).toBe('T');
  }, 60_000);

  it('reads a text holding one URL of 100 KB, and quotes the sentences around it as the file has them', async () => {
    const before = 'Armenia and Azerbaijan resumed talks in Abu Dhabi on Monday, the foreign ministry said.';
    const after = 'Armenia demands the reopening of the border crossings.';
    const source = `Talks resume\n\n${before} Details: https://example.org/${'a1b2'.repeat(25_000)} ${after}\n`;
    const { graph, problems } = await buildOne('long-url.txt', source);
    expect(problems).toEqual([]);
    const article = graph.articles[0]!;
    expect(article.text).not.toContain('a1b2'.repeat(100));
    for (const sentence of article.sentences) {
      expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(source).toContain(sentence.text);
    }
    expect(article.sentences.map((s) => s.text)).toEqual(expect.arrayContaining([before, after]));
    for (const claim of graph.claims) for (const s of claim.sources) expect(source).toContain(s.quote);
  }, 60_000);

  it('reads an article of 560 KB naming 8,500 people', async () => {
    const lines = peopleNames(8_500).map((name) => `${name} said.`).join(' ');
    const text = `Talks in Geneva\n\n${lines} ${lines} ${lines}\n`;
    expect(text.length).toBeGreaterThan(500_000);
    const { graph, problems } = await buildOne('people.txt', text);
    expect(problems).toEqual([]);
    expect(graph.articles).toHaveLength(1);
    expect(graph.articles[0]?.sentences.length).toBe(3 * 8_500 + 1);
  }, 120_000);

  it.each([
    ['a sentence too long', 'run-on.txt', `Talks in Geneva\n\n${'word '.repeat(MAX_SENTENCE_WORDS)}end.`, `a sentence of ${MAX_SENTENCE_WORDS + 1} words, more than the limit of ${MAX_SENTENCE_WORDS} (sentence 2)`],
    ['too many sentences', 'many.txt', `Talks in Geneva\n\n${'Yes. '.repeat(MAX_SENTENCES)}`, `${MAX_SENTENCES + 1} sentences, more than the limit of ${MAX_SENTENCES}`],
  ])('skips an article with %s and says why', async (_name, file, text, reason) => {
    const { graph, problems } = await buildOne(file, text);
    expect(graph.articles).toEqual([]);
    expect(problems).toEqual([{ path: join(dir.path, file), reason: `too long to read: ${reason}` }]);
    expect(await readFile(join(dir.path, file), 'utf8')).toBe(text);
  }, 60_000);
});
