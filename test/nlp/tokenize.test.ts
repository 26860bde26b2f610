// tokenize runs wink-nlp's part-of-speech pass alone: it must read every token, tag and lemma as wink's whole pipeline does.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/ingest/index.js';
import { tokenize, tokenizeSentences } from '../../src/nlp/tokenize.js';
import { SEEDS_DIR } from '../helpers/repo-paths.js';

const whole = winkNLP(model);
const its = whole.its;

/** Tokens, tags and lemmas of `text` from wink's whole pipeline (sentences, entities, negation, sentiment, tags). */
function wholePipeline(text: string): { text: string; pos: string; lemma: string }[] {
  const tokens = whole.readDoc(text).tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  // The typings omit the model add-ons that its.lemma reads; the lite model ships them.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  return values.map((value, i) => ({ text: value, pos: tags[i]!, lemma: lemmas[i]! }));
}

describe('tokenize', () => {
  it('leaves out the comma a translation sets between a verb of a stance and its clause, not one before "that is"', () => {
    expect(tokenize('The parties agreed, that the cabinet will have nine members.', 0).map((t) => t.text)).not.toContain(',');
    expect(tokenize('He said, that is, nothing.', 0).filter((t) => t.text === ',')).toHaveLength(2);
  });

  it('reads a sum written after its currency\'s letters, with thousands\' commas and decimals, as one figure', () => {
    expect(tokenize('labour asked for N1,250,000 and the firm for R2,500.50 each', 0).filter((t) => t.pos === 'NUM').map((t) => t.text)).toEqual(['N1,250,000', 'R2,500.50']);
  });

  it('reads two figures an en dash joins with no space as one figure ("2025–26"), not figures a spaced dash sets apart', () => {
    expect(tokenize('a bonus in the 2026–27 budget year', 0).map((t) => [t.text, t.pos]).filter(([, pos]) => pos === 'NUM')).toEqual([['2026–27', 'NUM']]);
    expect(tokenize('it rose 4 – 5 percent', 0).filter((t) => t.pos === 'NUM').map((t) => t.text)).toEqual(['4', '5']);
  });

  it('reads a title of rank that wink splits at its stop, before a name, as one word ("Ing.", "Dott.ssa"), not a word ending a sentence', () => {
    expect(tokenize('Headed by Ing. Ana Ruiz and Dott.ssa Rosa Neri, with Mr. Tom Hale.', 0).map((t) => t.text)).toEqual(['Headed', 'by', 'Ing.', 'Ana', 'Ruiz', 'and', 'Dott.ssa', 'Rosa', 'Neri', ',', 'with', 'Mr.', 'Tom', 'Hale', '.']);
    expect(tokenize('They met at the ing. Then they left.', 0).map((t) => t.text)).toContain('ing');
  });

  it('splits initials from a word in lower case a hyphen joins them to ("UN-brokered"), as wink splits "US-brokered"', () => {
    const tokens = tokenize('The UN-brokered truce held.', 4);
    expect(tokens.slice(0, 5).map((t) => [t.text, t.start, t.end])).toEqual([['The', 4, 7], ['UN', 8, 10], ['-', 10, 11], ['brokered', 11, 19], ['truce', 20, 25]]);
  });

  it('reads a word in capitals as one token where wink splits it ("IAM" as "I AM")', () => {
    expect(tokenize('IAM 751 said I AM here.', 0).map((t) => [t.text, t.pos])).toEqual([
      ['IAM', 'PROPN'], ['751', 'NUM'], ['said', 'VERB'], ['I', 'PRON'], ['AM', 'AUX'], ['here', 'ADV'], ['.', 'PUNCT'],
    ]);
  });

  it('splits the sentence\'s last period from the unit glued to a figure ("EUR 45m."), not from an abbreviation', () => {
    expect(tokenize('Kestrel offered EUR 30m.', 0).slice(-2).map((t) => t.text)).toEqual(['m', '.']);
    expect(tokenize('Sanctions were imposed by the U.S.', 0).at(-1)!.text).toBe('U.S.');
  });

  it('splits the sentence\'s last period from a figure wink keeps it with ("6am.")', () => {
    const tokens = tokenize('Fishing is banned before 6am.', 10);
    expect(tokens.slice(-2).map((t) => [t.text, t.pos, t.start, t.end])).toEqual([['6am', 'SYM', 35, 38], ['.', 'PUNCT', 38, 39]]);
  });

  it('reads a unit of one quantity per another after a figure ("25 m3/s", "80 km/h.") as one word, without the last period', () => {
    expect(tokenize('Peru offered 25 m3/s, the minister said.', 0).map((t) => [t.text, t.pos]).slice(2, 5)).toEqual([['25', 'NUM'], ['m3/s', 'NOUN'], [',', 'PUNCT']]);
    const tokens = tokenize('Trucks may drive at 80 km/h.', 4);
    expect(tokens.slice(-3).map((t) => [t.text, t.pos, t.start, t.end])).toEqual([['80', 'NUM', 24, 26], ['km/h', 'NOUN', 27, 31], ['.', 'PUNCT', 31, 32]]);
    expect(tokenize('The river and/or the canal.', 0).map((t) => t.text)).toContain('/');
  });

  it('splits the sentence\'s last period from a particle wink reads as an abbreviation ("step in.")', () => {
    const tokens = tokenize('Both sides asked the board to step in.', 0);
    expect(tokens.slice(-2).map((t) => [t.text, t.pos])).toEqual([['in', 'ADP'], ['.', 'PUNCT']]);
  });

  it('reads a word with letters past Latin-1 as one token where wink splits it ("Wi ś niewska")', () => {
    const tokens = tokenize('Marta Wiśniewska met Ahmet Davutoğlu in Łódź.', 0);
    expect(tokens.map((t) => [t.text, t.pos])).toEqual([
      ['Marta', 'PROPN'], ['Wiśniewska', 'PROPN'], ['met', 'VERB'], ['Ahmet', 'PROPN'], ['Davutoğlu', 'PROPN'], ['in', 'ADP'], ['Łódź', 'PROPN'], ['.', 'PUNCT'],
    ]);
    expect(tokens[1]).toMatchObject({ start: 6, end: 16 });
  });

  it('reads the tokens, tags and lemmas of every sample sentence as the whole wink pipeline does', () => {
    const files = readdirSync(SEEDS_DIR).filter((file) => file.endsWith('.txt'));
    const sentences = files.flatMap((file) => articleFromText(readFileSync(join(SEEDS_DIR, file), 'utf8'), file).sentences.map((s) => s.text));
    expect(sentences.length).toBeGreaterThan(100);
    for (const sentence of sentences) {
      expect(tokenize(sentence, 0).map(({ text, pos, lemma }) => ({ text, pos, lemma })), sentence).toEqual(wholePipeline(sentence));
    }
  });

  it.each([
    ['a date and a number', 'On May 3, 2024, the two sides agreed to release 1,200 prisoners.'],
    ['a negation', "Iran will not accept any deal that doesn't lift the sanctions."],
    ['two sentences', 'Talks ended. The union rejected the offer, and the company walked out!'],
    ['an address and a tag', 'Write to talks@example.org or follow #ceasefire at 10:30 p.m. on 12/05/2024.'],
  ])('reads %s as the whole wink pipeline does', (_name, text) => {
    expect(tokenize(text, 0).map(({ text, pos, lemma }) => ({ text, pos, lemma }))).toEqual(wholePipeline(text));
  });

  it('reads a possessive the same whatever it read before: wink, left alone, learns one kept whole before a comma', () => {
    const words = (text: string): string[] => tokenize(text, 0).map((t) => t.text);
    expect(words('Ask Varden’s staff, not Halvorsen’s, about it.')).toEqual(['Ask', 'Varden', '’s', 'staff', ',', 'not', 'Halvorsen', '’s', ',', 'about', 'it', '.']);
    expect(words('Halvorsen’s offer was rejected.')).toEqual(['Halvorsen', '’s', 'offer', 'was', 'rejected', '.']);
    // The space set between them for wink moves no offset.
    const text = 'Ask Varden’s staff, not Halvorsen’s.';
    for (const t of tokenize(text, 10)) expect(text.slice(t.start - 10, t.end - 10)).toBe(t.text);
  });

  it.each([
    ['Peru in turn insisted on the quota.', 'turn'],
    ['The group dropped an earlier demand for a truce.', 'demand'],
  ])('reads the noun the tagger takes for a verb in a fixed phrase or after "a" or "an": %s', (text, noun) => {
    expect(tokenize(text, 0).find((t) => t.text === noun)?.pos).toBe('NOUN');
  });

  it.each([
    ['Bayline urged the union to accept its offers.', 'offers'],
    ['The union is reviewing offers from Bayline.', 'offers'],
  ])('reads a plural stance noun the tagger takes for a verb after a possessive, or after a gerund with no object of its own: %s', (text, noun) => {
    expect(tokenize(text, 0).find((t) => t.text === noun)?.pos).toBe('NOUN');
  });

  it.each([
    ['The deal sets quotas for anchovy catches.', 'sets'],
    ['The deal grants workers a raise.', 'grants'],
    ['The board demands that the operator repair the pipes.', 'demands'],
    ['Chile and Bolivia both want a new treaty.', 'want'],
  ])('reads the verb the tagger takes for a plural noun after "the" and a noun: %s', (text, verb) => {
    expect(tokenize(text, 0).find((t) => t.text === verb)?.pos).toBe('VERB');
  });

  it.each([
    // A second verb of the same subject after "and"; a plain form after a modal, an adverb between or not.
    ['The deal raises wages by 4 percent and sets up a joint safety committee.', 'sets'],
    ['Bayline will rehire the 40 dismissed crane drivers.', 'rehire'],
    ['The city would also fund a study of the harbour.', 'fund'],
  ])('reads the verb the tagger takes for a noun after "and" or a modal: %s', (text, verb) => {
    expect(tokenize(text, 0).find((t) => t.text === verb)?.pos).toBe('VERB');
  });

  it.each([
    ['The will of the members is clear.', 'will'],
    ['The union will press its case in May.', 'case'],
  ])('leaves a noun that follows no modal, or has no object after it, as it is: %s', (text, noun) => {
    expect(tokenize(text, 0).find((t) => t.text === noun)?.pos).toBe('NOUN');
  });

  it.each([
    ['The cooperative, whose president chairs a board of nine growers, demands a fair price for milk.', 'demands'],
    ['The guild, which represents 900 carpenters, rejects the new wage scale.', 'rejects'],
  ])('reads the verb the tagger takes for a plural noun after a relative aside: %s', (text, verb) => {
    expect(tokenize(text, 0).find((t) => t.text === verb)?.pos).toBe('VERB');
  });

  it('reads a sum with its currency\'s letters and a decimal point as one number, a name ending in -ing as a name, and a participle joined to an adverb as an adjective', () => {
    const tokens = tokenize('The union wanted R3.5 billion, Tarvo Shipping said of the so-called night bonus.', 0);
    expect(tokens.find((t) => t.text === 'R3.5')?.pos).toBe('NUM');
    expect(tokens.find((t) => t.text === 'Shipping')?.pos).toBe('PROPN');
    expect(tokens.find((t) => t.text === 'called')?.pos).toBe('ADJ');
  });

  it('leaves a plural noun after a comma that closes no relative aside as it is', () => {
    expect(tokenize('They listed wages, pensions, demands and grievances.', 0).find((t) => t.text === 'demands')?.pos).not.toBe('VERB');
  });

  it('leaves a plural noun after a noun as it is when no object follows ("The peace talks resumed")', () => {
    expect(tokenize('The peace talks resumed.', 0).find((t) => t.text === 'talks')?.pos).toBe('NOUN');
  });

  it('gives each token its offsets in the article', () => {
    const tokens = tokenize('Oman mediated.', 100);
    expect(tokens.map((t) => [t.text, t.start, t.end])).toEqual([
      ['Oman', 100, 104],
      ['mediated', 105, 113],
      ['.', 113, 114],
    ]);
  });
});

describe('tokenizeSentences', () => {
  it('gives every sentence, repeated ones too, the tokens tokenize gives it at its place', () => {
    const text = 'Anna Bakomel said. The union rejected the offer. Anna Bakomel said. Anna Bakomel said.';
    const sentences = articleFromText(text, 'repeats.txt').sentences;
    expect(sentences.length).toBe(4);
    expect(tokenizeSentences(sentences)).toEqual(sentences.map((s) => tokenize(s.text, s.start)));
  });
});
