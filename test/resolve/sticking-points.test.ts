// A topic one side holds (demands, proposes or agrees to) and another rejects is a sticking point.
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/ingest/article-from-text.js';
import { buildGraphFromArticles } from '../../src/pipeline.js';
import { findStandings } from '../../src/resolve/find-standings.js';

/** The topics (by label) of the sticking points of a one-article negotiation, and the stances that make them. */
function stickingTopics(text: string): string[] {
  const graph = buildGraphFromArticles([articleFromText(`${text}\n`, 'front.txt')]);
  const label = new Map(graph.entities.map((e) => [e.key, e.label]));
  const [negotiation] = findStandings(graph).negotiations;
  return (negotiation?.stickingPoints ?? []).flatMap(({ about, claims }) => (about.kind === 'topic' ? claims.map((c) => `${label.get(c.subject)} ${c.predicate} ${label.get(about.key)}`) : []));
}

describe('sticking points', () => {
  it('are topics one side demands and another rejects', () => {
    expect(stickingTopics('Chile and the Andean Liberation Front met in Lima. Chile demanded a full disarmament. The front rejected a full disarmament.')).toEqual([
      'Chile demands full disarmament',
      'Andean Liberation Front rejects full disarmament',
    ]);
  });

  it('are topics one side has agreed to and another rejects', () => {
    expect(stickingTopics('Chile and the Andean Liberation Front met in Lima. Chile agreed to a bilateral ceasefire. The front rejected the bilateral ceasefire.')).toEqual([
      'Chile agrees bilateral ceasefire',
      'Andean Liberation Front rejects bilateral ceasefire',
    ]);
  });
});

describe('negotiations', () => {
  it('keep apart two talks that share only sides one of them names in passing', () => {
    const first = articleFromText(
      'Chile and Peru held talks in Lima.\n\nChile demanded a quota cut. Peru rejected a quota cut. Chile proposed a joint patrol. Peru agreed to a joint patrol.\n\nThe joint patrol plan, drafted by Norway and Sweden, was welcomed.\n',
      'lima.txt',
    );
    const second = articleFromText(
      'Norway and Brazil held trade talks in Oslo.\n\nNorway demanded lower tariffs on salmon. Brazil rejected lower tariffs on salmon. Norway proposed a beef quota. Brazil agreed to a beef quota. Sweden proposed a review.\n',
      'oslo.txt',
    );
    const graph = buildGraphFromArticles([first, second]);
    const label = new Map(graph.entities.map((e) => [e.key, e.label]));
    const sides = findStandings(graph).negotiations.map((n) => n.sides.map((key) => label.get(key)).sort());
    expect(sides).toHaveLength(2);
    expect(sides.find((s) => s.includes('Chile'))).toEqual(expect.arrayContaining(['Chile', 'Norway', 'Peru', 'Sweden']));
    expect(sides.find((s) => s.includes('Chile'))).not.toContain('Brazil');
  });
});
