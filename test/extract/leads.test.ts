import { describe, expect, it } from 'vitest';
import { claimsLike, describeClaims, readClaims } from './read-claims.js';

describe('leads', () => {
  it.each<[string, string, string]>([
    // Who co-leads a delegation with others named after "alongside" and "and": each of them.
    ['Chile and Peru met in Lima. The Chilean delegation, co-led by Trade Minister Tom Vale alongside Ana Ruiz and Eva Lind, presented a plan.', 'Eva Lind', 'Chilean delegation'],
    ['Chile and Peru met in Lima. The Chilean delegation, co-led by Trade Minister Tom Vale alongside Ana Ruiz and Eva Lind, presented a plan.', 'Tom Vale', 'Chilean delegation'],
    // The chair of a side's panel or team, before the name or in apposition, heads its delegation.
    ['Peru and the Tarvo Front met in Lima. Tarvo Front panel chairman Tom Vale said the talks were useful.', 'Tom Vale', 'Tarvo Front panel'],
    ['Peru and the Tarvo Front met in Lima. Tom Vale, Tarvo Front negotiating panel chairman, said the talks were useful.', 'Tom Vale', 'Tarvo Front delegation'],
    ["Peru and the Tarvo Front met in Lima. Tom Vale, the Tarvo Front's team leader, said the talks were useful.", 'Tom Vale', 'Tarvo Front delegation'],
    // Who led the talks on a side's behalf; a chief negotiator named second in an apposition.
    ['Chile and Peru met in Lima. Tom Vale headed the talks on behalf of Chile.', 'Tom Vale', 'Chile'],
    ["Bayline Shipping and the Harbour Workers Union met in Lima. Ana Ruiz, who led the talks on the union's behalf, said the deal was fair.", 'Ana Ruiz', 'Harbour Workers Union'],
    ["Bayline Shipping and the Harbour Workers Union met in Lima. Ana Ruiz, the union's general secretary and chief negotiator, told us the offer was poor.", 'Ana Ruiz', 'Harbour Workers Union delegation'],
    // "The delegation" alone is the one a sentence before named.
    ['Chile and the Kestrel Liberation Front resumed talks. A Kestrel Liberation Front delegation arrived in Oslo on Monday for talks with Norwegian mediators. Officials added that the delegation, headed by senior official Tom Vale, left Oslo late that night.', 'Tom Vale', 'Kestrel Liberation Front delegation'],
    // A side named by initials, or by words another language joins with "per", that someone leads.
    ['Coalition talks resumed in Madrid. Weeks of talks paid off for the teams of the HPV, led by Ana Ruiz, and Moviment per Varden, led by Tom Vale.', 'Ana Ruiz', 'HPV'],
    ['Coalition talks resumed in Madrid. Weeks of talks paid off for the teams of the HPV, led by Ana Ruiz, and Moviment per Varden, led by Tom Vale.', 'Tom Vale', 'Moviment per Varden'],
    // A team that negotiates, of no side named, is the leader's.
    ["The Harbour Tenants Federation met the council. Its president, Ana Ruiz, leads a bargaining team of nine tenants.", 'Ana Ruiz', 'Harbour Tenants Federation bargaining team'],
    // "Whose negotiators" after a side are its team.
    ["Talks between the Tarvo Front and the Kelle Brigades resumed in Amman. The Brigades, whose negotiators were led by commander Ana Ruiz, asked for 20 prisoners.", 'Ana Ruiz', 'Kelle Brigades negotiators'],
    // "The delegation" alone that a minister of a state heads is that state's; "the party's delegation" is the one party's.
    ['Talks between Tunisia and the IMF resumed in Tunis. Tunisian Trade Minister Tom Hale, who heads the delegation, called the talks hard.', 'Tom Hale', 'Tunisian delegation'],
    ["Talks between Italy and the Sardinian Freedom Party resumed in Rome. The party's delegation, which was headed by its deputy leader Eva Lind, arrived on Monday.", 'Eva Lind', 'Sardinian Freedom Party delegation'],
    // A relative clause's pronoun between the body and "was headed by", "that" as translations write it.
    ['Chile and Peru met in Arica. The Peruvian delegation, which was headed by Rosa Condori Apaza, rejected the plan.', 'Rosa Condori Apaza', 'Peruvian delegation'],
    ['Chile and Peru met in Arica. The Peruvian delegation, that was headed by Rosa Condori Apaza, rejected the plan.', 'Rosa Condori Apaza', 'Peruvian delegation'],
    // The leader named with their age and an apposition before "is …" and the verb joined to it.
    ["The Harbour Dockers Union and Kestrel Ports met on Monday. Ines Vidal, 47, an engineer from the port of Arica, is the union's chief negotiator and heads its delegation.", 'Ines Vidal', 'Harbour Dockers Union delegation'],
    // "The alliance" is the "Alliance of … Producers", a head bodies of several kinds share, though its members make it
    // the employers'.
    ['The Screen Writers Guild and the Alliance of Film and Television Producers met. The alliance, led by its president Ana Ruiz, said it was pleased.', 'Ana Ruiz', 'Alliance of Film and Television Producers'],
    // Past an acronym defined after the name, and past words in apposition that say what the side is.
    ['The Tarvo Party met Harbour Links (HL), led by Joris Peeters. Harbour Links rejected the plan.', 'Joris Peeters', 'Harbour Links'],
    ['Election talks\n\nThe Tarvo Party (TP), the centre-right party led by chairman Tom Dam, came first. The Tarvo Party rejected the plan.', 'Tom Dam', 'Tarvo Party'],
    // "The opposition team" is the team of the one side across the table from the state.
    ['Representatives of the Chilean government and the opposition Varden Alliance signed an agreement on Tuesday. Ana Ruiz, who led the opposition team, said talks would continue.', 'Ana Ruiz', 'Varden Alliance team'],
    // After a title, a word other languages name bodies with ("Câmara") is a surname.
    ['Mali and the Sahel Liberation Front met in Cairo. The government delegation is led by Defence Minister Sadio Camara.', 'Sadio Camara', 'Malian delegation'],
    // "The platform" is the firm at the table whose name says no kind.
    ['Kestrel Video and the News Publishers Association met in Durban. Ana Lind, who heads the platform\'s bargaining team, told reporters Kestrel would raise its offer.', 'Ana Lind', 'Kestrel Video bargaining team'],
    // "its" before an office or a team: the side named before it in the sentence, which a description may name, or the
    // first side of the sentence before when it opens the sentence.
    ['The Harbour Workers Union and Bayline Shipping met in Arica. The union sent its chief negotiator, Ana Ruiz, to the talks.', 'Ana Ruiz', 'Harbour Workers Union delegation'],
    // Leading the talks for a side is leading it at the table, no go-between's part.
    ['The Harbour Workers Union and Bayline Shipping met in Arica. Ana Ruiz, who leads the negotiations for the company, defended the offer.', 'Ana Ruiz', 'Bayline Shipping'],
    ['The Harbour Workers Union and Bayline Shipping met in Arica. Tom Vale led the talks for the union.', 'Tom Vale', 'Harbour Workers Union'],
    ['The Harbour Workers Union and Bayline Shipping met in Arica. Bayline Shipping arrived late. Its negotiating team, headed by Rosa Paz, left early.', 'Rosa Paz', 'Bayline Shipping negotiating team'],
    // Members named in the possessive of an organisation's name ("… Publishers' Forum"): the organisation, not a company of
    // the members' kind.
    ["The Southern Press Publishers' Forum and Kestrel Media met in Lima. The publishers' forum sent its chief negotiator, Ana Ruiz, to Lima.", 'Ana Ruiz', "Southern Press Publishers' Forum delegation"],
    ['Abbas Araghchi, who leads the Iranian delegation, arrived in Muscat on Saturday.', 'Abbas Araghchi', 'Iranian delegation'],
    // A side in the possessive with nothing after it is its team.
    ["Bayline Shipping and the Harbour Workers Union met in Lima. Tom Berg led the company's team; Eva Soto led the union's.", 'Eva Soto', 'Harbour Workers Union delegation'],
    // The head of a delegation named after "of", with the person in apposition before or after.
    ['Chile and the Andean Liberation Front met in Lima. Head of the Chilean delegation, Dr. Rosa Quispe, left early.', 'Rosa Quispe', 'Chilean delegation'],
    ["Chile and the Andean Liberation Front met in Lima. Luis Mora, head of the front's delegation, said yes.", 'Luis Mora', 'Andean Liberation Front delegation'],
    // The team of a side named by a plural kind, whose possessive is the apostrophe alone.
    ["Chile and the Northern Front met in Oslo. The rebels' delegation, headed by commander Tom Berg, asked for an amnesty.", 'Tom Berg', 'Northern Front delegation'],
    // The heads of the delegations listed after the phrase that names them, each of their own side's.
    ["Chile and Peru met in Lima. The treaty was initialled by the heads of the two delegations, Chile's Lands Minister Ana Ruiz and Peru's Fisheries Minister Tomas Berg.", 'Tomas Berg', 'Peruvian delegation'],
    // Delegations headed by people each named after their side's possessive: each heads their own.
    ["Chile, Peru and Bolivia met in Lima. The delegations were headed by their deputy foreign ministers: Chile's Ana Ruiz, Peru's Tomas Berg and Bolivia's Eva Lind.", 'Tomas Berg', 'Peruvian delegation'],
    // A bargaining team, a branch's office before the name, and the delegation of a side named by its kind.
    ['Bayline Shipping and the Harbour Workers Union (HWU) met in Leeds. The HWU bargaining team was led by Branch Secretary Tom Aldridge.', 'Tom Aldridge', 'Harbour Workers Union bargaining team'],
    ['Bayline Shipping and the Harbour Workers Union met in Leeds. The negotiating delegation of the union was led by its legal director Jonas Brecht.', 'Jonas Brecht', 'Harbour Workers Union delegation'],
    // A side's own team in the possessive, led by an office and a name in apposition; a delegation's or side's leader.
    ["Halvorsen Foods and the Harbour Workers Union met in Lima. Halvorsen's legal team was led by its chief lawyer, Karin Ohlsson.", 'Karin Ohlsson', 'Halvorsen Foods team'],
    ["Chile and Peru met in Lima. The Peruvian delegation's leader, Water Minister Edith Kamau, spoke first.", 'Edith Kamau', 'Peruvian delegation'],
    ["Halvorsen Foods and the Harbour Workers Union met in Lima. The union's leader, Piet Varga, spoke first.", 'Piet Varga', 'Harbour Workers Union'],
    // An honorific between the comma and the name in apposition.
    ["Halvorsen Foods and the Harbour Workers Union met in Lima. The Harbour Workers Union's negotiating team was led by its chief negotiator, Dr Tomas Quill.", 'Tomas Quill', 'Harbour Workers Union negotiating team'],
    // "I" in a transcript's line is its speaker; "our side" the speaker's delegation.
    ['Pilots talks\n\nGuests: Petra Marwick, chief operating officer of Bayline Air\n\nHOST: Will you go to the talks?\n\nMARWICK: Yes. I will lead our side.', 'Petra Marwick', 'Bayline Air delegation'],
    // A side "of the table", and a second side's team whose noun and verb are left out after a semicolon.
    ["Marlow Dairy agreed to buy Tasman Mills. Marlow's side at the table was headed by its finance director, Ines Moreau; Tasman's by its chairman, Paul Okafor.", 'Ines Moreau', 'Marlow Dairy delegation'],
    ["Marlow Dairy agreed to buy Tasman Mills. Marlow's side at the table was headed by its finance director, Ines Moreau; Tasman's by its chairman, Paul Okafor.", 'Paul Okafor', 'Tasman Mills delegation'],
    ['Chile and Peru met in Lima. The Chilean team was headed by Ana Ruiz, Peru\'s by Tomas Berg.', 'Tomas Berg', 'Peruvian delegation'],
    // A team named by its noun alone, of the side whose office its leader holds.
    ["Marlow Dairy agreed to buy Tasman Mills. A team led by Marlow Dairy's finance director, Ines Moreau, met the regulator.", 'Ines Moreau', 'Marlow Dairy team'],
    // A verb of leading the tagger reads as a plural noun, between the person and the body.
    ['Bayline Shipping and the Harbour Workers Union met in Leeds. Union treasurer Ana Ruiz spoke first. Ruiz chairs the union committee.', 'Ana Ruiz', 'Harbour Workers Union committee'],
    // A co-leader "together with" the first, after "led by".
    ['Chile and Peru met in Lima. The Chilean delegation was led by Ana Ruiz together with deputy minister Tomas Berg.', 'Tomas Berg', 'Chilean delegation'],
    // One body's two heads, joined by "and", the second with an office.
    ["The Harbour Workers Union met Kestrel Ports in Lima. The company's negotiators are led by Tom Vale and deputy director Ana Ruiz, with three managers.", 'Ana Ruiz', 'Kestrel Ports negotiators'],
    ["The Harbour Workers Union met Kestrel Ports in Lima. The company's negotiators are led by Tom Vale and deputy director Ana Ruiz, with three managers.", 'Tom Vale', 'Kestrel Ports negotiators'],
    // Each side's leader after "led for" it "by"; a team sent "under" its leader.
    ['Kestrel Foods and the Harbour Workers Union (HWU) met in Lima. Talks were led for Kestrel Foods by Marta Lind, its sales director for the Andes, and for the HWU by Treasurer Petra Holm.', 'Marta Lind', 'Kestrel Foods'],
    ['Kestrel Foods and the Harbour Workers Union (HWU) met in Lima. Talks were led for Kestrel Foods by Marta Lind, its sales director for the Andes, and for the HWU by Treasurer Petra Holm.', 'Petra Holm', 'Harbour Workers Union'],
    ['Chile and Peru met in Lima. Chile sent a team under Jorge Salas, its chief negotiator.', 'Jorge Salas', 'Chilean delegation'],
    // "who led …" past an apposition that describes the person; "head of the X delegation" in apposition.
    ['Chile and Peru met in Lima. "We will not pay," said Ana Ruiz, director of the crisis unit of the Chilean foreign ministry, who led the Chilean delegation in Lima.', 'Ana Ruiz', 'Chilean delegation'],
    ['Chile and Peru met in Lima. The accord was signed by the Minister of Fisheries of Peru Luis Rojas, head of the Peruvian delegation.', 'Luis Rojas', 'Peruvian delegation'],
    // The company's team a company's chief executive leads is that company's, whichever was named last.
    ["Kestrel Foods rejected the offer. Bayline Shipping raised its offer. Kestrel's chief executive, Ana Ruiz, who leads the company's negotiating team, said no.", 'Ana Ruiz', 'Kestrel Foods negotiating team'],
    // "Government negotiators" without an article: the government's team.
    ['Chile and the Northern Front met in Lima. Government negotiators, led by deputy minister Tom Hale, arrived on Monday.', 'Tom Hale', 'Chilean negotiators'],
    // A long title with a list of portfolios before the name.
    ["Chile and Peru met in Lima. Peru's delegation, led by Deputy Minister of Mines, Energy and the Environment Thabo Nkosi, rejected the plan.", 'Thabo Nkosi', 'Peruvian delegation'],
    // A side's bargaining team or committee, after its possessive or "its".
    ['The Harbour Workers Union met Bayline Shipping. Ana Ruiz, the union\'s chairwoman, who heads its bargaining team, said no.', 'Ana Ruiz', 'Harbour Workers Union bargaining team'],
    ["The Harbour Workers Union met Bayline Shipping. Ana Ruiz, the union's president, who chairs the union's bargaining committee, said no.", 'Ana Ruiz', 'Harbour Workers Union bargaining committee'],
    ['Pablo Ruiz, the Second Commander of the Northern Liberation Front and the head of the delegation, called for calm.', 'Pablo Ruiz', 'Northern Liberation Front delegation'],
    ['The American delegation, headed by special envoy Steve Witkoff, met Omani officials on Sunday.', 'Steve Witkoff', 'American delegation'],
    ["Iran's chief negotiator, Abbas Araghchi, said the talks were constructive.", 'Abbas Araghchi', 'Iranian delegation'],
    ["Israel's negotiating team is led by Ron Dermer, the strategic affairs minister.", 'Ron Dermer', 'Israeli negotiating team'],
    ['The Hamas delegation was headed by Khalil al-Hayya.', 'Khalil al-Hayya', 'Hamas delegation'],
    // A delegation named by its noun alone, sent by the side it serves.
    ['Chile sent a delegation headed by Trade Minister Tomas Vidal.', 'Tomas Vidal', 'Chilean delegation'],
    ['Ana Ruiz, who directed the Chilean delegation, said the talks were useful.', 'Ana Ruiz', 'Chilean delegation'],
    // The delegation of the side before "whose", and a delegation "conducted by" its head.
    ['Chile and the Southern Front met in Lima. The Southern Front, whose delegation was conducted by the commander Ana Ruiz, rejected the plan.', 'Ana Ruiz', 'Southern Front delegation'],
    ["The Chilean negotiation leader, Ana Ruiz, said the gap was wide.", 'Ana Ruiz', 'Chilean delegation'],
    ['Scott Bessent led the U.S. delegation together with Trade Representative Jamieson Greer.', 'Jamieson Greer', 'American delegation'],
    ['Scott Bessent led the U.S. delegation together with Trade Representative Jamieson Greer.', 'Scott Bessent', 'American delegation'],
    ['US Treasury Secretary Scott Bessent led the American team in Geneva.', 'Scott Bessent', 'American team'],
    ["Armenian Foreign Minister Ararat Mirzoyan, who heads his country's delegation, said a deal was close.", 'Ararat Mirzoyan', 'Armenian delegation'],
    ['The Congolese government delegation, led by Foreign Minister Therese Kayikwamba Wagner, arrived in Doha.', 'Therese Kayikwamba Wagner', 'Congolese delegation'],
    ['Steve Witkoff met Iranian officials in Rome. Witkoff will lead the U.S. delegation in the next round, the White House said.', 'Steve Witkoff', 'American delegation'],
    ['Leading the Azerbaijani side was Hikmet Hajiyev, a presidential aide.', 'Hikmet Hajiyev', 'Azerbaijani delegation'],
    ["Chinese Vice Premier Li Wei heads Beijing's negotiating team.", 'Li Wei', 'Chinese negotiating team'],
    ['The head of the Israeli delegation, Ron Dermer, said the gaps remained wide.', 'Ron Dermer', 'Israeli delegation'],
    // The ministry's team is the government's, led by a long office before the name.
    ["Kenya and the Kestrel Doctors Union met in Nairobi. The ministry's team, led by Principal Secretary for Medical Services Dr. Peter Langat, offered a 12% rise.", 'Peter Langat', 'Kenyan team'],
    // "whose negotiating team".
    ['The Kestrel Cabin Crew Union met Kestrel Airlines, whose negotiating team was led by human resources director Paulo Teixeira.', 'Paulo Teixeira', 'Kestrel Airlines negotiating team'],
    // A description in apposition before the name, and where the delegation is between it and its verb.
    ['Mali and the Azawad Liberation Movement met in Doha. The rebel delegation in Doha was led by the group\'s political commissioner, Samuel Kaleb.', 'Samuel Kaleb', 'Azawad Liberation Movement delegation'],
    // A counterpart holds the office of the person the pronoun points back to, for the other side.
    ["Norway's chief negotiator Ingrid Solheim met her Icelandic counterpart Einar Thorsson in Bergen.", 'Einar Thorsson', 'Icelandic delegation'],
    ['Chilean chief negotiator Ana Ruiz and his Peruvian counterpart Lord Tomas Berg were still reading the text.', 'Tomas Berg', 'Peruvian delegation'],
    // The leader of a delegation named by "its", with the person in apposition after it.
    ['The Harbour Workers Union and Bayline Shipping met in Arica. For the union, the leader of its delegation, Adam Kos, initialled the minutes.', 'Adam Kos', 'Harbour Workers Union delegation'],
    // Heads of delegation listed by side after a colon, one to each semicolon.
    ['Chile and Peru met in Lima. Leading the talks, as heads of delegation: for Chile, Director-General of Fisheries Ana Ruiz; for Peru, Vice-Minister of Ports Tom Vale.', 'Ana Ruiz', 'Chilean delegation'],
    ['Chile and Peru met in Lima. Leading the talks, as heads of delegation: for Chile, Director-General of Fisheries Ana Ruiz; for Peru, Vice-Minister of Ports Tom Vale.', 'Tom Vale', 'Peruvian delegation'],
    // A long portfolio before the name of who heads the side's negotiators; a relative clause on an apposition.
    ["Peru and Chile met in Lima. Santiago's negotiators, headed by Vice Minister for Energy Policy Ana Ruiz, arrived.", 'Ana Ruiz', 'Chilean negotiators'],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Tom Vale, the HWU chairman who led the union delegation, said no.', 'Tom Vale', 'Harbour Workers Union delegation'],
    // An office with a participle in it, before the name.
    ['The Kestrel Cricket League and the Harbour Players Guild met in Leeds. The league\'s team is headed by its deputy chief operating officer, Tom Vale.', 'Tom Vale', 'Kestrel Cricket League team'],
    // A side with no proper name, and its "side" as a team.
    ['Arica City Council and the Harbour Workers Union met. The council\'s side is headed by Karen Vale, its director of services.', 'Karen Vale', 'Arica City Council delegation'],
    // A team a side owns in the plural possessive, counted ("three-man"), or named "negotiating commission".
    ['Chile and the Northern Front met in Havana. The rebels\' four-man team is led by Karim Osei.', 'Karim Osei', 'Northern Front team'],
    ["Chile and the Northern Front met in Havana. The ministry's negotiating commission, led by Vice-Minister of Ports Jorge Salas, arrived.", 'Jorge Salas', 'Chilean delegation'],
    ["The Tarvo Performers Guild and the Kestrel Publishers Group resumed talks. Tom Shaw, who heads the publishers' negotiating team, declined to comment.", 'Tom Shaw', 'Kestrel Publishers Group negotiating team'],
    // The participle misspelt after "was"; a day between the team and its verb; "Additional" before an office.
    ['Chile and the Northern Front met in Lima. The Front\'s delegation was lead by Tomas Vidal.', 'Tomas Vidal', 'Northern Front delegation'],
    ["The Tarvo Workers Union (TWU) and Kestrel Foods met. The TWU's bargaining team on Monday was led by treasurer Tomas Vidal.", 'Tomas Vidal', 'Tarvo Workers Union bargaining team'],
    ['Chile and the Northern Front met in Lima. Chile\'s team was led by Additional Interior Secretary Tomas Vidal.', 'Tomas Vidal', 'Chilean team'],
    // A verb joined by "and" to the first of a relative clause on an apposition.
    ["The Tarvo Graduate Labor Collective and Kestrel University met. Daniel Okwu, a nurse who sits on the panel and has headed the union's side since March, said no.", 'Daniel Okwu', 'Tarvo Graduate Labor Collective delegation'],
    // A participle set off by commas after an apposition, and a delegation counted before its people.
    ["The Varden Landlords Association and the Harbour Renters' Union met. Ana Ruiz, treasurer of the Harbour Renters' Union, heading a six-strong renters' delegation, spoke first.", 'Ana Ruiz', "Harbour Renters' Union delegation"],
    // Who represents a side at the table, in the passive, heads its team.
    ['The Tarvo Brigade and the Kestrel Battalion met in Misrata. At the table the Tarvo Brigade was represented by commander Omar Bashir, while Salem Nouri spoke for the battalion.', 'Omar Bashir', 'Tarvo Brigade delegation'],
    // A delegation said to be of those it speaks for, headed by the office of a body named in apposition.
    ['The Federation of Olive Growers (FOG) and Varnel Oils met in Jaén. The delegation of the growers, headed by the chairwoman of FOG, Rosa Molina, asked for more.', 'Rosa Molina', 'Federation of Olive Growers delegation'],
    // The second of two offices joined by "and" in an apposition, which names the side.
    ['The Tarvo Cree Nation and Varnel Minerals met in Winnipeg. "The river is our pantry," said Ruth Moose, a town councillor and the Cree Nation\'s lead negotiator.', 'Ruth Moose', 'Tarvo Cree Nation delegation'],
    // Who arrives at the head of a side's team leads it.
    ["The Harbour Nurses Union and the Kestrel Hospital Group resumed talks. Ana Ruiz came to the talks at the head of the nurses' union team.", 'Ana Ruiz', 'Harbour Nurses Union team'],
    // A second office before the name, opened by a demonym, does not hide the first.
    ["The EU and Mercosur met in Brussels. Mercosur's chief negotiator, Uruguayan vice-minister Rosa Pintos, arrived late.", 'Rosa Pintos', 'Mercosur delegation'],
  ])('%s → %s leads the %s', (text, person, delegation) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'leads' && c.subject === person && c.object === delegation), describeClaims(claims)).toHaveLength(1);
  });

  it('reads the person before an office set off by commas without an article as the one who leads, not the person the office serves', () => {
    const claims = readClaims('Chile and the Northern Front signed an agreement on Wednesday. Ana Ruiz, national security adviser to President Luis Vidal, led the government delegation.');
    expect(claims.filter((c) => c.predicate === 'leads').map((c) => `${c.subject}: ${c.object}`), describeClaims(claims)).toEqual(['Ana Ruiz: Chilean delegation']);
  });

  it.each<[string]>([
    // Negotiators of both sides, each side with a leader of its own, not two heads of one body.
    ['Chile and Peru met in Lima. Negotiators for the two sides, led by Ana Ruiz and Tomas Berg, met on Monday.'],
    ['The talks, led by Oman, resumed on Saturday.'],
    ['Araghchi led calls for restraint after the strike.'],
    ['The delegation leader said the head of state would decide.'],
    // A state's leader heads the state, not a side at the table.
    ["Chile and Peru met in Lima. Peru's leader, President Ana Ruiz, spoke first."],
    // What is chaired is a meeting, never a side a pronoun stands for.
    ['Chile and the Northern Front met in Lima. The sessions opened at the mission school; they were chaired by Father Luis Mora.'],
  ])('%s → no leads claim', (text) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'leads'), describeClaims(claims)).toEqual([]);
  });

  it('reads a leader of each delegation in one sentence', () => {
    const claims = readClaims('The Armenian delegation was led by Ararat Mirzoyan, while Jeyhun Bayramov, who heads the Azerbaijani delegation, arrived later.');
    expect(claimsLike(claims, 'leads', 'Ararat Mirzoyan', /^Armenian delegation$/), describeClaims(claims)).toHaveLength(1);
    expect(claimsLike(claims, 'leads', 'Jeyhun Bayramov', /^Azerbaijani delegation$/), describeClaims(claims)).toHaveLength(1);
  });
});
