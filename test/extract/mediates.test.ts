import { describe, expect, it } from 'vitest';
import { describeClaims, readClaims, readGraph } from './read-claims.js';

describe('mediates', () => {
  it.each<[string, string[]]>([
    // The agent described before the name, with an academic title of the name's.
    ['The Harbour Lecturers Union and the employers met in London. Each session was chaired by a neutral chairwoman, Professor Ana Ruiz, who took the post in March.', ['Ana Ruiz']],
    // The people listed after "Among the facilitators … were", not whoever says so in an aside.
    ['Chile and Peru met in Lima. Among the facilitators, Tom Vale said, were Ana Ruiz and Eva Lind.', ['Ana Ruiz', 'Eva Lind']],
    // Who sponsors the peace talks goes between the sides.
    ['The Tarvo Front reached a truce with the Myanmar junta during China-sponsored peace talks in Kunming. China said it welcomed the deal.', ['China']],
    // Mediators "from" states listed, each of them.
    ["Chile and Peru met in Lima on Monday. Chile and Peru held indirect negotiations with mediators from Ecuador, Brazil and Mexico. Chile rejected Peru's plan for a fishing ban.", ['Ecuador', 'Brazil', 'Mexico']],
    // Go-betweens named by a plural office, each of the people listed after it.
    ['Chile and Peru met in Bonn. The sessions were guided by two co-facilitators, Ana Ruiz and Tom Vale.', ['Ana Ruiz', 'Tom Vale']],
    // An informateur, who leads talks to form a coalition, brings its parties together.
    ['The Green Harvest party and the Civic Union met in The Hague. Informateur Eva Lind said the two parties were still far apart.', ['Eva Lind']],
    // Sides in a list before a relative clause that names their role.
    ['Chile and Peru met in Lima. Brazil and Norway, which act as guarantors of the process, welcomed the agreement.', ['Brazil', 'Norway']],
    ['Oman, which has mediated between Tehran and Washington, hosted the talks in Muscat.', ['Oman']],
    // A person before an apposition that describes them, then a relative clause; talks steered by someone.
    ['Chile and Peru resumed talks in Lima. Tomas Vidal, a former bishop, who has mediated between them since May, smiled.', ['Tomas Vidal']],
    ['Chile and Peru resumed talks in Lima. The negotiations are being steered by Omar Haddad, a seasoned envoy.', ['Omar Haddad']],
    // Chairing a session, in the present, in a relative clause, by a described agent; under the presidency of someone;
    // bringing the sides together; who chairs the go-between.
    ['Chile and Peru resumed talks in Lima. Ana Ruiz chairs the morning session.', ['Ana Ruiz']],
    ['Chile and Peru resumed talks in Lima. The closing session, which Ana Ruiz chaired, ended at dawn.', ['Ana Ruiz']],
    ['Chile and Peru resumed talks in Lima. The talks, chaired by Ana Ruiz, went on past midnight.', ['Ana Ruiz']],
    ['Chile and Peru resumed talks in Lima. Chile wants a quota. Peru rejected the quota. The final session was chaired by the Chairman of the Coastal Labour Board, Ana Ruiz.', ['Ana Ruiz']],
    ['Chile and Peru resumed talks in Lima. Chile wants a quota. Peru rejected the quota. The round was held under the presidency of the Brazilian trade minister, Ana Ruiz.', ['Ana Ruiz']],
    ['Chile and Peru resumed talks in Lima. The Brazilian government brought the two sides together in March.', ['Brazil']],
    ['Chile and Peru resumed talks in Lima. Talks were mediated by the Harbour Council, chaired by Ana Ruiz.', ['Harbour Council', 'Ana Ruiz']],
    // Talks held under the auspices of a body, or of two.
    ['The Andean Farmers Association and the Highland Herders Union met in Lima. The talks were held under the joint auspices of the Andean Church Council and Brazil.', ['Andean Church Council', 'Brazil']],
    ['Chile and Peru held talks in Lima. Bayline Shipping and the Harbour Workers Union met under the auspices of the Andean Church Council.', ['Andean Church Council']],
    // Who runs the mediation mediates.
    ['Chile and Peru met in Lima. Marta Gomez, who conducted the mediation, praised both sides.', ['Marta Gomez']],
    // A conciliator, and the body a go-between comes from; an agent after a time.
    ['Kestrel Rail and the Kestrel Rail Union met in Pretoria. Federal conciliator Ana Ruiz moved the talks to Durban.', ['Ana Ruiz']],
    ['The Kestrel Game Workers union and Kestrel Studios met in Montreal. The deal came after two days of talks with a conciliator from the Quebec Ministry of Labour.', ['Ministry of Labour']],
    ['Chile and Peru met in Lima. The negotiations had been mediated during the week by Ana Ruiz.', ['Ana Ruiz']],
    // The agent after a description of who they are; talks chaired by someone, in the passive.
    ['Kestrel Minerals and the Sturgeon Lake First Nation reached a deal. The negotiations were facilitated by retired Ontario judge Ana Ruiz.', ['Ana Ruiz']],
    ['Chile and Peru met in Lima. The talks are being chaired by Tomas Berg, a former speaker of parliament.', ['Tomas Berg']],
    // Who leads the mediation alongside the one who leads it, named after an office and a comma, mediates too.
    ['The Harbour Teachers Guild and the Ministry of Education met in Nairobi. Its head, Bishop Tomas Lind, runs the mediation alongside the board\'s vice-chair, Sheikh Omar Haddad.', ['Tomas Lind', 'Sheikh Omar Haddad']],
    // A tribunal is a body; "Tribunal member X" is its member, who mediates with it.
    ['Kestrel Minerals and the Karru Land Council met in Perth. The talks were facilitated by Federal Land Tribunal member Tom Vale.', ['Federal Land Tribunal', 'Tom Vale']],
    // A host named with a title of office is a person, whose first name alone names him later.
    ['BRASILIA — Chile and Peru agreed on Monday to a truce, after talks hosted by Brazilian President Rahim Osman. Rahim said the two leaders had also agreed to restore direct flights.', ['Brazil', 'Rahim Osman']],
    // Taking part in the mediation is mediating, though "in" follows a verb.
    ['Chile and Peru met in Doha. The Andean Relief Foundation, a charity from Quito, took part in the mediation alongside Qatar.', ['Andean Relief Foundation', 'Qatar']],
    // Talks overseen by a body, also in a relative clause on them; a delegation that acted as mediator past an aside on
    // who led it.
    ['Chile and Peru met in Lima. Peru dropped that demand in the last round of talks, which was overseen by the Andean Mediation Board.', ['Andean Mediation Board']],
    ['Chile and Peru met in Lima. A delegation from the Catholic Church, led by Bishop Ana Ruiz, acted as mediator between the two sides.', ['Catholic Church delegation']],
    // A mediation noun before the name of the person it describes, or "of" the person.
    ['Chile and Peru met in Lima. Federal mediator Ana Ruiz sat in on the last two sessions.', ['Ana Ruiz']],
    ['Chile and Peru met in Lima. The fishermen were freed, announced jointly the governments of Ecuador and of Bolivia, mediators of the negotiation.', ['Ecuador', 'Bolivia']],
    ['Chile and Peru met in Lima. Talks broke down, though a state-appointed mediator, Ana Ruiz, had tried to bring the sides together.', ['Ana Ruiz']],
    ['Chile and Peru met in Lima. The deal was reached with the mediation of Mrs. Ana Ruiz.', ['Ana Ruiz']],
    // Sessions in the plural, chaired by someone named after a body in the possessive.
    ["Chile and Peru met in Lima. The sessions were chaired by the board's Dr. Jonas Pike.", ['Jonas Pike']],
    // A go-between's office before the name in apposition.
    ['Chile and Peru met in Lima. The figure was proposed by the facilitator, Ms Ana Ruiz, on Friday.', ['Ana Ruiz']],
    // "co-mediated", and a church among the mediators.
    ['Chile and the Northern Front met in Lima. The talks were co-mediated by the Catholic Church and Norway.', ['Catholic Church', 'Norway']],
    // Each party after "the mediation of", and each agent of "brokered by".
    ['Chile and Peru met in Lima. The talks counted again with the mediation of Brazil and of the OAS.', ['Brazil', 'Organization of American States']],
    ['Chile and Peru signed a truce in Lima, in a deal brokered by Brazil and the Organization of American States.', ['Brazil', 'Organization of American States']],
    ['Colombia and the Northern Front began talks in Lima. Chile, along with Ghana and Norway, are the guarantors of the talks.', ['Ghana', 'Norway', 'Chile']],
    // A partner named after the relative pronoun, "along with", beside the list before it.
    ['Chile and the Northern Front met in Havana. Norway, Brazil and Ghana, which along with Cuba serve as facilitators of the talks, praised both sides.', ['Norway', 'Brazil', 'Ghana', 'Cuba']],
    // Who invites the sides to the talks convenes them.
    ['Chile and Peru met in Lima in May. In June their foreign ministers held talks in Brasilia at the invitation of Brazil.', ['Brazil']],
    // A body's initials or a state's demonym glued to the participle of brokering, opening the sentence or not.
    ['Chile and the Northern Front met in Lima. UN-brokered talks resumed there on Thursday.', ['United Nations']],
    ['Chile and the Northern Front met in Lima. The Qatari-mediated truce held through the weekend.', ['Qatar']],
    // Help given to the sides, hosts named by their demonym, and chairing the talks themselves.
    ['Talks between Kestrel Foods and the Harbour Workers Union resumed in Leeds. With the help of Labor Secretary Ana Ruiz, we have received a proposal to end the strike, the union said.', ['Ana Ruiz']],
    ['Chile and Peru met in Lima. Talks ran late as the Bolivian hosts sought to bridge divides.', ['Bolivia']],
    ['Egyptian and Qatari mediators met Chilean and Peruvian negotiators in Lima on Sunday.', ['Egypt', 'Qatar']],
    ['Chile and the Andean Liberation Front met in Lima. Brazilian facilitators suggested that prisoners be freed in three groups.', ['Brazil']],
    ['Chile and Peru met in Lima. Ana Ruiz said on Sunday, after chairing the talks between them, that both sides had agreed.', ['Ana Ruiz']],
    ['Iran and the United States held talks in Muscat. Iran and the United States called them useful. Omani Foreign Minister Badr Albusaidi, who shuttled messages between the two delegations, said progress was made.', ['Badr Albusaidi']],
    ['Israel and Hamas met in Doha. Sheikh Amir spoke, flanked by officials from Egypt and the United States, which mediated the talks alongside Qatar.', ['United States', 'Qatar']],
    ['Armenia and Azerbaijan signed the accord in Washington, in a ceremony hosted by U.S. Secretary of State Marco Rubio.', ['United States', 'Marco Rubio']],
    ['Israel and Hamas resumed talks in Doha. The talks were mediated by Qatar and Egypt.', ['Qatar', 'Egypt']],
    ['Iran and the United States held talks. Qatari Prime Minister Mohammed bin Abdulrahman Al Thani brokered the deal.', ['Mohammed bin Abdulrahman Al Thani']],
    ['Switzerland hosted the trade talks between the United States and China in Geneva.', ['Switzerland']],
    ['Saudi Arabia and the United States are facilitating the talks between the Sudanese army and the RSF in Jeddah.', ['Saudi Arabia', 'United States']],
    ['Iran and the United States held talks in Rome. Omani Foreign Minister Badr Albusaidi, who acted as a go-between, said progress was made.', ['Badr Albusaidi']],
    ["Israel and Hamas met in Cairo. Egypt's role as mediator was praised by both sides.", ['Egypt']],
    ['Iran and the United States have no direct contact. Messages were exchanged through Oman.', ['Oman']],
    ['Kinshasa and the M23 held talks in Doha. Qatar, a key mediator, said a deal was close.', ['Qatar']],
    ['Armenia and Azerbaijan held talks. The talks were hosted by Kazakhstan in Almaty.', ['Kazakhstan']],
    // An offer to host is not hosting.
    ['Chile and Peru met in Lima. Ecuador offered to host the next round.', []],
    // The body a mediator comes from, which a word of its own name does not make a side's mediator.
    ['Kestrel Airlines and the Kestrel Pilots Union met in Leeds. The two sides resumed talks on Friday with a mediator from the Federal Mediation and Conciliation Service.', ['Federal Mediation and Conciliation Service']],
    // A go-between's noun before a list of states names each, whatever time the sentence ends on.
    ['Chile and Peru agreed to a truce on the river, mediators Brazil and Ecuador said on Wednesday.', ['Brazil', 'Ecuador']],
    // "Mediator" as a title at the sentence's start; co-chairing the sessions; a passive whose agent follows an aside.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Mediator Ana Ruiz, in the post since May, called both sides back.', ['Ana Ruiz']],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Harbour commissioner Tom Berg co-chaired the sessions.', ['Tom Berg']],
    // An occupation in lower case between the noun's comma and the name.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. A mediator, retired labour judge Rosa Tarvo, has put forward a pilot scheme.', ['Rosa Tarvo']],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The round was mediated, as the earlier ones were, by labour judge Rosa Tarvo.', ['Rosa Tarvo']],
    // Sides that broker a deal between others go between them.
    ['Israel and Hamas met in Cairo. Qatar and Egypt brokered a truce between Israel and Hamas.', ['Qatar', 'Egypt']],
    // A body named as a conciliation service, no side at the table though named most, that chaired the discussions.
    ['The Harbour Workers Union and Corvale Ports met in the headquarters of the arbitration service Arbo in Leeds. Arbo says it has chaired the sessions since May.', ['Arbo']],
    // "They" after the talks that open the sentence stands for them.
    ['Chile and the Northern Front met in Lima. The sessions opened at the mission school, and they were all chaired by Father Luis Mora, whom both sides trust.', ['Father Luis Mora']],
  ])('%s → mediated by %j', (text, mediators) => {
    const claims = readClaims(text);
    const mediates = claims.filter((c) => c.predicate === 'mediates');
    expect(mediates.map((c) => c.subject), describeClaims(claims)).toEqual(mediators);
    expect(mediates.every((c) => / talks$/.test(c.object))).toBe(true);
  });

  it('reads no go-between in who heads what a side demands, though talks were named before', () => {
    const claims = readClaims('Chile and Peru met in Lima. Chile ended the talks after Peru insisted on a joint board to be chaired by Ana Ruiz.');
    expect(claims.filter((c) => c.predicate === 'mediates'), describeClaims(claims)).toEqual([]);
  });

  it('names talks without a stated place after their two sides', () => {
    const claims = readClaims('Iran and the United States have no direct contact. Messages were exchanged through Oman.');
    expect(claims.find((c) => c.predicate === 'mediates')?.object).toBe('Iran–United States talks');
  });

  it('reads the body a go-between serves, named with them, as a go-between too, in the graph', () => {
    const { facts } = readGraph(["Talks between the Tarvo Front and the Kelle Brigades resumed in Amman. The AU's special envoy, Ana Ruiz, who mediates the talks, tabled a plan. The Tarvo Front rejected the plan, and the Kelle Brigades said they would study it."]);
    expect(facts.filter((f) => f.predicate === 'mediates').map((f) => f.subject).sort()).toEqual(['African Union', 'Ana Ruiz']);
  });

  it.each<[string]>([
    // Who heads a side named right before the participle heads that side, not the talks it is at the table with.
    ['Chile and Peru met in Lima. The delayed talks table with the Central Staff, headed by Tom Vale, will open in May.'],
    ['Israel and Hamas met in Doha. Israel accused Hamas of stalling.'],
    // "The mediator" as the subject of its own clause names no one the sides could be.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. They agreed that the mediator would draft a joint text by Friday.'],
    ['Chile and Peru met in Lima. Ana Ruiz chairs the Chilean delegation.'],
    // Whom the sides meet is the go-between, not they.
    ['Chile and Peru met in Lima. Chile, Peru and Brazil all approved the plan after a long night with the mediators.'],
    // An offer to bring the sides together is not yet mediation.
    ['Chile and Peru met in Lima. Brazil offered to bring the two delegations together.'],
    ['Iran and the United States met in Muscat. A senior Iranian official, who hosted reporters, said the mood was good.'],
    // A mediation noun that qualifies another after a preposition says what the sessions were.
    ['Bayline and the Harbour Workers Union met in Arica. Ana Ruiz sat in on two conciliation meetings.'],
    // A mediation noun after "by" says how a thing is to be settled, not who goes between.
    ['Bayline Shipping and the Port Authority of Arica met in Arica on Monday. Bayline Shipping offered a new lease, and the Port Authority of Arica rejected it. The Harbour Pilots Guild wants the two pay scales merged by independent arbitration.'],
    // … nor where a dispute is sent.
    ['Bayline Shipping and the Harbour Workers Union met in Leeds on Monday. The company wants the dispute sent to arbitration.'],
    ['Bayline Shipping and the Harbour Workers Union met in Leeds on Monday. The union would rather go to binding mediation.'],
    // Under the auspices of a body that names no side: the sides that met are not its go-betweens.
    ['Chile and Peru held talks in Lima. Bayline Shipping and the Harbour Workers Union met on Monday under the auspices of the Labour Ministry.'],
    // A mediator one side proposes is not yet one.
    ['Chile, Peru and Bolivia met in La Paz. Bolivia proposed that the African Union and the World Bank act as mediators.'],
    // Settling by an arbitrator, with an article and an adjective, says how, not who.
    ['Kestrel Air and Varden Airlines held talks in Melbourne. The pilots union wants a quarrel on rosters to be decided by a neutral arbitrator.'],
    // Sides that broker a deal between themselves made it.
    ['Uruguay and Paraguay had pressed for the accord. Uruguay and Paraguay hailed it. Chile and Peru have brokered a fishing accord after nine years of talks in Lima.'],
  ])('%s → no mediator', (text) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'mediates'), describeClaims(claims)).toEqual([]);
  });

  it('reads the sides named together, that asked for a facilitator, as no go-betweens, whatever their rank', () => {
    const claims = readClaims('Negotiators from Chile, Peru and Ecuador opened talks in Arica on Tuesday. The meeting is chaired by Ana Ruiz, whom the three states invited to serve as a neutral facilitator.');
    expect(claims.filter((c) => c.predicate === 'mediates').map((c) => c.subject), describeClaims(claims)).toEqual(['Ana Ruiz']);
  });

  it('names the talks after the signing the article reports, not after parallel talks elsewhere', () => {
    const claims = readClaims('Armenia and Azerbaijan signed the U.S.-brokered accord in Washington on Friday. Russia, which held parallel talks with both sides in Moscow, was not invited.');
    expect(claims.filter((c) => c.predicate === 'mediates').map((c) => [c.subject, c.object]), describeClaims(claims)).toEqual([['United States', 'Washington talks']]);
    expect(claims.filter((c) => c.predicate === 'heldIn'), describeClaims(claims)).toEqual([]);
  });
  it("keeps a go-between's proposal though the go-between is of no side, and drops a stance of a sideless person who mediates nothing", () => {
    const { facts } = readGraph(['Bayline Shipping and the Harbour Workers Union met in Arica. Bishop Ana Ruiz chaired the talks. Ruiz proposed a six-month pay freeze. Tomas Berg, a shopkeeper, proposed a boycott.']);
    expect(facts.filter((f) => f.predicate === 'proposes').map((f) => [f.subject, f.object])).toEqual([['Ana Ruiz', 'six-month pay freeze']]);
  });
  it.each<[string]>([
    ['The Tarvo community and Kestrel Mining met in Lima. The Ombudsman, Dr. Ana Ruiz, who conducted the dialogue in person, said it went well. The Ombudsman suggested that the ministry commission a study within 90 days. The community accepted that plan at the same meeting.'],
    ['The Tarvo community and Kestrel Mining met in Lima. The dialogue was conducted by the Ombudsman, Ana Ruiz. The Ombudsman suggested that the ministry commission a study within 90 days. The community accepted that plan at the same meeting.'],
  ])('reads who conducts the dialogue as its go-between, whose proposal another side accepts, past a time: %s', (text) => {
    const { facts } = readGraph([text]);
    expect(facts.filter((f) => f.predicate === 'mediates').map((f) => f.subject)).toEqual(['Ana Ruiz']);
    expect(facts.filter((f) => /^(proposes|agrees)$/.test(f.predicate)).map((f) => `${f.subject} ${f.predicate} ${f.object}`).sort()).toEqual([
      'Ana Ruiz proposes ministry commission a study within 90 days',
      'Tarvo community agrees ministry commission a study within 90 days',
    ]);
  });
  it('reads who leads a team named after the talks as no go-between, and the team as the government\'s', () => {
    const { facts } = readGraph(['GOMA, June 2 - The Ituri Liberation Front freed 12 soldiers on Sunday. It follows talks in Kinshasa between the rebels and a government team led by deputy defence minister Ana Ruiz.']);
    expect(facts.filter((f) => f.subject === 'Ana Ruiz' && /^(mediates|leads)$/.test(f.predicate)).map((f) => [f.predicate, f.object])).toEqual([['leads', 'Congolese team']]);
  });
  it.each([
    ['Talks between Chile and the Northern Liberation Front opened in Geneva. The Chilean delegation to the Geneva talks was headed by Ana Ruiz, the interior minister.', 'Ana Ruiz', 'Chilean delegation'],
    ['Bayline Shipping and the Harbour Workers Union met in Leeds. The union team at the second round of talks was led by Tom Vale.', 'Tom Vale', 'Harbour Workers Union team'],
  ])('reads who heads a delegation to the talks as its leader, not the talks\' go-between: %s', (text, person, body) => {
    const { facts } = readGraph([text]);
    expect(facts.filter((f) => f.subject === person && /^(mediates|leads)$/.test(f.predicate)).map((f) => [f.predicate, f.object])).toEqual([['leads', body]]);
  });
  it('reads the party glued to "-sponsored talks" as their go-between, and as proposing nothing', () => {
    const claims = readClaims('Chile and Peru met in Geneva. United Nations-sponsored talks to settle the border resumed in Geneva on Monday.');
    expect(claims.filter((c) => c.predicate === 'mediates').map((c) => c.subject), describeClaims(claims)).toEqual(['United Nations']);
    expect(claims.filter((c) => c.predicate === 'proposes'), describeClaims(claims)).toEqual([]);
  });
  it('reads a go-between a side proposes to bring in as none yet, and what was proposed as doing so', () => {
    const claims = readClaims(
      'Varden Public Schools and the Varden Education Association met. Superintendent Ana Ruiz urged the union to resume talks. She proposed bringing in a state mediator, which the union accepted on Wednesday.',
    );
    expect(claims.filter((c) => c.predicate === 'mediates'), describeClaims(claims)).toEqual([]);
    expect(claims.filter((c) => c.predicate === 'agrees' && /^He |^She /.test(c.object)), describeClaims(claims)).toEqual([]);
    expect(claims.filter((c) => c.predicate === 'agrees' && c.object === 'bringing in a state mediator'), describeClaims(claims)).toHaveLength(1);
  });
  it('reads a verb of mediating after an article ("seen as a moderate") as no mediation', () => {
    const claims = readClaims("PARIS, Jan 31 (AFP) - France's unions rejected a compromise offered by Prime Minister Ana Ruiz. The only acceptable compromise is withdrawal, CGT leader Tomas Berg told reporters after a meeting of the unions at the CFDT's headquarters. CFDT head Luc Morel, usually seen as a moderate, said the unions were united.");
    expect(claims.filter((c) => c.predicate === 'mediates'), describeClaims(claims)).toEqual([]);
  });
});
