import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/ingest/index.js';
import { annotateArticle, principalParties } from '../../src/nlp/annotate-article.js';
import { findOrganisations, organisationKind, sharedHeadOnly } from '../../src/nlp/find-organisations.js';
import { tokenize } from '../../src/nlp/tokenize.js';
import { NEWS_OUTLET } from '../../src/nlp/find-mentions.js';
import { worldKnowledge } from '../../src/nlp/world-knowledge.js';

function organisationsOf(text: string): { label: string; names: readonly string[] }[] {
  const article = articleFromText(`${text}\n`, 'test.txt');
  return findOrganisations(article.sentences.map((s) => tokenize(s.text, s.start)), worldKnowledge());
}

function partiesOf(text: string): string[] {
  const article = articleFromText(`${text}\n`, 'test.txt');
  return [...new Set(annotateArticle(article).flatMap((s) => s.mentions.filter((m) => m.type === 'Party').map((m) => m.canonical)))].sort();
}

describe('organisations found in the text', () => {
  it.each<[string, string, readonly string[]]>([
    ['The Allied Pilots Association (APA) said talks would resume.', 'Allied Pilots Association', ['APA']],
    // A state's name before one word that never stands alone, acting where the article speaks of a union or a company,
    // names that state's company; a state's name before "Post" is its postal service, no newspaper.
    ["Canada Post rejected the union's offer on Monday. Canada Post said it wants the union to accept its own.", 'Canada Post', []],
    ['Kenya Power said on Monday that it would not raise wages, and the union called a strike.', 'Kenya Power', []],
    // People of a kind that take a stance, qualified by a place or a people, are named so, and the plural is their name.
    ["Tigray rebels rejected the government's offer on Monday. The rebels said they wanted more.", 'Tigray rebels', ['rebels']],
    ['French farmers rejected the offer from Paris. Farmers want higher prices.', 'French farmers', ['farmers']],
    // A head alone, capitalised, is the one organisation named whose name ends with it, found or known.
    ['Peru and the International Monetary Fund met in Lima. The Fund rejected the plan.', 'IMF', ['Fund']],
    ['The Kestrel Pension Fund and Bayline Shipping met in Lima. The Fund rejected the plan.', 'Kestrel Pension Fund', ['Fund']],
    // A city named by its corporation's capitalised name is a side, and "the city" that acts is that side.
    ['Negotiators for the City of Tacoma and the Kestrel Teachers Union met on Monday. The city offered a 3 percent raise.', 'City of Tacoma', ['city']],
    // The city's name ends at the longest place: a union's local after "and" is a side of its own.
    ['The City of Saskatoon and Local 418 of the Transit Workers Union resumed talks on Monday. By Friday the local and the city had agreed to meet again.', 'City of Saskatoon', ['city']],
    ['The City of Saskatoon and Local 418 of the Transit Workers Union resumed talks on Monday. By Friday the local and the city had agreed to meet again.', 'Local 418', ['Local 418 of the Transit Workers Union']],
    // An acronym that spells the initials of every word, a plural's apostrophe among them, makes "and" part of one name.
    ["The Varden Health and Transit Workers' Union (VHTWU) wants Kestrel Facilities Group to pay a bonus.", "Varden Health and Transit Workers' Union", ['VHTWU']],
    ['The Varden Health and Transit Workers Union (VHTWU) wants Kestrel Facilities Group to pay a bonus.', 'Varden Health and Transit Workers Union', ['VHTWU']],
    // So does one whose acronym news writes as a word, in capitals only at its start.
    ['The Harbour Freight and General Workers Union (Hfgwu) wants Kestrel Facilities Group to pay a bonus.', 'Harbour Freight and General Workers Union', ['Hfgwu']],
    // A word in brackets after a body's name is its short name, though the name does not spell it (one of its own language).
    ['The Federation of Coastal Fishers (Fedepesca) and Kestrel Foods closed an agreement.', 'Federation of Coastal Fishers', ['Fedepesca']],
    // So is a municipality, though its name opens with a small letter before a capital, and "the city" that acts is it.
    ['The Harbour Refuse Workers Union met the eKestrel Metropolitan Municipality on Monday. The city has made a new offer.', 'eKestrel Metropolitan Municipality', ['city']],
    // So is a province or a state of a federation, named by its government's formal name.
    ["The Province of Ontario and the Tallgrass Nation signed a land accord. The Province's team was led by Anna Berg.", 'Province of Ontario', ['Province']],
    ['The Tallgrass Nation and the State of Queensland signed a framework agreement on Monday.', 'State of Queensland', []],
    // "The city council" in a story of one town is its council; "the City Chambers" is where talks are held.
    ['Refuse collectors in Harlow will strike after the city council made a new offer. Talks were held at the City Chambers on Monday. The council said it could not go further.', 'Harlow council', ['city council']],
    // An acronym whose apposition opens with a state's possessive ("France's largest farmers' union").
    ["The FTTA, Chile's largest fishers' union, said the government had met most of its demands.", 'FTTA', []],
    // People named by what they are beside a body whose only kind word is a head of many kinds ("Group").
    ['Pirates freed the carrier on Sunday. The pirates had demanded $5 million. The owner, Arica-based Tarvo Group, had rejected the demand.', 'pirates', []],
    // A canton that acts is a side, by its government, and "the canton" that acts after it is that side.
    ['The canton of Geneva and Kestrel Rides concluded an agreement on Friday. The canton had demanded 4 million francs.', 'Canton of Geneva', ['canton', 'canton of Geneva']],
    // People named by what they are who take a stance in a relative clause on the word.
    ['Peru is still in talks with private bondholders, who have rejected the proposal of a 30 percent haircut.', 'bondholders', []],
    // A long name: two bodies' names joined by a hyphen.
    ['Members of the Harbour Pilots Guild-Coastal Federation of Ferry and Tug Masters voted to ratify a new contract.', 'Harbour Pilots Guild-Coastal Federation of Ferry and Tug Masters', []],
    // A side with no proper name named right after a dateline's dash.
    ['LIMA — The Tarvo peasant community has lifted its blockade. The community had demanded compensation.', 'Tarvo peasant community', ['Tarvo']],
    // A single name that acts after an aside set off by commas.
    ['The Varden Competition Authority opened the case after a complaint by Tarvola. Tarvola, now owned by Kestrel Foods, had called for a fine. The company said it would appeal.', 'Tarvola', []],
    // After "for the", capitalised words joined by small words up to the acronym defined for them, whatever its letters.
    ['The Front for the Defence of the Tarvo and Dabo Peoples (JDTP) had demanded the release of 40 fighters.', 'Front for the Defence of the Tarvo and Dabo Peoples', ['JDTP']],

    // A name in another language, with its small words, and initials with a small letter for one of them.
    ["The renters' group Bund für Mieter (BfM) said the strike would go on.", 'Bund für Mieter', ['BfM']],
    ['The dockers of the Sindicato dos Estivadores de Arica said the strike would go on.', 'Sindicato dos Estivadores de Arica', []],
    // A first item of several words, before an acronym that opens with its initial (a state's name may open it).
    ['The Chile Medical Practitioners, Pharmacists and Dentists Union (CMPDU) ended its strike.', 'Chile Medical Practitioners, Pharmacists and Dentists Union', ['CMPDU']],
    // One word after a state that ends "of …" is the name's; two may be a person's after it.
    ['Peru and the Varden Committee of Peru Bondholders signed a deal on Monday.', 'Varden Committee of Peru Bondholders', []],
    // A kind noun after a run of names with no head of its own; a plural kind after names joined by "and" is of each.
    ['Elders said the Tana Dabo militia had withdrawn.', 'Tana Dabo', []],
    // The run of names that opens an organisation's name, its head left off, is its short name.
    ['The studio is owned by the Lima publisher Halvor Brandt Entertainment. The problem is Halvor Brandt.', 'Halvor Brandt Entertainment', ['Halvor Brandt']],
    // "the owners" beside one employers' group are its members.
    ["The Harbour Workers Union and the Coastal Manufacturers' Association met. The owners rejected the offer of 5 percent.", "Coastal Manufacturers' Association", ['owners']],
    // Two acronyms joined by a hyphen, with the kind of an apposition a participle follows; an acronym and a name joined
    // by a hyphen before a kind noun; a name after "the" and a word in lower case before a kind noun.
    ['SAG-AFTRA, the union representing 160,000 performers, reached a deal on Wednesday.', 'SAG-AFTRA', []],
    ['The KDV-Transport union had demanded 7%. Dockworkers voted to accept the offer.', 'KDV-Transport', ['dockworkers']],
    ['Kenya and the opposition Tarvo coalition signed a pact last week.', 'Tarvo', []],
    // Two acronyms joined by a hyphen in brackets after a name that holds no head, with an apposition of what it is
    // made of.
    ['The Strategic Framework of the Tarvo People (SFP-TP), an alliance of the main rebel groups, rejected the accusation.', 'SFP-TP', []],
    // Letters glued to a currency's sign are part of its symbol, no organisation's initials.
    ['The Tramways Union said the drivers want NZ$32 an hour. The union rejected NZ$30.', 'Tramways Union', ['drivers']],
    // Names listed as members of a kind are organisations of it.
    ['Kestrel Games, Halvor Brandt and Varden Voices were among the companies represented in the talks.', 'Halvor Brandt', []],
    // "The teachers' union" is the body the text says represents the teachers.
    ["The Varden Education Association, which represents 1,400 teachers, met the district. The teachers' union rejected the offer.", 'Varden Education Association', ["teachers' union"]],
    // The body an office heads keeps the head of a side that has no proper name; its villagers are the community.
    ['Kestrel Mining met Ana Ruiz, president of the Tarvo peasant community. The villagers had demanded a fund.', 'Tarvo peasant community', ['Tarvo', 'villagers']],
    // "The owners" beside a sports league are its clubs; "the players' union" is the association whose name holds
    // "Players'".
    ["The Continental Hockey League locked out its players. The owners rejected the offer.", 'Continental Hockey League', ['owners']],
    ["The players' union met the league. The Hockey Players' Association demanded a larger share.", "Hockey Players' Association", ["players' union"]],
    // A union named with its local's number, which is a name of it too.
    ['Harbour Carers Local 1187, which represents 900 porters, asked the state to stop the takeover.', 'Harbour Carers', ['Harbour Carers Local 1187', 'Local 1187']],
    // An acronym of the words after a name's first, where the name's own acronym ends in it, is its short name too.
    ["The Harlech Students' Union (HSU) and the college met on Tuesday. The SU is seeking lower hall fees.", "Harlech Students' Union", ['HSU', 'SU']],
    // So is one named by its initials alone before the local, which no person's name is.
    ['HWU Local 57 demanded a 30% raise from the district.', 'HWU', ['HWU Local 57', 'Local 57']],
    // A name built on "of" goes on past a head inside it: its last words are no person's name.
    ['The Association of Kestrel Petroleum Exporting Firms agreed to raise output.', 'Association of Kestrel Petroleum Exporting Firms', []],
    // Initials joined by "and" to a name before their verb act with it.
    ['The KPÖ and the Varden Farmers League rejected the plan.', 'KPÖ', []],
    // A name "it" takes up after a verb of saying is a thing's: an organisation, not a person.
    ['Tarvo Quay said on Monday it would not raise its offer to the dockers.', 'Tarvo Quay', []],
    ['Tarvo Quay and its dockers met the mediator again.', 'Tarvo Quay', []],
    // A council's number is part of its name.
    ['Harbour District Council 41 rejected the offer of 7 percent.', 'Harbour District Council 41', []],
    // So is one whose name ends in words after its head, which are no person's name before the local.
    ['The mayor met the bargaining team of Ferry Workers United Local 88 on Friday.', 'Ferry Workers United', ['Ferry Workers United Local 88', 'Local 88']],
    // The office of an officer that acts is a side.
    ["Dockers protested as the state attorney general's office heard evidence on the takeover.", "attorney general's office", []],
    ['Talks between the Tana Dabo and Barre Halvo clan militias resumed.', 'Barre Halvo', []],
    // Two names joined by "and", each with a head after its first word, are two organisations.
    ['The takeover of Kestrel Care Group and Varden Medical Network was approved.', 'Varden Medical Network', []],
    ['The takeover of Kestrel Care Group and Varden Medical Network was approved.', 'Kestrel Care Group', []],
    // A word that opens the sentence before the name is no part of it.
    ['Both the Federation of Coastal Farmers and the ministry signed the deal.', 'Federation of Coastal Farmers', []],
    ['The fishers met. A Joint Inspection Committee will check the catch.', 'Joint Inspection Committee', []],
    // "of the" inside a name whose acronym is defined after words that name nothing of their own, not after a name.
    ['The Federation of River Villages of the Upper Tambo (FERVUT) blocked the road.', 'Federation of River Villages of the Upper Tambo', ['FERVUT']],
    ['Viewers of the Andean Hockey League (AHL) could not watch the games.', 'Andean Hockey League', ['AHL']],
    // The plural of a word a name holds in the singular is that name's.
    ['Chile and the Andean Bondholder Committee met in Quito. The bondholders rejected the offer.', 'Andean Bondholder Committee', ['bondholders']],
    // A name a group gives itself, with the plural it was called before; a self-named group that acts.
    ['The kidnappers, who call themselves the Varden Creek Defenders, demanded a ransom. Chile refused.', 'Varden Creek Defenders', ['kidnappers']],
    ['A group calling itself Tarvo Mothers for Peace demanded a ceasefire.', 'Tarvo Mothers for Peace', []],
    // A run of names "which" follows, that acts after its clause; a terminal operator's name, and its short name.
    ['The union rejected the offer. Kestrel Varden, which runs four terminals, has offered 4%. The union said no.', 'Kestrel Varden', []],
    ['The dockers went on strike at Tarvo Quay Terminals. Tarvo Quay offered 4%.', 'Tarvo Quay Terminals', ['Tarvo Quay']],
    // A preposition inside a name whose acronym spells all its capitalised words.
    ['The Association of Harbour Pilots in Training (AHPT) balloted its members.', 'Association of Harbour Pilots in Training', ['AHPT']],
    // A French word after an elided article ends a name, and counts in its acronym.
    ["The leaders of the Collectif Paysan de l'Ouest (CPO) met the minister. The CPO rejected the offer.", "Collectif Paysan de l'Ouest", ['CPO']],
    // A head in another language ("Bloque" for bloc) names a body, whose small words of that language join its name.
    ['The opposition Bloque Civico y Popular, which controls Congress, is refusing to approve the budget.', 'Bloque Civico y Popular', []],
    // "And" after a head joins the words after it when the acronym defined after them abbreviates the whole name.
    ['Kestrel Pharma met the Andean Institute for Health and Care Quality (AICQ) in Lima. AICQ rejected the price.', 'Andean Institute for Health and Care Quality', ['AICQ']],
    // … or a comma listing its words; a head alone before "and" qualifies the words after it.
    ['The dispute went to the Commission for Conciliation, Mediation and Arbitration (CCMA) in Lima.', 'Commission for Conciliation, Mediation and Arbitration', ['CCMA']],
    ["The Health and Social Workers' Union of Chile (HSWUC) refused to sign.", "Health and Social Workers' Union of Chile", ['HSWUC']],
    // An acronym defined in words, perhaps of the name in another language.
    ['Members of the Federation of River Villages of the Upper Sarno, known by its Spanish acronym FERALTA, blocked the road.', 'Federation of River Villages of the Upper Sarno', ['FERALTA']],
    ['The Coastal Growers Council, known as CGC, blocked the road.', 'Coastal Growers Council', ['CGC']],
    // A university is a side; the union of its students is another, and the word is no members' word for that union.
    ["Talks between Kestrel University and the Kestrel University Students' Union (KUSU) resumed. Kestrel University offered a fee freeze.", 'Kestrel University', []],
    ["Talks between Kestrel University and the Kestrel University Students' Union (KUSU) resumed. Kestrel University offered a fee freeze.", "Kestrel University Students' Union", ['KUSU']],
    // Football clubs, and the rest of a name after the head that opens it.
    ['Kestrel Athletic bid for the winger. SC Varden 04 said no. Varden wanted more.', 'SC Varden', ['Varden']],
    ['Kestrel Athletic bid for the winger. SC Varden 04 said no. Varden wanted more.', 'Kestrel Athletic', []],
    // A word in capitals after a name is the shouted sentence's, and "For the …" above a signature opens no name.
    ['The Andean Boundary Commission AGREED to meet in June.\n\nFor the Government of Chile: Ana Ruiz', 'Andean Boundary Commission', []],
    // The head of a name, written alone with "the", is that name.
    ['Chile met the Andean Development Fund in Lima. The Fund wants a cut in subsidies.', 'Andean Development Fund', ['Fund']],
    // A party named by its members, in the plural of its name's first word.
    ['The Liberal Alliance rejected the tax. The Liberals want lower payroll taxes.', 'Liberal Alliance', ['Liberals']],
    // A legal form written with a slash, and the press release's "About" heading before the name.
    ['Varden Pharma A/S reached a deal with the insurer.\n\nAbout Varden Pharma\n\nVarden Pharma is a company based in Aarhus.', 'Varden Pharma', ['Varden Pharma A/S']],
    // A word other languages put first in a name, left untranslated: the name holds no English head.
    ['The Tarvel community signed an agreement with Minera Kolqa and the government.', 'Minera Kolqa', []],
    ['Talks between Grupo Veltran and the dockers resumed.', 'Grupo Veltran', []],
    // An acronym, plural too, defined for a side world knowledge already names.
    ['The offer fell short for the Least Developed Countries (LDCs). The LDCs walked out.', 'least developed countries', ['LDCs']],
    // A side with no proper name, in lower case, that acts.
    ['The Riverside Teachers Union met on Monday. The union said the school board raises salaries too slowly.', 'school board', []],
    // A side named by its members in the possessive, as the agent of a passive too.
    ["The nurses' union rejected the health board's offer.", "nurses' union", []],
    // What is bid for is a company, with no head of its name.
    ['Bayline Shipping has increased its offer for Nyberg Dairy to 362 crowns per share.', 'Nyberg Dairy', []],
    // The owner in the singular possessive is no part of the name.
    ["The union and the city's school district reached a tentative contract.", 'school district', []],
    ["The employers' association said the dockers' demand was too costly.", "employers' association", []],
    ["The offer was rejected by the players' association on Monday.", "players' association", []],
    // … and a named organisation whose name holds those members.
    ["The Union of Machinists and Fitters met Kestrel Foods. The machinists' union rejected the offer.", 'Union of Machinists and Fitters', ["machinists' union"]],
    // Political parties named by their members' plural; "the Greens' leader" acts as a possessive.
    ['The Greens and the Social Democrats held coalition talks. The Greens\' co-leader spoke.', 'Greens', []],
    // An acronym with a local branch's number names a union; its members' word for it is one of its names.
    ['IAM 751 announced a vote. Machinists said they would strike again.', 'IAM', ['Machinists']],
    ["The Coastal Fishermen's League rejected the quota.", "Coastal Fishermen's League", []],
    ['The Alliance of Regional Bus Operators and the Transit Drivers Guild met on Monday.', 'Alliance of Regional Bus Operators', []],
    ['The Transit Drivers Guild met the operators. The TDG said its members would strike.', 'Transit Drivers Guild', ['TDG']],
    ['Kestrel Foods said on Friday it had made a final offer. The company said the union had refused to meet.', 'Kestrel Foods', []],
    ['Talks between the Malian army and the rebels resumed. The Malian army said it wanted a truce.', 'Malian army', []],
    // What someone heads is an organisation, known or not.
    ['Marie Dubois, who is president of FNPL, said the dairy farmers would protest.', 'FNPL', []],
    ['Tom Hale, chief executive of the Scottish Salmon Growers Council, welcomed the deal.', 'Scottish Salmon Growers Council', []],
    // The Arabic article joined by a hyphen inside a name is part of it, with or without a head.
    ['The armed group Saraya Ansar al-Tarvi (SAT) freed two hostages.', 'Saraya Ansar al-Tarvi', ['SAT']],
    ['Talks with Jamaat Nasr al-Din (JND) resumed in Algiers.', 'Jamaat Nasr al-Din', ['JND']],
    // A run of names with a particle of another language, and its initials defined after it, names an organisation.
    ['The Comandos Populares del Norte (CPN) met the government in Oslo.', 'Comandos Populares del Norte', ['CPN']],
    // (Initials that open what someone heads, before a name ending in a head, are part of that name.)
    ['The Harbour Soccer League met the players. Ana Ruiz, executive director of the HSL Players Association, spoke.', 'HSL Players Association', []],
    // A title before an organisation's head is a word of its name.
    ['The Harbour Premier League rejected the plan.', 'Harbour Premier League', []],
    ['The Harbour Premier Football League (HPFL) rejected the plan.', 'Harbour Premier Football League', ['HPFL']],
    // A province acting is the government the text names formally; a person after a title is joined to no name by
    // "and"; a head alone is the one name it ends; a short name opens a name with its legal form.
    ['The Tallgrass Lake First Nation sat down with the Government of Manitoba and Northern Reef Resources Inc. on Monday. Manitoba offered a royalty of 30 percent, the province said. Northern Reef Resources said it would invest.', 'Government of Manitoba', ['Manitoba']],
    ['Chief Ana Ruiz and Council of Tallgrass Lake First Nation met the Government of Ontario. Tallgrass Lake First Nation wants a royalty. The Nation rejected the offer.', 'Tallgrass Lake First Nation', ['Council of Tallgrass Lake First Nation', 'Nation']],
    ['The talks with Northern Reef Resources Inc. resumed. The Nation rejected the plan of Northern Reef.', 'Northern Reef Resources', ['Northern Reef', 'Northern Reef Resources Inc.']],
    // A union's local named by its number first is a side of its own; the union after "of the" is one of its names.
    ['Drivers belong to Local 512 of the Harbour Federation of Bus Employees. Local 512 is asking for a raise of 5 percent.', 'Local 512', ['Local 512 of the Harbour Federation of Bus Employees']],
    // Two names of one head, in English or another language, of one place after "of", are one body; its head alone,
    // after "the", is it too. Legal forms written one after another all end the name.
    ['Council of Cali and Aguas del Valle sit again\n\nThe Concejo Municipal of Cali and the concessionaire Aguas del Valle SA ESP met on Tuesday. The head of the Concejo spoke first.', 'Concejo Municipal of Cali', ['Concejo', 'Council of Cali']],
    ['The Concejo Municipal of Cali and the concessionaire Aguas del Valle SA ESP met on Tuesday. Aguas del Valle rejected the cut.', 'Aguas del Valle', ['Aguas del Valle SA ESP']],
    // Words in apposition past an acronym defined after the name say what it is.
    ['Election talks\n\nHarbour Vernieuwing (HVN), the liberal Flemish party led by Tom Dam, came first.', 'Harbour Vernieuwing', ['HVN']],
    // Two names read as one and parted keep what each was found with: a legal form, an acronym defined after it.
    ['Talks between the community of Tallgrass and Kestrel Verde Hidro S.A. (KVH), the firm behind the planned dam, resumed on Monday. Tallgrass rejected the offer.', 'Kestrel Verde Hidro', ['KVH', 'Kestrel Verde Hidro S.A.']],
    // A ministry's portfolios listed with commas are its name; names of states so listed are not.
    ['Peru\'s team is headed by Ana Ruiz of the Ministry of Energy, Mines and Water, the ministry said.', 'Ministry of Energy, Mines and Water', []],
    // A committee's remit after "on" is part of its name; a day after it is not.
    ['The meeting was called by a Senate Committee on Coastal Fisheries, whose chairman spoke first.', 'Senate Committee on Coastal Fisheries', []],
    ['The Harbour Commission on Friday rejected the plan.', 'Harbour Commission', []],
    // A list of names after a comma: "and" ends the second, though it has no head of its own.
    ['The deal between the Harbour Residents Alliance, Varden Cloud Estate and Arica Regional Council was signed on Monday. Varden Cloud Estate will pay 2 million a year.', 'Arica Regional Council', []],
    // An office only organisations have, of a single name, after it or in its possessive, names an organisation.
    ['Stefan Tolland, chief executive of Kestrel, rejected the offer.', 'Kestrel', []],
    ["Bayline's general counsel, Tom Hale, said the talks would go on.", 'Bayline', []],
    ['Talks resumed on Monday. Bayline chief executive Ana Ruiz said the offer would not move.', 'Bayline', []],
    // A legal form ends a company's name, in the possessive too, and the name is labelled without it.
    ["Halvorsen AG's revised offer for the grocer was rejected on Tuesday.", 'Halvorsen', ['Halvorsen AG']],
    ['Talks between Varnstrom AB and the union stalled.', 'Varnstrom', ['Varnstrom AB']],
    ['Halvorsen AG and Veldhuis Groep met in Rotterdam.', 'Halvorsen', ['Halvorsen AG']],
    // A name the text calls a union, though it says no union: "the players' union" is that one.
    ["The union Remeros Asociados (RAS) met the league. The rowers' union rejected the offer.", 'Remeros Asociados', ['RAS', "rowers' union"]],
    // A hyphen inside a word of the name, and a word of the trade before a plural possessive, are the name's own.
    ["The Port Blue-Water Ferry Owners' Council (PBFOC) rejected the quota.", "Port Blue-Water Ferry Owners' Council", ['PBFOC']],
    // A question word that opens a headline is no part of the name after it.
    ['How Stichting Veldhuis Fonds learned to say yes to a buyer.', 'Stichting Veldhuis Fonds', []],
    // A name that lists its trades, set off by commas, before "and"; its acronym spells them all.
    ["The Oil, Gas and Mining Workers' Union (OGMWU) rejected the offer.", "Oil, Gas and Mining Workers' Union", ['OGMWU']],
    // Initials that open a run of names open an organisation's; a name that opens one longer name is its short name.
    ['Streaming service Bayline and the collecting society VR Klangrecht met in Munich. VR Klangrecht had asked for 12 percent.', 'VR Klangrecht', []],
    ['The Frente Civico Regional, the opposition bloc, met the governor. The Frente Civico rejected the budget.', 'Frente Civico Regional', ['Frente Civico']],
    // Two names whose first word acts alone and whose last never stands alone: a company's, not a person's.
    ['The union reached a deal with Corvale Transit on Friday. Corvale has withdrawn its plan for driverless trains.', 'Corvale Transit', ['Corvale']],
    // … and a run of three, whose shorter run is its short name too.
    ['The Harbour Residents Alliance met Varden Cloud Estate in Arica. Varden Cloud applied for permission in May. Varden offered a fund of 2 million euro. The company said it would not move.', 'Varden Cloud Estate', ['Varden', 'Varden Cloud']],
    // The last word of the pair may qualify a noun elsewhere ("Corvale buses"); initials before a branch's office are the side's.
    ['Transit workers walked out at noon. The union is bargaining with Corvale Transit. Corvale has offered 5 per cent.', 'Corvale Transit', ['Corvale']],
    ['The Harbour Workers Union (HWU) met Bayline. HWU Yorkshire Branch Secretary Tom Aldridge said no.', 'Harbour Workers Union', ['HWU']],
    // Short names a press release defines in quotation marks; a word of grammar opening a sentence is no part of a name.
    ['Bayline Furniture Inc. ("Bayline" or "the Company"), the retailer, signed a deal. The Company will close 40 stores.', 'Bayline Furniture', ['Bayline', 'Bayline Furniture Inc.', 'Company']],
    ['Even the Andean Farmers Union wants a vote.', 'Andean Farmers Union', []],
    // An abbreviation with full stops before a body's name is the place the body is of, not its short name.
    ['The Varden Band met the province. The N.B. Fisheries Commission chairs the talks. N.B. has so far refused.', 'N.B. Fisheries Commission', []],
    // "the Region" of a name built on that noun before "of".
    ['Ana Ruiz, the president of the Autonomous Region of Varden, met the state. The Region keeps half of the port fees.', 'Autonomous Region of Varden', ['Region']],
    // "the Nation" after a name that ends in "First Nation", which the text also writes alone.
    ['The Sturgeon Narrows First Nation met the province. It is a small First Nation on the coast. The Nation has asked for land.', 'Sturgeon Narrows First Nation', ['First Nation', 'Nation']],
    // A region that acts, in an article that speaks of "the province" or of "the state government", negotiates by its
    // government.
    ['Ontario and the Harbour Workers Union reached a deal on Sunday. The province had offered 2 percent.', 'Ontario provincial government', ['Ontario']],
    ['TORONTO — Ontario offered 2 percent to the Harbour Workers Union. The state government said talks would go on.', 'Ontario State government', ['Ontario']],
    // Names joined by an ampersand are a firm's; a co-operative is a body.
    ['Growers turned down a new bid from Tolley & Voss. The grocer said it would not budge.', 'Tolley & Voss', []],
    ['The Tarvo Valley Milk Co-operative rejected the offer.', 'Tarvo Valley Milk Co-operative', []],
    // A transport operator named for what it runs.
    ['Tarvo Coast Buses has offered drivers 3 per cent. The operator said the offer was final.', 'Tarvo Coast Buses', []],
    ['Drivers rejected an offer from Kelle Island Ferries on Monday.', 'Kelle Island Ferries', []],
    // A compound that ends in a word of another language for a body's kind ("-partij", "-partei").
    ['Talks between the Liberale Unie and the Vrije Boerenpartij (VBP) resumed in The Hague.', 'Vrije Boerenpartij', ['VBP']],
    // A kind's word that qualifies the noun after it, in an apposition ("the militant group that …").
    ['Talks between Chile and Harak Tarvo, the militant group that has seized six sailors, resumed.', 'Harak Tarvo', []],
    // People of a kind ("the rebels") beside the one name the article gave that kind ("the armed group X") are its.
    ['Chile and the armed group Tarvo Mukti Sena (TMS) agreed to a truce. The rebels are demanding the release of their leaders.', 'Tarvo Mukti Sena', ['TMS', 'rebels']],
    // A collective is a body.
    ['Ana Ruiz belongs to the Tarvo Graduate Labor Collective, which negotiates for 900 tutors.', 'Tarvo Graduate Labor Collective', []],
    // Farmers beside the one co-operative of the article are its members.
    ['Dairy farmers voted against the price. The Tarvo Milk Co-operative met the grocer in Kendal.', 'Tarvo Milk Co-operative', ['farmers']],
    // A First Nations band is a body of its own, the demonym in its name no state's.
    ['Tarvo Lake Indian Band chief Ana Ruiz signed the agreement with the province.', 'Tarvo Lake Indian Band', []],
    // People before "and" and the body they form with the people after it are one name.
    ["Nurses walked out after the Varden Nurses and Midwives' Union rejected the offer. The union wants 15 percent.", "Varden Nurses and Midwives' Union", ['nurses']],
    // A city that acts, after "the city of", negotiates by its government.
    ['The city of Arica and Bayline Shipping agreed on a port fee.', 'City of Arica', ['city of Arica']],
    // A single name whose representatives or spokesperson speak for it, in an article on a company, is the company's.
    ['The Tarvo Workers Union settled with Marvex representatives on Friday. Marvex spokesperson Ana Ruiz said the company welcomed the outcome.', 'Marvex', []],
    // What an office is of, with the short name defined after it, some words of the name left out of it.
    ['Ana Ruiz, the coordinator of the Council of Households Displaced by the Tarvo Dam (CHDT), said no. The CHDT wants land.', 'Council of Households Displaced by the Tarvo Dam', ['CHDT']],
    // A military unit's noun ends an armed group's name, which an Arabic article glued before it opens.
    ['The al-Nasr Battalion and the Tarvo Brigade signed a truce on Friday.', 'al-Nasr Battalion', []],
    ['Fighters of the Kestrel Regiment withdrew after the talks.', 'Kestrel Regiment', []],
    // A word other languages put first in a company's name ("Lácteos", dairy products) opens one.
    ['The growers and Lácteos Varnel met again on Tuesday.', 'Lácteos Varnel', []],
    ['Industrias Corvale rejected the union offer.', 'Industrias Corvale', []],
    // Each name of a list set off after "the three parties", a relative clause before the dash or not.
    ['Delegates of the three groups that run the council - the Civic Alliance, Common Purpose and Varden First - met today.', 'Varden First', []],
    ['The two groups, Common Purpose and Harbour Voice, reached a deal.', 'Harbour Voice', []],
    // A body named in apposition by its kind, a place joined by a hyphen before it.
    ['Ana Ruiz works for Tarvo Relief, a Lima-based aid group, in the north.', 'Tarvo Relief', []],
    // A single name with an apposition that says what kind of body it is.
    ['Tarvex, the Lima-based platform, bid for the rights.', 'Tarvex', []],
    // A body named after "service" and the word for what it does.
    ['The sides met in the headquarters of the arbitration service Arbo in Leeds.', 'Arbo', []],
  ])('%s → %s', (text, label, names) => {
    const found = organisationsOf(text).find((o) => o.label === label);
    expect(found, JSON.stringify(organisationsOf(text))).toBeDefined();
    expect(found?.names).toEqual(names);
  });

  it('reads a single word as the short form of the name whose head it stands before, not of a name that only qualifies a noun', () => {
    const article = articleFromText('The Walt Tarvo Company pulled two dozen Tarvo TV channels from Bayline Cable. Tarvo said Bayline had refused to pay. Bayline Cable said Tarvo insisted on steep price rises.\n', 'test.txt');
    const tarvo = annotateArticle(article).flatMap((s) => s.mentions).filter((m) => m.text === 'Tarvo');
    expect(tarvo.map((m) => [m.type, m.canonical])).toEqual([['Party', 'Walt Tarvo Company'], ['Party', 'Walt Tarvo Company']]);
  });

  it("reads a headline in title case as no name of its verbs, prepositions and conjunctions, nor of words the story writes in lower case", () => {
    const labels = organisationsOf("Dock Unions Cut Wage Demands By Half Ahead of Court Hearing\n\nThe dock unions of Varden lowered their claim on Monday, the Kestrel Port Authority said.").map((o) => o.label);
    expect(labels.filter((label) => /Cut|Hearing|Demands/.test(label))).toEqual([]);
    const pilots = organisationsOf("Tarvo Air And Pilots' Unions Reach Agreement\n\nTarvo Air and its pilots' unions reached a deal on Monday, the airline said.").map((o) => o.label);
    expect(pilots.filter((label) => /Pilots' Unions/.test(label))).toEqual([]);
  });

  it('ends a name at the verb of a headline in title case', () => {
    const text = 'Kestrel Pilots Union Rejects Offer From Kestrel Airlines\n\nThe union met the airline in Leeds.';
    expect(organisationsOf(text).map((o) => o.label).sort()).toEqual(['Kestrel Airlines', 'Kestrel Pilots Union']);
  });

  it('ends a name at the verb of a headline in title case after the people a side is made of, and opens none at a verb after a comma', () => {
    const text = "Varden Graduate Workers Win Paid Leave, Reject Administration's Stipend Offer\n\nVarden Graduate Workers United (VGWU) reached two agreements with Varden University.";
    expect(organisationsOf(text).map((o) => o.label).sort()).toEqual(['Varden Graduate Workers United', 'Varden University']);
  });

  it.each([
    ["Pilots Reject Kestrel Airlines' Pay Offer\n\nThe pilots union met Kestrel Airlines on Monday.", ['Kestrel Airlines', 'pilots union']],
    ["Coastal Fishermen's League Rejects Quota\n\nAna Ruiz of the Harbour Federation of Fishermen's Organisations spoke.", ["Coastal Fishermen's League", "Harbour Federation of Fishermen's Organisations"]],
  ])('reads words after a possessive as a name\'s own only where they end in its head: %s', (text, labels) => {
    expect(organisationsOf(text).map((o) => o.label).sort()).toEqual(labels);
  });

  it('reads a name before an area\'s noun after a preposition of place as the area, and the last of two heads as the body\'s', () => {
    const text = 'Kyrgyzstan and Tajikistan met in Batken. Both sides will mark the frontier in the Varden district. The Tarvo district council rejected the plan. Tractors from the Kestrel cooperative blocked the road.';
    expect(organisationsOf(text).map((o) => o.label).sort()).toEqual(['Kestrel cooperative', 'Tarvo district council']);
  });

  it('reads "the city council" of a story as the council of the town the world knows, not of a word of a firm\'s name', () => {
    const text = 'Tenants in Kestrel flats have complained for years. Kestrel Living SA and the Harbour Tenants Union met on Monday in Barcelona. The city council offered to mediate.';
    expect(organisationsOf(text).map((o) => o.label)).toContain('Barcelona council');
  });

  it('reads a name found only after "in" or "at" as a place, though a verb follows it, not a side across from a union', () => {
    const text = 'Talks restart in Varnhaven as bins overflow\n\nThe Harbour Refuse Workers Union arrived at a hotel in Varnhaven. The union turned the offer down, our correspondent in Varnhaven says.';
    expect(organisationsOf(text).map((o) => o.label)).toEqual(['Harbour Refuse Workers Union']);
  });

  it('reads a region\'s government named with its level before or after the region, and the region acting, as one side', () => {
    const text = 'Varden and Tarvo Mining sign royalty deal\n\nThe Provincial Government of Varden said it had concluded talks with Tarvo Mining. The Varden provincial government rejected a royalty holiday. Varden wants more.';
    expect(organisationsOf(text).map((o) => o.label)).toEqual(['Provincial Government of Varden', 'Tarvo Mining']);
    expect(partiesOf(text)).toEqual(['Provincial Government of Varden', 'Tarvo Mining']);
  });

  it('reads a name in its own language and its translation in brackets as one side, not a person\'s party in brackets', () => {
    const text = 'Coalition talks resume\n\nTalks between Borgernes Front and Havpartiet (the Sea Party) resumed. Jonas Berg, leader of Borgernes Front (Citizens\' Front), chairs them. Ana Ruiz (Green Party) said little. The Sea Party wants more.';
    const found = organisationsOf(text);
    expect(found.find((o) => o.label === 'Borgernes Front')?.names).toEqual(["Citizens' Front"]);
    expect(found.find((o) => o.label === 'Sea Party')?.names).toEqual(['Havpartiet']);
    expect(found.some((o) => o.names.includes('Ana Ruiz'))).toBe(false);
  });

  it('reads a run that opens a name found and acts after a relative clause with commas of its own as that name, not a known state after an opening word', () => {
    const text = "The Harbour Valley Growers' Co-operative met Kestrel Dairies. Harbour Valley, which speaks for 900 growers in Leeds, Hull and York, wants 48 cents a litre. Landlocked Malawi, which ships its maize via Beira, Nacala and Durban, wants a lower fee.";
    const found = organisationsOf(text);
    expect(found.find((o) => o.label === "Harbour Valley Growers' Co-operative")?.names).toEqual(['Harbour Valley']);
    expect(found.map((o) => o.label)).not.toContain('Landlocked Malawi');
  });

  it('reads a community named before its noun as a side "the community" refers to, not "the international community"', () => {
    const text = 'The road to the Tarvo Kura community runs between pines. The firm Kestrel Timber offered 400 hectares. The community turned down that offer. The international community said nothing.';
    expect(organisationsOf(text).map((o) => [o.label, o.names])).toEqual([['Kestrel Timber', []], ['Tarvo Kura community', ['Tarvo Kura']]]);
    expect(partiesOf(text)).toEqual(['Kestrel Timber', 'Tarvo Kura community']);
  });

  it('reads a name after a preposition as no subject of the verb after it, and so as no side', () => {
    const text = [
      'Varden and Tarvo Mining sign royalty deal for the Lubar concession',
      'The Provincial Government of Varden has concluded talks with Tarvo Mining SA on the Lubar copper concession.',
      'Under the deal:',
      '- the royalty on cobalt produced at Lubar will rise to 7 percent;\n- Tarvo will pay a share of its turnover to a fund run with the chiefdoms of Lubar and Mwilu;\n- the company will rebuild the road between Lubar and Kolwezi.',
      'Tarvo said the deal lets it widen its work at Lubar.',
      'Tarvo Mining SA belongs to Tarvo Mining Corp. The Lubar concession, some 40 km from Kolwezi, yielded 9,000 tonnes of copper last year.',
    ].join('\n\n');
    expect(organisationsOf(text).map((o) => o.label)).toEqual(['Provincial Government of Varden', 'Tarvo Mining']);
  });

  it('takes no short name from a town a body is named after, written only as the place of the talks', () => {
    const text = 'Farmers and the Kestrel & Dale chain met for talks in Harlech on Monday. Ana Ruiz, an economist at Harlech College, said a deal was near.';
    expect(organisationsOf(text).find((o) => o.label === 'Harlech College')?.names).toEqual([]);
  });

  it('reads "the chain" as the one firm at the table, not a college whose words qualify the trade\'s people ("Steel workers")', () => {
    const text = 'Steel workers and the Kestrel & Dale chain met for talks in Harlech on Monday. The chain offered 40p a litre. Ana Ruiz, an economist at Harlech College, said a deal was near.';
    const sentences = annotateArticle(articleFromText(`${text}\n`, 'test.txt'));
    const parties = (n: number): string[] => sentences[n]!.mentions.filter((m) => m.type === 'Party').map((m) => `${m.text} → ${m.canonical}`);
    expect(parties(0)).toEqual(['Kestrel & Dale → Kestrel & Dale']);
    expect(parties(1)).toEqual(['The chain → Kestrel & Dale']);
  });

  it('reads "the gunmen" and "the hijackers" as the pirates who take stances', () => {
    const text = 'The shipowner, Kestrel Shipping, has offered $3 million. Later the gunmen lowered the sum to $5 million. The pirates refused that offer, and the hijackers kept all twelve sailors.';
    const found = organisationsOf(text);
    expect(found.map((o) => o.label)).toEqual(['Kestrel Shipping', 'pirates']);
    expect(found.find((o) => o.label === 'pirates')?.names).toEqual(['gunmen', 'hijackers']);
  });

  it('reads "both airlines" as the two firms at the table, not a bank an analyst works for, though a bank is a firm too', () => {
    const text = 'Fjellfly ASA has bid for Nordby Air. Fjellfly has offered to cap fares, and the watchdog wants more. Ana Ruiz, an analyst at Harbour Securities, said a deal was likely. The airline has rejected any sale of slots in Bergen. Both airlines also refused to drop the route to Tromso.';
    const parties = annotateArticle(articleFromText(`${text}\n`, 'test.txt')).map((s) => s.mentions.filter((m) => m.type === 'Party').map((m) => `${m.text} → ${m.canonical}`));
    expect(parties[3]).toEqual(['The airline → Fjellfly']);
    expect(parties[4]).toEqual(['Both airlines → Fjellfly', 'Both airlines → Nordby Air']);
  });

  it('reads "the airline" as a firm at the table, not a bank named since whose name says another trade', () => {
    const text = 'When Fjellfly unveiled its bid for regional rival Nordby Air in March, chief executive Ola Berg called it a national answer. The Fair Trading Board has demanded that the merged group give up slots at Gardermoen. Lars Dahl, an analyst at Harbour Securities, said the airlines would pay a high price. Fjellfly, which negotiates for the two carriers, has offered to give up six slot pairs. The airline has rejected any sale of slots in Bergen.';
    const parties = annotateArticle(articleFromText(`${text}\n`, 'test.txt')).map((s) => s.mentions.filter((m) => m.type === 'Party').map((m) => `${m.text} → ${m.canonical}`));
    expect(parties[4]).toEqual(['The airline → Fjellfly']);
  });

  it('reads "the merged group" as saying no kind of the firm it refers to, so that "the airline" is that firm still', () => {
    const text = 'When Fjellfly unveiled its bid for regional rival Nordby Air in March, chief executive Ola Berg called it a national answer. Norway has demanded that the merged group give up slots at Gardermoen. Fjellfly has offered to give up six slot pairs. The airline has rejected any sale of slots in Bergen.';
    const parties = annotateArticle(articleFromText(`${text}\n`, 'test.txt')).map((s) => s.mentions.filter((m) => m.type === 'Party').map((m) => `${m.text} → ${m.canonical}`));
    expect(parties[3]).toEqual(['The airline → Fjellfly']);
  });

  it('reads a political party named before "party", with words in lower case after "the", as an organisation, and a body whose headquarters host talks as no town', () => {
    const text = 'The centre-right Onward Latvia party won the most seats. Onward Latvia leader Ana Ruiz opened talks with the Greens. The parties meet at the Riga headquarters of Onward Latvia. Onward Latvia has proposed a tax cut.';
    expect(organisationsOf(text).map((o) => o.label)).toContain('Onward Latvia');
    const sentences = annotateArticle(articleFromText(`${text}\n`, 'test.txt'));
    expect(sentences[2]!.mentions.filter((m) => m.text === 'Onward Latvia').map((m) => m.type)).toEqual(['Party']);
  });

  it('reads a place and its area joined by "and" as one name, a community centre as no side, and "for" after a head in a headline as no part of the name', () => {
    const text = "Kestrel Pharma Reaches Agreement with Chile's National Drug Fund for Velora Gene Therapy\n\nKestrel Pharma said the National Drug Fund (NDF) agreed. The Harlech and District Tenants' Federation disagrees. Talks were held at the Harlech community centre on Monday.";
    const found = organisationsOf(text);
    expect(found.map((o) => o.label)).toEqual(expect.arrayContaining(["Harlech and District Tenants' Federation", 'National Drug Fund']));
    expect(found.map((o) => o.label)).not.toContain('Harlech community');
    expect(found.map((o) => o.label)).not.toContain('National Drug Fund for Velora Gene Therapy');
  });

  it('reads the chambers where talks are held as a venue, no organisation', () => {
    const text = 'Refuse collectors in Harlow will strike after the city council made a new offer. Talks were held at the City Chambers on Monday. The council said it could not go further.';
    expect(organisationsOf(text).map((o) => o.label)).toEqual(['Harlow council']);
  });

  it.each<[string]>([
    // A person's name, a title, a weekday, a word in capitals, a state's ministry.
    ['President Ana Silva said on Monday that the talks had failed. Silva said she would return.'],
    ['IT IS OVER, the headline read, and the talks ended.'],
    ['The Chilean Foreign Ministry said the talks would resume in Santiago.'],
    ['Kofi said the talks would resume. Kofi added that he was hopeful.'],
    // An agreement's acronym is no side, though stances are taken over it.
    ['Revenue shares were fixed for the life of the CBA. The CBA demands a salary cap.'],
    // A self-named group that only looks on is no side.
    ['A group calling itself Tarvo Parents for Kids has organized a rally for Saturday.'],
    // "she" after a name that acts says it is a person's, though "it" follows elsewhere.
    ['Tarvo Quay said on Monday she would not raise the offer. The union said it would strike.'],
    // A minister's portfolio after "for", with the name of its holder.
    ['Minister for Health Ana Ruiz rejected the demand. The union said it was disappointed.'],
    ['Minister of Public Service and Administration Ana Ruiz welcomed the deal. The union said it was disappointed.'],
    // A word of grammar that opens the sentence is no name, whatever apposition follows.
    ['However, the Lima-based platform bid for the rights.'],
    // A transcript's label for questions from the floor, with who asks in brackets.
    ['BERG: Thank you.\n\nQUESTION (Tim Hale, Arica Post): Why take four percent?\n\nBERG: It is temporary.\n\nQUESTION (Ana Ruiz, Lima Radio): And the board?\n\nQUESTION: What changed?'],
    // An office a state or a town has too says nothing of what it is of.
    ['Ana Ruiz, spokeswoman of Tacna, said the talks would resume.'],
    // A news agency after a dateline is no acronym of the state before it.
    ['LIMA, PERU (AP) – Chile and Peru resumed talks. AP reported that AP staff attended.'],
    // A news outlet reports the talks, and takes no side.
    ['CARROW FALLS, Ohio, March 4 (Midwest Wire Service) - Talks resumed on Monday, the Midwest Wire Service reported.'],
    // A state's ministry named after the state.
    ['The treaty was signed by the Minister of Water Resources of Peru Ana Rojas Vidal.'],
    // A currency's code before a figure names money.
    ['The bid of SEK 310 a share was raised to SEK 340 a share after SEK 320 was refused.'],
    // A numbered session of a conference is where sides meet, not a side.
    ['COP31 in Antalya ended with a deal. COP31 President Ana Silva urged delegates to stay.'],
    // A building where a side sits in is no side.
    ['The students occupied the Harwick Administration Building on Monday.'],
    // The office after a possessive, and the predicate of a headline in title case after its preposition.
    ["Ana Ruiz, the Company's Vice President, said the talks would resume."],
    // A city a body has an office in, after its possessive.
    ["The two sides will meet at the Authority's Sydney office next week."],
    ['Pilots Rejected Offer From Kestrel\n\nThe offer was poor.'],
    // A shouted headline, and a name that is no person's: a law's.
    ['FISHERS AND PORT OWNERS SIGN PACT ON QUOTAS\n\nThe pact was signed in Lima.'],
    // An acronym defined for a law's or an agreement's name names a text, not a side.
    ['Chile and Peru met in Lima. The Annual Fisheries Law (AFL) set the quota. The AFL requires a vote.'],
    // A speaker's name labelling a transcript's line, a double surname too, is no acronym.
    ['Guild briefing\n\nQ: What did you win?\n\nVERHAGEN-MOLINA: We won 9 per cent.\n\nQ: And the studios?\n\nVERHAGEN-MOLINA: They wanted less.'],
    // A kind's word before another noun only qualifies it; a minister's portfolio after "of" is no organisation.
    ['A nurse said the Varden Bay health post reopened on Monday.'],
    ['Chile and Peru met. The vice-minister of the Economy Ana Ruiz spoke for Chile.'],
    // An abbreviation of the trade is no side.
    ['Bayline testers met on Monday. QA said the patch was late. QA staff want overtime pay.'],
    // Who asks a transcript's question, and for which outlet, is no side.
    ['PROF. ADEYEMI: We met the minister.\n\nREPORTER (Capital FM): Was anything agreed?\n\nPROF. ADEYEMI: Nothing yet.'],
    // An acronym in the plural that no name spells out is a kind of thing.
    ['Coastal states met in London. Ministers argued about splitting the TACs. The TACs were set on Friday.'],
    // A short heading in capitals is no name.
    ['MEDIA RELEASE\n\nThe pact was signed in Lima.'],
    // "the Kariba dam" is the dam's article: a place that acts once is no organisation.
    ['Chile will release water from the Kariba reservoir. The upkeep of the Kariba dam is unpaid. Kariba released less water in May.'],
    // A word the article writes as a region's is no organisation where it acts.
    ["Paraguay, Chaco federation sign land deal\n\nParaguay's government and an indigenous federation from the northern Chaco signed a deal on Thursday. The federation had blocked the road linking the Chaco region to the capital. The federation said the deal was a start. Paraguay's Chaco has been the scene of many land conflicts."],
    // Without an article on organisations, a name before "representatives" may be a place's or a person's.
    ['Varden representatives met on Monday. They said the talks would resume.'],
  ])('%s → no organisation', (text) => {
    expect(organisationsOf(text)).toEqual([]);
  });

  it.each<[string, string]>([
    // A word after a transcript's label opens its sentence, capitalised as any first word is.
    ['Q: Polls suggest most people support the union.\n\nA: Polls are not votes. The Harbour Workers Union rejected the offer.', 'Harbour Workers Union'],
    // Words after a state inside a name that end in a plural of people acting together are the name's.
    ['The Steering Committee of Peru Sovereign Noteholders turned down the terms on Friday.', 'Steering Committee of Peru Sovereign Noteholders'],
    // People at the table, capitalised at the sentence's start, open no name.
    ['Negotiators for Kestrel Airlines met the pilots on Monday.', 'Kestrel Airlines'],
    ['Shares of Kestrel Airlines rose 4% on Monday.', 'Kestrel Airlines'],
    // An acronym found on its own is the short name of the one name whose initials it spells.
    ["The Kestrel Dockers' Union and the port operators met. The chairwoman of KDU, Ana Ruiz, said no.", "Kestrel Dockers' Union"],
    // A transcript's speaker label in capitals is a surname, not an acronym.
    ['Guests: Owain Delacourt, general secretary of the Harbour Pilots Union\n\nDELACOURT: We want shifts posted six weeks ahead.\n\nDELACOURT: We will strike.', 'Harbour Pilots Union'],
    // Two sides joined by "and" are two names when either is a side of its own.
    ["Talks between Kestrel Therapeutics and Chile's Ministry of Health stalled on Monday.", 'Kestrel Therapeutics'],
    // A name before the head of a side with no proper name, one word between them at most, is that side.
    ['The Tarvo fishing cooperative and Chile met in Arica. The cooperative rejected the quota.', 'Tarvo fishing cooperative'],
    // A minister's portfolio after "of" is no organisation.
    ['The Bakers Union and the government met in Santiago. The minister of Ports and Fisheries, Raul Vidal, said no.', 'Bakers Union'],
    // "by" after a capitalised participle goes on inside one name.
    ['The Committee of Villages Flooded by the Varden Reservoir (CVFVR) met the builder. The committee demanded land.', 'Committee of Villages Flooded by the Varden Reservoir'],
    // A side's bargaining committee is its team, no organisation of its own.
    ["Chile and the Harbour Nurses Union met. The union's bargaining committee said no. The bargaining committee rejected the offer.", 'Harbour Nurses Union'],
    ['Talks between Kestrel Therapeutics and the Chilean Ministry of Health stalled on Monday.', 'Kestrel Therapeutics'],
    // States listed before a bloc are sides of their own, not words of its name.
    ['Chile, Peru and the Andean Community met in Lima. Chile, Peru and Andes Gas Workers Union met too.', 'Andes Gas Workers Union'],
    // "and" after "of" goes on inside one name; a possessive inside a run before a kind noun makes no name.
    ['The International Association of Dockers and Harbour Workers met the port.', 'International Association of Dockers and Harbour Workers'],
    ["The Varden Pilots Union met the airline. Ana Ruiz chairs the Varden's Bayline company council.", 'Varden Pilots Union'],
    // A region that does not act, or that the article also writes as a place, is none; nor is a city.
    ['Ontario and the Harbour Workers Union reached a deal on Sunday. The talks in Ontario lasted a week. The province had offered 2 percent.', 'Harbour Workers Union'],
    ['Ontario and the Harbour Workers Union reached a deal on Sunday.', 'Harbour Workers Union'],
    ['Toronto and the Harbour Workers Union reached a deal on Sunday. The province had offered 2 percent.', 'Harbour Workers Union'],
    // A city the article also writes as a place is none.
    ['The city of Arica and Bayline Shipping met on Monday. Talks in the city of Arica went on.', 'Bayline Shipping'],
    ['Bayline Shipping met the union in the city of Arica.', 'Bayline Shipping'],
    // A day or a month opens no name through the small word after it.
    ['On Friday the Harbour Workers Union met Chile in Arica.', 'Harbour Workers Union'],
    ['In March the Tarvo Fishers League walked out.', 'Tarvo Fishers League'],
  ])('%s → only %s', (text, label) => {
    expect(organisationsOf(text).map((o) => o.label)).toEqual([label]);
  });

  it.each(['Newswire', 'Midwest Wire Service', 'Harbour Post', 'Kestrel Times'])('reads "%s" as a news outlet\'s name, no side\'s', (name) => {
    expect(NEWS_OUTLET.test(name)).toBe(true);
  });

  it('joins a person named after an office by "and" to no name after it', () => {
    expect(organisationsOf('Kestrel Air chief executive Tom Hale and Varden Airlines managing director Ana Ruiz confirmed the merger. Hale said it was good.').map((o) => o.label)).toEqual(['Kestrel Air', 'Varden Airlines']);
  });

  it('makes a found organisation a party of its article, and "the union" refers back to it', () => {
    const text = 'The Harbour Workers Union met Bayline Shipping. The union said it wanted a 9% raise.';
    expect(partiesOf(text)).toContain('Harbour Workers Union');
    const article = articleFromText(`${text}\n`, 'test.txt');
    const second = annotateArticle(article)[1]!;
    expect(second.mentions.filter((m) => m.type === 'Party').map((m) => m.canonical)).toContain('Harbour Workers Union');
  });

  it('splits "the Ministry of Health and Kestrel" when the ministry is named on its own', () => {
    const text = 'The Ministry of Health met the drug maker on Monday. The Ministry of Health and Kestrel signed the contract on Friday.';
    expect(organisationsOf(text).map((o) => o.label).sort()).toEqual(['Kestrel', 'Ministry of Health']);
  });

  it('reads "the airline" as the organisation whose name holds its plural, though another was named since', () => {
    const text = "Kestrel Airlines met the pilots' union. The National Mediation Board sent a mediator. The airline's bargaining team walked out.";
    const article = articleFromText(`${text}\n`, 'test.txt');
    const third = annotateArticle(article)[2]!;
    expect(third.mentions.filter((m) => m.type === 'Delegation').map((m) => [m.party, m.canonical])).toEqual([['Kestrel Airlines', 'Kestrel Airlines bargaining team']]);
  });

  it('reads "the company" as no users\' group, whose name says what its members use, not what it is', () => {
    const text = "The union is bargaining with Corvale Transit. Corvale has offered 5 per cent. Ana Ruiz of the Rail Commuters' Voice said riders were stranded. The company said talks would go on.";
    const article = articleFromText(`${text}\n`, 'test.txt');
    const fourth = annotateArticle(article)[3]!;
    expect(fourth.mentions.filter((m) => m.type === 'Party').map((m) => m.canonical)).toEqual(['Corvale Transit']);
  });

  it('reads the sides a headline says sign a deal, its verb read as a noun, as the article\'s two, and rebels as no state\'s army', () => {
    const article = articleFromText('Malian government and Kidal rebels sign truce\nThe deal was reached in Algiers on Friday, the mediators said. The two parties agreed to stop the fighting. The rebels had fought the Malian army for months.\n', 'test.txt');
    expect(principalParties(annotateArticle(article)).sort()).toEqual(['Kidal rebels', 'Mali']);
  });

  it('reads a name that opens a longer one as a side of its own where one sentence names both apart', () => {
    const organisations = organisationsOf('The union represents cabin crew at both Kestrel Air and its subsidiary Kestrel Air Express. Kestrel Air wants an arbitrator to settle the dispute.');
    expect(organisations.map((o) => o.label).sort()).toEqual(['Kestrel Air', 'Kestrel Air Express']);
  });

  it('reads "the company" as a "… Group" whose other words make it a company, and "the rebels" as the front', () => {
    const text = 'Nurses at the Andes Health Group rejected a pay offer. The Chilean Nurses Federation wants 9 percent. The company said it remained open to talks.';
    const article = articleFromText(`${text}\n`, 'test.txt');
    expect(annotateArticle(article)[2]!.mentions.filter((m) => m.type === 'Party').map((m) => m.canonical)).toEqual(['Andes Health Group', 'Andes Health Group']);
    const rebels = 'The Kestrel Liberation Front and the Andes Health Group met. The rebels demanded a truce.';
    expect(annotateArticle(articleFromText(`${rebels}\n`, 'test.txt'))[1]!.mentions.map((m) => m.canonical)).toEqual(['Kestrel Liberation Front']);
  });

  it('reads "the union" as no federation whose name says nothing of its members', () => {
    const text = 'The Andean Hockey League and its players reached a deal.\n\nThe union had demanded 54 percent.\n\nPlayers will go to the Olympics under an agreement with the International Skating Federation.';
    const article = articleFromText(`${text}\n`, 'test.txt');
    expect(annotateArticle(article)[1]!.mentions.map((m) => m.canonical)).not.toContain('International Skating Federation');
  });

  it('reads "the airline" as the carrier, not the union of its mechanics, whose name says "airline" after "of"', () => {
    const text = 'Tarvo Air Lines and the Union of Airline Mechanics of Peru met in Lima on Monday. The mechanics asked for a 9 percent raise. The airline offered a 4 percent raise.';
    const article = articleFromText(`${text}\n`, 'test.txt');
    expect(annotateArticle(article)[2]!.mentions.map((m) => m.canonical)).toEqual(['Tarvo Air Lines']);
  });

  it('reads "the studios" and "the employers" as the alliance of producers at the table, whose generic head gives way to a kind after "of"', () => {
    for (const word of ['studios', 'employers']) {
      const text = `The Stage Writers Guild and the Alliance of Theatre Producers met in Leeds. The guild demanded a 5% raise. The ${word} rejected the demand.`;
      expect(annotateArticle(articleFromText(`${text}\n`, 'test.txt'))[2]!.mentions.map((m) => m.canonical)).toEqual(['Alliance of Theatre Producers']);
    }
  });

  it('reads two names joined by "and" that open with the same word as two organisations, and a platform and an engineering firm as one each', () => {
    expect(partiesOf('The Dunmore Association of Teachers and Dunmore Public Schools reached a deal on Sunday.')).toEqual(['Dunmore Association of Teachers', 'Dunmore Public Schools']);
    expect(partiesOf('Peru and the opposition Civic Unity Platform met in Lima.')).toEqual(['Civic Unity Platform', 'Peru']);
    expect(partiesOf('Tarvo Engineering and the Harbour Workers Union met in Lima.')).toEqual(['Harbour Workers Union', 'Tarvo Engineering']);
    // ("Tarvo CEO Ana Lind": an office only organisations have, in capitals, after a single name.)
    expect(partiesOf('The deal was fair, said Tarvo CEO Ana Lind.')).toEqual(['Tarvo']);
    // ("the separatist party Verdes": a party's noun in lower case before a single name.)
    expect(partiesOf("Spain's Socialist Party reached an agreement with the separatist party Verdes on Thursday.")).toEqual(['Socialist Party', 'Spain', 'Verdes']);
  });

  it('reads "the teachers\' union" that meets a government as a side of its own, and "the union" as it, never the government', () => {
    const text = "The Varden State government and the teachers' union met in Lagos. The union dismissed the government's pay offer.";
    const sentences = annotateArticle(articleFromText(`${text}\n`, 'test.txt'));
    expect(sentences[1]!.mentions.map((m) => m.canonical)).toEqual(["teachers' union", 'Varden State government']);
  });

  it('reads "the opposition" as no side where the side across the table is an armed group, or where it is a state\'s', () => {
    const armed = annotateArticle(articleFromText('Colombia and the Northern Liberation Front met in Havana. The opposition rejected the ceasefire.\n', 'test.txt'));
    expect(armed[1]!.mentions.filter((m) => m.type === 'Party')).toEqual([]);
    const own = annotateArticle(articleFromText('Israel and the Civic Unity Platform agreed to a ceasefire in Cairo. The opposition in Israel criticised the deal.\n', 'test.txt'));
    expect(own[1]!.mentions.filter((m) => m.type === 'Party').map((m) => m.canonical)).toEqual(['Israel']);
  });

  it('reads a generic head of another language at the opening of a name ("Alianza …") as saying no kind, as its English would', () => {
    expect(sharedHeadOnly('Alianza Cívica')).toBe(true);
    const sentences = annotateArticle(articleFromText('Colombia and the Comandos Populares del Norte (CPN) met in Oslo. The rebels agreed to a truce. The opposition Alianza Cívica criticised the deal.\n', 'test.txt'));
    expect(sentences[1]!.mentions.filter((m) => m.type === 'Party').map((m) => m.canonical)).toEqual(['Comandos Populares del Norte']);
  });

  it('gives "… Platform" no kind, though "the platform" refers back to a firm', () => {
    expect(organisationKind('Civic Unity Platform')).toBeUndefined();
  });

  it.each([
    ['Ministry of Transport'],
    ['Varden Water Commission'],
    ['Pan-Andean Health Assembly'],
    ['Metropolitan Transit Authority'],
    ['Public Health Agency'],
  ])('gives the public body "%s" no kind from the trade it oversees', (label) => {
    expect(organisationKind(label)).toBeUndefined();
  });

  it.each([['Harbour Ferry Operators Association'], ['Bayline Health'], ['Kestrel Therapeutics'], ['Tarvo Biologics'], ['Marlow Dairy'], ['Tasman Mills'], ['Oakridge Brewery']])('reads "%s" as a company', (label) => {
    expect(organisationKind(label)).toBe('organisation-company');
  });

  it('reads "the company" after an assembly closing an aside as the firm at the table, not the assembly', () => {
    const text = 'Kestrel Therapeutics agreed to let Peru make its vaccine. Under terms initialled in Lima, at the margins of the Pan-Andean Health Assembly, the company will grant a licence. A ministry aide said the company agreed to share the process.';
    const sentences = annotateArticle(articleFromText(`${text}\n`, 'test.txt'));
    for (const n of [1, 2]) expect(sentences[n]!.mentions.filter((m) => m.text === 'the company').map((m) => m.canonical)).toEqual(['Kestrel Therapeutics']);
  });

  it('reads "gunmen" of no named group as no armed group at the table', () => {
    const text = 'Colombia and the Northern Liberation Front resumed talks in Havana. Gunmen who seized a farmer in Cauca demanded a ransom of 2 million pesos.';
    expect(annotateArticle(articleFromText(`${text}\n`, 'test.txt'))[1]!.mentions.map((m) => m.canonical)).not.toContain('Northern Liberation Front');
  });

  it('reads a name before a kind noun after a dateline\'s dash as an organisation ("— The Teamsters union")', () => {
    expect(partiesOf('Dockers, Bayline Shipping reach deal\n\nARICA (AP) — The Estibadores union reached a tentative agreement with Bayline Shipping on Tuesday.')).toEqual(['Bayline Shipping', 'Estibadores']);
  });

  it('reads "the opposition" as the one side at the table across from a state, and "his opposition" as none', () => {
    const text = 'Peru and the opposition Civic Unity Platform met in Lima. The opposition had demanded new electoral rolls. The president, vocal in his opposition, left early.';
    const sentences = annotateArticle(articleFromText(`${text}\n`, 'test.txt'));
    expect(sentences[1]!.mentions.map((m) => m.canonical)).toEqual(['Civic Unity Platform']);
    expect(sentences[2]!.mentions.filter((m) => m.type === 'Party').map((m) => m.canonical)).toEqual([]);
  });

  it('reads a state\'s government named in full, with the word that qualifies it, as the state', () => {
    expect(partiesOf('The Federal Government of Peru and the Northern Front met in Lima.')).toEqual(['Northern Front', 'Peru']);
  });

  it('reads "the union" as no employers\' association, whose kind its members say', () => {
    const text = "The employers' association rejected the union's demand for a 10% raise.";
    expect(partiesOf(text)).toEqual(["employers' association"]);
  });

  it.each<[string, string, readonly string[]]>([
    // People named by what they are, acting as one side where no organisation of their kind is named.
    ["Bondholders rejected the finance ministry's offer of new bonds.", 'bondholders', []],
    ["The farmers' demands include a ban on imported beef.", 'farmers', []],
    ['Players have rejected the salary cap the league proposed.', 'players', []],
    ['Chile and Peru met. Creditors had pushed hard for local banks to take losses.', 'creditors', []],
    // Armed people of no named group, however named, are one side, named after the word used most.
    ['Kidnappers seize four engineers. The kidnappers had asked for two million dollars. The abductors rejected the offer.', 'kidnappers', ['abductors']],
    // … or that organisation, by a word of its name or by its kind.
    ['The Hockey Players Association met the league. Players rejected the salary cap.', 'Hockey Players Association', ['players']],
    ['The Northern Liberation Front met the army in Oslo. The rebels demanded an amnesty.', 'Northern Liberation Front', ['rebels']],
    // A name with a company's legal form is the name without it, and so is the first word of both.
    ['Tarnwick Minerals signs deal. Tarnwick Minerals Ltd said on Tuesday it had signed it. Tarnwick initially offered a 1.5% royalty.', 'Tarnwick Minerals', ['Tarnwick', 'Tarnwick Minerals Ltd']],
    // A conjunction opening the sentence is no word of the name after it.
    ["Chile and the Grain Growers' Union met. But the Grain Growers' Union rejected the offer.", "Grain Growers' Union", []],
    // The end of one name found is its short name.
    ['Tarnwick Minerals met the Sturgeon Lake First Nation. The First Nation had sought a 3% royalty.', 'Sturgeon Lake First Nation', ['First Nation']],
  ])('%s → %s %j', (text, label, names) => {
    const found = organisationsOf(text);
    expect(found.find((o) => o.label === label)?.names, JSON.stringify(found)).toEqual(names);
  });

  it('takes the short form of a name a headline also writes in full ("Nyberg" of "dairy group Nyberg Dairy")', () => {
    const found = organisationsOf("Nyberg Dairy rejects approach\nThe board of dairy group Nyberg Dairy rejected the bid. The offer was disclosed by Nyberg on Monday.");
    expect(found.find((o) => o.label === 'Nyberg Dairy')?.names).toEqual(['Nyberg']);
  });

  it('takes no alias from a word of a name that only qualifies a noun ("Adriatic ports")', () => {
    const found = organisationsOf("Ships waited at two Adriatic ports. The Adriatic Dockers' Union said the strike would go on.");
    expect(found.find((o) => o.label === "Adriatic Dockers' Union")?.names).toEqual([]);
  });

  it.each<[string]>([
    // People who take no stance, and guerrillas beside the armed group world knowledge names.
    ['Farmers harvested wheat on Monday.'],
    ['Talks with the ELN resumed. The guerrillas rejected the offer.'],
  ])('%s → no side of people', (text) => {
    expect(organisationsOf(text).map((o) => o.label)).toEqual([]);
  });

  it('names a state by its initials, and a bloc that brokers by its full name, which counts it less', () => {
    const text = [
      'CAR government and rebels sign truce.',
      'The government of the Central African Republic and the Northern Liberation Front signed a ceasefire after talks brokered by the Economic Community of Central African States (ECCAS).',
      'ECCAS will monitor the truce. The front said ECCAS had been fair. The front wants an amnesty; the front also wants seats in the cabinet.',
      'ECCAS officials said the next round would open in July.',
    ].join(' ');
    const article = articleFromText(`${text}\n`, 'test.txt');
    expect(principalParties(annotateArticle(article)).sort()).toEqual(['Central African Republic', 'Northern Liberation Front']);
  });

  it('reads "the teachers\' alliance" in a summary above the story as the alliance it names later, and "the province" across the table from it as the department', () => {
    const text = [
      'Key points',
      "- The teachers' alliance and the province reached a tentative agreement on Sunday",
      'The Coastal Teachers\' Alliance and the Department of Education met in Halifax. The alliance had demanded a 9% raise.',
    ].join('\n');
    const article = articleFromText(`${text}\n`, 'test.txt');
    const first = annotateArticle(article).find((s) => s.text.includes('tentative'))!;
    expect(first.mentions.filter((m) => m.type === 'Party').map((m) => m.canonical)).toEqual(["Coastal Teachers' Alliance", 'Department of Education']);
  });

  it('takes a name found alone that is also the short name of a longer one for that one, and counts a side "with the mediation of" less', () => {
    const text = [
      'The tenants and the property company Bayline Living signed an agreement, with the mediation of the Harbour City Council.',
      'Bayline will repair the lifts. The Harbour Tenants Association said Bayline had kept its word. The association will end the strike.',
      'The Harbour City Council will buy 96 flats.',
    ].join(' ');
    const labels = organisationsOf(text).map((o) => o.label);
    expect(labels).toContain('Bayline Living');
    expect(labels).not.toContain('Bayline');
    const article = articleFromText(`${text}\n`, 'test.txt');
    expect(principalParties(annotateArticle(article)).sort()).toEqual(['Bayline Living', 'Harbour Tenants Association']);
  });

  it('names the two sides of a strike as the principal parties', () => {
    const text = 'The Harbour Workers Union (HWU) and Bayline Shipping resumed talks. Bayline said it had improved its offer. The HWU rejected the offer.';
    const article = articleFromText(`${text}\n`, 'test.txt');
    expect(principalParties(annotateArticle(article)).sort()).toEqual(['Bayline Shipping', 'Harbour Workers Union']);
  });
  it('reads "the council" of a story set in one town, which names no council, as the town\'s council, and "the municipality" as the same', () => {
    const text = 'Bus drivers in Leeds will return to work after the council and the Transit Drivers Guild agreed a deal. The council offered 9%. The municipality had refused to reinstate two drivers dismissed in May.';
    expect(partiesOf(text)).toEqual(['Leeds council', 'Transit Drivers Guild']);
  });
  it('reads people counted ("two drivers dismissed …") as some of them, no side', () => {
    expect(partiesOf('Unite and Bayline Shipping met in Leeds. Unite had demanded 12% and the reinstatement of two drivers dismissed during the dispute. The company had refused to reinstate the drivers.')).not.toContain('drivers');
  });
  it('reads a plural opening the sentence before "of" and a whole name as the people of that body', () => {
    expect(organisationsOf('Patients of Harwick Valley Health will keep their access. Harwick Valley Health and BlueRidge Mutual signed a contract.').map((o) => o.label)).toContain('Harwick Valley Health');
    expect(organisationsOf('Patients of Harwick Valley Health will keep their access. Harwick Valley Health and BlueRidge Mutual signed a contract.').map((o) => o.label)).not.toContain('Patients of Harwick Valley Health');
  });
  it('reads a byline\'s occupation and a law named with bracketed parts as no body', () => {
    const labels = organisationsOf('By our Energy Correspondent\n\nThe Harbour Nurses Union and NHS Varden met on Monday. The Safe Staffing (Wards) (Wales) Act sets no ratios.').map((o) => o.label);
    expect(labels).toEqual(expect.arrayContaining(['Harbour Nurses Union', 'NHS Varden']));
    expect(labels).not.toContain('Energy Correspondent');
    expect(labels.filter((label) => label.startsWith('Safe Staffing'))).toEqual([]);
  });
  it('reads a single name that acts, whose offer comes "from" another, as two clubs where the text speaks of "the Portuguese club"', () => {
    const labels = organisationsOf('Varzim have rejected a second offer from Tarvosa for the midfielder, the Portuguese club said. Talks ended after Varzim refused to lower the fee.').map((o) => o.label);
    expect(labels).toEqual(expect.arrayContaining(['Varzim', 'Tarvosa']));
  });
});
