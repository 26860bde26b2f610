import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/ingest/index.js';
import { buildGraphFromArticles } from '../../src/pipeline.js';
import { resolveGraph } from '../../src/resolve/resolve-graph.js';
import type { Article } from '../../src/types.js';
import { readGraph } from '../extract/read-claims.js';

/** The memberOf sources of each person, as [article file, rule, inferred] by person label, over several articles. */
function memberships(texts: readonly string[]): Map<string, [string, string, boolean][]> {
  const articles = texts.map((text, i) => articleFromText(`${text}\n`, `article-${i}.txt`));
  const graph = buildGraphFromArticles(articles);
  const label = new Map(graph.entities.map((e) => [e.key, e.label]));
  const file = new Map(articles.map((a) => [a.id, a.file]));
  return new Map(
    graph.claims
      .filter((c) => c.predicate === 'memberOf')
      .map((c) => [label.get(c.subject)!, c.sources.map((s) => [file.get(s.articleId)!, s.rule, s.inferred === true] as [string, string, boolean])]),
  );
}

/** The people of one article that names each of `names` (on Iran's side), in that order, as the resolve stage groups them. */
function peopleNamed(names: readonly string[]): string[] {
  const text = names.map((name) => `${name} said.`).join(' ');
  const article: Article = { id: 'a1', file: 'a.txt', path: 'a.txt', title: 'Talks', text, sentences: [] };
  let start = 0;
  const persons = names.map((name, sentenceIndex) => {
    const mention = { type: 'Person' as const, text: name, canonical: name, start, end: start + name.length, tokenStart: 0, tokenEnd: 1, party: 'Iran', via: 'name' };
    start += name.length + ' said. '.length;
    return { mention, sentenceIndex, quote: `${name} said.`, start: mention.start, end: mention.end };
  });
  return resolveGraph([{ article, claims: [], persons, principals: [] }])
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.label)
    .sort();
}

describe('resolveGraph', () => {
  it("keeps a delegation whose stance is its party's as a node of that party, with the names it was called by", () => {
    const { facts, entities } = readGraph(['Chile and Peru resumed talks in Lima. The Chilean delegation rejected the tariff plan. The Chilean negotiators rejected the quota plan.']);
    expect(facts.filter((f) => f.predicate === 'rejects').map((f) => f.subject)).toEqual(['Chile', 'Chile']);
    const delegation = entities.find((e) => e.type === 'Delegation');
    expect(delegation).toMatchObject({ label: 'Chilean delegation', party: 'party/Chile', aliases: ['Chilean negotiators'] });
  });

  it('takes no word of an agreement that binds both sides for a name of either', () => {
    const { facts, entities } = readGraph(['Chile and Peru resumed talks in Lima. A deal was reached on the anchovy quota.']);
    expect(facts.filter((f) => f.predicate === 'agrees').map((f) => f.subject).sort()).toEqual(['Chile', 'Peru']);
    for (const party of entities.filter((e) => e.type === 'Party')) expect(party.aliases).toEqual([]);
  });

  it('merges spelling variants of a person across articles', () => {
    const { entities } = readGraph([
      'Iranian Foreign Minister Abbas Araghchi said Iran demanded the lifting of sanctions.',
      'Araqchi said Tehran rejected the American proposal for zero enrichment.',
    ]);
    const people = entities.filter((e) => e.type === 'Person');
    expect(people.map((p) => p.label)).toEqual(['Abbas Araghchi']);
    expect(people[0]?.aliases).toContain('Araqchi');
  });

  it('keeps people who share a surname apart', () => {
    const { entities } = readGraph([
      'Qatari Prime Minister Mohammed bin Abdulrahman Al Thani said Qatar proposed a new truce.',
      'Qatari Emir Tamim bin Hamad Al Thani urged Hamas to accept the truce.',
    ]);
    expect(entities.filter((e) => e.type === 'Person').map((p) => p.label).sort()).toEqual(['Mohammed bin Abdulrahman Al Thani', 'Tamim bin Hamad Al Thani']);
  });

  it.each([
    ['in one order', ['Ali Rahimzade', 'Omar Rahimzadeh', 'Ali Rahimzadeh', 'Sara Rahimzadeh', 'Omar Rahimzadah', 'Omar Rahimzadeh', 'Rahimzadeh', 'Sara']],
    ['in another', ['Sara', 'Rahimzadeh', 'Omar Rahimzadah', 'Sara Rahimzadeh', 'Omar Rahimzadeh', 'Ali Rahimzadeh', 'Omar Rahimzadeh', 'Ali Rahimzade']],
  ])('groups the spellings of people who share a surname by their first names, %s', (_order, names) => {
    // A surname alone could be any of the three; a first name alone is the one person of that first name.
    expect(peopleNamed(names)).toEqual(['Ali Rahimzadeh', 'Omar Rahimzadeh', 'Rahimzadeh', 'Sara Rahimzadeh']);
  });

  it('merges the same condition worded differently in two articles into one topic', () => {
    const { facts } = readGraph(['Iran demanded the lifting of all US sanctions.', 'Tehran insists on the lifting of American sanctions.']);
    const demands = facts.filter((f) => f.predicate === 'demands');
    expect(demands).toHaveLength(1);
    expect(demands[0]).toMatchObject({ subject: 'Iran', articles: 2 });
  });

  it('keeps distinct conditions apart', () => {
    const { facts } = readGraph(['Hamas demanded the withdrawal of Israeli forces from Gaza. Israel demanded the withdrawal of Hamas fighters from Gaza.']);
    expect(facts.filter((f) => f.predicate === 'demands').map((f) => [f.subject, f.object]).sort()).toEqual([
      ['Hamas', 'withdrawal of Israeli forces from Gaza'],
      ['Israel', 'withdrawal of Hamas fighters from Gaza'],
    ]);
  });

  it.each([
    [
      'an article that names the side, and one that names only the person',
      ['Estonian Foreign Minister Karin Lepp proposed a joint border commission.', 'Foreign Minister Karin Lepp rejected the plan.'],
      'Karin Lepp',
      [['article-0.txt', 'memberOf.stated-side', false], ['article-1.txt', 'memberOf.resolved-side', true]],
    ],
    [
      'a later sentence of the article that names the side',
      ['Karin Lepp arrived in Geneva on Monday. The Estonian Foreign Minister Karin Lepp proposed a joint border commission.'],
      'Karin Lepp',
      [['article-0.txt', 'memberOf.stated-side', false]],
    ],
    [
      'a leader of a side’s delegation',
      ['Karin Lepp, who leads the Estonian delegation, proposed a joint border commission.'],
      'Karin Lepp',
      [['article-0.txt', 'memberOf.led-body', false]],
    ],
    [
      'an office holder in talks between one state and an armed group',
      ['Talks between Chile and the Northern Liberation Front resumed in Lima. The Northern Liberation Front rejected the plan. President Ana Ruiz urged the rebels to disarm.'],
      'Ana Ruiz',
      [['article-0.txt', 'memberOf.office-of-state', false]],
    ],
    [
      'an office only organisations have, in talks between a union and one firm',
      ['The Harbour Drivers Union and Coldwell Freight resumed talks on Monday. Managing director Tom Hale said fares had not recovered.'],
      'Tom Hale',
      [['article-0.txt', 'memberOf.office-of-firm', false]],
    ],
  ])('tells a side an article states from one the resolver infers: %s', (_what, texts, person, expected) => {
    expect(memberships(texts).get(person)).toEqual(expected);
  });

  it.each([
    ['the sentence before names one state', 'Talks between Chile and Peru resumed in Lima on Monday. Peru walked away from the tariff plan. Foreign Minister Ana Ruiz called it unfair.', 'Ana Ruiz', 'Peru'],
    ['the sentence itself and the one before name the same state', 'Talks between Chile and Peru resumed in Lima on Monday. Peru walked away from the tariff plan. Foreign Minister Ana Ruiz called it unfair and said Peru wanted a quota.', 'Ana Ruiz', 'Peru'],
    ['the state the minister represents, in the passive', 'Talks between Chile and Peru resumed in Lima on Monday. Chile was represented by Foreign Minister Ana Ruiz.', 'Ana Ruiz', 'Chile'],
    ['the sentence names the state whose team the minister heads', 'Talks between Chile and Peru resumed in Lima on Monday. Peru walked away from the tariff plan. The Chilean team was led by Foreign Minister Ana Ruiz.', 'Ana Ruiz', 'Chile'],
    ['the other state named only before a noun of its things', 'The United States and Peru resumed talks in Lima on Monday.\n\nPeru walked away from the tariff plan. Trade Minister Ana Ruiz called it unfair and said Peru would sell no more copper to U.S. smelters.', 'Ana Ruiz', 'Peru'],
  ])('gives a minister of unstated side in talks between two states the one state named around them: %s', (_what, text, person, party) => {
    const { facts } = readGraph([text]);
    expect(facts.filter((f) => f.subject === person && f.predicate === 'memberOf').map((f) => f.object)).toEqual([party]);
  });

  it.each([
    ['a mayor, to the city at the table', 'The City of Arica and the Arica Teachers Union met on Monday. The union rejected the offer. Mayor Ana Ruiz appealed for calm.', ['City of Arica']],
    ['a councillor, to the council at the table', 'The Arica City Council and the Arica Teachers Union met on Monday. The union rejected the offer. Councillor Ana Ruiz appealed for calm.', ['Arica City Council']],
    ['a mayor, to no council', 'The Arica City Council and the Arica Teachers Union met on Monday. The union rejected the offer. Mayor Ana Ruiz appealed for calm.', []],
  ])('gives a town\'s office to the local government at the table: %s', (_what, text, parties) => {
    const { facts } = readGraph([text]);
    expect(facts.filter((f) => f.subject === 'Ana Ruiz' && f.predicate === 'memberOf').map((f) => f.object)).toEqual(parties);
  });

  it('gives a former minister no side by the office they held', () => {
    const { facts } = readGraph(['The Social Party and the Farmers Party resumed talks on forming a government for Norway on Monday. The Farmers Party rejected the plan. The talks are chaired by Ana Ruiz, a former finance minister.']);
    expect(facts.filter((f) => f.subject === 'Ana Ruiz' && f.predicate === 'memberOf')).toEqual([]);
  });

  it.each([
    ['the two sentences name both states', 'Talks between Chile and Peru resumed in Lima on Monday. Peru walked away from the tariff plan, and Chile from the quota plan. Foreign Minister Ana Ruiz called them unfair.'],
    ['the state is named in the paragraph before', 'Talks between Chile and Peru resumed in Lima on Monday. Peru walked away from the tariff plan.\n\nForeign Minister Ana Ruiz called it unfair.'],
  ])('leaves a minister of two states at the table without a side when the text does not tell which: %s', (_what, text) => {
    const { facts } = readGraph([text]);
    expect(facts.filter((f) => f.subject === 'Ana Ruiz' && f.predicate === 'memberOf')).toEqual([]);
  });

  it.each([
    ['Talks between Chile and the Northern Liberation Front resumed in Lima. The Northern Liberation Front rejected the plan. The chief executive of Kestrel Copper Corp., Tom Vale, urged calm.', 'Tom Vale'],
    ["Talks between Chile and the Northern Liberation Front resumed in Lima. The Northern Liberation Front rejected the plan. The front's lawyer, Ana Ruiz, urged calm.", 'Ana Ruiz'],
    ['Talks between Chile and the Kestrel Copper Corp. resumed in Lima. Kestrel rejected the plan. Chief executive Tom Vale said the mine would stay shut.', 'Tom Vale'],
    ['Talks between Chile and the Northern Liberation Front resumed in Lima. The Northern Liberation Front rejected the plan. Ana Ruiz, a lawyer with the regional power utility, urged calm.', 'Ana Ruiz'],
    ['Chile and the Copper Workers Union held talks in Santiago on Monday. Party leader Tomas Brenner rejected the proposal. The union demanded a raise.', 'Tomas Brenner'],
    ['Chile and the Copper Workers Union held talks in Santiago on Monday. The union demanded a raise, which party chairman Tomas Brenner opposed.', 'Tomas Brenner'],
  ])('gives the state at the table no office of another body, nor an occupation: %s', (text, person) => {
    expect(memberships([text]).get(person)?.some(([, rule]) => rule === 'memberOf.office-of-state')).not.toBe(true);
  });

  it('ties delegations and their leaders to their party', () => {
    const { entities, facts, labels } = readGraph(['Abbas Araghchi, who leads the Iranian delegation, met Steve Witkoff, who heads the American delegation, in Muscat.']);
    const partyOf = (label: string) => labels.get(entities.find((e) => e.label === label)?.party ?? '');
    expect(partyOf('Iranian delegation')).toBe('Iran');
    expect(partyOf('American delegation')).toBe('United States');
    expect(facts).toContainEqual(expect.objectContaining({ subject: 'Abbas Araghchi', predicate: 'memberOf', object: 'Iran' }));
  });

  it('credits a delegation’s stance to its party', () => {
    const { facts } = readGraph(['The Iranian delegation rejected the proposal for zero enrichment.']);
    expect(facts.filter((f) => f.predicate === 'rejects').map((f) => f.subject)).toEqual(['Iran']);
  });

  it('keeps the stance of a person whose side is stated and drops that of a person whose side no article states', () => {
    const { facts, entities } = readGraph(['Interior Minister Carla Menotti demanded that the border crossings reopen. Iranian Foreign Minister Abbas Araghchi demanded the lifting of sanctions.']);
    const demands = facts.filter((f) => f.predicate === 'demands');
    expect(demands.map((f) => f.subject)).toEqual(['Abbas Araghchi']);
    // Every person left holding a stance has a side, as the data model requires.
    for (const f of demands) expect(entities.find((e) => e.label === f.subject)?.party).toBeDefined();
  });

  it('keeps the stance of an office holder whose side it infers, and infers none in talks between two states', () => {
    const armedGroup = readGraph(['Talks between Chile and the Northern Liberation Front resumed in Lima. The Northern Liberation Front rejected the plan. President Ana Ruiz urged the rebels to disarm.']);
    expect(armedGroup.facts.filter((f) => f.predicate === 'proposes').map((f) => f.subject)).toEqual(['Ana Ruiz']);
    expect(armedGroup.entities.find((e) => e.label === 'Ana Ruiz')?.party).toBe('party/Chile');
    const twoStates = readGraph(['Talks between Chile and Peru resumed in Lima. Peru rejected the plan. President Ana Ruiz urged Peru to disarm.']);
    expect(twoStates.facts.filter((f) => f.subject === 'Ana Ruiz' && f.predicate !== 'role')).toEqual([]);
  });

  it('credits a delegation’s mediation to its party, which the data model lets mediate', () => {
    const { facts } = readGraph(['Iran and the United States held talks in Geneva. The Swiss delegation mediated the talks.']);
    expect(facts.filter((f) => f.predicate === 'mediates').map((f) => f.subject)).toEqual(['Switzerland']);
  });

  it('reads a given name after an honorific as the person named in full before', () => {
    const { entities } = readGraph(['Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani spoke in Doha. Sheikh Mohammed said Hamas had accepted the proposal.']);
    expect(entities.filter((e) => e.type === 'Person').map((e) => e.label)).toEqual(['Sheikh Mohammed bin Abdulrahman Al Thani']);
  });

  it('ranks a claim several articles support above one an article repeats', () => {
    const once = readGraph(['Hamas insists on a permanent ceasefire.']).facts.find((f) => f.predicate === 'demands')!;
    const repeated = readGraph(['Hamas insists on a permanent ceasefire. Hamas insists on a permanent ceasefire, officials said.']).facts.find((f) => f.predicate === 'demands')!;
    const twoArticles = readGraph(['Hamas insists on a permanent ceasefire.', 'Hamas demanded a permanent ceasefire.']).facts.find((f) => f.predicate === 'demands')!;
    expect(repeated.confidence).toBe(once.confidence);
    expect(twoArticles.confidence).toBeGreaterThan(once.confidence);
    expect(twoArticles.articles).toBe(2);
  });
});
