import { describe, expect, it } from 'vitest';
import { claimsLike, describeClaims, readClaims } from './read-claims.js';

describe('proposes', () => {

  it('reads what was offered, in the passive, from after the verb of a subject the text names by no side', () => {
    const claims = readClaims('Kestrel Mining and its workers met in Antofagasta. The workers had asked for a bonus twice as large as the one offered by Kestrel Mining.');
    expect(claims.filter((c) => c.predicate === 'proposes' && /asked|workers/.test(c.object)), describeClaims(claims)).toEqual([]);
  });

  it('reads a clause without "that" after a verb of suggesting as what is proposed, its subject and modal with it', () => {
    const claims = readClaims('Kestrel Mining and the Karru Land Council met in Perth. Kestrel Mining suggested the talks could be moved to Sydney.');
    expect(claims.filter((c) => c.predicate === 'proposes').map((c) => c.object), describeClaims(claims)).toEqual(['talks could be moved to Sydney']);
  });

  it('reads the thing given after a side given it, past a clause of its own after "and", and clauses after a plan\'s colon', () => {
    const proposed = (text: string): string[] => readClaims(text).filter((c) => c.predicate === 'proposes').map((c) => `${c.subject}: ${c.object}`);
    const opening = 'The Harbour Metal Union and Kestrel Motors met in Hanover.';
    expect(proposed(`${opening} The union offered the company a four-day week.`)).toEqual(['Harbour Metal Union: four-day week']);
    const dropped = proposed(`${opening} Kestrel dropped its call for longer shifts, and on Friday it offered to keep the Lingen plant open until 2029.`);
    expect(dropped).toContain('Kestrel Motors: keep the Lingen plant open until 2029');
    expect(dropped.filter((p) => /Friday/.test(p))).toEqual([]);
    expect(proposed(`${opening} Instead, the union has tabled its own plan: staff would give up this year's rise, which would go into a fund.`)).toContain("Harbour Metal Union: staff would give up this year's rise, which would go into a fund");
  });

  it('reads what a side would do instead as its counter-offer, but leaves a verb of a stance to that stance', () => {
    const claims = readClaims('The Harbour Teachers Guild and the Ministry of Education met in Nairobi. The ministry turned down the call to hire all trainees at once, saying it would instead hire 5,000 of them each year. The guild will instead accept a pay freeze.');
    expect(claims.filter((c) => c.predicate === 'proposes').map((c) => `${c.subject}: ${c.object}`), describeClaims(claims)).toEqual(['Ministry of Education: hire 5,000 of them each year']);
  });

  it('reads a participle after a comma as part of the offer, and what the side would do next after "and" as put forward too', () => {
    const claims = readClaims('The Harbour Teachers Guild and the Ministry of Education met in Nairobi. The minister said Kenya offered a 6 per cent rise, spread across two years, and would revisit the rural allowance in March.');
    expect(claims.filter((c) => c.predicate === 'proposes').map((c) => c.object), describeClaims(claims)).toEqual(['6 per cent rise, spread across two years', 'revisit the rural allowance in March']);
  });

  it('reads a plural offer the tagger takes for a verb, before a passive participle and its agent, as the noun the agent offers', () => {
    const claims = readClaims('Bayline Transit and the Harbour Drivers Union met on Monday. The union is reviewing the pay offers presented by Bayline Transit on Friday.');
    expect(claims.filter((c) => c.predicate === 'proposes').map((c) => [c.party, c.object]), describeClaims(claims)).toEqual([['Bayline Transit', 'pay offers']]);
  });

  it('reads what an offer includes, past whose it is and when it was made, as offered, and no clause after the list', () => {
    const from = readClaims('Bayline Shipping and the Harbour Workers Union met. Despite generous offers from the union, including the transfer of night shifts to Bayline staff, no deal could be struck.');
    expect(from.filter((c) => c.predicate === 'proposes').map((c) => [c.party, c.object]), describeClaims(from)).toEqual([['Harbour Workers Union', 'transfer of night shifts to Bayline staff']]);
    const timed = readClaims('Bayline Shipping and the Harbour Workers Union met. Bayline made an offer on Monday, including a 5% raise, a bonus, and free parking.');
    expect(timed.filter((c) => c.predicate === 'proposes').map((c) => c.object), describeClaims(timed)).toEqual(['5% raise', 'bonus', 'free parking']);
  });

  it('reads the offers a side presses the other to accept as its own, and what they include after them as offered by it', () => {
    const claims = readClaims('The Harbour Drivers Union offered to pause the strike for two weeks. Bayline Transit turned the idea down, pressing for the union to accept its offers of last week. The offers include a pay rise of 6 percent in the first year and six extra personal days.');
    expect(claims.filter((c) => c.predicate === 'proposes' && /pay rise|personal/.test(c.object)).map((c) => c.party), describeClaims(claims)).toEqual(['Bayline Transit']);
  });

  it('ends an offer\'s list where the source of the words is named, and reads no adverb alone as an item', () => {
    const claims = readClaims('Bayline Transit and the Harbour Drivers Union met on Monday. Bayline Transit made an offer on Monday, including 6 percent for drivers, 4 percent for mechanics, and 2 percent for clerks, respectively, per a company bulletin.');
    expect(claims.filter((c) => c.predicate === 'proposes').map((c) => c.object), describeClaims(claims)).toEqual(['6 percent for drivers', '4 percent for mechanics', '2 percent for clerks']);
  });

  it.each<[string, string]>([
    ['The Harbour Drivers Union met Bayline Transit Ltd. "We have put a raise of 9 percent over three years on the table," a spokesperson for Bayline Transit said.', 'Bayline Transit'],
    ['The Harbour Drivers Union met Bayline Transit Ltd. "We have put a raise of 9 percent over three years on the table," said a spokesman for the Harbour Drivers Union.', 'Harbour Drivers Union'],
    ['The Harbour Drivers Union met Bayline Transit Ltd. "We have offered a raise of 9 percent over three years," a company spokesperson said.', 'Bayline Transit'],
  ])('reads "we" in a quotation as the side its speaker, named by the noun of one who speaks for it, speaks for: %s', (text, party) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'proposes').map((c) => [c.party, c.object]), describeClaims(claims)).toEqual([[party, 'raise of 9 percent over three years']]);
  });

  it('reads the options a side offers, listed after a colon past whom it offers them to, each as offered, without the "or"', () => {
    const claims = readClaims('Chile and Peru met in Lima. Chile offered Peru two options: a joint patrol of the bay, or a ban on night fishing.');
    expect(claims.filter((c) => c.predicate === 'proposes').map((c) => [c.party, c.object]).sort(), describeClaims(claims)).toEqual([['Chile', 'ban on night fishing'], ['Chile', 'joint patrol of the bay']]);
  });

  it('reads the condition an offer is made on as no part of what is offered', () => {
    const claims = readClaims('The Harlow Council and Kestrel Water met on Tuesday. Kestrel Water has offered to build a depot, if the council grants a longer lease of the reservoir.');
    expect(claims.filter((c) => c.predicate === 'proposes').map((c) => c.object), describeClaims(claims)).toEqual(['build a depot']);
  });
  it('reads an offer, a demand or a deal wanted named only by its kind and a judgement of it as no stance, but one a noun or a figure qualifies as one', () => {
    const stances = (text: string): string[] =>
      readClaims(`The Varden Dockers Union and Harbour Ports met in Lima. ${text}`)
        .filter((c) => c.predicate === 'proposes' || c.predicate === 'demands')
        .map((c) => `${c.predicate} ${c.subject}: ${c.object}`);
    expect(stances('Harbour Ports tabled a fair offer on Monday.')).toEqual([]);
    expect(stances('Harbour Ports tabled a new plan on Monday.')).toEqual([]);
    expect(stances('The union still hopes for a serious offer.')).toEqual([]);
    // A hope a side feels, or voices for no more than progress, puts nothing forward.
    expect(stances('Harbour Ports had hoped for a longer contract with fixed night rates.')).toEqual([]);
    expect(stances('Union chairman Tom Vale expressed hope for progress on Monday.')).toEqual([]);
    expect(stances('Harbour Ports made its latest offer on Friday.')).toEqual([]);
    expect(stances('Harbour Ports tabled an improved offer on Monday.')).toEqual([]);
    expect(stances('Harbour Ports tabled a just and sensible offer on Thursday.')).toEqual([]);
    expect(stances('Harbour Ports made a pay offer on Friday.')).toEqual(['proposes Harbour Ports: pay offer']);
    expect(stances('Harbour Ports made a 3% offer on Friday.')).toEqual(['proposes Harbour Ports: 3% offer']);
    expect(stances('Harbour Ports made its monetary proposals on Friday.')).toEqual(['proposes Harbour Ports: monetary proposals']);
    expect(stances('The two sides each want a deal.')).toEqual([]);
    expect(stances('The union wants a legally binding accord.')).toEqual(['demands Varden Dockers Union: legally binding accord']);
    expect(stances('The union wants a deal on pensions.')).toEqual(['demands Varden Dockers Union: deal on pensions']);
  });

  it('reads "our" before an offer\'s noun as the speaker\'s side only where "is" says what the offer is', () => {
    const claims = readClaims('The Varden Dockers Union and Harbour Ports met in Lima. "We told the board in our counter-offer on Monday that dockers are ready to accept the pension terms," the union\'s president, Ana Ruiz, said.');
    expect(claims.filter((c) => c.predicate === 'proposes' && /^dockers$/.test(c.object)), describeClaims(claims)).toEqual([]);
  });

  it('reads "hoping for the best" as no proposal', () => {
    const claims = readClaims('The Harbour Dockers Union and Kestrel Ports met on Monday. "We are hoping for the best," the union said.');
    expect(claims.filter((c) => c.predicate === 'proposes'), describeClaims(claims)).toEqual([]);
  });

  it('reads what a side wishes to note or to thank as no proposal', () => {
    const claims = readClaims('The Harbour Workers Union and Bayline Shipping signed a deal in Lima. Bayline wishes to stress that the guild\'s first claim for a 9% rise could not be met, and was turned down by Bayline. The guild wishes to thank its members.');
    expect(claims.filter((c) => c.predicate === 'proposes'), describeClaims(claims)).toEqual([]);
  });

  it.each([['ready'], ['willing']])('reads a side %s to make a deal, with no word of what it holds, as proposing nothing', (word) => {
    const claims = readClaims(`Bayline Shipping and the Harbour Workers Union met in Arica. "We are ${word} to make a deal," the union said.`);
    expect(claims.filter((c) => c.predicate === 'proposes'), describeClaims(claims)).toEqual([]);
  });
  it('reads a side\'s proposal stated after "is" as proposed, its judgement as nothing, and "their" opening an answer as the side the question named', () => {
    const proposed = (text: string): string[] => readClaims(text).filter((c) => c.predicate === 'proposes').map((c) => `${c.subject}: ${c.object}`);
    const opening = 'The Harbour Players Association and the Harbour Soccer League met on Friday. The league has made an offer.';
    expect(proposed(`${opening} The league's latest proposal is a levy of 2 percent, falling to 1 percent by 2030.`)).toEqual(['Harbour Soccer League: levy of 2 percent']);
    expect(proposed(`${opening} Their proposal is to phase in the cap over two years.`)).toEqual(['Harbour Soccer League: phase in the cap over two years']);
    expect(proposed(`${opening} The league's offer is an insult, the association said.`)).toEqual([]);
    const interview = `${opening} We spoke to Ana Ruiz, head of the Harbour Players Association.\n\nQ: And what is the board proposing now?\n\nA: Their proposal is a levy of 2 percent.`;
    expect(proposed(interview)).toEqual(['Harbour Soccer League: levy of 2 percent']);
  });

  it.each<[string, string, RegExp]>([
    // A participle set off after a clause has that clause's subject, through "by" and the gerund after it.
    ['The Harbour Workers Union and Bayline Shipping met in Lima. Bayline responded, countering by offering a 3% raise.', 'Bayline Shipping', /^3% raise$/],
    // An answer with a figure is an offer.
    ['The Harbour Workers Union and Bayline Shipping met in Lima. Bayline responded with a 4% raise over two years.', 'Bayline Shipping', /^4% raise over two years$/],
    // Words that add one thing to another ("combined with", "alongside") part the offer into its things.
    ['The Harbour Workers Union and Bayline Shipping met in Lima. Bayline proposed a 6% raise combined with a new night-shift allowance.', 'Bayline Shipping', /^new night-shift allowance$/],
    ['The Harbour Workers Union and Bayline Shipping met in Lima. Bayline offered a pension top-up for older dockers, alongside a bonus of 900 dollars.', 'Bayline Shipping', /^pension top-up for older dockers$/],
    // An offer revised down, the verb with its particle, is the offer of the new figure.
    ['The Harbour Workers Union and Bayline Shipping met in Lima. Bayline pared down its offer to a 2% raise.', 'Bayline Shipping', /^offer of 2% raise$/],
    // "What we put forward was …": the offer after "was", the verb with its particle.
    ['The Harbour Workers Union and Bayline Shipping met in Lima. "What we put forward was a rent cap for five years," said Ana Ruiz, the union\'s president.', 'Harbour Workers Union', /^rent cap for five years$/],
    // "Our proposal is …", said a side's person: the speaker's side owns the stance.
    ['The Harbour Workers Union and Bayline Shipping met in Lima. "Our proposal is a bonus of 800 euros for every docker," said Ana Ruiz, the union\'s president.', 'Harbour Workers Union', /^bonus of 800 euros for every docker$/],
    // A side's plan, with an aside set off by commas, is what follows "is".
    ['The Harbour Tenants Federation met Varden City Council. The council\'s proposal, first tabled in May, is to sell the two towers.', 'Varden City Council', /^sell the two towers$/],
    // A side's offer qualified by an adverb and an adjective, then an aside, then "is" and a figure alone.
    ['The Harbour Players Union met the Tarvo League. The league\'s most recent offer, two people told the Herald, is 47 per cent.', 'Tarvo League', /^47 per cent$/],
    // A plan named by its kind and count alone holds the items listed after its colon.
    ['Talks between the Tarvo Front and the Kelle Brigades resumed in Amman. The envoy, Ana Ruiz, put forward a four-point plan: a week-long truce, the opening of a road for food lorries, and the return of detainees.', 'Ana Ruiz', /^opening of a road for food lorries$/],
    // A sum bid is offered.
    ['The Tarvo Hockey League is selling its rights. Kestrel Stream, the Lima-based service, has bid $30 million a year.', 'Kestrel Stream', /^\$30 million a year$/],
    // "The health ministry", a portfolio before the ministry in lower case, is the government at the table.
    ['Chile and the Chilean Resident Doctors Association met in Santiago. Doctors agreed to return after the health ministry offered to cut the planned increase by half.', 'Chile', /^cut the planned increase by half$/],
    // Two single names joined by "and", of firms the article makes act, are two firms; "the two steelmakers" are that pair.
    ['The Commission has told Nordvik and Ferrana that their merger will not be approved. The two steelmakers offered to sell four mills. Ferrana said the company was disappointed. Nordvik rejected the demand.', 'Ferrana', /^sell four mills$/],
    ['The Commission has told Nordvik and Ferrana that their merger will not be approved. The two steelmakers offered to sell four mills. Ferrana said the company was disappointed. Nordvik rejected the demand.', 'Nordvik', /^sell four mills$/],
    // The issuer of a text that sets out conditions is who hands it over, not the side it goes to.
    ['Chile and Peru met in Lima. The Chilean government said it would hand Peru a memorandum setting out its conditions for a lasting peace.', 'Chile', /^conditions for a lasting peace$/],
    // An offer lists its terms apart when each states a figure.
    ['Peru and its bondholders met in Lima. The bondholders proposed a 12% cut in the principal, a grace period of two years and an interest rate of 5%.', 'bondholders', /^grace period of two years$/],
    ['Peru and its bondholders met in Lima. The bondholders proposed a 12% cut in the principal, a grace period of two years and an interest rate of 5%.', 'bondholders', /^interest rate of 5%$/],
    ['Peru and Bayline Shipping met in Lima. Bayline Shipping offered to cut the fee to 4% and to pay 2 million dollars into a port fund.', 'Bayline Shipping', /^pay 2 million dollars into a port fund$/],
    // Countering with a proposal to do something proposes doing it.
    ['Peru and Bayline Shipping met in Lima. Bayline Shipping countered with a proposal to keep the port fee at 4%.', 'Bayline Shipping', /^keep the port fee at 4%$/],
    ['Peru and Bayline Shipping met in Lima. Bayline Shipping countered with a counter-proposal to keep the port fee at 4%.', 'Bayline Shipping', /^keep the port fee at 4%$/],
    // How much of a proposal a side accepted is no part of what was proposed.
    ['Chile and Peru met in Lima. Chile had accepted a U.S. plan for a fishing pause in principle.', 'United States', /^fishing pause$/],
    // An invitation to meet proposes the meeting.
    ['Kestrel Homes and the Varden Tenants Association met in Lima. The mediator, Tom Berg, invited both sides to a new session on 4 June.', 'Tom Berg', /^new session$/],
    ['Kestrel Homes and the Varden Tenants Association met in Lima. The mediator, Tom Berg, invited the two sides to resume talks on Monday.', 'Tom Berg', /^resume talks on Monday$/],
    // Three or more things put forward, each with "a", are each proposed.
    ['Kestrel Homes and the Varden Tenants Association met in Lima. The mediator, Tom Berg, put forward a rent freeze, a fund of 3 million euros for lifts and a ban on late fees.', 'Tom Berg', /^ban on late fees$/],
    // A region's government is a side, and "the state government" or "the government" refers to it.
    ['The Harbour Teachers Union and the Varden State government met in Kano on Monday. The state government offered a 10 percent raise.', 'Varden State government', /^10 percent raise$/],
    ['The Ontario provincial government and the Harbour Nurses Union met in Toronto. The government offered a 3 percent raise.', 'Ontario provincial government', /^3 percent raise$/],
    ['The Harbour Nurses Union and the Tarvo Province government met in Lima. The government offered a 3 percent raise.', 'Tarvo Province government', /^3 percent raise$/],
    // "The state government", in an article that names one state of a country as "… State", is that state's government,
    // however often a go-between is named.
    ['Teachers strike\n\nClasses in Varden State stayed cancelled on Monday because the state government and the Harbour Teachers Union failed to settle. The Inter-Faith Council, which brought the sides together, said the Inter-Faith Council would try again, and the Inter-Faith Council called for calm. The state government offered a 10 percent raise.', 'Varden State government', /^10 percent raise$/],
    // "Both airlines" are the two whose names say so, not a union whose name says "airline" after "of".
    ['Kestrel Airlines, Varden Airlines and the Union of Airline Mechanics met in Lima. Both airlines offered a 4 percent raise.', 'Kestrel Airlines', /^4 percent raise$/],
    ['Kestrel Airlines, Varden Airlines and the Union of Airline Mechanics met in Lima. Both airlines offered a 4 percent raise.', 'Varden Airlines', /^4 percent raise$/],
    // The items after a colon that follows a bare word for an offer and a phrase of manner.
    ['The Harbour Tenants Association and Bayline Homes met in Leeds. The mediator, Ana Ruiz, then presented her plan at the session: a rent freeze for 18 months, a fund of 2 million pounds for repairs, and an end to evictions.', 'Ana Ruiz', /^fund of 2 million pounds for repairs$/],
    // A state's go-betweens named by its demonym speak for it.
    ['Chile and the Andean Liberation Front met in Lima. Brazilian facilitators suggested that prisoners be freed in three groups.', 'Brazil', /^prisoners be freed in three groups$/],
    // A pronoun for whom an offer is made is no part of it.
    ['Bayline Shipping and the Harbour Workers Union met in Lima. Bayline offered us a new canteen, the union said.', 'Bayline Shipping', /^new canteen$/],
    // Opening with a thing and its figure; a sum in a currency written with letters; more time asked for; a condition set
    // off by commas after "that".
    ['Minera Kestrel and the Tarvo community met in Lima. Kestrel opened with a water fund worth 3 percent of its sales.', 'Minera Kestrel', /^water fund worth 3 percent of its sales$/],
    ['Bayline Shipping and the Harbour Workers Union met in Lima. Bayline started at R95 million a year.', 'Bayline Shipping', /^R95 million a year$/],
    ['Chile and Peru met in Lima. Peru asked the mediator for one more month.', 'Peru', /^one more month$/],
    ['Chile and Peru met in Lima. Brazil has proposed that, if the talks fail again, the quota be set by a panel of scientists.', 'Brazil', /^quota be set by a panel of scientists$/],
    // A revised offer: by a pronoun for the offer, past a day, past what it is on and the old figure.
    ['Bayline Shipping and the Harbour Workers Union met in Lima. Bayline offered 7 percent. On Friday it raised that to 8 percent.', 'Bayline Shipping', /^8 percent$/],
    ['Bayline Shipping and the Harbour Workers Union met in Lima. Bayline raised its severance offer on Monday to twelve weeks of pay.', 'Bayline Shipping', /^severance offer of twelve weeks of pay$/],
    ['Chile and Peru met in Lima. Chile lifted its offer on the catch from 40 to 55 boats.', 'Chile', /^offer of 55 boats$/],
    // A gerund before a sum in a currency; more time, or a go-between, asked of someone.
    ['Chile and Peru met in Lima. Peru began the negotiations offering $15 per hectare.', 'Peru', /^\$15 per hectare$/],
    ['Chile and Peru met in Lima. Peru asked the board for a ten-day pause.', 'Peru', /^ten-day pause$/],
    ['Chile and Peru met in Lima. Both sides asked the church for a mediator.', 'Chile', /^mediator$/],
    // The figures a side moved through, one at a time.
    ['Bayline Shipping and the Harbour Workers Union met in Lima. Bayline offered first a 5% raise and then a 6% raise.', 'Bayline Shipping', /^6% raise$/],
    ['Bayline Shipping and the Harbour Workers Union met in Lima. Bayline offered 5%, then 6%.', 'Bayline Shipping', /^5%$/],
    // A gerund after the talks a side opens, read as a noun by the tagger; a phrase of place or time before "that".
    ['Chile and Peru resumed talks in Lima. Chile began the negotiations offering a fee of 40 cents per tonne.', 'Chile', /^fee of 40 cents per tonne$/],
    ['Chile and Peru resumed talks in Lima. Ana Ruiz suggested during the second meeting that an outside auditor check the accounts.', 'Ana Ruiz', /^outside auditor check the accounts$/],
    // The sides a call or a request is addressed to, by a group word, are no part of what is asked.
    ['Chile and Peru resumed talks in Lima. Ana Ruiz urged both sides to release the fishermen.', 'Ana Ruiz', /^release the fishermen$/],
    ['Chile and Peru resumed talks in Lima. Ana Ruiz called on the two parties to keep the boats in port.', 'Ana Ruiz', /^keep the boats in port$/],
    ['Chile and Peru resumed talks in Lima. Ana Ruiz asked the delegations to bring their figures to the next session.', 'Ana Ruiz', /^bring their figures to the next session$/],
    // A relative clause with no comma, whose subject is a side and whose verb has no object, ends what is proposed.
    ['Chile and the Harbour Workers Union met in Lima. Mediator Ana Ruiz proposed a truce of 72 hours which the two sides accepted.', 'Ana Ruiz', /^truce of 72 hours$/],
    // What is put to someone before the thing put; a counted stretch of time offered.
    ['Chile and Peru met in Lima. Chile wants a quota. Peru rejected the quota. Brazil proposed to the two sides a joint patrol of 45 days.', 'Brazil', /^joint patrol of 45 days$/],
    ['The Harbour Workers Union and Bayline met in Arica. Bayline offered six weeks of notice. The union asked for ten. Bayline then offered eight weeks.', 'Bayline', /^eight weeks$/],
    // "the two groups" after two organisations named together, one of that kind, is both of them.
    ["The state attorney general's office examined the takeover of Kestrel Care Group and Varden Medical Network. The Harbour Porters Union objected. The two groups proposed to keep every clinic open.", 'Kestrel Care Group', /^keep every clinic open$/],
    ["The state attorney general's office examined the takeover of Kestrel Care Group and Varden Medical Network. The Harbour Porters Union objected. The two groups proposed to keep every clinic open.", 'Varden Medical Network', /^keep every clinic open$/],
    // The team a person of a known side leads is that side's.
    ['Chile and Peru met in Lima. Chilean minister Ana Ruiz leads the talks. Ruiz\'s team has tabled a proposal for a shared patrol boat.', 'Chile', /^shared patrol boat$/],
    ['Beijing, for its part, has called on Washington to ease its export controls on chips.', 'China', /^Washington to ease its export controls on chips$/],
    ['Oman offered to host a third round of talks.', 'Oman', /host a third round of talks/],
    // What a side asks to be done, and by whom it names.
    ['Chile and Peru met in Lima. Bolivia, Ecuador and Uruguay asked to revive the regional target.', 'Ecuador', /^revive the regional target$/],
    ['Chile and Peru met in Lima. Chile asked Peru to include the Arica port in the deal.', 'Chile', /^Peru to include the Arica port in the deal$/],
    // A participle right after a noun, with no "be", describes that noun phrase alone, not what governs it; no
    // commitment holds "by" and its agent; "on 10 October" is when, not what.
    ['The regulator on Monday made binding the pledges offered by Halvorsen Foods to close the case.', 'Halvorsen Foods', /^pledges$/],
    ['Halvorsen Foods and the Harbour Workers Union met. In May, the union rejected a first draft of terms proposed by Halvorsen Foods.', 'Halvorsen Foods', /^first draft of terms$/],
    // A bare word for an offer says what it is after a colon; what the sides are urged to do.
    ['Chile and Peru met in Lima. Ecuador proposed a compromise: the release of five fishermen held in Arica.', 'Ecuador', /^release of five fishermen held in Arica$/],
    ['Chile and Peru met in Lima. Brazil urged them to accept an independent review of the quotas.', 'Brazil', /^accept an independent review of the quotas$/],
    // A cleft names the subject before "who".
    ['Chile and Peru met in Lima. It was Chile, not Peru, who put forward the joint patrol plan.', 'Chile', /^joint patrol plan$/],
    // What a side puts on the table, with its object between.
    ['Kestrel Studios and the Kestrel Game Workers Guild met in Montreal. Kestrel Studios had also put a 7% raise over three years on the table.', 'Kestrel Studios', /^7% raise over three years$/],
    ['Chile and Peru met in Lima. Peru put a 12-month truce on the table.', 'Peru', /^12-month truce$/],
    // Calling for anything but a sum is a proposal; so is what is requested of the talks.
    ['Chile called for a 30-day ceasefire along the border.', 'Chile', /^30-day ceasefire along the border$/],
    ['Chile and Peru met in Lima. The direct talks requested by Peru will start in May.', 'Peru', /^direct talks$/],
    // A gerund after a verb and "by" is that verb's subject's ("countered by offering"), even where the tagger reads a noun.
    ['Kestrel Airlines and the Kestrel Pilots Union met in Denver. The airline countered by offering annual meetings to review scheduling rules.', 'Kestrel Airlines', /^annual meetings to review scheduling rules$/],
    // An aside between commas before the object; where a side opens the bargaining; an answer that is an offer.
    ['Chile and Peru met in Lima. The Peruvian delegation had proposed, at the second round in Arica, an extension of the lease to ten years.', 'Peru', /^extension of the lease to ten years$/],
    ['Chile and Peru met in Lima. Chile opened at 5 percent.', 'Chile', /^5 percent$/],
    // Each clause of what would happen, after a proposal and its colon.
    ...['Bayline Shipping and the Harbour Workers Union resumed talks in Lima. The mediator, Ana Ruiz, tabled a package: the overtime ban would end, the fleet would shrink to 40 ferries, and fares would rise by two percent.'].flatMap((text): [string, string, RegExp][] => [
      [text, 'Ana Ruiz', /^overtime ban would end$/],
      [text, 'Ana Ruiz', /^fleet would shrink to 40 ferries$/],
      [text, 'Ana Ruiz', /^fares would rise by two percent$/],
    ]),
    // A side's move in the bargaining, to a figure in digits or in words.
    ['Chile and Peru met in Lima. Chile went to 7 percent on Friday.', 'Chile', /^7 percent$/],
    ['Chile and Peru met in Lima. Peru came down to 9 percent.', 'Peru', /^9 percent$/],
    ['Chile and Peru met in Lima. "We began at two hundred thousand," Chile said.', 'Chile', /^two hundred thousand$/],
    ['Chile and Peru met in Lima. Peru opened with an offer of 3 percent.', 'Peru', /^offer of 3 percent$/],
    ['Chile and Peru met in Lima. Chile replied with a proposal of two thirds.', 'Chile', /^proposal of two thirds$/],
    ['Chile and Peru met in Lima. Peru came back with a counter-offer of 4 percent.', 'Peru', /^counter-offer of 4 percent$/],
    // What follows a colon after a bare word for an offer; a figure before the noun of a side's offer; a relative clause
    // on what a side suggested; a pseudo-cleft.
    ['Chile and Peru met in Lima. Peru had put forward an alternative: a joint review of the dock lighting.', 'Peru', /^joint review of the dock lighting$/],
    ["Bayline Shipping and the Harbour Workers Union met in Leeds. The company's 9 per cent offer was accepted.", 'Bayline Shipping', /^9 per cent offer$/],
    ['Chile and Peru met in Lima. Peru backed the buffer fund that Chile suggested in May.', 'Chile', /^buffer fund$/],
    ['Chile and Peru met in Lima. What Chile has proposed is a pilot scheme at two small ports.', 'Chile', /^pilot scheme at two small ports$/],
    ['Chile and Peru met in Lima. What Chile has offered is to fund a new pier at Arica, on condition that Peru lifts its tariffs.', 'Chile', /^fund a new pier at Arica$/],
    // Applying to a body for what it should do.
    ['Bayline Shipping and the Harbour Workers Union met in Leeds. The company also applied to the court for an injunction.', 'Bayline Shipping', /^court for an injunction$/],
    // A body or a go-between named by its kind, asked to act.
    ['Chile and Peru met in Lima. Both sides asked the commission to chair the talks.', 'Peru', /^commission to chair the talks$/],
    ['Talks between Kestrel Foods and the Harbour Workers Union resumed. The Harbour Workers Union proposed a shorter week. Among the other proposals listed in its paper are a 6% raise for drivers; longer breaks for night crews; and a new pension fund.', 'Harbour Workers Union', /^new pension fund$/],
    // A name with a plural possessive and its acronym in parentheses before the verb.
    ["The Coastal League and the Harbour Pilots' Association resumed talks. The Harbour Pilots' Association (HPA) has proposed keeping its share at 57% for two years.", "Harbour Pilots' Association", /^keeping its share at 57% for two years$/],
    // "The employers" refers back to the organisation whose name holds the word.
    ['The Harbour Workers Union and the Atlantic Port Employers Group met. The employers had initially offered a 50% raise.', 'Atlantic Port Employers Group', /^50% raise$/],
    // A willingness stated as a noun.
    ['Chile and Peru met in Lima. Chile signalled openness to a joint monitoring scheme.', 'Chile', /^joint monitoring scheme$/],
    // A list with a comma before its last "and" is cut at each comma, whatever word opens the item.
    ['Kestrel Foods and the Harbour Workers Union met. Kestrel Foods is offering a signing bonus, more paid leave, and "stronger protections" for night crews.', 'Kestrel Foods', /^more paid leave$/],
    ['Kestrel Foods and the Harbour Workers Union met. Kestrel Foods is offering a signing bonus, more paid leave, and "stronger protections" for night crews.', 'Kestrel Foods', /^stronger protections for night crews$/],
    // Proposals listed after the side's demands are its own.
    ['Talks between Kestrel Foods and the Harbour Workers Union resumed. The Harbour Workers Union wanted a shorter week. Among the other proposals listed in its paper are a 6% raise for drivers; longer breaks for night crews; and a new pension fund.', 'Harbour Workers Union', /^longer breaks for night crews$/],
    // A participle between commas after the noun it describes.
    ['Chile and Peru met in Lima. The border accord, drafted by Brazil and backed by Canada, does not settle the quota.', 'Brazil', /^border accord$/],
    // "It's": "'s" read as "is" is no possessive; "It" opening a sentence is the subject of the one before.
    ['Kestrel Foods and the Harbour Workers Union met in Leeds. Kestrel Foods said it had given the union a package. It\'s offering a 4% raise.', 'Kestrel Foods', /^4% raise$/],
    // What a side aims for or would like is what it proposes.
    ['Talks between Metro Rail and the Metro Rail Workers Union resumed in Leeds. The union aims to restore the night shift bonus.', 'Metro Rail Workers Union', /^restore the night shift bonus$/],
    ['Chile said it would like to reach a fishing accord that lasts ten years.', 'Chile', /^reach a fishing accord that lasts ten years$/],
    ['The White House proposed a regional consortium to enrich uranium outside Iran.', 'United States', /regional consortium/],
    ['Hamas called for international guarantees that the war would not resume.', 'Hamas', /^international guarantees that the war would not resume$/],
    ['China suggested extending the tariff truce by 90 days.', 'China', /extending the tariff truce/],
    ["Iran's proposal for a phased deal was presented on Sunday.", 'Iran', /^phased deal$/],
    ['Armenian Prime Minister Nikol Pashinyan urged Azerbaijan to sign the peace treaty without delay.', 'Nikol Pashinyan', /sign the peace treaty/],
    ['Washington is ready to lift some sanctions if Iran caps enrichment.', 'United States', /lift some sanctions/],
    // A word that counts the sides may stand between them and their verb.
    ['Chile, Peru and Bolivia met in Lima. Chile and Bolivia both called for binding arbitration.', 'Bolivia', /^binding arbitration$/],
    // When, between the verb and its "with", is no part of what is put forward.
    ['Chile and Peru met in Lima. Peru had countered earlier in the week with a soft cap on catches.', 'Peru', /^soft cap on catches$/],
    // What a side favours or prefers.
    ['Kestrel Ports and the Harbour Workers Union met in Lima. The union favours a four-day week.', 'Harbour Workers Union', /^four-day week$/],
    ['Chile and Peru met in Lima. Peru prefers to settle the quota dispute through direct talks.', 'Peru', /^settle the quota dispute through direct talks$/],
    // What a side says it could take up or would consider.
    ['Kestrel Ports and the Harbour Workers Union met in Lima. The union could accept a 48-hour week.', 'Harbour Workers Union', /^48-hour week$/],
    ['Kestrel Ports and the Harbour Workers Union met in Lima. Kestrel would consider moving two cranes to Callao.', 'Kestrel Ports', /^moving two cranes to Callao$/],
    // "Disposed to", as news translated from Spanish writes "willing to".
    ['Chile and the Northern Front met in Quito. Chile is disposed to review the cases of the prisoners one by one.', 'Chile', /^review the cases of the prisoners one by one$/],
    ['Qatar has offered to mediate between Kinshasa and the M23.', 'Qatar', /mediate between Kinshasa and the M23/],
    ['Hamas said it was prepared to release all hostages in exchange for an end to the war.', 'Hamas', /release all hostages/],
    ['The US side floated the idea of a temporary freeze on new tariffs.', 'United States', /^temporary freeze on new tariffs$/],
    ['According to Egyptian officials, Cairo has suggested a two-stage truce.', 'Egypt', /^two-stage truce$/],
    ['Iran rejected the US proposal for a full halt to enrichment.', 'United States', /^full halt to enrichment$/],
    ['Abbas Araghchi discussed with Omani officials the possibility of an interim deal.', 'Abbas Araghchi', /^interim deal$/],
    ['Qatar and Egypt have been appealing to Israel for weeks for allowing aid into Gaza.', 'Qatar', /^allowing aid into Gaza$/],
    ['Tehran said it was ready for a meeting between the Iranian and the American presidents.', 'Iran', /^meeting between the Iranian and the American presidents$/],
    // A speaker's own offer named by "its", whose content ends where the clause's verb begins.
    ['The Harbour Workers Union and Bayline Shipping met in Lima. Bayline Shipping said its offer of a 9 percent raise over three years remained on the table.', 'Bayline Shipping', /^9 percent raise over three years$/],
    // "the province" across the table from a union is the region's government, which the article names acting.
    ['Ontario and the Harbour Workers Union reached a deal on Sunday. The province had initially offered 2 percent a year.', 'Ontario provincial government', /^2 percent a year$/],
    // What a side's offer was, a thing it counts after "a"; an offer made "for the first time".
    ['Bayline Shipping and the Harbour Workers Union met in Arica. In May, the company\'s offer was a two-year pay freeze.', 'Bayline Shipping', /^two-year pay freeze$/],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Bayline Shipping proposed for the second time a shared night rota.', 'Bayline Shipping', /^shared night rota$/],
    // A gerund after a comma, read as a noun by the tagger, an adverb before its object.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The union rejected the plan, offering instead a one-year freeze.', 'Harbour Workers Union', /^one-year freeze$/],
    ['Chile and Peru met in Lima. Peru has rejected any binding deal, offering instead non-binding guidelines.', 'Peru', /^non-binding guidelines$/],
    // "And" after a relative clause set off by commas joins the verb before the clause.
    ['Chile and Peru met in Lima. Chile had rejected the joint bill, which included a fund for fishermen, and instead put forward a plan with a larger quota.', 'Chile', /^plan with a larger quota$/],
    // A dateline alone, no other place named, says whose government "the federal government" is.
    ['ABUJA - The Harbour Workers Union and the Coastal Dockers Union suspended their strike after the federal government raised its offer. The government, which first offered 48,000 naira, said it could not pay more.', 'Nigeria', /^48,000 naira$/],
    // "The landlord" is the firm across the table from the tenants.
    ['The Harbour Tenants Association and Kestrel Properties met in Lima. The landlord initially offered a one-year freeze.', 'Kestrel Properties', /^one-year freeze$/],
    // Whom a thing is offered to, right after the verb, is no part of it.
    ['Chile and Peru met in Lima. Peru offered fishermen new quotas.', 'Peru', /^new quotas$/],
    // "The company" is the firm the sentence has just named, over one named in the sentence before.
    ['The Varden Competition Authority met Marvex and Tarvola in Lima. Marvex rejected the demand for a fine. Tarvola had called for a fine. Marvex president Ana Ruiz said the company would offer lower prices.', 'Marvex', /^lower prices$/],
    // An offer revised in the passive is its last holder's.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Bayline Shipping proposed a bonus of $5,000 per docker. That bid was later raised to $8,000.', 'Bayline Shipping', /^offer of \$8,000$/],
    // A dash that opens what follows a time is no part of the topic.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The union wants the loan Bayline proposed in May - for a shared training centre.', 'Bayline Shipping', /^shared training centre$/],
    // Hope a side expresses for a thing is its bid.
    ['Chile and Peru signed a fishing accord in Lima. Peru expressed hope for a swift vote on the accord in Congress.', 'Peru', /^swift vote on the accord in Congress$/],
    // A text handed over is put forward.
    ['Peru and the Northern Front met in Lima. The Front handed over a list of 40 prisoners to be freed.', 'Northern Front', /^list of 40 prisoners to be freed$/],
    // When it would come, a clause of its own, is no part of what is put forward; "for the moment" stays.
    ['Colombia and the Northern Front met in Havana. The Front will offer a truce as soon as the ballots are counted.', 'Northern Front', /^truce$/],
    ['Colombia and the Northern Front met in Havana. The Front said it would offer a truce the moment both armies pull back.', 'Northern Front', /^truce$/],
    ['Colombia and the Northern Front met in Havana. The Front proposed a truce for the moment.', 'Northern Front', /^truce for the moment$/],
    // What a side's offer seeks, an aside between them, it proposes.
    ["Kestrel Airlines and the Kestrel Pilots Association met in Leeds. The airline's opening proposal, tabled in March, sought a seven-year contract.", 'Kestrel Airlines', /^seven-year contract$/],
    // What a relative clause on an offer says it offered, past a time after the noun.
    ["Kestrel Airlines and the Kestrel Cabin Crew Union met in Leeds. The airline's previous offer in April, which offered a 6% raise over two years, was turned down.", 'Kestrel Airlines', /^6% raise over two years$/],
  ])('%s → %s proposes %s', (text, subject, topic) => {
    const claims = readClaims(text);
    expect(claimsLike(claims, 'proposes', subject, topic), describeClaims(claims)).toHaveLength(1);
  });

  it('reads a proposal qualified by two demonyms joined by a hyphen as each side\'s', () => {
    const claims = readClaims('Chile and the Northern Front met in Lima. The front accepted a Brazilian-Peruvian proposal for a truce.');
    expect(claims.filter((c) => c.predicate === 'proposes').map((c) => `${c.subject}: ${c.object}`), describeClaims(claims)).toEqual(['Brazil: truce', 'Peru: truce']);
  });

  it.each<[string]>([
    ['The Kestrel Party and the Varden Party began coalition talks in Quito. The Kestrel Party came second with 31 seats.'],
    ['The Tarvo Growers Union met the Kestrel Dairy Cooperative in Quito. "We came here with four questions," the union said.'],
  ])('reads a side that came with a figure, but no offer\'s noun, as offering nothing: %s', (text) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'proposes'), describeClaims(claims)).toEqual([]);
  });

  it.each<[string]>([
    ['Chile and Peru met in Lima. A proposal by Peru to ban night trawling was rejected by Chile.'],
    ['Chile and Peru met in Lima. Chile rejected a proposal by Peru to ban night trawling.'],
    ['Chile and Peru met in Lima. Chile turned down a proposal from Peru to ban night trawling.'],
    ['Chile and Peru met in Lima. A proposal by Peru to ban night trawling did not win support after Chile opposed it.'],
  ])('reads the agent after a proposal\'s "by" or "from" as its holder, and what follows the agent as what it holds: %s', (text) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'proposes').map((c) => `${c.subject}: ${c.object}`), describeClaims(claims)).toEqual(['Peru: ban night trawling']);
    expect(claimsLike(claims, 'rejects', 'Chile', /^ban night trawling$/), describeClaims(claims)).toHaveLength(1);
  });

  it.each<[string]>([['Chile and Peru met in Lima. Peru\'s plan to ban night trawling did not win support.'], ['Chile and Peru met in Lima. Peru\'s plan to ban night trawling was opposed by Chile.']])('ends a plan before the verb of the clause it is the subject of: %s', (text) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'proposes').map((c) => `${c.subject}: ${c.object}`), describeClaims(claims)).toEqual(['Peru: ban night trawling']);
  });

  it('reads each clause under "the plan" the offer just named sets out as proposed by its holder', () => {
    const claims = readClaims('Chile and Peru met in Arica. The Chilean offer, presented on the first day, would have set up a shared zone. Under the plan, a joint venture would operate the mine, profits would be shared equally, and the border question would be frozen for 20 years.');
    expect(claims.filter((c) => c.predicate === 'proposes' && c.subject === 'Chile').map((c) => c.object), describeClaims(claims)).toEqual(['shared zone', 'joint venture would operate the mine', 'profits would be shared equally', 'border question would be frozen for 20 years']);
  });

  it('reads "It would also …" after an offer that opens its clause and states its terms by a verb, and "a change" the other side refuses', () => {
    const claims = readClaims('Bayline Transit and the Harbour Drivers Union met in Arica. The company\'s newest proposal, tabled on Monday, offers pay rises of 2 percent a year and a signing bonus. It would also lift the parking fee charged to staff from 10 to 15 euros, a change the Harbour Drivers Union has refused to accept.');
    expect(claimsLike(claims, 'proposes', 'Bayline Transit', /^lift the parking fee charged to staff from 10 to 15 euros$/), describeClaims(claims)).toHaveLength(1);
    expect(claimsLike(claims, 'rejects', 'Harbour Drivers Union', /^parking fee charged to staff from 10 to 15 euros$/), describeClaims(claims)).toHaveLength(1);
  });

  it('reads "the airlines" as the two firms at the table, though one firm\'s name holds the word', () => {
    const claims = readClaims('Kestrel Airlines and Bayline Air met the regulator in Lima. Besides the slots, the airlines now put forward code-share deals on the routes concerned.');
    expect(claims.filter((c) => c.predicate === 'proposes').map((c) => c.subject).sort(), describeClaims(claims)).toEqual(['Bayline Air', 'Kestrel Airlines']);
  });

  it('reads no offer in a side open to every option, nor in a willingness in doubt', () => {
    for (const text of ['Kestrel Pharma and Brixley Group met. Brixley Group said it could consider every option for its shareholders.', 'Chile and Peru met in Lima. Peru has yet to say if it is prepared to accept the quota.']) {
      const claims = readClaims(text);
      expect(claims.filter((c) => c.predicate === 'proposes'), describeClaims(claims)).toEqual([]);
    }
  });

  it('reads no proposal in the dates a step is called for ("stoppages for Nov. 3-6")', () => {
    const claims = readClaims('The Tarvo Pilots Union and Kestrel Air met in Madrid. The pilots have called stoppages for Nov. 3-6.');
    expect(claims.filter((c) => c.predicate === 'proposes'), describeClaims(claims)).toEqual([]);
  });

  it('reads no proposal in a hope put as a wish ("I\'d like to think …")', () => {
    const claims = readClaims('Tamsin Ward, executive director of the Tarvo Players Association, spoke to us about the talks with the Tarvo Soccer League.\n\nQ: What happens next?\n\nA: I\'d like to think a deal is near, though the owners must move.');
    expect(claims.filter((c) => c.predicate === 'proposes'), describeClaims(claims)).toEqual([]);
  });

  it('reads each clause under a proposal as proposed by the side of the relative clause right after it', () => {
    const claims = readClaims('Chile and the bondholders committee met in New York. The committee wanted a smaller cut. Under the proposal Chile tabled on Monday, investors would take a 30% haircut on principal, and interest rates would fall to 5%.');
    expect(claimsLike(claims, 'proposes', 'Chile', /30% haircut/), describeClaims(claims)).toHaveLength(1);
    expect(claimsLike(claims, 'proposes', 'Chile', /interest rates would fall/), describeClaims(claims)).toHaveLength(1);
  });

  it('reads a thing added by "plus" before an article as an offer of its own', () => {
    const claims = readClaims('The Tarvo Transit Union and the Arta transit authority met. The authority has offered 4% over two years plus a $900 bonus.');
    expect(claims.filter((c) => c.predicate === 'proposes').map((c) => c.object), describeClaims(claims)).toEqual(['4% over two years', '$900 bonus']);
  });

  it('reads no request in the anonymity a source asks for', () => {
    const claims = readClaims('Chile and Peru met in Lima. A Chilean diplomat who asked for anonymity because the talks are private said nothing was settled.');
    expect(claims.filter((c) => c.predicate === 'proposes'), describeClaims(claims)).toEqual([]);
  });

  it('leaves a season the offer was made in out of it', () => {
    const claims = readClaims('The Kestrel Cricket League and the Harbour Players Guild met in Leeds. The guild opened at 9 percent last winter.');
    expect(claims.filter((c) => c.predicate === 'proposes').map((c) => c.object), describeClaims(claims)).toEqual(['9 percent']);
  });

  it('reads one proposal per party of a coordinated subject', () => {
    const claims = readClaims('Egypt and Qatar put forward a new ceasefire proposal.');
    expect(claims.filter((c) => c.predicate === 'proposes').map((c) => c.subject), describeClaims(claims)).toEqual(['Egypt', 'Qatar']);
  });

  it('reads a word in -s after a verb and a demonym as a noun, the proposal of the demonym\'s side', () => {
    const claims = readClaims('Chile and Peru met in Lima. Chile rejected Peruvian calls for a safeguard clause on copper.');
    expect(claims.filter((c) => c.predicate === 'proposes').map((c) => `${c.subject}: ${c.object}`), describeClaims(claims)).toEqual(['Peru: safeguard clause on copper']);
  });

  it('reads an invitation to anything but a meeting as no proposal', () => {
    const claims = readClaims('Kestrel Homes and the Varden Tenants Association met in Lima. Kestrel Homes invited reporters to a tour of the new flats.');
    expect(claims.filter((c) => c.predicate === 'proposes'), describeClaims(claims)).toEqual([]);
  });

  it('keeps an offer whole when its items state no figure', () => {
    const claims = readClaims('Chile and Peru met in Lima. Peru proposed joint patrols, a hotline and a shared register of boats.');
    expect(claims.filter((c) => c.predicate === 'proposes').map((c) => c.object), describeClaims(claims)).toEqual(['joint patrols, a hotline and a shared register of boats']);
  });

  it('keeps an anonymous source as the attribution and trusts it less', () => {
    const named = claimsLike(readClaims('Cairo has suggested a two-stage truce.'), 'proposes', 'Egypt', /truce/)[0];
    const sourced = claimsLike(readClaims('According to Egyptian officials, Cairo has suggested a two-stage truce.'), 'proposes', 'Egypt', /truce/)[0];
    expect(sourced?.attribution).toBe('Egyptian sources');
    expect(sourced!.confidence).toBeLessThan(named!.confidence);
  });

  it('reads the judgement of another side on an offer as no part of the offer', () => {
    const claims = readClaims('Bayline Shipping and the Harbour Workers Union met in Arica. The union dismissed the company\'s offer of 3 percent as "symbolic".');
    expect(claims.filter((c) => c.predicate === 'proposes').map((c) => c.object), describeClaims(claims)).toEqual(['3 percent']);
  });

  it('reads "that" after an offer, a subject and a verb with no object as a relative clause, no content of the offer', () => {
    const claims = readClaims('Bayline Shipping and the Harbour Workers Union met in Arica. Bayline Shipping\'s proposal that dockers then refused was withdrawn on Monday.');
    expect(claims.filter((c) => c.predicate === 'proposes' && /dockers/.test(c.object)), describeClaims(claims)).toEqual([]);
  });

  it('reads the employers\' offer a union official rejects as the offer of the body across the table, not his', () => {
    const claims = readClaims('The Varden Dockworkers Union and the Coastal Maritime Alliance met in Arica. Ana Ruiz, the union\'s president, rejected the employers\' earlier offer of 40%.');
    expect(claims.filter((c) => c.predicate === 'proposes').map((c) => `${c.subject}: ${c.object}`), describeClaims(claims)).toEqual(['Coastal Maritime Alliance: 40%']);
  });

  it('reads whom a raised offer goes to as no part of it', () => {
    const claims = readClaims('Bayline Shipping and the Harbour Workers Union met in Arica. Bayline Shipping raised its offer to the port authority on Monday, hoping for the concession.');
    expect(claims.filter((c) => c.predicate === 'proposes' && /port authority/.test(c.object)), describeClaims(claims)).toEqual([]);
  });

  it.each<[string]>([
    // A bid to do something is an attempt, no offer; "to" before a noun phrase names where an offer goes.
    ['Chile and Peru met in Lima. Peru agreed to forward Chile\'s bid to join the pact to its parliament.'],
    ['Chile and Peru met in Lima. Peru welcomed Chile\'s offer to the committee.'],
  ])('%s → Chile proposes nothing', (text) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'proposes' && c.subject === 'Chile'), describeClaims(claims)).toEqual([]);
  });

  it.each<[string]>([
    // "the following demands" announce a list; a verb of saying alone is no offer.
    ['The Harbour Workers Union (HWU) and Bayline Shipping met in Arica. On Monday the HWU tabled the following demands for the ministry and Bayline:\n\n1. A raise of 9 percent.'],
    ['The Harbour Workers Union and Bayline Shipping met in Arica. Bayline offered buses for the strike days, and its partner, Varden Coaches, said it would drive them.'],
  ])('%s → no proposal of the words that announce a list or of a verb of saying', (text) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'proposes' && /^(following|says$)/i.test(c.object)), describeClaims(claims)).toEqual([]);
  });

  it.each<[string]>([
    // The subject of a clause after "when" is its own, a possessive in it too.
    ['Chile and Peru met in Lima. Ana Ruiz kept both sides in the building when Commissioner Tom Hale\'s delegation was ready to fly home.'],
    // A particle inside a quotation is the quotation's: no call for anything.
    ['Chile and Peru met. The Chilean minister called it "a strategic partnership for a new era".'],
    ['Iran did not propose anything new.'],
    ['Analysts suggested the talks could collapse.'],
    // Countering with a that-clause reports an answer.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Union leader Ana Ruiz countered that the dockers would stay out.'],
    ['Tehran has dismissed the idea of shipping its enriched uranium abroad.'],
    ['Israel and Hamas remain apart, with the prospect of a lasting truce still uncertain.'],
    ['Israel rejected calls for a permanent ceasefire.'],
    ['A spokesman dismissed reports that Iran had offered to suspend enrichment for three years.'],
    // A noun that is also a verb of proposing ("table") is no passive's trigger.
    ['Bayline Shipping and the Harbour Workers Union met in Leeds. Its side of the table is led by finance chief Karen Holt.'],
    // A settlement "aimed at" something is no side's aim.
    ['A day after the accord was signed in Lima to start a settlement aimed at ending the border war, Chile said nothing.'],
    // Asking to do something oneself, or asking people with no side to wait, asks nothing of the other side.
    ['Chile and Peru met in Lima. Chile asked to see the text before the vote.'],
    ['Chile and Peru met in Lima. Chile asked reporters to wait outside.'],
    // Opening a meeting with a ceremony offers nothing; nor does answering with a question.
    ['Chile and Peru met in Lima. Chile opened the meeting with a minute of silence.'],
    // Figures that move with no side behind them.
    ['Chile and Peru met in Lima. Inflation went to 5 percent.'],
    ['Chile and Peru met in Lima. Peru replied with a question about the quotas.'],
    ['Chile and Peru met in Lima. Chile asked the reporters to leave.'],
    // Applying to do something oneself asks nothing of a body.
    ['Bayline Shipping and the Harbour Workers Union met in Leeds. The union applied to join the pension scheme.'],
    // A pseudo-cleft that judges the offer says nothing of what it is.
    ['Chile and Peru met in Lima. What Peru offered was not enough.'],
    // A stake in something is no wish for it.
    ['Chile and the Andean Front met in Quito. Each side has an interest in the truce.'],
    // Asking someone to chair or facilitate the talks proposes nothing of them.
    ['Negotiators from Chile and Peru opened talks in Arica on Tuesday. The meeting is chaired by Ana Ruiz, whom the two states invited to serve as a neutral facilitator.'],
    // Another's hope that the sides are ready for something is no offer of theirs.
    ['The Harbour Tenants Association and Bayline Homes met in Leeds. "I hope both sides are ready to cap rents," the mediator said.'],
    ['The Harbour Tenants Association and Bayline Homes met in Leeds. The mayor hoped the association was willing to drop the rent strike.'],
    // Being ready to talk names no offer.
    ['The Harbour Tenants Association and Bayline Homes met in Leeds. "We are willing to talk, and we are willing to invest," a Bayline spokesman said.'],
    // What the sides agree to put forward is agreed, not proposed.
    ['Chile and Peru met in Lima. The two sides agreed to submit the fee to binding arbitration.'],
    // Recommending the deal says nothing of what it holds.
    ['The Harbour Workers Union and Bayline Shipping struck a tentative accord. The union\'s negotiators unanimously recommended the deal.'],
    // What an event makes likely, said after a comma, is no one's proposal.
    ["LIMA (Wire) - Chile's largest port operator and the dockers' union failed to break their deadlock on Friday, raising the prospect of fresh stoppages at ports."],
    // Time given to make an offer is no offer made.
    ['The Harbour Workers Union and Bayline Shipping met in Leeds. The union said it would give the company a week to present a new offer.'],
    // What a side prefers not to do.
    ['Kestrel Ports and the Harbour Workers Union met in Lima. The union would prefer not to comment on the offer.'],
    // Another side's offer or idea a side would consider, what it would not accept, and what it might accept.
    ["Kestrel Ports and the Harbour Workers Union met in Lima. The union would consider the company's offer."],
    ['Kestrel Ports and the Harbour Workers Union met in Lima. The union would consider that idea.'],
    ['Kestrel Ports and the Harbour Workers Union met in Lima. The union would not accept a pay freeze.'],
    ['Kestrel Ports and the Harbour Workers Union met in Lima. There is talk that the union might accept a pay freeze.'],
    // What the text of a deal both sides signed sets out is agreed, no one side's proposal.
    ['The Province of Ontario and the Tallgrass Nation signed a land accord setting out which valleys each will manage.'],
    ['Chile and Peru signed a fisheries accord setting out which boats may fish for anchovy.'],
    // A hope that qualifies another noun, and a clause on what is wanted that does not say it, are no bid.
    ['Chile and Peru met in Lima. Ministers of both sides welcomed the accord on Monday as a sign of hope for fishing towns hit by the storms.'],
    ['Chile and Peru met in Lima. In a brief note, Lima only set out what it wants from Santiago.'],
    // A forecast after a verb of suggesting is no proposal.
    ['Kestrel Mining and the Karru Land Council met in Perth. Kestrel Mining suggested prices would be higher by spring.'],
    // People or weapons handed over are given up, not put forward.
    ['Peru and the Northern Front met in Lima. The Front handed over two captives to the Red Cross on Monday.'],
  ])('%s → no proposal', (text) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'proposes'), describeClaims(claims)).toEqual([]);
  });

  it('reads the participle after a comma as the offer of the sentence\'s subject when it is a side', () => {
    const claims = readClaims('The Harbour Workers Union and Bayline Shipping met in Arica. Bayline had turned down the union\'s 9% claim, offering instead a 4% bonus.');
    expect(claims.filter((c) => c.predicate === 'proposes').map((c) => `${c.subject}: ${c.object}`), describeClaims(claims)).toEqual(['Bayline Shipping: 4% bonus']);
  });

  it.each<[string, string]>([
    // "The companies" are never the one body the article called "the union".
    ['Voice performers represented by KVP-ACT reached a tentative agreement with game companies on Wednesday, the union said. The companies had earlier offered 11%.', 'KVP-ACT'],
    // An infinitive joined to one another side calls for is no offer of the side called on.
    ['Chile and Peru met in Lima. Chile has called for Peru to withdraw its patrols and to hand over its fishing logs.', 'Peru'],
    // A participle after the comma shares the sentence's subject, not a side named in its object.
    ['The Harbour Workers Union and Bayline Shipping met in Arica. The shippers had turned down the union\'s 9% claim, offering instead a 4% bonus.', 'Harbour Workers Union'],
    // A proposal its reporter says was turned down, in the passive, is the other side's.
    ['Kestrel Airlines and the Kestrel Pilots Association (KPA) met in Leeds. Kestrel Airlines asked to extend the old contract by a week. A KPA spokeswoman said the extension proposal was rejected.', 'Kestrel Pilots Association'],
  ])('%s → no proposal by %s', (text, party) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'proposes' && (c.party ?? c.subject) === party), describeClaims(claims)).toEqual([]);
  });

  it('reads what a proposal put on the table holds after a colon, and the figure offered before ("up from …")', () => {
    const claims = readClaims('The Harbour Workers Union and Bayline Shipping met in Arica. Bayline has put a new proposal on the table: a 32% raise over six years, up from 22%, according to a person briefed on the talks.');
    expect(claims.filter((c) => c.predicate === 'proposes').map((c) => c.object), describeClaims(claims)).toEqual(['32% raise over six years', '22%']);
  });

  it('reads what a compromise put on the table holds after a colon', () => {
    const claims = readClaims('Kestrel Foods and the Tarvo farmers\' cooperative met in Paris, hosted by Agriculture Minister Ana Ruiz. The minister put her compromise on the table: a price of 0.48 euro a litre until the harvest.');
    expect(claims.filter((c) => c.predicate === 'proposes').map((c) => c.object), describeClaims(claims)).toEqual(['price of 0.48 euro a litre until the harvest']);
  });

  it('reads the figure a side offered before, set against its new offer, as offered too', () => {
    const claims = readClaims('The Harbour Workers Union and Bayline Shipping met in Arica. Bayline offered a 9% rise over two years, up from the 6% it put on the table in January.');
    expect(claims.filter((c) => c.predicate === 'proposes').map((c) => c.object), describeClaims(claims)).toEqual(['9% rise over two years', '6%']);
  });
  it('reads the figure a deal in force gives, set against a new offer, as no offer', () => {
    const claims = readClaims('Chile and the European Union met in Lima. The EU offered 60 million euros a year, up from 57.5 million under the expiring protocol.');
    expect(claims.filter((c) => c.predicate === 'proposes').map((c) => c.object), describeClaims(claims)).toEqual(['60 million euros a year']);
  });

  it('reads a gerund after "by" as done by the side before the verb, and "with X countering …" as no part of what is rejected', () => {
    const claims = readClaims('Kestrel Foods and the Harbour Workers Union met in Arica. The union rejected the plan, with Kestrel Foods countering by offering a pay review. Kestrel Foods later responded by offering a 3% raise.');
    expect(claims.filter((c) => c.predicate === 'proposes').map((c) => [c.subject, c.object]), describeClaims(claims)).toEqual([
      ['Kestrel Foods', 'pay review'],
      ['Kestrel Foods', '3% raise'],
    ]);
    expect(claims.filter((c) => c.predicate === 'rejects').map((c) => c.object), describeClaims(claims)).toEqual(['plan']);
  });

  it('reads two verbs an offer joins by "and", each with its object, as two things offered, not two nouns of an "of"', () => {
    const offered = (text: string): string[] => readClaims(`Kestrel Mobile and Tarvo Telecom met the regulator on Monday. ${text}`).filter((c) => c.predicate === 'proposes').map((c) => c.object);
    expect(offered('Kestrel Mobile offered to freeze fares for a year and to let riders vote on new routes.')).toEqual(['freeze fares for a year', 'let riders vote on new routes']);
    expect(offered('Kestrel Mobile proposed to sell its depot to a fund and hand the vans to a cooperative.')).toEqual(['sell its depot to a fund', 'hand the vans to a cooperative']);
    expect(offered('Kestrel Mobile proposed to set up a board of tenants and ward clerks.')).toEqual(['set up a board of tenants and ward clerks']);
  });

  it('reads an unnamed minister of the one government at the table as that government, and of two as no one', () => {
    const proposers = (text: string): string[] => readClaims(text).filter((c) => c.predicate === 'proposes').map((c) => `${c.subject}: ${c.object}`);
    expect(proposers('Poland and the Kestrel Farmers Union met in Warsaw. The minister offered to hold the diesel rebate for small farms.')).toEqual(['Poland: hold the diesel rebate for small farms']);
    expect(proposers('Chile and Peru met in Lima. The minister offered to hold the diesel rebate for small farms.')).toEqual([]);
  });
});
