import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/ingest/index.js';
import { annotateArticle, principalParties } from '../../src/nlp/annotate-article.js';
import type { Mention } from '../../src/types.js';

/** Every mention of a text read as one article. */
function mentionsOf(text: string): Mention[] {
  return annotateArticle(articleFromText(`${text}\n`, 'test.txt')).flatMap((s) => s.mentions);
}

function show(mentions: readonly Mention[]): string {
  return mentions.map((m) => `${m.text} → ${m.type} ${m.canonical}${m.party ? ` (${m.party})` : ''} [${m.via}]`).join('\n');
}

describe('annotateArticle: mentions', () => {
  it.each<[string, string, Mention['type'], string, string | undefined]>([
    // Parties, capitals and seats of government acting for their state.
    ['Iran rejected the offer.', 'Iran', 'Party', 'Iran', 'Iran'],
    // A described organisation is the one of its members' kind: the employers', not the union named before.
    ["The Harbour Workers Union met the Regional Port Operators' Association. The port employers' association rejected the demand.", "The port employers' association", 'Party', "Regional Port Operators' Association", "Regional Port Operators' Association"],
    // A word of tenure before the side that qualifies an office.
    ['With the help of Acting U.S. Secretary of Labor Ana Ruiz, the union received a proposal.', 'Ana Ruiz', 'Person', 'Ana Ruiz', 'United States'],
    // A second name with its own office holds that office, not the first one's.
    ['The delegation included Major General Ana Ruiz and Ambassador Tomas Vidal.', 'Tomas Vidal', 'Person', 'Tomas Vidal', undefined],
    // A surname that is also a country's spelling in another tongue ("Mann") ends a person's name.
    ['Chief Minister Tarvo Mann said the state would help.', 'Tarvo Mann', 'Person', 'Tarvo Mann', undefined],
    ['Tehran rejected the offer.', 'Tehran', 'Party', 'Iran', 'Iran'],
    ['The White House proposed a consortium.', 'White House', 'Party', 'United States', 'United States'],
    ['Downing Street welcomed the deal.', 'Downing Street', 'Party', 'United Kingdom', 'United Kingdom'],
    ['Kinshasa and the M23 signed the text.', 'M23', 'Party', 'M23', 'M23'],
    // The lenders of last resort negotiate as sides.
    ['The International Monetary Fund demanded cuts.', 'International Monetary Fund', 'Party', 'IMF', 'IMF'],
    ['The World Bank brokered the treaty.', 'World Bank', 'Party', 'World Bank', 'World Bank'],
    ['The RSF agreed to the truce.', 'RSF', 'Party', 'Rapid Support Forces', 'Rapid Support Forces'],
    // "Congo" in wire copy is the Democratic Republic; its neighbour is named in full.
    ['Congo and Rwanda signed the text.', 'Congo', 'Party', 'Democratic Republic of the Congo', 'Democratic Republic of the Congo'],
    ['The Republic of Congo welcomed the text.', 'Republic of Congo', 'Party', 'Republic of the Congo', 'Republic of the Congo'],
    ['The Iranian government insists on enrichment.', 'Iranian government', 'Party', 'Iran', 'Iran'],
    // A capital after a preposition of place is the place.
    ['The talks were held in Tehran.', 'Tehran', 'Place', 'Tehran', 'Iran'],
    ['The delegations met in Doha on Monday.', 'Doha', 'Place', 'Doha', 'Qatar'],
    ['Negotiators gathered in Sharm el-Sheikh.', 'Sharm el-Sheikh', 'Place', 'Sharm el-Sheikh', 'Egypt'],
    ['They met at the Villa Saladin.', 'Villa Saladin', 'Place', 'Villa Saladin', undefined],
    ["The meeting at Baku's Gulustan Palace lasted hours.", 'Gulustan Palace', 'Place', 'Gulustan Palace', undefined],
    // Delegations by demonym, possessive, "from" and coordination.
    ['Iranian negotiators arrived on Friday.', 'Iranian negotiators', 'Delegation', 'Iranian negotiators', 'Iran'],
    ["Tehran's delegation arrived on Friday.", "Tehran's delegation", 'Delegation', 'Iranian delegation', 'Iran'],
    ['A delegation from Doha arrived on Friday.', 'delegation from Doha', 'Delegation', 'Qatari delegation', 'Qatar'],
    ['The Congolese government delegation arrived in Doha.', 'Congolese government delegation', 'Delegation', 'Congolese delegation', 'Democratic Republic of the Congo'],
    // Demonyms news writes beside the country list's own: "Timorese" for "East Timorese", "Philippine" for "Filipino".
    ['The Timorese side arrived in Jakarta.', 'Timorese side', 'Delegation', 'East Timorese delegation', 'Timor-Leste'],
    ['The Philippine delegation arrived in Kuala Lumpur.', 'Philippine delegation', 'Delegation', 'Philippine delegation', 'Philippines'],
    // The people of a trade in a capital work in the city: it is a place, not the state acting.
    ['Lima teachers plan a walkout next week.', 'Lima', 'Place', 'Lima', 'Peru'],
    // A capital a state's name introduces is a place, not the state acting.
    ["Talks opened in Gabon's capital Libreville.", 'Libreville', 'Place', 'Libreville', 'Gabon'],
    // A name that ends in a feature of the land, after "the", is a place; a long name with its particles is one person's.
    ['Talks on the future of the Tarvo Valley resumed.', 'Tarvo Valley', 'Place', 'Tarvo Valley', undefined],
    // A state's name before a feature of the land names a region, not the state.
    ['Gunmen seized three engineers at a pumping station in the Niger Delta on Monday.', 'Niger Delta', 'Place', 'Niger Delta', undefined],
    ['Farmers in the Jordan Valley met the water board.', 'Jordan Valley', 'Place', 'Jordan Valley', undefined],
    ['The loss of the Tarvo Gorge caves changed the law.', 'Tarvo Gorge', 'Place', 'Tarvo Gorge', undefined],
    ["Qatar's Prime Minister Sheikh Omar bin Khalid bin Saad Al-Tarvi said the deal would hold.", 'Sheikh Omar bin Khalid bin Saad Al-Tarvi', 'Person', 'Sheikh Omar bin Khalid bin Saad Al-Tarvi', 'Qatar'],
    // The people of a trade in a state work there; a part of a state named after it, and a region larger than it
    // whose last word names it, are places, not the state acting.
    ['U.S. rail workers and the carriers settled on Friday.', 'U.S.', 'Place', 'United States', 'United States'],
    ['Ports on the U.S. West Coast closed.', 'U.S.', 'Place', 'United States', 'United States'],
    // An office in the plural before two names is each one's.
    ['"We will strike," joint general secretaries Ana Ruiz and Tomas Vidal said.', 'Ana Ruiz', 'Person', 'Ana Ruiz', undefined],
    // The government of a region of a state is a side named as its region.
    ['The Ontario government offered the teachers a 3 percent raise.', 'Ontario government', 'Party', 'Ontario', 'Ontario'],
    ["Queensland's state government rejected the claim.", "Queensland's state government", 'Party', 'Queensland', 'Queensland'],
    ['The Government of Ontario rejected the claim.', 'Government of Ontario', 'Party', 'Ontario', 'Ontario'],
    // A state's ministry with its portfolio, and its state after it, is the state; the portfolio names no company.
    ["Kestrel Pharma and Chile's Ministry of Health signed a licence.", "Chile's Ministry of Health", 'Party', 'Chile', 'Chile'],
    // A state's council of ministers is the state; "the company" is the side at the table of no known kind, not an
    // organisation of the kind named in passing.
    ["The Bakers Union and the Chilean government met in Santiago. Chile's cabinet, the Council of Ministers, approved a subsidy on Tuesday.", 'Council of Ministers', 'Party', 'Chile', 'Chile'],
    ['The Tarvo Boatmen Association and the operator Andes Puertos (AP) met in Arica. A team from Varden University will survey the quay. The company offered 500 soles per boat.', 'The company', 'Party', 'Andes Puertos', 'Andes Puertos'],
    // A state's name inside a hyphenated surname is the person's; two names joined by a hyphen stay names.
    ['Bayline Shipping and the Harbour Workers Union met in Lima. The talks were mediated by public defender Carla Montenegro-Vidal.', 'Carla Montenegro-Vidal', 'Person', 'Carla Montenegro-Vidal', undefined],
    ['Bayline Shipping and the Harbour Workers Union met in Lima. Mediator Ana Vidal-Montenegro said no.', 'Ana Vidal-Montenegro', 'Person', 'Ana Vidal-Montenegro', undefined],
    ['The Israel-Hamas truce held on Sunday.', 'Hamas', 'Party', 'Hamas', 'Hamas'],
    // A ministry named without its state, in an article on one state, is that state's; a demonym closing a phrase names
    // a language, no state.
    ['(Translated from the French)\n\nThe Rice Growers Union and the Rice Millers Group met in Kumasi, in Ghana. The Ministry of Trade hosted them.', 'Ministry of Trade', 'Party', 'Ghana', 'Ghana'],
    ['Kestrel Pharma and the Chilean Ministry of Health signed a licence.', 'Chilean Ministry of Health', 'Party', 'Chile', 'Chile'],
    ['Kestrel Pharma and the Ministry of Health of Chile signed a licence.', 'the Ministry of Health of Chile', 'Party', 'Chile', 'Chile'],
    // Anonymous sources of a side.
    ['A senior Israeli official said the talks stalled.', 'senior Israeli official', 'Person', 'Israeli sources', 'Israel'],
    ['A source in Tehran said the talks stalled.', 'source in Tehran', 'Person', 'Iranian sources', 'Iran'],
    // People by title, by name run, with hyphens and particles.
    ['Iranian Foreign Minister Abbas Araghchi spoke first.', 'Abbas Araghchi', 'Person', 'Abbas Araghchi', 'Iran'],
    ['Steve Witkoff said the talks were positive.', 'Steve Witkoff', 'Person', 'Steve Witkoff', undefined],
    ["Majid Takht-Ravanchi, Iran's deputy foreign minister, spoke.", 'Majid Takht-Ravanchi', 'Person', 'Majid Takht-Ravanchi', 'Iran'],
    ['Sudanese army chief Abdel Fattah al-Burhan spoke.', 'Abdel Fattah al-Burhan', 'Person', 'Abdel Fattah al-Burhan', 'Sudan'],
    ['Qatari Prime Minister Mohammed bin Abdulrahman Al Thani spoke.', 'Mohammed bin Abdulrahman Al Thani', 'Person', 'Mohammed bin Abdulrahman Al Thani', 'Qatar'],
    // Tuareg and Mauritanian particles of descent inside a name.
    ['Malian Foreign Minister Oumar ag Ibrahim spoke.', 'Oumar ag Ibrahim', 'Person', 'Oumar ag Ibrahim', 'Mali'],
    ['Malian Justice Minister Fatima walet Ahmed spoke.', 'Fatima walet Ahmed', 'Person', 'Fatima walet Ahmed', 'Mali'],
    ['Mauritanian Fisheries Minister Sidi ould Salem spoke.', 'Sidi ould Salem', 'Person', 'Sidi ould Salem', 'Mauritania'],
    // Surnames glued to the next word or misspelt keep the person named earlier.
    ['Steve Witkoff arrived in Muscat. Witkoffand his team met the mediators.', 'Witkoffand', 'Person', 'Steve Witkoff', undefined],
    ['Abbas Araghchi arrived in Muscat. Later, araghchiaccording to officials, left.', 'araghchiaccording', 'Person', 'Abbas Araghchi', undefined],
    // Korean given names of two syllables joined by a hyphen; "the Government of X" is the state X.
    ['Korea and Mexico met in Seoul. Chief negotiator Baek Jun-ho said no.', 'Baek Jun-ho', 'Person', 'Baek Jun-ho', undefined],
    ['Korea and Mexico met in Seoul. The chairman, Han Sung-min, agreed.', 'Han Sung-min', 'Person', 'Han Sung-min', undefined],
    ['Korea and Mexico met in Seoul. The Government of Mexico proposed a quota.', 'Mexico', 'Party', 'Mexico', 'Mexico'],
    // "Korea" and "Korean" alone are South Korea's, as news writes them; a Korean name's family name comes first, and a
    // label with an office before the name in capitals names its speaker.
    ['Korea and Mexico met in Seoul.', 'Korea', 'Party', 'South Korea', 'South Korea'],
    ['Korea and Mexico met in Seoul. The Korean delegation left.', 'Korean delegation', 'Delegation', 'South Korean delegation', 'South Korea'],
    ['Briefing by Vice Minister Baek Jun-ho\n\nVICE MINISTER BAEK JUN-HO: Good afternoon.\n\nBAEK: We will not sign yet.', 'BAEK', 'Person', 'Baek Jun-ho', undefined],
    ['Briefing by Vice Minister Baek Jun-ho\n\nVICE MINISTER BAEK JUN-HO: Good afternoon. We have now agreed on the fishing quota.', 'We', 'Person', 'Baek Jun-ho', undefined],
    // A transcript's lines, labelled with the speaker's name in capitals: the full name, the surname, and "we".
    ['Guests: Owain Delacourt, general secretary of the Harbour Pilots Union\n\nOWAIN DELACOURT: Morning.\n\nDELACOURT: We want shifts posted six weeks ahead.', 'DELACOURT', 'Person', 'Owain Delacourt', 'Harbour Pilots Union'],
    ['Guests: Owain Delacourt, general secretary of the Harbour Pilots Union\n\nOWAIN DELACOURT: Morning.\n\nDELACOURT: We want shifts posted six weeks ahead.', 'OWAIN DELACOURT', 'Person', 'Owain Delacourt', 'Harbour Pilots Union'],
    ['Guests: Owain Delacourt, general secretary of the Harbour Pilots Union\n\nOWAIN DELACOURT: Morning.\n\nDELACOURT: We want shifts posted six weeks ahead.', 'We', 'Person', 'Owain Delacourt', 'Harbour Pilots Union'],
    // A minister's portfolio no list knows, up to the comma before the name; a side after "from" the name.
    ["Chile and Peru met in Lima. Peru's Minister of Fisheries and Coastal Affairs, Ana Halvorsen, said no.", 'Ana Halvorsen', 'Person', 'Ana Halvorsen', 'Peru'],
    ['The Harbour Workers Union and Bayline met in Arica. Tomas Varden from the Coastal Mediation Service ran the meeting.', 'Tomas Varden', 'Person', 'Tomas Varden', 'Coastal Mediation Service'],
    // "The community" across the table from a firm is the body of members that speaks for it.
    ['Tarvo Nickel Mining and the Kelle Herders Council met in Isiolo. Asked about the fence, the community wants the water open first.', 'the community', 'Party', 'Kelle Herders Council', 'Kelle Herders Council'],
    // A quotation that goes on in the next sentence of the paragraph, unattributed, is still the speaker's.
    ['Chile and Peru resumed talks in Lima. "Our copper sells well in Asia," Ana Ruiz, the Chilean mining minister, said. "We will not export it cheaply."', 'We', 'Person', 'Ana Ruiz', 'Chile'],
    // … and one that goes on inside a quotation left open, in the next paragraph as news writes long quotations.
    ['Bayline locked out its dockers.\n\nEva de la Cruz, the national organiser of the Harbour Workers Union, is direct. "Our aim is plain," she says.\n\n"The company must end the lockout. In March we offered a deferral of pay."', 'we', 'Person', 'Eva de la Cruz', 'Harbour Workers Union'],
    // A side after "whose" and the office; a list of speakers, each with an office and a side.
    ['Bayline locked out its dockers, who belong to the Harbour Workers Union, whose national organiser, Eva de la Cruz, has run the strike since March.', 'Eva de la Cruz', 'Person', 'Eva de la Cruz', 'Harbour Workers Union'],
    ['Speakers: Ana Ruiz, senior conciliator, Coastal Mediation Service; Tom Berg, chairperson, Bayline Shipping.\n\nRUIZ: Good afternoon.', 'Tom Berg', 'Person', 'Tom Berg', 'Bayline Shipping'],
    // … the side's body in lower case after its name, and its short name in brackets.
    ['Speakers: Ana Ruiz, senior conciliator, Coastal Mediation Service; Tom Berg, chairperson, Bayline Shipping board of trustees; Eva Soto, national organiser, Harbour Workers Union (Hawu).', 'Tom Berg', 'Person', 'Tom Berg', 'Bayline Shipping'],
    ['Speakers: Ana Ruiz, senior conciliator, Coastal Mediation Service; Tom Berg, chairperson, Bayline Shipping board of trustees; Eva Soto, national organiser, Harbour Workers Union (Hawu).', 'Eva Soto', 'Person', 'Eva Soto', 'Harbour Workers Union'],
    // A word of grammar that opens an answer opens no name.
    ['Pay talks\n\nQ: Why?\n\nRUIZ: Because Halvor Smith said so.', 'Halvor Smith', 'Person', 'Halvor Smith', undefined],
    // An interview's answer labelled with the name as written in the text.
    ["The Harbour Workers Union and Bayline met in Arica.\n\nWe spoke to Ana Ruiz, general secretary of the Harbour Workers Union.\n\nPay Weekly: What do you want?\n\nRuiz: We want the night shift paid double.", 'We', 'Person', 'Ana Ruiz', 'Harbour Workers Union'],
    // Pronouns and definite descriptions.
    ['Iranian Foreign Minister Abbas Araghchi arrived. He said the talks were useful.', 'He', 'Person', 'Abbas Araghchi', 'Iran'],
    ['Abbas Araghchi, who leads the Iranian delegation, arrived. The Iranian negotiator was upbeat.', 'The Iranian negotiator', 'Person', 'Abbas Araghchi', 'Iran'],
    ['Omani Foreign Minister Badr Albusaidi hosted the talks. The minister said both sides were serious.', 'The minister', 'Person', 'Badr Albusaidi', 'Oman'],
    // A side's office with a field of two words before the name; an occupation after a side's possessive; a body named
    // after the words that describe it, not the city among them.
    ["The Harbour Workers Union and Bayline Shipping met in Arica. Bayline's director of public affairs, Rita Mora, said the firm would wait.", 'Rita Mora', 'Person', 'Rita Mora', 'Bayline Shipping'],
    ["The Harbour Workers Union and Bayline Shipping met in Arica. Marta Soto, the union's lawyer, said the strike would go on.", 'Marta Soto', 'Person', 'Marta Soto', 'Harbour Workers Union'],
    ['The Harbour Workers Union and Bayline Shipping met in Arica. Pedro Lago, a shipping analyst at the Lima brokerage Tarvo Securities, said the gap was small.', 'Pedro Lago', 'Person', 'Pedro Lago', 'Tarvo Securities'],
    // A person named before "of" and a body that ends in its head: no organisation of that whole name; an occupation
    // in capitals before the name is no part of it.
    ['The Harbour Workers Union and Bayline Shipping met in Arica. Pedro Lago of Tarvo Securities said both sides would lose.', 'Pedro Lago', 'Person', 'Pedro Lago', 'Tarvo Securities'],
    // A museum, a hospital, an orchestra negotiate as sides.
    ['Peru and the Varden Museum of Hamburg ended a second round of talks in Lima.', 'Varden Museum of Hamburg', 'Party', 'Varden Museum of Hamburg', 'Varden Museum of Hamburg'],
    // Words that end the names of firms of land and building ("Homes", "Properties") make a company.
    ['A mediator met Kestrel Homes and the Varden Tenants Association in Lima.', 'Kestrel Homes', 'Party', 'Kestrel Homes', 'Kestrel Homes'],
    ['The Harbour Workers Union and Bayline Shipping met in Arica. Economist Rosa Paz of Varden University said both sides would lose.', 'Rosa Paz', 'Person', 'Rosa Paz', 'Varden University'],
    // A capital before "-based" is where a body sits; the government of a republic named in full is the state.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Rosa Tarvo, a researcher at a Lima-based institute, said no.', 'Lima', 'Place', 'Lima', 'Peru'],
    ['The Government of the Republic of Peru and the Tarvo Liberation Front signed a truce.', 'The Government', 'Party', 'Peru', 'Peru'],
    // A kind noun names the organisation whose name holds it before the one the sentence named.
    ['Tarvo Sports and the Atlantic Rugby League met in Dublin. Tarvo, represented by its head of rights Ana Ruiz, said the league wanted too much.', 'the league', 'Party', 'Atlantic Rugby League', 'Atlantic Rugby League'],
    // "Government" without its article, opening a story under a dateline, is the dateline's state.
    ['LIMA – Government and two public service unions signed a wage agreement on Tuesday.', 'Government', 'Party', 'Peru', 'Peru'],
    // A firm's name in the possessive before a person's is the firm's; "Management" ends a firm's name.
    ["Peru and its bondholders met in Lima. The bondholders' committee, chaired by Kestrel Asset Management's Ana Ruiz, agreed.", 'Kestrel Asset Management', 'Party', 'Kestrel Asset Management', 'Kestrel Asset Management'],
    // An acronym set off by commas after a kind noun names an organisation of that kind.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The crane drivers\' union, CDRA, signed nothing.', 'CDRA', 'Party', 'CDRA', 'CDRA'],
    // "The minister" in a transcript is the minister named, not who asked the question; a title in capitals labels a speaker.
    ['PROF. ADEYEMI: We met the Minister of Education, Dr Bola Ade, today.\n\nREPORTER (Harbour Bulletin): Was an offer made?\n\nPROF. ADEYEMI: The minister offered four months.', 'The minister', 'Person', 'Bola Ade', undefined],
    // "The minister" is the person named as minister, rather than one named later without an office.
    ["Nurses' leader on the offer\n\nHealth Minister Tom Hale has offered nurses 3 per cent. Ana Ruiz leads the Harbour Nurses Union.\n\nQ: Why did members reject it?\n\nRUIZ: It is too low.\n\nQ: The minister says the offer is fair.\n\nRUIZ: It is not.\n\nQ: Will you strike?\n\nRUIZ: Yes.", 'The minister', 'Person', 'Tom Hale', undefined],
    // "the company" after a firm was named is that firm, not a side at the table of no known kind.
    ['The Tallgrass Lake First Nation met Ontario and Northern Reef Resources Inc. in Thunder Bay. The Nation welcomes the company\'s commitment to hire local workers.', 'the company', 'Party', 'Northern Reef Resources', 'Northern Reef Resources'],
    // A legal form says a firm is one, though its name left does not.
    ['The Concejo Municipal of Cali and the concessionaire Aguas del Valle SA ESP met on Tuesday. The council rejected the offer. Later the company said it would invest more.', 'the company', 'Party', 'Aguas del Valle', 'Aguas del Valle'],
    // A transcript's paragraph with no label, in the first person, goes on in the words of the speaker labelled last.
    ["Lecturers meet the ministry\n\nThe Harbour Lecturers Union saw the Ministry of Education in Abuja on Monday. Speaking was the union's president, Professor Ade Adeyemi.\n\nPROF. ADEYEMI: Good afternoon. Our executive met the minister today.\n\nOur position is simple. The government made a pledge in 2023. It has not kept it. We demand that all arrears be paid.\n\nREPORTER (Daily Post): Will you strike?\n\nPROF. ADEYEMI: Not yet.", 'We', 'Person', 'Ade Adeyemi', 'Harbour Lecturers Union'],
    // An interview is with the person named after "we spoke to", past a description of them.
    ["Doctors' spokesperson on the standoff\n\nThe Harbour Doctors Association is negotiating with the ministry, brokered by Ana Ruiz, a lawmaker who heads the health committee. I spoke with the association's spokesman, Dr. Tom Hale.\n\nQ: What do you want?\n\nA: We want a neutral panel to count doctors.\n\nQ: Will you strike?\n\nA: Yes.", 'We', 'Person', 'Tom Hale', 'Harbour Doctors Association'],
    // "We" in a quotation after "said:" is the speaker who opens the sentence before an aside, not a state the aside names.
    ['Farmers block roads\n\nFarmers blocked roads on Monday. But Ana Ruiz, who is president of the Tarvo Growers Union, one of Chile\'s largest farm groups, said: "This is not about trade – we want fair prices."', 'we', 'Person', 'Ana Ruiz', 'Tarvo Growers Union'],
    // "We" in a quotation after a colon is the one person who opens the sentence, not the body named last.
    ['The Harbour Players Union and the Tarvo League met with a federal mediator. Tom Hale walked out to talk to the press: "We will never take a salary cap."', 'We', 'Person', 'Tom Hale', undefined],
    // "The enterprise", as translations write a firm, is the one firm at the table.
    ['The Harbour Dockers Union and Kestrel Handling SA met on Monday. The enterprise offered a rise of 3 percent.', 'The enterprise', 'Party', 'Kestrel Handling', 'Kestrel Handling'],
    // "The federation" is the one federation named, whatever its members' kind; a verb in -s before "to" is no noun.
    ["The Chilean Federation of Grain Producers (CFGP) walked out of talks at the farm ministry. We met the federation's president, Tom Hale, on Monday.", 'Tom Hale', 'Person', 'Tom Hale', 'Chilean Federation of Grain Producers'],
    ['The Harbour Workers Union met Bayline Shipping on Monday. The company plans to cut overtime pay.', 'The company', 'Party', 'Bayline Shipping', 'Bayline Shipping'],
    // A Korean given name written first, its second syllable glued by a hyphen, before the surname.
    ["Kestrel Pharma and the insurer met in Seoul. Kestrel's bargaining team was headed by Seung-woo Baek, its general manager.", 'Seung-woo Baek', 'Person', 'Seung-woo Baek', undefined],
    // An academic title after an office is no part of the name.
    ['The Harbour Lecturers Union met the university. Vice-Chancellor Professor Tom Hale has issued a statement.', 'Tom Hale', 'Person', 'Tom Hale', undefined],
    // The interview is with the one the paper spoke to by video link; the answers' "we" is that person's.
    ["Rebels talk\n\nThe Tarvo Front met Chile in Lima. Ana Ruiz, a Chilean facilitator, chaired the round. We talked by phone with Eva Lind, who leads the movement's bargaining panel.\n\nQ: What do you want?\n\nA: We want a ceasefire.", 'We', 'Person', 'Eva Lind', undefined],
    // One who spoke to a paper named as people are is the one the interview is with, not the paper.
    ["Mayor on the bus strike\n\nMayor Ana Ruiz has been hosting both the Harbour Drivers Union and the Varden Transit Authority. She spoke to the Tarvo Ledger on Thursday.\n\nQ: Will the city pay?\n\nA: No. I have ruled out paying any part of the wage deal from the city budget.", 'I', 'Person', 'Ana Ruiz', undefined],
    // The person named after "whose", an office and "is", holds that office of the side named before.
    ['The Tarvo Party met the centrists of Alliance Harbour (AH), whose president is Ana Ruiz. Alliance Harbour rejected the plan.', 'Ana Ruiz', 'Person', 'Ana Ruiz', 'Alliance Harbour'],
    // "Cllr", as councillors are titled, is their office, no part of the name.
    ['Nurses and the health board met in Limerick. Cllr Tom Ryle said both sides should keep talking.', 'Tom Ryle', 'Person', 'Tom Ryle', undefined],
    // A word of places that is also a surname ends a name after an office, or before a verb of saying; an office's
    // first word ends the run of names before it.
    ['Prime Minister Ana May said on Friday the offer stands.', 'Ana May', 'Person', 'Ana May', undefined],
    ['Health Minister Tom Lake said on Friday the offer stands.', 'Tom Lake', 'Person', 'Tom Lake', undefined],
    ['Varden Health Minister Tom Vale said on Friday the offer stands.', 'Tom Vale', 'Person', 'Tom Vale', undefined],
    // "The local" is the union's local named before.
    ['Drivers belong to Local 512 of the Harbour Federation of Bus Employees. Since then the local has held two strike votes.', 'the local', 'Party', 'Local 512', 'Local 512'],
  ])('%s: "%s" is %s %s', (text, surface, type, canonical, party) => {
    const mentions = mentionsOf(text);
    const found = mentions.filter((m) => m.text === surface);
    expect(found.map((m) => [m.type, m.canonical, m.party]), show(mentions)).toContainEqual([type, canonical, party]);
  });

  it('reads no person in the words of a state before an office and its holder ("Varden Health Minister Tom Vale")', () => {
    expect(mentionsOf('Varden Health Minister Tom Vale said on Friday the offer stands.').filter((m) => m.type === 'Person').map((m) => m.text)).toEqual(['Tom Vale']);
  });

  it('reads a kind noun that opens the sentence with its capital ("Carmaker Tarvo") as the kind of the name after it, not a person\'s name', () => {
    const mentions = mentionsOf('Carmaker Tarvo reached a deal with the Kestrel Metalworkers Union on Monday. Tarvo said the deal ends the strike.');
    expect(mentions.filter((m) => m.type === 'Person').map((m) => m.text), show(mentions)).toEqual([]);
    expect(mentions.filter((m) => m.text === 'Tarvo').map((m) => m.type), show(mentions)).toEqual(['Party', 'Party']);
  });

  it('reads the letters of a state after a currency sign, before a figure ("$US 5 million"), as no state', () => {
    const mentions = mentionsOf('Kestrel Mining offered a bonus of about $US 5 million on Monday.');
    expect(mentions.filter((m) => m.canonical === 'United States'), show(mentions)).toEqual([]);
  });

  it('reads a newspaper named with a street, and the title under a byline, as no person or place', () => {
    const mentions = mentionsOf('The Kestrel Street Journal reported that Bayline Foods stopped supplying Tarvo Stores. A Bayline Foods spokesman said talks had failed.\n\nBy: Ana Ruiz\n\nVarden Media Senior Deputy Editor Online');
    expect(mentions.filter((m) => m.type === 'Person' || m.type === 'Place').map((m) => m.text), show(mentions)).toEqual([]);
  });

  it('reads "they" in a quotation whose speaker says "us" as the other side at the table only', () => {
    const mentions = mentionsOf('Bayline Shipping and the Harbour Workers Union met in Arica on Monday. "They want our south quay, and all they put up is a bonus," said union leader Tom Berg.');
    expect(mentions.filter((m) => m.text === 'They').map((m) => m.canonical), show(mentions)).toEqual(['Bayline Shipping']);
  });

  it('gives a person with an office who says what "the university" wants that side, but not a go-between', () => {
    const mentions = mentionsOf('Talks between Kestrel University and the Graduate Workers Union resumed in Leeds. Provost Helen Marsh told reporters the university needed a deal before exams. Mediator Ana Ruiz said the union wanted more time.');
    expect(mentions.filter((m) => m.type === 'Person').map((m) => [m.canonical, m.party]), show(mentions)).toEqual([['Helen Marsh', 'Kestrel University'], ['Ana Ruiz', undefined]]);
  });

  it('reads no company in the portfolio of a ministry named beside one', () => {
    const mentions = mentionsOf("Kestrel Pharma and Chile's Ministry of Health signed a licence.");
    expect(mentions.filter((m) => m.canonical === 'Kestrel Pharma').map((m) => m.text), show(mentions)).toEqual(['Kestrel Pharma']);
  });

  it.each([
    ['the bloc alone', 'Trade talks between Mercosur and Japan resumed in Tokyo. The bloc turned down the beef quota.', 'The bloc', 'Mercosur'],
    ['a figure before it', 'Chile met the European Union in Santiago. The 27-nation bloc turned down the copper tariff.', 'The 27-nation bloc', 'European Union'],
    ['a word in lower case before it', 'Japan met the European Union in Osaka. The trading bloc turned down the rice quota.', 'The trading bloc', 'European Union'],
    ['a group of states its name says it is', 'The Alliance of Coastal States met Norway in Bergen. The bloc turned down the quota.', 'The bloc', 'Alliance of Coastal States'],
    ['the group of states named last', 'Mercosur met Japan in Tokyo. Later the European Union met Japan too. The bloc turned down the rice quota.', 'The bloc', 'European Union'],
  ])('reads "the bloc" as the group of states named last: %s', (_what, text, phrase, side) => {
    const mentions = mentionsOf(text);
    expect(mentions.find((m) => m.text === phrase)?.canonical, show(mentions)).toBe(side);
  });

  it('reads "the bloc" as no side where the article names no group of states', () => {
    const mentions = mentionsOf('Chile met Japan in Osaka. The bloc of votes behind the deal grew.');
    expect(mentions.filter((m) => /bloc/i.test(m.text)), show(mentions)).toEqual([]);
  });

  it("gives the office after a group of states' possessive that group: \"the bloc's lead negotiator\"", () => {
    const mentions = mentionsOf("Chile met the European Union in Santiago. The bloc's lead negotiator, Karin Lepp, turned down the copper tariff.");
    expect(mentions.find((m) => m.text === 'Karin Lepp')?.party, show(mentions)).toBe('European Union');
  });

  it('reads "the two" before its verb as the two sides', () => {
    const mentions = mentionsOf('Chile and Peru met in Lima. Mediators looked on as the two signed the accord.');
    expect(mentions.filter((m) => m.text === 'the two').map((m) => m.canonical).sort(), show(mentions)).toEqual(['Chile', 'Peru']);
  });

  it('reads "the three parties" as the three sides the article names most', () => {
    const mentions = mentionsOf('The Labour Party, the Green Party and the Farmers Party held talks in Oslo. The three parties agreed to raise the minimum wage.');
    expect(mentions.filter((m) => m.via === 'group').map((m) => m.canonical).sort(), show(mentions)).toEqual(['Farmers Party', 'Green Party', 'Labour Party']);
  });

  it('reads "the union" as the union the article names, even later, before an organisation of unknown kind', () => {
    const mentions = mentionsOf('Kestrel Foods made an offer. The union rejected it. The Harbour Workers Union met on Friday.');
    expect(mentions.find((m) => m.text === 'The union')?.canonical, show(mentions)).toBe('Harbour Workers Union');
  });

  it.each([
    ['Talks between Kestrel Foods and the Harbour Workers Union resumed. The union negotiators were critical of the offer.', 'The union negotiators'],
    ["Talks between Kestrel Foods and the Harbour Workers Union resumed. The union's bargaining team declined to recommend the offer.", "The union's bargaining team"],
  ])('%s: "%s" is the union\'s delegation', (text, surface) => {
    const mentions = mentionsOf(text);
    const team = mentions.find((m) => m.text.replace(/\s+/g, ' ') === surface.replace(" 's", "'s") || m.text === surface);
    expect(team?.type, show(mentions)).toBe('Delegation');
    expect(team?.party).toBe('Harbour Workers Union');
  });

  it.each([
    ['LIMA, 9 November (Andes Wire) – Chile and Peru met on Monday.', 'Andes Wire'],
    ['QUITO (Ecuador Daily) - Ecuador and its creditors met.', 'Ecuador Daily'],
    ['Special Envoy said the talks went well.', 'Special Envoy'],
    // "the capital" is a city, though firms call themselves "Capital".
    ['Bayline Shipping and the Harbour Workers Union met on the outskirts of the capital.', 'the capital'],
    ['Bayline Shipping and the Thames Water company met. "Now we will watch the water ourselves," the union said.', 'the water'],
    // The words before a second office in apposition are its portfolio; a word in lower case is no person of that surname.
    ["Chile and Peru met in Lima. The Peruvian delegation's leader, Water Minister Edith Kamau, spoke.", 'Water'],
    // A side's name where an office holder's would stand, and the capitalised sides of a treaty's text.
    ["Guests: Owain Delacourt, general secretary, Harbour Pilots' Union; Petra Marwick, chief operating officer, Bayline Air", 'Harbour Pilots'],
    ['Korea and Mexico met in Seoul (hereinafter "the Parties"). The Parties agreed to meet again.', 'Parties'],
    ['Chile and Peru met in Lima. Ana Hills led the Chilean delegation. Anyone who has walked those hills knows the border.', 'hills'],
    // A title held by one person is no one's whose office the article has not given.
    ['The union met the Lima school board. One board member, Carla Ocampo, said she would oppose it. The offer made before the mayor stepped in was 3 percent.', 'the mayor'],
  ])('%s: "%s" is no person nor side', (text, surface) => {
    const mentions = mentionsOf(text);
    expect(mentions.filter((m) => m.text === surface), show(mentions)).toEqual([]);
  });

  it.each([
    ['Colombia and the ELN met in Havana. The guerrillas rejected the plan.', 'The guerrillas', 'ELN'],
    // Kidnappers who take a stance are the article's armed group.
    ['Mali and the Northern Liberation Front met in Algiers. The kidnappers asked a ransom of 3 million dollars.', 'kidnappers', 'Northern Liberation Front'],
    // A league named in another language's word order.
    ['Talks between the Liga Profesional de Remo and the rowers resumed. The league rejected the offer.', 'The league', 'Liga Profesional de Remo'],
    ['Colombia and the ELN met in Havana. The rebel group will halt attacks.', 'The rebel group', 'ELN'],
    ['Talks between the Sudanese army and the RSF resumed. The RSF said no. The army said yes.', 'The army', 'Sudanese army'],
  ])('%s: "%s" is %s', (text, surface, party) => {
    const mentions = mentionsOf(text);
    expect(mentions.find((m) => m.text === surface)?.canonical, show(mentions)).toBe(party);
  });

  it('reads "both sides" as the two sides of the negotiation', () => {
    const mentions = mentionsOf('Iran and the United States held talks in Muscat. Both sides agreed to meet again.');
    expect(mentions.filter((m) => m.via === 'group').map((m) => m.canonical).sort(), show(mentions)).toEqual(['Iran', 'United States']);
  });

  it('reads "they" after "the two sides" in the same sentence as both sides', () => {
    const mentions = mentionsOf('The United States and China agreed to cut tariffs. Trump said the United States would not accept a bad deal. A month later, the two sides met again in London, where they agreed on a framework.');
    expect(mentions.filter((m) => m.via === 'pronoun').map((m) => m.canonical).sort(), show(mentions)).toEqual(['China', 'United States']);
  });

  it('reads a headline\'s kind noun without its article as the side of that kind, and a short name opening a compound as none', () => {
    const text = 'Rail strike talks collapse as union rejects offer\n\nTalks between the Harbour Workers Union and Northern Rail broke down on Tuesday.';
    const headline = annotateArticle(articleFromText(`${text}\n`, 'test.txt'))[0]!.mentions;
    expect(headline.map((m) => `${m.text}→${m.canonical}`), show(headline)).toEqual(['union→Harbour Workers Union']);
    const acting = annotateArticle(articleFromText('Union demands 9 percent raise\n\nThe Harbour Workers Union met Northern Rail.\n', 'test.txt'))[0]!.mentions;
    expect(acting.map((m) => m.canonical), show(acting)).toEqual(['Harbour Workers Union']);
  });

  it('reads "we" in a quotation that goes on in the words of a body the text does not name as no side named before', () => {
    const text = 'The Harbour Workers Union met Bayline Shipping on Monday. The union rejected the pay offer. The ministry said the strike was "deeply disappointing."\n\n"We made a fair offer and remain open to talks."';
    const we = mentionsOf(text).filter((m) => m.text === 'We');
    expect(we.map((m) => m.canonical), show(we)).toEqual([]);
  });

  it('reads "we" in a quotation as the speaker named in apposition after it, before the verb', () => {
    const text = 'Chile, Peru, Ecuador and Saudi Arabia met in Lima. "We cannot sign up to any quota," the Saudi delegate, Ana Ruiz, told the plenary.';
    const we = mentionsOf(text).filter((m) => m.text === 'We');
    expect(we.map((m) => m.canonical), show(we)).toEqual(['Ana Ruiz']);
  });

  it('reads "it" as no side named in the plural, nor as another side when a body of no name says it', () => {
    const plural = mentionsOf('Chile and the rebels met in Arica. The rebels demanded a ransom. It was refused.');
    expect(plural.filter((m) => m.via === 'pronoun').map((m) => m.canonical), show(plural)).toEqual([]);
    const body = mentionsOf('The Tarvo Fishers League and Bayline Shipping met in Arica. The League demanded a quota. The government said it would not pay.');
    expect(body.filter((m) => m.via === 'pronoun').map((m) => m.canonical), show(body)).toEqual([]);
  });

  it('reads "it" after a verb of saying as the body that speaks, past a clause on it and a phrase after the verb', () => {
    const it = mentionsOf(
      'Kestrel Energia met the Tarvo Growers Cooperative in Arica. The Tarvo Growers Cooperative, which buys from farmers in Chile and Peru, said in a statement on Monday that it had accepted the price.',
    ).filter((m) => m.text === 'it');
    expect(it.map((m) => m.canonical), show(it)).toEqual(['Tarvo Growers Cooperative']);
  });

  it('reads the holder of an office and no person in the portfolio after it, nor in the word that closes a joined office', () => {
    const mentions = mentionsOf(
      'Kestrel Minerals and the Tarvo Lake First Nation met. "We are pleased," said Tom Berg, President and Chief Executive Officer at Kestrel. The team was headed by Ana Ruiz, the Company\'s Vice President, Trade and Community Relations.\n\nMegan Toll, Vice President, Investor Relations',
    );
    expect(mentions.filter((m) => m.type === 'Person').map((m) => m.canonical), show(mentions)).not.toContain('Officer');
    expect(mentions.filter((m) => m.type === 'Person' && /Relations|Sustainability/.test(m.canonical)), show(mentions)).toEqual([]);
    expect(mentions.find((m) => m.canonical === 'Tom Berg' && m.via === 'name')?.office, show(mentions)).toBe('President and Chief Executive Officer at Kestrel');
  });

  it('reads a ministry across the table from a union as a side of its own, and "the ministry" as that one', () => {
    const mentions = mentionsOf(
      'LIMA, Peru — Schools closed after the Tarvo Teachers Union turned down a pay offer made by the Ministry of Education. On Monday the ministry had offered to add 250 soles a month. The Finance Ministry said nothing.',
    );
    expect(mentions.find((m) => m.text === 'Ministry of Education')?.canonical, show(mentions)).toBe('Ministry of Education');
    expect(mentions.find((m) => m.text === 'the ministry')?.canonical, show(mentions)).toBe('Ministry of Education');
    // (In talks between states, a state's ministry is the state.)
    const states = mentionsOf("Chile and Peru met in Lima. Chile's Ministry of Trade proposed a quota.");
    expect(states.find((m) => /Ministry of Trade/.test(m.text))?.canonical, show(states)).toBe('Chile');
  });

  it('reads "the sheikh" as the person whose name opens with that title, and "he" after it as that person', () => {
    const mentions = mentionsOf('Chile and the Northern Front met. Sheikh Omar Haddad, the grand imam of the city, mediates. The Front\'s team is led by Karim Osei. The sheikh has plans of his own. He wants the rebels to release the doctor first.');
    expect(mentions.filter((m) => /^(The sheikh|He)$/.test(m.text)).map((m) => [m.canonical, m.office]), show(mentions)).toEqual([
      ['Sheikh Omar Haddad', 'grand imam of the city'],
      ['Sheikh Omar Haddad', 'grand imam of the city'],
    ]);
  });

  it('reads the answers of an interview as the person its introduction says it spoke to, not a person named before', () => {
    const text = [
      'Talks resumed on Friday, with retired judge Tom Vale sitting in as mediator. We spoke to Ana Ruiz, executive director of the Tarvo Growers Guild, the day after.',
      'Q: How are the talks going?',
      'A: We still want a fair base price.',
    ].join('\n\n');
    const we = mentionsOf(text).filter((m) => m.text === 'We' && m.start > text.indexOf('A:'));
    expect(we.map((m) => m.canonical), show(mentionsOf(text))).toEqual(['Ana Ruiz']);
  });

  it('reads "we" in the answers of an interview printed without labels as the interviewee', () => {
    const text = [
      'Growers who supply Kestrel Foods have argued with the processor since June. We met Tarvo Growers Guild chair Ana Ruiz, who leads the guild\'s team, after the fourth meeting.',
      'How did the meeting go?',
      'Slowly. Kestrel came with its finance director, Tom Vale, this time. We still want a fair base price.',
      'What is Kestrel offering?',
      'A small premium. We told them it was not enough.',
    ].join('\n\n');
    const we = mentionsOf(text).filter((m) => m.text === 'We' && m.start > text.indexOf('Slowly'));
    expect(we.map((m) => m.canonical), show(mentionsOf(text))).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('reads "it" as the object of a verb as no side', () => {
    const mentions = mentionsOf('The Tarvo Transit Union met Bayline Rail. The company made an offer. The union turned it down at once.');
    expect(mentions.filter((m) => m.text === 'it'), show(mentions)).toEqual([]);
  });

  it('reads no side in a region larger than a state whose last word names the state', () => {
    const mentions = mentionsOf('Kestrel Cargo North America has refused those terms.');
    expect(mentions.filter((m) => m.canonical === 'United States'), show(mentions)).toEqual([]);
  });

  it('reads "it" after a participle of saying as the subject of the clause before the comma, not the side named last', () => {
    const it = (text: string) => mentionsOf(text).filter((m) => m.text === 'it').map((m) => m.canonical);
    expect(it("The Tarvo Transit Union rejected Bayline Rail's offer of a 4 percent raise on Monday, saying it wanted 9 percent.")).toEqual(['Tarvo Transit Union']);
    expect(it('On Tuesday, Bayline Rail dismissed the demand of the Tarvo Transit Union, adding it could pay 5 percent.')).toEqual(['Bayline Rail']);
  });

  it('reads "the state government" and a minister of no stated side as the one region of a federation the article names', () => {
    const mentions = mentionsOf(
      "Nurses in Queensland walked out after the Tarvo Nurses Union rejected the state government's offer of 3 percent. Health Minister Ana Ruiz said the offer was fair.",
    );
    expect(mentions.find((m) => m.text === 'the state government')?.canonical, show(mentions)).toBe('Queensland');
    expect(mentions.find((m) => m.text === 'Ana Ruiz')?.party, show(mentions)).toBe('Queensland');
    // (So where the federation is named among the sides as well.)
    const federal = mentionsOf("SYDNEY, Australia — Nurses in Queensland walked out after the Tarvo Nurses Union rejected the state government's offer of 3 percent. Australia's federal government stayed out of the dispute. Australia has a shortage of nurses. Health Minister Ana Ruiz said the offer was fair.");
    expect(federal.find((m) => m.text === 'Ana Ruiz')?.party, show(federal)).toBe('Queensland');
    // (Where the article names two regions, neither.)
    const two = mentionsOf("Nurses in Queensland and Ontario walked out after the Tarvo Nurses Union rejected the state government's offer of 3 percent.");
    expect(two.find((m) => m.text === 'the state government')?.canonical, show(two)).not.toBe('Queensland');
  });

  it('reads "the province" acting as the one region the article names, not a place it speaks of', () => {
    const mentions = mentionsOf(
      'Teachers in Nova Scotia walked out after talks with the Harbour Teachers Guild broke down. The province has offered 4 percent a year. Ana Ruiz speaks for the province\'s bargaining team. Strikes in the province are rare.',
    );
    expect(mentions.find((m) => m.text === 'The province')?.canonical, show(mentions)).toBe('Nova Scotia');
    expect(mentions.find((m) => m.text.startsWith("the province's"))?.party, show(mentions)).toBe('Nova Scotia');
    expect(mentions.some((m) => m.text === 'the province'), show(mentions)).toBe(false);
    // (Where the article names two regions, neither.)
    const two = mentionsOf('Teachers in Nova Scotia and Manitoba walked out. The province has offered 4 percent a year.');
    expect(two.find((m) => m.text === 'The province')?.canonical, show(two)).toBeUndefined();
  });

  it('reads names before a road or a way in lower case as no person', () => {
    const mentions = mentionsOf('Talks resumed. The rebels will withdraw from the Tarvo-Kelle road, Ana Ruiz said. The Varden-Arica highway stays shut.');
    expect(mentions.filter((m) => m.type === 'Person').map((m) => m.canonical), show(mentions)).toEqual(['Ana Ruiz']);
  });

  it('reads "the executive" acting as the side whose name ends in it', () => {
    const mentions = mentionsOf('The Harbour Doctors Guild and the Health Service Executive met in Dublin. The executive has proposed a pay review.');
    expect(mentions.find((m) => m.text === 'The executive')?.canonical, show(mentions)).toBe('Health Service Executive');
  });

  it('reads "the government" as the region at the table, not the federation its places lie in', () => {
    const mentions = mentionsOf(
      'WINNIPEG — The Harbour Teachers Guild settled with the Government of Manitoba on Saturday. The government had refused to discuss class sizes.',
    );
    expect(mentions.find((m) => m.text === 'The government')?.canonical, show(mentions)).toBe('Manitoba');
  });

  it('reads "they" after a person of no known side as the side named before in the sentence, else as the person', () => {
    const they = (text: string) => mentionsOf(text).filter((m) => m.text === 'they');
    const within = they('The Tarvo Fishers League met Bayline Shipping in Arica. Ana Ruiz, who speaks for the crews within the League, said they want a quota.');
    expect(within.map((m) => m.canonical), show(within)).toEqual(['Tarvo Fishers League']);
    const unionFirst = they('The Tarvo Fishers League met Bayline Shipping in Arica. For the League, Ana Ruiz said they want a quota.');
    expect(unionFirst.map((m) => m.canonical), show(unionFirst)).toEqual(['Tarvo Fishers League']);
    const alone = they('The Tarvo Fishers League met Bayline Shipping in Arica. Ana Ruiz said they want a quota.');
    expect(alone.map((m) => m.canonical), show(alone)).toEqual(['Ana Ruiz']);
  });

  it('reads "they" after sides joined by "and" as every one of them, past their short names in brackets and what describes them', () => {
    const they = (text: string) =>
      mentionsOf(text)
        .filter((m) => m.text === 'they')
        .map((m) => m.canonical)
        .sort();
    expect(they('Chile, Peru and Ecuador said they would meet again in May.')).toEqual(['Chile', 'Ecuador', 'Peru']);
    expect(they('The Tarvo Labour Party (TLP), the centrist Harbour Alliance (HA) and the Kestrel Farmers Movement (KFM) said on Monday that they would cut fuel taxes.')).toEqual([
      'Harbour Alliance',
      'Kestrel Farmers Movement',
      'Tarvo Labour Party',
    ]);
    // (No "and", no list: a side named before the speaker in another role is not one of "they".)
    expect(they('Chile, a neighbour of Peru, said they would meet again in May.')).toEqual(['Chile']);
  });

  it('reads a firm described by a demonym and an "-ing" word as the firm, and a ship\'s name as no one', () => {
    const mentions = mentionsOf('Pirates seized a tanker owned by Kestrel Ocean Carriers. The Greek shipping company that owns the MV Tarvo Star refused to pay.');
    expect(show(mentions.filter((m) => m.type === 'Party' || m.type === 'Person'))).toBe(
      ['Kestrel Ocean Carriers → Party Kestrel Ocean Carriers (Kestrel Ocean Carriers) [gazetteer]', 'The Greek shipping company → Party Kestrel Ocean Carriers (Kestrel Ocean Carriers) [description]'].join('\n'),
    );
  });

  it('reads the name of a mine or a field after its noun as no person', () => {
    const mentions = mentionsOf("Kestrel Mining and the Tarvo community met in Lima. The village ended its blockade of Kestrel's copper mine Alto Serrano on Monday.");
    expect(mentions.filter((m) => m.type === 'Person'), show(mentions)).toEqual([]);
  });

  it('reads "the government" as the state a dateline names, where that state is the only one among the sides', () => {
    const text =
      'LIMA — Fishers called off their blockade of roads around Lima after the government agreed to cut the fuel tax. The Tarvo Fishers League and the Coastal Crews Federation had demanded the cut. The government also promised a fund.';
    const governments = mentionsOf(text).filter((m) => /government/i.test(m.text));
    expect(governments.map((m) => m.canonical), show(governments)).toEqual(['Peru', 'Peru']);
  });

  it('reads "the unions" as the unions named so far, by their names or the kind an apposition gives them', () => {
    const text =
      "LIMA — The leaders of the FTTA, the largest fishers' union, and the Coastal Crews Union met ministers. The unions had demanded a fuel subsidy. The Tarvo Rural Front, a smaller and more radical union, rejected the deal.";
    const mentions = mentionsOf(text);
    const unions = mentions.filter((m) => m.text === 'The unions');
    expect(unions.map((m) => m.canonical).sort(), show(mentions)).toEqual(['Coastal Crews Union', 'FTTA']);
    const largest = mentions.filter((m) => m.text === "the largest fishers' union");
    expect(largest.map((m) => m.canonical), show(mentions)).toEqual(['FTTA']);
    expect(mentions.filter((m) => m.text === 'Tarvo Rural Front').map((m) => m.type)).toEqual(['Party']);
  });

  it('reads a kind or a head after a word of a name found ("the hospital group", "the transit authority") as that organisation, and its delegation as its team', () => {
    const mentions = mentionsOf("The Harbour Nurses Union and the Kestrel Hospital Group resumed talks. The hospital group rejected the offer. The hospital group's delegation, under Tom Hale, came late.");
    expect(mentions.filter((m) => /^The hospital group/.test(m.text)).map((m) => `${m.type} ${m.canonical}`), show(mentions)).toEqual(['Party Kestrel Hospital Group', 'Delegation Kestrel Hospital Group delegation']);
    // (So before the head of a name of no kind: "the transit authority".)
    const authority = mentionsOf("The Varden Transit Workers' Union and the Varden Metropolitan Transit Authority met in Leeds. The union wants a raise. The transit authority wants new rosters.");
    expect(authority.filter((m) => /^(the )?transit authority$/i.test(m.text)).map((m) => m.canonical), show(authority)).toEqual(['Varden Metropolitan Transit Authority']);
  });

  it('reads "both sides" as the two at the table once "the company" is read, not the state where the story happens', () => {
    const text = [
      'Tobacco growers and buyers face off',
      'KASUNGU, Malawi – Tobacco earns Malawi more than anything else. Farmers in Malawi wait for the floors to open.',
      'On one side is the Harbour Growers\' Association. On the other is the biggest buyer, Kestrel Leaf Company. The association wants a floor price of $2.40. The company put $1.85 on the table. The association rejected that offer. The company wants a lower moisture limit. The company said prices must fall.',
      'Both sides have agreed to let neutral graders check the bales.',
    ].join('\n\n');
    const mentions = mentionsOf(text);
    expect(mentions.filter((m) => m.text === 'Both sides').map((m) => m.canonical).sort(), show(mentions)).toEqual(["Harbour Growers' Association", 'Kestrel Leaf Company']);
  });

  it('reads "our" with a body of a side in an answer as the side of who answers, not the other side\'s body of that name', () => {
    const text = "Rail talks\n\nContract talks between the National Carriers Bargaining Committee and the Harbour Rail Workers Union have dragged on. We spoke to Ana Ruiz, the union's chief negotiator.\n\nQ: And the response?\n\nRuiz: The National Carriers Bargaining Committee put 17 percent on the table. Our bargaining committee refused it in June. Our members' patience is short. Our delegation is headed by Tom Hale.";
    const mentions = mentionsOf(text);
    expect(mentions.filter((m) => /^Our /.test(m.text)).map((m) => `${m.type} ${m.text}: ${m.canonical}`), show(mentions)).toEqual([
      'Party Our bargaining committee: Harbour Rail Workers Union',
      'Delegation Our delegation: Harbour Rail Workers Union delegation',
    ]);
  });

  it('reads "the department" as the ministry named, and officials who open a sentence as the government across from a union', () => {
    const text = 'Talks between the Harbour Officers Association and the Ministry of Labour ended on Tuesday. The department rejected a fixed ratio. Officials have proposed to hire 400 guards. Union officials said no.';
    const mentions = mentionsOf(text);
    expect(mentions.filter((m) => /^(The department|Officials)$/.test(m.text)).map((m) => `${m.text}: ${m.canonical}`), show(mentions)).toEqual(['The department: Ministry of Labour', 'Officials: Ministry of Labour']);
    // (Not where no ministry is named, nor where the other side is a state too.)
    const states = mentionsOf('Chile and Peru met in Lima. The department rejected the plan. Officials have offered a truce.');
    expect(states.filter((m) => /^(The department|Officials)$/.test(m.text)), show(states)).toEqual([]);
  });

  it('reads "the unions" before a stance verb the tagger took for a noun, and "the trade unions", as the unions named', () => {
    const text = 'The Harbour Dockers Union and the Kestrel Pilots Union met Bayline Shipping in Genoa. The unions demand the end of split shifts. The trade unions have refused the one-off payment.';
    const mentions = mentionsOf(text);
    expect(mentions.filter((m) => m.text === 'The unions').map((m) => m.canonical).sort(), show(mentions)).toEqual(['Harbour Dockers Union', 'Kestrel Pilots Union']);
    expect(mentions.filter((m) => m.text === 'The trade unions').map((m) => m.canonical).sort(), show(mentions)).toEqual(['Harbour Dockers Union', 'Kestrel Pilots Union']);
  });

  it('reads "the union" as the union named by its kind before its acronym, not a body of employers named "Union of …"', () => {
    const mentions = mentionsOf("Greek seamen's union PNO called off a strike. The union had demanded 10%. The Union of Greek Shipowners offered 5%.");
    const union = mentions.filter((m) => m.text === 'The union');
    expect(union.map((m) => m.canonical), show(mentions)).toEqual(['PNO']);
  });

  it('reads "the district" as the school system named "… Public Schools"', () => {
    const mentions = mentionsOf('Teachers in Varden Public Schools stayed off the job after the district and the union failed to agree. The district has offered 3% a year.');
    const district = mentions.filter((m) => /district/i.test(m.text));
    expect(district.map((m) => m.canonical), show(mentions)).toEqual(['Varden Public Schools', 'Varden Public Schools']);
  });

  it('keeps two people of one surname apart when their first names differ; an initial, or the surname alone, is the one named last', () => {
    const people = mentionsOf('Ana Ruiz and Carla Ruiz met in Lima. A. Ruiz said no. Per Ruiz, the talks failed.').filter((m) => m.type === 'Person');
    expect(people.map((m) => `${m.text}→${m.canonical}`)).toEqual(['Ana Ruiz→Ana Ruiz', 'Carla Ruiz→Carla Ruiz', 'A. Ruiz→Ana Ruiz', 'Ruiz→Ana Ruiz']);
  });

  it('reads no one in a member\'s party letter and state, also where a sentence ends in a name and a comma', () => {
    expect(mentionsOf('Republicans and the White House met. Speaker Ana Lind, R-Ohio, said a deal was possible.').filter((m) => m.type === 'Person').map((m) => m.canonical)).toEqual(['Ana Lind']);
    expect(mentionsOf('Chile and Peru met. The deal was signed by Ana Lind,').filter((m) => m.type === 'Person').map((m) => m.canonical)).toEqual(['Ana Lind']);
  });

  it('reads a family name after "al-" as the person\'s, though a side bears it', () => {
    const mentions = mentionsOf('Saudi Arabia and the Houthis met in Riyadh. Salem Nasser al-Houthi, who chairs the Houthi political council, said talks went on.');
    expect(mentions.filter((m) => m.type === 'Person').map((m) => m.canonical)).toEqual(['Salem Nasser al-Houthi']);
  });

  it('reads a first name that is also a place before a surname as a person when the person speaks or holds an office, and not a city\'s newspaper', () => {
    const mentions = mentionsOf('Chile and Peru met. Jordan Reyes said no. Georgia Lind, a lawyer, agreed. The Lima Herald said the talks failed. Jordan Reyes rejected the plan.');
    expect(mentions.filter((m) => m.type === 'Person').map((m) => m.canonical)).toEqual(['Jordan Reyes', 'Georgia Lind', 'Jordan Reyes']);
  });

  it('reads a name of capitalised nouns of action as no person', () => {
    const mentions = mentionsOf('The accord does not replace the Coastal Trawling Prohibition and Harbour Regulation Law. Trawling corridors will open.');
    expect(mentions.filter((m) => m.type === 'Person')).toEqual([]);
  });

  it('names each of two coordinated delegations', () => {
    const mentions = mentionsOf('Armenian and Azerbaijani delegations met in Washington.');
    expect(mentions.filter((m) => m.type === 'Delegation').map((m) => m.canonical), show(mentions)).toEqual(['Armenian delegation', 'Azerbaijani delegation']);
  });

  it.each<[string, string]>([
    ['US officials said us diplomats were not involved.', 'us'],
    ['Florence Mbeki said the mediators were tired.', 'Florence'],
    ['The talks resumed in May after a pause.', 'May'],
  ])('%s: "%s" names no place or party', (text, surface) => {
    const mentions = mentionsOf(text);
    expect(mentions.filter((m) => m.text === surface && (m.type === 'Place' || m.type === 'Party')), show(mentions)).toEqual([]);
  });
  it.each<[string, string]>([
    ['On Monday the two sides signed the Arica Declaration on Fishing Grounds.', 'Arica Declaration'],
    ['Both governments still refer to the Valdivia Protocol.', 'Valdivia Protocol'],
    ['Talks resume after Easter Monday in the capital.', 'Easter Monday'],
  ])('%s: "%s" names a text or a time, not a person', (text, surface) => {
    const mentions = mentionsOf(text);
    expect(mentions.filter((m) => m.type === 'Person' && m.text.includes(surface)), show(mentions)).toEqual([]);
  });
});

describe('annotateArticle: members of a delegation', () => {
  it.each<[string, string, string]>([
    ['Peru sent the Peruvian delegation, which included Major General Ana Ruiz and Ambassador Luis Prado, while Chile waited.', 'Luis Prado', 'Peru'],
    ['The delegation of the Northern Liberation Front came later, and the delegation also included Tomas Vidal, an adviser.', 'Tomas Vidal', 'Northern Liberation Front'],
    ['The Chilean delegation consisted of Marta Solis and Pedro Araya.', 'Pedro Araya', 'Chile'],
  ])('%s → %s speaks for %s', (text, person, party) => {
    const mentions = mentionsOf(text);
    expect(mentions.find((m) => m.type === 'Person' && m.canonical === person)?.party, show(mentions)).toBe(party);
  });

  it('gives no side to people named after a delegation without a list', () => {
    const mentions = mentionsOf('The Peruvian delegation met Ana Ruiz, who said the talks would go on.');
    expect(mentions.find((m) => m.canonical === 'Ana Ruiz')?.party, show(mentions)).toBeUndefined();
  });

  it('reads no person and no organisation in a minister\'s portfolio after "of"', () => {
    const mentions = mentionsOf('Chile and Peru met in Lima. Chile sent the vice-minister of Coastal Stewardship of the National Planning Office (NPO), Ana Ruiz, who spoke first.');
    expect([...new Set(mentions.filter((m) => m.type === 'Person').map((m) => m.canonical))], show(mentions)).toEqual(['Ana Ruiz']);
    expect(mentions.find((m) => m.canonical === 'Ana Ruiz')?.party, show(mentions)).toBeUndefined();
  });

  it('reads a kind noun right before a name as that name\'s, referring back to no other side', () => {
    const carrier = mentionsOf('The Dockworkers Union and port operator Baltic Terminals resumed talks. The carrier Skyward Express said it had agreed to a new roster.');
    expect(carrier.filter((m) => m.canonical === 'Baltic Terminals' && m.start > 70), show(carrier)).toEqual([]);
  });

  it('reads "the committee" as the committee named before, whose head it is before "of", not one named later or by "the two sides"', () => {
    const mentions = mentionsOf('Peru and the Steering Committee of Peru Noteholders met in Paris. The committee wanted a higher coupon. The two sides will meet again. The committee rejected the offer. In March the Westbank Lenders Committee (WLC) signed a memorandum with Peru.');
    expect(mentions.filter((m) => /^the committee$/i.test(m.text)).map((m) => m.canonical), show(mentions)).toEqual(['Steering Committee of Peru Noteholders', 'Steering Committee of Peru Noteholders']);
  });

  it("reads an office's word before a noun in the plural as no person", () => {
    const creditors = mentionsOf('Peru and its bondholders met in Paris. Anne Morel said the official lenders would roll over the loans.');
    expect(creditors.filter((m) => m.type === 'Person' && /official/i.test(m.text)), show(creditors)).toEqual([]);
  });

  it('gives no side from "from" to someone moved from it', () => {
    const mentions = mentionsOf('Kestrel Athletic and SC Varden met in Lima. Kestrel confirmed the signing of Elio Marchetti-Ruiz from SC Varden on Monday.');
    expect(mentions.find((m) => m.canonical === 'Elio Marchetti-Ruiz')?.party, show(mentions)).toBeUndefined();
  });
});

describe('principalParties', () => {
  it.each<[string, string[]]>([
    ['Oman, which mediated, hosted talks between Iran and the United States. Oman said the mood was good. Oman will host again.', ['Iran', 'United States']],
    // A go-between's office where the sides meet says where they met, not that the side before it mediates.
    ['The Harbour Nurses Union and the Varden Health Board met at the conciliation service on Tuesday. Both sides agreed to an audit.', ['Harbour Nurses Union', 'Varden Health Board']],
    ['Israel and Hamas met in Doha. Qatar brokered the meeting. Israel said Hamas was stalling.', ['Israel', 'Hamas']],
    ['Norway said the fishing rules were unfair. The EU-Iceland deal was signed. Iceland welcomed it.', ['European Union', 'Iceland']],
    // Who reported the news ("according to …") is no side; the teachers named after where they work, who voted to
    // accept the offer, are the other one.
    ["Kestrel School District teachers voted to accept the district's latest offer, according to Arlen Broadcasting Corporation. The ratified contract grants a 4% raise and a 2% bonus.", ['Kestrel School District', 'teachers']],
    // Two states joined by a hyphen before "war" are the background of the talks, not their sides.
    ['Chile and Mercosur signed a trade deal in Lima. Negotiators for both sides hailed a deal struck despite a US-Japan tariff war. Chile said the US-Japan war hurt exports.', ['Chile', 'Mercosur']],
    ['The ELN and Colombia met in Havana, Cuba. Cuba hosted. The parties agreed. Both parties signed. The ELN said Colombia was ready.', ['ELN', 'Colombia']],
    // A side that signs the deal is at the table, though a body that complains is named more often.
    [
      'The strike ended when the Kestrel Doctors Union and the Ministry of Health signed a return-to-work formula. The Kestrel Doctors Union called it fair. The Council of Governors said it had not been consulted.',
      ['Kestrel Doctors Union', 'Ministry of Health'],
    ],
    // A body that chairs the talks, and one whose officer is a conciliator, stand between the sides.
    ['The Harbour Workers Union and Bayline Shipping resumed talks in Lima. The talks are chaired by the Coastal Board. The Coastal Board said progress was slow.', ['Harbour Workers Union', 'Bayline Shipping']],
    ['The Harbour Workers Union and Bayline Shipping resumed talks in Lima. The Coastal Board sent help. Its senior conciliator, Anton Tolland, said progress was slow.', ['Harbour Workers Union', 'Bayline Shipping']],
    // States a go-between's noun names in apposition ("mediators Brazil and Ecuador") stand between the sides, however
    // often they are named.
    ['Chile and Peru agreed to a truce on the river, mediators Brazil and Ecuador said. Brazil hosted the talks in Brasilia. Brazil said the truce starts on Sunday. Ecuador agreed.', ['Chile', 'Peru']],
    // A state's army that signs with a force an adjective describes, and hosts listed after "by", one with its article.
    ["Chad's army and the paramilitary Northern Defence Forces (NDF) signed a declaration on Friday, Kenyan and British officials said. The declaration, negotiated in talks hosted by Kenya and the United Kingdom, commits both sides to protect civilians. British officials said the United Kingdom would keep pressing.", ['Chad', 'Northern Defence Forces']],
    // The two sides named after "between", the first with its acronym, are at the table, not the ministry that hosts them.
    ["The Ministry of Labour welcomes the agreement concluded today between the Federation of Tarvo Employers (FTE) and the Tarvo Metalworkers' Union (TMU). The Ministry of Labour thanks both parties. The Ministry of Labour will publish the text.", ['Federation of Tarvo Employers', "Tarvo Metalworkers' Union"]],
    // A minister who receives the other side's leaders is a side, not a host.
    ['The Labour Minister of Chile, Tomas Berg, received on Monday the leaders of the Harbour Workers Union (HWU). The HWU wants a raise.', ['Chile', 'Harbour Workers Union']],
    // A capital that names a deal ("the Algiers peace agreement") says where it was made, not who is at the table; "the
    // army" there is the state's, not the armed group's of another name.
    [
      "BAMAKO — Mali's government declared the 2015 Algiers peace agreement void. The Strategic Framework of the Tarvo People (SFP-TP), an alliance of the main rebel groups, rejected the accusation and said the army had attacked first. The alliance had demanded that Algeria, which mediated the Algiers accord, convene new talks.",
      ['Mali', 'SFP-TP'],
    ],
    // Where a person quoted works is no side, the last of a list of places is a place, and "the terminal operators" are
    // the "… Terminal Operators Association", a body of employers.
    [
      'The Harbour Dockers Union and the Harbour Ferry Operators Association met on Monday. Crews at Arica, Iquique and Mobile will sail on time. The ferry operators raised their offer. The employers\' group said the rest was off the table. Ana Ruiz, a labour economist at Tarvo University, said a strike would be costly.',
      ['Harbour Dockers Union', 'Harbour Ferry Operators Association'],
    ],
    // A place in a dateline counts for no side.
    ['ARICA, May 2 (Andes Wire) - Bayline Shipping and the Harbour Workers Union held talks in Arica. Chile welcomed the talks.', ['Harbour Workers Union', 'Bayline Shipping']],
    // So does one whose dash is typed as two hyphens, and a state named as where the deal was signed.
    ['Chilean government and opposition sign deal in Peru\n\nLIMA, Peru -- Representatives of the Chilean government and the opposition Varden Alliance signed an agreement on Tuesday. The deal lets each side choose its candidate.', ['Chile', 'Varden Alliance']],
    // A dateline names where the report was filed, once, and no more than a person would; pirates are one side; a ship's
    // name is no side, and a firm whose name ends in "Carriers" is one.
    [
      'LIMA, Peru (Andes Wire) — Pirates freed a crew after talks with the ship\'s owner. The pirates had demanded a ransom for the MV Tarvo Star. Kestrel Ocean Carriers refused to pay it.',
      ['pirates', 'Kestrel Ocean Carriers'],
    ],
    // A body that mediates "jointly" is a go-between all the same, however often it is named.
    ['Chile and the Tarvo Front met in Lima. Talks, mediated jointly by the Lutheran Church and by Norway, went on. The Lutheran Church said the mood was good. The Lutheran Church will host the next round, the Lutheran Church said. Chile wants a truce.', ['Chile', 'Tarvo Front']],
    // The side after "and" in "talks between <a description> and X" is the second of the pair.
    ['Prison officers threaten strike\n\nTalks between the union for the guards at HMP Tarvo and the Ministry of Labour ended. The Harbour Officers Association wants more staff. The Harbour Officers Association will strike.', ['Harbour Officers Association', 'Ministry of Labour']],
  ])('%s → %j', (text, sides) => {
    const sentences = annotateArticle(articleFromText(`${text}\n`, 'test.txt'));
    expect(principalParties(sentences).sort()).toEqual([...sides].sort());
  });
  it('reads a union whose name lists its trades with commas as one mention, not a state and a person', () => {
    const sentences = annotateArticle(articleFromText('Chile and its doctors met in Lima. The Chile Medical Practitioners, Pharmacists and Dentists Union (CMPDU) had demanded a raise.\n', 'test.txt'));
    expect(sentences[1]!.mentions.map((m) => `${m.type}:${m.canonical}`)).toEqual(['Party:Chile Medical Practitioners, Pharmacists and Dentists Union', 'Party:Chile Medical Practitioners, Pharmacists and Dentists Union']);
  });

  it('reads "the army delegation" as the army at the table, not the host state\'s, where the hosts are named as go-betweens', () => {
    const text = 'MOMBASA, June 5 - For two months, Mombasa has hosted talks between the Chadian army and the Northern Defence Forces (NDF), brokered by Kenya and the United Kingdom. The army delegation reached understandings on a truce with the NDF, an official said in Mombasa.';
    const sentences = annotateArticle(articleFromText(`${text}\n`, 'test.txt'));
    expect(sentences[1]!.mentions.find((m) => m.type === 'Delegation')?.canonical).toBe('Chadian army delegation');
  });

  it.each([
    "Kenya-brokered talks between Chad's military government and the Northern Defence Forces resumed in Nairobi. Kenya said Nairobi would host them again. Kenyan officials said Kenya would keep pressing. The junta demanded a withdrawal from Abeche.",
    'Kenya-brokered talks between the military government of Chad and the Northern Defence Forces resumed in Nairobi. Kenya said Nairobi would host them again. Kenyan officials said Kenya would keep pressing. The military rejected a federal charter.',
    "Kenya hosted talks between the Chadian junta and the Northern Defence Forces in Nairobi. Kenya said Nairobi would host them again. Kenyan officials said Kenya would keep pressing. The regime offered a truce.",
  ])('reads "the junta", "the military" and "the regime" as the state whose military rule is named, not a go-between named more often: %s', (text) => {
    const sentences = annotateArticle(articleFromText(`${text}\n`, 'test.txt'));
    const last = sentences.at(-1)!.mentions.find((m) => m.type === 'Party');
    expect(last?.canonical).toBe('Chad junta');
  });

  it.each<[string, string]>([
    ["Kenya-brokered talks between Chad's military government and the Northern Defence Forces resumed in Nairobi. The junta demanded a withdrawal from Abeche. Chad's border with Sudan stayed closed.", 'Chad junta'],
    // A state that acts by its own name stays the side, whatever words name its forces or its rulers.
    ["Kenya-brokered talks between Chad's military government and the Northern Defence Forces resumed in Nairobi. Chad rejected a federal charter. The junta demanded a withdrawal from Abeche.", 'Chad'],
    ['Talks between the Chadian army and the Northern Defence Forces resumed in Nairobi. The army demanded a withdrawal from Abeche.', 'Chadian army'],
  ])('reads a state named as a side only through its military rulers as its junta: %s', (text, side) => {
    const sentences = annotateArticle(articleFromText(`${text}\n`, 'test.txt'));
    expect(sentences[1]!.mentions.find((m) => m.type === 'Party')?.canonical).toBe(side);
  });

  it('names a state ruled by its military as its junta, not a state named after "the junta and", and no sponsor of the talks as a side', () => {
    const text = 'The Tarvo Front reached a truce with the Myanmar junta during China-sponsored peace talks in Kunming. Further talks between the Front, the junta and China would follow. China said it welcomed the deal.';
    const sentences = annotateArticle(articleFromText(`${text}\n`, 'test.txt'));
    expect(sentences.flatMap((s) => s.mentions).filter((m) => m.type === 'Party').map((m) => m.canonical)).toEqual(expect.arrayContaining(['Myanmar junta', 'China']));
    expect(sentences.flatMap((s) => s.mentions).some((m) => m.canonical === 'China junta')).toBe(false);
    expect(principalParties(sentences)).toEqual(['Tarvo Front', 'Myanmar junta']);
  });

  it('reads a rank after an office as no part of the name, and an office\'s word with no name after it as no one', () => {
    const ranked = mentionsOf('Junta spokesperson Major General Tom Vale confirmed the truce on Friday.');
    expect(ranked.filter((m) => m.type === 'Person').map((m) => m.canonical)).toEqual(['Tom Vale']);
    const plural = mentionsOf("Chile's Directors General of Military Operations called their Peruvian counterparts on Friday.");
    expect(plural.filter((m) => m.type === 'Person')).toEqual([]);
  });

  it('reads the leaders of two sides named together, who fail to agree, as the two sides at the table', () => {
    const text = 'Talks on the island collapsed after Greek Cypriot and Turkish Cypriot leaders failed to agree on troops. Turkey wants its troops to stay. Greece refused. The two sides had agreed in principle on property rights.';
    const article = articleFromText(`${text}\n`, 'test.txt');
    expect(principalParties(annotateArticle(article))).toEqual(['Greek Cypriot', 'Turkish Cypriot']);
  });
});
