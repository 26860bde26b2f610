// An issue on which two sides at the table make demands of their own is a sticking point, though neither rejects the other's.
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/ingest/article-from-text.js';
import { buildGraphFromArticles } from '../../src/pipeline.js';
import { findStandings } from '../../src/resolve/find-standings.js';

function standings(text: string) {
  const graph = buildGraphFromArticles([articleFromText(`${text}\n`, 'harbour.txt')]);
  const [negotiation] = findStandings(graph).negotiations;
  const issues = (negotiation?.stickingPoints ?? []).flatMap((s) => (s.about.kind === 'issue' ? [s.about.label] : []));
  return { negotiation, issues };
}

describe('competing demands', () => {
  it('make the issue they share a sticking point', () => {
    const { issues } = standings(
      'The Harbour Workers Union and the Port Authority of Velmora met on Monday. The union demanded a 9% pay rise. ' +
        'The Port Authority of Velmora demanded a two-year pay freeze. The union and the authority agreed to meet again next week.',
    );
    expect(issues.length).toBe(1);
  });

  it('do not when the other side accepts the demand', () => {
    const { issues } = standings(
      'The Harbour Workers Union and the Port Authority of Velmora met on Monday. The union demanded a 9% pay rise. ' +
        'The Port Authority of Velmora agreed to a 9% pay rise. The union and the authority agreed to meet again next week.',
    );
    expect(issues).toEqual([]);
  });
});
