import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/ingest/article-from-text.js';
import { buildGraphFromArticles } from '../../src/pipeline.js';
import { acronymNames } from '../../src/resolve/party-acronyms.js';

describe('acronymNames', () => {
  it.each<[string[], Record<string, string>]>([
    [['KPU', 'Kestrel Pilots Union'], { KPU: 'Kestrel Pilots Union' }],
    // Words an acronym leaves out, and an acronym of the first words only.
    [['HWA', 'Harbour Workers of Arlen'], { HWA: 'Harbour Workers of Arlen' }],
    [['IAD', 'International Association of Dockers and Marine Workers'], { IAD: 'International Association of Dockers and Marine Workers' }],
    // Two acronyms joined by a hyphen, for two names joined by one.
    [['HPG-CFT', 'Harbour Pilots Guild-Coastal Federation of Tugmen'], { 'HPG-CFT': 'Harbour Pilots Guild-Coastal Federation of Tugmen' }],
    // Two names fit: neither is taken.
    [['NFA', 'National Farmers Alliance', 'National Fishers Association'], {}],
    // Two letters must be the whole initials, and names of two words are never expanded.
    [['NF', 'National Front of Arlen'], {}],
    [['KA', 'Kestrel Airlines'], {}],
    [['Kestrel Pilots Union'], {}],
  ])('%j → %j', (names, expected) => {
    expect(Object.fromEntries(acronymNames(names))).toEqual(expected);
  });
});

describe('one side named by its acronym in one article and in full in another', () => {
  const articles = [
    articleFromText('The Kestrel Pilots Union demanded a 9% raise from Kestrel Airlines on Monday.\n', 'a.txt'),
    articleFromText('Kestrel Airlines offered a 3% raise on Friday. The KPU rejected the offer of a 3% raise.\n', 'b.txt'),
  ];
  const graph = buildGraphFromArticles(articles);

  it('is one party, with the acronym as an alias', () => {
    const parties = graph.entities.filter((e) => e.type === 'Party');
    expect(parties.map((p) => p.label)).toEqual(['Kestrel Airlines', 'Kestrel Pilots Union']);
    expect(parties.find((p) => p.label === 'Kestrel Pilots Union')?.aliases).toContain('KPU');
  });
});

describe('a party named in the plural, and in the singular before an office', () => {
  const articles = [
    articleFromText('Talks between the Tarvo Labour party and the Social Liberals on forming a coalition failed on Thursday. The Social Liberals rejected a cut in pensions. Social Liberal leader Ana Ruiz said the party would go into opposition.\n', 'a.txt'),
  ];
  const graph = buildGraphFromArticles(articles);

  it('is one party, of which the office holder is a member', () => {
    expect(graph.entities.filter((e) => e.type === 'Party').map((p) => p.label)).not.toContain('Social Liberal');
    const ruiz = graph.entities.find((e) => e.label === 'Ana Ruiz');
    expect(graph.claims.filter((c) => c.subject === ruiz?.key && c.predicate === 'memberOf').map((c) => graph.entities.find((e) => e.key === c.object)?.label)).toEqual(['Social Liberals']);
  });
});

describe('talks named after sides, one of them by its acronym', () => {
  const articles = [
    articleFromText('The Kestrel Pilots Union and Kestrel Airlines held talks on Monday. The Kestrel Pilots Union demanded a 9% raise from Kestrel Airlines.\n', 'a.txt'),
    articleFromText('The KPU and Kestrel Airlines held talks on Friday. Kestrel Airlines offered a 3% raise. The KPU rejected the offer of a 3% raise.\n', 'b.txt'),
  ];
  const graph = buildGraphFromArticles(articles);

  it('are named after the short name of each side in every article', () => {
    const talks = graph.entities.filter((e) => e.type === 'Talks').map((e) => e.label.replace(/ \(.*\)$/, ''));
    expect([...new Set(talks)]).toEqual(['KPU–Kestrel Airlines talks']);
  });
});

describe('a delegation of a side whose acronym an article defines', () => {
  const articles = [
    articleFromText(
      'The Harbour Workers of Arlen (HWA) met the port authority in Valletta on Monday. The HWA delegation is led by Ana Ruiz. ' +
        'The Harbour Workers of Arlen delegation rejected the offer of a 2% raise.\n',
      'a.txt',
    ),
    articleFromText('Tomas Berg heads the Kestrel Pilots Union delegation, which demanded a 9% raise from Kestrel Airlines on Monday.\n', 'b.txt'),
  ];
  const graph = buildGraphFromArticles(articles);
  const delegations = graph.entities.filter((e) => e.type === 'Delegation').map((e) => e.label);

  it('goes by the acronym, in full or short, as one delegation', () => {
    expect(delegations).toContain('HWA delegation');
    expect(delegations).not.toContain('Harbour Workers of Arlen delegation');
  });

  it('keeps the full name when no acronym is defined', () => {
    expect(delegations).toContain('Kestrel Pilots Union delegation');
  });
});

describe('a delegation of a side whose acronym stands for its name in another language', () => {
  const graph = buildGraphFromArticles([
    articleFromText(
      'The government and the Northern Liberation Front (FLN) met in Accra on Monday. The FLN rejected the offer of a 2% quota. ' +
        'The delegation of the FLN is headed by Colonel Ada Oboko.\n',
      'a.txt',
    ),
  ]);

  it('goes by the acronym the article uses for it', () => {
    const delegations = graph.entities.filter((e) => e.type === 'Delegation').map((e) => e.label);
    expect(delegations).toContain('FLN delegation');
    expect(delegations).not.toContain('Northern Liberation Front delegation');
  });
});

describe('a delegation of a side an article also names by the first word of its name', () => {
  it.each<[string, string, [string, string]]>([
    [
      'goes by that word, as news names the team',
      "Corvane Ports and the Harbour Workers of Arlen met in Valletta. Corvane offered a 2% raise. Ana Ruiz, who leads the company's negotiating team, said it was fair.",
      ['Corvane negotiating team', 'Corvane Ports'],
    ],
    [
      'goes by that word when the articles use it for that side only, though it opens the name of another side too',
      "Brixley University and the Brixley Teaching Assistants Guild met on Monday. Brixley rejected the demand for a 9% raise. Ana Ruiz leads Brixley's bargaining team.",
      ['Brixley bargaining team', 'Brixley University'],
    ],
  ])('%s', (_, text, expected) => {
    const graph = buildGraphFromArticles([articleFromText(`${text}\n`, 'a.txt')]);
    const labels = new Map(graph.entities.map((e) => [e.key, e.label]));
    expect(graph.entities.filter((e) => e.type === 'Delegation').map((e) => [e.label, labels.get(e.party ?? '')])).toEqual([expected]);
  });
});

describe('a delegation of a bloc the articles name by the acronym world knowledge gives it', () => {
  const articles = [articleFromText('The EU and Mauritania met in Nouakchott. The EU delegation was led by Ilse Verhaegen.\n', 'a.txt')];
  const graph = buildGraphFromArticles(articles);

  it('goes by the acronym', () => {
    expect(graph.entities.filter((e) => e.type === 'Delegation').map((e) => e.label)).toEqual(['EU delegation']);
  });
});

describe('a delegation named by its team', () => {
  const articles = [
    articleFromText(
      'The Harbour Workers of Arlen (HWA) and Bayline Shipping met in Valletta on Monday. Ana Ruiz heads the HWA\'s bargaining team. ' +
        "Tomas Berg, who leads the company's negotiators, rejected the offer of a 2% raise.\n",
      'a.txt',
    ),
    articleFromText('The HWA and Bayline Shipping met again on Friday. Ana Ruiz led the union\'s team through the night.\n', 'b.txt'),
  ];
  const graph = buildGraphFromArticles(articles);
  const delegations = graph.entities.filter((e) => e.type === 'Delegation').map((e) => e.label).sort();

  it('lets a delegation an office implies take the name the articles give the team', () => {
    const graph = buildGraphFromArticles([
      articleFromText("Chile and Peru met in Lima. Chile's chief negotiator, Ana Ruiz, said no. Tomas Berg heads the Peruvian negotiating team.\n", 'a.txt'),
      articleFromText("Chile and Peru met again in Lima. Ana Ruiz heads Chile's negotiating team, which rejected the offer of a 2% quota.\n", 'b.txt'),
    ]);
    expect(graph.entities.filter((e) => e.type === 'Delegation').map((e) => e.label).sort()).toEqual(['Chilean negotiating team', 'Peruvian negotiating team']);
  });

  it('takes the noun the articles give the team, one delegation per side, "team" short for "bargaining team"', () => {
    expect(delegations).toEqual(['Bayline Shipping negotiators', 'HWA bargaining team']);
  });
});

describe('one side whose name two articles spell two ways, with the one acronym', () => {
  const articles = [
    articleFromText('The Federation of River Villages of the Upper Sarno (FERALTA) met Peru in Lima. FERALTA demanded land titles for 30 villages.\n', 'a.txt'),
    articleFromText('Members of the Federation of River Villages of the Alto Sarno, known by its Spanish acronym FERALTA, blocked the road. The federation demanded land titles for 30 villages. FERALTA met Peru in Lima.\n', 'b.txt'),
    // Another side with the same acronym and another name stays apart.
    articleFromText('The Ferry and Lake Transport Association, known as FERALTA, met Chile in Santiago. FERALTA demanded a new ferry.\n', 'c.txt'),
  ];
  const graph = buildGraphFromArticles(articles);

  it('is one party, and a name with other words is another', () => {
    const parties = graph.entities.filter((e) => e.type === 'Party').map((p) => p.label);
    expect(parties.filter((label) => label.startsWith('Federation of River Villages'))).toHaveLength(1);
    expect(parties).toContain('Ferry and Lake Transport Association');
  });
});
