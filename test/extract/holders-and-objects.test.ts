// Who holds a stance and where its object ends, in constructions common to news of any negotiation.
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/ingest/index.js';
import { annotateArticle } from '../../src/nlp/annotate-article.js';
import { describeClaims, readClaims } from './read-claims.js';

const PORT = 'The Harbour Workers Union demanded a 9% pay rise from the Port Authority of Velmora on Monday';

describe('holders', () => {
  it.each<[string, string, string, string, string]>([
    // "the authority" refers back to the one organisation whose name has that word.
    [`${PORT}, and the authority rejected the union's demand for a shorter working week.`, 'Port Authority of Velmora', 'rejects', 'shorter working week', 'Harbour Workers Union'],
    // The side before a possessive holds the stance noun, not the clause's subject.
    [`${PORT}. The authority rejected the union's demand for a shorter working week.`, 'Harbour Workers Union', 'demands', 'shorter working week', 'Port Authority of Velmora'],
    // A side that speaks right after a quotation is what "we" in it stands for.
    [`${PORT}. "We will not accept a freeze," the union said.`, 'Harbour Workers Union', 'rejects', 'freeze', 'Port Authority of Velmora'],
    [`${PORT}. "We cannot accept a strike," said the authority.`, 'Port Authority of Velmora', 'rejects', 'strike', 'Harbour Workers Union'],
    // A clause set off by commas that "provided" or "if" opens has its own subject; "but" and "and" after it join the
    // verb before it.
    [`${PORT}. The authority has agreed to give the union a seat on the board, provided the union first drops its lawsuit, but has refused to scrap the night shift.`, 'Port Authority of Velmora', 'rejects', 'scrap the night shift', 'Harbour Workers Union'],
    ['Chile offered a quota, if Peru drops its tariffs, and rejected the tariff plan.', 'Chile', 'rejects', 'tariff plan', 'Peru'],
    // A paragraph in quotation marks after "X said:" is X's, and "we" in it X's side.
    [`${PORT}.\n\nIn a statement, Ana Ruiz, head of the Port Authority of Velmora, said:\n\n"We have listened to the Harbour Workers Union, but we will not accept a freeze."`, 'Port Authority of Velmora', 'rejects', 'freeze', 'Harbour Workers Union'],
    // Words quoted as a verb's object stand between it and the verb "and" joins to it.
    [`${PORT}. The authority said it would never agree to "rosters that leave the quay half empty," and called on the union to hold a ballot on the offer.`, 'Port Authority of Velmora', 'proposes', 'union to hold a ballot on the offer', 'Harbour Workers Union'],
  ])('%s → %s %s %s, and not %s', (text, holder, predicate, topic, other) => {
    const claims = readClaims(text);
    const held = (side: string) => claims.filter((c) => (c.party ?? c.subject) === side && c.predicate === predicate && c.object === topic);
    expect(held(holder), describeClaims(claims)).toHaveLength(1);
    expect(held(other), describeClaims(claims)).toEqual([]);
  });

  it.each<[string, string, string, string]>([
    // A name whose head is plural is an organisation's, and "the rebel coalition" refers back to it.
    ['The government of Mali and the Coordination of Azawad Movements met in Algiers. The rebel coalition had demanded the release of 60 of its members.', 'Coordination of Azawad Movements', 'demands', 'release of 60 of its members'],
    // An acronym before an office names the body the office heads; "but" joins two verbs of one subject.
    ['KPU leader Mara Lind rejected any change to the pension plan, but offered a one-off bonus.', 'KPU', 'proposes', 'one-off bonus'],
    // A side that acts after a relative clause between commas.
    ['The Christian Democrats and the Social Democrats met on Monday. The Greens, whose votes are needed for any change, said they would only back the fund if it included money for climate protection.', 'Greens', 'demands', 'money for climate protection'],
    // "his country": the side of the person it refers to.
    ["Mexico's economy minister, Marcelo Ebrard, said his country was willing to discuss rules of origin but would not accept a content requirement.", 'Mexico', 'rejects', 'content requirement'],
    // Bodies named in another language: "the council" and "the club" refer back by the English of their names; a name
    // the headline shortens by its last head is the same side.
    ['Ribeira Atlético rejects lease\n\nCâmara Municipal de Aveiro and the Ribeira Atlético Clube met in Aveiro. The council offered a ten-year lease.', 'Câmara Municipal de Aveiro', 'proposes', 'ten-year lease'],
    ['Ribeira Atlético rejects lease\n\nCâmara Municipal de Aveiro and the Ribeira Atlético Clube met in Aveiro. The club asked for a 30-year lease.', 'Ribeira Atlético Clube', 'demands', '30-year lease'],
    // "the airline" after a sentence opened by a named organisation of no known kind is that one, not one the text only
    // described as a carrier.
    ["AeroAndina raises offer for SolAustral\n\nAeroAndina has raised its bid before the competition agency for its purchase of SolAustral, a smaller regional carrier. At a hearing in Lima on Tuesday, the airline offered to release 12 slot pairs to rivals. Shares in AeroAndina rose after the hearing.\n\nThe Federation of Andean Pilots turned down SolAustral's one-year job guarantee. The federation and SolAustral will meet again on Friday, the federation said.", 'AeroAndina', 'proposes', 'release 12 slot pairs to rivals'],
    // "the Government" in a ministry's release is the state it names formally, though go-betweens are states too and
    // the movement and a charity are named more.
    ['MINISTRY OF THE INTERIOR OF THE FEDERAL GOVERNMENT OF CHILE\n\nThe Northern Coast Front freed the crew of the Alba on Monday. The Front and the Andes Relief Trust thanked Peru for its mediation. The Andes Relief Trust carried messages between the Andes Relief Trust office and the Front, and the Andes Relief Trust paid for the flights. The Front had asked the Andes Relief Trust for money. The Government has refused all along to pay a ransom to the Front.', 'Chile', 'rejects', 'pay a ransom to the Front'],
    // "the network" acting refers back to the one organisation whose name ends in "Network".
    ['Bayline Shipping and the Harbour Workers Union met in Arica. The Harbour Pilots Network joined the talks. The network turned down the three-shift rule.', 'Harbour Pilots Network', 'rejects', 'three-shift rule'],
    // "that too": an adverb after the pronoun leaves it the offer named before.
    ['Bayline Shipping and the Harbour Workers Union met in Arica. Bayline offered a 3 percent raise. The union rejected it. Bayline then offered a one-off bonus. The union rejected that too.', 'Harbour Workers Union', 'rejects', 'one-off bonus'],
    // "Its" opening a sentence before a stance noun is the side that opened the sentence before.
    ['The Varden Teachers Association and the Varden Education Board met again in Bergen. The association is seeking a 10 percent raise. Its main demand is a limit of 25 pupils per class.', 'Varden Teachers Association', 'demands', 'limit of 25 pupils per class'],
    // A district that runs a service is a side, and "the district" refers back to it.
    ['The Varden Teachers Association and the Varden School District met again in Bergen. The district offered 4 percent.', 'Varden School District', 'proposes', '4 percent'],
    // Members named by a plural of the organisation's name act for it; an offer judged derisory is turned down.
    ['Talks between Bayline Shipping and the Guild of Harbour Stevedores broke up in Arica. Bayline offered 5 percent. Stevedores voted by a wide margin to reject the offer.', 'Guild of Harbour Stevedores', 'rejects', '5 percent'],
    ['Talks between Bayline Shipping and the Guild of Harbour Pilots broke up in Arica. Bayline offered 5 percent. Guild secretary Tom Berg described the offer as derisory.', 'Guild of Harbour Pilots', 'rejects', '5 percent'],
    // "it" after a raised offer is the new offer.
    ['The Harbour Workers Union and Bayline Shipping resumed talks in Arica. Bayline raised its wage offer on Friday to 5 percent a year. The union turned it down within the hour.', 'Harbour Workers Union', 'rejects', 'wage offer of 5 percent a year'],
    // "Management" at the head of a sentence is the employer across the table from the union, no person.
    ['The Kestrel Pilots Union and Kestrel Airlines met in Leeds. Management insists on longer duty days.', 'Kestrel Airlines', 'demands', 'longer duty days'],
    // A demand in a relative clause whose verb has only a time after it; "it" next is what was demanded.
    ['Câmara Municipal de Aveiro and the Ribeira Atlético Clube met in Aveiro. The relegation clause, that the council demanded until the last round, was dropped. The club had always rejected it.', 'Ribeira Atlético Clube', 'rejects', 'relegation clause'],
    // A condition set on one's own step is a demand; asking a thing without "for" is one too.
    ['Chile and Peru met in Arica. Peru agreed, on condition that each navy respects the limit.', 'Peru', 'demands', 'each navy respects the limit'],
    ['Chile and Peru met in Arica. Chile proposed that Peru pay a fee for every boat stopped. Peru agreed, on condition that each navy respects the limit.', 'Peru', 'agrees', 'Peru pay a fee for every boat stopped'],
    ['Chile and Peru met in Arica. Peru accepted the pilot scheme on the condition that Chile pays the port fees.', 'Peru', 'demands', 'Chile pays the port fees'],
    ['Chile and Peru met in Arica. Peru also asked a loan scheme for the repair of fishing boats.', 'Peru', 'demands', 'loan scheme for the repair of fishing boats'],
    ['The Harbour Workers Union and Bayline Shipping met in Arica. Union president Tom Berg says he is open to a pilot scheme, provided no one is laid off.', 'Harbour Workers Union', 'demands', 'no one is laid off'],
    // A participle clause that opens the sentence, or follows the subject between commas, is the subject's; it ends at
    // its comma.
    ['Chile and Peru met in Arica. Having proposed to fill the basin over three years, Peru moved to four years.', 'Peru', 'proposes', 'fill the basin over three years'],
    ['Chile and Peru met in Arica. Having rejected the plan for a canal, Lima asked for a study.', 'Peru', 'rejects', 'plan for a canal'],
    ['Chile and Peru met in Arica. After accepting a review clause, Chile asked for more data.', 'Chile', 'agrees', 'review clause'],
    ['Chile and Peru met in Arica. Peru, having proposed a review clause, asked for data.', 'Peru', 'proposes', 'review clause'],
    ['Chile and Peru met in Arica. Chile, after rejecting the plan for a canal, asked for a new study.', 'Chile', 'rejects', 'plan for a canal'],
  ])('%s → %s %s %s', (text, holder, predicate, topic) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => (c.party ?? c.subject) === holder && c.predicate === predicate && c.object === topic), describeClaims(claims)).toHaveLength(1);
  });

  it('gives a person whose office follows the lower-case kind word of the article\'s only union that union as side', () => {
    const claims = readClaims('The Kestrel Pilots Union and Kestrel Airlines reached a deal. "This agreement is a start," union president Mara Lind told reporters.');
    expect(claims.filter((c) => c.subject === 'Mara Lind').map((c) => c.party), describeClaims(claims)).toContain('Kestrel Pilots Union');
  });

  it.each<[string, string[]]>([
    // "it" alone, or with a time after it, stands for the topic named before.
    ['The Kestrel Pilots Union proposed a 9% raise on Monday. Kestrel Airlines denied it a few days later.', ['9% raise']],
    ['The Kestrel Pilots Union proposed a 9% raise on Monday. Kestrel Airlines rejected it.', ['9% raise']],
    // …but the plan the sentence names before it, when it names one.
    ['The Kestrel Pilots Union proposed a 9% raise on Monday. The mediator floated the idea of a pension fund, but Kestrel Airlines rejected it.', ['pension fund']],
    // What no side did is no side's stance.
    ['The Kestrel Pilots Union proposed a 9% raise on Monday. The mediator floated the idea of a pension fund, but neither side accepted it.', []],
    // Denying a fact takes no side on a proposal; denying a reported claim is left out.
    ['The Kestrel Pilots Union proposed a 9% raise on Monday. Kestrel Airlines denied it was involved in the strike.', []],
    ['The Kestrel Pilots Union proposed a 9% raise on Monday. Kestrel Airlines denied that it had locked out workers.', []],
    ['The Kestrel Pilots Union proposed a 9% raise on Monday. Kestrel Airlines denied reports that it had locked out workers.', []],
  ])('%s → Kestrel Airlines rejects %j', (text, topics) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.subject === 'Kestrel Airlines' && c.predicate === 'rejects').map((c) => c.object), describeClaims(claims)).toEqual(topics);
  });

  it('gives the reporter no stance of the clause it reports, whose subject is a common noun', () => {
    const claims = readClaims('The Kestrel Pilots Union noted the organization rejected their proposal on pensions.');
    expect(claims.filter((c) => c.predicate === 'rejects'), describeClaims(claims)).toEqual([]);
  });

  it('gives a stance noun owned by someone of no side to nobody, not to the subject of the clause', () => {
    const claims = readClaims("Canada rejected the committee's demand for a shorter week.");
    expect(claims.filter((c) => c.predicate === 'demands'), describeClaims(claims)).toEqual([]);
  });

  it('gives the object of an earlier verb no stance of the verb after "and"', () => {
    const text = 'The Kestrel Pilots Union and Kestrel Airlines met on Monday. Transport Minister Ana Ruiz urged both sides to return to the table and offered to appoint a mediator.';
    const claims = readClaims(text);
    const mediator = claims.filter((c) => /mediator/.test(c.object));
    expect(mediator.map((c) => c.subject), describeClaims(claims)).toEqual(['Ana Ruiz']);
  });

  it('reads the object of a participle after a noun ("the offer made by X") without the clause before it', () => {
    const claims = readClaims('The Kestrel Pilots Union rejected the 5% offer made by Kestrel Airlines on Monday.');
    expect(claims.filter((c) => /rejected|Union/.test(c.object)), describeClaims(claims)).toEqual([]);
  });
});

describe('objects', () => {
  it.each<[string, string, string[]]>([
    // The side a demand is made of is no part of what is demanded.
    [`${PORT}.`, 'demands', ['9% pay rise']],
    // …but a place of the holder's own side is.
    ['Ukraine demanded the withdrawal of Russian troops from Ukraine.', 'demands', ['withdrawal of Russian troops from Ukraine']],
    // A list whose middle item opens with an adjective, closed by "and" and a determiner.
    ['The Harbour Workers Union is seeking a 12% raise over two years, mandatory nurse-to-patient ratios and an end to forced overtime.', 'demands', ['12% raise over two years', 'mandatory nurse-to-patient ratios', 'end to forced overtime']],
    // A side's name before a stance noun of asking: what is asked for is the topic.
    ['Canada on Tuesday rejected a U.S. demand to open its dairy market to more American milk.', 'rejects', ['open its dairy market to more American milk']],
    // An auxiliary and its verb after "and" open a second predicate; pressing the other side to act is a demand too.
    ['The United States wants Canada to scrap its supply-management system and is pressing Mexico to raise the share of content in cars.', 'demands', ['Canada to scrap its supply-management system', 'Mexico to raise the share of content in cars']],
    // A deal's terms in a relative clause with an auxiliary, after a time phrase, without the recipient.
    ['The Kestrel Pilots Union and Kestrel Airlines reached a tentative agreement late Wednesday that would give pilots a 16% raise over five years.', 'agrees', ['16% raise over five years', 'tentative agreement']],
    // A closing attribution of several words, with a comment after it.
    ['Chile and South Korea reached an agreement on Friday to phase out tariffs on electric vehicles over five years, trade officials from both countries said, ending months of talks.', 'agrees', ['phase out tariffs on electric vehicles over five years']],
    // Where an offer was put is no offer; a verb alone, whose object stood before it, names nothing.
    ['The Harbour Workers Union met Bayline Shipping in Arica. Bayline negotiator Ana Ruiz arrived on Monday. "We have put a solid pay offer on the table," Ruiz told reporters at the hotel.', 'proposes', ['solid pay offer']],
    ['The Harbour Workers Union met Bayline Shipping in Arica. Bayline wants a clause letting it cut night shifts in winter - a change the union has described as "unworkable" and declined to consider.', 'rejects', []],
  ])('%s → %s %j', (text, predicate, topics) => {
    const claims = readClaims(text);
    expect([...new Set(claims.filter((c) => c.predicate === predicate).map((c) => c.object))], describeClaims(claims)).toEqual(topics);
  });
});

describe('governments, companies and what is not asserted', () => {
  const TRUCE = 'Peru and the Andean Liberation Front met in Lima.';

  it.each<[string, string, string, string]>([
    // A state's government in the possessive is the state, alone or joined to another side.
    ["Chile's government rejected a 12% wage rise.", 'Chile', 'rejects', '12% wage rise'],
    [`${TRUCE} Peru's government and the Andean Liberation Front agreed on Wednesday to a ceasefire after ten days of talks.`, 'Peru', 'agrees', 'ceasefire'],
    [`${TRUCE} Peru's government and the Andean Liberation Front agreed on Wednesday to a ceasefire after ten days of talks.`, 'Andean Liberation Front', 'agrees', 'ceasefire'],
    // A time phrase closes a one-word object too.
    [`${TRUCE} The Andean Liberation Front signed a ceasefire on Monday.`, 'Andean Liberation Front', 'agrees', 'ceasefire'],
    // "the army" of the one state at the table with a rebel movement is that state's.
    [`${TRUCE} The army will not accept a ceasefire in the valley.`, 'Peru', 'rejects', 'ceasefire in the valley'],
    // What a demand is a condition of is no part of it.
    [`${TRUCE} The front had insisted on the withdrawal of army units from the valley as a condition for any deal.`, 'Andean Liberation Front', 'demands', 'withdrawal of army units from the valley'],
    // "the X union": a name the kind noun after it says is an organisation's; a clause after "while" has its own subject.
    ['Shareholders have urged the board of Kestrel Foods to open talks, while the Harbour union demanded guarantees on jobs.', 'Harbour', 'demands', 'guarantees on jobs'],
  ])('%s → %s %s %s', (text, holder, predicate, topic) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => (c.party ?? c.subject) === holder && c.predicate === predicate && c.object === topic), describeClaims(claims)).toHaveLength(1);
  });

  it('reads "the government" as the one state at the table with a rebel movement', () => {
    const claims = readClaims(`${TRUCE} The government delegation was headed by Interior Minister Ana Ruiz.`);
    expect(claims.filter((c) => c.predicate === 'leads').map((c) => [c.subject, c.object]), describeClaims(claims)).toEqual([['Ana Ruiz', 'Peruvian delegation']]);
  });

  it('gives a pronoun of unnamed speakers to no side', () => {
    const claims = readClaims(`${TRUCE} Peru offered an amnesty. Local officials said they rejected any disarmament plan.`);
    expect(claims.filter((c) => c.predicate === 'rejects'), describeClaims(claims)).toEqual([]);
  });

  it('reads "rebel officials" as officials of the article\'s only armed group', () => {
    const claims = readClaims(`${TRUCE} Peru offered an amnesty. Rebel officials said they rejected any disarmament plan.`);
    expect(claims.filter((c) => c.predicate === 'rejects').map((c) => c.subject), describeClaims(claims)).toEqual(['Andean Liberation Front']);
  });

  it.each<[string, string, string]>([
    // The word of a kind names the article's only organisation of that kind, whatever its own head.
    ['The Harbour Dockers Association rejected the offer. "Now it is their turn," union executive director Ana Ruiz told reporters.', 'Ana Ruiz', 'Harbour Dockers Association'],
    // A former office's side yields to the side the person serves now.
    ['Former Nigerian president Tunde Bello, the AU\'s envoy, chaired the talks.', 'Tunde Bello', 'African Union'],
    // The first word of a company's name in the possessive names the company.
    ['Kestrel Foods rejected the bid. Kestrel\'s chairman, Margaret Oyelaran, said the board would not engage.', 'Margaret Oyelaran', 'Kestrel Foods'],
  ])('%s → %s speaks for %s', (text, person, side) => {
    const claims = readClaims(text);
    expect(new Set(claims.filter((c) => c.subject === person).map((c) => c.party)), describeClaims(claims)).toEqual(new Set([side]));
  });

  it.each<[string, string, string, string]>([
    // A company's name the tagger reads as a verb, and a title that opens a company's name.
    ['The Metal Workers Union struck at General Motors and Stellantis, saying the companies had failed to make progress, while sparing Ford after it agreed to several union demands. The union said Ford had agreed to reinstate cost-of-living adjustments.', 'Ford', 'agrees', 'several union demands'],
    ['The Metal Workers Union struck at General Motors. GM chief executive Ana Ruiz rejected the proposal for a four-day week.', 'General Motors', 'rejects', 'proposal for a four-day week'],
    // "party" after an organisation's name says what it is: a side, not its delegation.
    ['The liberal VVD party had pushed for a cap on family reunification.', 'VVD', 'demands', 'cap on family reunification'],
    // "we" in a quotation opened by a side's verb.
    ['The Metal Workers Union shared that, "with the help of Labor Secretary Ana Ruiz, we will accept the proposal to end the strike."', 'Metal Workers Union', 'agrees', 'proposal to end the strike'],
  ])('%s → %s %s %s', (text, holder, predicate, topic) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => (c.party ?? c.subject) === holder && c.predicate === predicate && c.object === topic), describeClaims(claims)).toHaveLength(1);
  });

  it.each<[string, string, string]>([
    // The kind word in the possessive, or after "of the", names the article's only organisation of that kind; CEO is an office.
    ["The Kestrel Pilots Union and Kestrel Airlines met in Leeds. The airline's chief executive, Carla Soto, defended the offer.", 'Carla Soto', 'Kestrel Airlines'],
    ['The Kestrel Pilots Union and Kestrel Airlines met in Leeds. Kestrel Airlines CEO Carla Soto defended the offer.', 'Carla Soto', 'Kestrel Airlines'],
    ['The Kestrel Pilots Union and Kestrel Airlines met in Leeds. Luis Pardo, president of the union, rejected the offer.', 'Luis Pardo', 'Kestrel Pilots Union'],
    // Lower-case words between a side and an office, or a description in its place, before a full name.
    ['The accord was signed by Taleban political chief Mullah Karim Haqdad.', 'Mullah Karim Haqdad', 'Taliban'],
    ['Taliban fighter-turned-dealmaker Mullah Karim Haqdad signed the accord.', 'Mullah Karim Haqdad', 'Taliban'],
    // A title of rank is no part of the name, and the side before the description is the person's.
    ['EU chief negotiator Ana Ruiz and her British counterpart Lord Marlow signed the accord.', 'Marlow', 'United Kingdom'],
  ])('%s → %s speaks for %s', (text, person, side) => {
    const article = articleFromText(`${text}\n`, 'test.txt');
    const people = annotateArticle(article).flatMap((s) => s.mentions).filter((m) => m.type === 'Person' && m.canonical.endsWith(person));
    expect(new Set(people.map((m) => m.party))).toEqual(new Set([side]));
  });

  it('reads a longer name after "the" than the state it starts with', () => {
    const article = articleFromText('The International Dockers Association and the United States Maritime Alliance reached a tentative agreement.\n', 'test.txt');
    const sides = annotateArticle(article).flatMap((s) => s.mentions).map((m) => m.canonical);
    expect(sides).toEqual(['International Dockers Association', 'United States Maritime Alliance']);
  });

  it('gives no side named inside what an office is for to the holder', () => {
    const article = articleFromText('The talks were attended by the OAS special envoy for the Santiago-Lima dialogue Tomas Vidal, who signed the accord.\n', 'test.txt');
    const people = annotateArticle(article).flatMap((s) => s.mentions).filter((m) => m.canonical === 'Tomas Vidal');
    expect(people.map((m) => m.party).filter((p) => p === 'Chile' || p === 'Peru')).toEqual([]);
  });

  it('makes a company\'s board the company', () => {
    const claims = readClaims('Board of Kestrel Foods rejects takeover bid\n\nKestrel Foods said on Monday it had rejected a takeover bid from Harbour Capital.');
    expect(new Set(claims.filter((c) => c.predicate === 'rejects').map((c) => c.subject)), describeClaims(claims)).toEqual(new Set(['Kestrel Foods']));
  });

  it.each<string>([
    // A side that only qualifies a thing is not what "it" stands for, and a deadline is no offer.
    'Harbour Capital offered 310 pence a share. Under UK takeover rules it has until April 8 to make a firm offer or walk away.',
    // An obligation is no agreement, and what a side is urged to do is not done.
    'Zambia reached a deal with its creditors. The International Monetary Fund, which must approve the terms, urged both sides to conclude quickly.',
  ])('takes no stance from %j that is not asserted', (text) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate !== 'demands' && c.predicate !== 'rejects' && /firm offer|terms/.test(c.object)), describeClaims(claims)).toEqual([]);
    expect(claims.filter((c) => c.predicate === 'agrees' && /conclude/.test(c.object)), describeClaims(claims)).toEqual([]);
  });
});

describe('a state that names a currency', () => {
  it('reads no side in "US dollars", and "it" after it stands for a side named before', () => {
    const claims = readClaims('Chile and the Northern Front met in Lima. A bid of two million US dollars was turned down. It rejected the corridor plan.');
    expect(claims.filter((c) => c.subject === 'United States' || c.party === 'United States'), describeClaims(claims)).toEqual([]);
  });
});

describe('time, duration and closing words around an object', () => {
  it.each<[string, string, string, string[]]>([
    // A time phrase that opens with the particle is skipped to reach the particle of the object.
    ['Chile and Peru reached an agreement in principle on Saturday to extend the fishing truce for two years.', 'Chile', 'agrees', ['extend the fishing truce for two years']],
    // A duration after the verb is no object.
    ['Chile had refused for months to discuss the quota.', 'Chile', 'rejects', ['discuss the quota']],
    // A closing subject pronoun of a relative clause without "that", and "instead", are no part of the object.
    ['Chile proposed a joint patrol, arguing that Peru must pay the fines it has already incurred.', 'Chile', 'demands', ['Peru must pay the fines']],
    ['Peru has proposed non-binding guidelines instead.', 'Peru', 'proposes', ['non-binding guidelines']],
    // A party named by its members acts, by the name the world knows it by, and a caucus is an organisation.
    ['The law was passed in May. Greens had demanded steep spending cuts.', 'Greens', 'demands', ['steep spending cuts']],
    ['The law was passed in May. Republicans had demanded steep spending cuts.', 'Republican Party', 'demands', ['steep spending cuts']],
    ['Progressive Democrats criticized the plan, and the House Freedom Caucus said it would oppose the bill.', 'House Freedom Caucus', 'rejects', ['bill']],
    // A stretch of time up to the end stands between a verb and its particle.
    ['Chile and Peru met in Lima. Peru insisted until the last day on the return of the night patrols.', 'Peru', 'demands', ['return of the night patrols']],
    // Time spent doing something is the doer's: the gerund after it takes the stance.
    ['Chile and Peru met in Lima. Peru, which spent months demanding a joint patrol, dropped it.', 'Peru', 'demands', ['joint patrol']],
    ['Chile and Peru met in Lima. Chile has spent weeks pushing for a quota freeze.', 'Chile', 'demands', ['quota freeze']],
    // The deal an object belongs to, named after a comma, is no part of it.
    ['Chile and Peru met in Lima. Chile and Peru signed a fishing truce on Sunday, in a deal brokered by Brazil.', 'Peru', 'agrees', ['fishing truce']],
    // Where a treaty was signed is no part of it; where a truce holds is.
    ['Chile and Peru signed the treaty in the Palace of Nations in Lima on Friday.', 'Chile', 'agrees', ['treaty']],
    ['Chile and Peru met in Lima. Chile and Peru agreed to a truce in Arica.', 'Peru', 'agrees', ['truce in Arica']],
    // "and" with a finite "be" opens the subject's next predicate.
    ['Chile and Peru met in Lima. Chile demanded an overall fisheries deal and was willing to give up the ban.', 'Chile', 'demands', ['overall fisheries deal']],
    // What a side's offer stood at; a demand put forward; what is asked for, unless it is about the talks themselves.
    ["Chile and Peru met in Lima. Chile's last offer stood at 22%.", 'Chile', 'proposes', ['22%']],
    ["Chile and Peru met in Lima. Chile's final offer, tabled in August, was 19% over four years.", 'Chile', 'proposes', ['19% over four years']],
    ["Chile and Peru met in Lima. Peru's main demand is a 9% cut in quotas.", 'Peru', 'demands', ['9% cut in quotas']],
    ['Chile and Peru met in Lima. Peru has countered with a demand for a 45% cut.', 'Peru', 'demands', ['45% cut']],
    ['Chile and Peru met in Lima. Peru asked for $150 million a year in compensation.', 'Peru', 'demands', ['$150 million a year in compensation']],
    ['Chile and Peru met in Lima. Peru asked for a meeting of the two presidents.', 'Peru', 'proposes', ['meeting of the two presidents']],
    // "instead", and a numbered day of the talks, are no part of the object; time spent insisting is the insister's.
    ['Chile and Peru met in Lima. Peru proposed instead a 10% cut.', 'Peru', 'proposes', ['10% cut']],
    ['Chile and Peru met in Lima. Peru proposed on the second day that the talks be extended.', 'Peru', 'proposes', ['talks be extended']],
    ['Chile and Peru met in Lima. Chile spent the fortnight insisting that the ban stay.', 'Chile', 'demands', ['ban stay']],
    // A gerund after going into the talks or coming in; the demand one started with; organised labour.
    ['Chile and Peru met in Lima. Peru went into the talks demanding 16.5% of the catch.', 'Peru', 'demands', ['16.5% of the catch']],
    ['Chile and Peru met in Lima. Peru had started with a demand of 16.5 per cent.', 'Peru', 'demands', ['16.5 per cent']],
    ['The Kestrel Workers Congress and the employers met in Accra. The Congress came in demanding 45 per cent.', 'Kestrel Workers Congress', 'demands', ['45 per cent']],
    // A side named by its members in lower case; pressing for a share is a demand; "within a day" is a time.
    ['The Kestrel Pilots Association met Kestrel Airlines in Lisbon. The pilots had pressed for a 17% raise.', 'Kestrel Pilots Association', 'demands', ['17% raise']],
    ['Chile and Peru met in Lima. Peru turned down within a day the offer of a 2% quota.', 'Peru', 'rejects', ['offer of a 2% quota']],
    // A relative clause after "the" side or after "which".
    ['Chile and Peru met in Lima. The deal came in at 5%, rather than the 9% share the Kestrel Union had demanded.', 'Kestrel Union', 'demands', ['9% share']],
    // What was put on the table; a relative clause that ends where a clause of time begins.
    ['Kestrel Health and the Kestrel Nurses Union met. The deal is above the 11% Kestrel Health had put on the table in February.', 'Kestrel Health', 'proposes', ['11%']],
    ['Kestrel Health and the Kestrel Nurses Union met. Kestrel Health has put a 7 percent raise on the table.', 'Kestrel Health', 'proposes', ['7 percent raise']],
    ['Kestrel Health and the Kestrel Nurses Union met. The deal keeps the pension fund the Kestrel Nurses Union had pushed for since talks began.', 'Kestrel Nurses Union', 'proposes', ['pension fund']],
    // What the verb opening the clause before ", which" proposed, not its subject and verb.
    ['Kestrel Health and the Kestrel Nurses Union met. Kestrel Health first proposed a 45% cut, which the Kestrel Nurses Union rejected as punitive.', 'Kestrel Nurses Union', 'rejects', ['45% cut']],
    ['Chile and Peru met in Lima. The pension increase which Peru demanded was dropped.', 'Peru', 'demands', ['pension increase']],
    // A relative clause without "that" ends where the main clause's auxiliary begins.
    ['Chile and Peru met in Lima. The 12% share Peru first asked for was never on the table.', 'Peru', 'demands', ['12% share']],
  ])('%s → %s %s %j', (text, holder, predicate, topics) => {
    const claims = readClaims(text);
    expect([...new Set(claims.filter((c) => (c.party ?? c.subject) === holder && c.predicate === predicate).map((c) => c.object))], describeClaims(claims)).toEqual(topics);
  });

  it.each<[string, string, string, string]>([
    // A stance noun in apposition names the topic before its comma; a side acting on it after the noun takes its verb's stance.
    ['Chile has refused to lift the ban on Peruvian trawlers, a key Peruvian demand.', 'Peru', 'demands', 'lift the ban on Peruvian trawlers'],
    ['Chile and Peru met in Lima. Peru has demanded an end to the ban, a condition Chilean President Ana Ruiz has repeatedly rejected.', 'Chile', 'rejects', 'end to the ban'],
    // After a comma, "and" joins the verb a that-clause hangs on.
    ['China had demanded that the United States remove all tariffs, and rejected a request to restrict exports of rare earths.', 'China', 'rejects', 'request to restrict exports of rare earths'],
    // What led to a deal is no part of it, after a verb too.
    ['Chile and Peru agree to cut tariffs for 90 days after Lima talks', 'Peru', 'agrees', 'cut tariffs for 90 days'],
  ])('%s → %s %s %s', (text, holder, predicate, topic) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => (c.party ?? c.subject) === holder && c.predicate === predicate && c.object === topic), describeClaims(claims)).toHaveLength(1);
  });

  it.each<[string, string]>([
    // A place after a common noun is no subject.
    ['Nurses in England have turned down the offer of a 5% pay rise.', 'rejects'],
    // A plural the tagger reads as a noun after a side is its verb, not a word of the proposal's holder.
    ['Iran rebuffs European proposal to revive nuclear deal', 'proposes'],
  ])('%s → no side %s', (text, predicate) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === predicate), describeClaims(claims)).toEqual([]);
  });

  it.each<[string, string, string, string]>([
    // A side named before a place acts.
    ['The Royal College of Nursing (RCN) balloted its members. Nurses in England have turned down the offer of a 5% pay rise.', 'Royal College of Nursing', 'rejects', 'offer of a 5% pay rise'],
    // "as" that opens a clause ends the object.
    ['Nurses reject 5% pay offer as strike threat grows\n\nThe Royal College of Nursing (RCN) balloted its members.', 'Royal College of Nursing', 'rejects', '5% pay offer'],
  ])('%s → %s %s %s', (text, holder, predicate, topic) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => (c.party ?? c.subject) === holder && c.predicate === predicate && c.object === topic), describeClaims(claims)).toHaveLength(1);
  });

  it('takes no stance from what a side denies it did', () => {
    const claims = readClaims('Chile and Peru met in Lima. Chile denied that it had rejected the quota proposal.');
    expect(claims.filter((c) => c.predicate === 'rejects'), describeClaims(claims)).toEqual([]);
  });

  it.each<string>([
    // A clause after "after" has a subject of its own.
    'The British Medical Association is balloting its members after ministers dismissed its demand for full pay restoration.',
    // A side of no particular time holds no stance.
    'Iran wants guarantees that a future U.S. administration would not abandon the accord.',
  ])('gives no side the stance of %j', (text) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'rejects' || /accord/.test(c.object) && c.predicate === 'demands' && c.subject !== 'Iran'), describeClaims(claims)).toEqual([]);
  });

  it('reads a word before a second office as the body, not as a second holder', () => {
    const claims = readClaims('CIA Director Ana Ruiz and Mossad chief Tomas Vidal traveled to Doha for talks.');
    expect(claims.filter((c) => c.predicate === 'role').map((c) => c.subject).sort(), describeClaims(claims)).toEqual(['Ana Ruiz', 'Tomas Vidal']);
  });

  it.each<[string, string, string, string]>([
    // Both sides a headline joins with a comma.
    ['Chile, Peru agree to extend fishing truce\n\nChile and Peru met in Lima on Monday.', 'Chile', 'agrees', 'extend fishing truce'],
    // A state's government with an adjective; a kind noun describes the company joined to it by "and".
    ["Mali's military government and Canadian miner Kestrel Gold have agreed to settle a dispute over taxes.", 'Mali junta', 'agrees', 'settle a dispute over taxes'],
    ["Mali's military government and Canadian miner Kestrel Gold have agreed to settle a dispute over taxes.", 'Kestrel Gold', 'agrees', 'settle a dispute over taxes'],
    // Who is offered something is not what is offered; a comment after ", in line with" is no part of it.
    ['Norway has offered the EU a quota of 17,000 tonnes, in line with its historical share.', 'Norway', 'proposes', 'quota of 17,000 tonnes'],
    // The threat after "or face" is no second demand.
    ['The Competition Authority of Velmora has demanded that Kestrel Foods change its practices or face a fine.', 'Competition Authority of Velmora', 'demands', 'Kestrel Foods change its practices'],
    // A stance noun in apposition with a relative clause, and a verb phrase with a time after it.
    ['Germany and Russia met in Ankara. Germany agreed to release the agent, a key Kremlin demand that Chancellor Ana Ruiz had long resisted.', 'Russia', 'demands', 'release the agent'],
    ['Germany and Russia met in Ankara. Germany agreed to release the agent, a key Kremlin demand that Chancellor Ana Ruiz had long resisted.', 'Ana Ruiz', 'rejects', 'release the agent'],
    ['Mali and Kestrel Gold met. Kestrel Gold had offered to pay 370 million dollars, a proposal the government turned down in October.', 'Mali', 'rejects', 'pay 370 million dollars'],
  ])('%s → %s %s %s', (text, holder, predicate, topic) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => (c.party ?? c.subject) === holder && c.predicate === predicate && c.object === topic), describeClaims(claims)).toHaveLength(1);
  });

  it.each<[string, string]>([
    // A meeting still to come is not where the talks were held.
    ['Norway and the European Union ended a round of fisheries talks in Bergen on Thursday. The two sides agreed to meet again in Brussels in January.', 'Brussels'],
    // An acronym defined for lower-case words names a thing, not a side; "and said" opens a second clause.
    ['Kestrel Foods offered to open up its near-field communication (NFC) chip. The company proposed allowing developers to use NFC for free, and said it would not charge fees.', 'NFC'],
  ])('%s → nothing of %s', (text, absent) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.subject.includes(absent) || (c.predicate === 'heldIn' && c.object === absent) || c.object === 'said'), describeClaims(claims)).toEqual([]);
  });

  it.each<[string, string, string, string]>([
    // Two acronyms joined by a hyphen are one name; whose words frame the object is no part of it.
    ['SAG-AFTRA said Tuesday it had rejected what the Alliance of Film Producers called its "last, best and final offer".', 'SAG-AFTRA', 'rejects', 'last, best and final offer'],
    // "refused to agree to X" rejects X; an apposition with "one of" ends the object.
    ['The Kestrel Pilots Union met Kestrel Airlines. The union said the airline had refused to agree to a share of ticket revenue, one of its central demands.', 'Kestrel Airlines', 'rejects', 'share of ticket revenue'],
    // A contact clause after a stance noun in apposition refers to the object of the side named before the comma.
    ['Kestrel Airlines has offered to give pilots a bonus tied to ticket sales, an idea the Kestrel Pilots Union has dismissed.', 'Kestrel Pilots Union', 'rejects', 'give pilots a bonus tied to ticket sales'],
    // A condition set with "only … once", in a side's reported words.
    ['Armenia and Azerbaijan met. Azerbaijan said the treaty could only be signed once Armenia changed its constitution.', 'Azerbaijan', 'demands', 'Armenia changed its constitution'],
    // The object of the verb of a relative clause's antecedent, not the verb.
    ['The International Dockers Association met the Maritime Alliance. The alliance, which represents port operators, initially offered a 50% raise, which the International Dockers Association rejected.', 'International Dockers Association', 'rejects', '50% raise'],
  ])('%s → %s %s %s', (text, holder, predicate, topic) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => (c.party ?? c.subject) === holder && c.predicate === predicate && c.object === topic), describeClaims(claims)).toHaveLength(1);
  });

  it.each<[string, string, string, string]>([
    // A rejection refers back to what the sentence proposed before it.
    ['The VVD and D66 met. D66 offered a compromise on refugees, but the VVD rejected it.', 'VVD', 'rejects', 'compromise on refugees'],
    // A relative clause after an apposition may end in an infinitive; a kind noun may follow the name.
    ['The VVD had pushed for a cap on family reunification, a proposal the smaller Christian Union party refused to accept.', 'Christian Union', 'rejects', 'cap on family reunification'],
  ])('%s → %s %s %s', (text, holder, predicate, topic) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => (c.party ?? c.subject) === holder && c.predicate === predicate && c.object === topic), describeClaims(claims)).toHaveLength(1);
  });

  it.each<string>([
    // What a side proposes or demands that another do is not done.
    'Armenia and Azerbaijan met. Yerevan has proposed that the two countries sign the treaty first.',
    'Russia demanded that Ukraine accept neutrality.',
    // A condition set is no agreement.
    'Chile said it would only sign the deal once Peru lifted the ban.',
  ])('finds no agreement in %j', (text) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'agrees'), describeClaims(claims)).toEqual([]);
  });

  it.each<[string, string, string[]]>([
    // A judgement after "as", and a margin, are no part of what is rejected; "opposed to" rejects.
    ['The Kestrel Pilots Union and Kestrel Airlines met in Leeds. The union dismissed the pension plan as an insult.', 'rejects', ['pension plan']],
    ['The Kestrel Pilots Union and Kestrel Airlines met in Leeds. Union members voted down the contract by a wide margin.', 'rejects', ['contract']],
    ['The Kestrel Pilots Union and Kestrel Airlines met in Leeds. The airline is opposed to any pay rise above inflation.', 'rejects', ['pay rise above inflation']],
    // Who is offered something, a figure offered, a figure an offer is raised to; what a side's proposal would give.
    ['The Kestrel Pilots Union and Kestrel Airlines met in Leeds. The airline offered pilots a 12% raise over four years.', 'proposes', ['12% raise over four years']],
    ['The Kestrel Pilots Union and Kestrel Airlines met in Leeds. The union wants a 25% raise, while the airline has offered 10%.', 'proposes', ['10%']],
    ['The Kestrel Pilots Union and Kestrel Airlines met in Leeds. The union raised its offer to 18%.', 'proposes', ['offer of 18%']],
    // Figures set off after a formula are what it holds; in what capacity it was put forward is no part of it.
    ['The Kestrel Pilots Union and Kestrel Airlines met in Leeds. The mediator Ana Ruiz proposed a phased formula, $300 now and $200 next year, as a compromise of her own.', 'proposes', ['phased formula, $300 now and $200 next year']],
    // A participle clause after a comma, which the tagger may read as an adjective, describes the object.
    ['Mali and the Adrar Front met in Algiers. Mali and the Front signed a charter of principles on Saturday, mediated by Algeria.', 'agrees', ['charter of principles']],
    // Where a thing was agreed is no part of it; taking part in talks is.
    ['Mali and the Adrar Front met in Algiers. Mali and the Front agreed to a 30-day truce in talks brokered by Algeria.', 'agrees', ['30-day truce']],
    ['Mali and the Adrar Front met in Algiers. Mali agreed to take part in talks in Geneva.', 'agrees', ['take part in talks in Geneva']],
    // A figure with a unit of one quantity per another; a restriction after it is no second item.
    ['Chile and Peru met in Arica. Chile offered 20 m3/s.', 'proposes', ['20 m3/s']],
    ['Chile and Peru met in Arica. Peru offered 25 m3/s, and solely during a drought.', 'proposes', ['25 m3/s, and solely during a drought']],
    ['Chile and Peru met in Arica. Peru offered to cap any rise of port fees to 5 percent on northern routes, and solely with the approval of a board.', 'proposes', ['cap any rise of port fees to 5 percent on northern routes']],
    // The company a state's possessive qualifies makes the offer; a bidder's obligation is no agreement of the speaker.
    ["Kestrel Foods and Bayline Shipping met in London. Kestrel rejected a cash offer of 310 crowns a share from Britain's Bayline Shipping.", 'proposes', ['310 crowns a share']],
    ["Kestrel Foods and Bayline Shipping met in London. Karin Lund, Kestrel's chair, spoke. She added that any bidder would have to commit to keeping the headquarters in Oslo.", 'agrees', []],
    // A noun phrase, a side and its stance verb with no object: the side's stance on the noun phrase.
    ['The Harbour League met the Harbour Players Association. The league rejected the 51% share the association insisted on all summer.', 'demands', ['51% share']],
    ['The Kestrel Pilots Union met Kestrel Airlines. The union accepted the 4% increase the airline offered last week.', 'proposes', ['4% increase']],
    // … set off by a comma, with a phrasal verb, a noun's complements, and a time after the verb.
    ['Chile and Peru met in Lima. Chile sought the return of two fishing boats, which Peru ruled out.', 'rejects', ['return of two fishing boats']],
    ['Chile and Peru met in Lima. Lima proposed a visit of a doctor to the crews, which Chile turned down in October.', 'rejects', ['visit of a doctor to the crews']],
    ['Chile and Peru met in Lima. Peru demanded a fishing ban, which Chile rejected throughout the talks.', 'rejects', ['fishing ban']],
    // What a clause after ", which" rejects is the topic read last, however long its phrase.
    ['Chile and Peru met in Lima. Lima also sought the unfreezing of 25 million dollars held by a Chilean bank, which Chilean negotiators ruled out.', 'rejects', ['unfreezing of 25 million dollars held by a Chilean bank']],
    // The preposition opening the sentence governs the antecedent; it is no part of what is turned down.
    ['Chile and Peru met in Lima. Even without a cap on catches, which Peru has ruled out, a deal is possible.', 'rejects', ['cap on catches']],
    ['Chile and Peru met in Lima. Without a cap on catches, which Peru has ruled out, no deal is possible.', 'rejects', ['cap on catches']],
    ['Chile and Peru met in Lima. Chile had proposed a visit by Chilean engineers, which Peru turned down in May.', 'rejects', ['visit by Chilean engineers']],
    // The owner of a revised offer, past the participle; two companies joined by "and", the first with a legal form.
    ["Halvorsen AG and Veldhuis Groep met in Rotterdam. Halvorsen AG's revised offer of EUR 41.20 a share was rejected.", 'proposes', ['EUR 41.20 a share']],
    ['Halvorsen AG and Veldhuis Groep met in Rotterdam. Halvorsen, the Hamburg-based discounter, has offered a two-year pledge on wages.', 'proposes', ['two-year pledge on wages']],
    // An apposition with commas of its own, up to the comma before the verb.
    ['Halvorsen AG and Veldhuis Groep met in Rotterdam. Halvorsen, the discounter that runs 3,000 stores in Chile, Peru and Bolivia, has offered a two-year pledge on wages.', 'proposes', ['two-year pledge on wages']],
    // A time between the verb and its object, a time of day after a weekday; an aside between an offer and its verb.
    ['Chile and Peru met in Lima. Chile refused throughout the talks to lift any tariff.', 'rejects', ['lift any tariff']],
    ['Chile and Peru met in Lima. Peru made an offer on Tuesday. Chile turned down the offer on Wednesday afternoon.', 'rejects', ['offer']],
    ["Chile and Peru met in Lima. Peru's latest offer, tabled on Tuesday, included a 20% quota and a joint patrol.", 'proposes', ['20% quota', 'joint patrol']],
    // A time alone is no object; a comment after a comma ends the term; a settlement still to be ratified is none yet.
    ['Chile and Peru met in Lima. Peru had insisted on it all summer.', 'demands', []],
    ['Chile and Peru met in Lima. Under the deal, fishing will stop for two years, something Peru had called its red line.', 'agrees', ['fishing will stop for two years']],
    ['Chile and Peru met in Lima. The fisheries agreement still has to be ratified by both parliaments.', 'agrees', []],
    // A verb of any form after ", and" opens a second predicate, no second item of the proposal.
    ["Chile and Peru met in Lima. Peru rejected Chile's proposal for a 40% quota cut, and put forward a counter-offer that would cut it by 18%.", 'proposes', ['40% quota cut', 'counter-offer that would cut it by 18%']],
    ['The Kestrel Pilots Union and Kestrel Airlines met in Leeds. The airline improved its pay offer to 6% from 4% on Monday.', 'proposes', ['pay offer of 6%']],
    ['The Kestrel Pilots Union and Kestrel Airlines met in Leeds. The airline did not raise its offer to 8%.', 'proposes', []],
    // The company an offer is for, a headline's verb read as a noun and its dash; a second clause after ", and".
    ['Bayline Shipping met Kestrel Foods in Leeds. Bayline Shipping has increased its offer for Kestrel Foods to 362 crowns per share in cash, and the board of Kestrel has decided to recommend it.', 'proposes', ['offer of 362 crowns per share in cash']],
    ['Bayline raises offer for Kestrel to 362 crowns - board now recommends\nBayline Shipping met Kestrel Foods in Leeds.', 'proposes', ['offer of 362 crowns']],
    ["The Kestrel Pilots Union and Kestrel Airlines met in Leeds. Under the union's proposal, pilots would get a 20% raise.", 'proposes', ['pilots would get a 20% raise']],
    // A mediation noun as the object of another verb names no mediator.
    ['The Kestrel Pilots Union and Kestrel Airlines met in Leeds. The airline suggested binding arbitration.', 'mediates', []],
    // A lower-case name opening a sentence with its capital; "at least" opens a figure, not a place.
    ['Chile and Peru met in Lima. Developing countries demanded at least $1 trillion a year in climate finance.', 'demands', ['at least $1 trillion a year in climate finance']],
    // Pushing back against a plan rejects it and calls for nothing; a judgement after "as" is no part of it.
    ['Chile and Peru met in Lima. Chile pushed back against the Peruvian plan for a joint patrol.', 'rejects', ['Peruvian plan for a joint patrol']],
    ['Chile and Peru met in Lima. Chile rejected the draft treaty as inadequate.', 'rejects', ['draft treaty']],
    // A headline writes "and" as a comma.
    ['Chile, Peru agree to extend fishing truce\n\nChile and Peru met in Lima on Monday.', 'agrees', ['extend fishing truce']],
    // After "and", a noun of action with its complement is a second item.
    ["Chile and Peru met in Lima. Peru's demands include a 200-mile zone and compensation for past losses.", 'demands', ['200-mile zone', 'compensation for past losses']],
    // …but two nouns sharing their article and complement are one item.
    ['Chile and Peru met in Lima. Peru has demanded a binding agreement on the filling and operation of the dam.', 'demands', ['binding agreement on the filling and operation of the dam']],
    // What a side's clause says its subject will not budge on, a reporter does not hold.
    ['Chile and Peru met in Lima. Chilean negotiator Ana Ruiz said the ministry would not budge on the quota.', 'demands', []],
    // A pronoun with what is to be done to it names no topic of its own.
    ['Chile and Peru met in Lima. Chile insists on keeping the patrol zone, while Peru wants it scrapped.', 'demands', ['keeping the patrol zone']],
    // A deal reached, in the active or the passive; not one sought.
    ['Chile and Peru met in Lima. Chile and Peru reached a deal on fishing quotas.', 'agrees', ['fishing quotas']],
    ['Chile and Peru met in Lima. A deal was reached on the quota after 14 hours of talks.', 'agrees', ['quota']],
    ['Chile and Peru met in Lima. Chile and Peru are seeking a deal on fishing quotas.', 'agrees', []],
    // What a deal says after "under which"; a time after the particle is no object.
    ['Chile and Peru met in Lima. Chile and Peru reached a deal under which Chile will cut its catch by 15%.', 'agrees', ['Chile will cut its catch by 15%']],
    ['Chile and Peru met in Lima. Chile and Peru reached a tentative agreement on Sunday that includes a 6% raise.', 'agrees', ['6% raise', 'tentative agreement']],
    // "late Thursday" closes an object as "on Thursday" does; a region is no state its name holds.
    ['The dockers and the Maritime Alliance met. The International Dockers Association and the Maritime Alliance reached a tentative agreement on wages late Thursday.', 'agrees', ['wages']],
    ['The United Kingdom and the European Union struck a deal. The agreement creates a green lane for goods destined for Northern Ireland.', 'agrees', ['deal between United Kingdom and European Union', 'green lane for goods destined for Northern Ireland']],
    // A verb the tagger took for a noun.
    ['Chile and Peru met in Lima. The deal sets quotas for anchovy and sardine catches.', 'agrees', ['quotas for anchovy and sardine catches']],
    // A stance a side let go of was its stance until then (with less confidence, see the test below).
    ['Chile and Peru met in Lima. Chile dropped its demand for a joint patrol.', 'demands', ['joint patrol']],
    // What a side will not budge on, it holds.
    ["Chile and Peru met in Lima. Peru won't budge on the 200-mile zone.", 'demands', ['200-mile zone']],
    ['Chile and Peru met in Lima. Peru refused to budge on the quota.', 'rejects', []],
    // Walking away from the table rejects no topic.
    ['Chile and Peru met in Lima. Peru walked away from the table over the quota dispute.', 'rejects', []],
    // A reservation before the particle, and a time before what a stance noun says.
    ['Chile and Peru met in Lima. Chile and Peru agreed in principle to a three-year truce on quotas.', 'agrees', ['three-year truce on quotas']],
    ['Chile and Peru met in Lima. Chile tabled a counterproposal on Tuesday that would cap catches at 2019 levels.', 'proposes', ['cap catches at 2019 levels', 'counterproposal that would cap catches at 2019 levels']],
  ])('%s → %s %j', (text, predicate, topics) => {
    const claims = readClaims(text);
    expect([...new Set(claims.filter((c) => c.predicate === predicate).map((c) => c.object))], describeClaims(claims)).toEqual(topics);
  });

  it('leads the delegation of a company whose talks a person led', () => {
    const claims = readClaims('Mali and Kestrel Foods reached a deal. Kestrel Foods chief executive Ana Ruiz, who led the company\'s talks with the junta, welcomed it.');
    expect(claims.filter((c) => c.predicate === 'leads').map((c) => [c.subject, c.object]), describeClaims(claims)).toEqual([['Ana Ruiz', 'Kestrel Foods delegation']]);
  });

  it('leads no pair of sides', () => {
    const claims = readClaims('Chile and Peru met in Lima. Negotiators for the two sides, led by Ana Ruiz and Tomas Vidal, worked through the night.');
    expect(claims.filter((c) => c.predicate === 'leads'), describeClaims(claims)).toEqual([]);
  });
});

describe('terms stated after the deal', () => {
  const DEAL = 'Chile and Peru reached an agreement on fishing quotas on Sunday. ';
  it.each<[string, string[]]>([
    // What will be, said of no side, a sentence or two after both sides reached a deal, is one of its terms.
    [DEAL + 'The new quotas will take effect in March. The anchovy quota will fall by 12% over two years.', ['anchovy quota will fall by 12% over two years', 'fishing quotas']],
    // A short heading before a colon.
    [DEAL + 'The big change: trawlers will carry observers on every trip.', ['fishing quotas', 'trawlers will carry observers on every trip']],
    // What a side will do is a term too, named with who does it.
    [DEAL + 'Peru will reopen two ports to Chilean boats.', ['Peru will reopen two ports to Chilean boats', 'fishing quotas']],
    // A side that only qualifies the subject, a parenthesis inside a word, and a noun the tagger read as a verb.
    [DEAL + "Chile's contribution to fishers' 401(k) accounts will rise to 16% of pay.", ["Chile's contribution to fishers' 401(k) accounts will rise to 16% of pay", 'fishing quotas']],
    // What a third party will do is a term of both sides.
    [DEAL + 'The World Bank will host the fund for four years.', ['World Bank will host the fund for four years', 'fishing quotas']],
    // A term in the present, as translated news states them; a stance verb in the present is no term.
    [DEAL + 'Peru lifts the landing ban for Chilean vessels.', ['Peru lifts the landing ban for Chilean vessels', 'fishing quotas']],
    [DEAL + 'Peru says the deal is fair.', ['fishing quotas']],
    // Terms listed in the present, said of no side, past a reader's question and a heading; how things stand is no term.
    [DEAL + 'So what did they get? Money first. Quotas rise 5% a year. The minimum catch goes up 20%. The closed season stays.', ['Quotas rise 5% a year', 'closed season stays', 'fishing quotas', 'minimum catch goes up 20%']],
    [DEAL + 'But implementation remains a question mark.', ['fishing quotas']],
    // What the deal sets, gives or funds, with an adjective before the deal's noun.
    [DEAL + 'The final agreement sets a 12% cut in the anchovy quota and gives Peru an option to buy 8% of the fleet.', ['12% cut in the anchovy quota', 'fishing quotas', 'option to buy 8% of the fleet']],
    [DEAL + 'The agreement funds 20 fishery inspectors.', ['20 fishery inspectors', 'fishing quotas']],
    // An aside between the deal and its verb.
    [DEAL + 'The deal, initialled in Lima after a fifth round, allows Peruvian boats to catch up to 25,000 tonnes of anchovy.', ['Peruvian boats to catch up to 25,000 tonnes of anchovy', 'fishing quotas']],
    // A second object of the verb of a term under the deal is a term of its own.
    [DEAL + 'Under the agreement, Peru will receive a 12% share of the anchovy quota and an option to buy 8% of the fleet.', ['Peru will receive a 12% share of the anchovy quota', 'fishing quotas', 'option to buy 8% of the fleet']],
    // A term in the present whose verb the tagger reads as a noun before a figure.
    [DEAL + 'The monthly fuel allowance rises to 1,400 pesos.', ['fishing quotas', 'monthly fuel allowance rises to 1,400 pesos']],
    // A relative clause in the subject of a term; sides that only qualify its subject.
    [DEAL + 'All 120 boats that have been waiting since May will be licensed by April.', ['All 120 boats that have been waiting since May will be licensed by April', 'fishing quotas']],
    [DEAL + 'A joint committee of Chile and Peru will review the quotas every year.', ['fishing quotas', 'joint committee of Chile and Peru will review the quotas every year']],
    // A term of what can or cannot be; what the deal says; what the text of the deal commits a side to.
    [DEAL + 'Under the agreement, trawlers cannot fish within 12 miles of the coast.', ['fishing quotas', 'trawlers cannot fish within 12 miles of the coast']],
    [DEAL + 'The deal says the two sides will meet twice a year.', ['fishing quotas', 'two sides will meet twice a year']],
    [DEAL + 'The communique also commits Peru to cut the export levy.', ['Peru to cut the export levy', 'fishing quotas']],
    // A term under the agreement without a comma, in the present; each side's part after "In return".
    [DEAL + 'According to the agreement Peru gets 12% of the anchovy quota.', ['Peru gets 12% of the anchovy quota', 'fishing quotas']],
    [DEAL + 'In return Peru removes the duty on Chilean fish feed, and Chile lifts the landing ban for Peruvian boats.', ['Chile lifts the landing ban for Peruvian boats', 'Peru removes the duty on Chilean fish feed', 'fishing quotas']],
    // The process of the talks, a quotation, and what comes long after are no terms.
    [DEAL + 'Talks will resume in May. Members will vote on the deal next week. Chile will sign it on Friday.', ['fishing quotas']],
    // "Under the terms," opens the terms; it is no part of them.
    [DEAL + 'Under the terms, trawlers will stay 20 miles offshore.', ['fishing quotas', 'trawlers will stay 20 miles offshore']],
    [DEAL + 'Talks are set to resume in May. The ratification vote is expected by Friday.', ['fishing quotas']],
    [DEAL + 'Ana Ruiz said: "Prices will rise."', ['fishing quotas']],
    [DEAL + 'Boats will work through the weekend to clear the backlog, Chile said.', ['fishing quotas']],
    [DEAL + 'The fleet was idle. Ports were shut. Boats were sold. The anchovy quota will fall by 12%.', ['fishing quotas']],
  ])('%s → %j', (text, topics) => {
    const claims = readClaims(text);
    expect([...new Set(claims.filter((c) => c.predicate === 'agrees').map((c) => c.object))].sort(), describeClaims(claims)).toEqual(topics);
  });

  it('reads no verb in a word after a possessive', () => {
    const claims = readClaims(DEAL + 'Chile guaranteed that at least 70% of its block hours will go to Peruvian crews.');
    expect(claims.filter((c) => c.predicate === 'rejects'), describeClaims(claims)).toEqual([]);
  });

  it('reads a deal reached with a time before its noun, and "this" accepted as what was proposed before', () => {
    const claims = readClaims('Chile and Peru reached yesterday evening agreement on the anchovy quota. Chile proposed a review after three years. Both sides accepted this.');
    const agreed = (party: string) => claims.filter((c) => c.predicate === 'agrees' && (c.party ?? c.subject) === party).map((c) => c.object).sort();
    expect(agreed('Peru'), describeClaims(claims)).toEqual(['anchovy quota', 'review after three years']);
  });

  it.each<[string, string]>([
    ['Kestrel Telecom and Bayline Mobile met the regulator in London. The takeover was cleared after the two companies agreed to sell spectrum to a rival.', 'sell spectrum to a rival'],
    ['Kestrel Telecom and Bayline Mobile met in London. The two sides have finally settled on an 18 per cent increase.', '18 per cent increase'],
  ])('reads "the two companies" and "settled on" as both sides agreeing: %s', (text, topic) => {
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'agrees' && c.object === topic).map((c) => c.party ?? c.subject).sort(), describeClaims(claims)).toEqual(['Bayline Mobile', 'Kestrel Telecom']);
  });

  it('reads a plenary of many states as the two sides', () => {
    const claims = readClaims('Chile and Peru met in Lima with other coastal states. After two weeks, nearly 40 nations agreed that anchovy quotas will fall by 10%.');
    expect(claims.filter((c) => c.predicate === 'agrees').map((c) => c.party ?? c.subject).sort(), describeClaims(claims)).toEqual(['Chile', 'Peru']);
  });

  it("credits both sides with one side's part of the deal", () => {
    const claims = readClaims(DEAL + 'Peru will reopen two ports to Chilean boats.');
    expect(claims.filter((c) => c.object === 'Peru will reopen two ports to Chilean boats').map((c) => c.party ?? c.subject).sort()).toEqual(['Chile', 'Peru']);
  });
});

describe('what a side will never do', () => {
  it.each<[string, string, string[]]>([
    ['Mali and the Adrar Front met in Algiers. The government would never pay ransom, the minister said.', 'rejects', ['pay ransom']],
    ['Mali and the Adrar Front met in Algiers. Mali will never negotiate with foreign fighters.', 'rejects', ['negotiate with foreign fighters']],
    // Never giving something up holds on to it; a negated stance verb is read by its own rule, once.
    ['Mali and the Adrar Front met in Algiers. Mali said it would never give up the northern bases.', 'rejects', []],
    ['Mali and the Adrar Front met in Algiers. The Adrar Front would never accept the plan.', 'rejects', ['plan']],
    // A verb with no object is no act turned down.
    ['Mali and the Adrar Front met in Algiers. Observers feared it would never materialise.', 'rejects', []],
    // "do" with a place or a time stands for a step named before, which it does not name.
    ['Mali and the Adrar Front met in Algiers. Mali kept its troops in the barracks, as it had pledged to do at the Algiers round.', 'agrees', []],
    // What the sides agree one of them will not do is a term agreed; what a side pledges not to do it turns down.
    ['Mali and the Adrar Front met in Algiers. The two sides agreed on Monday that Mali would not fly drones over the north.', 'rejects', []],
    ['Mali and the Adrar Front met in Algiers. The two sides agreed on Monday that Mali would not fly drones over the north.', 'agrees', ['Mali would not fly drones over the north']],
    ['Mali and the Adrar Front met in Algiers. Mali pledged that it would not fly drones over the north.', 'rejects', ['fly drones over the north']],
    // A condition after "provided" is no part of what a side is open to.
    ['The Harbour Workers Union and Bayline Shipping met in Arica. Union president Tom Berg says he is open to a pilot scheme, provided no one is laid off.', 'proposes', ['pilot scheme']],
    // What is accepted ends before the condition set on it; a reporter's terms, or a question asked, set no condition.
    ['Mali and the Adrar Front met in Algiers. Mali accepted the pilot scheme on the condition that the Front pays the fees.', 'agrees', ['pilot scheme']],
    ['Mali and the Adrar Front met in Algiers. Mali agreed on the condition that the Front pays the fees.', 'agrees', []],
    ['Mali and the Adrar Front met in Algiers. A Malian official spoke on condition of anonymity. Mali asked a question about the fees.', 'demands', []],
    // Terms told in running text after a deal end with its paragraph: the next one may be background.
    ["Chile and Peru signed a fisheries deal on Friday. Under the deal, Peru will get a larger quota. The quota will be reviewed every year.\n\nPeru's waters cover 800,000 square kilometres of ocean.", 'agrees', ['fisheries deal', 'Peru will get a larger quota', 'quota will be reviewed every year']],
    // What one side's proposal holds is no term both agreed.
    ['Chile and Peru signed a fisheries deal on Friday. Chile has offered a fund of 40 million dollars. In return, the Chilean proposal provides fishing rights for 12 trawlers.', 'agrees', ['fisheries deal']],
    // What a count or a placeholder before a colon stands for is what follows it; who is there belongs to the item before;
    // "both" opens a clause of its own.
    ['The Harbour Teachers Union and the Kestrel School District met on Tuesday. On Wednesday night both camps agreed on one matter: they will reconvene on Friday at noon, with the state mediator present, and both have agreed to keep the details private until then.', 'agrees', ['reconvene on Friday at noon', 'keep the details private until then']],
    ['The Harbour Metalworkers Union and Kestrel Motors met on Tuesday. Kestrel wants to shut its depot in Tarvo, with 1,200 staff, by late 2026, and to drop another 300 posts by 2029.', 'demands', ['shut its depot in Tarvo', 'drop another 300 posts by 2029']],
    // A bare text the sides sign off on names nothing agreed; a side that shows all of its cards offers nothing named.
    ['The Reef Alliance and the EU met in Lima. The Reef Alliance and the EU signed off on the final text at dawn.', 'agrees', []],
    ['Chile and Peru met in Lima. Peru finally put all of its cards on the table on Monday.', 'proposes', []],
    // After the people a verb of saying is told to, "that" opens what it says, no relative clause on them.
    ['Chile and Peru met in Lima. Ruiz told journalists that Chile wanted "a clear, binding timetable" before any vote.', 'demands', ['a clear, binding timetable before any vote']],
    // "Govt" in a headline is the government at the table; a headline writes "and" between clauses as a comma.
    ['Port land dispute: Govt accepts fresh survey, villagers stick to their demand\n\nNAGPUR: Villagers of the Gram Vikas Samiti and the Maharashtra government met on Monday. The villagers demanded higher compensation.', 'agrees', ['fresh survey']],
    // A step held back until a thing is done, named with "a", sets that thing as a condition.
    ['The Harbour Carriers Union and the transport ministry met in Lima. The union says it will not lift its pickets until a signed pledge has been delivered by the minister in person.', 'demands', ['signed pledge has been delivered by the minister in person']],
    // The side a deal is signed with, before the deal, is no part of it.
    ['The Harbour Seafarers Union and the Coastal Shipowners Union met in Piraeus. On Monday the Harbour Seafarers Union signed with the Coastal Shipowners Union (CSU) the new wage agreement covering ferry crews.', 'agrees', ['new wage agreement covering ferry crews']],
    // A text that still has to be signed is agreed by no one yet.
    ['Chile and Peru concluded talks on a fisheries deal on Friday. The new protocol will need to be signed by the two governments.', 'agrees', []],
  ])('%s → %s %j', (text, predicate, topics) => {
    const claims = readClaims(text);
    expect([...new Set(claims.filter((c) => c.predicate === predicate).map((c) => c.object))], describeClaims(claims)).toEqual(topics);
  });
});

describe('people named after a side in the possessive', () => {
  const TEXT =
    'The Reef Alliance and the European Union met in Lima. The Alliance demanded grants. The EU rejected a levy. The co-facilitators, Chile\'s Ana Ruiz and Sweden\'s Tomas Berg, have proposed a review of the fund every three years.';

  it('reads each of a list of people so named as the office before them, of the side whose possessive stands before each', () => {
    const claims = readClaims(TEXT);
    const of = (predicate: string) => claims.filter((c) => c.predicate === predicate).map((c) => `${c.subject} (${c.party}) ${c.object}`).sort();
    expect(of('proposes'), describeClaims(claims)).toEqual(['Ana Ruiz (Chile) review of the fund every three years', 'Tomas Berg (Sweden) review of the fund every three years']);
    expect(of('role'), describeClaims(claims)).toEqual(['Ana Ruiz (Chile) co-facilitator', 'Tomas Berg (Sweden) co-facilitator']);
    expect(of('mediates').map((line) => line.split(' (')[0]), describeClaims(claims)).toEqual(['Ana Ruiz', 'Tomas Berg']);
  });

  it.each([
    ["Chile's Ana Ruiz and Peru's Tomas Berg signed the accord.", 'Ana Ruiz', 'Chile'],
    ["Talks resumed in Lima's Barranco District. Ana Ruiz said so.", 'Barranco District', undefined],
    ["The hostages landed at Quito's Mariscal Sucre airport. Ana Ruiz said so.", 'Mariscal Sucre', undefined],
  ])('%s → %s of %s', (text, name, party) => {
    const article = articleFromText(`${text}\n`, 'test.txt');
    const mention = annotateArticle(article).flatMap((s) => s.mentions).find((m) => m.canonical === name);
    expect(mention?.party).toBe(party);
  });

  it('gives a person in apposition to a side\'s office in the possessive that side, not the state the office is held in', () => {
    const text = "The Harbour Tenants Union met the landlord Kestrel Homes in Lima. Rosa Tello, the company's head of sales in Peru, said a rent freeze would not happen.";
    const article = articleFromText(`${text}\n`, 'test.txt');
    const person = annotateArticle(article).flatMap((s) => s.mentions).find((m) => m.canonical === 'Rosa Tello');
    expect(person?.party).toBe('Kestrel Homes');
  });

  it('counts no capital that qualifies what follows it as a side of the talks', () => {
    const claims = readClaims('Marlin Interactive and the Kestrel Workers Union met in Krakow. Marlin Interactive, a Warsaw-listed firm, owns the studio. A fund manager at a Warsaw bank said the Warsaw market was calm. Both camps agreed to hold another session on Friday.');
    expect(claims.filter((c) => c.predicate === 'agrees').map((c) => c.party ?? c.subject).sort(), describeClaims(claims)).toEqual(['Kestrel Workers Union', 'Marlin Interactive']);
  });

  it('reads "the Europeans" as the one European bloc among the two main sides, and as Europe where none is', () => {
    const held = (text: string) => readClaims(text).filter((c) => c.predicate === 'demands' || c.predicate === 'rejects').map((c) => `${c.party ?? c.subject} ${c.predicate} ${c.object}`);
    expect(held('Iran and the E3 met in Geneva. The E3 demanded access for inspectors. Iran rejected the demand. The Europeans also want Iran to declare its stockpile.')).toContain('E3 demands Iran to declare its stockpile');
    expect(held('Chile and Peru met in Lima. Chile demanded a quota. European leaders rejected the demand.')).toContain('Europe rejects quota');
  });

  it('reads "Govt" in a headline as the government at the table, no side of its own', () => {
    const claims = readClaims('Port land dispute: Govt accepts fresh survey, villagers stick to their demand\n\nNAGPUR: Villagers of the Gram Vikas Samiti and the Maharashtra government met on Monday. The villagers demanded higher compensation.');
    expect(claims.filter((c) => c.predicate === 'agrees').map((c) => c.party ?? c.subject), describeClaims(claims)).toEqual(['Maharashtra']);
  });

  it('counts a side in the possessive once, not again for the person it owns, when it ranks the sides', () => {
    const text =
      "Iran and the E3 met in Geneva for two days. The E3 demanded full access for inspectors. Iran rejected the demand, and Iran said so twice. The three European teams were led by France's Anne Roux, Germany's Karl Vogt and Britain's Tom Lyle. France hosted a dinner, and France paid for it. At the end both camps agreed to talk again in September.";
    const claims = readClaims(text);
    expect(claims.filter((c) => c.predicate === 'agrees').map((c) => c.party ?? c.subject).sort(), describeClaims(claims)).toEqual(['E3', 'Iran']);
  });
});
