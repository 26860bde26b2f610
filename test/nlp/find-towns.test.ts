import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/ingest/index.js';
import { findTowns } from '../../src/nlp/find-towns.js';
import { tokenize } from '../../src/nlp/tokenize.js';
import { worldKnowledge } from '../../src/nlp/world-knowledge.js';

function townsOf(text: string): [string, string | undefined][] {
  const article = articleFromText(`${text}\n`, 'test.txt');
  return findTowns(
    article.sentences.map((s) => tokenize(s.text, s.start)),
    worldKnowledge(),
  ).map(([name, known]) => [name, known.kind === 'place' ? known.party : undefined]);
}

describe('findTowns', () => {
  it.each<[string, [string, string][]]>([
    // A dateline in capitals, and a town placed in a region or a state.
    ['CARROW FALLS, Ohio, March 4 - Nurses at Kestrel Health issued a strike notice.', [['Carrow Falls', 'United States']]],
    ['Most sessions were held in Sturgeon Lake, Ontario, with several rounds in Thunder Bay, Ontario.', [['Sturgeon Lake', 'Canada'], ['Thunder Bay', 'Canada']]],
    ['The talks moved to Port Avery, Canada.', [['Port Avery', 'Canada']]],
    // A town of the city list too small to be known everywhere, where the text shows a place: after "in", before a
    // venue's noun, as the dateline.
    ['The two sides met at the Harbourside Inn in Kamloops on Sunday.', [['Kamloops', 'Canada']]],
    ['Talks collapsed on Thursday at a Nanaimo hotel.', [['Nanaimo', 'Canada']]],
    ['WHITEHORSE — Teachers could strike on Monday.', [['Whitehorse', 'Canada']]],
  ])('%s → %j', (text, towns) => {
    expect(townsOf(text)).toEqual(towns);
  });

  it.each<[string, string]>([
    // A town no list knows, where the text says people met in it or a venue stands in it.
    ['The talks are being held in Corvale.', 'Corvale'],
    ['The two sides met in Varden Bay on Monday.', 'Varden Bay'],
    ['Delegates gathered at the Halvor mosque in Corvale for a third day.', 'Corvale'],
    ['The delegations meet at the Hotel Costa Bayline in Arica City.', 'Arica City'],
    // A time may stand between the word of meeting and "in".
    ['Talks resumed this week in Corvale.', 'Corvale'],
    ['The two sides met on Monday in Corvale.', 'Corvale'],
    // So may the offices of a body the talks were held at.
    ['The sides met in the headquarters of the mediation body Arbo in Corvale.', 'Corvale'],
  ])('%s → %s, of no known state', (text, town) => {
    expect(townsOf(text)).toEqual([[town, undefined]]);
  });

  it.each<[string]>([
    // A possessive, a region that goes on as a name, a list of sides, a surname given with its first name.
    ["Kestrel Foods, Canada's largest dairy, rejected the offer."],
    ['The bill was backed by Tom Avery, Ohio Democrat.'],
    ['Ana Ruiz spoke first. According to Ruiz, Chile and Peru agreed.'],
    // The same town's name anywhere else is a word or a name.
    ['Kamloops said the offer was fair.'],
    ['Vladimir Petrov left. According to Petrov, Russia wants more time.'],
    // After a word of meeting: a month, a language, a body.
    ['The talks were held in January.'],
    ['The talks were held in Spanish.'],
    ['The sides met in Parliament on Monday.'],
    // A venue's name after "in" is no town.
    ['The students met in Halvor Hall on Monday.'],
  ])('%s → no town', (text) => {
    expect(townsOf(text)).toEqual([]);
  });
});
