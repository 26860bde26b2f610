// A round named only after its sides in one article is the round another article names after its venue.
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/ingest/article-from-text.js';
import { buildGraphFromArticles } from '../../src/pipeline.js';

const page = (date: string, body: string) => `---\ndate: ${date}\n---\n\n${body}\n`;

describe('rounds named after their sides or their venue', () => {
  it('are one round when the same sides meet on the same days', () => {
    const graph = buildGraphFromArticles([
      articleFromText(page('2031-03-04', 'Chile and Peru held talks in Arica on Tuesday. Chile demanded a larger share of the anchovy quota.'), 'a.md', 'markdown'),
      articleFromText(page('2031-03-05', 'Peru and Chile met on Tuesday. Peru rejected the larger share of the anchovy quota.'), 'b.md', 'markdown'),
    ]);
    expect(graph.entities.filter((e) => e.type === 'Talks').map((e) => e.label)).toEqual(['Arica talks (4 March 2031)']);
  });

  it('stay two when the days differ', () => {
    const graph = buildGraphFromArticles([
      articleFromText(page('2031-03-04', 'Chile and Peru held talks in Arica on Tuesday. Chile demanded a larger share of the anchovy quota.'), 'a.md', 'markdown'),
      articleFromText(page('2031-04-09', 'Peru and Chile met on Tuesday. Peru rejected the larger share of the anchovy quota.'), 'b.md', 'markdown'),
    ]);
    expect(graph.entities.filter((e) => e.type === 'Talks').map((e) => e.label)).toHaveLength(2);
  });
});
