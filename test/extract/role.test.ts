import { describe, expect, it } from 'vitest';
import { claimsLike, describeClaims, readClaims } from './read-claims.js';

describe('role', () => {
  it.each<[string, string, RegExp]>([
    // The office a person serves as, sits in as, is appointed or named as, or takes the role of.
    ['The Harbour Dockers Union and Kestrel Ports met on Monday. Talks resumed with retired judge Tom Vale sitting in as mediator.', 'Tom Vale', /^mediator$/],
    ['The Harbour Dockers Union and Kestrel Ports met on Monday. The talks are led by Ola Berg, whom both sides appointed as their mediator in March.', 'Ola Berg', /^mediator$/],
    ['The Harbour Dockers Union and Kestrel Ports met on Monday. The parish priest, Tomas Lind, who has taken the role of mediator since May, said no.', 'Tomas Lind', /^mediator$/],
    ['The Harbour Dockers Union and Kestrel Ports met on Monday. The ministry named Ana Ruiz, a former trade union lawyer, as mediator on Friday.', 'Ana Ruiz', /^mediator$/],
    // An occupation in apposition after the person's age, or before an unnamed body a known town qualifies.
    ['The Harbour Dockers Union and Kestrel Ports met on Monday. "We want a fair roster," said Ana Ruiz, a 52-year-old nurse who chairs the union\'s committee.', 'Ana Ruiz', /^nurse$/],
    ['The Harbour Dockers Union and Kestrel Ports met on Monday. Marta Vidal, a freight analyst at a Lima bank, said shippers might leave.', 'Marta Vidal', /^freight analyst$/],
    // An office after the person's name and "is", also past an apposition or the person's age; an occupation after
    // the age.
    ["The Harbour Dockers Union and Kestrel Ports met on Monday. Ana Ruiz is the union's chief negotiator.", 'Ana Ruiz', /^chief negotiator$/],
    ["The Harbour Dockers Union and Kestrel Ports met on Monday. Tomas Lind, 58, is Kestrel Ports' chief executive.", 'Tomas Lind', /^chief executive$/],
    ['The Harbour Dockers Union and Kestrel Ports met on Monday. Ines Vidal, 41, a lawyer from Arica, heads the union delegation.', 'Ines Vidal', /^lawyer$/],
    // An office in apposition before the translation of its side's name in brackets.
    ["Coalition talks resume\n\nJonas Berg, leader of Borgernes Front (Citizens' Front), was appointed to chair the talks.", 'Jonas Berg', /^leader of Borgernes Front$/],
    // A South African province's minister, its Member of the Executive Council.
    ['The Harbour Dockers Union and Kestrel Ports met in Gqeberha. Provincial MEC for Economic Development Thandi Mokoena sat in on the talks.', 'Thandi Mokoena', /^Provincial MEC for Economic Development$/],
    // The remit of a post in apposition, after "for" or "on", in lower case, a people's or a place's name.
    ['The Harbour Dockers Union and Kestrel Ports met on Monday. "We are close," said Ana Ruiz, Norway\'s special envoy for port safety.', 'Ana Ruiz', /^special envoy for port safety$/],
    ["The Harbour Dockers Union and Kestrel Ports met on Monday. Tom Hale, Kestrel Ports' vice-president for port partnerships, said no.", 'Tom Hale', /^vice-president for port partnerships$/],
    ['Chile and Peru met in Lima. Ana Ruiz, the bloc\'s lead negotiator on fish and timber, said the quota was fair.', 'Ana Ruiz', /^lead negotiator on fish and timber$/],
    // An office in apposition with a participle of its own after it.
    ['The Harbour Dockers Union and Kestrel Ports met on Monday. Ana Ruiz, the mediator chosen by both teams, met them on Friday.', 'Ana Ruiz', /^mediator$/],
    // A portfolio closed by a noun the list of ministries does not hold.
    ['Peru and Chile met in Lima. Deputy Minister for Energy Policy Ana Ruiz said no.', 'Ana Ruiz', /^Deputy Minister for Energy Policy$/],
    // A company's general manager.
    ["The Tarvo fishing cooperative and Minera Kestrel met in Arica. Kestrel's general manager, Luis Mora, said no.", 'Luis Mora', /^general manager$/],
    // An occupation and the field it is of; a post's field opened by an adjective; offices of coordinators, provosts,
    // prosecutors, public defenders and elders.
    ['Bayline Shipping and the Harbour Workers Union met in Lima. Ana Ruiz, a professor of maritime law, said the talks were tense.', 'Ana Ruiz', /^professor of maritime law$/],
    ["Bayline Shipping and the Harbour Workers Union met in Lima. Luis Mora, Bayline's head of public affairs, attended.", 'Luis Mora', /^head of public affairs$/],
    ['Bayline Shipping and the Harbour Workers Union met in Lima. Federal prosecutor Tom Berg opened an inquiry.', 'Tom Berg', /^Federal prosecutor$/],
    ['Bayline Shipping and the Harbour Workers Union met in Lima. Provost Mark Dunne said no.', 'Mark Dunne', /^Provost$/],
    ['Bayline Shipping and the Harbour Workers Union met in Lima. Public defender Jorge Paz sat in.', 'Jorge Paz', /^Public defender$/],
    ['The Tarvo and Kelle clans met in Moyale. The Tarvo side was led by elder Kofi Mensah.', 'Kofi Mensah', /^elder$/],
    ['Bayline Shipping and the Harbour Workers Union met in Lima. The union coordinator, Eva Soto, said no.', 'Eva Soto', /^(union )?coordinator$/],
    ['Iranian Foreign Minister Abbas Araghchi said the talks were useful.', 'Abbas Araghchi', /^Foreign Minister$/],
    // Who chairs, heads or presides over a body is its chair, head or president.
    ["The Harbour Workers Union and Bayline met in Arica. We spoke to Ana Ruiz, who chairs the union's pay panel, about shifts.", 'Ana Ruiz', /^chair of the union's pay panel$/],
    ['The Harbour Workers Union and Bayline met in Arica. Rosa Ibarra, who presides over the Coastal Labour Board in Arica, said yes.', 'Rosa Ibarra', /^president of the Coastal Labour Board$/],
    // … and in the passive, after the body: a side named, or a body in lower case; a side's delegation is led instead.
    ['The Harbour Workers Union and Bayline met in Arica. The Tenants Council, which is chaired by Ana Ruiz, proposed a rent cut.', 'Ana Ruiz', /^chair of the Tenants Council$/],
    ["Chile and its bondholders met in Lima. The lenders' committee, chaired by Sir Anton Wexby, rejected the plan.", 'Anton Wexby', /^chair of the lenders' committee$/],
    // An office written short, a vice-minister, and portfolios of water and of mines and oil.
    ['Chile and Peru met in Lima. State Sen. Ana Ruiz, a Democrat, testified.', 'Ana Ruiz', /^State Senator$/],
    ["Chile and Peru met in Lima. Peru's vice-minister Tomas Varden said no.", 'Tomas Varden', /^vice-minister$/],
    ['Chile and Peru met in Lima. The vice-minister of water, Rosa Ibarra, said yes.', 'Rosa Ibarra', /^vice-minister of water$/],
    ['Chile and Peru met in Lima. Chilean Minister of Mines and Oil Luis Paredes spoke.', 'Luis Paredes', /^Minister of Mines and Oil$/],
    ['Chile and the unions met in Lima. Minister for the Public Service and Administration Ana Ruiz welcomed the deal.', 'Ana Ruiz', /^Minister for the Public Service and Administration$/],
    // A portfolio of one word or two before the office qualifies it.
    ['Chile and the European Union met in Brussels. Chile was represented by European Affairs Minister Ana Ruiz.', 'Ana Ruiz', /^European Affairs Minister$/],
    ['Chile and the European Union met in Brussels. Enlargement Commissioner Eva Lind urged Chile to reform its courts.', 'Eva Lind', /^Enlargement Commissioner$/],
    // Titles of two office words, as companies and associations in Indonesia write them, after an honorific.
    ["Bayline Shipping and the Harbour Workers Union met. Bayline Shipping's President Director, Mr Tom Hale, said no.", 'Tom Hale', /^President Director$/],
    ["Bayline Shipping and the Harbour Workers Union met. The association's General Chairman, Bung Andi Lesmana, led the team.", 'Andi Lesmana', /^General Chairman$/],
    // A list of portfolios, the last after "and", is no holder's name.
    ['Chile and Peru met in Lima. Peru invited the Minister of Youth, Arts and Recreation, Rosa Ibarra, to attend.', 'Rosa Ibarra', /^Minister of Youth, Arts and Recreation$/],
    // What a person does, in apposition: with its field and the body after "at"; a demonym before it or an origin after
    // it is where the person is from; where a person was born is no side.
    ['Chile and its bondholders met in Lima. Luis Mena, a trade economist at the University of Lima, said no.', 'Luis Mena', /^trade economist at the University of Lima$/],
    ['Chile and its bondholders met in Lima. Tom Lau, a Norwegian economist who advised the board, said no.', 'Tom Lau', /^economist$/],
    ['Chile and its bondholders met in Lima. Ana Ruiz, a former labour lawyer from Cusco, said no.', 'Ana Ruiz', /^former labour lawyer$/],
    ['Kestrel Foods and the Harbour Workers Union met. Eva Berg, the Finnish-born chief executive who joined in May, said no.', 'Eva Berg', /^chief executive$/],
    // An acronym in parentheses after the body of an office.
    ['Chile and the fishers met. Lena Paz, president of the Andean Fishers Association (AFA), said no.', 'Lena Paz', /^president of the Andean Fishers Association \(AFA\)$/],
    // A first name that is also a place's, before a surname, with an office in apposition.
    ['Chile and the fishers met. Sofia Marangou, president of the Andean Fishers Association, said no.', 'Sofia Marangou', /^president of the Andean Fishers Association$/],
    // A legislature's offices: the chamber and the majority qualify the office, they name no side.
    ['The Unity Party and the Labour Front met in Washington. Senate Majority Leader Ana Ruiz said a deal was close.', 'Ana Ruiz', /^Senate Majority Leader$/],
    // A cleric's title is an office; "Rev." and "Fr." are honorifics before a name.
    ['The Andean Farmers Association and the Highland Herders Union met in Lima. Bishop Ana Ruiz said peace was near.', 'Ana Ruiz', /^Bishop$/],
    ['The Andean Farmers Association and the Highland Herders Union met in Lima. The Chairman of the council, Most Rev. Dr. Samuel Eze, said no.', 'Samuel Eze', /^Chairman$/],
    // A hyphenated office after an organisation's name; lower-case words between "chief" and "officer".
    ['Kestrel Foods and the Harbour Workers Association (HWA) met in Lima. Petra Holm, the HWA vice-president, said no.', 'Petra Holm', /^vice-president$/],
    ['Kestrel Foods and the Harbour Workers Association (HWA) met in Lima. Carla Lind, the Kestrel Foods chief data officer, said no.', 'Carla Lind', /^chief data officer$/],
    // An office word qualifying the office after it; an office of the side named in the possessive by its kind word.
    ['Bayline Shipping and the Harbour Workers Union met. Priya Nair, Bayline\'s general manager of employee relations, said no.', 'Priya Nair', /^general manager of employee relations$/],
    ['Bayline Shipping and the Harbour Workers Union met. Tom Vale, the union\'s national secretary, said no.', 'Tom Vale', /^national secretary$/],
    ['Foreign Minister Ana Velasco met her Peruvian counterpart Jorge Salcedo in Lima.', 'Jorge Salcedo', /^Foreign Minister$/],
    // A description before a name in apposition is that person's office, not the office of the person named before.
    ['Chile and Peru met in Lima. Ana Soto, the Chilean negotiator, left. The spokeswoman of the federation, Eva Lind, said no.', 'Eva Lind', /^spokeswoman$/],
    // Under-secretaries, and a portfolio after "for".
    ['Chile and Peru met in Lima. Peruvian Trade Ministry undersecretary Luis Rojas spoke.', 'Luis Rojas', /^Trade Ministry undersecretary$/],
    ['Chile and Peru met in Lima. Ana Soto, a deputy foreign minister for legal affairs, left.', 'Ana Soto', /^deputy foreign minister for legal affairs$/],
    // Portfolios listed after "of", the last after "and the".
    ['Chile and Peru met in Lima. Deputy Minister of Mines, Energy and the Environment Thabo Nkosi said no.', 'Thabo Nkosi', /^Deputy Minister of Mines, Energy and the Environment$/],
    // What an office is of or for, in capitals, up to the comma or the title before the name.
    ["Cameroon and Chad met in Yaounde. Cameroon's Minister of External Relations, Joseph Ngoumou, spoke.", 'Joseph Ngoumou', /^Minister of External Relations$/],
    ['Kenya and the doctors met. Principal Secretary for Medical Services Dr. Peter Langat arrived.', 'Peter Langat', /^Principal Secretary for Medical Services$/],
    ["Kestrel Rail and the Kestrel Rail Union met. Kestrel Rail's regional manager for the Western Cape, Pieter Botha, agreed.", 'Pieter Botha', /^regional manager for the Western Cape$/],
    // A list of portfolios after "Minister of"; a councillor's title.
    ['Japan and Australia met in Tokyo. Minister of Economy, Trade and Industry Kenji Morioka said no.', 'Kenji Morioka', /^Minister of Economy, Trade and Industry$/],
    ['The union met Auckland Council. Councillor Tom Reihana said the mayor was hiding.', 'Tom Reihana', /^Councillor$/],
    // A portfolio in capitals before "Minister", and a second office in apposition before the name.
    ['Chile and Peru met in Lima. Water Resources Minister Ana Ruiz said no.', 'Ana Ruiz', /^Water Resources Minister$/],
    ["Russia and the United States met in Geneva. Russia's chief negotiator, Deputy Foreign Minister Sergei Ryabkov, said the talks were useful.", 'Sergei Ryabkov', /^chief negotiator$/],
    // A field in lower case, the body after "at", chairing a body, and a prime minister in short.
    ['Chile and the Kestrel Fund met in Lima. Ana Ruiz, head of equities at the Kestrel Fund, declined to comment.', 'Ana Ruiz', /^head of equities at the Kestrel Fund$/],
    ['Chile and its bondholders met in Lima. Tomas Berg, a portfolio manager at Bayline Capital, said no.', 'Tomas Berg', /^portfolio manager at Bayline Capital$/],
    ['Chile and its bondholders met in Lima. Tomas Berg, who chairs the bondholder committee, said no.', 'Tomas Berg', /^chair of the bondholder committee$/],
    ["Chile and Peru met in Lima. Lima's PM Ana Ruiz said no.", 'Ana Ruiz', /^PM$/],
    // The side in the apposition is one only the article names.
    ["The Harbour Workers Union met Bayline Shipping. Irena Kovac, the union's chairwoman, said the offer was too low.", 'Irena Kovac', /^chairwoman$/],
    ['The treaty was signed by the Minister of Energy and Water Resources of Chile Ana Rojas Vidal on Friday.', 'Ana Rojas Vidal', /^Minister of Energy and Water Resources$/],
    // A body in lower case after "in the"; a group's spokesman where the article names one armed group.
    ['The Chilean delegation is led by Colonel Luis Vidal, a senior officer in the military intelligence service.', 'Luis Vidal', /^senior officer in the military intelligence service$/],
    ["Chile and the Andean Liberation Front met in Lima. The front's side is headed by Ana Soto, the group's spokesman.", 'Ana Soto', /^spokesman$/],
    ['Maria Lopez, head of the Peruvian government delegation, said the talks were useful.', 'Maria Lopez', /^head of the Peruvian government delegation$/],
    ['Major General Ali Hassan, a member of the army delegation, spoke.', 'Ali Hassan', /^Major General$/],
    ['Minister for Agriculture, Anne Roux, said the farmers would be heard.', 'Anne Roux', /^Minister for Agriculture$/],
    // Offices of go-betweens and envoys: a prefect, co-facilitators, an ambassador-at-large.
    ['Chile and Peru met in Rennes. The sessions were guided by two co-facilitators, Ana Ruiz and Tom Vale.', 'Tom Vale', /^co-facilitator$/],
    ['Chile and Peru met in Rennes. The meeting was chaired by the prefect of Brittany, Ana Ruiz.', 'Ana Ruiz', /^prefect/],
    // A region's name before an office is no part of it, nor of a person's name.
    ['Bayline Health and the Kestrel Nurses Union met. Texas Labor Secretary Ana Soto told both sides to keep talking.', 'Ana Soto', /^Labor Secretary$/],
    // A department's words before an office are its portfolio, no organisation.
    ['The city and the Kestrel Transit Union met. The city team, headed by Human Resources Director Tom Vale, met the union.', 'Tom Vale', /^Human Resources Director$/],
    ['Kenyan Secretary-General Paul Otieno spoke after the talks.', 'Paul Otieno', /^Secretary-General$/],
    ['Israeli Defense Minister Israel Adler said the deal was weak.', 'Israel Adler', /^Defense Minister$/],
    ['European Commission President Anna van der Berg said the accord was signed.', 'Anna van der Berg', /President$/],
    ['Steve Witkoff, the U.S. special envoy, arrived in Muscat on Friday.', 'Steve Witkoff', /^special envoy$/],
    ["Ron Dermer, Israel's strategic affairs minister, flew to Cairo.", 'Ron Dermer', /^strategic affairs minister$/],
    ['Qatari Prime Minister Mohammed bin Abdulrahman Al Thani spoke to reporters in Doha.', 'Mohammed bin Abdulrahman Al Thani', /^Prime Minister$/],
    ['Hamas official Basem Naim told reporters the group would study the offer.', 'Basem Naim', /^official$/],
    ['Scott Bessent, the Treasury Secretary, said progress had been made.', 'Scott Bessent', /^Treasury Secretary$/],
    ["Nikol Pashinyan, Armenia's prime minister, welcomed the text.", 'Nikol Pashinyan', /^prime minister$/],
    ["Ilham Aliyev, who is Azerbaijan's president, said the border must be fixed.", 'Ilham Aliyev', /^president$/],
    ["Majid Takht-Ravanchi, Iran's deputy foreign minister, said Tehran would respond.", 'Majid Takht-Ravanchi', /^deputy foreign minister$/],
    ['Jamieson Greer, the US trade representative, joined the talks on Sunday.', 'Jamieson Greer', /^trade representative$/],
    ['Abbas Araghchi arrived in Oman. The Iranian negotiator said he was hopeful.', 'Abbas Araghchi', /^negotiator$/],
    ['Sudanese army chief Abdel Fattah al-Burhan rejected the plan.', 'Abdel Fattah al-Burhan', /^army chief$/],
    ['Egyptian intelligence chief Hassan Rashad met both delegations in Cairo.', 'Hassan Rashad', /^intelligence chief$/],
    ['Chinese Vice Premier He Lifeng met the U.S. delegation in Geneva.', 'He Lifeng', /^Vice Premier$/],
    ['Chinese Commerce Ministry spokesperson He Yadong said the talks were candid.', 'He Yadong', /^Commerce Ministry spokesperson$/],
    ['The Israeli delegation, headed by Mossad chief David Barnea, reached Doha on Monday.', 'David Barnea', /^Mossad chief$/],
    ["Steve Witkoff, President Donald Trump's special envoy to the Middle East, arrived in Muscat.", 'Steve Witkoff', /^special envoy to the Middle East$/],
    // Offices of boards, firms and go-betweens; a field in lower case before the comma and the name.
    ['Bayline Shipping and the Harbour Workers Union met. Board member Jonas Ravel said the union wanted more.', 'Jonas Ravel', /^Board member$/],
    ["Chile and its bondholders met in Lima. Bayline Capital's managing partner, Ciaran Delane, said the fund would vote.", 'Ciaran Delane', /^managing partner$/],
    ['The league and the players met in Leeds. Warren Pelham, owner of the Leeds Rovers, said the owners wanted a cap.', 'Warren Pelham', /^owner of the Leeds Rovers$/],
    ["Bayline Shipping and the Harbour Workers Union met. Bayline's general counsel, Britt Sole, said no.", 'Britt Sole', /^general counsel$/],
    ['Chile and Peru met in Lima. The Panamanian delegate, Lucia Condori, said Panama wanted a cap.', 'Lucia Condori', /^delegate$/],
    ["Chile and Peru met in Lima. Peru's director of markets, Irma Varga, said the deal was fine.", 'Irma Varga', /^director of markets$/],
    ['Chile and the doctors met. The ministry and its deputy director-general for staffing, Nina Holt-Ramos, said no.', 'Nina Holt-Ramos', /^deputy director-general for staffing$/],
    ["Chile and Peru met in Lima. Chile's Lands Minister Ana Ruiz initialled the text.", 'Ana Ruiz', /^Lands Minister$/],
    // A company's officers named by their field.
    ['Bayline Shipping and the Harbour Workers Union met. Chief Restructuring Officer Ana Ruiz said the company would close 40 stores.', 'Ana Ruiz', /^Chief Restructuring Officer$/],
    // The leader a government is named after keeps the office.
    ["Chile and Peru met in Lima. The talks follow the collapse of Prime Minister Ana Ruiz's administration this week.", 'Ana Ruiz', /^Prime Minister$/],
    // An office a possessive gives, named by a copula, in the future too; "our" in a relative clause.
    ["Chile and Peru met in Lima. Peru's chief negotiator will be Tomas Ferreyra, a former ambassador.", 'Tomas Ferreyra', /^chief negotiator$/],
    ['Chile and the Harbour Workers Union met. Its chief negotiator is Ana Ruiz.', 'Ana Ruiz', /^chief negotiator$/],
    ['The Harbour Workers Union met Bayline. "Dr Paul Ekberg, who is our chief negotiator, was clear," she said.', 'Paul Ekberg', /^chief negotiator$/],
    // An occupation in lower case before a name, a word of its field before it; one at a body the text leaves unnamed;
    // what a person teaches at a body.
    ["Bayline Shipping and the Harbour Workers Union met in Lima. The company team, headed by lawyer Jorge Kessel, returned on Tuesday.", 'Jorge Kessel', /^lawyer$/],
    ['Bayline Shipping and the Harbour Workers Union met in Lima. The shipping economist Craig Olsen said both sides would lose.', 'Craig Olsen', /^shipping economist$/],
    ['Bayline Shipping and the Harbour Workers Union met in Lima. Joost Tarvo, a freight analyst at a brokerage in Arica, agreed.', 'Joost Tarvo', /^freight analyst$/],
    ['Bayline Shipping and the Harbour Workers Union met in Lima. Pedro Lagos, who teaches maritime law at the University of Arica, spoke.', 'Pedro Lagos', /^teaches maritime law$/],
    // An envoy for talks named by their places, the holder's name right after.
    ['Chile and Peru met in Lima. Chilean special envoy for the Lima-Arica dialogue Ana Ruiz joined the talks.', 'Ana Ruiz', /^special envoy for the Lima-Arica dialogue$/],
    // A cleric's office, "Auxiliary" qualifying it, and "Monsignor" before the name.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Auxiliary Bishop of Arica Monsignor Pedro Lagos attended as an observer.', 'Pedro Lagos', /^Auxiliary Bishop of Arica$/],
    // A body's name that goes on in capitals past four words.
    ['Chile and Peru met in Lima. Ana Ruiz, director of the UN Andean Programme on Port Safety, said the talks would go on.', 'Ana Ruiz', /^director of the UN Andean Programme on Port Safety$/],
    // Lower-case words of the office's field between the side and the office, joined by "and".
    ['Chile and Peru met in Lima. Chilean trade and fisheries chief Ana Ruiz attended.', 'Ana Ruiz', /^trade and fisheries chief$/],
    // An office's head the tagger reads as a verb, after "is"; a county service's chief.
    ['Chile and Peru met in Lima. Ana Ruiz is head of field logistics for Tarvo Relief, a Lima-based aid group.', 'Ana Ruiz', /^head of field logistics\b/],
    ['The Varden Firefighters Union and Varden County Council met. Chief Fire Officer Ana Ruiz said cover would be kept.', 'Ana Ruiz', /^Chief Fire Officer$/],
  ])('%s → %s has the role %s', (text, person, office) => {
    const claims = readClaims(text);
    expect(claimsLike(claims, 'role', person, office), describeClaims(claims)).toHaveLength(1);
  });

  it.each<[string, string, string, string]>([
    // An office of a body named by its members' possessive and its kind.
    ['The Coastal Hockey League and the Coastal Hockey Players\' Association met in Lima. "We are disappointed," said Tom Berg, the executive director of the players\' association.', 'Tom Berg', 'executive director of the players\' association', "Coastal Hockey Players' Association"],
    // A captain's rank written short is the office, no part of the name; a unit's chair is of the body it is a unit of.
    ['Varden Air and the Harbour Pilots Association (HPA) met in Lima. "We have waited long enough," said Capt. Ana Ruiz, chair of the Varden Air unit of HPA.', 'Ana Ruiz', 'chair of the Varden Air unit of HPA', 'Harbour Pilots Association'],
    // A branch of the body after its possessive; an office after "who is also"; a firm named after what it does.
    ['The Harbour Workers Union and Arica City Council met. "We have won time," said Dionne Vale, secretary of the union\'s Arica branch.', 'Dionne Vale', "secretary of the union's Arica branch", 'Harbour Workers Union'],
    ['The Harbour Workers Union and the Port Employers Association met. Tom Vale, who is also managing director of Kestrel Terminals, said no.', 'Tom Vale', 'managing director of Kestrel Terminals', 'Kestrel Terminals'],
    ['The Harbour Workers Union and the Port Employers Association met. Tom Vale, who is managing director of the terminal operator Kestrel Terminals, said no.', 'Tom Vale', 'managing director of the terminal operator Kestrel Terminals', 'Kestrel Terminals'],
    // "General director", as translations write "director general", is an office of the firm it is of.
    ["The growers and Lácteos Varnel met in Lugo. The firm's general director, Rosa Molina, refused.", 'Rosa Molina', 'general director', 'Lácteos Varnel'],
  ])('%s → %s holds %s, of %s', (text, person, office, party) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'role' && c.subject === person && c.object === office).map((c) => c.party), describeClaims(claims)).toEqual([party]);
  });

  it('reads a name in the possessive after "and" as the owner of the next office, not a second holder of the first', () => {
    const claims = readClaims("Varden Rail and the Harbour Drivers Union reached a deal. The compromise was brokered by former interior minister Ana Ruiz and Tarvo-Holm's state premier Luis Vidal.");
    expect(claims.filter((c) => c.predicate === 'role').map((c) => [c.subject, c.object]), describeClaims(claims)).toEqual([
      ['Ana Ruiz', 'former interior minister'],
      ['Luis Vidal', 'state premier'],
    ]);
  });

  it('reads a place that qualifies a firm after an office as no holder of it', () => {
    const claims = readClaims('Pirates freed the carrier on Sunday. The owner, Arica-based Tarvo Group, had rejected the demand.');
    expect(claims.filter((c) => c.predicate === 'role'), describeClaims(claims)).toEqual([]);
  });

  it('reads an office after a signatory named behind its own office, and before "and" and the next one, as no office of hers', () => {
    const listed = readClaims("Kestrel Mining and the Tarvo community met in Lima. The text was initialled by the chair of the Tarvo community, Ana Ruiz, Peru's labour minister and Kestrel's site director on Friday night.");
    expect(listed.filter((c) => c.predicate === 'role' && c.subject === 'Ana Ruiz').map((c) => c.object), describeClaims(listed)).toEqual(['chair']);
    // ("X, the former mayor and a lawyer, signed": an apposition closed by its comma describes X.)
    const described = readClaims("Kestrel Mining and the Tarvo community met in Lima. The community's leader, Ana Ruiz, the former mayor of Lima and a lawyer, signed the accord.");
    expect(claimsLike(described, 'role', 'Ana Ruiz', /^former mayor of Lima$/), describeClaims(described)).toHaveLength(1);
  });

  it('reads the office of an unnamed holder as no office of a person met later in the sentence, and ends a name before a date', () => {
    const met = readClaims('The Harbour Dockers Union and Kestrel Ports met on Monday. The governor met union President Tom Vale on Friday.');
    expect(met.filter((c) => c.predicate === 'role' && c.subject === 'Tom Vale').map((c) => c.object), describeClaims(met)).toEqual(['President']);
    const chair = readClaims("Bayline Shipping and the Harbour Workers Union met. The minister had a deal with the chair of the union's strike committee, Ana Ruiz, after talks on Tuesday.");
    expect(chair.filter((c) => c.predicate === 'role' && c.subject === 'Ana Ruiz').map((c) => c.object), describeClaims(chair)).toEqual(['chair']);
    const dated = readClaims('The Harbour Dockers Union and Kestrel Ports met on Monday. After a meeting with union President Tom Vale Dec. 12 at his resort, the governor said the strike must end.');
    expect(dated.filter((c) => c.predicate === 'role').map((c) => [c.subject, c.object]), describeClaims(dated)).toEqual([['Tom Vale', 'President']]);
  });

  it('reads an office in the plural before names listed after a comma as each one\'s, with the side named with it', () => {
    const claims = readClaims("Bayline Shipping and the Harbour Workers Union met. The minister thought he had an accord with the two co-chairs of the union's strike committee, Ana Ruiz and Tom Vale, after talks on Tuesday.");
    expect(claims.filter((c) => c.predicate === 'role').map((c) => [c.subject, c.party, c.object]), describeClaims(claims)).toEqual([
      ['Ana Ruiz', 'Harbour Workers Union', 'co-chair'],
      ['Tom Vale', 'Harbour Workers Union', 'co-chair'],
    ]);
  });

  it('reads an office that another office in apposition serves as no office of the person named', () => {
    const claims = readClaims('Republicans and the White House met. Tom Vale, counselor to the president, said no.');
    expect(claims.filter((c) => c.predicate === 'role').map((c) => [c.subject, c.object]), describeClaims(claims)).toEqual([['Tom Vale', 'counselor to the president']]);
  });

  it('reads one role for each of two office holders named together', () => {
    const claims = readClaims('Qatari Prime Minister Mohammed bin Abdulrahman Al Thani and Egyptian intelligence chief Hassan Rashad met the negotiators.');
    expect(claims.filter((c) => c.predicate === 'role').map((c) => [c.subject, c.object]), describeClaims(claims)).toEqual([
      ['Mohammed bin Abdulrahman Al Thani', 'Prime Minister'],
      ['Hassan Rashad', 'intelligence chief'],
    ]);
  });

  it.each<[string]>([
    ['Abbas Araghchi, the man at the centre of the talks, declined to comment.'],
    // "Member States" of a bloc are no person named with an office.
    ['The EU and Fiji met in Suva. The EU offered six licences for trawlers from EU Member States.'],
    ['The minister said the talks would resume.'],
    // A counterpart of someone whose office the article does not give holds no office it states.
    ['Ana Velasco met her Peruvian counterpart Jorge Salcedo in Lima.'],
    // Who chairs the talks goes between the sides; who heads a side's delegation leads it.
    ['Chile and Peru resumed talks in Lima. The talks, chaired by Ana Ruiz, went on past midnight.'],
    ['Chile and Peru resumed talks in Lima. The Chilean delegation, headed by Luis Vidal, arrived late.'],
  ])('%s → no role claim', (text) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'role'), describeClaims(claims)).toEqual([]);
  });
});
