import { describe, expect, it } from 'vitest';
import { claimsLike, describeClaims, readClaims } from './read-claims.js';

describe('demands', () => {

  it.each([
    ['a person named after an office', 'The Harbour Workers Union still wants a pension fund by 2030, and its lead negotiator, Maria Lopez, a former teacher, repeated it on Monday.', /Maria Lopez/],
    ['a stretch of time after "more than"', 'Bayline Shipping and the Harbour Workers Union met. Bayline dropped its plan to cut night pay, which the Harbour Workers Union had declined to sign for more than six weeks.', /^more than six weeks$/],
    ['what a step led to', 'Bayline Shipping and the Harbour Workers Union met. The Harbour Workers Union turned down a revised pay offer from Bayline Shipping late on Friday, leaving both sides deadlocked days before the contract lapses and raising fears of a strike.', /^(leaving|raising)\b/],
    ['a clause of when', 'Bayline Shipping and the Harbour Workers Union met. The union settled for 6 percent, far below the 9 percent the crews had asked for when bargaining began.', /^when\b/],
    ['words of saying', 'Bayline Shipping and the Harbour Workers Union met. The union has rejected a night shift at every meeting, and its president, Maria Lopez, said on Friday that the crews "will never accept" one.', /^said\b|Maria Lopez/],
    ['how long a list of demands is', 'Bayline Shipping and the Harbour Workers Union met. The union\'s list of demands is brief: a 5 percent raise.', /^brief$/],
    ['where the same stance was taken again', 'Chile and Peru met in Lima. Peru turned down the quota in Arica, and again in Quito.', /^again\b|^Quito$/],
    ['what belongs to a thing a preposition governs', 'Chile and Peru met in Lima. Peru wants free access for copper ore and its concentrates, and a share of port fees.', /^(its )?concentrates$/],
  ])('reads no stance on %s', (_what, text, object) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => /^(demands|rejects|proposes|agrees)$/.test(c.predicate) && object.test(c.object)), describeClaims(claims)).toEqual([]);
  });

  it("reads a union described only by its members as a side of its own, which \"the union\" stands for, not the league that owns its players", () => {
    const claims = readClaims("The Tarvo Hockey League made a new offer to its players' union in May. The union has since asked for a 30% share of revenue.");
    expect(claims.filter((c) => c.predicate === 'demands').map((c) => [c.subject, c.object]), describeClaims(claims)).toEqual([["players' union", '30% share of revenue']]);
  });

  it('reads "the other demands of" a side as that side\'s, not the last side that put something forward', () => {
    const claims = readClaims('Talks between the Harbour Actors Guild and Bayline Studios resumed in Lima. Bayline offered early retirement. Among other demands of the guild are a shorter week and paid training.');
    expect([...new Set(claims.filter((c) => c.predicate === 'demands').map((c) => c.subject))], describeClaims(claims)).toEqual(['Harbour Actors Guild']);
  });

  it.each<[string, string, RegExp]>([
    // "their" before a stance noun is the clause's subject, when every side named before it is; the earlier stance ends
    // the one the verb states.
    ['Bayline Shipping offered 5%. The unions, the Harbour Workers Union and the Coastal Drivers Union, want a raise above inflation after their first demand of a raise of 14%.', 'Coastal Drivers Union', /^raise of 14%$/],
    ['Bayline Shipping offered 5%. The unions, the Harbour Workers Union and the Coastal Drivers Union, want a raise above inflation after their first demand of a raise of 14%.', 'Harbour Workers Union', /^raise above inflation$/],
    // A ministry a party wants, in coalition talks, is the portfolio it demands.
    ['Coalition talks between the Liberale Unie and the Vrije Boerenpartij resumed in The Hague. The Liberale Unie wants the Ministry of Justice, its leader said.', 'Liberale Unie', /^Ministry of Justice$/],
    // Two modifiers of one noun set apart by a comma are one thing, not two items.
    ['The Harbour Dockers Union and Kestrel Ports met on Monday. The union demanded a permanent, inflation-linked pay rise.', 'Harbour Dockers Union', /^permanent, inflation-linked pay rise$/],
    ['The Harbour Dockers Union and Kestrel Ports met on Monday. The union demanded a 9% rise, a one-off, 500-euro bonus and a shorter week.', 'Harbour Dockers Union', /^one-off, 500-euro bonus$/],
    // Two names after "the" before one noun qualify it together.
    ['The Harbour Dockers Union and Kestrel Ports met on Monday. Kestrel Ports wants leave to install robotic cranes at the Valparaiso and New York depots.', 'Kestrel Ports', /^leave to install robotic cranes at the Valparaiso and New York depots$/],
    // What a side wants the thing named before to be is what it demands.
    ['The Harbour Players Association and the Harbour Soccer League met on Friday. The league offered a levy of 2 percent. The league wants it to be a flat levy, with no exemptions.', 'Harbour Soccer League', /^flat levy$/],
    // A step threatened if a thing does not come demands the thing; who said it threatens, when the step's subject is
    // no side.
    ['Chile and Peru met in Lima. Chile said it would walk out if there were no headway on the quota by Friday.', 'Chile', /^headway on the quota by Friday$/],
    ['Chile and the Coastal Fishers Guild met in Arica. Tom Vale, the guild chairman, said the sit-in at the harbour would stop, yet cautioned that boats would blockade the port if there were no progress on diesel subsidies by May.', 'Tom Vale', /^progress on diesel subsidies by May$/],
    // Any step a side says it will take unless a thing happens sets the thing as its condition.
    ['Chile and Bayline Shipping met in Lima. The transport ministry said Chile would seize the cargo unless the fee per container dropped below $90 by May.', 'Chile', /^fee per container dropped below \$90 by May$/],
    // What a relative clause demands, without the words that compare it with what was settled.
    ['Bayline Shipping and the Harbour Workers Union met. The union settled for 6 percent, far below the 9 percent that it had sought in March.', 'Harbour Workers Union', /^9 percent$/],
    // What a side makes its consent hang on.
    ['Chile and Peru met in Lima. Peru has conditioned any deal on the release of its fishermen.', 'Peru', /^release of its fishermen$/],
    ['Chile and Peru met in Lima. Chile tied its support to a cut in tariffs.', 'Chile', /^cut in tariffs$/],
    // A deadline given to another side for a step: an ultimatum, whose step is demanded.
    ['Kestrel Mining and the Tarvo community met in Lima. The Tarvo community gave Kestrel Mining until 3 March to table a fresh bid for the grazing rights.', 'Tarvo community', /^table a fresh bid for the grazing rights$/],
    // A condition after "only if", the verb before it tagged as an adverb after its modal.
    ['Chile and Peru met in Lima. Chile would back the deal only if Peru committed to raising spending to 2 percent of GDP.', 'Chile', /^Peru committed to raising spending to 2 percent of GDP$/],
    // A thing named in the side's own words after "and what it called"; a demand dropped, named with an article and
    // "earlier", still the side's.
    ['Peru and the Tarvo Front met in Lima. The armed group had demanded the return of 40 boats and what it termed a "hardship fund".', 'Tarvo Front', /^hardship fund$/],
    ['Peru and the Tarvo Front met in Lima. The armed group had demanded the return of 40 boats and what it termed a "hardship fund".', 'Tarvo Front', /^return of 40 boats$/],
    ['Peru and the Tarvo Front met in Lima. The armed group withdrew a previous demand that the navy leave two harbours.', 'Tarvo Front', /^navy leave two harbours$/],
    // A second clause whose subject "in turn" insists, after a first side's demand.
    ['Chile and Peru met in Lima. Chile rejected the plan, insisting that any swap cover Tom Vale, and the Peruvian government in turn required that Carla Ruiz be freed.', 'Peru', /^Carla Ruiz be freed$/],
    ['Chile and Peru met in Lima. Chile rejected the plan, insisting that any swap cover Tom Vale, and the Peruvian government in turn required that Carla Ruiz be freed.', 'Chile', /^swap cover Tom Vale$/],
    // "That" after the sides a speaker told opens the clause of the condition, whose subject is no side: the speaker sets it.
    ['The European Commission has told Nordvik and Ferrana that their merger will not be approved unless they sell more plants. Ferrana said the company was disappointed. Nordvik rejected the demand.', 'European Commission', /more plants$/],
    // A relative clause on the name that opens a that-clause says who it is, not what is demanded.
    ['Mali and the Azawad Front met in Algiers. The front had demanded that Algeria, which mediated the original accord, convene new talks.', 'Azawad Front', /^Algeria convene new talks$/],
    // Prisoners who hold a jail act as one side.
    ['Inmates seized the jail and took guards hostage. The prisoners had demanded better food and weekend visits. The government refused.', 'prisoners', /^better food/],
    // What the holder of an office says the other side must do is his demand, though the article gives him no side.
    ['Chile and the Northern Front met in Havana. President Ana Ruiz welcomed the deal but said the rebels must end kidnappings for ransom.', 'Ana Ruiz', /^rebels must end kidnappings for ransom$/],
    // A verb joined by "and" to one before a gerund after a preposition shares that verb's subject; a capital before a
    // noun, after a figure, only qualifies it.
    ['Chile and the Northern Front met in Santiago. The front has accused Chile of violating the 2019 Lima peace accord and demanded the withdrawal of troops from the border.', 'Northern Front', /^withdrawal of troops from the border$/],
    // A relative clause of what was done, inside what is demanded, is part of it; an "-ed" word before a noun, listed
    // after a comma, qualifies it.
    ['Chile and Peru met in Lima. Peru demanded the release of prisoners who were detained in May.', 'Peru', /^release of prisoners who were detained/],
    ['The Harbour Workers Union and Bayline Shipping met in Arica. The union demanded a 9% raise, improved pensions and shorter shifts.', 'Harbour Workers Union', /^improved pensions and shorter shifts$/],
    // Two verbs side by side share the object after them.
    ['The Harbour Workers Union and Bayline Shipping met in Arica. The union demanded the right to inspect or audit the company\'s accounts.', 'Harbour Workers Union', /^right to inspect or audit the company's accounts$/],
    // A town's council, named in lower case after the town, is a side, and "the council" is it; "is now seeking",
    // whatever the tagger made of the verb.
    ['The Lima city council and the football club Deportes Tarvo met on Monday. The council insists the club must first pay its old debts.', 'Lima city council', /^club must first pay its old debts$/],
    ['The Lima city council and the football club Deportes Tarvo met on Monday. The council wants a new lease. It is now seeking limits on ticket prices.', 'Lima city council', /^limits on ticket prices$/],
    // A time up to which a side insisted; what a side makes its priority or its condition; what it would reject any deal
    // without; what it says it needs.
    ['Kestrel Homes and the Varden Tenants Association met in Lima. Kestrel Homes insisted until Friday that the rent strike end first.', 'Kestrel Homes', /^rent strike end first$/],
    ['Kestrel Homes and the Varden Tenants Association met in Lima. The association had made a rent freeze its top priority in the talks.', 'Varden Tenants Association', /^rent freeze$/],
    ['Kestrel Homes and the Varden Tenants Association met in Lima. Kestrel Homes offered new lifts. The association has made this its main demand.', 'Varden Tenants Association', /^new lifts$/],
    ['Kestrel Homes and the Varden Tenants Association met in Lima. The association would oppose any settlement that does not contain a pledge of no evictions.', 'Varden Tenants Association', /^pledge of no evictions$/],
    ['Kestrel Homes and the Varden Tenants Association met in Lima. "We need independent checks of the heating," the association said.', 'Varden Tenants Association', /^independent checks of the heating$/],
    // A second verb that shares the object; a relative clause's verb is the noun's, not the side's.
    ['Chile and Peru met in Lima. Peru demanded, and got, a text that bans new tariffs.', 'Peru', /^text that bans new tariffs$/],
    ['Chile and Peru met in Lima. Peru demanded and won a review of the quota.', 'Peru', /^review of the quota$/],
    // A stance noun in the sentence's subject ends before its verb; a side's own stance it keeps or lets go of.
    ["Bayline Shipping and the Harbour Workers Union met in Arica. Bayline's insistence on a two-year freeze stalled the talks.", 'Bayline Shipping', /^two-year freeze$/],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Bayline Shipping dropped its insistence on a two-year freeze.', 'Bayline Shipping', /^two-year freeze$/],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Bayline Shipping kept its insistence on a two-year freeze.', 'Bayline Shipping', /^two-year freeze$/],
    // Pressing for something insists on it, figure or none.
    ['Chile and Peru met in Lima. Peru is still pressing for an assured flow at the border dam in dry summers.', 'Peru', /^assured flow at the border dam in dry summers$/],
    // "Management", in talks between a union and an employers' association (its members' noun makes it theirs), is the
    // employers.
    ['The Harbour Workers Union and the Pacific Port Employers Association met in Lima. Management wants longer shifts at the north quay.', 'Pacific Port Employers Association', /^longer shifts at the north quay$/],
    // After a verb in the present, a word in -ed before a noun opens a list's next item, not a verb in the past.
    ['Bayline Shipping and the Harbour Workers Union met in Lima. The union is seeking a 9 percent raise and improved pension benefits.', 'Harbour Workers Union', /^improved pension benefits$/],
    ['Bayline Shipping and the Harbour Workers Union met in Lima. The union wants a 9 percent raise and guaranteed rest days.', 'Harbour Workers Union', /^guaranteed rest days$/],
    // A that-clause in the sentence's subject ends before the sentence's own verb.
    ["Tarvo Shipping and the Harbour Workers Union met in Durban. The union's insistence that only members be hired angered the company.", 'Harbour Workers Union', /^only members be hired$/],
    ["Tarvo Shipping and the Harbour Workers Union met in Durban. The union's demand that the port pay overtime was turned down.", 'Harbour Workers Union', /^port pay overtime$/],
    // A sum with its currency's letters and a decimal point.
    ['Tarvo Shipping and the Harbour Workers Union met in Durban. The union first wanted R3.5 billion over two years.', 'Harbour Workers Union', /^R3\.5 billion over two years$/],
    ['The Union of Bakers and the Chilean government met in Santiago. The government rejected the bakers\' demand to cut the flour levy by half.', 'Union of Bakers', /^cut the flour levy by half/],
    // What a side asks to be so is a condition, as what it asks for is.
    ['Chile and Peru met in Lima. The Chilean government asks that three quarters of the port fees stay in Chile.', 'Chile', /^three quarters of the port fees stay in Chile$/],
    // Whom a sum is asked of, before "for".
    ['Chile and Peru met in Lima. Chile asked Peru for a 10% quota.', 'Chile', /^10% quota$/],
    // A participle joined by a hyphen to an adverb ("so-called") qualifies the noun; "so" there opens no clause.
    ['Bayline Shipping and the Harbour Workers Union met in Lima. The union wants the so-called winter deduction abolished.', 'Harbour Workers Union', /^so-called winter deduction abolished$/],
    // "the Executive", as translated news names the government at the table.
    ['The Union of Bakers and the Chilean government met in Santiago. The Executive insisted that the strike be called off first.', 'Chile', /^strike be called off first$/],
    // The items after a colon of demands set out, a semicolon between them; a people, as the text makes it act, is its state.
    ['Bayline Shipping and the Harbour Workers Union resumed talks in Lima. The union laid out its conditions: a fund of 2 million euro; free heat for the pool.', 'Harbour Workers Union', /^free heat for the pool$/],
    ['Chile and the United Kingdom met in Lima. The British insisted on a five-year term.', 'United Kingdom', /^five-year term$/],
    ['Bayline Shipping and the Harbour Workers Union met in Lima. What the union wants is a 9 percent raise.', 'Harbour Workers Union', /^9 percent raise$/],
    // An item of what there should be none of, after a list's comma.
    ['The Harbour Workers Union and Bayline Shipping met in Arica. The union demands a pay rise of 4 percent, no forced transfers and a bonus.', 'Harbour Workers Union', /^no forced transfers$/],
    // What an offer waits on the other side to do, the side making it demands.
    ['The Harlow Council and Kestrel Water met on Tuesday. Kestrel Water has offered to build a depot, if the council grants a longer lease of the reservoir.', 'Kestrel Water', /^longer lease of the reservoir$/],
    ['Chile and the Northern Front met in Quito. Chile had proposed a pause in air raids if the Front pulled its fighters back from the coast road.', 'Chile', /^pull its fighters back from the coast road$/],
    // "All … want (to do) is", "the only thing … ask is" open the same cleft; getting what is wanted adds nothing to it.
    ['Bayline Shipping and the Harbour Workers Union met in Lima. All the union wants is a 9 percent raise.', 'Harbour Workers Union', /^9 percent raise$/],
    ['Bayline Shipping and the Harbour Workers Union met in Lima. "All they want to do is get a roster posted in advance," the union said.', 'Harbour Workers Union', /^roster posted in advance$/],
    ['Bayline Shipping and the Harbour Workers Union met in Lima. "The only thing we ask is a safe crane," the union said.', 'Harbour Workers Union', /^safe crane$/],
    // "Both federations" after two federations named together is both of them.
    ['The Coastal Growers Federation and the Harbour Farmers Federation met the ministry. Both federations want a diesel refund.', 'Harbour Farmers Federation', /^diesel refund$/],
    // A transcript's line: "we" is the side of the speaker its label names.
    ['Pilots talks\n\nGuests: Owain Delacourt, general secretary of the Harbour Pilots Union\n\nHOST: Bayline Air has offered 5 per cent.\n\nDELACOURT: We want shifts posted six weeks ahead.', 'Harbour Pilots Union', /^shifts posted six weeks ahead$/],
    // A personal pronoun and its verb after "and" open a clause of their own.
    ['Chile and Peru met in Lima. Peru demanded 900 tonnes and it got 700.', 'Peru', /^900 tonnes$/],
    // A transcript's label in capitals may be a double surname.
    ["Guild briefing\n\nThe guild's chief negotiator, Tomas Verhagen-Molina, took questions.\n\nQ: What do you want?\n\nVERHAGEN-MOLINA: We want a ban on night shoots.", 'Tomas Verhagen-Molina', /^ban on night shoots$/],
    ['Iran demanded the lifting of all US sanctions.', 'Iran', /lifting of .*sanctions/],
    // "claims" a thing, as translated news writes a demand; claiming responsibility or that something is so is none.
    ['Chile and the Northern Front met in Lima. The front claims a general pardon for its members.', 'Northern Front', /^general pardon for its members$/],
    // Refusing all that falls short of a figure sets a floor; an adverb before the object; the things counted before a colon.
    ['Chile and Peru met in Lima. Peru would not accept any tariff below 40 dollars.', 'Peru', /^no tariff below 40 dollars$/],
    ['Chile and Peru met in Lima. Peru ruled out any quota under 30 per cent.', 'Peru', /^no quota under 30 per cent$/],
    ['Chile and Peru met in Lima. Chile said it would not accept anything less than a 10% quota.', 'Chile', /^no less than a 10% quota$/],
    ['The Harbour Workers Union and Bayline Shipping met in Arica. Union president Ana Ruiz said the members would not accept anything below a 6% raise.', 'Harbour Workers Union', /^nothing below a 6% raise$/],
    ['Chile and Peru met in Lima. Peru would not settle for less than 6%.', 'Peru', /^no less than 6%$/],
    // What a side will not do until another acts is a condition it sets.
    ['Chile and its bondholders met in Washington. The IMF said it will not release the next payment until Chile secures assurances from its creditors.', 'IMF', /^Chile secures assurances from its creditors$/],
    ['Chile and the Northern Front met in Lima. Chile said it would not end the offensive until the Front was disarmed.', 'Chile', /^Front was disarmed$/],
    // What a side says any deal must do, after "that", or after a first that-clause and "and that".
    ['Chile and its bondholders met in Washington. The IMF has made clear that any agreement must bring public debt down to 57% of GDP by 2030.', 'IMF', /^bring public debt down to 57% of GDP by 2030$/],
    ['Chile and its bondholders met in Washington. Finance Minister Ana Ruiz told reporters that the country would not sell its forests and that any deal must leave room for social spending.', 'Ana Ruiz', /^leave room for social spending$/],
    // Figures between dashes detail the object named before them, of what they are.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The union wants hard limits on shift lengths — 10 hours on weekdays and 8 at weekends — written into the agreement.', 'Harbour Workers Union', /^hard limits on shift lengths written into the agreement$/],
    // "The union demands that …" is its verb; a term runs until a year.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The union demands that the job guarantee be extended until 2030.', 'Harbour Workers Union', /^job guarantee be extended until 2030$/],
    // "Along with" after a comma adds an item.
    ['The Harbour Workers Union met Bayline Shipping in Arica. The union is seeking a 22 percent pay rise, along with guaranteed minimum rosters.', 'Harbour Workers Union', /^guaranteed minimum rosters$/],
    // Accepting only one thing demands it.
    ['Chile and Peru met in Lima. Peru said it will accept nothing short of a full withdrawal.', 'Peru', /^nothing short of a full withdrawal$/],
    ['Chile and Peru met in Lima. Peru wants in addition a ban on night trawling.', 'Peru', /^ban on night trawling$/],
    ['Chile and Peru met in Lima. Peru said it wanted two things in particular: control of the port and a cut in tariffs.', 'Peru', /^control of the port$/],
    ['Chile and Peru met in Lima. Peru said it wanted two things in particular: control of the port and a cut in tariffs.', 'Peru', /^cut in tariffs$/],
    // What a placeholder before a colon stands for is what follows it.
    ['Chile and Peru met in Lima. Peru has pressed for something bigger: a gradual end to duties on copper.', 'Peru', /^gradual end to duties on copper$/],
    // Pushing for a minimum is a condition, as pushing for a sum is.
    ['Chile and Peru met in Lima. Peru pressed hard for a guaranteed minimum catch of 300 tonnes a week.', 'Peru', /^guaranteed minimum catch of 300 tonnes a week$/],
    // Accepting only on a condition, or only a bounded figure, demands it.
    ['Chile and Peru met in Lima. Peru said it would only support an offer at or above 45 dollars.', 'Peru', /^offer at or above 45 dollars$/],
    ['Chile and Peru met in Lima. Chile would back any offer above 44 dollars that kept the plant open.', 'Chile', /^offer above 44 dollars that kept the plant open$/],
    ['Chile and Peru met in Lima. Peru expects no less than 70 per cent of the catch.', 'Peru', /^no less than 70 per cent of the catch$/],
    // A place between the verb and the clause it introduces.
    ['The government of Chile and the Northern Front met in Lima. Ana Ruiz said the government would insist in Quito that all rebel units hand in their weapons first.', 'Chile', /^all rebel units hand in their weapons first$/],
    // A sum asked without "for", as translated news writes it.
    ['Chile and Peru met in Lima. The kidnappers of the Northern Justice Movement asked a ransom of 3 million dollars.', 'Northern Justice Movement', /^ransom of 3 million dollars$/],
    // Calling for a sum, a share or more of something sets a condition; a figure between dashes is what the vague object means.
    ['Kestrel Airlines and the Kestrel Pilots Union met in Denver. The union had called for a much larger raise—25% over three years—to make up for inflation.', 'Kestrel Pilots Union', /^25% over three years$/],
    ['Kestrel Airlines and the Kestrel Pilots Union met in Denver. The union pushed for better pensions.', 'Kestrel Pilots Union', /^better pensions$/],
    ['Chile and Peru met in Lima. Chile walked out of the meeting amid pleas for more funding.', 'Chile', /^more funding$/],
    ['Kestrel Airlines and the Kestrel Pilots Union met in Denver. The union demanded a fair settlement: 9% now and 4% next year.', 'Kestrel Pilots Union', /^9% now and 4%/],
    ['Kestrel Airlines and the Kestrel Pilots Union met in Denver. The 18% raise requested by the union was never on the table.', 'Kestrel Pilots Union', /^18% raise$/],
    // "Only after" a condition, after the object: the condition is the demand, and no agreement is stated.
    ['Chile and Peru met in Lima. Ana Ruiz said Chile would sign the final treaty only after Peru changes its fishing law.', 'Chile', /^Peru changes its fishing law$/],
    // A time phrase between the verb and its object.
    ['Iran demanded at the beginning the lifting of all US sanctions.', 'Iran', /^lifting of all US sanctions$/],
    // A stance word the tagger reads as a noun after its actor and before a determiner is the verb.
    ['Kestrel Foods and the Harbour Workers Union met. Union president Ana Ruiz said the union demands a 9% pay rise for dock workers.', 'Harbour Workers Union', /^9% pay rise for dock workers$/],
    // The condition of a threat or a refusal after "unless"; a demand "of" a side.
    ['Chile and Peru met in Lima. Peru threatened on Monday to leave the talks unless Chile lifts its ban on anchovy exports.', 'Peru', /^Chile lifts its ban on anchovy exports$/],
    ['Chile and Peru met in Lima. Peru will not sign the accord unless Chile withdraws its patrol boats.', 'Peru', /^Chile withdraws its patrol boats$/],
    // A step that presses the other side, taken unless a thing is done, and a step held back until a thing is done.
    ['Kestrel Ports and the Harbour Workers Union met in Lima. The union would walk out on Friday unless the outsourcing plan was dropped.', 'Harbour Workers Union', /^outsourcing plan was dropped$/],
    ['Kestrel Ports and the Harbour Workers Union met in Lima. The union will not sign until the night-shift premium is restored.', 'Harbour Workers Union', /^night-shift premium is restored$/],
    // A step a side says it will take unless the other side acts is a threat, whatever its verb.
    ['The Kestrel Nurses Union and Bayline Health met in Lima. The union said it would call a ballot on Monday unless Bayline came back with a higher offer.', 'Kestrel Nurses Union', /^Bayline came back with a higher offer$/],
    // The condition after "only … if", and what the thing named must hold.
    ['Chile and Peru met in Lima. Peru will sign only if Chile withdraws its patrol boats.', 'Peru', /^Chile withdraws its patrol boats$/],
    ['Chile and Peru met in Lima. Peru said it would only back the fund if it included money for fishermen.', 'Peru', /^money for fishermen$/],
    ['The Riverside Teachers Union met the school board. A key demand of the union is smaller class sizes.', 'Riverside Teachers Union', /^smaller class sizes$/],
    // "the community" after "the farming community of Tarvel"; the verb after a relative aside; the first of two surnames.
    ['Tarvel and Borvan Mining met in Cusco. The farming community of Tarvel blocked the road. The community, whose president Ana Condori leads a panel of nine, demands a water fund of 5 million soles.', 'Tarvel', /^water fund of 5 million soles$/],
    ['Borvan Mining and the Tarvel community met in Cusco. Borvan Mining sent its vice president, Marta Velarde Ochoa. Velarde demanded the lifting of the road blockade.', 'Marta Velarde Ochoa', /^lifting of the road blockade$/],
    // A position stated as a clause.
    ['Chile and Peru met in Lima. Ecuador\'s position is that any deal should cover the Galapagos waters.', 'Ecuador', /^deal should cover the Galapagos waters$/],
    // A deadline stays in the condition; a second side and its participle end the first one's.
    ['Chile and Peru failed to agree on a fishing deal on Wednesday, with Chile insisting on a ban on trawling by 2030 and Peru pushing for a later date.', 'Chile', /^ban on trawling by 2030$/],
    // Places listed with a comma before "and" stay one condition.
    ['Peru demanded the withdrawal of Chilean troops from Arica, Tacna, and Moquegua.', 'Peru', /^withdrawal of Chilean troops from Arica, Tacna, and Moquegua$/],
    ['Iran demands the lifting of all sanctions.', 'Iran', /^lifting of all sanctions$/],
    ["Israel rejected Hamas's demand for a permanent ceasefire.", 'Hamas', /^permanent ceasefire$/],
    ['Hamas insists on a permanent end to the war and a full Israeli withdrawal from Gaza.', 'Hamas', /^permanent end to the war$/],
    ['Hamas insists on a permanent end to the war and a full Israeli withdrawal from Gaza.', 'Hamas', /^full Israeli withdrawal from Gaza$/],
    ['Israel is demanding the disarmament of Hamas.', 'Israel', /^disarmament of Hamas$/],
    ["Iran's chief negotiator, Abbas Araghchi, said Tehran would insist on its right to enrich uranium.", 'Iran', /right to enrich uranium/],
    ['Azerbaijan requires Armenia to amend its constitution before the peace treaty is signed.', 'Azerbaijan', /amend its constitution/],
    ['Beijing wants Washington to remove the new tariffs on Chinese goods.', 'China', /remove the new tariffs/],
    ['Iranian Foreign Minister Abbas Araghchi said Tehran would not give up its right to enrich uranium.', 'Iran', /^right to enrich uranium$/],
    ['Hamas will never abandon its weapons, Khalil al-Hayya said.', 'Hamas', /^weapons$/],
    ['Armenian Prime Minister Nikol Pashinyan rejected the draft, saying Azerbaijani troops must leave the border villages.', 'Nikol Pashinyan', /^Azerbaijani troops must leave the border villages$/],
    ['Azerbaijani Foreign Minister Jeyhun Bayramov said the treaty must be followed by a change to the constitution.', 'Jeyhun Bayramov', /^treaty must be followed by a change to the constitution$/],
    // A list after "Among" may run past semicolons; with no possessive, the last side to demand holds it.
    ['Chile demanded a new quota. Among the other demands listed in the letter are a 12-mile zone; a ban on trawlers; and a joint patrol.', 'Chile', /^ban on trawlers$/],
    // What a side failed to secure it sought; what an offer is contingent on, its holder demands.
    ['Kestrel Foods settled for a raise of 2 per cent and failed to secure a longer contract.', 'Kestrel Foods', /^longer contract$/],
    ['Kestrel Foods said its latest offer is contingent on members ratifying the contract by Friday.', 'Kestrel Foods', /^members ratifying the contract/],
    // Other modals of obligation after a verb of saying.
    ['The Harbour Workers Union says the company should restore the old pension plan.', 'Harbour Workers Union', /^company should restore the old pension plan$/],
    ['Kestrel Foods argued that drivers have to accept longer shifts.', 'Kestrel Foods', /^drivers have to accept longer shifts$/],
    ['Washington demands that Beijing lift its curbs on rare earth exports.', 'United States', /^Beijing lift its curbs on rare earth exports$/],
    ['The White House demanded that Iran dismantle its enrichment facilities.', 'United States', /dismantle its enrichment facilities/],
    ["Hamas's conditions include the release of Palestinian prisoners and the reopening of the Rafah crossing.", 'Hamas', /^release of Palestinian prisoners$/],
    ["Hamas's conditions include the release of Palestinian prisoners and the reopening of the Rafah crossing.", 'Hamas', /^reopening of the Rafah crossing$/],
    ['The Sudanese army has set conditions, including the withdrawal of the RSF from civilian areas.', 'Sudanese army', /withdrawal of the RSF/],
    ['The M23 is calling for direct talks with Kinshasa and insists on the release of its detained fighters.', 'M23', /release of its detained fighters/],
    ["According to a senior Iranian official, it is essential that the sanctions are lifted first.", 'Iran', /sanctions are lifted/],
    // Pressing to have something done.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The union had pressed to have night shifts paid double.', 'Harbour Workers Union', /^have night shifts paid double$/],
    // "throughout" before "that" says when, not what.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The union insisted throughout that the night shift stay.', 'Harbour Workers Union', /^night shift stay$/],
    // An aside between commas that opens on a preposition, between the verb and its particle.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The union would also press, in the next round, for a new crane depot.', 'Harbour Workers Union', /^new crane depot$/],
    // A sum with its rate ("a year") before the participle of asking.
    ['Chile and Peru met in Lima. Peru rejected the $2 billion a year fund requested by Chile.', 'Chile', /^\$2 billion a year fund$/],
    // A noun with its owner's word after "of the" and a noun is of it too; a place qualifying a firm is no person.
    ['Pirates freed the carrier on Sunday. The pirates had demanded $5 million for the release of the vessel and its crew. The owner, Arica-based Tarvo Group, had rejected the demand.', 'pirates', /^\$5 million for the release of the vessel and its crew$/],
    // A demand revised to a new figure asks that figure.
    ['Chile and the Harbour Workers Union met in Lima. The union had initially demanded 615,000 pesos a month, but later lowered its demand to 250,000 pesos.', 'Harbour Workers Union', /^250,000 pesos$/],
    // And so does one scaled back, the verb with its particle.
    ['Chile and the Harbour Workers Union met in Lima. The union has scaled back its demand to a 7% raise.', 'Harbour Workers Union', /^7% raise$/],
    // ("watered", whose lemma names a kind of body, is the verb after "the union", no word of its name.)
    ['Chile and the Harbour Workers Union met in Lima. Later the union watered down its demand to a 7% raise.', 'Harbour Workers Union', /^7% raise$/],
    // A side's name the tagger reads as an adjective ("cooperative") is the subject of the verb after it.
    ['The Kestrel Dairy Cooperative met Varden Foods on Monday. The cooperative wants a 5% increase in the milk price.', 'Kestrel Dairy Cooperative', /^5% increase in the milk price$/],
    // "The co-op" is the cooperative the article named.
    ['The Kestrel Dairy Cooperative met Varden Foods on Monday. Later the co-op demanded a 7% increase in the milk price.', 'Kestrel Dairy Cooperative', /^7% increase in the milk price$/],
    // A city that is a state's seat, in news, though its capital is another, stands for the state.
    ['Tanzania and Uganda met in Kampala. Dar es Salaam wants a fixed tariff for the pipeline.', 'Tanzania', /^fixed tariff for the pipeline$/],
    // "The council" of a First Nation at the table is the First Nation's, not a town's council, in a story whose
    // province is named after "in".
    ['THUNDER BAY - Talks between Kestrel Nickel and the Tarvo Lake First Nation resumed on Thursday. Mining in Ontario is booming. The council wants a cap of 2,500 litres a second on the river.', 'Tarvo Lake First Nation', /^cap of 2,500 litres a second on the river$/],
    // Two participles after "be" in a clause of how: one term.
    ['Chile and Peru met in Lima. Peru has demanded a binding agreement on how the river will be shared and monitored during droughts.', 'Peru', /^binding agreement on how the river will be shared and monitored during droughts$/],
    // What a side says it must obtain before it gives anything.
    ['Peru and Chile met in Lima. Peru will not sign unless we see a firm timetable for the withdrawal.', 'Peru', /^firm timetable for the withdrawal$/],
    // A step held back until a thing happens, the thing's noun of another and its verb read by the tagger as a plural.
    ['Chile and the Northern Front met in Quito. The Front will not discuss a prisoner swap until the shelling of its villages stops.', 'Northern Front', /^shelling of its villages stops$/],
    // An infinitive of purpose after a verb's object and that object's own phrase is the subject's.
    ['Kestrel Mining and the Tarvo community met in Lima. The Tarvo community stopped Kestrel Mining from hauling ore on the track in May to demand a share of the royalties.', 'Tarvo community', /^share of the royalties$/],
    // The side asked, between what is asked and what it is asked to do, is no part of it.
    ['Kestrel Motors and the Varden Autoworkers Union met in Detroit. The union further wants a binding pledge from Kestrel to keep the Tarvo plant open.', 'Varden Autoworkers Union', /^binding pledge to keep the Tarvo plant open$/],
    ['Kestrel Motors and the Varden Autoworkers Union met in Detroit. The union wants an assurance from the company that no plant will be sold.', 'Varden Autoworkers Union', /^assurance that no plant will be sold$/],
    // The powers that negotiate with one state as a group, named as news names them.
    ['Iran and six world powers met in Muscat. The world powers want Iran to limit enrichment to 4 percent.', 'world powers', /^Iran to limit enrichment to 4 percent$/],
    // What is one of a side's demands, as the subject of "is" or "has been".
    ["Kestrel Airlines and the Kestrel Cabin Crew Union met in Leeds. Paid rest breaks have been one of the union's oldest demands since 2019.", 'Kestrel Cabin Crew Union', /^Paid rest breaks$/],
    ["Kestrel Airlines and the Kestrel Cabin Crew Union met in Leeds. A shorter roster is the union's main demand.", 'Kestrel Cabin Crew Union', /^shorter roster$/],
  ])('%s → %s demands %s', (text, subject, topic) => {
    const claims = readClaims(text);
    expect(claimsLike(claims, 'demands', subject, topic), describeClaims(claims)).toHaveLength(1);
  });

  it('reads no demand in what follows from a condition ("…, and without this there can be no peace")', () => {
    const claims = readClaims('Chile and the Northern Front met in Lima. Chile insists that the Front must hand in its rifles first, and without that no lasting accord can follow.');
    expect(claims.filter((c) => c.predicate === 'demands' && /without/.test(c.object)), describeClaims(claims)).toEqual([]);
  });

  it('reads no demand in wanting to make a point clear, in a concession, in what conditions are "to be" made, or in seeking a deal', () => {
    const texts = [
      'Chile and Peru met in Lima. Chilean President Ana Ruiz said she wanted to make it absolutely clear that Chile would not sign.',
      'Chile and Peru met in Lima. The Northern Front insists despite the truce offer that Chile must free its fighters.',
      'Chile and Peru met in Lima. Peru sent amendments outlining conditions to be granted ahead of any signing.',
      // What a side lacks the will to seek, it does not seek.
      "Chile and Peru met in Lima. Peruvian Fisheries Minister Ana Ruiz said she was deeply disappointed at Chile's lack of the will to seek a fair catch deal.",
      // Seeking to work with others is no condition either.
      "Kestrel Mining and the Tarvo community met in Lima. Kestrel Mining said it hopes and seeks to work closely with the villagers' council.",
      // Seeking to make a deal, with no word of what it holds, is no condition.
      'Chile and the Northern Front met in Havana. Norway sought to broker a deal between Chile and the Front.',
    ];
    for (const text of texts) {
      const claims = readClaims(text);
      expect(claims.filter((c) => c.predicate === 'demands' && /^(make|despite|be|broker|fair catch deal|work|villagers)\b/.test(c.object)), describeClaims(claims)).toEqual([]);
    }
  });

  it("reads a condition set on an invitation a participle after it names as the owner's, not as the subject's", () => {
    const claims = readClaims("The Harbour Workers Union rejected Bayline Shipping's invitation to formal talks, issued on condition that the union first call off its strike.");
    expect(claims.filter((c) => c.predicate === 'demands').map((c) => c.subject), describeClaims(claims)).toEqual(['Bayline Shipping']);
    expect(claims.filter((c) => c.predicate === 'rejects' && /^issued\b/.test(c.object)), describeClaims(claims)).toEqual([]);
  });

  it('reads what is demanded past a relative clause on its subject, set off by commas, to the verb after it', () => {
    const claims = readClaims('Kestrel Mining and the Tarvo community met in Lima. The community demanded that its lawyers, who deny any wrongdoing, be released before talks resume.');
    expect(claimsLike(claims, 'demands', 'Tarvo community', /^lawyers be released before talks resume$/), describeClaims(claims)).toHaveLength(1);
  });

  it('leaves a closing attribution out of the object', () => {
    const claims = readClaims('Hamas will never abandon its weapons, Khalil al-Hayya said.');
    expect(claims.filter((c) => c.predicate === 'demands').map((c) => c.object), describeClaims(claims)).toEqual(['weapons']);
  });

  it('reads one demand per item of a list of conditions', () => {
    const claims = readClaims("Among Iran's demands are the lifting of sanctions, guarantees that Washington will not withdraw again and the right to enrich uranium.");
    const demands = claims.filter((c) => c.predicate === 'demands' && c.subject === 'Iran').map((c) => c.object);
    expect(demands, describeClaims(claims)).toEqual(['lifting of sanctions', 'guarantees that Washington will not withdraw again', 'right to enrich uranium']);
  });

  it('keeps the demand of the party named in reported speech, attributed to the speaker', () => {
    const claims = readClaims('Iranian Foreign Minister Abbas Araghchi said Tehran would insist on its right to enrich uranium.');
    const [demand] = claimsLike(claims, 'demands', 'Iran', /right to enrich uranium/);
    expect(demand?.subject).toBe('Iran');
    expect(demand?.attribution).toBe('Abbas Araghchi');
  });

  it('lowers the confidence of a hedged demand and marks it', () => {
    const plain = claimsLike(readClaims('Israel demanded that Hamas leaders leave Gaza.'), 'demands', 'Israel', /leave Gaza/)[0];
    const hedged = claimsLike(readClaims('Israel reportedly demanded that Hamas leaders leave Gaza.'), 'demands', 'Israel', /leave Gaza/)[0];
    expect(plain?.hedged).toBe(false);
    expect(hedged?.hedged).toBe(true);
    expect(hedged!.confidence).toBeLessThan(plain!.confidence);
  });

  it('reads "the group" as the organisation of world knowledge the sentence has just named', () => {
    const claims = readClaims("Israel and Hamas met in Cairo. CIA Director Tom Berg travelled to Doha. Ana Ruiz, Hamas's deputy chief, said the group would not give up its demand for the return of displaced families.");
    expect(claims.filter((c) => c.predicate === 'demands').map((c) => c.subject), describeClaims(claims)).toContain('Hamas');
    expect(claims.filter((c) => c.predicate === 'demands' && c.subject !== 'Hamas'), describeClaims(claims)).toEqual([]);
  });

  it('reads the side that must do a thing as asked to do it, not as asking', () => {
    const claims = readClaims('Chile and Peru met in Lima. The Chilean foreign minister said Peru must guarantee the safety of fishermen.');
    expect(claims.filter((c) => c.predicate === 'demands' && (c.subject === 'Peru' || c.party === 'Peru')), describeClaims(claims)).toEqual([]);
  });

  it('reads what a deal "must be followed by" once, with the deal as its subject', () => {
    const claims = readClaims('Chile and Peru met in Lima. Foreign Minister Ana Ruiz said the agreement must be followed by the full withdrawal of Peruvian forces.');
    expect(claims.filter((c) => c.predicate === 'demands').map((c) => c.object), describeClaims(claims)).toEqual(['agreement must be followed by the full withdrawal of Peruvian forces']);
  });

  it.each<[string]>([
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The company\'s offer was rejected.'],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The union\'s demand was quietly dropped.'],
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The union\'s demand was rejected by the board on Monday.'],
  ])('reads a stance noun before a passive as no stance of what became of it: %s', (text) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'demands' || c.predicate === 'proposes'), describeClaims(claims)).toEqual([]);
  });

  it('reads what any agreement "must include" once, as what it must hold', () => {
    const claims = readClaims('Chile and Peru met in Lima. President Ana Ruiz repeated that Chile would not cede land and that any settlement must include the withdrawal of troops.');
    expect(claims.filter((c) => c.predicate === 'demands' && /withdrawal/.test(c.object)).map((c) => c.object), describeClaims(claims)).toEqual(['withdrawal of troops']);
  });

  it.each<[string]>([
    // What happened after another side did something, told in the past, sets no condition.
    ['Iran and the Netherlands met in Muscat. Iran dropped the demand only in January after the Netherlands refused to negotiate for another country.'],
    // A time after "over" is no bound on a figure.
    ['Chile and Peru swapped prisoners. The swap was agreed when delegations met in Brazil on May 6, and more exchanges are expected over the weekend to bring the total to 500 on each side.'],
    // Insisting on what was done states a fact the side holds to, no demand.
    ['India and Pakistan agreed to a ceasefire. India has insisted that the understanding was reached without any mediator.'],
    // Another's judgement of a side's demands, named only by a word that qualifies them, states none.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The port director called the union\'s original demands unsustainable.'],
    ['Chile and the Northern Front met in Lima. The front claimed responsibility for the attack. Chile claims that the front broke the truce.'],
    // A condition that did not hold, with "had" put first.
    ['Chile and Peru met in Lima. Had Peru insisted on the larger quota, the talks would have failed.'],
    // A question asked is no condition, whatever figure it is about.
    ['Chile and Peru met in Lima. Peru asked a question about the 5% levy.'],
    // Staying at the table is no condition.
    ['Chile and Peru met in Lima. Chile walked out in protest but did not abandon the negotiations entirely.'],
    // "Only if" inside a relative clause on what is agreed sets no side's condition.
    ['Chile and Peru met. Chile agreed to a payment that kicks in only if growth tops 3% for two years.'],
    // What the sides agree to ask of others is a term of their deal.
    ['Chile and Peru met in Lima. Chile and Peru agreed by consensus to require tracking beacons on every trawler.'],
    ['Chile and Peru agreed to:\n- require tracking beacons on every trawler;\n- close the bay in March.'],
    ['Iran will not accept any limits on its enrichment program.'],
    ["Analysts say Iran's demands are unrealistic."],
    ['Israel did not demand the release of the hostages before the truce.'],
    ['Many remain skeptical that the demands can be met.'],
    ['Iran rejects the demand for zero enrichment.'],
    ['Many called for new sanctions should Iran continue to demand the lifting of all sanctions.'],
    ['Iran gave up part of its stockpile under the 2015 deal.'],
    ['Analysts said the two sides must compromise.'],
    ['Armenian Prime Minister Nikol Pashinyan said the treaty must not be delayed.'],
    ['Kestrel Foods said the union should not strike.'],
    // Sides given as examples inside a noun phrase are not the subject of its verb.
    ['Kestrel Play, Tarvo Studios and Nordvik Games were among the companies at the table. The union ratified the deal. The agreement with companies including Kestrel Play, Tarvo Studios and Nordvik Games requires the companies to obtain consent from performers.'],
    // What another side says a stance would cost is no term of it.
    ['Kestrel Post and the Varden Postal Workers Union met in Ottawa. The union\'s demands would add more than $3 billion in costs, the company said.'],
    // Accepting any offer, unbounded, and expecting what will happen, demand nothing.
    ['Chile and Peru met in Lima. Chile would accept any reasonable offer. Peru expects the talks to end soon.'],
    // Insisting that a side did something states a fact, not a condition.
    ['Chile and Peru met in Lima. Tom Hale insists that Chile refused to lift any tariff.'],
    // Wanting to thank or to stress something is a manner of speaking.
    ['Chile and Peru signed the deal in Lima. Chile wants to thank Peru for its patience.'],
    ['Chile and Peru signed the deal in Lima. Chile wants to give credit where it is due.'],
    // A judgement of a side's demand states none.
    ['Chile and Peru met in Lima. Peru made its demand on Monday. Its demand is unrealistic, Chile said.'],
    // A participle names what the conditions are for.
    ['Chile and Peru met in Lima. Chile sent a letter listing its terms for lifting the siege.'],
    ['Chile and Peru signed the deal in Lima. Chile wants every citizen to know what it won.'],
    // A time after "until", and a step that presses no one, set no condition.
    ['Kestrel Ports and the Harbour Workers Union met in Lima. The union will not sign until the close of the season.'],
    ['Kestrel Ports and the Harbour Workers Union met in Lima. The union would lose members unless the outsourcing plan was dropped.'],
    // Pushed to a point is no demand.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The union pushed to the limit of its funds.'],
    // A vow to keep on sets no condition.
    ['Chile and the Northern Front met in Quito. "We will not rest until the last hostage returns," one relative said.'],
    // An open question of what should happen asks for nothing.
    ['Chile and Peru met in Lima. Peru argued over how the quota should be shared out.'],
    // A pronoun after a preposition, in a clause on the text, is no subject of the text's verb.
    ['Chile and Peru met in Lima. Peru issued a statement. The memorandum that reporters were handed a copy of it, stipulates on two points.'],
  ])('%s → no demand', (text) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'demands'), describeClaims(claims)).toEqual([]);
  });

  it('reads a judgement before a demand that names its content after it as no demand, and the content as one', () => {
    const claims = readClaims("Chile and Peru met in Lima. The thorniest issue has long been Peru's demand that its fleet keep the northern grounds.");
    expect(claims.filter((c) => c.predicate === 'demands').map((c) => c.object), describeClaims(claims)).toEqual(['fleet keep the northern grounds']);
  });

  it('reads the noun of an aim, subject of the clause that says what it is, as no demand of its own', () => {
    const claims = readClaims('Chile and the Northern Front met in Quito. The Front insists its goal is to end the state of emergency.');
    expect(claims.filter((c) => c.predicate === 'demands').map((c) => c.object), describeClaims(claims)).toEqual(['end the state of emergency']);
  });
  it('keeps bare nouns listed after "of" with the noun they are of, and cuts at the next noun with its article', () => {
    const claims = readClaims('Chile and the Northern Front met in Lima. The Front is demanding the restoration of electricity, banking and telecommunications, and the withdrawal of Chilean troops.');
    expect(claims.filter((c) => c.predicate === 'demands').map((c) => c.object), describeClaims(claims)).toEqual(['restoration of electricity, banking and telecommunications', 'withdrawal of Chilean troops']);
  });
  it('reads a list whose first thing opens with a participle ("guaranteed berths") as things of their own', () => {
    const claims = readClaims('Chile and Peru met in Lima. Chile is seeking guaranteed berths for its fertiliser ships at the port, and round-the-clock opening of the border post.');
    expect(claims.filter((c) => c.predicate === 'demands' && c.subject === 'Chile').map((c) => c.object), describeClaims(claims)).toEqual(['guaranteed berths for its fertiliser ships at the port', 'round-the-clock opening of the border post']);
  });

  it('leaves a closing attribution with words of office in lower case, and whom it was told, out of the object', () => {
    const claims = readClaims('Bayline Shipping and the Harbour Workers Union met in Arica. The union is holding out for a 12% raise, union president Ana Ruiz told reporters in Arica.');
    expect(claims.filter((c) => c.predicate === 'demands').map((c) => c.object), describeClaims(claims)).toEqual(['12% raise']);
  });
  it('reads "the group" as a bloc world knowledge names, named just before', () => {
    const claims = readClaims('Rich and poor countries met in Baku. The G77 rejected the text. The group, led by Uganda\'s envoy Ana Ruiz, is demanding at least 500 billion dollars a year.');
    expect(claimsLike(claims, 'demands', 'G77', /500 billion dollars/), describeClaims(claims)).toHaveLength(1);
  });
});
