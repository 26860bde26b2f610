// A small hand-written ViewerData about Armenia-Azerbaijan peace talks hosted by the United States, for the viewer's unit tests.
import type { MatrixClaim, NegotiationMatrix } from '../../src/query/matrix.js';
import type { ViewerData, ViewerEdge, ViewerNode } from '../../src/query/viewer-data.js';
import type { EntityType, Predicate } from '../../src/types.js';

const ID = 'https://w3id.org/parley/id/';
export const ARMENIA = `${ID}party/Armenia`;
export const AZERBAIJAN = `${ID}party/Azerbaijan`;
export const US = `${ID}party/United_States`;

function node(key: string, label: string, type: EntityType, party: string | null, extra: Partial<ViewerNode> = {}): ViewerNode {
  return { id: ID + key, label, type, party, partyLabel: party?.slice(ID.length + 6).replace('_', ' ') ?? null, shared: false, claimCount: 0, aliases: [], roles: [], ...extra };
}

function edge(key: string, source: string, predicate: Predicate, target: string, articles: readonly string[], rounds: readonly string[] = []): ViewerEdge {
  const stance = ['demands', 'rejects', 'proposes', 'agrees'].includes(predicate) ? (predicate as ViewerEdge['stance']) : null;
  return {
    id: `${ID}claim/${key}`,
    source: ID + source,
    target: ID + target,
    predicate,
    stance,
    confidence: 0.8,
    articleCount: new Set(articles).size,
    outletCount: new Set(articles).size,
    quotes: articles.map((article) => ({ quote: `A sentence of ${article} about ${key}.`, article, title: `Title of ${article}`, attribution: null, hedged: false, inferredBy: null })),
    inferredBy: [],
    rounds: rounds.map((round) => ID + round),
    contested: false,
  };
}

export const smallData: ViewerData = {
  nodes: [
    node('delegation/Armenian_delegation', 'Armenian delegation', 'Delegation', ARMENIA),
    node('party/Armenia', 'Armenia', 'Party', ARMENIA, { claimCount: 3, aliases: ['Yerevan'] }),
    node('party/Azerbaijan', 'Azerbaijan', 'Party', AZERBAIJAN, { claimCount: 3, aliases: ['Baku'] }),
    node('party/United_States', 'United States', 'Party', US, { claimCount: 1 }),
    node('person/Ani_Sargsyan', 'Ani Sargsyan', 'Person', ARMENIA, { claimCount: 2, roles: ['Foreign Minister'] }),
    node('person/Elvin_Mammadov', 'Elvin Mammadov', 'Person', AZERBAIJAN, { claimCount: 1 }),
    node('place/Washington', 'Washington', 'Place', null, { claimCount: 1 }),
    node('talks/Washington_summit', 'Washington summit', 'Talks', null, { claimCount: 2 }),
    node('topic/border_delimitation', 'border delimitation', 'Topic', null, { shared: true, claimCount: 3 }),
    node('topic/transit_corridor', 'transit corridor', 'Topic', AZERBAIJAN, { claimCount: 1 }),
    node('topic/constitutional_change', 'constitutional change', 'Topic', AZERBAIJAN, { claimCount: 1 }),
  ],
  edges: [
    edge('a1', 'party/Armenia', 'proposes', 'topic/border_delimitation', ['one.txt', 'two.txt', 'two.txt'], ['talks/Washington_summit']),
    edge('a2', 'party/Azerbaijan', 'agrees', 'topic/border_delimitation', ['one.txt'], ['talks/Washington_summit']),
    edge('a3', 'party/Azerbaijan', 'demands', 'topic/constitutional_change', ['two.txt'], ['talks/Washington_summit']),
    edge('a4', 'person/Ani_Sargsyan', 'leads', 'delegation/Armenian_delegation', ['one.txt']),
    edge('a5', 'person/Ani_Sargsyan', 'memberOf', 'party/Armenia', ['one.txt']),
    edge('a6', 'person/Elvin_Mammadov', 'demands', 'topic/transit_corridor', ['two.txt']),
    edge('a7', 'party/Armenia', 'rejects', 'party/Azerbaijan', ['two.txt']),
    edge('a8', 'party/United_States', 'agrees', 'topic/border_delimitation', ['three.txt']),
    edge('a9', 'talks/Washington_summit', 'heldIn', 'place/Washington', ['three.txt']),
  ],
  parties: [
    { id: ARMENIA, label: 'Armenia' },
    { id: AZERBAIJAN, label: 'Azerbaijan' },
    { id: US, label: 'United States' },
  ],
  articles: [
    { id: `${ID}article/1`, file: 'one.txt', title: 'Title of one.txt', claimCount: 4 },
    { id: `${ID}article/3`, file: 'three.txt', title: 'Title of three.txt', claimCount: 2 },
    { id: `${ID}article/2`, file: 'two.txt', title: 'Title of two.txt', claimCount: 4 },
  ],
  rounds: [{ id: `${ID}talks/Washington_summit`, label: 'Washington summit', date: '2025-08-08' }],
  stances: ['demands', 'rejects', 'proposes', 'agrees'],
  predicates: ['leads', 'role', 'memberOf', 'demands', 'rejects', 'proposes', 'agrees', 'heldIn', 'mediates'],
  matrix: { negotiations: [smallNegotiation()] },
};

/** Armenia and Azerbaijan at the table: the border as common ground, the transit corridor a sticking point. */
function smallNegotiation(): NegotiationMatrix {
  const side = (iri: string, label: string) => ({ iri, label });
  const armenia = side(ARMENIA, 'Armenia');
  const azerbaijan = side(AZERBAIJAN, 'Azerbaijan');
  const borders = { iri: `${ID}issue/Borders`, label: 'Borders' };
  const corridor = { iri: `${ID}topic/transit_corridor`, label: 'transit corridor' };
  const border = { iri: `${ID}topic/border_delimitation`, label: 'border delimitation' };
  const quote = (text: string) => ({ quote: text, article: 'one.txt', outlet: 'Caucasus Wire', date: '2031-05-02' });
  const claim = (who: typeof armenia, stance: MatrixClaim['stance'], topic: typeof border, text: string): MatrixClaim => ({
    side: who,
    holder: who,
    stance,
    topic,
    contested: false,
    quotes: [quote(text)],
  });
  const proposesBorder = claim(armenia, 'proposes', border, 'Armenia proposed a border delimitation.');
  const agreesBorder = claim(azerbaijan, 'agrees', border, 'Azerbaijan agreed to a border delimitation.');
  const demandsCorridor = claim(azerbaijan, 'demands', corridor, 'Azerbaijan demanded a transit corridor.');
  const rejectsCorridor = claim(armenia, 'rejects', corridor, 'Armenia rejected the <b>transit corridor</b>.');
  const stance = (s: MatrixClaim['stance']) => ({ stance: s, claims: 1, outlets: ['Caucasus Wire'], latest: '2031-05-02' });
  return {
    iri: `${ID}negotiation/1`,
    sides: [armenia, azerbaijan],
    table: [armenia, azerbaijan],
    issues: [borders],
    cells: [
      { side: armenia, issue: borders, stances: [stance('rejects'), stance('proposes')], claims: [rejectsCorridor, proposesBorder] },
      { side: azerbaijan, issue: borders, stances: [stance('demands'), stance('agrees')], claims: [demandsCorridor, agreesBorder] },
    ],
    stickingPoints: [{ about: { ...corridor, kind: 'topic' }, issue: borders, claims: [demandsCorridor, rejectsCorridor] }],
    commonGround: [{ about: { ...border, kind: 'topic' }, issue: borders, claims: [proposesBorder, agreesBorder] }],
    openItems: [],
    contested: [],
  };
}

/** IRI of a node or claim of smallData from its key. */
export const iri = (key: string): string => ID + key;
