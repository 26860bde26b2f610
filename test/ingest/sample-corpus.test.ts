import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../../src/ingest/read-articles.js';

/** The sample corpus lives next to the repository, not in it. */
const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/seeds');

describe('readArticles on the sample corpus', async () => {
  const { articles, problems } = await readArticles([CORPUS]);

  it('reads five articles without problems', () => {
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(5);
    expect(articles.map((article) => article.file)).toEqual(articles.map((article) => article.file).sort());
  });

  it('removes the appeals, the feedback prompts and the related-post blocks', () => {
    for (const { text } of articles) {
      expect(text).not.toMatch(/^(?:Related Posts|\+ posts|More posts:?)$/mu);
      expect(text).not.toMatch(/become a patron|ad blocker|readers like you|close this page|Ctrl \+ Enter|suggest a correction|leave your suggestions/iu);
    }
  });

  it('keeps news lines that sit next to the boilerplate', () => {
    const lastLines = articles.map(({ path, text }) => {
      const original = readFileSync(path, 'utf8').replace(/[\u2018\u2019]/gu, "'").replace(/[\u201C\u201D]/gu, '"');
      const last = text.slice(text.lastIndexOf('\n') + 1);
      return original.includes(last);
    });
    expect(lastLines).toEqual([true, true, true, true, true]);
  });

  it('titles each article by its first line, or the first sentence of a first paragraph', () => {
    for (const { title, text, sentences } of articles) {
      const firstLine = text.slice(0, text.indexOf('\n'));
      expect([firstLine, sentences[0]?.text]).toContain(title);
      expect(text.startsWith(title)).toBe(true);
    }
  });

  it('gives every sentence its own text as text.slice(start, end)', () => {
    for (const { text, sentences } of articles) {
      expect(sentences.length).toBeGreaterThan(10);
      for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it('does not split sentences inside "U.S. President"', () => {
    const sentences = articles.flatMap((article) => article.sentences.map((sentence) => sentence.text));
    const withUs = sentences.filter((sentence) => sentence.includes('U.S. President'));
    expect(withUs.length).toBeGreaterThan(0);
    expect(sentences.filter((sentence) => sentence.endsWith('U.S.'))).toEqual([]);
  });

  it('reads files named one by one the same as their folder', async () => {
    const files = articles.map((article) => join(CORPUS, article.file));
    expect((await readArticles(files)).articles).toEqual(articles);
  });
});
