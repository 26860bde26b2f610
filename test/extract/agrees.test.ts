import { describe, expect, it } from 'vitest';
import { claimsLike, describeClaims, readClaims, readGraph } from './read-claims.js';

describe('agrees', () => {
  it.each<[string, string[], RegExp]>([
    // "The army" of an article whose places lie in one state, where the states named are go-betweens, is that state's;
    // a side after "and the" and an adjective is coordinated; go-betweens joined by "and" after a comma say who spoke.
    ['RIYADH, Saudi Arabia — The army and the paramilitary Northern Defence Forces agreed on Saturday to a seven-day truce in the besieged city of Kassala, Saudi and American mediators said. Aid will reach Kassala.', ['Sudan', 'Northern Defence Forces'], /^seven-day truce in the besieged city of Kassala$/],
    // "The two armed groups", an adjective before the plural of the kind, before a list of what they undertake.
    ['The Tarvo Liberation Front and the Kelle Patriotic Movement met in Luanda. The two armed groups commit themselves to:\n- free all detained fighters within ten days;\n- open a road between the two towns.', ['Tarvo Liberation Front', 'Kelle Patriotic Movement'], /^free all detained fighters within ten days$/],
    // "The leaders" who agree, with no side named, are the two sides at the table.
    ['Talks between Chile and Peru resumed in Lima. The leaders agreed to hold more talks on fishing.', ['Chile', 'Peru'], /^hold more talks on fishing$/],
    // "The negotiators", past an auxiliary and an adverb, and "both side" as a clumsy translation writes it, are the two
    // sides at the table.
    ['Talks between Chile and Peru resumed in Lima. The negotiators have also agreed to swap new tariff lists by June.', ['Chile', 'Peru'], /^swap new tariff lists by June$/],
    ['Talks between Chile and Peru resumed in Lima. Both side then agreed to share the maps of the grazing land.', ['Chile', 'Peru'], /^share the maps of the grazing land$/],
    // "Both factions" are the two sides at the table.
    ['Talks between the Tarvo Front and the Kelle Brigades resumed in Amman. Both factions agreed on Sunday to a ten-day truce.', ['Tarvo Front', 'Kelle Brigades'], /^ten-day truce$/],
    // What the sides decide together they agree.
    ['The Harbour Nurses Union and NHS Varden met at Acas for nine hours. In the end the two sides decided to meet again in 14 days.', ['Harbour Nurses Union', 'NHS Varden'], /^meet again in 14 days$/],
    // An adverb set off by commas between the verb and its particle.
    ['The Harbour Nurses Union and NHS Varden met at Acas for nine hours. The two sides agreed, however, to commission an audit of night shifts.', ['Harbour Nurses Union', 'NHS Varden'], /^commission an audit of night shifts$/],
    ['The Harbour Nurses Union and NHS Varden met at Acas on Tuesday. The union and NHS Varden agreed, though, to meet again in May.', ['Harbour Nurses Union', 'NHS Varden'], /^meet again in May$/],
    // An apposition after a name's acronym in brackets is no subject of the verb after it.
    ["Chad's government and the Sarno Valley Front (SVF), a militia based in the hills near Niger, have agreed to swap 12 soldiers it holds for 30 jailed militiamen.", ['Chad', 'Sarno Valley Front'], /^swap 12 soldiers it holds for 30 jailed militiamen$/],
    // Signing in the passive, by three sides; "the signatories" are the sides the sentence before named.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. A protocol on night shifts was signed by Bayline Shipping, the Harbour Workers Union and the Consumers Alliance on Monday.', ['Bayline Shipping', 'Harbour Workers Union', 'Consumers Alliance'], /^protocol on night shifts$/],
    ['The accord was signed by Bayline Shipping, the Harbour Workers Union and the Consumers Alliance on Monday. The signatories agreed on a freeze of port fees for a year.', ['Bayline Shipping', 'Harbour Workers Union', 'Consumers Alliance'], /^freeze of port fees for a year$/],
    // The agent of a participle set off after the talks is no subject of the sentence's verb.
    ['Chile and Peru met in Lima. The talks, convened by the Andean Mediation Board, produced an accord on a shared patrol of the border.', ['Chile', 'Peru'], /^shared patrol of the border$/],
    // "Under it," after a sentence that made a deal: "it" is the deal, and what will happen under it a term.
    ['Bayline Shipping and the Harbour Workers Union reached a deal on Tuesday. Under it, deckhands will get a 4% raise.', ['Bayline Shipping', 'Harbour Workers Union'], /^deckhands will get a 4% raise$/],
    // Settling for a thing accepts it.
    ['Bayline Shipping and the Harbour Workers Union met. The union settled for a 6 percent raise over two years.', ['Harbour Workers Union'], /^6 percent raise over two years$/],
    // What "followed by" adds after a term is a term of its own.
    ['Bayline Shipping and the Harbour Workers Union signed a three-year contract on Tuesday. Under the deal, deckhands will receive a 4% raise this spring, followed by increases tied to inflation in the later years.', ['Bayline Shipping', 'Harbour Workers Union'], /^increases tied to inflation in the later years$/],
    // "The compromise" refers back to what a side proposed.
    ['Chile and Peru met in Lima. Peru proposed a rotating chair for the commission. Chile accepted the compromise.', ['Chile'], /^rotating chair for the commission$/],
    // "Both" alone, opening its clause before its verb, stands for the two sides.
    ['Chile and Peru met in Lima. The two delegations agreed to set up a joint panel, and both signed off on a calendar for a treaty.', ['Chile', 'Peru'], /^calendar for a treaty$/],
    // "The two panels", and "both" before an adverb and its verb, are the sides too.
    ['Chile and the Andean Front met in Quito. On the last day the two panels accepted a ceasefire board.', ['Chile', 'Andean Front'], /^ceasefire board$/],
    ['Chile and the Andean Front met in Quito. The panels signed a truce, and both then agreed to allow aid agencies into three towns.', ['Chile', 'Andean Front'], /^allow aid agencies into three towns$/],
    ['Chile and Peru met in Lima. Both accepted the new quota.', ['Chile', 'Peru'], /^new quota$/],
    // "The two leaders" are the two sides; a name after a title of office, whose first word acts alone later, is a
    // person's, who hosted the talks.
    ['BRASILIA — Chile and Peru agreed on Monday to a truce, after talks hosted by Brazilian President Rahim Osman. Rahim said the two leaders had also agreed to restore direct flights.', ['Chile', 'Peru'], /^restore direct flights$/],
    // The people of a side named after "and its", with words that describe them, are that side; a noun before the
    // people a union represents, or a capital that opens the text after a dateline, says which of them.
    ["Varden University and the Varden Graduate Employees Union met. Varden University and its junior graduate workers signed a deal to raise pay by 4%.", ['Varden University', 'Varden Graduate Employees Union'], /^raise pay by 4%$/],
    ['WELLINGTON — Bus drivers have voted to accept a revised pay offer from Kestrel Buses. The Tramways Union said the drivers had been seeking more.', ['Tramways Union'], /^revised pay offer from Kestrel Buses$/],
    // An interview's answers are the words of the person it is with.
    ['LUSAKA — Finance Minister Ana Ruiz spoke to reporters about the loan.\nQ: Did you agree?\nA: We agreed to phase out the subsidies over two years.', ['Ana Ruiz'], /^phase out the subsidies over two years$/],
    // A speaker named after the verb, with an office after a comma, ends what was agreed.
    ['Kestrel Mining and the Tarvo community met in Lima. Kestrel Mining agreed to fund a study of the river, said Ana Ruiz, president of the Tarvo community.', ['Kestrel Mining'], /^fund a study of the river$/],
    // The side a deal is reached with, past "in principle", and named by the body of its people.
    ['The bondholders demanded a haircut. Chile reached an agreement in principle with the bondholders to restructure $3 billion of its bonds.', ['Chile', 'bondholders'], /^restructure \$3 billion of its bonds$/],
    ['The bondholders demanded a haircut. Chile said it had reached an agreement with a committee of bondholders to restructure its bonds.', ['Chile', 'bondholders'], /^restructure its bonds$/],
    // People named by their state, held where a participle says, released in exchange for one person held.
    ['Peru and Chile met in Lima. Peru released 10 Chileans held in its prisons on Wednesday in exchange for Ana Ruiz, a close ally of the Chilean president.', ['Peru', 'Chile'], /^release of 10 Chileans in exchange for Ana Ruiz$/],
    // Two people agree together, the second named after its side's possessive and a modifier of its office.
    ['Chile and Peru met in Lima. Chilean President Ana Ruiz and Peru\'s acting Prime Minister Tomas Berg had agreed that the navies would meet on Tuesday.', ['Ana Ruiz', 'Tomas Berg'], /^navies would meet$/],
    // Talks a name and a hyphen's participle qualify ("Malaysia-hosted talks") are what an "after" ends on.
    ['Thailand and Cambodia agree to ceasefire after Malaysia-hosted talks', ['Thailand', 'Cambodia'], /^ceasefire$/],
    // A payment kept up is an undertaking, though strike pay is paid in a strike.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Bayline promised to keep paying strike pay to idle crews.', ['Bayline Shipping'], /^keep paying strike pay to idle crews$/],
    // A thing agreed, named with the participle as an object, is agreed by the sides at the table.
    ['Chile and Peru each freed 40 fishermen on Friday as part of a prisoner exchange agreed at talks in Lima last week.', ['Chile', 'Peru'], /^prisoner exchange$/],
    // A deal with the participle that says it was made: by the sides after "between", else by the sides at the table;
    // one named by its noun alone is named by them.
    ['Kestrel Motors and the Varden Workers Union met on Monday. They reviewed the pension accord reached last year.', ['Kestrel Motors', 'Varden Workers Union'], /^pension accord$/],
    ['A truce between Chile and Peru signed in May has largely held.', ['Chile', 'Peru'], /^truce between Chile and Peru$/],
    ['The Tarvo Front and Chad met in Doha. The talks follow an older peace deal between the Chadian and Nigerien governments signed in Niamey in March.', ['Chad', 'Niger'], /^older peace deal$/],
    // What "it" does under the deal is a term, without the pronoun.
    ['The Harbour Workers Union reached a tentative agreement with Bayline Shipping on Tuesday. The deal raises wages by 3%. It also eliminates a two-tier wage system for drivers.', ['Bayline Shipping', 'Harbour Workers Union'], /^eliminates a two-tier wage system for drivers$/],
    // A clause after "after" says what happened before the step, no part of it.
    ['India and Pakistan agreed on a ceasefire. The two countries agreed to a full ceasefire after the army chiefs of both countries spoke by phone.', ['India', 'Pakistan'], /^full ceasefire$/],
    // An explainer's answer with a participle after a comma, and a word tagged a verb after a figure; what a side must do
    // under the deal, under an explainer's heading on it.
    ['The Harbour Workers Union reached a tentative agreement with Bayline Shipping on Wednesday. Here are the main points.\n\nWhat did the dockers get?\nA 7% raise in the first year, followed by 4% in the second.', ['Bayline Shipping', 'Harbour Workers Union'], /^7% raise in the first year, followed by 4%/],
    ['The Harbour Workers Union reached a tentative agreement with Bayline Shipping on Wednesday.\n\nWhat about night shifts?\nBayline must give dockers two weeks of notice before any night shift.', ['Bayline Shipping', 'Harbour Workers Union'], /^Bayline must give dockers two weeks of notice before any night shift$/],
    // A deal that removes something agrees its removal.
    ['Brazil and Argentina signed a trade deal on Friday. The deal will remove tariffs on most goods over ten years.', ['Brazil', 'Argentina'], /^remove tariffs on most goods over ten years$/],
    // A clause after ", while" is a term too; what a speaker says the two sides will do is theirs, without them; when,
    // counted from another event, is no part of what was agreed.
    ['Brazil and Argentina agreed on Monday to cut tariffs on steel. Duties on Brazilian steel will fall to 8%, while duties on Argentine steel will drop to 6%.', ['Brazil', 'Argentina'], /^duties on Argentine steel will drop to 6%$/],
    ['Brazil and Argentina agreed on Monday to cut tariffs on steel. Trade Minister Ana Ruiz told reporters the two sides would review the quotas every six months.', ['Brazil', 'Argentina'], /^review the quotas every six months$/],
    ['Brazil and Argentina agreed on Wednesday to end the tariff war, nine weeks after a failed summit.', ['Brazil', 'Argentina'], /^end the tariff war$/],
    // What the text binds both sides to is their term.
    ["Chad's army and the paramilitary Northern Defence Forces (NDF) signed a declaration on Friday. The declaration, negotiated in talks hosted by Kenya and the United Kingdom, commits both sides to protect civilians.", ['Chad', 'Northern Defence Forces'], /^protect civilians$/],
    // Where the deal was made, set off by a comma, is no part of it; a deal that adds something agrees it.
    ['Peru and the Civic Unity Platform signed an agreement to hold a presidential election in 2026, in talks mediated by Norway.', ['Peru', 'Civic Unity Platform'], /^hold a presidential election in 2026$/],
    ['Bayline Shipping and the Harbour Workers Union struck a new accord on Friday. The deal gives dockers a 6% raise and adds two paid holidays a year.', ['Bayline Shipping', 'Harbour Workers Union'], /^two paid holidays a year$/],
    // A fraction added to a number joins no terms; a second object after "and" and "the" is a term of its own.
    ['The Harbour Workers Union and Bayline Shipping reached a deal. Under the deal, dockers will receive a 14% raise over three and a half years and the restoration of paid breaks.', ['Bayline Shipping', 'Harbour Workers Union'], /^dockers will receive a 14% raise over three and a half years$/],
    ['The Harbour Workers Union and Bayline Shipping reached a deal. Under the deal, dockers will receive a 14% raise over three and a half years and the restoration of paid breaks.', ['Bayline Shipping', 'Harbour Workers Union'], /^restoration of paid breaks$/],
    // An agreement in the impersonal passive binds both sides, and so does each item of a list it announces; coming to
    // an agreement makes one.
    ['Bayline Shipping and the Harbour Workers Union struck an accord on pay. It was agreed that the union would end the strike.', ['Bayline Shipping', 'Harbour Workers Union'], /^union would end the strike$/],
    ['Bayline Shipping and the Harbour Workers Union reached an agreement on a new contract.\n\nIt was also agreed that:\n- Bayline pays 300,000 euros into the dockers\' training fund each year.', ['Bayline Shipping', 'Harbour Workers Union'], /^Bayline pays 300,000 euros into the dockers' training fund each year$/],
    ['Bayline Shipping and the Harbour Workers Union came to an agreement on Wednesday on a new contract.', ['Bayline Shipping', 'Harbour Workers Union'], /^new contract$/],
    // Each of a list of that-clauses accepted; the next clause of the terms, with a side and a modal of its own, and money
    // a side will put into a fund.
    ['The Tarvo Fishers Union and Bayline Foods signed an accord on Monday. Both sides have also accepted that the catch will be weighed at the quay, that an independent inspector will certify the scales, and that the quota will be reviewed in March.', ['Tarvo Fishers Union', 'Bayline Foods'], /^independent inspector will certify the scales$/],
    ['The Harbour Nurses Union and Varden Health reached a tentative deal on Sunday. Night shifts will be limited to four a month, and the company will put 200,000 dollars into a parking fund.', ['Harbour Nurses Union', 'Varden Health'], /^company will put 200,000 dollars into a parking fund$/],
    // A short name in brackets after the first of two sides; a name ending in a word in -ing the tagger read as a verb; the
    // day between a deal and its relative clause.
    ['Port deal\n\nThe Harbour Workers Union (HWU) and Bayline Shipping signed a deal on Friday that raises pay by 4%.', ['Harbour Workers Union', 'Bayline Shipping'], /^deal that raises pay by 4%$/],
    ['Israel and Hamas agreed to a six-week truce.', ['Israel', 'Hamas'], /^six-week truce$/],
    // A month in capitals after a number is no modal; when a term takes effect is part of it.
    ['Chile and Peru met in Lima. Chile and Peru agreed to a ceasefire from 1 May.', ['Chile', 'Peru'], /^ceasefire from 1 May$/],
    ['Chile and Peru met in Lima. Chile and Peru agreed to a ceasefire starting on 1 June.', ['Chile', 'Peru'], /^ceasefire starting on 1 June$/],
    // "the revised offer", "the best and final offer": words of recency refer back to the offer last made.
    ['The Harbour Workers Union and Bayline met in Arica. Bayline offered a 7 percent raise. The union voted to accept the revised offer.', ['Harbour Workers Union'], /^7 percent raise$/],
    ['The Harbour Workers Union and Bayline met in Arica. Bayline offered a 7 percent raise. The union accepted the best and final offer.', ['Harbour Workers Union'], /^7 percent raise$/],
    // "early on Saturday" is when, not what.
    ['Chile and Peru signed a three-year fishing deal early on Saturday.', ['Chile', 'Peru'], /^three-year fishing deal$/],
    // Terms after the deal: a passive in the present that sets a figure, before a second verb in the future; a subject
    // with a relative clause.
    ['Chile and Peru signed a fishing deal in Lima on Monday. Under the deal, trawlers must stay 20 miles offshore. The monthly quota is set at 900 tonnes and will be reviewed every year.', ['Chile', 'Peru'], /^monthly quota is set at 900 tonnes$/],
    ['Chile and Peru signed a fishing deal in Lima on Monday. Under the deal, trawlers must stay 20 miles offshore. The monthly quota is set at 900 tonnes and will be reviewed every year.', ['Chile', 'Peru'], /^monthly quota will be reviewed every year$/],
    ['Chile and Peru signed a fishing deal in Lima on Monday. Under the deal, trawlers must stay 20 miles offshore. Crews who lose their licences will receive a grant of 2,000 dollars.', ['Chile', 'Peru'], /^Crews who lose their licences will receive a grant of 2,000 dollars$/],
    // A side that commits itself, as translated news writes it, agrees to what it commits to.
    ['The Harbour Tenants Association and Bayline Homes signed an agreement in Leeds. Bayline Homes compromises itself to limit the rise of the rents at 2 percent.', ['Bayline Homes'], /^limit the rise of the rents at 2 percent$/],
    ['The Harbour Tenants Association and Bayline Homes signed an agreement in Leeds. The association commits itself to end the rent strike.', ['Harbour Tenants Association'], /^end the rent strike$/],
    // "the formula" accepted is what another side last proposed.
    ['Chile and the Northern Front met in Lima. Peru proposed a medical convoy of the Red Cross. Both Santiago and the Northern Front accepted the formula.', ['Chile', 'Northern Front'], /^medical convoy of the Red Cross$/],
    // Sides that carry out an exchange of people agreed to it.
    ['Chile and Peru exchanged prisoners in Lima on Friday after talks hosted by Brazil.', ['Chile', 'Peru'], /^exchange of prisoners$/],
    ['Chile and Peru met in Lima. Chile and Peru have completed the exchange of 84 captives.', ['Chile', 'Peru'], /^exchange of 84 captives$/],
    // Three sides that sign a deal together each agree to its terms, stated after it by the deal, under a heading, or
    // as what a side will do (a plain verb after "will" the tagger read as a noun).
    ...['Port deal\n\nThe Harbour Workers Union, Bayline Shipping and the Arica Port Authority signed an agreement on Friday.\n\nThe deal raises wages by 4 percent this year and sets up a joint safety committee.\n\nWhat else did the three sides agree on?\n\n- Bayline will rehire the 40 dismissed crane drivers;\n- the port authority will repave the container yard by December.'].flatMap((text): [string, string[], RegExp][] => [
      [text, ['Harbour Workers Union', 'Bayline Shipping', 'Arica Port Authority'], /^raises wages by 4 percent this year$/],
      [text, ['Harbour Workers Union', 'Bayline Shipping', 'Arica Port Authority'], /^Bayline will rehire the 40 dismissed crane drivers$/],
      [text, ['Harbour Workers Union', 'Bayline Shipping', 'Arica Port Authority'], /^port authority will repave the container yard by December$/],
    ]),
    // The sides an agreement is between are the principals, however often a third state is named; a description may
    // stand before the second, and the first may be named by its government.
    ['Talks\n\nThe efforts of Brazil paid off on Sunday, and Brazil was delighted. The talks closed with a deal between the Transitional Government of Peru and the rebel movement called the Northern Front. Both sides agreed to free their prisoners within a week.', ['Peru', 'Northern Front'], /^free their prisoners within a week$/],
    // Talks that ended with an agreement between two sides make them the sides its terms bind.
    ['Brazil brokers prisoner deal\n\nBrazil hosted three days of talks in Brasilia. Brazilian diplomats shuttled between the rooms, and Brazil\'s foreign minister Ana Ruiz thanked both sides. The talks ended on Sunday with an agreement between Peru and the Northern Front. The twelve fishermen will be freed within a week.', ['Peru', 'Northern Front'], /^twelve fishermen will be freed within a week$/],
    // A deal struck between two sides, whatever the form of its verb, makes them the sides its terms bind.
    ['Talks\n\nBrazil hosted the talks in Brasilia. Envoys struck an accord between Peru and the Northern Front on Sunday. The twelve fishermen will be freed within a week.', ['Peru', 'Northern Front'], /^twelve fishermen will be freed within a week$/],
    // A participle after the deal's clause is the sentence's subject's, each side of it; a state in the dateline is none.
    ['Port strike ends\n\nARICA, Chile, May 2 (Coast Wire) — The Harbour Workers Union and Bayline Shipping signed an agreement on Friday, committing to halt the strike and to reopen the container yard.', ['Harbour Workers Union', 'Bayline Shipping'], /^halt the strike$/],
    // A side named in another language with its initials in brackets before "and" is one of the two that signed.
    ["The renters' group Bund für Mieter (BfM) and Bayline Homes signed an agreement on Friday that freezes rents for two years.", ['Bund für Mieter', 'Bayline Homes'], /^agreement that freezes rents for two years$/],
    // What a deal bans or caps keeps its verb: the ban is agreed, not what it bans.
    ['Chile and Peru signed a fishing deal in Lima on Monday. The deal bans fishing before 6am.', ['Chile', 'Peru'], /^bans fishing before 6am$/],
    // Terms that run on past a sentence of terms, with a relative clause in the subject and a deal's noun in the object.
    ['Chile and Peru signed a fishing deal in Lima on Monday. Under the deal, trawlers must stay 20 miles offshore. The monthly quota is set at 900 tonnes. Crews who lose their licences will receive a grant of 2,000 dollars and an extension of their contracts.', ['Chile', 'Peru'], /^Crews who lose their licences will receive a grant of 2,000 dollars$/],
    // An aside that opens with a participle, holding a relative clause, between the deal and its term; an acronym in parentheses.
    ['Chile and Peru signed a fishing deal on Monday. Under the deal, struck after a last session in Lima that ended at dawn, the two countries will set a single regional quota (SRQ) of 80,000 tonnes.', ['Chile', 'Peru'], /^set a single regional quota \(SRQ\) of 80,000 tonnes$/],
    // An aside between dashes stands between the subject and its verb.
    ['Chile and the Andean countries—Peru, Bolivia and Ecuador—have concluded a new fishing agreement.', ['Chile'], /fishing agreement/],
    // The members a bloc's name lists between dashes act with it.
    ['Talks ended in Lima. Chile and the Andean Community countries—Peru, Bolivia, and Ecuador—have concluded a new fishing agreement.', ['Chile', 'Peru', 'Bolivia', 'Ecuador'], /^new fishing agreement$/],
    // A side makes a deal, with its partner; a participle after a comma shares the sentence's subject.
    ['Chile secured a trade deal with Peru, which left exporters little time.', ['Chile', 'Peru'], /^trade deal$/],
    ['The strike ended when the Kestrel Rail Union signed a two-year wage agreement with Kestrel Rail after three days of talks.', ['Kestrel Rail Union', 'Kestrel Rail'], /^two-year wage agreement$/],
    // Agreeing a deal, as British news writes it; "that" after the deal opens a relative clause, not what was agreed.
    ['The European Union and Mauritania agreed on Thursday a new six-year fishing protocol that will let European vessels keep fishing.', ['European Union', 'Mauritania'], /^new six-year fishing protocol/],
    // "The government" is the ministry at the table when no state is a side.
    ['The strike ended when the Kestrel Doctors Union and the Ministry of Health signed a return-to-work formula. The government also committed that no doctor will face disciplinary action.', ['Ministry of Health'], /^no doctor will face disciplinary action$/],
    ['Chile gave in on fish, securing a late-night fishing and transit deal with Peru.', ['Chile', 'Peru'], /^late-night fishing and transit deal$/],
    // A previous topic named again by "the proposal".
    ['Peru offered a ceasefire proposal on Monday. Chile has said it accepts the proposal.', ['Chile'], /^ceasefire proposal$/],
    // What a deal holds after a colon.
    ['Talks between Chile and Peru resumed in Lima. The summit concluded with a landmark agreement: Chile will open two ports to Peru.', ['Chile', 'Peru'], /^Chile will open two ports to Peru$/],
    // A time phrase before the particle; a that-clause after a place; adjectives before the agreement noun.
    ['Ecuador and Peru agreed last month to the wording of a border plan.', ['Ecuador', 'Peru'], /^wording of a border plan$/],
    ['Ecuador and Peru agreed at a meeting in Lima that no further talks were needed on the border plan.', ['Ecuador', 'Peru'], /^no further talks were needed on the border plan$/],
    ['Ecuador and Peru reached initial understandings regarding a joint border commission.', ['Ecuador', 'Peru'], /^joint border commission$/],
    // A noun in lower case or words joined by hyphens may qualify the deal too.
    ['Chile and the IMF reached a staff-level accord on a 24-month loan.', ['Chile', 'IMF'], /^24-month loan$/],
    ['Ecuador and Peru reached a fisheries accord on anchovy quotas.', ['Ecuador', 'Peru'], /^anchovy quotas$/],
    // A deal's terms in a relative clause, after a time, when the deal is named by little more than its noun.
    ['Chile and Peru met in Lima. Chile and Peru reached a tentative agreement on Sunday that includes a 62% quota over six years.', ['Chile', 'Peru'], /^62% quota over six years$/],
    // Office holders coordinated, each with the office and side before the name.
    ['Chile and Peru met in Lima. Chilean President Ana Silva and Peruvian Prime Minister Luis Rojas initialled a draft fishing accord on Friday.', ['Chile', 'Peru'], /^draft fishing accord$/],
    // A time phrase opening with the particle itself; a closing attribution by a side's people is no part of the object.
    ['Ecuador and Peru held talks. Ecuador and Peru agreed on Thursday to reopen two border crossings, Brazilian mediators said after three days of talks.', ['Ecuador', 'Peru'], /^reopen two border crossings$/],
    // The verb before a stance noun shares the subject of the verb before "and"; the partner "with" the holder agrees too.
    ['Ecuador and Peru met in Lima. The Ecuadorian delegation engaged in talks with Peru after the holiday and reached initial understandings regarding a joint border commission.', ['Ecuador', 'Peru'], /^joint border commission$/],
    ['Armenia and Azerbaijan agreed to set up a border commission and to launch a joint transit framework.', ['Armenia', 'Azerbaijan'], /^set up a border commission$/],
    ['Armenia and Azerbaijan agreed to set up a border commission and to launch a joint transit framework.', ['Armenia', 'Azerbaijan'], /^launch a joint transit framework$/],
    ['Iran and the United States held talks in Muscat. Both sides agreed to meet again next week.', ['Iran', 'United States'], /meet again next week/],
    ['The United States and China reached an agreement on lowering tariffs.', ['United States', 'China'], /^lowering tariffs$/],
    ['Armenia and Azerbaijan signed a peace deal in Washington.', ['Armenia', 'Azerbaijan'], /peace deal/],
    ["Sudan's army and the RSF met in Jeddah. The two delegations agreed to open a humanitarian corridor.", ['Sudan', 'Rapid Support Forces'], /humanitarian corridor/],
    ['Kinshasa and the M23 agreed on a declaration of principles in Doha.', ['Democratic Republic of the Congo', 'M23'], /declaration of principles/],
    ['Beijing and Washington announced a 90-day pause in new tariffs.', ['China', 'United States'], /90-day pause in new tariffs/],
    ['The talks resulted in an agreement on a prisoner exchange. Iran and the United States praised the outcome.', ['Iran', 'United States'], /^prisoner exchange$/],
    // A deal qualified by a hyphenated modifier, by what it ends, by "in principle"; a partner after the reservation.
    // Two sides before the verb, the second described by lower-case words before its kind ("terminal operator").
    ['Ships will sail again after the Harbour Workers Union and terminal operator Kestrel Foods struck an in-principle deal on Sunday night, ending a three-week strike that had closed the quays.', ['Harbour Workers Union', 'Kestrel Foods'], /^in-principle deal ending a three-week strike$/],
    ['Chile and Peru struck a deal on Monday, ending a decade of disputes over the border.', ['Chile', 'Peru'], /^deal ending a decade of disputes over the border$/],
    ['Chile has reached an agreement in principle with Peru.', ['Chile', 'Peru'], /^agreement in principle$/],
    // Terms past a long aside that opens with a participle; ", plus" lists another term, whose first offerer is no part of it.
    ['The Harbour Workers Union and Kestrel Foods struck a deal on Monday. The accord, concluded after a long night of talks at the labour tribunal in Lima under judge Rosa Pinto, gives dockers an extra week of leave a year, plus the 800-dollar bonus first offered by the company.', ['Harbour Workers Union', 'Kestrel Foods'], /^extra week of leave a year$/],
    ['The Harbour Workers Union and Kestrel Foods struck a deal on Monday. The accord, concluded after a long night of talks at the labour tribunal in Lima under judge Rosa Pinto, gives dockers an extra week of leave a year, plus the 800-dollar bonus first offered by the company.', ['Harbour Workers Union', 'Kestrel Foods'], /^800-dollar bonus$/],
    // The numbered items after "agreed on the following:", one in the present passive of a ban.
    ['Peace accord\n\nThe Andean Fishers Association and the Coastal Boat Owners Union met in Lima. The two associations agreed on the following:\n\n1. Quotas: Each fleet will land at most 900 tonnes a month.\n\n2. Night fishing: Trawling at night is prohibited throughout the bay.', ['Andean Fishers Association', 'Coastal Boat Owners Union'], /^Each fleet will land at most 900 tonnes a month$/],
    ['Peace accord\n\nThe Andean Fishers Association and the Coastal Boat Owners Union met in Lima. The two associations agreed on the following:\n\n1. Quotas: Each fleet will land at most 900 tonnes a month.\n\n2. Night fishing: Trawling at night is prohibited throughout the bay.', ['Andean Fishers Association', 'Coastal Boat Owners Union'], /^Trawling at night is prohibited throughout the bay$/],
    // The items of a list complete the words that announce it: "agreed as follows:" then "(a) that …" and "(b) to …";
    // a list's third item "(c)" is no copyright notice.
    ['Border talks\n\nChile and Peru met in Arica. After two days of talks, the two delegations agreed as follows:\n(a) that the line shall run along the old road;\n(b) to plant 12 new markers;\n(c) to reopen the crossing at Chacalluta.', ['Chile', 'Peru'], /^line shall run along the old road$/],
    ['Border talks\n\nChile and Peru met in Arica. After two days of talks, the two delegations agreed as follows:\n(a) that the line shall run along the old road;\n(b) to plant 12 new markers;\n(c) to reopen the crossing at Chacalluta.', ['Chile', 'Peru'], /^plant 12 new markers$/],
    ['Border talks\n\nChile and Peru met in Arica. After two days of talks, the two delegations agreed as follows:\n(a) that the line shall run along the old road;\n(b) to plant 12 new markers;\n(c) to reopen the crossing at Chacalluta.', ['Chile', 'Peru'], /^reopen the crossing at Chacalluta$/],
    // A list of noun phrases after "agreed the following points:".
    ['Land talks\n\nThe Andean Farmers Federation and Peru met in Cusco. In the minutes the parties agreed the following points:\n- the mapping of 14 villages within 90 days;\n- a water board that meets every month.', ['Andean Farmers Federation', 'Peru'], /^mapping of 14 villages within 90 days$/],
    // Agreeing a thing without a preposition; "the parts" of translated news are the sides; a time phrase of "the next day".
    ['Land talks\n\nThe Andean Farmers Federation and Peru met in Cusco. The parts agreed the mapping of 14 villages within 90 days.', ['Andean Farmers Federation', 'Peru'], /^mapping of 14 villages within 90 days$/],
    ['Land talks\n\nThe Andean Farmers Federation and Peru met in Cusco. The two sides agreed the next day to resume the dialogue in Lima.', ['Andean Farmers Federation', 'Peru'], /^resume the dialogue in Lima$/],
    // "that" after the object opens a relative clause, not what was agreed.
    ['Land talks\n\nThe Andean Farmers Federation and Peru met in Cusco. The two sides agreed the setting up of a water board that sits every week in Cusco.', ['Andean Farmers Federation', 'Peru'], /^setting up of a water board that sits every week in Cusco$/],
    // Noun phrases listed after a deal: under a heading on what it gives, and after "Its main points:"; items after
    // "engage themselves to:", as translated news writes a commitment.
    ['Teachers ratify contract\n\nMembers of the Harbour Teachers Union voted to ratify the agreement their team reached with the Lima Board of Education.\n\nThe vote\n\n- 87 percent voted yes.\n\n- The board will approve the contract on Monday.\n\nWhat teachers won\n\n- Pay: a 5 percent raise this year and 2 percent next year.\n\n- 30 new classroom assistants, paid for by the region.\n\nLeft out of the deal\n\n- A nurse in every school.', ['Harbour Teachers Union', 'Lima Board of Education'], /^30 new classroom assistants, paid for by the region$/],
    ['Border talks\n\nChile and Peru met in Arica. On Friday the two sides signed the Arica Agreement. Its main points: a truce on the river from 1 June; the return of 40 fishermen within 20 days.', ['Chile', 'Peru'], /^return of 40 fishermen within 20 days$/],
    ['Border talks\n\nChile and Peru met in Arica. According to the text, the two parts engage themselves to:\n- an end to all patrols on the river;\n- the return of 40 fishermen.', ['Chile', 'Peru'], /^return of 40 fishermen$/],
    // A heading that says a deal was made opens its terms, though the article reported none before; a run-in heading
    // ("- The split.") over a bullet is no term.
    ['Hockey deal\n\nThe Andean Hockey League and the Andean Hockey Players Association met in Lima.\n\nWhat was agreed\n\n- The money.\n\n- A spending limit of 61 million dollars per club.', ['Andean Hockey League', 'Andean Hockey Players Association'], /^spending limit of 61 million dollars per club$/],
    // A communiqué: its sides defined as "the Parties" are the principals, whoever else it names more; "AGREED as follows:"
    // in capitals; lettered items of what the sides "shall" do.
    ['JOINT STATEMENT\n\n1. Delegations of the Government of Chile and the Government of Peru, hereinafter "the Parties", met in Arica with representatives of Andes Gas S.A. and of Pacific Pipelines S.A.\n\n2. Andes Gas and Pacific Pipelines presented their claims. Andes Gas asked for a higher fee. Pacific Pipelines refused.\n\n3. Following deliberations, the Parties AGREED as follows:\n\n(a) Andes Gas and Pacific Pipelines shall build a pipeline to Tacna within eight years;\n\n(b) the price shall be 3 dollars per unit for four years.', ['Chile', 'Peru'], /^price shall be 3 dollars per unit for four years$/],
    ['JOINT STATEMENT\n\n1. Delegations of the Government of Chile and the Government of Peru, hereinafter "the Parties", met in Arica with representatives of Andes Gas S.A. and of Pacific Pipelines S.A.\n\n2. Andes Gas and Pacific Pipelines presented their claims. Andes Gas asked for a higher fee. Pacific Pipelines refused.\n\n3. Following deliberations, the Parties AGREED as follows:\n\n(a) Andes Gas and Pacific Pipelines shall build a pipeline to Tacna within eight years;\n\n(b) the price shall be 3 dollars per unit for four years.', ['Chile', 'Peru'], /^Andes Gas and Pacific Pipelines shall build a pipeline to Tacna within eight years$/],
    // A body the two sides sit on together agrees for both.
    ['Border talks\n\nChile and Peru met in Arica for the third session of the Chile-Peru Joint Border Commission. The Commission agreed to build 12 new border markers.', ['Chile', 'Peru'], /^build 12 new border markers$/],
    // Terms after a deal the sentence names by its noun alone; a side's part after "in return".
    ['Chile and Peru met in Lima. Chile and Peru signed an agreement on Monday. Chile will pay 5 million dollars a year into a fisheries fund.', ['Chile', 'Peru'], /^Chile will pay 5 million dollars a year into a fisheries fund$/],
    ['Chile and Peru met in Lima. Chile and Peru signed a water deal on Monday. Santiago will in return send 300,000 tonnes of grain.', ['Chile', 'Peru'], /^Santiago will in return send 300,000 tonnes of grain$/],
    // A relative clause in the present on a deal already made states its terms.
    ['Bayline Shipping and the Harbour Workers Union met in Lima. Members voted in favour of the deal, which raises wages by 12 percent over two years.', ['Bayline Shipping', 'Harbour Workers Union'], /^raises wages by 12 percent over two years$/],
    // A second side described by a compound before its kind ("ride-hailing company").
    ['The Harbour Workers Union and ride-hailing company Swiftly agreed on Thursday to set a minimum fare of 9 dollars.', ['Harbour Workers Union', 'Swiftly'], /^set a minimum fare of 9 dollars$/],
    // What one side undertook under the deal, the other agreed to as well; each side's part of one sentence.
    ['Chile and Peru signed a fisheries agreement in Lima on Friday. Peru committed itself to clear the roadblocks on the coast road within two days.', ['Chile', 'Peru'], /^clear the roadblocks on the coast road within two days$/],
    ['Chile and Peru signed a fisheries agreement in Lima on Friday. Under the deal, Peru pledged to reopen the crossing at Tacna.', ['Chile', 'Peru'], /^reopen the crossing at Tacna$/],
    ['Chile and Peru signed a fisheries agreement in Lima on Friday. Peru agreed to clear the roadblocks, and the Chilean government agreed to release the 40 fishermen.', ['Chile', 'Peru'], /^release the 40 fishermen$/],
    // The side agreed with, after "with"; a relative clause or a contact clause on what was proposed.
    ['Chile and Peru met in Lima. Chile also agreed with Peru to postpone by one year the introduction of a fishing register.', ['Chile', 'Peru'], /^postpone by one year the introduction of a fishing register$/],
    ['Chile and Peru met in Lima. Peru proposed a working group, an idea that both Chile and Peru accepted.', ['Chile', 'Peru'], /^working group$/],
    ['Chile and Peru met in Lima. Ecuador suggested a shared text, a formulation Chile and Peru accepted in the final hour.', ['Chile', 'Peru'], /^shared text$/],
    // A deal reached in the passive, with only its day and place, opens the terms stated after it.
    ['Chile and Peru met in Lima. The deal was reached on 17 May in Lima, at the fourth session. Chile will pay 12 per cent of port fees into a joint fund.', ['Chile', 'Peru'], /^Chile will pay 12 per cent of port fees into a joint fund$/],
    // Who serves in what role belongs to the item before it; a list inside a relative clause is no list of terms.
    ['Chile and Peru met in Lima. Both sides agreed to keep negotiating on quotas, with Ana Ruiz as mediator, and to report back by the end of October.', ['Chile', 'Peru'], /^report back by the end of October$/],
    ['Chile and Peru met in Lima. In March the two sides agreed on a fisheries chapter that gives the region authority over its ports, boats and quotas.', ['Chile', 'Peru'], /^fisheries chapter that gives the region authority over its ports, boats and quotas$/],
    // A figure the deal sets, after "is", in the sentences after it.
    ['Chile and Peru signed a lease on the port on Monday. The lease is for twelve years. The yearly fee is 9 million dollars, rising with prices.', ['Chile', 'Peru'], /^lease is for twelve years$/],
    ['Chile and Peru signed a lease on the port on Monday. The lease is for twelve years. The yearly fee is 9 million dollars, rising with prices.', ['Chile', 'Peru'], /^yearly fee is 9 million dollars$/],
    // Items numbered under a heading on the terms, however far down the list; a side's part among them.
    ...['Bulletin for drivers\n\nBayline Shipping and the Harbour Workers Union signed a deal on Monday.\n\nWhat was agreed\n\n1. The commission will be at most 12 percent of each trip. The service fee is gone. This applies from July. Drivers need not pay for it.\n\n2. The paid Gold tier will be scrapped by 1 August.\n\n3. Bayline Shipping will pay a bonus of 20 percent before the holidays.'].flatMap((text): [string, string[], RegExp][] => [
      [text, ['Bayline Shipping', 'Harbour Workers Union'], /^paid Gold tier will be scrapped by 1 August$/],
      [text, ['Bayline Shipping', 'Harbour Workers Union'], /^Bayline Shipping will pay a bonus of 20 percent before the holidays$/],
    ]),
    // What "is to" be done after a deal is a term, said of a side too.
    ...['Chile and the Andean Front met in Quito. Under the accord, Chile and the Front agreed to a truce. A monitoring board is to be formed, and Quito is to free 40 detainees.'].flatMap((text): [string, string[], RegExp][] => [
      [text, ['Chile', 'Andean Front'], /^monitoring board is to be formed$/],
      [text, ['Chile', 'Andean Front'], /^Quito is to free 40 detainees$/],
    ]),
    // Items under a heading on the terms with "may" or "may not": what may or may not be done is agreed.
    ...['Bulletin for drivers\n\nBayline Shipping and the Harbour Workers Union signed a deal on Monday.\n\nWhat was agreed\n\n- drivers may refuse night runs after 60 hours a week;\n- the company may not track drivers off duty.'].flatMap((text): [string, string[], RegExp][] => [
      [text, ['Bayline Shipping', 'Harbour Workers Union'], /^drivers may refuse night runs after 60 hours a week$/],
      [text, ['Bayline Shipping', 'Harbour Workers Union'], /^company may not track drivers off duty$/],
    ]),
    // A deal that counts its parts heads terms told in prose and numbered in words; a term in force "with effect from".
    ...['Bayline Shipping and the Harbour Workers Union signed a settlement on Monday. The accord has three main parts. First, the overtime ban is dropped with effect from 1 May. Second, the company will keep 40 ferries in service. Finally, wages will be raised by two percent next year.'].flatMap((text): [string, string[], RegExp][] => [
      [text, ['Bayline Shipping', 'Harbour Workers Union'], /^overtime ban is dropped with effect from 1 May$/],
      [text, ['Bayline Shipping', 'Harbour Workers Union'], /^company will keep 40 ferries in service$/],
      [text, ['Bayline Shipping', 'Harbour Workers Union'], /^wages will be raised by two percent$/],
    ]),
    // A time between "agreed" and "that"; a second side described by lower-case words after "and the".
    ['Chile and Peru met in Lima. Both sides agreed on Tuesday that an independent firm will count the boats.', ['Chile', 'Peru'], /^independent firm will count the boats$/],
    ['The Tarvo Farmers Association and the dam builder Kestrel Energia signed a resettlement agreement on Monday.', ['Tarvo Farmers Association', 'Kestrel Energia'], /^resettlement agreement$/],
    // A body the deal sets up, named for the first time, meets as one of its terms, whatever its subject carries.
    ['Chile and Peru signed a water agreement in Lima on Monday. A joint commission of two experts from each country will meet every quarter.', ['Chile', 'Peru'], /^joint commission of two experts from each country will meet every quarter$/],
    ['Chile and Peru signed a water agreement in Lima on Monday. A monitoring board of four officials per country, led by a retired judge, will sit every month.', ['Chile', 'Peru'], /^monitoring board of four officials per country, led by a retired judge/],
    // A body that speaks for a side named after "of": the people a side owes are a side ("a committee of its bondholders").
    ['Peru and a committee of its bondholders signed an agreement on restructuring 3 billion dollars of bonds on Friday.', ['Peru', 'bondholders'], /^restructuring 3 billion dollars of bonds$/],
    // A term in the present whose verb of change the tagger read as a noun, from one figure to another.
    ['Peru and a committee of its bondholders signed an agreement on Friday. The last payment moves from 2032 to 2045.', ['Peru', 'bondholders'], /^last payment moves from 2032 to 2045$/],
    // Under a deal, a clause after "while" is a term too.
    ['Chile and Peru met in Lima. Under the pact, Peru will lift duties on Chilean fruit by 2030, while Chile will open its ports to Peruvian ships.', ['Chile', 'Peru'], /^Chile will open its ports to Peruvian ships$/],
    // "the idea" accepted "in principle", "the proposal" "in full": what was last proposed, without how much.
    ['Chile and Peru met in Lima. Peru proposed a joint count of the shoals. Chile accepted that idea in principle.', ['Chile'], /^joint count of the shoals$/],
    ['Chile and Peru met in Lima. Peru proposed a joint count of the shoals. Chile accepted the proposal in full on Friday.', ['Chile'], /^joint count of the shoals$/],
    // Participles after a deal made and the phrases that say with whom and when: its terms; a side letter is a deal, and
    // "the two operators" it was signed with are each a side to it.
    ['The Harbour Workers Union and the port operators Bayline Shipping and Kestrel Ports met in Arica. The union signed a new side letter with the two operators in June guaranteeing no layoffs for two years and keeping the night shift at the south quay.', ['Harbour Workers Union'], /^guaranteeing no layoffs for two years$/],
    ['The Harbour Workers Union and the port operators Bayline Shipping and Kestrel Ports met in Arica. The union signed a new side letter with the two operators in June guaranteeing no layoffs for two years and keeping the night shift at the south quay.', ['Harbour Workers Union'], /^keeping the night shift at the south quay$/],
    ['The Harbour Workers Union and the port operators Bayline Shipping and Kestrel Ports met in Arica. The union signed a new side letter with the two operators in June guaranteeing no layoffs for two years and keeping the night shift at the south quay.', ['Harbour Workers Union', 'Bayline Shipping', 'Kestrel Ports'], /^new side letter$/],
    // A side's place after it in a list of sides is part of that item.
    ['The Kestrel Museum in Lima and the government of Peru signed an agreement on the return of 40 masks.', ['Kestrel Museum', 'Peru'], /^return of 40 masks$/],
    // After a deal, what is given back in the passive, an adverb between; what goes on under it; a participle of its
    // own, irregular or with a particle, in the subject.
    ['Chile and Peru signed a fishing agreement in Lima on Monday. Forty boats will be quietly returned by December.', ['Chile', 'Peru'], /^Forty boats will be quietly returned by December$/],
    ['Chile and Peru signed a fishing agreement in Lima on Monday. The survey crew set up by both navies will continue its counts.', ['Chile', 'Peru'], /^survey crew set up by both navies will continue its counts$/],
    ['Chile and Peru signed a fishing agreement in Lima on Monday. The deposit kept in escrow will be paid to Peru within 30 days.', ['Chile', 'Peru'], /^deposit kept in escrow will be paid to Peru within 30 days$/],
    // Where money goes, and what is set aside for whom, in the present.
    ['Bayline Shipping and the Harbour Workers Union signed an agreement in Arica. The cash goes into a training fund run by a trustee.', ['Bayline Shipping', 'Harbour Workers Union'], /^cash goes into a training fund run by a trustee$/],
    ['Bayline Shipping and the Harbour Workers Union signed an agreement in Arica. Ten percent of the pot is set aside for older dockers.', ['Bayline Shipping', 'Harbour Workers Union'], /^Ten percent of the pot is set aside for older dockers$/],
    // An explainer's question on what the deal will do opens its terms again, however far from the deal.
    ['Bayline Shipping and the Harbour Workers Union signed an agreement in Arica. What happened? The talks began in May. They broke down twice. The mayor stepped in. Who will run the fund? Three trustees will manage the fund from Arica.', ['Bayline Shipping', 'Harbour Workers Union'], /^Three trustees will manage the fund from Arica$/],
    // A commitment written "engage to"; an acceptance with no object of its own takes what another side last proposed;
    // a passive agreement; what a side agrees not to do.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Both sides engage to keep the quays open during the talks.', ['Bayline Shipping', 'Harbour Workers Union'], /^keep the quays open during the talks$/],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Ana Ruiz proposed a rota of four shifts. Both delegations accepted, and a panel will report in May.', ['Bayline Shipping', 'Harbour Workers Union'], /^rota of four shifts$/],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The 48-hour truce offered by the mayor was accepted by both sides.', ['Bayline Shipping', 'Harbour Workers Union'], /^48-hour truce$/],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Bayline Shipping agreed not to close the south quay before June.', ['Bayline Shipping'], /^not to close the south quay before June$/],
    // A side that gives up its own means of pressure.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The union has withdrawn its two-day strike notice.', ['Harbour Workers Union'], /^withdraw two-day strike notice$/],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The dockers called off their blockade of the port on Monday.', ['Harbour Workers Union'], /^call off blockade$/],
    // An acceptance whose clause goes on past a comma has no object of its own either.
    ['Chile and Peru met in Lima. Chile demanded a joint count of the boats. Peru accepted, and the count is due to start in May.', ['Peru'], /^joint count of the boats$/],
    // The answer right after an explainer's question on the terms, a phrase with a figure and no verb.
    ['Bayline Shipping and the Harbour Workers Union signed an agreement in Arica. How much will Bayline pay? Nine million pesos over three years.', ['Bayline Shipping', 'Harbour Workers Union'], /^Nine million pesos over three years$/],
    // A deal initialled "in principle" is named by its reservation, and opens the terms after it; a short sentence on
    // the terms opens them again; a share taken is a term.
    ['Peru and the Tarvo Liberation Front signed an agreement in principle last Friday in Lima.', ['Peru', 'Tarvo Liberation Front'], /^agreement in principle$/],
    ['Peru and the Tarvo Liberation Front signed an agreement in principle last Friday in Lima. The talks had lasted nine days. The text was edited. Peru was calm. The key terms are known. Each fighter will take a 20% cut in the value of the bonds.', ['Peru', 'Tarvo Liberation Front'], /^Each fighter will take a 20% cut in the value of the bonds$/],
    // Terms under a deal named by a phrase whose first word is a plural ("heads of terms"), past a phrase of place set
    // off after the deal's; a term after a clause of time that opens its sentence.
    ['Kestrel Therapeutics and Chile met in Geneva. Under the heads of terms initialled by the two delegations in Lima on Friday night, at the margins of the Pan-Andean Health Assembly, the company will grant a licence to the institute.', ['Kestrel Therapeutics', 'Chile'], /^company will grant a licence to the institute$/],
    ['Kestrel Therapeutics and Chile signed an agreement in Geneva. Chile will pay a fee of 3 percent. Until the new plant is licensed, Kestrel will ship 2 million vials at US$30 apiece.', ['Kestrel Therapeutics', 'Chile'], /^Kestrel will ship 2 million vials at US\$30 apiece$/],
    // Terms under a deal, one to each semicolon.
    ['Chile and Peru signed a deal in Lima. Under the deal, Chile will fund $80m of dredging by 2030; a tenth of the sum will go to small ports; and a panel in 2027 will weigh a larger fund.', ['Chile', 'Peru'], /^tenth of the sum will go to small ports$/],
    // A second bare verb of a term's modal after "and" is a second term.
    ['Chile and Peru agreed on a framework in Geneva on Wednesday. Fishing fleets will report their catch daily and carry observers on every trip.', ['Chile', 'Peru'], /^Fishing fleets will carry observers on every trip$/],
    // Clauses after "agreed to the following:", one to each semicolon.
    ['Peru and the Tarvo Front met in Quito. Both delegations agreed as follows: a truce will begin on 3 March; the Front will keep its units inside the agreed zones; and each side will free 25 captives.', ['Peru', 'Tarvo Front'], /^Front will keep its units inside the agreed zones$/],
    ['Peru and the Tarvo Front met in Quito. Both delegations agreed as follows: a truce will begin on 3 March; the Front will keep its units inside the agreed zones; and each side will free 25 captives.', ['Peru', 'Tarvo Front'], /^each side will free 25 captives$/],
    // A state's military government named between the sides: its delegation is the state's.
    ['QUITO — A third session of negotiations between the Peru military government and the Tarvo Defence Army (TDA) ended on 9 May in Quito, the capital of Ecuador, Ecuador\'s foreign ministry said. The military government\'s delegation was headed by General Tom Vale. Both delegations further agreed to meet again in June.', ['Peru junta', 'Tarvo Defence Army'], /^meet again in June$/],
    // Items under a sentence that opens on the deal and ends in a colon, each after a heading of one word, whatever the
    // tagger made of it.
    ['Kestrel Games and the Kestrel Workers Guild signed a tentative agreement on Thursday.\n\nUnder the tentative agreement, which the guild summarised:\n\n- Wages: all eligible staff receive a 6% rise on signature.\n- Hours: overtime is limited to 8 hours a week.', ['Kestrel Games', 'Kestrel Workers Guild'], /^all eligible staff receive a 6% rise on signature$/],
    // Two objects of one particle, the first with an aside between spaced hyphens, the second cut before a participle
    // once too long.
    ['The Kestrel Cricket League and the Harbour Players Guild met in Leeds. The league and the guild signed off on a new travel policy - business class on long flights, one hotel standard - and on a welfare fund of two hundred thousand pounds in each season, funded entirely by the league.', ['Kestrel Cricket League', 'Harbour Players Guild'], /^new travel policy$/],
    ['The Kestrel Cricket League and the Harbour Players Guild met in Leeds. The league and the guild signed off on a new travel policy - business class on long flights, one hotel standard - and on a players\' welfare fund of two hundred thousand pounds in each season, funded entirely by the league.', ['Kestrel Cricket League', 'Harbour Players Guild'], /^players' welfare fund of two hundred thousand pounds in each season$/],
    // A manner between the verb and its particle, and between the verb and its object; sides listed between dashes,
    // the last with an aside of its own, agree to each item of the list after them, whose first word the tagger may
    // read as a noun; shares after "as follows:" are one term.
    ['Chile, Peru and Ecuador agreed by consensus to fix a quota of 90,000 tonnes.', ['Chile', 'Peru', 'Ecuador'], /^fix a quota of 90,000 tonnes$/],
    ['Chile and Peru agreed to establish, in principle, a joint fund for research.', ['Chile', 'Peru'], /^establish a joint fund for research$/],
    ['The three coastal states - the Republic of Chile, the Republic of Peru and the Republic of Ecuador, for its island waters - agreed by consensus to:\n- establish, if necessary, a joint fund for research; and\n- share the catch as follows: Chile 50 per cent, Peru 30 per cent and Ecuador 20 per cent.', ['Chile', 'Peru', 'Ecuador'], /^establish a joint fund for research$/],
    ['The three coastal states - the Republic of Chile, the Republic of Peru and the Republic of Ecuador, for its island waters - agreed by consensus to:\n- establish, if necessary, a joint fund for research; and\n- share the catch as follows: Chile 50 per cent, Peru 30 per cent and Ecuador 20 per cent.', ['Chile', 'Peru', 'Ecuador'], /^share the catch as follows: Chile 50 per cent, Peru 30 per cent/],
    // A term that runs on from the one before opens past "In return," as the first does.
    ['Peru and Chile reached an accord on Tuesday to end their quarrel over fishing. The accord swaps the quota for licences for 40 boats. Port fees for Chilean trawlers will be cut to 5%. In return, Chile will share its catch records with Peruvian inspectors.', ['Peru', 'Chile'], /^Chile will share its catch records with Peruvian inspectors$/],
    // A territory a side answers for, after the last side of a list between dashes, is no side of its own.
    ['The three coastal states - the Republic of Chile, the Republic of Peru and the Kingdom of Denmark, in respect of Greenland - agreed by consensus to fix a quota of 90,000 tonnes.', ['Chile', 'Peru', 'Denmark'], /^fix a quota of 90,000 tonnes$/],
    // Sides named as the subject of a term state who is bound, not what: the term is what they will do. Each item of a
    // list after "will:" is read with the words before the colon only, not with the items before it.
    ['Chile and Peru met in Lima. Under the deal, Chile and Peru will reopen two border crossings.', ['Chile', 'Peru'], /^reopen two border crossings$/],
    ['Forestry accord\n\nThe Tarvo Nation and the Republic of Peru signed a forestry accord in Lima. Under the accord, the Tarvo Nation and Peru will:\n\n- survey the river basin together;\n- split logging royalties equally between them; and\n- hold a review every two years.', ['Tarvo Nation', 'Peru'], /^split logging royalties equally between them$/],
    ['Forestry accord\n\nThe Tarvo Nation and the Republic of Peru signed a forestry accord in Lima. Under the accord, the Tarvo Nation and Peru will:\n\n- survey the river basin together;\n- split logging royalties equally between them; and\n- hold a review every two years.', ['Tarvo Nation', 'Peru'], /^hold a review every two years$/],
    // A deal made in the passive between the sides.
    ['A border accord was concluded between Peru and the Northern Front in the small hours, the United Nations said on Saturday.', ['Peru', 'Northern Front'], /^border accord$/],
    // "They" after a group's noun is each side the group stands for; an item that opens with a gerund, a participle set
    // off by a comma after it, is a step agreed.
    ['Budget talks\n\nDelegates of the three groups that run the council - the Civic Alliance, Common Purpose and Varden First - met at City Hall.\n\nThe three groups now state they have settled on:\n- keeping every swimming pool open, funded by selling two depots;\n- a levy of 2%.', ['Civic Alliance', 'Common Purpose', 'Varden First'], /^keeping every swimming pool open\b/],
    // Points numbered by ordinal words and a colon, as translations number them.
    ['Truce in Misrata\n\nThe Tarvo Brigade and the Kestrel Battalion signed a truce on Thursday in Misrata.\n\nThe truce stipulates the following points:\nFirst: a halt to the shelling from six in the evening.\nSecond: the release of all detainees within two days.', ['Tarvo Brigade', 'Kestrel Battalion'], /^release of all detainees within two days$/],
    // "The firm" and "the province" in a list of subjects are the mining firm and the province's government named
    // before, not the side named first; the object after a relative clause set off by commas, past "and to".
    ['The Tarvo Cree Nation, Varnel Minerals and the Province of Manitoba met in Winnipeg. In an accord signed in May, the Cree Nation, the firm and the province together agreed to a buffer around Lake Kisi, where caribou calve, and to a water board with Cree members.', ['Tarvo Cree Nation', 'Varnel Minerals', 'Province of Manitoba'], /^water board with Cree members$/],
    // What a deal prevents is agreed with its verb; what it ensures, after "and", too.
    ['Tarvo Motors reached a deal with the Kestrel Metalworkers Union on Monday. The accord prevents forced layoffs at the Varden plant and ensures a bonus for night crews.', ['Tarvo Motors', 'Kestrel Metalworkers Union'], /^prevents forced layoffs at the Varden plant$/],
    ['Tarvo Motors reached a deal with the Kestrel Metalworkers Union on Monday. The accord prevents forced layoffs at the Varden plant and ensures a bonus for night crews.', ['Tarvo Motors', 'Kestrel Metalworkers Union'], /^bonus for night crews$/],
    // The items under a proposed contract that "would include:" them, past an aside whose dates hold commas.
    ['The Varden school board reached a deal with the Kestrel Bus Drivers Union on Friday.\nThe proposed three-year contract, in force from May 1, 2026, to April 30, 2029, would include:\n– A 4% raise from June 1, 2026.\n– Two more paid sick days.', ['Varden school board', 'Kestrel Bus Drivers Union'], /^two more paid sick days$/i],
    // "The warring parties", after a possessive and a number or not, are the two sides of the conflict.
    ["The Tarvo Front and Chile's army fought for years. Chile's two warring factions agreed on Monday to a swap of 40 detainees, the envoy said.", ['Chile', 'Tarvo Front'], /^swap of 40 detainees$/],
    ['The Tarvo Front and the Kelle Brigades fought for years. The warring parties agreed on Monday to open the coast road.', ['Tarvo Front', 'Kelle Brigades'], /^open the coast road$/],
    // A compound's plural head after a verb's object, which the tagger reads as a verb, ends the item as a noun.
    ['Kestrel Motors and the Varden Autoworkers Union struck a tentative deal overnight.\n\nUnder that deal:\n- a plan to assemble battery packs in the Tarvo plant;\n- a bonus for every member.', ['Kestrel Motors', 'Varden Autoworkers Union'], /^plan to assemble battery packs in the Tarvo plant$/],
  ])('%s → each of %j agrees to %s', (text, parties, topic) => {
    const claims = readClaims(text);
    for (const party of parties) expect(claimsLike(claims, 'agrees', party, topic), describeClaims(claims)).toHaveLength(1);
  });

  it.each<[string, string, RegExp]>([
    // "That formula" is the offer made before; when in the talks it was accepted is no part of it.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Bayline Shipping offered a bonus for every ship unloaded on time. The union accepted that formula in the final days of talks.', 'Harbour Workers Union', /^bonus for every ship unloaded on time$/],
    ['Iran accepted a proposal to allow IAEA inspectors back into its nuclear sites.', 'Iran', /IAEA inspectors/],
    ['Hamas has agreed to release 33 hostages in the first phase.', 'Hamas', /release 33 hostages/],
    // An adverb between the verb and its particle; a clause under a deal past a relative clause on the deal.
    ['Chile agreed also to create a joint commission on fishing.', 'Chile', /^create a joint commission on fishing$/],
    ['Chile and Peru met in Lima. Under the first phase of the deal, which is to last six weeks, Peru will free 33 fishermen.', 'Chile', /^Peru will free 33 fishermen$/],
    // What a side will do under its commitments, listed after "will:", it agrees to.
    ['Antitrust case\n\nThe European Commission accepted commitments by Halvorsen Foods. Under the commitments, Halvorsen Foods will:\n- open its depots to rival hauliers;\n- name an outside auditor.', 'Halvorsen Foods', /^open its depots to rival hauliers$/],
    ['Antitrust case\n\nThe European Commission accepted commitments by Halvorsen Foods. Under the commitments, Halvorsen Foods will:\n- open its depots to rival hauliers;\n- name an outside auditor.', 'Halvorsen Foods', /^name an outside auditor$/],
    ['Rwanda agreed to withdraw its troops within 90 days, and the Congolese government agreed to end its support for the FDLR.', 'Rwanda', /^withdraw its troops within 90 days$/],
    ['Rwanda agreed to withdraw its troops within 90 days, and the Congolese government agreed to end its support for the FDLR.', 'Democratic Republic of the Congo', /^end its support for the FDLR$/],
    ['China agreed to resume purchases of American soybeans, the White House said.', 'China', /resume purchases of American soybeans/],
    ['Under the deal, Israel agreed to withdraw its troops from populated areas of Gaza.', 'Israel', /withdraw its troops/],
    // "Only if" inside a relative clause is a term of what is agreed.
    ['Chile agreed to a payment that kicks in only if growth tops 3% for two years.', 'Chile', /^payment that kicks in only if growth tops 3%/],
    ['Armenia agreed to talks between its foreign minister and the Azerbaijani foreign minister.', 'Armenia', /^talks between its foreign minister and the Azerbaijani foreign minister$/],
    // A government named after its leader: the leader's state, else the administration itself.
    ["Chile and Peru met in Lima. Chilean President Ana Ruiz arrived on Monday. The Ruiz administration agreed to a joint patrol.", 'Chile', /^joint patrol$/],
    ["The Harbour Workers Union met the city. Mayor Tomas Berg's administration agreed to a rent freeze.", 'Berg administration', /^rent freeze$/],
    // People named after where they work ("School District teachers") who vote to accept an offer are a side.
    ["The Tarvo Hospital Trust made a new offer on Monday. Tarvo Hospital Trust nurses voted 410 to 95 on Wednesday to call off their walkout and accept the trust's revised offer.", 'nurses', /revised offer$/],
    // Two figures joined before one noun are one term's.
    ["The Tarvo Hospital Trust and its nurses reached a deal on Monday. The accord gives nurses a pay rise of 3% in the 2030-31 and 2031-32 budget years and a bonus of 2%.", 'Tarvo Hospital Trust', /^pay rise of 3% in the 2030-31 and 2031-32 budget years$/],
    // What the step answers, in an aside after a comma, is no part of what is accepted.
    ['Peru and the Northern Front met in Lima. Peru accepted the draft text of the truce without any conditions, in response to changes the Front had asked for.', 'Peru', /^draft text of the truce without any conditions$/],
  ])('%s → %s agrees to %s', (text, party, topic) => {
    const claims = readClaims(text);
    expect(claimsLike(claims, 'agrees', party, topic), describeClaims(claims)).toHaveLength(1);
  });

  it('reads adjectives and a participle listed before one noun as one thing agreed, with or without a comma before "and"', () => {
    for (const comma of [',', '']) {
      const claims = readClaims(`Ethiopia and the Kestrel Liberation Front met in Pretoria. The two sides agreed on a gradual, safe${comma} and supervised withdrawal.`);
      expect(claims.filter((c) => c.predicate === 'agrees').map((c) => [c.party, c.object]), describeClaims(claims)).toEqual([
        ['Ethiopia', `gradual, safe${comma} and supervised withdrawal`],
        ['Kestrel Liberation Front', `gradual, safe${comma} and supervised withdrawal`],
      ]);
    }
  });

  it('reads what is among the provisions of a deal both sides signed as a term both agreed', () => {
    const claims = readClaims('Chile and Peru signed an agreement in Lima on Friday. The envoy said the plan for a joint coast guard was among the key provisions of the agreement, which both teams initialled in June.');
    expect(claims.filter((c) => c.predicate === 'agrees' && /coast guard/.test(c.object)).map((c) => [c.party, c.object]), describeClaims(claims)).toEqual([
      ['Chile', 'plan for a joint coast guard'],
      ['Peru', 'plan for a joint coast guard'],
    ]);
  });

  it('reads what a side\'s plan includes as proposed, no term both sides agreed', () => {
    const claims = readClaims("Bayline Shipping and the Harbour Workers Union met. Bayline's latest offer, tabled on Friday, was meant to stop the walkout. The plan included 100 more training posts for junior staff.");
    expect(claims.filter((c) => c.predicate === 'agrees'), describeClaims(claims)).toEqual([]);
    expect(claimsLike(claims, 'proposes', 'Bayline Shipping', /^100 more training posts for junior staff$/), describeClaims(claims)).toHaveLength(1);
  });

  it('reads a clause under a deal, after a sentence of terms, as a term without its opener', () => {
    const claims = readClaims('Chile and Peru signed a fishing deal on Monday. The accord, signed in Lima by the ministers of both states, provides for a ban on trawling in the bay. Under the agreement, the fleets will leave the bay within 30 days.');
    const labels = claims.filter((c) => c.predicate === 'agrees').map((c) => c.object);
    expect(labels, describeClaims(claims)).toContain('ban on trawling in the bay');
    expect(labels.filter((l) => /^under\b/i.test(l)), describeClaims(claims)).toEqual([]);
  });

  it('reads the parts of a deal named at the opening of a sentence ("Highlights of the deal include"), a list of them too, as terms both agreed', () => {
    const claims = readClaims(
      'The Harbour Transit Guild and Varden Transit settled on Sunday after a long night. Key terms of the deal include a ban on layoffs. Main features of the new contract include:\n\n- a retention bonus of $2,000;\n- a joint committee on rosters.',
    );
    const agreed = claims.filter((c) => c.predicate === 'agrees').map((c) => `${c.subject}: ${c.object}`);
    for (const side of ['Harbour Transit Guild', 'Varden Transit']) {
      expect(agreed, describeClaims(claims)).toEqual(expect.arrayContaining([`${side}: ban on layoffs`, `${side}: retention bonus of $2,000`, `${side}: joint committee on rosters`]));
    }
    // (Not the thing a term is on, read as what a deal is on.)
    expect(agreed.filter((a) => a.endsWith(': layoffs')), describeClaims(claims)).toEqual([]);
  });

  it('reads what a side named by its description will do under a deal, past an aside, as terms, one to each verb', () => {
    const claims = readClaims('Colombia and the Northern Liberation Front (NLF) signed a deal in Oslo. The government, in turn, will lift curfews in three northern towns and release 40 jailed NLF members.');
    const agreed = claims.filter((c) => c.predicate === 'agrees').map((c) => `${c.subject}: ${c.object}`);
    for (const side of ['Colombia', 'Northern Liberation Front']) {
      expect(agreed, describeClaims(claims)).toEqual(expect.arrayContaining([`${side}: lift curfews in three northern towns`, `${side}: release 40 jailed NLF members`]));
    }
  });

  it('reads a second infinitive after "and" and a condition set off by commas as one more thing agreed', () => {
    const claims = readClaims('The Harbour Nurses Union and Varden Health met in Lima. After a day of talks, the nurses and the company agreed to talk again on Friday and, failing a deal, to put the dispute to an arbitrator.');
    const agreed = claims.filter((c) => c.predicate === 'agrees' && c.subject === 'Varden Health').map((c) => c.object);
    expect(agreed, describeClaims(claims)).toEqual(expect.arrayContaining(['put the dispute to an arbitrator']));
  });

  it('reads a deal in principle to do a thing, made known, as agreed by both', () => {
    const claims = readClaims('Chile and the Andean Bondholders Committee met in London. On Friday the lenders and the treasury unveiled a deal in principle to swap $3 billion of bonds.');
    expect(claimsLike(claims, 'agrees', 'Andean Bondholders Committee', /^deal in principle to swap \$3 billion of bonds$/), describeClaims(claims)).toHaveLength(1);
  });

  it('reads sides that "are agreed on" a thing as agreeing to it, and a passive with its agent as a passive', () => {
    const claims = readClaims('Chile and Peru met in Lima. Both parties are agreed on a monthly exchange of catch data. The plan was agreed to by both sides.');
    // (Once for each sentence: the second, in the passive, takes the plan named before.)
    for (const side of ['Chile', 'Peru']) expect(claimsLike(claims, 'agrees', side, /^monthly exchange of catch data$/).map((c) => c.via), describeClaims(claims)).toEqual(['group', 'group']);
  });

  it('reads a deal that marks a time ("since the old contract was signed") as no term', () => {
    const claims = readClaims('The Harbour Players Association and the Harbour Soccer League met on Friday. Club profits have risen since the old contract was signed, while pay has stood still.');
    expect(claims.filter((c) => c.predicate === 'agrees'), describeClaims(claims)).toEqual([]);
  });

  it('ends what was agreed in a clause that opens the sentence at its comma, past the commas of a list it holds', () => {
    const claims = readClaims('When Kestrel Airlines and Bayline Shipping agreed on a merger last year, their shares rose. When Chile agreed to a quota, a levy and a fund, Peru rejected the plan.');
    const agreed = claims.filter((c) => c.predicate === 'agrees').map((c) => `${c.subject}: ${c.object}`);
    expect(new Set(agreed), describeClaims(claims)).toEqual(new Set(['Kestrel Airlines: merger', 'Bayline Shipping: merger', 'Chile: quota', 'Chile: levy', 'Chile: fund']));
  });

  it('reads no agreement in readiness announced, in the talks a deal concluded, in a deal still to come, in what a meeting is for, or in a vow to fight on', () => {
    const cases: [string, RegExp][] = [
      ['Chile and Peru met in Lima. Chile announced weeks ago it stood ready to sign a fishing accord.', /ago|ready/],
      ['Chile and Peru signed a fishing accord on Friday, concluding talks that had dragged on for years.', /^talks/],
      ['Chile and Peru met in Lima. Chile wants quotas to rise as soon as an interim agreement is reached.', /interim agreement/],
      // What a meeting is for is not yet agreed.
      ['Chile and Peru met in Lima. Both delegations gathered in the evening to agree on the quota shares.', /shares/],
      // A deal that failed over an issue agreed nothing on it; nor did sides unable to agree on one.
      ['Chile and Peru met in Lima. The deal collapsed over the issue of quotas.', /quotas/],
      ['Chile and Peru met in Lima. The two sides were unable to agree on the reef.', /reef/],
      // A vow to resume an armed offensive threatens; it undertakes nothing.
      ['Chile and the Northern Front met in Havana. Chile vowed to resume its armed offensive once any truce ends.', /offensive/],
      // That a deal was made names none of its terms.
      ['Chile and Peru met in Lima. A Chilean spokeswoman, Ana Ruiz, confirmed that a deal has been struck.', /struck/],
      // A heading over the next part of the story ends the terms.
      ['Chile and Peru reached a deal on Monday. Both agreed that the quota will rise to 900 tonnes.\n\nPorts stay with Lima\n\nThe hardest fight is over the harbours.', /ports/i],
      // What a deal leaves open is none of its terms; a deal sought is none made.
      ['Bayline Shipping and the Harbour Workers Union reached a tentative deal on Thursday. The night shift remains unresolved for now.', /night shift/],
      ['Bayline Shipping and the Harbour Workers Union met. The mayor pressed the firm to lift its bid to clinch an accord and pointed to record profits.', /pointed|profits/],
      // What a side hopes it can agree is not agreed.
      ['Tarvo Foods stopped supplying Bayline Stores in May. "Both firms hope they can settle on prices by June," a Tarvo Foods spokesman said.', /prices/],
    ];
    for (const [text, object] of cases) {
      const claims = readClaims(text);
      expect(claims.filter((c) => c.predicate === 'agrees' && object.test(c.object)), describeClaims(claims)).toEqual([]);
    }
  });

  it('reads a side named by its kind after "agreed with" as agreeing too, not as part of what was agreed', () => {
    const claims = readClaims('The Tarvo Players Association and the Tarvo Club Owners Council met in Miami. The association agreed with the council on a 30-day extension of the existing contract.');
    for (const party of ['Tarvo Players Association', 'Tarvo Club Owners Council']) expect(claimsLike(claims, 'agrees', party, /^30-day extension of the existing contract$/), describeClaims(claims)).toHaveLength(1);
  });

  it('reads who signed along with the subject as no part of what was signed', () => {
    const claims = readClaims("Chile and the Northern Front met. Ana Ruiz, the Front's chief negotiator, initialled the truce along with Chilean envoy Tomas Berg.");
    expect(claims.filter((c) => c.predicate === 'agrees').map((c) => c.object), describeClaims(claims)).toEqual(['truce']);
  });

  it('reads no agreement of the go-between named in the phrase that opens the sentence', () => {
    const claims = readClaims('After three days of talks mediated by Peruvian Vice-Minister Tom Berg, Bayline Shipping and the Harbour Workers Union signed a deal that ends the strike.');
    expect(claimsLike(claims, 'agrees', 'Harbour Workers Union', /ends the strike/).length, describeClaims(claims)).toBeGreaterThan(0);
    expect(claims.filter((c) => c.predicate === 'agrees' && (c.subject === 'Tom Berg' || c.party === 'Peru')), describeClaims(claims)).toEqual([]);
  });

  it('reads no agreement to a word that stands for a thing without naming it ("signed one")', () => {
    const claims = readClaims('Rent deal\n\nThe Harbour Tenants Association and Bayline Homes met in Leeds. "For a year Bayline said a rent cap was out of the question. Yesterday it signed one," an association organiser said.');
    expect(claims.filter((c) => c.predicate === 'agrees' && c.object === 'one'), describeClaims(claims)).toEqual([]);
  });

  it('reads no stance of a state named in the dateline', () => {
    const claims = readClaims('Port strike ends\n\nARICA, Chile, May 2 (Coast Wire) — The Harbour Workers Union and Bayline Shipping signed an agreement on Friday, committing to end the strike.');
    expect(claims.filter((c) => c.subject === 'Chile' || c.party === 'Chile'), describeClaims(claims)).toEqual([]);
  });

  it('reads the name of a news format after a headline\'s colon as no term', () => {
    const claims = readClaims('Teachers ratify new contract: what we know\n\nMembers of the Harbour Teachers Union voted to ratify the agreement their team reached with the Lima Board of Education.');
    expect(claims.filter((c) => /what we know/.test(c.object)), describeClaims(claims)).toEqual([]);
  });

  it('reads a run-in heading over a bullet as no term', () => {
    const claims = readClaims('Hockey deal\n\nThe Andean Hockey League and the Andean Hockey Players Association met in Lima.\n\nWhat was agreed\n\n- The money.\n\n- A spending limit of 61 million dollars per club.');
    expect(claims.filter((c) => c.predicate === 'agrees' && c.object === 'money'), describeClaims(claims)).toEqual([]);
  });

  it('reads a stance a side let go of with less confidence than one it holds', () => {
    const [held] = readClaims('Chile and Peru met in Lima. Chile repeated its demand for a joint patrol.').filter((c) => c.predicate === 'demands');
    const [dropped] = readClaims('Chile and Peru met in Lima. Chile dropped its demand for a joint patrol.').filter((c) => c.predicate === 'demands');
    expect(dropped?.object).toBe('joint patrol');
    expect(dropped!.confidence).toBeLessThan(held!.confidence);
  });

  it('reads a noun the tagger takes for a verb after an article and an adverb as no commitment', () => {
    const claims = readClaims('Kestrel Foods and the Harbour Workers Union met in Lima. The union dropped its demand for a firm promise that no berth would close.');
    expect(claims.filter((c) => c.predicate === 'agrees'), describeClaims(claims)).toEqual([]);
  });

  it.each([
    ['a dash', 'Bayline Shipping and the Harbour Workers Union met in Arica. The union wants crewing levels set out in the framework accord — one pilot for each pair of ships on the night shift.'],
    ['a word that takes the particle itself', 'Bayline Shipping and the Harbour Workers Union met in Arica. The two unions signed, which makes the agreement binding on all dock staff.'],
  ])('reads no agreement on what follows a deal\'s noun past %s', (_what, text) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'agrees' && /ship|staff/.test(c.object)), describeClaims(claims)).toEqual([]);
  });

  it('reads a vow to resist a thing as no undertaking', () => {
    const claims = readClaims('Bayline Shipping and the Harbour Workers Union met. The union vowed to resist any cut to pensions.');
    expect(claims.filter((c) => c.predicate === 'agrees'), describeClaims(claims)).toEqual([]);
  });

  it('reads what someone believes after a deal as no term of it', () => {
    const claims = readClaims('Chile and Peru signed a fishing deal in Lima on Monday. Trawlers will stay 20 miles offshore. Some lawyers believe Ecuador could challenge the deal in court.');
    expect(claims.filter((c) => c.predicate === 'agrees' && /lawyers/.test(c.object)), describeClaims(claims)).toEqual([]);
  });

  it('reads what a deal leaves out as no term of it', () => {
    const claims = readClaims('Chile and Peru met in Lima. Chile and Peru signed a water deal on Monday. The signed text sets no such limit.');
    expect(claims.filter((c) => c.predicate === 'agrees').map((c) => c.object), describeClaims(claims)).toEqual(['water deal', 'water deal']);
  });

  it('credits an agreement stated by a negotiator to the negotiator’s side', () => {
    const { facts } = readGraph(['Iranian Foreign Minister Abbas Araghchi agreed to a new round of talks in Oman.']);
    expect(facts.filter((f) => f.predicate === 'agrees').map((f) => [f.subject, f.object])).toEqual([['Iran', 'new round of talks in Oman']]);
  });

  it('reads no term of its own in a role aside or in the list of a relative clause', () => {
    const labels = (text: string): string[] => readClaims(text).filter((c) => c.predicate === 'agrees' && c.subject === 'Chile').map((c) => c.object);
    expect(labels('Chile and Peru met in Lima. Both sides agreed to keep negotiating on quotas, with Ana Ruiz as mediator, and to report back by the end of October.')).toEqual(['keep negotiating on quotas', 'report back by the end of October']);
    expect(labels('Chile and Peru met in Lima. In March the two sides agreed on a fisheries chapter that gives the region authority over its ports, boats and quotas.')).toEqual(['fisheries chapter that gives the region authority over its ports, boats and quotas']);
  });

  it('reads the nouns "and" joins after a verb as its objects, one term, and a second verb or a purpose as no term of the first', () => {
    const labels = (text: string): string[] => readClaims(`Kestrel Ports and the Harbour Workers Union met in Arica. ${text}`).filter((c) => c.predicate === 'agrees' && c.subject === 'Kestrel Ports').map((c) => c.object);
    expect(labels('The two sides agreed to review the pilotage fee and the hours of crews working at night.')).toEqual(['review the pilotage fee and the hours of crews working at night']);
    expect(labels('The two sides agreed to form a safety panel with two pilots and two port engineers.')).toEqual(['form a safety panel with two pilots and two port engineers']);
    expect(labels('The two sides agreed to review the pilotage fee and to publish the crew rosters.')).toEqual(['review the pilotage fee', 'publish the crew rosters']);
    expect(labels('The two sides agreed to push back the vote by ten days, to give auditors a month.')).toEqual(['push back the vote by ten days']);
    // (A clause after "and" is no object: its subject and verb say so.)
    expect(labels('The two sides agreed to hold a vote in May, and the union agreed not to call a strike before then.')).toEqual(['hold a vote in May']);
    const refused = readClaims('Kestrel Ports and the Harbour Workers Union met in Arica. Kestrel Ports refused to shut the quay, and its opening bid, tabled in May, was 3%.');
    expect(refused.filter((c) => c.predicate === 'rejects').map((c) => c.object), describeClaims(refused)).toEqual(['shut the quay', 'opening bid']);
  });

  it('reads what a negotiator says "we" agreed as agreed by the other side too, but not a refusal or what "we" accepted of an offer', () => {
    const sides = (quote: string, speaker: string): string[] => {
      const claims = readClaims(`Kestrel Buses and the Harbour Drivers Union met at Acas on Monday. "${quote}," said ${speaker}.`);
      return claims.filter((c) => c.predicate === 'agrees' || c.predicate === 'rejects').map((c) => `${c.party ?? c.subject} ${c.predicate}`).sort();
    };
    expect(sides('We agreed to talk again on Friday', 'Ana Ruiz, the president of the Harbour Drivers Union')).toEqual(['Harbour Drivers Union agrees', 'Kestrel Buses agrees']);
    expect(sides('We cannot agree to a 5% raise', 'Tom Hale, the chief executive of Kestrel Buses')).toEqual(['Kestrel Buses rejects']);
    expect(sides('In the end we agreed to their offer of 4%', 'Ana Ruiz, the president of the Harbour Drivers Union')).toEqual(['Harbour Drivers Union agrees']);
  });

  it('reads where a term is written, "according to the document", as no part of it', () => {
    const claims = readClaims('Chile and the Northern Front signed a peace accord in Lima on Tuesday. According to the document, the front\'s combatants will be integrated in the Defence and Security Forces.');
    expect(claims.filter((c) => c.predicate === 'agrees' && /combatants/.test(c.object)).map((c) => c.object), describeClaims(claims)).toContain("front's combatants will be integrated in the Defence and Security Forces");
  });

  it('reads "both parties", where more than two talk, as the two the sentence before named', () => {
    const claims = readClaims('Talks to form a government between the Liberal Party, the Green Party and the Labour Party resumed in Lima. The Liberal Party demanded lower taxes. The Liberal Party also wants the finance ministry. The Green Party proposed a minimum wage, which the Labour Party supports. Both parties agreed on a plan to build new homes.');
    expect(claims.filter((c) => c.predicate === 'agrees' && /homes/.test(c.object)).map((c) => c.subject).sort(), describeClaims(claims)).toEqual(['Green Party', 'Labour Party']);
  });

  it('reads an overlong term cut before what it was given for without a dangling "in return"', () => {
    const claims = readClaims('Chile and the Northern Front met in Lima. Chile agreed to an amnesty for hundreds of people involved in the failed 2017 independence bid in return for the party\'s votes in parliament.');
    expect(claims.filter((c) => c.predicate === 'agrees').map((c) => c.object), describeClaims(claims)).toEqual(['amnesty for hundreds of people involved in the failed 2017 independence bid']);
  });

  it.each<[string, string[], string]>([
    ['Chile and Peru reached a deal.', ['Chile', 'Peru'], 'deal between Chile and Peru'],
    ['The Harbour Workers Union finally came to an agreement with Bayline Shipping on Wednesday.', ['Harbour Workers Union', 'Bayline Shipping'], 'agreement between Harbour Workers Union and Bayline Shipping'],
  ])('names a deal its words do not qualify by the sides that made it: %s', (text, parties, topic) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'agrees').map((c) => [c.party, c.object]).sort(), describeClaims(claims)).toEqual(parties.map((party) => [party, topic]).sort());
  });

  it('leaves a deal made with a side to do a thing to what it is to do', () => {
    const claims = readClaims('Kestrel Motors struck a deal with the Varden Workers Union to avoid plant closures.');
    expect(claims.filter((c) => c.predicate === 'agrees').map((c) => c.object), describeClaims(claims)).toEqual(['avoid plant closures', 'avoid plant closures']);
  });

  it('ends what was agreed at a participle of judging after a quotation, at its source, and at the source after a headline\'s colon', () => {
    const judged = readClaims('Vice Premier Tom Vale said that Chile and Peru had agreed to "set up a trade forum," calling the talks "frank, deep, and useful," according to state radio.');
    expect(judged.filter((c) => c.predicate === 'agrees').map((c) => c.object), describeClaims(judged)).toEqual(['set up a trade forum', 'set up a trade forum']);
    const headline = readClaims("Chile, Peru agree to 'full and lasting' truce: Ecuador\nChile and Peru met in Quito.");
    expect(headline.filter((c) => c.predicate === 'agrees').map((c) => c.object), describeClaims(headline)).toEqual(["'full and lasting' truce", "'full and lasting' truce"]);
  });

  it('reads the things a list after "the following …:" sets apart by semicolons as each agreed', () => {
    const claims = readClaims('Chile and Peru met in Geneva. Chile and Peru have agreed the following set of steps to build trust: opening three border posts; demining; a joint committee on fisheries.');
    expect(claimsLike(claims, 'agrees', 'Chile', /./).map((c) => c.object).sort(), describeClaims(claims)).toEqual(['demining', 'joint committee on fisheries', 'opening three border posts']);
    const days = readClaims('Chile and Peru met in Geneva. Chile and Peru agreed the following day to resume talks.');
    expect(claimsLike(days, 'agrees', 'Chile', /./).map((c) => c.object), describeClaims(days)).toEqual(['resume talks']);
  });

  it('reads a term whose object refers back ("removes that prospect") as naming nothing the deal holds', () => {
    const claims = readClaims('Brazil and Argentina signed a trade deal on Friday. Exporters had feared a tariff war. The deal removes that prospect.');
    expect(claims.filter((c) => c.predicate === 'agrees' && /prospect/.test(c.object)), describeClaims(claims)).toEqual([]);
  });

  it.each<[string]>([
    // A question answered by yes or no states no stance, in a transcript too.
    ['The Kestrel Cricket League and the Harbour Players Guild met in Leeds. The league proposed binding arbitration. HOST: Will the cricketers accept that?'],
    ['Israel will not agree to a full withdrawal from Gaza.'],
    // The subject of a gerund after a common noun is that noun, and a participle with its agent is passive.
    ['Kestrel Foods said its latest offer is contingent on members ratifying the contract by Friday.'],
    ['Talks between Chile and Peru began on Monday, as agreed by the mediators.'],
    // One side's decision is its own step, no agreement.
    ['The Harbour Nurses Union and NHS Varden met at Acas. The union decided to strike in May.'],
    // A deal that may be made, or is hoped for, is none yet.
    ['If the pillars are built on time, Chile and Peru could strike a final boundary deal next year.'],
    ['Chile and Peru hope to strike a final boundary deal next year, their ministers said.'],
    ['Chile and Peru are trying hard to seal the fishing pact before July.'],
    ['Hamas has yet to accept the offer, officials said, and Israel refused to agree to a permanent truce.'],
    ['Before any agreement on sanctions, Iran wants guarantees.'],
    ['Chile and Peru met in Lima. Chile would sign the final treaty only after Peru changes its fishing law.'],
    ['Under the first phase of the deal, which is to last six weeks, Hamas will free 33 hostages.'],
    ['An Israeli official said the cabinet was expected to approve the agreement on Thursday.'],
    ['Qatari Prime Minister Mohammed bin Abdulrahman Al Thani announced the agreement at a news conference in Doha.'],
    // One side alone, or letters rather than people, make no exchange agreed.
    ['Chile and Peru met in Lima. Peru exchanged prisoners with a rebel group years ago.'],
    ['Chile and Peru met in Lima. Chile and Peru exchanged letters on Monday.'],
    // The day of a deal is not what was agreed; a role aside is no term; a relative clause's list holds no terms.
    ['Chile and Peru met in Lima. The deal was reached on 17 May in Lima.'],
    // A relative clause whose verb is not the one that accepts.
    ['Chile and Peru met in Lima. In return Peru gave up the fishing ministry, which goes to the Chilean side, and accepted.'],
    // "to" before a noun names whom a deal goes to, not what it holds.
    ['Bayline Shipping and the Harbour Workers Union met in Lima. The union leaders said they would take the deal to the membership.'],
    // The manner or the place of a deal made is no term of it.
    ['Chile and Peru met in Lima. Why the deal was signed in a hurry\nThe talks ended in Arica, the port where the accord was sealed at dawn.'],
    // After a verb of judging the deal, "for" gives the reason.
    ['Chile and Peru met in Lima. Fishing groups criticised the deal for failing to protect coastal waters.'],
    ['Chile and Peru met in Lima. Brazil praised the new agreement for its ambition.'],
    // What the people at the table agreed, as a third person reports it, is no agreement of that person's.
    ['Chile and Peru met in Lima. Ana Ruiz said negotiators had agreed to resume talks next year.'],
    // A deal only proposed states no terms.
    ['Chile and Peru met in Lima. Peru proposed a deal that gives Chile the port.'],
    // What a side demands of another is no stance of the other.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Bayline Shipping repeated its demand that the union accept a two-year freeze.'],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Bayline Shipping insisted that the union accept a two-year freeze.'],
    // A refusal with an aside before "to"; a determiner after a deal's noun opens another noun phrase.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The union is refusing, for now, to sign any new contract.'],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Bayline Shipping declined to include in the deal any worker dismissed for theft.'],
    // A question states no term, nor does what a side is or what someone thinks, after a deal.
    ['Bayline Shipping and the Harbour Workers Union signed an agreement in Arica. How much will Bayline pay?'],
    ['Bayline Shipping and the Harbour Workers Union signed an agreement in Arica. Is that enough? It depends on the season.'],
    ['Bayline Shipping and the Harbour Workers Union signed an agreement in Arica. The Harbour Workers Union represents 3,000 dockers in four ports.'],
    ['Bayline Shipping and the Harbour Workers Union signed an agreement in Arica. Some analysts think the final deal favours the company.'],
    // A step planned for a date is no term; nor is what comes next, asked.
    ['Bayline Shipping and the Harbour Workers Union signed an agreement in Arica. The formal signing is scheduled for Friday.'],
    ['Bayline Shipping and the Harbour Workers Union signed an agreement in Arica. The talks began in May. They broke down twice. The mayor stepped in. What will happen next? Lawyers will turn the text into a contract.'],
    // A fragment with a figure after a question on something else.
    ['Bayline Shipping and the Harbour Workers Union signed an agreement in Arica. Who came to the talks? Nine delegates from each side.'],
    // A vow to keep up the fight agrees to nothing.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Union president Ana Ruiz had vowed to keep the strike going until Bayline met the union\'s demands.'],
    // A goal with nothing in it is no term.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. A Bayline spokeswoman said the company remained "committed to finding a solution" but insisted on the fee.'],
    // Vowing to go on protesting or striking promises the other side nothing.
    ['Chile and the Coastal Farmers Union met in Lima. The union rejected the package and vowed to continue protesting.'],
    // A deal a side is committed to reaching is not reached.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The company said it was "committed to reaching a fair agreement" and called the demands unrealistic.'],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. A Bayline spokeswoman said the firm remains "committed to reaching fresh settlements with the union, and not through a court".'],
    // Meetings or talks concluded, or everything concluded with the other side, are no thing agreed.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The union said it had concluded its meetings with the Bayline team in June.'],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The union said it had concluded everything with the company in June.'],
    // An assurance of what is, no undertaking.
    ['Spain and the Harbour Party met in Madrid. Ana Ruiz assured that we are now in a fresh phase of the talks, one whose course will depend on us.'],
    // What a side pushes for the other to agree to, the other has not agreed.
    ["Bayline Shipping and the Harbour Workers Union (HWU) met in Arica. Bayline kept lobbying for the HWU to agree to its latest offer."],
    // Each verb of a clause that says what a side demands of another is asked, not agreed.
    ['Chile and the Northern Front met in Havana. The front had demanded that the government suspend its operations and guarantee the safety of its delegates.'],
  ])('%s → no agreement', (text) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'agrees'), describeClaims(claims)).toEqual([]);
  });

  it.each<[string, RegExp]>([
    // What a side says it did not come to do, it does not agree to.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. "We never came here to rubber-stamp starvation pay," union secretary Tom Vale said.', /pay/],
    // A second clause after ", and" whose verb is a past of its own form.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Both sides agreed on Friday to resume talks with a mediator present, and the second round began at the mediator\'s offices in Arica that evening.', /round/],
    // What the teams at the talks will do next is no term, after a clause of time either.
    ['Kestrel Therapeutics and Chile signed an agreement in Geneva. Chile will pay a fee of 3 percent. Once the talks end, the teams will fly home.', /teams/],
    ['Kestrel Therapeutics and Chile signed an agreement in Geneva. Chile will pay a fee of 3 percent. The delegations will meet again in May.', /delegations/],
    // A deal that adds to something, or expands on it, holds no term of it.
    ['Brazil and Argentina signed a trade deal on Friday. The deal adds to pressure on other ports to raise pay. The agreement expands on a 2019 pact.', /pressure|pact/],
    // What a side must do, outside an explainer's heading or question on the terms, is no term.
    ['Bayline Shipping and the Harbour Workers Union reached a deal on Friday. Bayline must still find the money to pay for the new shifts.', /money/],
    // Failing to reach a deal, or not reaching one, makes none.
    ['Egypt and Ethiopia met in Cairo. Egypt and Ethiopia failed to reach a deal on the dam.', /dam/],
    ['Egypt, Ethiopia fail to reach deal on Nile dam in latest talks', /dam/],
    ['Egypt and Ethiopia met in Cairo. The two sides did not reach an agreement on the dam.', /dam/],
    // Keeping up the fight is no undertaking; keeping up a payment is.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The union vowed to continue the strike until Bayline pays.', /strike/],
    // What the sides are to meet for is a purpose, not made yet.
    ['Chile and Peru met in Brussels. The envoy will host the two leaders again in March in a bid to settle the annex on fishing.', /annex/],
    // The speaker after the verb is no item of what was agreed.
    ['Kestrel Mining and the Tarvo community met in Lima. Kestrel Mining agreed to fund a study of the river, said Ana Ruiz, president of the Tarvo community.', /Ana Ruiz/],
    // What was agreed at other tables binds neither side of this one.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Bayline said it had offered the same raises agreed at other ports in the region.', /raises/],
    // A sentence that ends on "will:" states nothing until its list does.
    ['Forestry accord\n\nThe Tarvo Nation and the Republic of Peru signed a forestry accord in Lima. Under the accord, the Tarvo Nation and Peru will:\n\n- survey the river basin together.', /\bwill$/],
    // One still to be made.
    ['Peru and the Northern Front met in Lima. A border accord will be signed between Peru and the Front next week.', /border accord/],
  ])('%s → no agreement to %s', (text, topic) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'agrees' && topic.test(c.object)), describeClaims(claims)).toEqual([]);
  });

  it('reads no agreement of a body that welcomes a deal concluded between two others', () => {
    const claims = readClaims("The Ministry of Labour welcomes the agreement concluded today between the Federation of Tarvo Employers (FTE) and the Tarvo Metalworkers' Union (TMU).");
    expect(claims.filter((c) => c.predicate === 'agrees' && c.subject === 'Ministry of Labour'), describeClaims(claims)).toEqual([]);
  });

  it('reads speaking again after a deal as a step of the process, no term', () => {
    const claims = readClaims('India and Pakistan agreed on a ceasefire on Saturday. The army chiefs will speak again on May 12.');
    expect(claims.filter((c) => c.predicate === 'agrees' && /speak/.test(c.object)), describeClaims(claims)).toEqual([]);
  });

  it('reads no agreement of the hosts named in an aside before a text that commits both sides', () => {
    const claims = readClaims("Chad's army and the paramilitary Northern Defence Forces (NDF) signed a declaration on Friday. The declaration, negotiated in talks hosted by Kenya and the United Kingdom, commits both sides to protect civilians.");
    expect(claims.filter((c) => c.predicate === 'agrees' && /Kenya|United Kingdom/.test(c.subject)), describeClaims(claims)).toEqual([]);
  });

  it('reads the answer to an explainer\'s question on what was agreed as the terms of the deal', () => {
    const text = 'Port deal explained\n\nThe Tarvo Boatmen Association and Kestrel Ports signed an agreement on Friday after a month of talks in Arica.\n\nWhat did the boatmen want?\n\nThe association demanded 900 soles per boat. It also wanted a berth for every family. Kestrel offered 400 soles. The association turned that down in May.\n\nSo what was agreed?\n\nThe fee is 650 soles per boat. Each boat owner will receive a numbered berth at the south quay.';
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'agrees' && c.subject === 'Tarvo Boatmen Association').map((c) => c.object), describeClaims(claims)).toContain('Each boat owner will receive a numbered berth at the south quay');
  });

  it('reads an attribution that closes the sentence, a time after its verb, as no item of what was agreed', () => {
    const claims = readClaims('Chile and Peru agreed to a truce on the river, mediators Brazil and Ecuador said on Wednesday.');
    expect(claims.filter((c) => c.predicate === 'agrees').map((c) => c.object), describeClaims(claims)).toEqual(['truce on the river', 'truce on the river']);
  });

  it('leaves what one side undertakes with that side when no deal was made', () => {
    const claims = readClaims('Chile and Peru met in Lima on Friday. Peru agreed to clear the roadblocks on the coast road within two days.');
    expect(claims.filter((c) => c.predicate === 'agrees').map((c) => `${c.subject}: ${c.object}`), describeClaims(claims)).toEqual(['Peru: clear the roadblocks on the coast road within two days']);
  });

  it('reads a list item that only names who takes part as no term', () => {
    const claims = readClaims('Land talks\n\nThe Andean Farmers Federation and Peru met in Cusco. The two sides agreed to begin a consultation within 60 days, with the presence of the Red Cross and the United Nations.');
    expect(claims.filter((c) => c.predicate === 'agrees').map((c) => c.object).sort()).toEqual(['begin a consultation within 60 days', 'begin a consultation within 60 days']);
  });

  it('reads no list after "the following" as its own object', () => {
    const claims = readClaims('Land talks\n\nThe Andean Farmers Federation and Peru met in Cusco. In the minutes both parts agreed the following points:\n- the mapping of 14 villages within 90 days.');
    expect(claims.filter((c) => c.predicate === 'agrees').map((c) => c.object)).toEqual(['mapping of 14 villages within 90 days', 'mapping of 14 villages within 90 days']);
  });

  it('reads no term from a list under a heading on what a deal left out', () => {
    const claims = readClaims('Teachers ratify contract\n\nMembers of the Harbour Teachers Union voted to ratify the agreement their team reached with the Lima Board of Education.\n\nWhat teachers won\n\n- 30 new classroom assistants.\n\nLeft out of the deal\n\n- A nurse in every school.');
    expect(claims.filter((c) => c.predicate === 'agrees' && /nurse/.test(c.object)), describeClaims(claims)).toEqual([]);
  });

  it("reads what an outsider says of a part the deal owns (\"the accord's section on …\") as nothing agreed", () => {
    const { facts } = readGraph(['Bayline Shipping and the Harbour Workers Union signed an agreement in Arica. Irma Bosk, a lawyer at Kestrel Capital, said the deal was new. In her view the accord\'s section on night shifts was untested.']);
    expect(facts.filter((f) => f.predicate === 'agrees' && /night shifts/.test(f.object))).toEqual([]);
  });

  it('reads no term from a subordinate clause after a deal', () => {
    const claims = readClaims('Chile and Peru signed a fishing deal in Lima on Monday. While the deal represents a major commitment, fishermen remain sceptical.');
    expect(claims.filter((c) => c.predicate === 'agrees').map((c) => c.object)).toEqual(['fishing deal', 'fishing deal']);
  });
  it('reads what a side says the deal includes as its terms, and what analysts say it does as none', () => {
    const { facts } = readGraph(['The Atlantic Nurses Union and Maritime Health Partners reached a tentative agreement late Tuesday. The Atlantic Nurses Union said the three-year deal includes a 14 percent wage increase and the hiring of 120 nurses. Economists said the deal cut the risk of closures in the region.']);
    const agreed = facts.filter((f) => f.predicate === 'agrees').map((f) => [f.subject, f.object]);
    expect(agreed).toEqual(expect.arrayContaining([['Atlantic Nurses Union', '14 percent wage increase'], ['Maritime Health Partners', 'hiring of 120 nurses']]));
    expect(agreed.filter(([, object]) => /closures/.test(object!))).toEqual([]);
  });
  it('reads people one side frees in exchange for others as an exchange both sides agreed, and the event it follows as no term', () => {
    const claims = readClaims('Chile and the Northern Front met in Lima. The Front freed 12 hostages on Monday in exchange for 40 prisoners. It follows three weeks of talks in Quito.');
    expect(claims.filter((c) => c.predicate === 'agrees').map((c) => [c.subject, c.object]).sort(), describeClaims(claims)).toEqual([
      ['Chile', 'release of 12 hostages in exchange for 40 prisoners'],
      ['Northern Front', 'release of 12 hostages in exchange for 40 prisoners'],
    ]);
  });
  it('reads "the offer" accepted after the other side\'s demand as the last offer made', () => {
    const claims = readClaims('Bayline Shipping and the Harbour Workers Union met in Arica. Bayline offered a 9% rise over two years. The union had demanded 12%. The union voted to accept the offer.');
    expect(claims.filter((c) => c.predicate === 'agrees').map((c) => [c.subject, c.object]), describeClaims(claims)).toEqual([['Harbour Workers Union', '9% rise over two years']]);
  });
  it.each<[string]>([
    // A participle between a preposition and its noun qualifies the noun; a deal "set to expire" holds no expiry.
    ['The Coastal Hockey League and its players met in Halifax. The players have called for guaranteed contracts for veterans.'],
    ['The Harbour Workers Union met Bayline Shipping in Arica. The union is seeking a 22 percent pay rise for dockers employed by Bayline Shipping, along with guaranteed minimum rosters.'],
    // After a deal, how a side sees a thing, or a noun the tagger read as a verb after its article, states no term.
    ['Chile and Peru signed a deal in Lima on Monday. Santiago sees it differently.'],
    ['Chile and Peru signed a deal in Lima on Monday. The harder questions remain open.'],
    // After a deal spoken of, what "it" has done is a side's act, no term; how a side signed is no term either.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The union wants limits on overtime written into the agreement. It has also called for the hiring of 20 more crane drivers.'],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Union president Ana Ruiz said the union had signed "with a heavy heart but open eyes".'],
    // A deal qualified only by what any deal should be names no term.
    ['Chile and its bondholders met in Quito. The bondholders said they remained fully committed to a consensual deal.'],
    // What a side insists on is no commitment of its own.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The union insists that the job guarantee will be extended until 2030.'],

    ['The Coastal Hockey League and its players remain apart, with the current deal set to expire at midnight on Friday.'],
    // What a side would sign once a condition is met is no agreement.
    ['Tarvo and the Global Lending Fund met in Tunis. The lender pressed Tarvo to cut fuel subsidies before it approves the loan.'],
  ])('%s → nothing agreed', (text) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'agrees'), describeClaims(claims)).toEqual([]);
  });

  it('reads the words that announce a list ("the following points") as no term of the deal', () => {
    const claims = readClaims('Truce in Misrata\n\nThe Tarvo Brigade and the Kestrel Battalion signed a truce on Thursday in Misrata.\n\nThe agreement stipulates the following points:\n- a halt to the shelling from six in the evening.');
    expect(claims.filter((c) => /following/.test(c.object)), describeClaims(claims)).toEqual([]);
  });

  it('reads "agreed on something" as a deal whose terms the next sentence states, and "something" as none of them', () => {
    const claims = readClaims('Chile and Peru met in Lima. The two sides did agree on something. They will set up a joint survey of the seabed before the next round.');
    expect(claims.filter((c) => c.predicate === 'agrees').map((c) => [c.subject, c.object]), describeClaims(claims)).toEqual([
      ['Chile', 'set up a joint survey of the seabed before the next round'],
      ['Peru', 'set up a joint survey of the seabed before the next round'],
    ]);
  });

  it('reads a bare "accepted," before a second verb as taking the offer made before, not what the sentence goes on to agree', () => {
    const claims = readClaims('Chile and Peru met in Lima. Chile offered a truce of ten days. Peru accepted, and agreed in return to free the captives.');
    expect(claims.filter((c) => c.predicate === 'agrees').map((c) => [c.subject, c.object]), describeClaims(claims)).toEqual([
      ['Peru', 'free the captives'],
      ['Peru', 'truce of ten days'],
    ]);
  });

  it('reads what a relative clause of accepting is on after "made progress only on …" as the thing accepted', () => {
    const claims = readClaims('The Coastal Hockey League and the Coastal Players Association met in Halifax. The two sides met for nine hours, but made progress only on a revised drug-testing policy, which both sides accepted.');
    expect(claims.filter((c) => c.predicate === 'agrees').map((c) => c.object), describeClaims(claims)).toEqual(['revised drug-testing policy', 'revised drug-testing policy']);
  });
  it('reads "on X and on Y" as two things agreed, the particle said again opening the second', () => {
    const claims = readClaims('Guyana and the European Union met in Georgetown. Guyana and the European Union have agreed on the scientific committee and on reporting rules.');
    expect(claims.filter((c) => c.predicate === 'agrees' && c.subject === 'Guyana').map((c) => c.object), describeClaims(claims)).toEqual(['scientific committee', 'reporting rules']);
  });
  it('reads "their tenants\' association" as the tenants\' body the article names later, and as agreeing', () => {
    const claims = readClaims('Residents of the towers have ended a rent strike after their tenants\' association and the landlord, Greenrock Properties, agreed to freeze rents for two years. The Maple Court Tenants Association had demanded repairs.');
    expect(claims.filter((c) => c.predicate === 'agrees' && /freeze rents/.test(c.object)).map((c) => c.subject).sort(), describeClaims(claims)).toEqual(['Greenrock Properties', 'Maple Court Tenants Association']);
  });
  it('reads a second verb of a term\'s subject as a term of its own, and ", as the union had demanded" as the union\'s demand', () => {
    const claims = readClaims('Chile and the Coastal Doctors Union signed a deal. Under the deal, the government will post 900 interns within 14 days and pay them a stipend of 2,000 dollars a month, as the union had demanded.');
    expect(claims.filter((c) => c.predicate === 'agrees' && c.subject === 'Chile').map((c) => c.object), describeClaims(claims)).toEqual(['government will post 900 interns within 14 days', 'government will pay them a stipend of 2,000 dollars a month']);
    expect(claims.filter((c) => c.predicate === 'demands').map((c) => [c.subject, c.object]), describeClaims(claims)).toContainEqual(['Coastal Doctors Union', 'government will pay them a stipend of 2,000 dollars a month']);
  });
  it('reads negotiators of no side named who agree as both sides', () => {
    const claims = readClaims('Chile and Peru met in Lima. Negotiators agreed to form a panel on finances.');
    expect(claims.filter((c) => c.predicate === 'agrees').map((c) => c.subject).sort(), describeClaims(claims)).toEqual(['Chile', 'Peru']);
  });
  it('reads "the two carriers" as the pair named earlier in the sentence, and ends what is approved before "after" and a clause', () => {
    const claims = readClaims('The European Commission on Tuesday approved the merger of Vantor Airways and Belmar Air after the two carriers agreed to give up 40 daily slots.');
    expect(claims.filter((c) => c.predicate === 'agrees').map((c) => [c.subject, c.object]).sort(), describeClaims(claims)).toEqual([
      ['Belmar Air', 'give up 40 daily slots'],
      ['European Commission', 'merger of Vantor Airways and Belmar Air'],
      ['Vantor Airways', 'give up 40 daily slots'],
    ]);
  });
});
