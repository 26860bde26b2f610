import { describe, expect, it } from 'vitest';
import { claimsLike, describeClaims, readClaims, readGraph } from './read-claims.js';

describe('rejects', () => {
  it('reads a side that says an offer fails to address its needs as turning the offer down and asking for them', () => {
    const claims = readClaims("Bayline Shipping and the Harbour Workers Union met. The union said Bayline Shipping's offer fails to address key concerns such as unpaid overtime and night-shift pay.");
    expect(claims.filter((c) => c.predicate === 'rejects' || c.predicate === 'demands').map((c) => [c.party, c.predicate, c.object]), describeClaims(claims)).toEqual([
      ['Harbour Workers Union', 'demands', 'unpaid overtime and night-shift pay'],
      ['Harbour Workers Union', 'rejects', "Bayline Shipping's offer"],
    ]);
    // ("did not adequately address members' needs": needs in general name none; what the offer lacked is asked for.)
    const lacked = readClaims("Bayline Shipping and the Harbour Workers Union met. Tom Vale, the union's president, said the draft contract did not properly address members' needs, lacked smaller crews and failed to show respect.");
    expect(lacked.filter((c) => c.predicate === 'demands').map((c) => c.object), describeClaims(lacked)).toEqual(['smaller crews']);
    expect(claimsLike(lacked, 'rejects', 'Tom Vale', /^draft contract$/), describeClaims(lacked)).toHaveLength(1);
  });

  it('reads members who open a sentence as their union, and a stance noun\'s object as ending before the sentence\'s verb', () => {
    const members = readClaims('The Harbour Teachers Association and the province met. Members voted against the tentative agreement on Monday.');
    expect(claimsLike(members, 'rejects', 'Harbour Teachers Association', /^tentative agreement$/), describeClaims(members)).toHaveLength(1);
    const noun = readClaims("The Harbour Teachers Association and the province met. The association's rejection of the latest offer came on Monday.");
    expect(noun.filter((c) => c.predicate === 'rejects').map((c) => c.object), describeClaims(noun)).toEqual(['latest offer']);
    // (And one whose side follows it, named by "the" and its kind: "the rejection of X by the association".)
    const agent = readClaims('The Harbour Teachers Association and the province met. The rejection of the two-year contract offer by the association came on Monday.');
    expect(agent.filter((c) => c.predicate === 'rejects').map((c) => [c.party, c.object]), describeClaims(agent)).toEqual([['Harbour Teachers Association', 'two-year contract offer']]);
  });

  it('reads a side after ", and" with a verb of its own as no agent of the passive before it', () => {
    const claims = readClaims('Kestrel Pictures and the Harbour Voice Guild signed a deal. The Guild\'s claim for back pay was not accepted by Kestrel, and the Guild will take it to court.');
    expect(claims.filter((c) => c.predicate === 'rejects').map((c) => c.subject), describeClaims(claims)).toEqual(['Kestrel Pictures']);
  });

  it('reads no topic in a clause after "and" whose subject is a pronoun ("…, and neither is in the deal")', () => {
    const claims = readClaims('Chile and the Tarvo Union met. The employers proposed robot cranes at the port. The union turned down both offers, and neither is in the draft accord.');
    expect(claims.filter((c) => c.predicate === 'rejects' && /neither/.test(c.object)), describeClaims(claims)).toEqual([]);
  });

  it('reads a judgement after an adverb and a quotation mark ("was \\"just not achievable\\"")', () => {
    const claims = readClaims('The Tarvo Workers Union and Kestrel University met in Lima. Provost Ana Ruiz, in a letter to staff, said the $52,000 floor was "just not achievable" this year.');
    expect(claimsLike(claims, 'rejects', 'Ana Ruiz', /^\$52,000 floor$/), describeClaims(claims)).toHaveLength(1);
  });

  it('reads "it" after the verb as the offer last made, with a team named by its own words of bargaining as subject', () => {
    const claims = readClaims("The Tarvo Graduate Labor Collective and Kestrel University met. The university made a new offer on Monday. The union's bargaining panel turned it down at once.");
    expect(claimsLike(claims, 'rejects', 'Tarvo Graduate Labor Collective', /^new offer$/), describeClaims(claims)).toHaveLength(1);
  });

  it('reads no rejection of what a vote led to, nor of who reported it', () => {
    const claims = readClaims("SEATTLE — Kestrel Aero's factory workers voted on Wednesday to reject the planemaker's latest contract offer, extending a five-week strike that has halted production, the Kestrel Guild of Aircraft Fitters (KGAF) said.");
    expect(claims.filter((c) => c.predicate === 'rejects' && /extending|said/.test(c.object)), describeClaims(claims)).toEqual([]);
  });

  it('reads no topic that opens on a mark of punctuation: what follows it goes on another clause', () => {
    const claims = readClaims('Kestrel Ports and the Harbour Workers Union met in Lima. "We are not signing that, not this week and not in six months," said union president Ana Ruiz.');
    expect(claims.filter((c) => /^[,;:]/.test(c.object)), describeClaims(claims)).toEqual([]);
  });

  it('reads a participle set off after the main clause as said by its subject, not by the side named last before the comma', () => {
    const claims = readClaims('The Harbour Workers Union rejected an offer on Friday from Bayline Shipping, calling the proposal an insult to its members.');
    expect(claims.filter((c) => c.predicate === 'rejects' && c.subject !== 'Harbour Workers Union'), describeClaims(claims)).toEqual([]);
  });

  it('reads "the plan" as no topic of its own sentence that holds it ("X said Chile should reject the plan")', () => {
    const claims = readClaims('Chile and the Northern Front met in Lima. Opposition leader Ana Ruiz said Chile should reject the plan.');
    expect(claims.filter((c) => c.predicate === 'rejects').map((c) => c.object), describeClaims(claims)).toEqual(['plan']);
  });

  it('reads the antecedent of "which" as what the verb of a clause inside the phrase takes, after its own subject', () => {
    const claims = readClaims('Kestrel Pharma said on Friday it had made an improved cash bid for Brixley Group last week, which Brixley Group rejected.');
    expect(claims.filter((c) => c.predicate === 'rejects' && !/^improved cash bid(?: for Brixley Group)?$/.test(c.object)), describeClaims(claims)).toEqual([]);
  });

  it('reads "the official creditors" as the one body whose name holds them, in the singular', () => {
    const claims = readClaims('Chile and the Andean Bondholder Committee met in London and agreed a deal. The Official Creditor Council is led by Japan and Korea. Last month the official creditors turned down a draft deal between Chile and the bondholders.');
    expect(claims.filter((c) => c.predicate === 'rejects').map((c) => c.subject), describeClaims(claims)).toEqual(['Official Creditor Council']);
  });

  it.each<[string, string]>([
    ['a cost no one asked or offered', 'Kestrel Airlines and the Kestrel Pilots Association met in Leeds. Kestrel Airlines warns that it cannot afford another strike.'],
    ['a cost a side can bear', 'Kestrel Airlines and the Kestrel Pilots Association met in Leeds. Kestrel Airlines says it can afford a 6 percent raise.'],
    ['stopping someone from doing something', 'Kestrel Mining and the Tarvo community met in Lima. The villagers blocked Kestrel Mining from using the access road for a month.'],
    ['blocking roads named with words that count or qualify them', 'The Harbour Carriers Union and the transport ministry met in Lima. Members of the union have been blocking three main regional highways since Sunday.'],
    ['a verb of refusing used as a noun', 'Kestrel Mining and the Karru Land Council met in Perth. The council wants a power of veto on any drilling near burial grounds.'],
  ])('reads no rejection in %s', (_, text) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'rejects'), describeClaims(claims)).toEqual([]);
  });

  it('reads no rejection in a side that will not object to a state\'s membership', () => {
    const claims = readClaims('Serbia and Kosovo met in Brussels. Under the annex, Serbia will not object to Kosovo\'s seat in the council.');
    expect(claims.filter((c) => c.predicate === 'rejects'), describeClaims(claims)).toEqual([]);
  });

  it('reads a relative clause after what a side pushed for as one rejection of it, whichever rule reads it', () => {
    const claims = readClaims('Chile and Peru met in Lima. Peru had pushed for a 10% increase in its anchovy quota, which Chile refused.');
    expect([...new Set(claims.filter((c) => c.predicate === 'rejects').map((c) => `${c.subject}: ${c.object}`))], describeClaims(claims)).toEqual(['Chile: 10% increase in its anchovy quota']);
  });

  it.each<[string, string, RegExp]>([
    // A side set against a thing rejects it, past an adverb; what "this" stands for, turned down after a conjunction.
    ['The Varden Party and the Tarvo League met in Vienna. The league remains firmly against a wealth tax, its leader said.', 'Tarvo League', /^wealth tax$/],
    ['Bayline Rail and the Kestrel Transport Union met in Durban. Bayline Rail offered a 4.5% raise on Monday. But this was rejected by the union.', 'Kestrel Transport Union', /^4\.5% raise$/],
    // What the vote led to, and who reported it, with its short name in brackets, are no part of what was turned down.
    ["SEATTLE — Kestrel Aero's factory workers voted on Wednesday to reject the planemaker's latest contract offer, extending a five-week strike that has halted production, the Kestrel Guild of Aircraft Fitters (KGAF) said.", 'Kestrel Guild of Aircraft Fitters', /^planemaker's latest contract offer$/],
    // What a side did not accept, in the passive, it turned down; a side after ", and" with its own verb is no agent.
    ['Bayline Shipping and the Harbour Workers Union met in Lima. The union\'s demand for a 9% raise was not accepted by Bayline, and the union will keep pursuing it.', 'Bayline Shipping', /^9% raise$/],
    // Saying no, with no object of its own, turns down what the other side last asked for.
    ['Bayline Shipping and the Harbour Workers Union met in Lima. The union wants a 9% raise. Bayline has said no, citing its costs.', 'Bayline Shipping', /^9% raise$/],
    // "The package", with a time after it, is the offer the other side made, not the demand it made after it.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Bayline has offered a bonus of 500 euros. Bayline also wants night shifts. The union turned down the package on Tuesday.', 'Harbour Workers Union', /^bonus of 500 euros$/],
    // A judgement of what a thing would be.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Bayline proposed a freeze. The union said the freeze would be unacceptable.', 'Harbour Workers Union', /^freeze$/],
    // A second predicate after "and had", past a time.
    ['Chile and Peru met in Lima. Chile does not accept the levy and has for weeks declined to discuss the matter.', 'Chile', /^levy$/],
    // "The board" after "Kestrel's board" is the company.
    ['Bayline Shipping made an offer for Kestrel Ports. Kestrel\'s board rejected the first bid. The board turned down a second bid of 40 dollars a share.', 'Kestrel Ports', /^second bid of 40 dollars a share$/],
    // "Once again" before the verb opens no clause: the side before it is the subject.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The union has once again refused the 4% offer.', 'Harbour Workers Union', /^4% offer$/],
    // "It", past a time and before a judgement, or with the form it was in, is the offer last made.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Bayline offered a 3% raise over two years. The union refused it within a week as "an insult to dockers".', 'Harbour Workers Union', /^3% raise over two years$/],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Bayline offered a 3% raise over two years. "We refused it in its present form," the union said.', 'Harbour Workers Union', /^3% raise over two years$/],
    // An offer of several terms is referred back to by its first, which heads it.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Bayline offered a 2% raise, a review of rosters and a bonus of 500 dollars. The union rejected it.', 'Harbour Workers Union', /^2% raise$/],
    // The board that governs a side acts for it.
    ['The Kestrel Dairy Cooperative and Varden Foods met in Caen. Varden offered a 3% rise in the milk price. The co-op\'s board threw out the offer on Tuesday.', 'Kestrel Dairy Cooperative', /^3% rise in the milk price$/],
    // "The offer" after a side turned something down is the offer last made, not what was turned down.
    ['The Kestrel Dairy Cooperative and Varden Foods met in Caen. Varden has offered a 3% rise in the milk price. Varden has refused a link between the price and feed costs. The co-op threw out the offer.', 'Kestrel Dairy Cooperative', /^3% rise in the milk price$/],
    // Those who lead or speak for a body, named by its kind, are the body: "union leaders", "company executives".
    ['Bayline Shipping and the Harbour Workers Union met in Arica. On Monday senior union leaders rejected the offer.', 'Harbour Workers Union', /^offer$/],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. On Monday the union officials rejected the offer.', 'Harbour Workers Union', /^offer$/],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. On Monday company executives rejected the demand.', 'Bayline Shipping', /^demand$/],
    // "That call" refers back to what a side called for.
    ['Chile and Peru met in Lima. Peru called for an independent review of the quota. Chile rejected that call.', 'Chile', /^independent review of the quota$/],
    // "That" before a time, and "that proposal" at a meeting, are what was offered before.
    ['Chile and Peru met in Lima. Peru offered a quota of 20 percent. Chile rejected that on Monday night.', 'Chile', /^quota of 20 percent$/],
    ['Chile and Peru met in Lima. Peru offered a fishing fund. Chile rejected that proposal at a mass meeting of 3,000 fishermen.', 'Chile', /^fishing fund$/],
    // A span counted from another time closes no object.
    ['Chile and Peru met in Lima. Peru offered a quota. Chile rejected a revised 20 percent quota two weeks later.', 'Chile', /^revised 20 percent quota$/],
    // An adverb of repetition may stand inside a phrasal verb.
    ['Chile and Peru met in Lima. Peru offered a quota. Chile balked again at a revised quota of 20 percent.', 'Chile', /^revised quota of 20 percent$/],
    // "That" as the whole subject of a passive is what was offered before, past an adverb set off by commas.
    ['Chile and Peru met in Lima. Peru offered a quota of 30 percent. That, again, was turned down by Chile.', 'Chile', /^quota of 30 percent$/],
    // Saying it will not leave a place turns down leaving it, though leaving a deal is a rejection of its own.
    ['Mali and the Sahel Liberation Front met in Cairo. Mali will not withdraw from Kidal.', 'Mali', /^withdraw from Kidal$/],
    // A demand summing up what a speaker said must happen is that whole clause.
    ['Chile and the Northern Front met in Havana. President Ana Ruiz said the rebels must end kidnappings for ransom, a demand the Northern Front has so far rejected.', 'Northern Front', /^rebels must end kidnappings for ransom$/],
    // "Out of hand", before the object or after it, is how, not what.
    ['Chile and Peru met in Lima. Chile rejected out of hand the Peruvian plan for a joint patrol.', 'Chile', /^Peruvian plan for a joint patrol$/],
    ['Chile and Peru met in Lima. Chile rejected the plan for a joint patrol out of hand.', 'Chile', /^plan for a joint patrol$/],
    // Warning against a thing rejects it; vowing to resist it rejects it and agrees to nothing.
    ['Bayline Shipping and the Harbour Workers Union met. Bayline warned against any increase above 5 percent.', 'Bayline Shipping', /^increase above 5 percent$/],
    // A figure or a price summing up what was offered, with the clause that rejects it and no pronoun.
    ['Chile and Peru met in Lima. Peru offered a quota of 40,000 tonnes, a figure Santiago rejected.', 'Chile', /^quota of 40,000 tonnes$/],
    ['Chile and Peru met in Lima. Peru offered to pay $10 a tonne, a price the Chilean ministry rejected as too low.', 'Chile', /^pay \$10 a tonne$/],
    // A "that" before its own verb stands for the noun before it, the subject of the verb after the clause.
    ['Pirates met Kestrel Ocean Carriers. The company that owns the vessel refused to pay more than $1 million.', 'Kestrel Ocean Carriers', /^pay more than \$1 million$/],
    // What a side's offer holds, after its possessive.
    ['The Varden Ministry of Education and the Kestrel Teachers Union met in Lagos. The union turned down the ministry\'s offer to raise pay by 15 per cent.', 'Kestrel Teachers Union', /^raise pay by 15 per cent$/],
    // Members of a body named with its acronym, before the place they are in, act for it.
    ['Members of the Harbour Workers Union (HWU) in Chile have voted to reject a 5% pay award offered by Bayline Shipping.', 'Harbour Workers Union', /^5% pay award$/],
    // Where troops leave from is part of the plan; only a figure's offerer is cut off.
    ['Russia and Ukraine met in Geneva. Russia rejected a plan for the withdrawal of troops from Ukraine.', 'Russia', /^plan for the withdrawal of troops from Ukraine$/],
    // A cost a side says it cannot bear, asked of it or offered, it turns down.
    ['The Kestrel Nurses Guild asked for a 6 percent raise. Arlen County Council says it cannot afford the guild\'s pay claim.', 'Arlen County Council', /^guild's pay claim$/],
    ['Kestrel Airlines and the Kestrel Pilots Association met in Leeds. Kestrel Airlines cannot afford the pilots\' demands.', 'Kestrel Airlines', /^pilots' demands$/],
    // "The sum" is the offer made before.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Bayline Shipping offered to pay 200,000 dollars into a fund. The union rejected the sum as an insult.', 'Harbour Workers Union', /^pay 200,000 dollars into a fund$/],
    // "The paramilitary group" is the force; a condition summing up a that-clause is the clause whole.
    ["Chad's army and the paramilitary Northern Defence Forces (NDF) met in Nairobi. The army has insisted that the NDF leave the capital before any truce, a condition the paramilitary group has rejected.", 'Northern Defence Forces', /^NDF leave the capital before any truce$/],
    // A stance noun after a side's adjective whose name has two words, or after its short name, is that side's last stance.
    ['Brazil and the United States met in Geneva. Washington demanded that Brazil cut its ethanol tariff. Brazil rejected the American demand.', 'Brazil', /^Brazil cut its ethanol tariff$/],
    ['Brazil and the United States met in Geneva. The United States proposed a quota on steel. Brazil rejected the US plan.', 'Brazil', /^quota on steel$/],
    // "but rejected" shares the subject of the verb before it, past a side that only qualifies a noun.
    ['Chile and Peru met in Lima. A senior Chilean official said Chile had accepted a U.S. plan for a fishing pause, but rejected the Peruvian demand for a quota.', 'Chile', /demand for a quota$/],
    // Another side's offer judged in a quotation that does not welcome it is turned down.
    ["Kestrel Homes and the Varden Tenants Association met in Lima. Kestrel Homes offered a jobs plan. Ana Ruiz, the association's lawyer, called the jobs plan \"a distraction\".", 'Ana Ruiz', /^jobs plan$/],
    // A union's members, and its membership, act for the union.
    ['Bayline Shipping and the Harbour Workers Union met in Lima. Bayline Shipping offered a 4 percent raise. The union members voted down the offer on Sunday.', 'Harbour Workers Union', /^4 percent raise$/],
    ['Bayline Shipping and the Harbour Workers Union met in Lima. The membership rejected the new contract.', 'Harbour Workers Union', /^new contract$/],
    // A stance told as a cleft: what a side cannot accept it rejects.
    ['Bayline Shipping and the Harbour Workers Union met in Lima. What Bayline cannot accept is a ban on night shifts.', 'Bayline Shipping', /^ban on night shifts$/],
    // "It" before a passive is what was last put forward; "throughout" alone stands where a time does.
    ['Chile and Peru met in Lima. Chile offered 8 per cent. It was rejected by the Peruvian delegation within the hour.', 'Peru', /^8 per cent$/],
    ['Chile and Peru met in Lima. Chile refused throughout to touch the pension fund.', 'Chile', /^touch the pension fund$/],
    // A judgement with a verb of its own; a speaker named after the judgement holds it.
    ['Varden Health and Corvale Medical Group met in Lima. Varden offered to cap prices at 3 percent. Corvale said the offer did not go far enough.', 'Corvale Medical Group', /^cap prices at 3 percent$/],
    ['Varden Health and Corvale Medical Group met in Lima. Varden offered to cap prices at 3 percent. Corvale said the offer fell short.', 'Corvale Medical Group', /^cap prices at 3 percent$/],
    ['Varden Health and Corvale Medical Group met in Lima. Varden offered to cap prices at 3 percent. The offer is unacceptable, Corvale said.', 'Corvale Medical Group', /^cap prices at 3 percent$/],
    // What a side says is off the table, or not on it, it turns down.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Bayline said the rehiring of the dismissed dockers was off the table.', 'Bayline Shipping', /^rehiring of the dismissed dockers$/],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. A four-day week is not on the table, Bayline said.', 'Bayline Shipping', /^four-day week$/],
    ['Varden Health and Corvale Medical Group met in Lima. Varden offered to cap prices at 3 percent. The offer is an insult, said the Corvale Medical Group.', 'Corvale Medical Group', /^cap prices at 3 percent$/],
    ['Chile and Peru met in Lima. Chile proposed a joint customs post. Peru described the Chilean plan as premature.', 'Peru', /^joint customs post$/],
    // Whose plan it is decides which plan it is.
    ['Chile and Peru met in Lima. Chile proposed a joint customs post. Bolivia proposed a canal. Peru rejected the Chilean plan.', 'Peru', /^joint customs post$/],
    ['Chile and Peru met in Lima. Chile proposed a joint customs post. Bolivia proposed a canal. Peru called the Chilean plan premature.', 'Peru', /^joint customs post$/],
    // A pronoun turned down, or refused at every session, is what the other side last put forward.
    ['The Harbour Workers Union and Bayline Shipping met in Arica. The union asked for a cap on overtime. Bayline turned it down.', 'Bayline Shipping', /^cap on overtime$/],
    ['The Harbour Workers Union and Bayline Shipping met in Arica. The union asked for a cap on overtime. Bayline refused this at every session.', 'Bayline Shipping', /^cap on overtime$/],
    // An adverb of manner after the object says how it was refused: "that condition" is the one last set.
    ['Chile and Peru met in Lima. Peru insisted that Chile withdraw its trawlers. Chile rejected that condition outright.', 'Chile', /^Chile withdraw its trawlers$/],
    // An adverb of manner before the object, as translated news places it, is no part of it.
    ['Chile and the Andean Liberation Front met in Lima. The front wants a new levy. Chile opposed again the new levy.', 'Chile', /^new levy$/],
    ['Chile and the Harbour Workers Union met in Lima. The union wants a tax cut. Chile refused categorically the suppression of the port tax.', 'Chile', /^suppression of the port tax$/],
    // A refusal that ends the sentence turns down what another side last put forward; "it" past "within a day".
    ['Chile and Peru met in Lima. Chile proposed a joint customs post. Peru refused.', 'Peru', /^joint customs post$/],
    ['Kestrel Athletic and SC Varden met in Lima. Kestrel Athletic offered a fee of 30 million euros. SC Varden 04 rejected it within hours.', 'SC Varden', /^fee of 30 million euros$/],
    // Members named by a plural the name of the one organisation holds, in a plural's possessive before a demand.
    ['The Union of Bakers and the Chilean government met in Santiago. The government rejected the bakers\' demand to cut the flour levy by half.', 'Chile', /^cut the flour levy by half$/],
    // A phrasal verb of refusal in a relative clause, with a phrase of occasion after it; moves one at a time.
    ['Bayline Shipping and the Harbour Workers Union met in Lima. The union demanded a night premium, which the company turned down at each meeting.', 'Bayline Shipping', /^night premium$/],
    ['Bayline Shipping and the Harbour Workers Union met in Lima. Bayline offered first 3 percent, then 4 percent, which the union has refused each time.', 'Harbour Workers Union', /^4 percent$/],
    // A time that ends the sentence is no object: what was refused each time is what the clause refers to.
    ['Bayline Shipping and the Harbour Workers Union met in Lima. Bayline offered a bonus, which the union has refused each time.', 'Harbour Workers Union', /^bonus$/],
    // "the administration" facing a union is the employer's.
    ['Varden University and the Harbour Cleaners Union resumed talks in Leeds. The administration has rejected the sick-pay plan.', 'Varden University', /^sick-pay plan$/],
    // "that" before a comma refers back as "it" does.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Bayline offered a raise of 4 per cent. Union leader Ana Ruiz rejected that, saying dockers could not live on it.', 'Harbour Workers Union', /^raise of 4 per cent$/],
    // A judgement after a relative pronoun is of what the clause before offered; after "told X that"; in words of scorn.
    ['Halvorsen Foods and the Harbour Workers Union met in Lima. Halvorsen Foods offered a 3% raise, which the union considered insufficient.', 'Harbour Workers Union', /^3% raise$/],
    ['Halvorsen Foods and the Harbour Workers Union met in Lima. The union told Halvorsen Foods that the 3% raise was insufficient.', 'Harbour Workers Union', /^3% raise$/],
    ['Halvorsen Foods and the Harbour Workers Union met in Lima. The union called the 3% raise a mockery.', 'Harbour Workers Union', /^3% raise$/],
    ['Halvorsen Foods and the Harbour Workers Union met in Lima. The union said the 3% raise was not sufficient to cover prices.', 'Harbour Workers Union', /^3% raise$/],
    // "that figure", "such a requirement" refer back to what was last asked; a vote promised against a deal; "they"
    // after a subject joined by "and" is both sides.
    ['Chile and Peru met in Lima. Peru asked for 45,000 tonnes. Chile did not accept that figure.', 'Chile', /^45,000 tonnes$/],
    ['Chile and Peru met in Lima. Peru requested that rails be made in Peru. Chile stated that it could not accept such a requirement.', 'Chile', /^rails be made in Peru$/],
    ['Chile and Peru met in Lima. Chile said it would vote against the agreement.', 'Chile', /^agreement$/],
    ['Chile and Peru met in Lima. Chile and Peru said they would not accept a vote on any article.', 'Chile', /^vote on any article$/],
    ['Chile and Peru met in Lima. Chile and Peru said they would not accept a vote on any article.', 'Peru', /^vote on any article$/],
    // "did not accept." at a sentence's end turns down what another side last put forward; "contrary to" as translated
    // news writes "opposed to"; campaigning against a deal.
    ['Chile and Peru met in Lima. Peru offered a 12% royalty over six years. Chile did not accept.', 'Chile', /^12% royalty over six years$/],
    ['Chile and Peru met in Lima. The Chilean Greens however are contrary to the new levy.', 'Chilean Greens', /^new levy$/],
    ['Chile and Peru met in Lima. Senator Ana Ruiz says she will campaign against the deal.', 'Ana Ruiz', /^deal$/],
    // A company's board speaks for it; not recommending a bid to the members turns it down.
    ["Kestrel Foods and Bayline Shipping met in Lima. Kestrel's board turned down 12 dollars a share in March.", 'Kestrel Foods', /^12 dollars a share$/],
    ['Kestrel Foods and the Harbour Workers Union (HWU) met in Lima. The HWU said it would not recommend the offer to its members.', 'Harbour Workers Union', /^offer$/],
    ['Armenia has called for Azerbaijan to return its prisoners of war, a demand Baku has rejected.', 'Azerbaijan', /^Azerbaijan to return its prisoners of war$/],
    ['Iran rejected the US proposal for a full halt to enrichment.', 'Iran', /halt to enrichment/],
    // "at first" between the verb and its object.
    ['Bayline Shipping and the Harbour Workers Union met in Lima. Bayline Shipping refused at first the release of the twelve dockers.', 'Bayline Shipping', /^release of the twelve dockers$/],
    // What was asked, named again by "a request that …"; an adverb after the verb is no object.
    ['Chile and Peru met in Lima. At the first meeting the fishermen asked a fee of 6 million pesos, a request that Santiago refused categorically.', 'Chile', /^fee of 6 million pesos$/],
    // What a side says it will not do.
    ['Kestrel Rail and the Kestrel Rail Union met in Pretoria. Kestrel Rail said it would not reinstate the dismissed workers.', 'Kestrel Rail', /^reinstate the dismissed workers$/],
    ["Japan and Australia met in Tokyo. Japan won't reopen rice, the minister said.", 'Japan', /^reopen rice$/],
    // A second relative clause of one noun, with a time after its verb; a time after the verb before the object.
    ['The Liberal Forum and the Agrarian Centre formed a coalition. The Agrarians dropped the wealth tax which they proposed in the campaign, and which the Liberal Forum refused from the first day.', 'Liberal Forum', /^wealth tax$/],
    ['Chile and Peru met in Lima. Chile rejected from the start the idea of a joint patrol.', 'Chile', /^joint patrol$/],
    // The phrasal verb around its object; "that offer" is the other side's offer.
    ['Chile and Peru met in Lima. Chile offered a 10% share. The Peruvian delegation turned that offer down.', 'Peru', /^10% share$/],
    ['The Kestrel Union met Bayline Shipping. Union members voted the contract down on Sunday.', 'Kestrel Union', /^contract$/],
    ['Chile and Peru met in Lima. Chile offered a 10% share. Peru ruled that out on Monday.', 'Peru', /^10% share$/],
    ['Chile and Peru met in Lima. Chile offered a joint patrol. Peru knocked the patrol back.', 'Peru', /patrol/],
    // A side's demands judged unaffordable are the one thing it demanded before.
    ['The Harbour Workers Union met the Port Operators Association in Leeds. The union demanded a 14% pay rise. The association described the union\'s demands as unaffordable.', 'Port Operators Association', /^14% pay rise$/],
    // "The board" after "the board of X" is X.
    ['Bayline Shipping has increased its offer for Nyberg Dairy, and the board of Nyberg Dairy now recommends it. The new price comes after the board rejected earlier proposals from Bayline.', 'Nyberg Dairy', /^earlier proposals from Bayline$/],
    // The condition an apposition names is the one set before it.
    ['Chile and Peru met in Lima. Chile would sign the treaty only after Peru changes its fishing law, a condition Peru has rejected in the past.', 'Peru', /^Peru changes its fishing law$/],
    // Not backing something rejects it, whatever its object; only leaving ("backed away from") needs a deal or talks.
    ['Chile and Peru met in Lima. Peru did not back the fisheries reform.', 'Peru', /^fisheries reform$/],
    ['Chile and Peru met in Lima. Peru backed away from the quota plan.', 'Peru', /^quota plan$/],
    // A demonym before the kind noun of the article's only armed group; people at a company are no company.
    ['Chile and the Andean Liberation Front met in Lima. A day later the Peruvian group rejected a Chilean proposal for a truce.', 'Andean Liberation Front', /truce/],
    ['The Kestrel Pilots Union met Kestrel Airlines. Pilots at low-cost carrier Kestrel Airlines voted on Monday to reject a new contract.', 'Kestrel Pilots Union', /^new contract$/],
    // An allegation denied in a that-clause, in a statement too; the speaker's participle ends it.
    ['Chile and Peru met. Peru issued a statement denying that its troops occupy the border posts saying that these allegations are false.', 'Peru', /^troops occupy the border posts$/],
    ['Chile and Peru met. Peru\'s minister, Ana Ruiz, denied firmly that any ransom was paid.', 'Peru', /^ransom was paid$/],
    // A bare proposal answered is the one the other side stated before; an editor's "[and]" ends the object.
    ['Chile and Peru met in Lima. Peru proposed a joint patrol of the border. Chile rejected the proposal on Monday.', 'Chile', /^joint patrol of the border$/],
    // "that" judged "as" something stands for another side's stance named before.
    ['Bayline Shipping and Kestrel Ports met in Lima. Bayline offered 12 dollars a share in cash. Kestrel Ports rejected that as too low.', 'Kestrel Ports', /^12 dollars a share in cash$/],
    ['Bayline Shipping and Kestrel Ports met in Lima. Bayline offered 12 dollars a share in cash. Kestrel Ports rejected that outright as an insult.', 'Kestrel Ports', /^12 dollars a share in cash$/],
    // A plural the sentence counts answers each of the stances it counts.
    ['Bayline Shipping and the Harbour Workers Union met in Lima. Bayline wants a wage freeze and asks for longer shifts. The union rejected both demands.', 'Harbour Workers Union', /^wage freeze$/],
    ['Bayline Shipping and the Harbour Workers Union met in Lima. Bayline wants a wage freeze and asks for longer shifts. The union rejected both demands.', 'Harbour Workers Union', /^longer shifts$/],
    ['Chile and Peru met in Lima. Peru said that Chile "rejected our plan [and] refused to make a counter."', 'Chile', /^plan$/],
    ['Talks between Kestrel Foods and the Harbour Workers Union resumed. The Harbour Workers Union negotiators were critical of the offer.', 'Harbour Workers Union', /^offer$/],
    // A second verb after "and" and an adverb ends the object.
    ['Chile said that it will not sign anything at the summit and earlier pledged to keep the quota.', 'Chile', /^sign anything at the summit$/],
    // A negated verb of support, and emphasis before the object.
    ['France will not support the Andean trade agreement in its current version.', 'France', /^Andean trade agreement in its current version$/],
    ['Talks between Kestrel Foods and the Harbour Workers Union resumed. Kestrel Foods made an offer. The union negotiators were critical of not only the pay offer, but the plan to publish it.', 'Harbour Workers Union', /offer/],
    // Unwillingness turns down; "meet this demand" is the demand named before.
    ['Rich nations demanded a cap on coal. Developing countries were unwilling to meet this demand.', 'developing countries', /^cap on coal$/],
    ['Kestrel Foods said it was reluctant to accept a four-day week.', 'Kestrel Foods', /^four-day week$/],
    ['Chile and Peru met in Lima. Chile was unable to accept the Peruvian map of the reef.', 'Chile', /^Peruvian map of the reef$/],
    // A time phrase after the verb is no part of the object; a participle after a comma describes it.
    ['Chile rejected on Sunday (March 1) a Peruvian demand for a new quota, included in a draft agreed by Bolivia.', 'Chile', /^Peruvian demand for a new quota$/],
    ['Tehran has dismissed the idea of shipping its enriched uranium abroad.', 'Iran', /^shipping its enriched uranium abroad$/],
    ['The American proposal for zero enrichment was dismissed by Tehran.', 'Iran', /zero enrichment/],
    ['Iran will not accept any limits on its enrichment program.', 'Iran', /^limits on its enrichment program$/],
    ['Hamas refused to disarm.', 'Hamas', /^disarm$/],
    ["Israel rejected Hamas's demands for a permanent ceasefire.", 'Israel', /permanent ceasefire/],
    ['China ruled out any concessions on its industrial subsidies.', 'China', /^concessions on its industrial subsidies$/],
    ["The White House turned down Beijing's request for a tariff exemption.", 'United States', /tariff exemption/],
    ['The Sudanese delegation, which rejected the truce proposal, left Jeddah on Monday.', 'Sudan', /^truce proposal$/],
    ['Kinshasa flatly rejected any talks with the M23.', 'Democratic Republic of the Congo', /^talks with the M23$/],
    ['Israeli Prime Minister Benjamin Netanyahu said he would never agree to end the war while Hamas remains in power.', 'Benjamin Netanyahu', /^end the war$/],
    ["Iran's foreign ministry spokesman Esmaeil Baghaei said Tehran opposes any military presence near its borders.", 'Iran', /military presence/],
    ['The demand for zero enrichment, which Tehran rejects, remains the main obstacle.', 'Iran', /zero enrichment/],
    ["Western nations, including France and Germany, criticized Iran's proposals as unserious.", 'West', /Iran's proposals/],
    // An offer that falls short of a side's expectations is turned down by that side.
    ['Kestrel Foods and the Harbour Workers Union met. Kestrel Foods offered a 3% raise. The offer fell short of the union\'s demands.', 'Harbour Workers Union', /^3% raise$/],
    ['Chile and Peru met in Lima. The offer was raised to 5%, but still failed to meet the hopes of the Andean Coastal Group (ACG) and the Union of Pacific Fishing Ports (UPFP).', 'Union of Pacific Fishing Ports', /^offer was raised to 5%$/],
    // A quoted judgement after a verb of judging; a plural possessive names the side of a co-leader.
    ['The Greens and the Social Democrats held coalition talks. The Greens\' co-leader, Anna Vogt, called the Social Democrats\' counteroffer of 2035 "deeply disappointing".', 'Greens', /^Social Democrats' counteroffer of 2035$/],
    // The sides the opposition comes from turn down what faces it.
    ['Chile and Peru met. However, the fishing agreement must still be ratified by the Andean parliaments, facing opposition from countries like Bolivia and Ecuador.', 'Ecuador', /^fishing agreement$/],
    ['Chile and Peru met. The quota plan met stiff resistance from Bolivia.', 'Bolivia', /^quota plan$/],
    // A quotation whose speaker follows it, named with an office and a community of two demonyms.
    ['Greek Cypriot and Turkish Cypriot leaders resumed talks in Geneva. "We will never accept a permanent division of the island," said Greek Cypriot negotiator Andreas Mavros.', 'Andreas Mavros', /^permanent division of the island$/],
    // A closing attribution to an office holder ends the object.
    ['Chile and Peru met in Lima. Chile has ruled out any cut of its anchovy quota below 40%, Foreign Minister Ana Silva said on Tuesday.', 'Chile', /^cut of its anchovy quota below 40%$/],
    // An indefinite object keeps its verb.
    ['Chile and Peru met in Lima. Chile said it would not sign anything at the meeting.', 'Chile', /^sign anything at the meeting$/],
    // A judgement told to someone, or in a quotation after the copula, turns down what it judges.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Bayline Shipping told reporters a pay rise was impossible this year.', 'Bayline Shipping', /^pay rise$/],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The union said 3 percent was "not acceptable to the dockers".', 'Harbour Workers Union', /^3 percent$/],
    // A request turned down is the one made before, the weekday it was turned down no part of it; what others "had
    // billed as" an offer is the offer.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Bayline asked the union to put the offer to a vote. The union dismissed that request Thursday afternoon.', 'Harbour Workers Union', /^union to put the offer to a vote$/],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The union turned down what company officials had billed as a generous pay offer.', 'Harbour Workers Union', /^generous pay offer$/],
    // Blocking roads is no rejection; blocking a plan is.
    ['The Harvest Union and the ministry met in Rennes. Union members have blocked roads around the capital. The union blocked the ministry\'s plan.', 'Harvest Union', /^ministry's plan$/],
    // A model a side spurned, in a clause after the proposal it sums up; "that", before when it will not be signed.
    ['Chile and Peru met in Lima. Peru had countered earlier in the week with a soft cap on catches, a model Chile spurned on Wednesday.', 'Chile', /^soft cap on catches$/],
    ['Chile and Peru met in Lima. Peru offered a soft cap on catches. "We are not signing that, not this week and not in six months," said Ana Ruiz, the Chilean negotiator.', 'Ana Ruiz', /^soft cap on catches$/],
    // A counterproposal judged is the one made before; "either" after the object is no part of it.
    ['Chile and Peru met in Lima. Peru answered with a counterproposal that would cap the catch. Chile said the counterproposal was unworkable, and said it had asked for a mediator.', 'Chile', /^counterproposal that would cap the catch$/],
    ['Chile and Peru met in Lima. Peru said it would not accept the exemption either.', 'Peru', /^exemption$/],
    // A proposal referred to "in its present form" is the one made before; how often it was turned down is no part of it.
    ['Chile and the Northern Front met in Quito. The front proposed a ceasefire of 90 days. Chile did not accept this proposal in its present form.', 'Chile', /^ceasefire of 90 days$/],
    ['Chile and the Northern Front met in Quito. The front rejected one more time the proposal to concentrate its fighters in zones.', 'Northern Front', /^proposal to concentrate its fighters in zones$/],
    // After a participle, "as" belongs to the object.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The union rejects every fee computed as a part of port income.', 'Harbour Workers Union', /^every fee computed as a part of port income$/],
    // "The notion" rejected is the thing proposed before.
    ['Chile and the Northern Front met in Quito. The Front proposed a truce of 60 days. Chilean Interior Minister Tomas Vale rejected the notion.', 'Tomas Vale', /^truce of 60 days$/],
    // What is held back until a thing happens, without the condition.
    ['Chile and the Northern Front met in Quito. The Front will not discuss a prisoner swap until the shelling of its villages stops.', 'Northern Front', /^discuss a prisoner swap$/],
    // "Both" refers back to the two things another side last put forward.
    ["Kestrel Airlines and the Kestrel Pilots Association met in Leeds. The airline's opening proposal, tabled in March, sought a seven-year contract and a cap on starting salaries. The association rejected both.", 'Kestrel Pilots Association', /^seven-year contract$/],
    ["Kestrel Airlines and the Kestrel Pilots Association met in Leeds. The airline's opening proposal, tabled in March, sought a seven-year contract and a cap on starting salaries. The association rejected both.", 'Kestrel Pilots Association', /^cap on starting salaries$/],
    // A demand referred to, with an adverb of manner after it.
    ['The Tarvo Brigade and the Kestrel Battalion met in Misrata. The battalion insisted on the release of its fighters, and the brigade refused this demand absolutely.', 'Tarvo Brigade', /^release of its fighters$/],
    // "Anything above" a figure is what is ruled out, with no verb before it.
    ['Kestrel Airlines and the Kestrel Pilots Association met in Leeds. Kestrel Airlines rules out anything over 2.5% for the pilots.', 'Kestrel Airlines', /^anything over 2\.5%/],
    // Who reports a rejection in the passive, with no agent, rejected it; a verb of saying is no part of what was rejected.
    ['Kestrel Airlines and the Kestrel Pilots Association met in Leeds. Kestrel Airlines offered a two-year pay freeze. The association told members the offer had been turned down.', 'Kestrel Pilots Association', /^two-year pay freeze$/],
    // A side's proposal turned down in the passive, with no agent and no one reporting it, the other side turned down.
    ["Chile and Peru met in Lima. Peru's proposal for a joint patrol of the bay was rejected.", 'Chile', /^joint patrol of the bay$/],
    // An office that heads a state, named with its demonym and no one's name, speaks for the state.
    ['Chile and Peru met in Lima. The Chilean president and his aides declined to sign the minutes.', 'Chile', /^sign the minutes$/],
    // An ability denied: what a side could not agree to it turned down.
    ['Chile and Peru met in Lima. Chile said on Monday that it has not been able to accept a swap of its debt.', 'Chile', /^swap of its debt$/],
  ])('%s → %s rejects %s', (text, subject, topic) => {
    const claims = readClaims(text);
    expect(claimsLike(claims, 'rejects', subject, topic), describeClaims(claims)).toHaveLength(1);
  });

  it('reads a verb of taking a thing up, refused alone ("refused to approve it"), as no topic', () => {
    const claims = readClaims('The Kestrel Nurses Union and Bayline Health met in Leeds. Bayline offered a 4% raise, but the union refused to approve it, saying it ignored night pay.');
    expect(claims.filter((c) => c.predicate === 'rejects').map((c) => c.object), describeClaims(claims)).toEqual(['4% raise']);
  });

  it('reads how long a stance was held ("throughout bargaining") as no object of its own', () => {
    const claims = readClaims("Kestrel Airlines and the Kestrel Cabin Crew Union met in Leeds. The airline's call for longer shifts, which the union declined to accept throughout bargaining, was dropped.");
    expect(claims.filter((c) => /throughout/.test(c.object)), describeClaims(claims)).toEqual([]);
    expect(claimsLike(claims, 'rejects', 'Kestrel Cabin Crew Union', /^longer shifts$/)).toHaveLength(1);
  });

  it('reads "the official" after an unnamed official as that source, and "we" in its quotation as its side', () => {
    const { facts } = readGraph(['Chile and the Northern Front met in Lima. Ana Ruiz led the front\'s delegation. A Chilean official told reporters that Chile would not lift the curfew. "We will not accept a deal that leaves the front armed," the official said.']);
    expect(facts.filter((f) => f.predicate === 'rejects').map((f) => `${f.subject}: ${f.object}`)).toContain('Chile: deal that leaves the front armed');
    expect(facts.filter((f) => f.subject === 'Ana Ruiz' && f.predicate !== 'leads' && f.predicate !== 'memberOf')).toEqual([]);
  });

  it('reads "that demand" as what a speaker said another side must do, the demand last stated', () => {
    const claims = readClaims('Chile and Peru met in Lima. Chile demanded that Peru lift all tariffs. The Chilean negotiator, Ana Ruiz, said Peru must guarantee that no future government would abandon the accord. The Peruvian envoy, Luis Vidal, rejected that demand.');
    expect(claims.filter((c) => c.predicate === 'rejects').map((c) => c.object), describeClaims(claims)).toEqual(['Peru must guarantee that no future government would abandon the accord']);
  });

  it('reads "who" after a common noun as that noun, no side named before it', () => {
    const claims = readClaims("Peru and its official creditors met in Lima. Peru is still in talks with private bondholders, who have rejected the government's proposal of a 30 percent haircut.");
    expect(claims.filter((c) => c.predicate === 'rejects' && (c.subject === 'Peru' || c.party === 'Peru')), describeClaims(claims)).toEqual([]);
  });

  it('reads "it" as the topic before the sentence when the sentence names its own proposal after it', () => {
    const claims = readClaims('The Coastal Hockey League and the Coastal Hockey Players Union met in Lima. The league said its latest proposal, which would cut the share to 50 percent, was fair. The union rejected it on Friday and countered with a plan that would keep the share above 52 percent.');
    expect(claims.filter((c) => c.predicate === 'rejects').map((c) => `${c.subject}: ${c.object}`), describeClaims(claims)).toEqual(['Coastal Hockey Players Union: cut the share to 50 percent']);
  });

  it('reads the words that qualify a side in a relative clause without "that" as the side\'s, not what it rejects', () => {
    const claims = readClaims('Chile and the Liberal Party met in Lima. Chile insisted on a fixed date for the exit from coal, a condition the pro-business Liberal Party has repeatedly rejected.');
    expect(claims.filter((c) => c.predicate === 'rejects').map((c) => c.object), describeClaims(claims)).toEqual(['fixed date for the exit from coal']);
  });

  it('ends the object before a participle clause the tagger read as a noun', () => {
    const claims = readClaims('Bayline Shipping and the Harbour Workers Union met in Lima. The Harbour Workers Union rejected the final offer of Bayline on Monday, clearing the way for a strike.');
    expect(claims.filter((c) => c.predicate === 'rejects').map((c) => c.object), describeClaims(claims)).toEqual(['final offer of Bayline']);
  });

  it('reads the plan a side rejects as another side\'s, not as what it demands in the same sentence', () => {
    const claims = readClaims('Bayline Shipping and the Harbour Workers Union met in Arica. Bayline Shipping proposed a five-year contract. The union rejected the plan, demanding instead a one-year freeze.');
    expect(claims.filter((c) => c.predicate === 'rejects').map((c) => [c.subject, c.object]), describeClaims(claims)).toEqual([['Harbour Workers Union', 'five-year contract']]);
  });

  it('ends the object before a person named with an office after a comma and "and", and takes no topic read after the pronoun', () => {
    const claims = readClaims('Bayline Shipping and the Harbour Workers Union met in Arica. Bayline Shipping rejected it outright, and union secretary Ana Ruiz, who led the talks, insisted on a review of all 40 dismissals.');
    expect(claims.filter((c) => c.predicate === 'rejects'), describeClaims(claims)).toEqual([]);
  });

  it('ends the object before a gerund after a comma, read as a noun, before a figure', () => {
    const claims = readClaims('Bayline Shipping and the Harbour Workers Union met in Arica. The union asked for 9 percent. Bayline rejected the demand, offering 5 percent instead.');
    expect(claims.filter((c) => c.predicate === 'rejects').map((c) => c.object), describeClaims(claims)).toEqual(['9 percent']);
  });

  it('reads a manner of refusing as no object', () => {
    const claims = readClaims('Kestrel Air and the Varden Pilots Guild met in Montreal. Kestrel then offered a 2 percent raise, which the guild rejected out of hand.');
    expect(claims.filter((c) => c.predicate === 'rejects').map((c) => c.object), describeClaims(claims)).toEqual(['2 percent raise']);
  });

  it('reads a person named with a lower-case office as no object', () => {
    const claims = readClaims('Chile and Peru met in Lima. Peru rejected permanent secretary Ana Ruiz as a go-between. Peru rejected the quota.');
    expect(claims.filter((c) => c.predicate === 'rejects').map((c) => c.object), describeClaims(claims)).toEqual(['quota']);
  });

  it('reads a time that ends a refusal as no object', () => {
    const claims = readClaims('Bayline Shipping and the Harbour Workers Union met in Lima. Bayline offered a bonus, which the union has refused each time.');
    expect(claims.filter((c) => c.predicate === 'rejects').map((c) => c.object), describeClaims(claims)).toEqual(['bonus']);
  });

  it('credits the members a group lists between dashes, not those it names after "including"', () => {
    const listed = readClaims('Talks ended in Lima. The Andean Community countries—Peru, Bolivia and Ecuador—rejected the fishing ban.');
    expect(listed.filter((c) => c.predicate === 'rejects').map((c) => c.subject).sort(), describeClaims(listed)).toEqual(['Andean Community', 'Bolivia', 'Ecuador', 'Peru']);
    const some = readClaims("Western nations, including France and Germany, criticized Iran's proposals as unserious.");
    expect(some.filter((c) => c.predicate === 'rejects').map((c) => c.subject), describeClaims(some)).toEqual(['West']);
  });

  it('reads no bare stance noun as what a judgement turns down', () => {
    const claims = readClaims('Ecuador and Peru held talks. Peru rejected any link between the border and port access, calling the demand "a non-starter".');
    expect(claims.filter((c) => c.predicate === 'rejects').map((c) => c.object), describeClaims(claims)).toEqual(['link between the border and port access']);
  });

  it('ends an object with its quotation and gives "we" to the speaker after it, past an office and an aside', () => {
    const claims = readClaims(
      'Kestrel Ports and the Harbour Workers Union met again. The company wants to compete with U.S. West Coast ports. "We are not going to sign a contract that freezes this port," Kestrel chief operating officer Ana Ruiz, who leads the company\'s negotiating team, said in a statement.',
    );
    const rejections = claims.filter((c) => c.predicate === 'rejects');
    expect(rejections.map((c) => [c.subject, c.object]), describeClaims(claims)).toEqual([['Ana Ruiz', 'contract that freezes this port']]);
  });

  it('reads one rejection per party of a coordinated subject', () => {
    const claims = readClaims('Armenia and Azerbaijan both rejected the idea of international peacekeepers.');
    expect(claims.filter((c) => c.predicate === 'rejects').map((c) => [c.subject, c.object]), describeClaims(claims)).toEqual([
      ['Armenia', 'international peacekeepers'],
      ['Azerbaijan', 'international peacekeepers'],
    ]);
  });

  it('reads a refusal as a rejection, never as the opposite stance', () => {
    const claims = readClaims('Iran will not accept any limits on its enrichment program, and Israel will not agree to a full withdrawal from Gaza.');
    expect(claims.filter((c) => c.predicate === 'demands' || c.predicate === 'agrees'), describeClaims(claims)).toEqual([]);
    expect(claimsLike(claims, 'rejects', 'Israel', /full withdrawal from Gaza/)).toHaveLength(1);
  });

  it('reads "the offer" rejected as no antecedent the sides signed', () => {
    const claims = readClaims("Bayline Shipping and the Harbour Workers Union met in Arica. The union's lawyer, Adam Kos, signed the minutes. The head of the union panel, Eva Lind, rejected the offer.");
    expect(claimsLike(claims, 'rejects', 'Eva Lind', /minutes/), describeClaims(claims)).toEqual([]);
  });

  it('reads a plural the tagger read as a verb, before "of", as what a relative clause turns down, without the verb before it', () => {
    const claims = readClaims('The Harbour Workers Union and Bayline Shipping met in Arica. Bayline had initially offered raises of about $2 an hour, which the union rejected.');
    expect(claims.filter((c) => c.predicate === 'rejects').map((c) => c.object), describeClaims(claims)).toEqual(['raises of about $2 an hour']);
  });

  it('reads a clause on a noun, with a subject of its own, as no refusal of the side that demands it', () => {
    const claims = readClaims('Egypt and Ethiopia met in Cairo. Egypt has demanded guarantees that the dam will not reduce its share of Nile water during droughts.');
    expect(claims.filter((c) => c.predicate === 'rejects'), describeClaims(claims)).toEqual([]);
  });

  it('reads a firm before the people who act, named by what they are, as no subject ("Tarvo machinists reject …")', () => {
    const claims = readClaims('Tarvo Aerospace and the Machinists Union met in Seattle. Tarvo Aerospace machinists reject the latest contract offer.');
    expect(claims.filter((c) => c.predicate === 'rejects' && c.subject === 'Tarvo Aerospace'), describeClaims(claims)).toEqual([]);
  });

  it('reads a verb of the trigger\'s form after a comma as the next step, no item of what is rejected', () => {
    const claims = readClaims('The Harbour Workers Union and Bayline Shipping met in Arica. Dockers reject 5% pay award, threaten strike ballot.');
    expect(claims.filter((c) => c.predicate === 'rejects').map((c) => c.object), describeClaims(claims)).toEqual(['5% pay award']);
  });

  it('reads an offer judged in a quotation that welcomes it as no rejection', () => {
    const claims = readClaims('Kestrel Homes and the Varden Tenants Association met in Lima. Kestrel Homes made a new offer. The association described the new offer as "a good basis for talks".');
    expect(claims.filter((c) => c.predicate === 'rejects'), describeClaims(claims)).toEqual([]);
  });

  it('reads the roads a side blocks as no proposal it turns down, and a Prime Minister as no minister named before', () => {
    const claims = readClaims('The Harvest Union and Ana Ruiz, the Agriculture Minister, met in Rennes. Union members have blocked roads around the capital. The union called for a meeting with the Prime Minister.');
    expect(claims.filter((c) => c.predicate === 'rejects' || (c.predicate === 'role' && c.object === 'Prime Minister')), describeClaims(claims)).toEqual([]);
  });

  it('ends a quotation\'s clause at an attribution that says to whom it was told, then what the speaker did', () => {
    const claims = readClaims('South Sudan and the Tarvo Front met in Addis Ababa. The Front demanded the release of 41 detainees. "The detainees are criminals. Their cases are before the courts and the government will not interfere," Information Minister Ana Ruiz told our correspondent, dismissing the demand.');
    expect(claims.filter((c) => c.predicate === 'rejects').map((c) => c.object), describeClaims(claims)).toEqual(['release of 41 detainees']);
  });

  it('reads a verb\'s word after an article as a noun: a side handed a veto rejects nothing', () => {
    const claims = readClaims('Bayline Shipping and the Harbour Workers Union met in Lima. Bayline would not accept any clause that hands the union a veto over technology.');
    expect(claims.filter((c) => c.predicate === 'rejects').map((c) => c.subject), describeClaims(claims)).toEqual(['Bayline Shipping']);
  });

  it.each<[string]>([

    // A participle in -ing between a verb and a noun qualifies the noun: "declining" declines nothing.
    ['Kestrel Motors has faced declining demand in Chile, its largest market, and rising costs.'],
    // "No" that opens what was said is no answer.
    ['Bayline Shipping and the Harbour Workers Union met in Lima. The union wants a 9% raise. Bayline said no decision had been taken.'],
    // A participle after "all" or a possessive describes the noun: no one dismisses anything in it.
    ['Bayline Shipping and the Harbour Workers Union met in Lima. The union wants all dismissed dockers recognised.'],
    ['Bayline Shipping and the Harbour Workers Union met in Lima. The union wants its dismissed members rehired.'],
    // A verb of refusing with only an adverb after it, and no antecedent to refuse.
    ['Chile and Peru met in Lima. Chile refused categorically.'],
    // Not speaking, not resting until something happens, and what talks will not do.
    ['Kestrel Rail and the Kestrel Rail Union met. Kestrel Rail said it would not comment on the offer.'],
    ['Israel and Hamas met in Doha. Israel said it would not rest until the last hostage returns.'],
    ['Kestrel Rail and the Kestrel Rail Union met. The talks would not resume until May.'],
    // Walking away from a session or the table leaves a meeting; it turns down no proposal.
    ['Kestrel Rail and the Kestrel Rail Union met in Lima. Union negotiators walked away from an all-night bargaining session on Friday.'],
    ['Kestrel Rail and the Kestrel Rail Union met in Lima. The union walked away from the bargaining table.'],
    // Leaving a place is no rejection; leaving a deal is.
    ['Chile and Peru met in Lima. Under the plan, Chilean troops would withdraw from the border towns during the first phase.'],
    // An agent, a time or a verb that says nothing is no topic; a side's own stance noun names no content.
    ['The offer Kestrel Foods made was voted down by the membership.'],
    ['Kestrel Foods said it refused to move.'],
    ['Peru agreed with the plan, which left out Chilean demands.'],
    ['Hamas declined to comment.'],
    ['Asked about the date of the next round, the Chilean envoy Tom Vale declined to share it with reporters.'],
    ['Iran did not reject the offer outright.'],
    ['Analysts dismissed the summit as a photo opportunity.'],
    ['Iranian Foreign Ministry spokesman Esmaeil Baghaei dismissed reports that Tehran had offered a pause as speculation.'],
    // What is "a red line" for a side is what it holds to; a judgement no side is named for is no one's.
    ['Chile and Peru met in Lima. Peru offered to share the catch. "Fishing rights are a red line for us," said Chile.'],
    ['Varden Health and Corvale Medical Group met in Lima. Varden offered to cap prices at 3 percent. The offer is unacceptable, analysts said.'],
    // A side's plan no one has put forward names nothing.
    ['Chile and Peru met in Lima. Chile proposed a joint customs post. Peru rejected the Bolivian plan.'],
    // A participle between an article or a number and its noun describes the noun.
    ['The Harbour Workers Union and Bayline met in Arica. The union demanded the rehiring of 40 dismissed workers.'],
    ['The Harbour Workers Union and Bayline met in Arica. The union sent back the rejected offer with notes in the margin.'],
    // "opposition" before a bare verb is the political opposition, no opposing.
    ['Chile and opposition to reopen dialogue in Lima, mediator Norway says\n\nThe government and the opposition will meet on Tuesday.'],
    // A cleft of what a side accepts, or of what it says, rejects nothing.
    ['Bayline Shipping and the Harbour Workers Union met in Lima. What Bayline will accept is a review in May.'],
    ['Bayline Shipping and the Harbour Workers Union met in Lima. What Bayline did not say is when the ferries return.'],
    // A side judges no stance of its own that the sentence states after the pronoun.
    ['Bayline Shipping and Kestrel Ports met in Lima. Kestrel Ports rejected that as too low and asked for 15 dollars a share.'],
    // What a side will not do, listed among the terms the sides agreed, is no rejection.
    ['Peru and the Tarvo Front met in Quito. Both delegations agreed as follows: a truce will begin on 3 March; the Front will not leave the agreed zones.'],
    // A judgement of what a thing would be, said of "it", names no thing by its modal.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The union praised the new rota yet argued it would be pointless without more staff.'],
    // What a demand asks, in a clause after it, is no relative clause on it that the side named there turns down.
    ['Peru and the Tarvo Front met in Lima. The armed group withdrew its demand that the navy pull out of two harbours.'],
    // A step held back until another side acts sets a condition; what a standstill binds a side not to do is its term.
    ['Peru and the Kestrel Fund met in Washington. The Kestrel Fund will not pay out the second tranche until Peru obtains guarantees from its lenders.'],
    ['Peru and its bondholders met in Washington. The bondholders accepted a moratorium under which they will not sue until the end of June.'],
  ])('%s → no rejection', (text) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'rejects'), describeClaims(claims)).toEqual([]);
  });
  it('reads "the government" of a story that names no state as a side as the state its places lie in', () => {
    const claims = readClaims('GOMA, June 2 - The Ituri Liberation Front freed 12 soldiers on Sunday. It follows talks in Kinshasa between the rebels and a government team. The government has refused to withdraw its troops from Bunia.');
    expect(claimsLike(claims, 'rejects', 'Democratic Republic of the Congo', /withdraw its troops/), describeClaims(claims)).toHaveLength(1);
  });
  it('reads "Government officials" of a story that names no state as a side as the state its places lie in', () => {
    const claims = readClaims('GOMA, June 2 - The Ituri Liberation Front met the government in Kinshasa. The rebels are demanding the release of their leader. Government officials have dismissed that demand.');
    expect(claimsLike(claims, 'rejects', 'Democratic Republic of the Congo', /release of their leader/), describeClaims(claims)).toHaveLength(1);
  });
  it('reads "will not budge on X" as holding to X, no rejection', () => {
    const claims = readClaims('The Harbour Workers Union and Bayline Shipping met in Arica. The union will not budge on automation.');
    expect(claims.filter((c) => c.predicate === 'rejects'), describeClaims(claims)).toEqual([]);
  });
  it('reads what a side refuses to undergo, in the passive, as a rejection ("being listed as a donor")', () => {
    const claims = readClaims('Rich and poor countries met in Baku. China refused to be listed as a donor.');
    expect(claimsLike(claims, 'rejects', 'China', /^being listed as a donor$/), describeClaims(claims)).toHaveLength(1);
  });
  it('reads "a condition X called unacceptable" after a demand as X turning it down', () => {
    const claims = readClaims('Chile and Peru met in Lima. Peru demanded a new border line, a condition Chile called "a non-starter".');
    expect(claimsLike(claims, 'rejects', 'Chile', /new border line/), describeClaims(claims)).toHaveLength(1);
  });
  it('reads "the regulator" as the one regulating body named, and what a side offered to do as what it turned down', () => {
    const claims = readClaims('The Harbour Competition Authority reviewed the merger of Vantor Airways and Belmar Air. Vantor first offered to surrender 18 slot pairs, which the regulator rejected as insufficient.');
    expect(claimsLike(claims, 'rejects', 'Harbour Competition Authority', /^surrender 18 slot pairs$/), describeClaims(claims)).toHaveLength(1);
  });

  it('reads a thing "not an option", an unwillingness to do a thing, and a proposal "discarded" as turned down', () => {
    const rejected = (text: string): string[] => readClaims(`Kestrel Mining and the Tarvo Herders Council met in Lima. ${text}`).filter((c) => c.predicate === 'rejects').map((c) => `${c.party ?? c.subject}: ${c.object}`);
    expect(rejected('Closing the mine is not an option, Kestrel Mining said.')).toEqual(['Kestrel Mining: Closing the mine']);
    expect(rejected('Kestrel Mining is not willing to pave the access track.')).toEqual(['Kestrel Mining: pave the access track']);
    expect(rejected('"We are not prepared to accept a 5% royalty," said Tom Hale, the Kestrel Mining chief executive.')).toEqual(['Kestrel Mining: 5% royalty']);
    expect(rejected('The compensation was discarded by Kestrel Mining.')).toEqual(['Kestrel Mining: compensation']);
    expect(rejected('Kestrel Mining is not ready to sign the deal.')).toEqual([]);
  });
});
