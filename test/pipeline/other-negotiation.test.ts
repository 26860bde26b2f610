// The whole pipeline on text it was not tuned on: an article and sentences about other negotiations, read into claims
// by articleFromText and buildGraphFromArticles.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/ingest/index.js';
import { buildGraphFromArticles } from '../../src/pipeline.js';
import type { KnowledgeGraph, Predicate } from '../../src/types.js';

const ARTICLE = new URL('../cli/fixtures/abu-dhabi-talks.txt', import.meta.url);

/** The claims of a graph as `subject | predicate | object` lines of labels, sorted. */
function claimLines(graph: KnowledgeGraph): string[] {
  const label = new Map(graph.entities.map((entity) => [entity.key, entity.label]));
  return graph.claims.map((claim) => `${label.get(claim.subject)} | ${claim.predicate} | ${label.get(claim.object)}`).sort();
}

/** The claims of one sentence, made into a one-sentence article. */
function claimsOf(sentence: string): string[] {
  return claimLines(buildGraphFromArticles([articleFromText(`Talks resume\n\n${sentence}\n`, 'sentence.txt')]));
}

describe('an article about Armenia-Azerbaijan peace talks', () => {
  let lines: string[];
  beforeAll(async () => {
    lines = claimLines(buildGraphFromArticles([articleFromText(await readFile(ARTICLE, 'utf8'), 'abu-dhabi-talks.txt')]));
  });

  it.each([
    ['Ararat Mirzoyan', 'leads', '^Armenian delegation$'],
    ['Ararat Mirzoyan', 'role', '^Foreign Minister$'],
    ['Ararat Mirzoyan', 'memberOf', '^Armenia$'],
    ['Jeyhun Bayramov', 'memberOf', '^Azerbaijan$'],
    ['Armenia', 'proposes', 'transport links'],
    ['Armenia', 'rejects', 'constitutional changes'],
    ['Azerbaijan', 'demands', 'constitution'],
    ['Armenia', 'agrees', 'border delimitation'],
    ['Azerbaijan', 'agrees', 'border delimitation'],
    ['Abu Dhabi talks (date unknown)', 'heldIn', '^Abu Dhabi$'],
    ['United Arab Emirates', 'mediates', '^Abu Dhabi talks \\(date unknown\\)$'],
  ] as const)('finds %s %s /%s/', (subject, predicate: Predicate, object) => {
    const pattern = new RegExp(object, 'iu');
    const found = lines.filter((line) => line.startsWith(`${subject} | ${predicate} | `));
    expect(found.some((line) => pattern.test(line.slice(line.lastIndexOf(' | ') + 3))), found.join('\n')).toBe(true);
  });

  it('does not make the side that rejects a demand the side that makes it', () => {
    expect(lines.filter((line) => line.startsWith('Armenia | demands | '))).toEqual([]);
  });
});

describe('stances stated in one sentence', () => {
  it.each([
    ['Iran demands the lifting of all sanctions.', 'Iran | demands | lifting of all sanctions'],
    ['Iran demanded the lifting of all sanctions.', 'Iran | demands | lifting of all sanctions'],
    ['Hamas demands a full withdrawal of Israeli troops from Gaza.', 'Hamas | demands | full withdrawal of Israeli troops from Gaza'],
    ['Iran proposes a phased lifting of sanctions.', 'Iran | proposes | phased lifting of sanctions'],
    ['Iran agrees to a freeze of enrichment.', 'Iran | agrees | freeze of enrichment'],
    ['Iran rejects the demand for zero enrichment.', 'Iran | rejects | demand for zero enrichment'],
  ])('%s', (sentence, claim) => {
    const stances = claimsOf(sentence).filter((line) => / \| (?:demands|rejects|proposes|agrees) \| /u.test(line));
    expect(stances).toEqual([claim]);
  });
});
