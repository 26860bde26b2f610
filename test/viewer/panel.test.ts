// Tests the side panel and the legend in a DOM: quotes with their articles, and markup from the data kept as text.
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { legend, ringRadii } from '../../viewer/src/legend.js';
import { partyColors } from '../../viewer/src/colors.js';
import { NODE_STYLES } from '../../viewer/src/node-styles.js';
import { edgePanel, emptyPanel, nodePanel } from '../../viewer/src/panel.js';
import { DEFAULT_VIEWER_SETTINGS } from '../../viewer/src/settings.js';
import { indexViewerData } from '../../viewer/src/viewer-index.js';
import { iri, smallData } from './small-data.js';

const HOSTILE = '<img src=x onerror=alert(1)>';

function documentWithBody(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

/** The small data with Ani Sargsyan's side inferred: no article states it. */
const inferredData = {
  ...smallData,
  edges: smallData.edges.map((edge) =>
    edge.id === iri('claim/a5')
      ? { ...edge, inferredBy: ['memberOf.resolved-side'], quotes: edge.quotes.map((quote) => ({ ...quote, inferredBy: 'memberOf.resolved-side' })) }
      : edge,
  ),
};

describe('the side panel', () => {
  const index = indexViewerData(smallData);
  const actions = { selectNode: vi.fn(), selectEdge: vi.fn() };

  it("shows a node's timeline: each round its stances were stated at, with a link to each claim", () => {
    const doc = documentWithBody();
    const panel = nodePanel(doc, index, index.nodes.get(iri('party/Azerbaijan'))!, actions);
    const rounds = [...panel.querySelectorAll('.timeline-round')];
    expect(rounds.map((round) => round.querySelector('h4')!.textContent)).toEqual(['Washington summit']);
    expect([...rounds[0]!.querySelectorAll('button')].map((button) => button.textContent)).toEqual([
      'Azerbaijan agrees border delimitation',
      'Azerbaijan demands constitutional change',
    ]);
    (rounds[0]!.querySelector('button') as HTMLButtonElement).click();
    expect(actions.selectEdge).toHaveBeenCalledWith(iri('claim/a2'));
  });

  it('shows no timeline for a node none of whose stances is tied to a round', () => {
    const panel = nodePanel(documentWithBody(), index, index.nodes.get(iri('person/Elvin_Mammadov'))!, actions);
    expect(panel.querySelector('.timeline')).toBeNull();
  });

  it('shows a claim with every quote, its article and the count of distinct articles', () => {
    const doc = documentWithBody();
    const panel = edgePanel(doc, index, index.edges.get(iri('claim/a1'))!, actions);
    expect(panel.querySelector('h2')!.textContent).toBe('Armenia proposes border delimitation');
    expect(panel.getAttribute('data-article-count')).toBe('2');
    expect([...panel.querySelectorAll('.quote')].map((q) => q.getAttribute('data-article'))).toEqual(['one.txt', 'two.txt', 'two.txt']);
    expect(panel.querySelector('.quote-source')!.textContent).toBe('Title of one.txt · one.txt');
    expect(panel.textContent).toContain('2 distinct articles');
  });

  it("shows the outlet and date of each quote's article, as text", () => {
    const dated = {
      ...smallData,
      edges: smallData.edges.map((edge) => ({ ...edge, quotes: edge.quotes.map((quote) => ({ ...quote, outlet: `Gulf Times ${HOSTILE}`, published: '2024-05-02' })) })),
    };
    const datedIndex = indexViewerData(dated);
    const panel = edgePanel(documentWithBody(), datedIndex, datedIndex.edges.get(iri('claim/a1'))!, actions);
    expect(panel.querySelector('.quote-source')!.textContent).toBe(`Title of one.txt · Gulf Times ${HOSTILE} · 2024-05-02 · one.txt`);
    expect(panel.querySelector('img')).toBeNull();
  });

  it("shows a node's type, party, roles and claims, and links each claim", () => {
    const doc = documentWithBody();
    const panel = nodePanel(doc, index, index.nodes.get(iri('person/Ani_Sargsyan'))!, actions);
    const facts = [...panel.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]);
    expect(facts).toEqual([
      ['Type', 'Person'],
      ['Party', 'Armenia'],
      ['Role', 'Foreign Minister'],
      ['Claims', '2'],
    ]);
    (panel.querySelector('button[data-edge]') as HTMLButtonElement).click();
    expect(actions.selectEdge).toHaveBeenCalledWith(iri('claim/a4'));
  });

  it('says whether articles state a claim or the resolver inferred it, and which sentence only names the subject', () => {
    const doc = documentWithBody();
    const source = (edge: ReturnType<typeof index.edges.get>) => {
      const panel = edgePanel(doc, indexViewerData(inferredData), edge!, actions);
      return [...panel.querySelectorAll('dt')].find((dt) => dt.textContent === 'Source')!.nextElementSibling!.textContent;
    };
    expect(source(index.edges.get(iri('claim/a1')))).toBe('stated in the articles');
    const inferred = indexViewerData(inferredData).edges.get(iri('claim/a5'))!;
    expect(source(inferred)).toBe('inferred by memberOf.resolved-side: no article states it');
    const panel = edgePanel(doc, indexViewerData(inferredData), inferred, actions);
    expect(panel.querySelector('.quote-source')!.textContent).toBe(
      'Title of one.txt · one.txt · names the subject only; the rest inferred by memberOf.resolved-side',
    );
  });

  it('names the parties that share a topic', () => {
    const panel = nodePanel(documentWithBody(), index, index.nodes.get(iri('topic/border_delimitation'))!, actions);
    expect(panel.textContent).toContain('shared: Armenia, Azerbaijan, United States');
  });

  it('keeps markup in labels, quotes and titles as text', () => {
    const hostileData = {
      ...smallData,
      nodes: smallData.nodes.map((node) => (node.id === iri('party/Armenia') ? { ...node, label: HOSTILE } : node)),
      edges: smallData.edges.map((edge) => ({ ...edge, quotes: edge.quotes.map((quote) => ({ ...quote, quote: HOSTILE, title: HOSTILE })) })),
    };
    const hostileIndex = indexViewerData(hostileData);
    const doc = documentWithBody();
    doc.body.append(
      nodePanel(doc, hostileIndex, hostileIndex.nodes.get(iri('party/Armenia'))!, actions),
      edgePanel(doc, hostileIndex, hostileIndex.edges.get(iri('claim/a1'))!, actions),
      emptyPanel(doc, hostileIndex),
      legend(doc, hostileData, partyColors(hostileData.parties, DEFAULT_VIEWER_SETTINGS), DEFAULT_VIEWER_SETTINGS),
    );
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.querySelector('h2')!.textContent).toBe(HOSTILE);
    expect(doc.querySelector('.quote-text')!.textContent).toBe(HOSTILE);
  });
});

describe('the legend', () => {
  it('lists the parties, the node types present and the stances', () => {
    const doc = documentWithBody();
    const element = legend(doc, smallData, partyColors(smallData.parties, DEFAULT_VIEWER_SETTINGS), DEFAULT_VIEWER_SETTINGS);
    const sections = [...element.querySelectorAll('section')].map((section) => [...section.querySelectorAll('li span')].map((span) => span.textContent));
    expect(sections).toEqual([
      ['Armenia', 'Azerbaijan', 'United States', 'shared by several parties', 'no party'],
      ['Party', 'Person', 'Delegation', 'Round of talks', 'Place', 'Topic'],
      ['demands', 'rejects', 'proposes', 'agrees', 'other relations'],
    ]);
    expect(element.open).toBe(true);
  });

  it('has a line for inferred claims when the graph holds one', () => {
    const doc = documentWithBody();
    const element = legend(doc, inferredData, partyColors(inferredData.parties, DEFAULT_VIEWER_SETTINGS), DEFAULT_VIEWER_SETTINGS);
    const stances = [...element.querySelectorAll('section')].at(-1)!;
    expect([...stances.querySelectorAll('li span')].map((span) => span.textContent).at(-1)).toBe('inferred: no article states it');
  });

  it.each(Object.entries(NODE_STYLES))('draws the rings of a %s from the outside in', (_type, style) => {
    const radii = ringRadii(style.rings, '#123456').map((ring) => ring.radius);
    expect(radii[0]).toBe(9);
    for (let i = 1; i < radii.length; i += 1) expect(radii[i]).toBeLessThan(radii[i - 1]!);
    expect(radii.at(-1)).toBeGreaterThan(0);
  });

  it('gives each entity type its own rings', () => {
    const patterns = Object.values(NODE_STYLES).map((style) => JSON.stringify(style.rings));
    expect(new Set(patterns).size).toBe(patterns.length);
  });
});
