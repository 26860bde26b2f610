// Tests of diffGraphs on builds of fictional articles: articles, claims, stance changes, support, merged, split and renamed nodes.
import type { Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { countDifferences, diffGraphs, resolveDiffOptions, type GraphDiff } from '../../src/query/index.js';
import { readTurtle } from '../../src/rdf/turtle.js';
import { buildTurtle, NEW_BUILD, OLD_BUILD } from '../fixtures/negotiation-builds.js';

const oldTurtle = buildTurtle(OLD_BUILD);
const oldGraph = readTurtle(oldTurtle);
const newGraph = readTurtle(buildTurtle(NEW_BUILD));

/** Claims as one line each, `subject predicate object`. */
function claimLines(claims: readonly { subject: string; predicate: string; object: string }[]): string[] {
  return claims.map((c) => `${c.subject} ${c.predicate} ${c.object}`);
}

/** Nodes as `label (type)`. */
function nodeLines(nodes: readonly { label: string; type: string }[]): string[] {
  return nodes.map((n) => `${n.label} (${n.type})`);
}

describe('diffGraphs from the earlier build to the later one', () => {
  const diff = diffGraphs(oldGraph, newGraph);

  it('lists the articles added and removed, by file name and headline', () => {
    expect(diff.articles.added.map((a) => [a.file, a.title])).toEqual([
      ['fisheries-arica.txt', 'Chile and Peru meet again in Arica'],
      ['pension-accepted.txt', 'Harbour Workers Union accepts Kestrel pension plan'],
    ]);
    expect(diff.articles.removed.map((a) => a.file)).toEqual(['company-negotiator.txt', 'pension-rejected.txt']);
  });

  it('lists the claims added and removed with their support, sorted by subject, predicate and object', () => {
    expect(claimLines(diff.claims.added)).toEqual(['Arica talks (second round, date unknown) heldIn Arica', 'Chile proposes joint patrol of the maritime border']);
    expect(diff.claims.added[1]).toEqual({
      subject: 'Chile',
      predicate: 'proposes',
      object: 'joint patrol of the maritime border',
      confidence: 0.8,
      articleCount: 1,
      inferred: false,
      articles: ['fisheries-arica.txt'],
    });
    expect(claimLines(diff.claims.removed)).toEqual([
      'Carlos Ruiz memberOf Kestrel Foods',
      'Carlos Ruiz role negotiator',
      'Kestrel Foods proposes weekend shifts at the port',
      'Ruiz memberOf Harbour Workers Union',
      'Ruiz role president',
    ]);
  });

  it('reports a side that rejected a topic and now agrees to it as one stance change, not as a claim removed and one added', () => {
    expect(diff.stances).toEqual([{ side: 'Harbour Workers Union', topic: 'Kestrel pension plan', from: ['rejects'], to: ['agrees'] }]);
    const all = claimLines([...diff.claims.added, ...diff.claims.removed]);
    expect(all.filter((line) => line.includes('Kestrel pension plan'))).toEqual([]);
  });

  it('reports the confidence and the supporting articles of claims that another article now states', () => {
    expect(diff.claims.changed).toEqual([
      {
        subject: 'Ana Ruiz',
        predicate: 'memberOf',
        object: 'Harbour Workers Union',
        confidence: { old: 0.9, new: 0.99 },
        articleCount: { old: 1, new: 2 },
        inferred: { old: false, new: false },
        articlesAdded: ['weekend-shifts.txt'],
        articlesRemoved: [],
      },
      {
        subject: 'Ana Ruiz',
        predicate: 'role',
        object: 'president',
        confidence: { old: 0.9, new: 0.99 },
        articleCount: { old: 1, new: 2 },
        inferred: { old: false, new: false },
        articlesAdded: ['weekend-shifts.txt'],
        articlesRemoved: [],
      },
      {
        subject: 'Peru',
        predicate: 'demands',
        object: 'larger anchovy quota for its northern fleet',
        confidence: { old: 0.85, new: 0.978 },
        articleCount: { old: 1, new: 2 },
        inferred: { old: false, new: false },
        articlesAdded: ['fisheries-arica.txt'],
        articlesRemoved: [],
      },
    ]);
  });

  it('reports "Ruiz" as merged into Ana Ruiz once no other Ruiz is named, and the nodes added and removed', () => {
    expect(diff.nodes.merged.map((m) => [nodeLines(m.from), nodeLines([m.into])])).toEqual([[['Ana Ruiz (Person)', 'Ruiz (Person)'], ['Ana Ruiz (Person)']]]);
    expect(diff.nodes.split).toEqual([]);
    expect(diff.nodes.renamed).toEqual([]);
    expect(nodeLines(diff.nodes.added)).toEqual(['Arica (Place)', 'Arica talks (second round, date unknown) (Talks)', 'joint patrol of the maritime border (Topic)']);
    expect(nodeLines(diff.nodes.removed)).toEqual(['negotiator (Office)', 'Carlos Ruiz (Person)']);
  });
});

describe('diffGraphs from the later build back to the earlier one', () => {
  const diff = diffGraphs(newGraph, oldGraph);

  it('reports the merge as a split, the stance change reversed, and every list swapped', () => {
    expect(diff.nodes.split.map((s) => [nodeLines([s.from]), nodeLines(s.into)])).toEqual([[['Ana Ruiz (Person)'], ['Ana Ruiz (Person)', 'Ruiz (Person)']]]);
    expect(diff.nodes.merged).toEqual([]);
    expect(diff.stances).toEqual([{ side: 'Harbour Workers Union', topic: 'Kestrel pension plan', from: ['agrees'], to: ['rejects'] }]);
    const forward = diffGraphs(oldGraph, newGraph);
    expect(diff.articles).toEqual({ added: forward.articles.removed, removed: forward.articles.added });
    expect(claimLines(diff.claims.added)).toEqual(claimLines(forward.claims.removed));
    expect(claimLines(diff.claims.changed)).toEqual(claimLines(forward.claims.changed));
    expect(diff.nodes.added).toEqual(forward.nodes.removed);
  });
});

describe('diffGraphs of a graph with itself', () => {
  it.each([
    ['the earlier build', OLD_BUILD],
    ['the later build', NEW_BUILD],
  ])('reports nothing for %s', (_name, files) => {
    const turtle = buildTurtle(files);
    const diff = diffGraphs(readTurtle(turtle), readTurtle(turtle));
    const empty: GraphDiff = {
      articles: { added: [], removed: [] },
      claims: { added: [], removed: [], changed: [] },
      stances: [],
      nodes: { added: [], removed: [], merged: [], split: [], renamed: [] },
    };
    expect(diff).toEqual(empty);
    expect(countDifferences(diff)).toBe(0);
  });
});

describe('diffGraphs of a growing corpus', () => {
  it('reports a person first named by surname only, and then in full, as renamed', () => {
    const diff = diffGraphs(readTurtle(buildTurtle(['weekend-shifts.txt'])), readTurtle(buildTurtle(['weekend-shifts.txt', 'port-talks.txt'])));
    expect(diff.nodes.renamed.map((r) => [r.from.label, r.to.label, r.to.type])).toEqual([['Ruiz', 'Ana Ruiz', 'Person']]);
    expect(nodeLines(diff.nodes.added)).not.toContain('Ana Ruiz (Person)');
    expect(nodeLines(diff.nodes.removed)).not.toContain('Ruiz (Person)');
  });

  it('matches the claims of a renamed node under its new label: support changed, nothing removed', () => {
    const diff = diffGraphs(readTurtle(buildTurtle(['weekend-shifts.txt'])), readTurtle(buildTurtle(['weekend-shifts.txt', 'port-talks.txt'])));
    expect(diff.claims.removed).toEqual([]);
    expect(claimLines(diff.claims.added)).not.toContain('Ana Ruiz role president');
    expect(diff.claims.changed.map((c) => [`${c.subject} ${c.predicate} ${c.object}`, c.articlesAdded])).toEqual([
      ['Ana Ruiz memberOf Harbour Workers Union', ['port-talks.txt']],
      ['Ana Ruiz role president', ['port-talks.txt']],
    ]);
  });
});

describe('the confidence threshold', () => {
  /** The earlier build with every confidence of 0.85 (claims and mentions) written as `value`. */
  function withConfidence(value: string): Store {
    return readTurtle(oldTurtle.replace(/(?<=\s)0\.85(?=[\s;.,])/gu, value));
  }
  const claimsAt085 = claimLines(diffGraphs(oldGraph, withConfidence('0.5'), { confidenceThreshold: 0 }).claims.changed);

  it.each([
    ['0.87', undefined, false],
    ['0.87', 0, true],
    ['0.9', undefined, true],
    ['0.9', 0.06, false],
    ['0.8', 0.05, true],
  ])('a move from 0.85 to %s with threshold %s is reported: %s', (value, confidenceThreshold, reported) => {
    const diff = diffGraphs(oldGraph, withConfidence(value), { confidenceThreshold });
    expect(claimLines(diff.claims.changed)).toEqual(reported ? claimsAt085 : []);
    for (const change of diff.claims.changed) expect(change.articleCount.old).toBe(change.articleCount.new);
  });

  it('finds claims at 0.85 in the earlier build', () => {
    expect(claimsAt085).toContain('Peru demands larger anchovy quota for its northern fleet');
  });

  it.each([[-0.1], [1.5], [Number.NaN]])('rejects a threshold of %s', (confidenceThreshold) => {
    expect(() => resolveDiffOptions({ confidenceThreshold })).toThrow(UsageError);
    expect(() => diffGraphs(oldGraph, newGraph, { confidenceThreshold })).toThrow(/Expecting a number from 0 to 1/u);
  });
});
