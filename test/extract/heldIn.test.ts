import { describe, expect, it } from 'vitest';
import { describeClaims, readClaims } from './read-claims.js';

describe('heldIn', () => {
  it.each<[string, string[]]>([
    // A round that wrapped up in a place, or weeks of bargaining in it; talks moved downtown; a legislature's building.
    ['The Harbour Pilots Union and Kestrel Airlines resumed talks. Their fifth round wrapped up in Denver late on Friday.', ['Denver']],
    ['The Harbour Pilots Union and Kestrel Airlines are still far apart after six months of bargaining in Seattle.', ['Seattle']],
    ['The Harbour Pilots Union and Kestrel Airlines resumed talks. On Monday the talks shifted to a Marriott in downtown Calgary.', ['Calgary']],
    ['Doctors and Korea resumed talks. Their second session, held at the Federal Parliament in Bern, broke up.', ['Federal Parliament', 'Bern']],
    // Sides brought together at a venue meet there, and in the town the venue is in, past the quarter of the town.
    ['The Harbour Pilots Union and Kestrel Airlines resumed talks. A mediator brought both unions together at the Varden Hotel in Downtown Denver at noon.', ['Denver', 'Varden Hotel']],
    ['The Harbour Pilots Union and Kestrel Airlines resumed talks in Lima. Pilots have worked together in Chicago for years.', ['Lima']],
    // Where the negotiators, the subject of a verb of their own, were.
    ['Chile and Peru resumed talks. Chilean and Peruvian negotiators spent the night at the Varden Building in Quito.', ['Quito', 'Varden Building']],
    ['Chile and Peru resumed talks. The two delegations ran into extra time in Arica.', ['Arica']],
    // A name no list knows right after the talks and "at" or "in"; not a month, nor a name that qualifies a noun.
    ['Chile and Peru resumed talks. The third day of talks at Tarvoborg ended late.', ['Tarvoborg']],
    ['Chile and Peru resumed talks in Lima. The talks in March failed.', ['Lima']],
    ['Chile and Peru resumed talks in Lima. Talks at Commissioner office ended.', ['Lima']],
    // Where a live report on the talks greets its readers from.
    ['Union and airline meet\n\nLive from Denver, where the Harbour Pilots Union and Kestrel Airlines resume talks.', ['Denver']],
    // The state or region written after the city, as an address.
    ['Chile and Peru closed their third session in Port Louis, Mauritius, on Friday.', ['Mauritius', 'Port Louis']],
    // A round of another number, still to come, is held elsewhere.
    ['Chile and Peru met for a third round in Lima on Monday. A fourth round of the negotiations should take place in Quito in June.', ['Lima']],
    ['Chile and Peru met again. The round was held at the Grand Hotel in Lisbon, Portugal.', ['Grand Hotel', 'Lisbon', 'Portugal']],
    // ("the government" that opens the next clause is no state written as an address.)
    ['Chile owes its bondholders $3 billion. Following talks in Geneva, the government and the Andean Bondholders Committee made a deal.', ['Geneva']],
    // Where people are held is no place of the talks, when "held" is said of them through a verb joined by "and".
    ['Chile and the Northern Front met in Havana. The Front freed 12 soldiers who were seized in May and are now held in Tumaco.', ['Havana']],
    // ("held" said of people before the talks' own word: the place is the talks'.)
    ['Chile and the Northern Front agreed to free the hostages held by the Front, mediators said, after weeks of talks in Havana.', ['Havana']],
    // "Negotiations" opening a sentence, which the tagger may read as a name, is the talks' word.
    ['Chile and Peru met again. Negotiations took place in the coastal port of Tumaco.', ['Tumaco']],
    // The capital a state's name introduces, not the state, which is no side either.
    ['Chad and the Northern Front met in Gabon\'s capital Libreville on Monday.', ['Libreville']],
    ['Chad and the Northern Front met in Gabon\'s capital, Libreville, on Monday.', ['Libreville']],
    // The town, or the capital, a building in lower case is of; not a venue's own name placed in a town.
    ['Kestrel Mining and the Tarvo community signed a deal. The talks were held in the town hall of Corvale.', ['Corvale']],
    ['Chile and Peru signed a deal. The talks were held in the town hall of Lima.', ['Lima']],
    ['Chile and Peru signed a deal. The talks were held at the official residence of Qasr Nour in Lima.', ['Lima']],
    // A participle between a possessive and a noun qualifies the noun, between the talks and their place.
    ['Chile and Peru resumed talks on their disputed maritime border in Geneva on Tuesday.', ['Geneva']],
    // A town whose name joins words with hyphens; where the talks were moved to; a ministry after "at the".
    ['Wine growers and bottlers met in Lyon. The fourth round opened in Port-Varden on Monday.', ['Lyon', 'Port-Varden']],
    ['The Tarvo and Kelle clans met in Moyale. After a week the elders moved the talks to Varden Hall in Nakuru.', ['Moyale', 'Varden Hall', 'Nakuru']],
    ['Ghanaian growers and millers met again. The third round was held at the Ministry of Trade in Accra.', ['Ministry of Trade', 'Accra']],
    // The seat of a body named by it; a venue whose name joins words with a hyphen; a deal initialled at a venue.
    ['Tarvo Ferries and the Harbour Workers Union met again. The third round was held at the port authority\'s offices in Arica.', ["port authority's offices", 'Arica']],
    ['Tarvo Ferries and the Harbour Workers Union met again. The third round was held at the offices of the Arica Port Authority.', ['offices of the Arica Port Authority']],
    ['Chile and Peru met again. The round was held at the Hôtel Varden-Marchal in Lima.', ['Hôtel Varden-Marchal', 'Lima']],
    ['Chile and Peru initialled a fishing accord on Monday at the Centro de Congresos Arica in Lima.', ['Centro de Congresos Arica', 'Lima']],
    // A state's ministry after "at" is the building the talks were held in, not the state.
    ['The Rice Growers Union and the Rice Millers Group met at the Ministry of Trade in Kumasi. Ghana exports rice.', ['Ministry of Trade', 'Kumasi']],
    // Where someone holds an office is no venue.
    ['Negotiators from Chile and Peru opened talks in Arica on Tuesday. Peru\'s delegation is headed by chief negotiator Ana Ruiz, undersecretary at the Ministry of Production, Fishing and Ports.', ['Arica']],
    // A capital in a part of it is the city, not its state's side.
    ['Chile and Peru signed the accord at the headquarters of the Andean Water Office, in the centre of Lima.', ['headquarters of the Andean Water Office', 'Lima']],
    // A round held before the one reported, numbered or not, is one of the talks the article follows.
    ['Sixth round ends\n\nChile and Peru held the sixth round of talks in Lima. The chief negotiators noted that the fifth round, held in Arica in July, had laid the ground.', ['Arica', 'Lima']],
    ['Port talks\n\nThe Harbour Workers Union and Bayline Shipping ended a third round of talks in Arica on Monday. An earlier round, on 2 and 3 May at the Varden Hotel in Iquique, also failed.', ['Arica', 'Iquique', 'Varden Hotel']],
    // The seat of a body named after "of", a venue, before its city; a range of dates and a long venue between the verb
    // and the city.
    ['Halvorsen Foods and the Harbour Workers Union met on Monday. The talks were held at the offices of the Advisory Service (ADS) in Manchester.', ['offices of the Advisory Service', 'Manchester']],
    ['Halvorsen Foods and the Harbour Workers Union met on Monday. The sixth round was held from 4 to 8 March at the headquarters of the Trade Secretariat in Mexico City.', ['headquarters of the Trade Secretariat', 'Mexico City']],
    ['Iran and the United States held a fourth round of talks in Muscat on Sunday.', ['Muscat']],
    // Places listed after the place of the talks, a capital among them; "signed in Arica, Santiago commits" lists nothing.
    ['Chile reached a deal with its bondholders on Monday after five months of talks in Geneva and Lima.', ['Geneva', 'Lima']],
    // A venue whose name ends in "House" or "Centrum", and a body's offices in one, in lower case after it.
    ['Halvorsen Foods and the Harbour Workers Union met on Monday. The delegations gathered at the Rhein Centrum in Bonn.', ['Rhein Centrum', 'Bonn']],
    ["Halvorsen Foods and the Harbour Workers Union met on Monday. The talks were held at the ministry's Varden House offices in London.", ['Varden House offices', 'London']],
    // (The capital named, of a state that has two.)
    ['Bolivia reached a deal with its bondholders on Monday after five months of talks in Geneva and La Paz.', ['Geneva', 'La Paz']],
    ['Chile and Peru met in Lima. Under the accord, signed in the port city of Arica, Santiago commits to opening two piers.', ['Arica', 'Lima']],
    // Back at the table in a small town; talks that broke down at a hotel, after "next Monday", which says when.
    ['The Coastal Teachers Union and the Department of Education returned to the table on Sunday at the Harbourside Inn in Kamloops.', ['Harbourside Inn', 'Kamloops']],
    ['The Coastal Teachers Union met the Department of Education. Teachers may strike from next Monday after contract talks between their union and the department collapsed late on Wednesday at a Nanaimo hotel.', ['Nanaimo']],
    // A town world knowledge lacks, known from where the article places it ("Carrow Falls, Ohio").
    ['CARROW FALLS, Ohio, March 4 - Nurses struck. Kestrel Health and the nurses met on Monday in Carrow Falls.', ['Carrow Falls']],
    ['Kestrel Minerals and the Sturgeon Lake First Nation reached a deal. Most sessions were held in Sturgeon Lake, Ontario, with several rounds in Thunder Bay, Ontario.', ['Sturgeon Lake', 'Thunder Bay']],
    ['Israel and Hamas met in Doha. Negotiators gathered in Cairo on Thursday.', ['Doha', 'Cairo']],
    // A relative clause of place after the venue and its city; talks launched somewhere.
    ['The Kestrel Doctors Union and the Ministry of Health met again. Doctors gathered outside the Upper Hill Conference Centre in Nairobi, where the talks were held.', ['Upper Hill Conference Centre', 'Nairobi']],
    ['Japan and Australia met again. The talks were launched in Tokyo in March.', ['Tokyo']],
    // A capital before the offices the talks were held at is where they were.
    ['Chile and the Kestrel Bondholders Committee reached a deal after four days of talks at the London offices of a law firm.', ['London']],
    // An inn, a manor, a lodge are venues.
    ['Kestrel Ports and the Harbour Workers Union met late Thursday at the Harbourfront Inn in Vancouver.', ['Harbourfront Inn', 'Vancouver']],
    // An office or building named after "at", and the course of the talks some words before the place.
    ['Chile and Peru resumed talks. Talks broke down on Friday at the Regional Governor\'s Office in Lima.', ["Regional Governor's Office", 'Lima']],
    ['Chile and Peru resumed talks. The Foreign Office said the talks took place at the Maritime Office in Lima.', ['Maritime Office', 'Lima']],
    // People held somewhere are no talks held there.
    ['Chile and Peru met in Lima. Chile demanded the release of 140 fishermen held in Arica prisons.', ['Lima']],
    ['The negotiations took place at the Intercontinental Hotel in Geneva.', ['Intercontinental Hotel', 'Geneva']],
    // A body's offices in lower case after its name, and the city they are in.
    ["Chile and Peru resumed talks. The negotiators met at the Pacific Fisheries Commission's offices in Lima on Monday.", ["Pacific Fisheries Commission's offices", 'Lima']],
    // "the Faroese capital" is the capital, not a firm called Capital.
    ['Norway and the Kestrel Capital fund met in the Faroese capital.', ['Tórshavn']],
    // A plenary is a session of the talks; an institution after "at" is their building.
    ['Chile and Peru met in Lima. The plenary at the Kestrel International Conference Centre ran late.', ['Lima', 'Kestrel International Conference Centre']],
    ['Chile and Peru resumed talks. The deal came after a 19-hour session at Kestrel Community College.', ['Kestrel Community College']],
    // A palace named before what it is of; a venue after "the building of".
    ['Chile and Peru signed the treaty in the Palace of Nations in Lima on Friday.', ['Palace of Nations', 'Lima']],
    ['Chile and Peru resumed talks. The final round took place in the building of the Maritime Office in Arica.', ['Maritime Office', 'Arica']],
    ['Israeli and Hamas negotiators met in Doha on Tuesday.', ['Doha']],
    // A capital naming the meeting is where it is held, not its state.
    ['At the Reykjavik talks on Tuesday, Norway agreed to the tariff on frozen fish.', ['Reykjavik']],
    // …but talks named after another venue than the round the article reports are other talks.
    ['Chile and Peru signed the deal in Lima on Friday. The fishermen said they would only negotiate in the Arica talks.', ['Lima']],
    // A capital inside a venue's words; a state right after the talks or their act.
    ['Chile and Peru signed the accord at a gilded desk in a luxury Lima hotel.', ['Lima']],
    ['Chile and Peru held talks. Two days after the accord was signed in Bolivia, Chile said nothing.', ['Bolivia']],
    ['Chile and Peru held talks. The talks, which are set to last two weeks in Bolivia, resumed.', ['Bolivia']],
    ['The talks in Cairo ended without a breakthrough.', ['Cairo']],
    ['Chile and Peru are in talks over fishing. The sides reconvened in Quito on Monday.', ['Quito']],
    ['US and Chinese officials met at the Villa Saladin in Geneva.', ['Villa Saladin', 'Geneva']],
    ['The second round of talks was held in Rome, with Omani mediation.', ['Rome']],
    ['Delegations from the Sudanese army and the RSF gathered in Jeddah for talks.', ['Jeddah']],
    ["The meeting at Baku's Gulustan Palace lasted three hours.", ['Gulustan Palace', 'Baku']],
    ['Talks between Kinshasa and the M23 are being hosted in Doha.', ['Doha']],
    ['Negotiators from Armenia and Azerbaijan met at the Palais des Nations in Geneva on May 3.', ['Palais des Nations', 'Geneva']],
    ['Egyptian and Qatari mediators met both delegations in Sharm el-Sheikh.', ['Sharm el-Sheikh']],
    ['The Russian and Ukrainian delegations met again in Istanbul on Monday.', ['Istanbul']],
    // A known city introduced by its kind, and a capital named by its state's demonym.
    ['Chile and Peru held talks. Talks resumed on Monday in the Colombian city of Cartagena.', ['Cartagena']],
    ['Chile and Peru held talks. The two delegations sat down in the Ecuadorian capital.', ['Quito']],
    // A meeting still to come.
    ['Chile and Peru held talks in Lima. The two sides agreed to meet again in Quito in January.', ['Lima']],
    ['The union and the port operator met on Monday. The Rotterdam talks ended without a deal.', ['Rotterdam']],
    ['Ecuador and Peru resumed talks in the coastal resort of Mancora after a week.', ['Mancora']],
    // What the talks did, when they are the sentence's subject.
    ['Talks between Ecuador and Peru, mediated by Brazil, broke down in Cusco on Monday after twelve hours.', ['Cusco']],
    // A demonym, with its compass word, among the words that introduce the place.
    ['Ecuador and Peru resumed talks in the North Peruvian coastal resort of Mancora after a week.', ['Mancora']],
    ['Ecuador and Peru resumed talks in the South Korean lakeside resort of Mancora after a week.', ['Mancora']],
    ['The fourth round opened on a Monday and ended three days later in Lima.', ['Lima']],
    // A body's headquarters named in lower case after it, a barracks and a room as venues; a city's offices are in the city.
    ['Chile and Peru resumed talks on fishing. The third round took place at the Andean Union headquarters in Lima.', ['Andean Union headquarters', 'Lima']],
    ['Chile and Peru resumed talks on fishing. The pact was signed at Arica Barracks on Monday.', ['Arica Barracks']],
    ['Chile and Peru resumed talks on fishing. The pact was signed in the Blue Room on Monday.', ['Blue Room']],
    ["Bayline Shipping and Kestrel Foods met at the Lima offices of their lawyers on Monday.", ['Lima']],
  ])('%s → the talks were held in %j', (text, places) => {
    const claims = readClaims(text);
    const held = claims.filter((c) => c.predicate === 'heldIn');
    expect(held.map((c) => c.object).sort(), describeClaims(claims)).toEqual([...places].sort());
    // One round of talks per article, named after its venue or city.
    expect(new Set(held.map((c) => c.subject)).size).toBe(1);
    expect(held[0]?.subject).toMatch(/ talks$/);
  });

  it('reads the place of the talks from a sentence that names it, never from the city a report was filed in', () => {
    const places = (text: string): string[] => readClaims(text).filter((c) => c.predicate === 'heldIn').map((c) => c.object).sort();
    expect(places('Port workers and shippers resume talks\n\nARICA, Chile — Kestrel Ports and the Harbour Workers Union resumed talks on night shifts on Monday.')).toEqual([]);
    expect(places('Port workers and shippers resume talks\n\nARICA, Chile — Kestrel Ports and the Harbour Workers Union resumed talks on night shifts in Lima on Monday.')).toEqual(['Lima']);
    expect(places('Port workers and shippers resume talks\n\nArica, 2 of May. - Kestrel Ports and the Harbour Workers Union resumed talks on night shifts.')).toEqual([]);
  });

  it('reads no place of the talks in a ministry named by what it does', () => {
    const claims = readClaims('Chile signed a truce with the Northern Front. The ceremony was held at the defence ministry on Sunday.');
    expect(claims.filter((c) => c.predicate === 'heldIn'), describeClaims(claims)).toEqual([]);
  });

  it('names the talks after the venue when the article gives one, and after the city of a hotel', () => {
    expect(readClaims('US and Chinese officials met at the Villa Saladin in Geneva.').find((c) => c.predicate === 'heldIn')?.subject).toBe('Villa Saladin talks');
    const claims = readClaims('The negotiations took place at the Intercontinental Hotel in Geneva.');
    expect(claims.find((c) => c.predicate === 'heldIn')?.subject).toBe('Geneva talks');
    expect(claims.filter((c) => c.predicate === 'heldIn').map((c) => c.object).sort()).toEqual(['Geneva', 'Intercontinental Hotel']);
  });

  it.each<[string, string, string[]]>([
    // A venue named by a common kind in lower case, or after its city, yields the round's name to the city.
    ['The accord was signed at the Saint-Augustin pastoral centre in Toliara.', 'Toliara talks', ['Saint-Augustin pastoral centre', 'Toliara']],
    ['Unions and employers met for seven hours at the Lima International Convention Centre.', 'Lima talks', ['Lima International Convention Centre']],
    ['The first round of talks took place at the Saint-Vincent seminary of Fianarantsoa.', 'Fianarantsoa talks', ['Fianarantsoa', 'Saint-Vincent seminary']],
    // A room, or a street, whose city the text does not give, names no round: the sides do.
    ['Bayline Shipping and the Harbour Workers Union signed the deal in the Blue Room on Monday.', 'Bayline Shipping–Harbour Workers Union talks', ['Blue Room']],
    // Talks in a street are named after the street's city.
    ['Chile and Peru resumed talks on the border. The delegations met at Halvor Street in Tacna.', 'Tacna talks', ['Halvor Street', 'Tacna']],
    // A venue whose name ends in two venue words; a meeting in the present names the round after its city.
    ['Chile and Peru resumed talks on the border. The delegations meet at the Coastal Office Building in Tacna.', 'Tacna talks', ['Coastal Office Building', 'Tacna']],
    // A mosque in a town no list knows; the grounds of a venue are in the venue.
    ['Chile and Peru resumed talks. The delegations are meeting at the Halvor Bayani mosque in Corvale.', 'Corvale talks', ['Halvor Bayani mosque', 'Corvale']],
    ['Chile and Peru resumed talks. The talks were held in the grounds of the Halvor Bayani mosque.', 'Halvor Bayani mosque talks', ['Halvor Bayani mosque']],
  ])('%s → %s held in %j', (text, talks, places) => {
    const held = readClaims(text).filter((c) => c.predicate === 'heldIn');
    expect(held.map((c) => c.subject)[0]).toBe(talks);
    expect(held.map((c) => c.object).sort()).toEqual([...places].sort());
  });

  it.each<[string]>([
    ['Araghchi flew to Muscat from Tehran on Friday to prepare for the talks.'],
    // A gathering of people who are no side.
    ['Israel and Hamas held talks. Families of hostages gathered in Tel Aviv on Wednesday night.'],
    ['Speaking in Tehran, Araghchi said the talks would continue.'],
    ['The talks were described in Washington as a success.'],
    ['Chile and Peru held talks. Chile said the deal would end the war in Bolivia.'],
    // Another round than the one reported: proposed, next, previous or parallel.
    ['Oman proposed holding the next round of talks in Rome later this month.'],
    ['Previous rounds of talks were held in Rome.'],
    ['Qatar, which held parallel talks with the M23 rebels in Doha, also helped.'],
    // Where someone holds an office is no venue.
    // A round still to come, held in the passive or taking place.
    ['Chile and Peru concluded the fifth round. The sixth session will be held in Arica in September, Peru said.'],
    // A meeting still to come, after the talks word the sentence names first.
    ['Chile and Peru held talks. Ana Ruiz, who chaired the talks, said the sides would meet again in Quito in June.'],
  ])('%s → no place of talks', (text) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'heldIn'), describeClaims(claims)).toEqual([]);
  });
});
