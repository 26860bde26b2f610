// Articles not written in English are skipped and named with their language; English ones, and texts too short to
// judge, are always read.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEARLY_ENGLISH_SHARE, foreignLanguageReason, isClearlyEnglish, MIN_LETTERS_TO_JUDGE } from '../../src/ingest/article-language.js';
import { readArticles } from '../../src/ingest/read-articles.js';
import { SEEDS_DIR } from '../helpers/repo-paths.js';
import { useTempDir } from '../helpers/temp-dir.js';

/** Reports of talks, written for this test, each well over MIN_LETTERS_TO_JUDGE letters. */
const FOREIGN: readonly { file: string; language: string; text: string }[] = [
  {
    file: 'geneve.txt',
    language: 'French (fr)',
    text: 'Les négociations ont repris mardi à Genève entre les deux délégations. Le ministre des Affaires étrangères a déclaré que son pays exigeait la levée des sanctions avant toute signature. La partie adverse a rejeté cette condition et proposé un nouveau cycle de pourparlers le mois prochain.',
  },
  {
    file: 'wien.txt',
    language: 'German (de)',
    text: 'Die Verhandlungen wurden am Dienstag in Wien zwischen den beiden Delegationen wieder aufgenommen. Der Außenminister erklärte, sein Land verlange die Aufhebung der Sanktionen vor jeder Unterzeichnung. Die Gegenseite lehnte diese Bedingung ab und schlug eine neue Gesprächsrunde im nächsten Monat vor.',
  },
  {
    file: 'madrid.txt',
    language: 'Spanish (es)',
    text: 'Las negociaciones se reanudaron el martes en Madrid entre las dos delegaciones. El ministro de Asuntos Exteriores declaró que su país exige el levantamiento de las sanciones antes de cualquier firma. La otra parte rechazó esa condición y propuso una nueva ronda de conversaciones el próximo mes.',
  },
  {
    file: 'moskva.txt',
    language: 'Russian (ru)',
    text: 'Переговоры между двумя делегациями возобновились во вторник в Стамбуле. Министр иностранных дел заявил, что его страна требует отмены санкций до подписания любого соглашения. Другая сторона отвергла это условие и предложила провести новый раунд переговоров в следующем месяце.',
  },
];

const dir = useTempDir('language');

describe('foreignLanguageReason', () => {
  it.each(FOREIGN)('names $language', async ({ text, language }) => {
    expect(await foreignLanguageReason(text)).toBe(`written in ${language}, not English`);
  });

  it('does not judge a text shorter than the minimum', async () => {
    const short = 'Les négociations ont repris mardi à Genève.';
    expect(short.replace(/\P{L}/gu, '').length).toBeLessThan(MIN_LETTERS_TO_JUDGE);
    expect(await foreignLanguageReason(short)).toBeUndefined();
  });

  it('reads every article of the sample corpus as English', async () => {
    const files = (await readdir(SEEDS_DIR)).filter((name) => name.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(await foreignLanguageReason(await readFile(join(SEEDS_DIR, file), 'utf8')), file).toBeUndefined();
  });
});

describe('isClearlyEnglish', () => {
  it.each(FOREIGN)('is false for $language', ({ text }) => {
    expect(isClearlyEnglish(text)).toBe(false);
  });

  it('is true for every article of the sample corpus', async () => {
    const files = (await readdir(SEEDS_DIR)).filter((name) => name.endsWith('.txt'));
    for (const file of files) expect(isClearlyEnglish(await readFile(join(SEEDS_DIR, file), 'utf8')), file).toBe(true);
  });

  it.each([
    ['English words at the share', 'the', 1 / CLEARLY_ENGLISH_SHARE - 1, true],
    ['English words below the share', 'the', 1 / CLEARLY_ENGLISH_SHARE, false],
    // "in", "of", "to", "is" are common words of other languages too: they are no sign of English.
    ['words English shares with other languages', 'in of to is', 0, false],
  ])('counts %s', (_name, english, others, expected) => {
    const text = `${english} ${'Verhandlungen '.repeat(others)}`;
    expect(isClearlyEnglish(text)).toBe(expected);
  });
});

describe('readArticles of articles in other languages', () => {
  it('skips each, naming the file and its language, and reads the English one', async () => {
    for (const { file, text } of FOREIGN) await writeFile(join(dir.path, file), `${text}\n`);
    const english = new URL('../cli/fixtures/abu-dhabi-talks.txt', import.meta.url);
    await writeFile(join(dir.path, 'abu-dhabi.txt'), await readFile(english));
    const { articles, problems } = await readArticles([dir.path]);
    expect(articles.map((a) => a.file)).toEqual(['abu-dhabi.txt']);
    expect(problems).toEqual(
      [...FOREIGN]
        .sort((a, b) => (a.file < b.file ? -1 : 1))
        .map(({ file, language }) => ({ path: join(dir.path, file), reason: `written in ${language}, not English` })),
    );
  });
});
