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
