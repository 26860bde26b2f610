import { describe, expect, it } from 'vitest';
import { readGraph } from './read-claims.js';

/** The memberOf facts of a text, as [person, party] pairs. */
function memberships(text: string): string[][] {
  return readGraph([text]).facts.filter((f) => f.predicate === 'memberOf').map((f) => [f.subject, f.object]);
}

describe('memberOf', () => {
  it.each<[string, string, string]>([
    // The head of a side with no proper name, opening a sentence with its capital, before an office.
    ['The Tarvo fishing cooperative and Minera Kestrel met in Arica on Monday. Cooperative president Ana Ruiz said no.', 'Ana Ruiz', 'Tarvo fishing cooperative'],

    // The side named in the possessive before an office in apposition, by name or by its kind word.
    ['Bayline Shipping and the Harbour Workers Union met. Priya Nair, Bayline Shipping\'s general manager of employee relations, said no.', 'Priya Nair', 'Bayline Shipping'],
    ['Bayline Shipping and the Harbour Workers Union met. Tom Vale, the union\'s national secretary, said no.', 'Tom Vale', 'Harbour Workers Union'],
    ['Iranian Foreign Minister Abbas Araghchi said the talks were useful.', 'Abbas Araghchi', 'Iran'],
    // "Its" opening a sentence: the subject of the one before, not a side that owns a noun or follows a preposition.
    ["Chile and Peru agreed on copper quotas. Peru's mining industry, represented by the Andean Mining Council (AMC), had lobbied for the quota. Its president, Rosa Llanos, called the deal fair.", 'Rosa Llanos', 'Andean Mining Council'],
    // A title of rank between the office's comma and the name.
    ['The Harbour Pilots Association and Kestrel Air met on Monday. The association said its president, Captain Ines Tarvik, would lead the talks.', 'Ines Tarvik', 'Harbour Pilots Association'],
    ['Chile and Peru agreed on copper quotas. On the Chilean side, the Copper Producers Coalition, which speaks for smelters, had demanded a cap. Its chairman, Tomas Ried, called the deal weak.', 'Tomas Ried', 'Copper Producers Coalition'],
    // An office whose first word the tagger may take for a verb ("lead").
    ['The Harbour Workers Union rejected the offer. Its lead negotiator, Tom Vale, called it an insult.', 'Tom Vale', 'Harbour Workers Union'],
    // A side named after a preposition of place that opens the sentence is named without it.
    ['Negotiations between Kestrel Transit and the Harbour Engineers Union resumed. Outside Kestrel Transit offices in Arica on Friday, drivers sang. Kestrel Transit CEO Ana Lind said a fair wage was needed.', 'Ana Lind', 'Kestrel Transit'],
    // A person named in the possessive before a side's name belongs to it.
    ["The Harbour Progress Party (HPP) and the Green Union met in Lima. Ana Lind's HPP won the most seats.", 'Ana Lind', 'Harbour Progress Party'],
    ["The Harbour Progress Party (HPP) and the Green Union met in Lima. Tom Vales' HPP won the most seats.", 'Tom Vales', 'Harbour Progress Party'],
    // The letter United States news writes after a member's name and state names the member's party.
    ['Republicans and the White House met. Speaker Ana Lind, R-Ohio, said a deal was possible.', 'Ana Lind', 'Republican Party'],
    ['Republicans and the White House met. Sen. Tom Vale (D-N.Y.) said a deal was possible.', 'Tom Vale', 'Democratic Party'],
    // "Jan", a month's abbreviation, as a given name, alone or in a hyphenated one.
    ["Bayline Shipping and the Harbour Workers Union met. Jan Dvorak, the union's president, said no.", 'Jan Dvorak', 'Harbour Workers Union'],
    ["Bayline Shipping and the Harbour Workers Union met. Pieter-Jan Smit, Bayline Shipping's chief executive, said no.", 'Pieter-Jan Smit', 'Bayline Shipping'],
    // Two offices joined by "and" after the side's name; "MD", a managing director written short, set off by commas.
    ['Kestrel Foods and Bayline Media met in Mumbai. Kestrel Foods MD and CEO, Ana Ruiz, said the merger would go ahead.', 'Ana Ruiz', 'Kestrel Foods'],
    ['Marlow Dairy agreed to buy Tasman Mills. Marlow Dairy founder and chief executive Ines Moreau will run both.', 'Ines Moreau', 'Marlow Dairy'],
    ['Marlow Dairy agreed to buy Tasman Mills. Tasman Mills chairman and managing director Paul Okafor backed the sale.', 'Paul Okafor', 'Tasman Mills'],
    // A party named as a person's, by "of", an office in lower case between; a Dutch particle inside a surname.
    ['The Green Harvest party and the Civic Union met in The Hague. The Civic Union (CU) of party leader Tom Vale wants a cabinet with both.', 'Tom Vale', 'Civic Union'],
    ['The Green Harvest party and the Civic Union (CU) met in The Hague. The CU of Joost ten Varde insists on a cap.', 'Joost ten Varde', 'Civic Union'],
    // … a firm whose name ends in "Group", of no kind an armed group's is not of too, by "the airline".
    ["Kestrel Air Group and the Allied Pilots Association reached a deal at the Federal Mediation Board's offices. Kestrel had offered a 20% raise. The board kept both sides at the table. The airline's chief negotiator, Tom Vale, said the deal was fair.", 'Tom Vale', 'Kestrel Air Group'],
    // … and before the office, by its kind word, the office set off.
    ["The Harbour Workers Union rejected an offer from Bayline Ferries. Bayline said it was final. The company's chief executive, Lars Moen, urged the union to return to the table.", 'Lars Moen', 'Bayline Ferries'],
    // A description of an office of a side named after "of", then the name after titles.
    ["The Andean Farmers Association and the Highland Herders Union met in Lima. The head of the association, Chief Tomas Condori, said no.", 'Tomas Condori', 'Andean Farmers Association'],
    ['The Andean Farmers Association and the Highland Herders Union (HHU) met in Lima. The Chairman of the HHU, Most Rev. Dr. Samuel Eze, said no.', 'Samuel Eze', 'Highland Herders Union'],
    // No side from where a person was born; a party whose name holds "de la".
    ['Kestrel Foods and the Harbour Workers Union met. Eva Berg, the Finnish-born chief executive of Kestrel Foods, said no.', 'Eva Berg', 'Kestrel Foods'],
    ['Chile and its bondholders met. Louise Morel, deputy of the Parti de la Justice Sociale (PJS), said no.', 'Louise Morel', 'Parti de la Justice Sociale'],
    // An organisation's name before its office, without the possessive; a plural possessive before a compound office.
    ['Kestrel Foods and the Harbour Workers Association (HWA) met in Lima. Petra Holm, the HWA vice-president, said no.', 'Petra Holm', 'Harbour Workers Association'],
    ["Kestrel Foods and the Harbour Workers Association (HWA) met in Lima. Ana Ruiz, Kestrel Foods' chief data officer, said no.", 'Ana Ruiz', 'Kestrel Foods'],
    // A side named inside the office in apposition, and a body after "with".
    ['Mali and the Azawad Liberation Movement (ALM) met in Doha. Ali Dambe, a senior ALM commander, was freed.', 'Ali Dambe', 'Azawad Liberation Movement'],
    ['Kestrel Health and the Kestrel Nurses Union met in Denver. Ana Lindqvist, a commissioner with the Federal Mediation Service, joined the talks.', 'Ana Lindqvist', 'Federal Mediation Service'],
    // "Its" opening a sentence is the first side of the one before; a name before a lower-case office is a side.
    ['The Harbour Workers Union met Bayline Shipping. Bayline said it had offered 6%. Its chief negotiator, Tomas Brandt, said it would not budge.', 'Tomas Brandt', 'Bayline Shipping'],
    ['Three parties met in The Hague. Green Harvest leader Tom Vale said the farmers had been heard.', 'Tom Vale', 'Green Harvest'],
    // A person whose side is unstated, speaking of "his government", is of the government at the table.
    ['The Coastal Teachers Union and the Department of Education met in Halifax. Premier Tom Hale said his government would return to the table.', 'Tom Hale', 'Department of Education'],
    // Where a commentator works, named after what they do and "at" or "with", is their side, whatever its name's words;
    // so is a body after "of" set off by commas, or after the kind of body it is.
    ['The Harbour Drivers Union rejected the offer. "The offer is weak," said Ingrid Solberg, a credit analyst at Vantage Ratings.', 'Ingrid Solberg', 'Vantage Ratings'],
    ['The Harbour Drivers Union rejected the offer. Henrik Dahl, a bond analyst with Tarvo Atlas Research, said freight shares fell.', 'Henrik Dahl', 'Tarvo Atlas Research'],
    ['The Harbour Drivers Union rejected the offer. Dr. Leila Haddad, a seismologist at the Amman Geophysics Laboratory, said the port was safe.', 'Leila Haddad', 'Amman Geophysics Laboratory'],
    ['The Harbour Drivers Union rejected the offer. Kavya Raman, an economist at the Madras School of Economics, said a deal was near.', 'Kavya Raman', 'Madras School of Economics'],
    ['The Harbour Drivers Union rejected the offer. Mateo Rojas, researcher of the University of Antofagasta, said the union had a point.', 'Mateo Rojas', 'University of Antofagasta'],
    ['The Harbour Drivers Union rejected the offer. Joan Whitby, of Four Bridges Transport Advisors, said the strike would be long.', 'Joan Whitby', 'Four Bridges Transport Advisors'],
    ['The Harbour Drivers Union rejected the offer. Amara Diallo of the pressure group Fair Freight Now said the union was right.', 'Amara Diallo', 'Fair Freight Now'],
    // A press release's contact line, whose label's "Media" names no firm.
    ['The Harbour Drivers Union and Coldwell Freight reached a deal on Monday.\n\nMedia contact: Tomas Berg, Press Officer, Harbour Drivers Union', 'Tomas Berg', 'Harbour Drivers Union'],
    // A side after "of" right after the name; an office of a state named after it, as translated news writes it.
    ['Chile and Peru met in Lima. Federal mediator Ann Lee of the Coastal Mediation Service sat in on the talks.', 'Ann Lee', 'Coastal Mediation Service'],
    ['The treaty was signed by the Minister of Energy and Water Resources of Chile Ana Rojas Vidal on Friday.', 'Ana Rojas Vidal', 'Chile'],
    // A region of a state before an office is the region's government.
    ['Bayline Health and the Kestrel Nurses Union met. Ontario Labour Minister Tom Vale asked both sides to return to the table.', 'Tom Vale', 'Ontario government'],
    ['The Minister of Foreign Affairs of Peru, Luis Arce Montes, signed the treaty.', 'Luis Arce Montes', 'Peru'],
    // … and of an organisation, with an honorific; a person's name after the head of a body's name is no word of it.
    ["The Harbour Workers Union (HWU) met Bayline Shipping. The chairwoman of HWU, Mrs. Ana Ruiz, said the deal was fair.", 'Ana Ruiz', 'Harbour Workers Union'],
    ['Chile and Peru signed the treaty in the presence of the Secretary-General of the Andean Water Council Ana Ruiz Vidal.', 'Ana Ruiz Vidal', 'Andean Water Council'],
    ['The Coastal Hockey League and its players resumed talks. League commissioner Ana Ruiz rejected the plan.', 'Ana Ruiz', 'Coastal Hockey League'],
    ['The Riverside Teachers Union and the school board met. The school board raises pay too slowly. Board chair Linda Moss said the offer was fair.', 'Linda Moss', 'school board'],
    ['Greek Cypriot and Turkish Cypriot leaders resumed talks in Geneva. Turkish Cypriot leader Ersin Tatlar called for two states.', 'Ersin Tatlar', 'Turkish Cypriot'],
    // The kind word of the article's only organisation of that kind, with its capital, names it before an office.
    ['The Royal Nursing Guild met Meridian Health. Guild general secretary Maria Okafor said the offer was too low.', 'Maria Okafor', 'Royal Nursing Guild'],
    // A union's local branch before the office; "HWU" is one word though wink reads capitals as "I AM".
    ['The HWU and Kestrel Foods resumed talks. HWU District 12 President Ana Ruiz said the offer was too low. HWU 12 rejected it.', 'Ana Ruiz', 'HWU'],
    ['The IAM and Kestrel Foods resumed talks. IAM Local 751 President Ana Ruiz said the offer was too low. IAM 751 rejected it.', 'Ana Ruiz', 'IAM'],
    ['Steve Witkoff, the U.S. special envoy, arrived in Muscat on Friday.', 'Steve Witkoff', 'United States'],
    ['Hamas official Basem Naim said the movement had received the proposal. Naim said it would respond soon.', 'Basem Naim', 'Hamas'],
    ["Ron Dermer, Israel's strategic affairs minister, flew to Cairo.", 'Ron Dermer', 'Israel'],
    ["Nikol Pashinyan, Armenia's prime minister, welcomed the text.", 'Nikol Pashinyan', 'Armenia'],
    ['Abbas Araghchi, who leads the Iranian delegation, arrived in Muscat on Saturday.', 'Abbas Araghchi', 'Iran'],
    ['Congolese Foreign Minister Therese Kayikwamba Wagner signed the text.', 'Therese Kayikwamba Wagner', 'Democratic Republic of the Congo'],
    ['Azerbaijani presidential aide Hikmet Hajiyev said Baku wanted a swift deal.', 'Hikmet Hajiyev', 'Azerbaijan'],
    ['Sudanese army chief Abdel Fattah al-Burhan rejected the plan.', 'Abdel Fattah al-Burhan', 'Sudan'],
    ['Abbas Araghchi arrived in Oman on Friday. The Iranian negotiator said he was hopeful.', 'Abbas Araghchi', 'Iran'],
    ['The Hamas delegation was headed by Khalil al-Hayya. Al-Hayya said the group wanted guarantees.', 'Khalil al-Hayya', 'Hamas'],
    ['Chinese Vice Premier Li Wei met Scott Bessent in Geneva.', 'Li Wei', 'China'],
    ['The Chinese delegation was headed by Vice Premier He Lifeng.', 'He Lifeng', 'China'],
    ['Iranian Foreign Ministry spokesman Esmaeil Baghaei said Iran wanted guarantees.', 'Esmaeil Baghaei', 'Iran'],
    ['Hamas was represented by its chief negotiator Khalil al-Hayya. Al-Hayya said the group wanted guarantees.', 'Khalil al-Hayya', 'Hamas'],
    ["Esmaeil Baghaei, a spokesman for Iran's Foreign Ministry, said Tehran was ready.", 'Esmaeil Baghaei', 'Iran'],
    ['Ahmed Fathy, an adviser to the Egyptian president, said the crossing would reopen.', 'Ahmed Fathy', 'Egypt'],
    // A party in brackets after a politician's name; an office only organisations have, of a single name.
    ['The Arica council met on the budget. The mayor, Luis Fenn (MDA), proposed a freeze on bus fares.', 'Luis Fenn', 'MDA'],
    ['The Harbour Workers Union met Bayline. Stefan Tolland, chief executive of Bayline, rejected the offer.', 'Stefan Tolland', 'Bayline'],
    // A body after "of the" and a compound in lower case ("state-run"), which names no portfolio; a centre for something;
    // "of the" after a body's head; what a person teaches at a body.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Jorge Kessel, chief executive of the state-run Andean Dredging Company, attended.', 'Jorge Kessel', 'Andean Dredging Company'],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Rosa Tarvo, a researcher at the Lima-based Centre for Port Studies, disagreed.', 'Rosa Tarvo', 'Centre for Port Studies'],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Pedro Lagos, who teaches maritime law at the University of the Andes, spoke.', 'Pedro Lagos', 'University of the Andes'],
    // A lab, an institute in another language, and an institute of a law are bodies; a double surname before "of" is a
    // person's.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Rosa Tarvo, an economist at the Kestrel Policy Lab in Lima, disagreed.', 'Rosa Tarvo', 'Kestrel Policy Lab'],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Professor Ana Vidal of the Instituto de Estudios Portuarios called the deal fragile.', 'Ana Vidal', 'Instituto de Estudios Portuarios'],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Irma Bosk, who teaches labour law at the Arica Institute for Maritime Law, spoke.', 'Irma Bosk', 'Arica Institute for Maritime Law'],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Pedro Lago-Vidal of Tarvo Securities said a deal was likely.', 'Pedro Lago-Vidal', 'Tarvo Securities'],
    // An occupation of finance; a body a person sits on or co-chairs.
    ['Chile and its bondholders met in Paris. Clara Dupuis-Mbeki, sovereign strategist at Harwick Capital, said the offer was fair.', 'Clara Dupuis-Mbeki', 'Harwick Capital'],
    ["Bayline Shipping and the Harbour Workers Union met in Arica. Lech Bator, an economist who serves on the union's wage board, said no.", 'Lech Bator', 'Harbour Workers Union'],
    ['Chile and its creditors met in Paris. Anne Morel, who co-chairs the Official Lenders Committee, said the sector would wait.', 'Anne Morel', 'Official Lenders Committee'],
    // A company named with no head, whose kind the text gives after it or, misread by the tagger, before it.
    ['The Dockworkers Union and Baltic Terminals, the port operator, met in Gdansk. Anna Nowak, head of labour relations at Baltic Terminals, said no.', 'Anna Nowak', 'Baltic Terminals'],
    ['The Dockworkers Union met on Monday. On Tuesday, shipping firm Nordhavn Lines said no. Ana Ruiz, a lawyer at Nordhavn Lines, explained why.', 'Ana Ruiz', 'Nordhavn Lines'],
    // The side that owns a body in the possessive, for the one who heads the body.
    ["The Harbour Competition Agency (HCA) and Vantor Airways met in Lima. The HCA's review unit, headed by Ana Ruiz, rejected the offer.", 'Ana Ruiz', 'Harbour Competition Agency'],
    // The side a person represents, in an article on talks between another state and an armed group.
    ['The United States and the Tarvo Liberation Front signed a deal in Lima. Foreign Minister Ana Ruiz represented Peru at the signing.', 'Ana Ruiz', 'Peru'],
    // A ministry's spokesman, in talks between two states, is of the state whose capital the sentence opens in.
    ['Chile and Peru met in Lima. In Santiago, a foreign ministry spokesman, Tom Vale, called on Peru to release two Chileans.', 'Tom Vale', 'Chile'],
  ])('%s → %s is a member of %s', (text, person, party) => {
    expect(memberships(text)).toContainEqual([person, party]);
  });

  it('reads the stance of a ministry spokesman placed by the capital the sentence opens in, past the place', () => {
    const { facts } = readGraph(['Chile and Peru met in Lima. In Santiago, a foreign ministry spokesman, Tom Vale, called on Peru to release two Chileans.']);
    expect(facts.filter((f) => f.predicate === 'proposes').map((f) => [f.subject, f.object])).toEqual([['Tom Vale', 'Peru to release two Chileans']]);
  });

  it.each([
    ['Kestrel Health and the Allied Nurses Union met in Edmonton. Health Minister Ana Ruiz said the province would not pay.', 'Kestrel Health'],
    ['Tarvo Energy and the Harbour Workers Union met in Lima. Later, said Energy Minister Ana Ruiz, the state would step in.', 'Tarvo Energy'],
  ])('reads the portfolio before a minister as no short name of a firm of that trade: %s', (text, firm) => {
    expect(memberships(text)).not.toContainEqual(['Ana Ruiz', firm]);
  });

  it('gives an office in apposition no longer held no side, whatever state its demonym names', () => {
    expect(memberships('Ecuador and its bondholders met in Washington. Tom Vale, a former Bolivian trade minister who advises the bondholders, said the deal was fair.')).toEqual([]);
  });

  it('reads a possessive before a noun and a preposition as no side of the office after them', () => {
    expect(memberships('The Harbour Workers Union and the Varden Wage Board met. The Varden Wage Board handed its findings to President Tom Vale on Monday.')).not.toContainEqual(['Tom Vale', 'Varden Wage Board']);
  });

  it('reads a double surname whose second part could be a Korean syllable as the surname, not the first name', () => {
    const text = 'Bayline Shipping and the Harbour Workers Union met in Arica. Rosa Tarvo-Lim, a lawyer at Bayline Shipping, said no. Tarvo-Lim said more.';
    expect(memberships(text)).toEqual([['Rosa Tarvo-Lim', 'Bayline Shipping']]);
  });

  it('ties each of two office holders named together to their own state', () => {
    const pairs = memberships('Qatari Prime Minister Mohammed bin Abdulrahman Al Thani and Egyptian intelligence chief Hassan Rashad met the negotiators.');
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['Mohammed bin Abdulrahman Al Thani', 'Qatar'],
        ['Hassan Rashad', 'Egypt'],
      ]),
    );
    expect(pairs).toHaveLength(2);
  });

  it("gives a minister of unstated side the government when no state is at the table, and a retired judge who mediates, or the opposition's leader, none", () => {
    const { facts } = readGraph(['The Andean Farmers Federation and the Plains Growers Union blocked roads across Peru. Agriculture Minister Ana Ruiz rejected their demand.']);
    // Read from the article's sides, not stated with her: with the lower confidence of an office of the state at the table.
    expect(facts.filter((f) => f.predicate === 'memberOf' && f.subject === 'Ana Ruiz').map((f) => [f.object, f.confidence])).toEqual([['Peru', 0.6]]);
    expect(memberships('Chile and the Northern Front met in Lima. The talks were mediated by Luis Vidal, a retired Supreme Court judge. Vidal said the sides were close.').filter(([person]) => person === 'Luis Vidal')).toEqual([]);
    // (Nor is an office of the opposition.)
    expect(memberships("Chile's government and the opposition Tarvo coalition signed a pact in Santiago. Opposition leader Luis Vidal had demanded more.").filter(([person]) => person === 'Luis Vidal')).not.toContainEqual(['Luis Vidal', 'Chile']);
  });

  it('reads "its" before a noun and a verb as that noun\'s owner, not the side of the office after the verb', () => {
    const text = 'The Harbour Teachers Union and the Varden school district met on Monday. Mayor Ana Ruiz said the city had made its offer. The union had demanded smaller classes, and its negotiators rejected the mayor\'s offer.';
    expect(memberships(text).filter(([person]) => person === 'Ana Ruiz')).toEqual([]);
  });

  it("reads a minister's portfolio as no body of its own", () => {
    const text = 'The Tarvel community and Minera Kolqa met Peruvian officials in Cusco. The talks are chaired by the vice minister of Rural Affairs, Ana Condori, who praised both sides.';
    expect(memberships(text).filter(([, party]) => party === 'Rural Affairs')).toEqual([]);
  });

  it('gives the go-between of the talks no side of the state at the table', () => {
    const text = 'Peru and the Tarvo Liberation Front met in Lima. The special envoy, Ana Ruiz, mediated the talks. Ruiz said both sides were ready.';
    expect(memberships(text)).toEqual([]);
  });

  it("gives a cleric no side of the state at the table", () => {
    const text = 'Peru and the Tarvo Liberation Front met in Lima. Bishop Pedro Lagos attended as an observer.';
    expect(memberships(text)).toEqual([]);
  });

  it('gives a scholar who teaches at a body no side of the state at the table', () => {
    const text = 'Peru and the Tarvo Liberation Front met in Lima. Ana Ruiz, who teaches land law at the Arica Institute for Maritime and Port Law, called the deal fragile.';
    const { facts } = readGraph([text]);
    expect(facts.filter((f) => f.predicate === 'role').map((f) => [f.subject, f.object])).toEqual([['Ana Ruiz', 'teaches land law']]);
    expect(memberships(text).filter(([, party]) => party === 'Peru')).toEqual([]);
  });

  it('states no side the text does not give', () => {
    expect(memberships('Scott Bessent, the Treasury Secretary, said progress had been made.')).toEqual([]);
  });

  it("gives a leader of farmers or of a union no side of the state at the table", () => {
    for (const office of ['a prominent farmer leader', 'a veteran union leader']) {
      const text = `Peru and the Andean Farmers Federation met in Lima. Tom Vale, ${office}, rejected the offer.`;
      expect(memberships(text).filter(([person]) => person === 'Tom Vale'), text).not.toContainEqual(['Tom Vale', 'Peru']);
    }
  });

  it('reads an acronym in brackets after a name without a head as that name\'s, no person\'s party', () => {
    const text = 'Chile and Peru met in Lima with the European Union Coastal Programme (EUCP) as facilitator. The EUCP said the talks went well.';
    expect(memberships(text).filter(([, party]) => party === 'EUCP')).toEqual([]);
  });

  it.each([
    ['Chile and its bondholders met in Lima. The committee is chaired by the British fund manager Tom Avery.'],
    ['Chile and the IMF met in Lima. The Indian economist Priya Raman led the IMF team.'],
  ])('reads a demonym before an occupation as where a person is from, not a side: %s', (text) => {
    expect(memberships(text).filter(([, party]) => party === 'United Kingdom' || party === 'India')).toEqual([]);
  });
  it("gives one who leads the other side's team that side, not the office of the state at the table", () => {
    const text = 'Chile and the Northern Front met in Lima. The Front team is headed by its spokesman Tomas Berg. Berg said the talks were useful.';
    expect(memberships(text)).toEqual([['Tomas Berg', 'Northern Front']]);
  });
});
