import { describe, expect, it } from 'vitest';
import type { Predicate } from '../../src/types.js';
import { claimsLike, describeClaims, readClaims } from './read-claims.js';

describe('stances stated as nouns, by verbs of every class, and by what a deal provides', () => {
  it.each<[string, Predicate, string, RegExp]>([
    // A state's word and what the firm is may stand before the firm an offer comes from, which is no part of the offer.
    ['Brakefield said its board had rejected a cash offer of 610 pence a share from U.S. rival Corvane Industries.', 'proposes', 'Corvane Industries', /^610 pence a share$/],
    ['Brakefield said its board had rejected a cash offer of 610 pence a share from U.S. rival Corvane Industries.', 'rejects', 'Brakefield', /^cash offer of 610 pence a share$/],
    // "There" and its verb after ", and" open a clause of their own, no second thing offered.
    ["Kestrel Yards and its welders met. The deal keeps Kestrel Yards' offer of raises of 4% a year, and there were gains on pensions, a union official said.", 'proposes', 'Kestrel Yards', /^raises of 4% a year$/],
    // A price before the noun, with its unit, "per" or "a", and its currency's sign; the figure, when what follows only
    // names whom the offer is for.
    ['Brixley Group rejected a 44 pence per share offer from Kestrel Pharma.', 'proposes', 'Kestrel Pharma', /^44 pence per share offer$/],
    ['Brixley Group rejected a $44-a-share offer from Kestrel Pharma.', 'proposes', 'Kestrel Pharma', /^\$44-a-share offer$/],
    ['Kestrel Pharma made a 300 million euro offer for Brixley Group.', 'proposes', 'Kestrel Pharma', /^300 million euro offer$/],
    // Nouns with a possessive holder and their complement.
    ["The Transport Workers Union rejected Metro Rail's offer of a 12% raise over three years.", 'proposes', 'Metro Rail', /^12% raise over three years$/],
    ["The Transport Workers Union rejected Metro Rail's offer of a 12% raise over three years.", 'rejects', 'Transport Workers Union', /^12% raise over three years$/],
    ["The Riverside Teachers Union met the school board. The union's demand for a 35-hour week was the main sticking point.", 'demands', 'Riverside Teachers Union', /^35-hour week$/],
    // A noun a side puts forward with a verb, and the list of what it includes.
    ['Northgate Mining made a revised offer on Tuesday. The firm said the offer contains a signing bonus of $3,000 and two extra days of leave.', 'proposes', 'Northgate Mining', /^signing bonus of \$3,000$/],
    ['Northgate Mining made a revised offer on Tuesday. The firm said the offer contains a signing bonus of $3,000 and two extra days of leave.', 'proposes', 'Northgate Mining', /^two extra days of leave$/],
    // Verbs of each class, matched by lemma.
    ['The Royal Nursing Guild turned down the hospital group’s pay offer.', 'rejects', 'Royal Nursing Guild', /pay offer/],
    ['The Northern Liberation Front spurned the government plan for a partial ceasefire.', 'rejects', 'Northern Liberation Front', /plan for a partial ceasefire/],
    ['The Pilots Association balked at the proposed cuts to overtime pay.', 'rejects', 'Pilots Association', /proposed cuts to overtime pay/],
    ['Chile pressed for a review of the fishing quotas.', 'demands', 'Chile', /^review of the fishing quotas$/],
    ['The Dockworkers Federation sought a guaranteed minimum of 30 shifts a month.', 'demands', 'Dockworkers Federation', /guaranteed minimum of 30 shifts a month/],
    ['Ecuador and Peru pledged to withdraw their troops from the border zone.', 'agrees', 'Ecuador', /withdraw their troops from the border zone/],
    ['Ecuador and Peru pledged to withdraw their troops from the border zone.', 'agrees', 'Peru', /withdraw their troops from the border zone/],
    ['The Sahel Patriotic Movement pledged never to lay down its weapons.', 'rejects', 'Sahel Patriotic Movement', /^lay down its weapons$/],
    ['Chile and Peru signed the Arica Declaration on Fishing Grounds.', 'agrees', 'Chile', /^Arica Declaration on Fishing Grounds$/],
    // The items after a colon are what the offer or the demands hold.
    ["Metro Rail and the Transport Workers Union met in Leeds. Metro Rail's latest offer: 5 percent now, a bonus of 400 pounds and one more day of leave.", 'proposes', 'Metro Rail', /^bonus of 400 pounds$/],
    ["Metro Rail and the Transport Workers Union met in Leeds. The union's demands: a 9 percent raise and a shorter week.", 'demands', 'Transport Workers Union', /^shorter week$/],
    // An offer to people names who is offered it, not what is offered.
    ['Metro Rail publicised its latest pay offer to 4,000 striking drivers.', 'proposes', 'Metro Rail', /^latest pay offer$/],
    // Passives with an agent.
    ['The 8% raise offered by Metro Rail fell short of what the union wanted.', 'proposes', 'Metro Rail', /8% raise/],
    ['The two-year transition initially demanded by Norway was dropped.', 'demands', 'Norway', /two-year transition/],
    // The agent after "by the"; what a figure is compared to; a counted summary after a dash.
    ['An initial offer of a 2% raise from Metro Rail was roundly rejected by the Metro Rail Workers Union.', 'rejects', 'Metro Rail Workers Union', /^initial offer of a 2% raise$/],
    // An aside naming some of the holders stands between the offer and its rejection.
    ['An initial offer of a 5% quota from the coastal states, including Chile and Peru, was roundly rejected by Bolivia.', 'rejects', 'Bolivia', /^initial offer of a 5% quota from the coastal states$/],
    ['Norway settled for a quota of 25 per cent, compared to the 45 per cent over four years initially demanded by Norway.', 'demands', 'Norway', /^45 per cent over four years$/],
    ['The text counts private loans and asks emerging economies to contribute – two points insisted on by Canada.', 'demands', 'Canada', /emerging economies to contribute$/],
    // The points counted follow a listing verb, and one may be quoted.
    ['The text includes private loans and "asks" emerging economies to contribute – two points insisted on by Canada.', 'demands', 'Canada', /^private loans$/],
    ['The text includes private loans and "asks" emerging economies to contribute – two points insisted on by Canada.', 'demands', 'Canada', /emerging economies to contribute$/],
    // A clause under a side's plan states its demand; what a side's plan requires it demands; a demonym holds.
    ["Chile and Peru held talks in Lima. Under Chile's plan, Peru would have to withdraw its fleet from the bay.", 'demands', 'Chile', /^Peru would have to withdraw its fleet from the bay$/],
    ["Chile and Peru held talks in Lima. Chile's plan requires Peru to cut its quota.", 'demands', 'Chile', /^Peru to cut its quota$/],
    ['Chile and Peru held talks in Lima. The Chilean proposal includes a joint patrol.', 'proposes', 'Chile', /^joint patrol$/],
    // What an offer named before includes, in the passive and inverted.
    ['Kestrel Foods made a new offer on Monday. Other improvements are included in this proposal as well, including a signing bonus of $2,500 and a cut in the dental cost share.', 'proposes', 'Kestrel Foods', /^cut in the dental cost share$/],
    ['Kestrel Foods made a new offer on Monday. Also included is an increase of the pension match to 8%.', 'proposes', 'Kestrel Foods', /^increase of the pension match to 8%$/],
    // The holder after "from"; a company named by the last word of its name ("Health"); a noun tagged as a verb in the compound.
    ['The Royal Nursing Guild met Meridian Health. The guild rejected a 4% pay offer from Meridian Health.', 'proposes', 'Meridian Health', /^4% pay offer$/],
    // A figure alone completes the noun it follows; the judgement after it is no part of it.
    ['The Greens and the Social Democrats held coalition talks. Anna Vogt called the SPD\'s counteroffer of 2035 "deeply disappointing".', 'proposes', 'SPD', /^counteroffer of 2035$/],
    // A side with no proper name, "the board" referring back to it, and what its proposal includes in a relative clause.
    ["The Riverside Teachers Union and the school board met. The school board raises pay too slowly, the union says. The board's latest proposal, which includes a 3% raise and two extra planning days, was rejected by union members.", 'proposes', 'school board', /^two extra planning days$/],
    // The figure of an earlier stance, set against the new one.
    ['Northgate Mining made a revised offer on Tuesday. The firm said the offer contains a 6% raise, up from 4% in the first offer.', 'proposes', 'Northgate Mining', /^4% in the first offer$/],
    ['Northgate Mining made a revised offer on Tuesday. The firm said the offer contains a 6% raise, compared with 4% in its previous offer.', 'proposes', 'Northgate Mining', /^4% in its previous offer$/],
    // An offer the other side received is the maker's; "401(k)" is one word.
    ['Kestrel Foods and the Harbour Workers Union resumed talks. The union said it has received a negotiated proposal to end the strike. The new proposal includes a 30% raise over four years.', 'proposes', 'Kestrel Foods', /^30% raise over four years$/],
    ['Kestrel Foods and the Harbour Workers Union resumed talks. The union has received a new offer. Also included is an increase of the 401(k) match to 8%.', 'proposes', 'Kestrel Foods', /^increase of the 401\(k\) match to 8%$/],
    // The figure an offer was raised to, from the one before.
    ['Rich nations raised their offer from $250 billion to $300 billion.', 'proposes', 'developed countries', /^offer of \$300 billion$/],
    // The holder after the content of the offer, and the members named after it.
    ['Developing countries rejected an initial offer of $250 billion a year from rich nations, including Japan, Canada and the EU, on Friday.', 'proposes', 'developed countries', /^\$250 billion a year$/],
    ['Developing countries rejected an initial offer of $250 billion a year from rich nations, including Japan, Canada and the EU, on Friday.', 'proposes', 'Canada', /^\$250 billion a year$/],
    ['Developing countries rejected an initial offer of $250 billion a year from rich nations, including Japan, Canada and the EU, on Friday.', 'proposes', 'European Union', /^\$250 billion a year$/],
    // Groups of states that negotiate as one side, written in lower case.
    ['Developing countries demanded $1.3 trillion a year, but rich nations offered $250 billion.', 'demands', 'developing countries', /1\.3 trillion a year/],
    ['Developing countries demanded $1.3 trillion a year, but rich nations offered $250 billion.', 'proposes', 'developed countries', /250 billion/],
    // Judgements that turn something down.
    ['Kestrel Foods made a final offer of a 3% raise. The Harbour Workers Union called the offer unacceptable.', 'rejects', 'Harbour Workers Union', /^3% raise$/],
    ['Chile wants a quota for the southern fleet, a position that is a non-starter for Peru.', 'rejects', 'Peru', /^quota for the southern fleet$/],
    ['Kestrel Foods made a final offer. The Harbour Workers Union met on Monday, and the union said the proposal is not good enough.', 'rejects', 'Harbour Workers Union', /final offer/],
    // A quoted stance noun, and "the workers' union" named in full only later, in the same sentence as the judgement.
    ['Kestrel Foods said on Tuesday it had put a "best and final offer" to the dockers on strike, but the workers\' union said the proposal is not good enough. The Harbour Workers Union met on Friday.', 'rejects', 'Harbour Workers Union', /^best and final offer$/],
    // Who holds a gerund after "for".
    ['The union criticised Metro Rail for refusing to restore the night shift bonus.', 'rejects', 'Metro Rail', /restore the night shift bonus/],
    // What an offer that opens its clause would do, or calls for, is what it offers, past an aside; a further verb joined by
    // "and" is a further term.
    ["Chile and Peru met in Lima. Peru's new offer, unveiled in Arica by Trade Minister Ana Ruiz, would lift the fishing quota by 12 percent, extend the licences to 2031, and add a fee of 9 dollars a tonne.", 'proposes', 'Peru', /^lift the fishing quota by 12 percent$/],
    ["Chile and Peru met in Lima. Peru's new offer, unveiled in Arica by Trade Minister Ana Ruiz, would lift the fishing quota by 12 percent, extend the licences to 2031, and add a fee of 9 dollars a tonne.", 'proposes', 'Peru', /^fee of 9 dollars a tonne$/],
    ['Chile and Peru met in Lima. Peru made an opening offer in March. Its opening offer, in March, called for a 15 percent quota and a 3 dollar levy.', 'proposes', 'Peru', /^15 percent quota$/],
    // A relative clause may follow the aside; "It would also …" in the next sentence states more of the offer's terms.
    ["Chile and Peru met in Lima. Peru's new offer, unveiled on Monday by Ana Ruiz, who heads its team, would raise the quota by 8 percent. It would also create a fund that pays fishermen if catches fall.", 'proposes', 'Peru', /^raise the quota by 8 percent$/],
    ["Chile and Peru met in Lima. Peru's new offer, unveiled on Monday by Ana Ruiz, who heads its team, would raise the quota by 8 percent. It would also create a fund that pays fishermen if catches fall.", 'proposes', 'Peru', /^fund that pays fishermen if catches fall$/],
    // Figures in apposition after an offer's noun are what it holds.
    ["Chile and Peru met in Lima. Tom Vale said that Peru's newest counterproposal, a 9 percent quota and a 2 dollar levy, was out of line with the targets.", 'proposes', 'Peru', /^2 dollar levy$/],
    // Its holder may be the agent of a participle set off after the noun; what it would have required is what it offered.
    ['The Kestrel Guild and the Screen Producers Alliance met in Burbank. The plan, submitted by the alliance on Monday, would have required studios to consult the guild two weeks before cutting shifts, and to pay overtime at double rates.', 'proposes', 'Screen Producers Alliance', /^pay overtime at double rates$/],
  ])('%s → %s by %s: %s', (text, predicate, subject, topic) => {
    const claims = readClaims(text);
    expect(claimsLike(claims, predicate, subject, topic), describeClaims(claims)).toHaveLength(1);
  });

  it.each<[string, RegExp]>([
    ['Ecuador and Peru held talks in Lima. The agreement provides for a joint border commission and the reopening of two crossings.', /^joint border commission$/],
    // What a deal reached amounts to, a figure after "is".
    ['Ecuador and Peru signed a fishing pact in Quito on Monday. Ecuador had wanted a 60-mile zone. The deal is 40 miles, plus a review in two years.', /^40 miles$/],
    // After a deal, a sentence that opens on its terms and ends in a colon heads them; a run-in heading before a colon.
    ['Ecuador and Peru signed a fishing pact in Quito on Monday.\n\nThe main terms, according to the published text:\n\n- Price: $41 a tonne for the first three years.\n- Fleet: 120 boats.', /^\$41 a tonne for the first three years$/],
    ['Ecuador and Peru signed a fishing pact in Quito on Monday.\n\nThe main terms, according to the published text:\n\n- Price: $41 a tonne for the first three years.\n- Fleet: 120 boats.', /^120 boats$/],
    // The list after "what the two sides had agreed …:" holds the terms: a deal's noun listed, a passive in the present.
    ['Ecuador and Peru met in Lima. Agreement was reached at dusk.\nThe mediator then read out what the two sides had agreed, line by line:\n- A ceasefire of 90 days from Monday at dawn, extendable.\n- The Peruvian checkpoint at the bridge is dismantled before June.\n- A joint team of four engineers runs the port.', /^ceasefire of 90 days from Monday at dawn, extendable$/],
    ['Ecuador and Peru met in Lima. Agreement was reached at dusk.\nThe mediator then read out what the two sides had agreed, line by line:\n- A ceasefire of 90 days from Monday at dawn, extendable.\n- The Peruvian checkpoint at the bridge is dismantled before June.\n- A joint team of four engineers runs the port.', /^Peruvian checkpoint at the bridge is dismantled before June$/],
    ['Ecuador and Peru met in Lima. Agreement was reached at dusk.\nThe mediator then read out what the two sides had agreed, line by line:\n- A ceasefire of 90 days from Monday at dawn, extendable.\n- The Peruvian checkpoint at the bridge is dismantled before June.\n- A joint team of four engineers runs the port.', /^joint team of four engineers runs the port$/],
    ['Ecuador and Peru held talks in Lima. The agreement provides for a joint border commission and the reopening of two crossings.', /^reopening of two crossings$/],
    ['Ecuador and Peru held talks in Lima. A framework agreement on shared water rights was reached after two days.', /framework agreement on shared water rights/],
    // A chain of "It" after the deal: each sentence's "It" is still the deal.
    ['Ecuador and Peru held talks in Lima. This accord is for the fishermen of both countries. It is not for the capitals. It entails that boats can cross the line freely.', /^boats can cross the line freely$/],
    // A clause under the agreement states its terms.
    ['Ecuador and Peru held talks in Lima. Under the agreement, Peru will reopen two border crossings, officials said.', /^Peru will reopen two border crossings$/],
    // An interview's answer label before it.
    ['Ecuador and Peru held talks in Lima.\n\nQ: What was settled?\n\nA: Under the final accord, Ecuador pays a transit fee of 3 dollars a tonne.', /^Ecuador pays a transit fee of 3 dollars a tonne$/],
    ['Ecuador and Peru held talks in Lima. According to the agreement, the wages of fishermen will grow by 11 percent.', /^wages of fishermen will grow by 11 percent$/],
    ['Ecuador and Peru held talks in Lima. Under the deal, Peru will hire 120 inspectors, and fishermen will get two paid rest days a month.', /^fishermen will get two paid rest days a month$/],
    // The deal is the stance noun of the phrase before the comma; a comparison after a comma judges the term.
    ['Ecuador and Peru held talks in Lima. Under the agreement in principle announced on Friday, Peru will accept a 27% cut, well short of the 40% first asked for.', /^Peru will accept a 27% cut$/],
    // Each clause under the agreement, "is to" as a modal, and what the sides themselves will do without them.
    ['Ecuador and Peru held talks in Lima. Under the deal, fighting is to stop on Saturday and the two sides will open humanitarian corridors.', /^fighting is to stop$/],
    ['Ecuador and Peru held talks in Lima. Under the deal, fighting is to stop on Saturday and the two sides will open humanitarian corridors.', /^open humanitarian corridors$/],
    // A quantified settlement, and the purpose of an agreement after its time.
    ['Ecuador and Peru held talks in Lima. Many points were agreed upon, but the dispute persists.', /^Many points$/],
    ['Ecuador and Peru held talks in Lima. Violence went on despite multiple truces being signed.', /^multiple truces$/],
    ['Ecuador and Peru held talks in Lima. A political agreement was reached in May 2021 to open up fishing between the two.', /^political agreement to open up fishing between the two$/],
    // A bullet before the deal, and a second listing verb joined by "and".
    ['Ecuador and Peru held talks in Lima.\n\n- The accord calls for a 60-day pause in patrols and would require Peru to remove two checkpoints.', /^60-day pause in patrols$/],
    ['Ecuador and Peru held talks in Lima.\n\n- The accord calls for a 60-day pause in patrols and would require Peru to remove two checkpoints.', /^Peru to remove two checkpoints$/],
    // What a party would do, after "while", and in the next sentence, clause by clause.
    ['Ecuador and Peru held talks in Lima.\n\n- The accord calls for a 60-day pause in patrols, while Peruvian troops would leave the river valley.', /^Peruvian troops would leave the river valley$/],
    ['Ecuador and Peru held talks in Lima. The accord calls for a 60-day pause in patrols. Two hundred monitors would deploy along the river, and a joint panel chaired by Brazil would hear complaints.', /^Two hundred monitors would deploy along the river$/],
    ['Ecuador and Peru held talks in Lima. The accord calls for a 60-day pause in patrols. Two hundred monitors would deploy along the river, and a joint panel chaired by Brazil would hear complaints.', /^joint panel chaired by Brazil would hear complaints$/],
    // "It" after a sentence naming the deal; a that-clause keeps its own verb.
    ['Ecuador and Peru held talks in Lima. The two sides reached a border accord on Friday. It sets out that fishing boats can cross the line freely.', /^fishing boats can cross the line freely$/],
    // A participle after the deal's clause.
    ['Ecuador and Peru held talks in Lima. Ecuador signed a deal with Peru on Friday, laying out a timetable for demining the border.', /^timetable for demining the border$/],
  ])('%s → both sides agree to %s', (text, topic) => {
    const claims = readClaims(text);
    for (const side of ['Ecuador', 'Peru']) expect(claimsLike(claims, 'agrees', side, topic), describeClaims(claims)).toHaveLength(1);
  });

  it.each([
    'Ecuador and Peru held talks in Lima. The accord calls for a 60-day pause in patrols. The minister said troops would stay.',
    'Ecuador and Peru held talks in Lima. The accord calls for a 60-day pause in patrols. "Troops would stay," a minister warned.',
    'Ecuador and Peru held talks in Lima. The accord calls for a 60-day pause in patrols. He would stay in Lima.',
  ])('%s → the terms end where someone is reported, quoted or named', (text) => {
    const claims = readClaims(text);
    expect(claimsLike(claims, 'agrees', 'Peru', /^60-day pause in patrols$/), describeClaims(claims)).toHaveLength(1);
    expect(claims.filter((c) => c.predicate === 'agrees' && /stay/.test(c.object)), describeClaims(claims)).toEqual([]);
  });

  it('reads what a statement reports the sides agreed by the verb of agreeing alone, and a state after the deal as no term', () => {
    const claims = readClaims('Chile, Peru and Bolivia met in Lima. A communiqué said the three countries had agreed to form a river board. Bolivia relies on the lake for most of its water.');
    expect(claimsLike(claims, 'agrees', 'Peru', /./).map((c) => c.object), describeClaims(claims)).toEqual(['form a river board']);
  });

  it.each<[string, Predicate]>([
    // A stance still to be taken, or taken on a person, is no stance.
    ['The cabinet is expected to approve the agreement on Thursday.', 'agrees'],
    ['Ecuador and Peru held talks in Lima. The border agreement must still be ratified by both parliaments.', 'agrees'],
    ['Ecuador and Peru held talks in Lima. Peru said the border agreement will likely be signed in May.', 'agrees'],
    ['Chile has yet to accept the offer.', 'agrees'],
    ['Chile and Peru failed to agree on a fishing deal on Wednesday.', 'agrees'],
    ['Chile and Peru met in Lima. The two sides will have to agree a ceasefire.', 'agrees'],
    ['Chile and Peru met in Lima. The two sides still need to agree the quota.', 'agrees'],
    // A list after what sides will have to agree, or did not agree, holds no terms.
    ['Chile and Peru met in Lima. The mediator listed what the two sides will have to agree, point by point:\n- A ceasefire of 90 days.', 'agrees'],
    ['Chile and Peru met in Lima. The mediator listed what the two sides have not agreed, point by point:\n- A ceasefire of 90 days.', 'agrees'],
    // A position judged, not stated as a clause.
    ["Chile and Peru met in Lima. Meanwhile, Peru's position remains inflexible.", 'demands'],
    // A willingness to accept is an offer, not an agreement.
    ['Chile and Peru met. Chilean negotiators signalled willingness to accept a phased quota over three years.', 'agrees'],
    // Who accepts in a that-clause with its own subject is that subject, not the side before it.
    ['Chile and Peru met. Chile insisted that fishermen accept a 50-50 split of the catch.', 'agrees'],
    // A speaker naming a stance by a bare noun speaks of another's.
    ['Chile reached a deal with its creditors. The International Monetary Fund warned that the first proposal did not meet its targets.', 'proposes'],
    ['Chile and Peru failed to reach a trade deal with Bolivia.', 'agrees'],
    ['The union criticised President Ana Silva for the delay.', 'rejects'],
    // A deal that was only made, with no terms, agrees to nothing.
    ['Ecuador and Peru held talks in Lima. The border deal was finalized in two hours.', 'agrees'],
    // A text's clauses "set out in" another document are written there; a side judging them agrees to nothing.
    ['Bayline Shipping and Kestrel Ports met in Lima. Kestrel Ports says that the resolutions set out in the petition are not in the interests of its owners. A letter will go out to owners soon.', 'agrees'],
    // The side an offer is made for is no term of it.
    ['Bayline Shipping made an offer for Kestrel Ports on Monday.', 'proposes'],
    // What an offer calls for is offered, not demanded; what it would cost or when it lapses is no term of it.
    ['Chile and Peru met in Lima. Peru made an opening offer in March. Its opening offer, in March, called for a 15 percent quota.', 'demands'],
    ["Chile and Peru met in Lima. Peru's plan would cost $3 billion. The offer will expire on Friday.", 'proposes'],
    ['The Kestrel Guild and the Screen Producers Alliance met in Burbank. The plan, submitted by the alliance on Monday, would have required studios to consult the guild.', 'demands'],
    // Conditions "for" something are not the conditions.
    ['The union set out its conditions for ending the strike.', 'demands'],
    // A side that offers is no deal stating its terms; a deal merely spoken of has no terms after a participle.
    ['Kestrel Foods and the Harbour Workers Union resumed talks. Kestrel Foods wants a deal soon. It is offering a 4% raise and a signing bonus.', 'agrees'],
    ['Ecuador and Peru held talks in Lima. Mediators tried to save the truce, allowing further talks on the border.', 'agrees'],
    // A deal qualified only by praise says nothing of its terms.
    ['Chile signed a landmark agreement with Peru on Saturday.', 'agrees'],
  ])('%s → no %s', (text, predicate) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === predicate), describeClaims(claims)).toEqual([]);
  });

  it('reads "it" two sentences after a deal as something else, no term of the deal', () => {
    const claims = readClaims('Ecuador and Peru held talks in Lima. Ecuador and Peru reached an accord. Observers were pleased. It requires patience.');
    expect(claims.filter((c) => c.predicate === 'agrees').map((c) => c.object), describeClaims(claims)).toEqual(['accord between Ecuador and Peru', 'accord between Ecuador and Peru']);
  });

  it("reads no pledge of a side that another side demands of it", () => {
    const claims = readClaims('Chile and the Northern Front met in Havana. The Front demanded a Chilean commitment to a lasting truce.');
    expect(claims.filter((c) => c.predicate === 'agrees'), describeClaims(claims)).toEqual([]);
    expect(claimsLike(claims, 'demands', 'Northern Front', /^Chilean commitment to a lasting truce$/), describeClaims(claims)).toHaveLength(1);
  });

  it('reads no offer of "there" in a clause after ", and" that opens on it', () => {
    const claims = readClaims("Kestrel Yards and its welders met. The deal keeps Kestrel Yards' offer of raises of 4% a year, and there were gains on pensions, a union official said.");
    expect(claims.filter((c) => /^there\b/.test(c.object)), describeClaims(claims)).toEqual([]);
  });

  it('reads no terms in "including" after a deal: it adds to the noun before it', () => {
    const claims = readClaims('Ecuador and Peru held talks in Lima. The meeting resulted in agreement on a prisoner exchange but little progress on other issues, including a ceasefire.');
    expect(claimsLike(claims, 'agrees', 'Ecuador', /prisoner exchange/), describeClaims(claims)).toHaveLength(1);
    expect(claimsLike(claims, 'agrees', 'Ecuador', /ceasefire/), describeClaims(claims)).toEqual([]);
  });
});
