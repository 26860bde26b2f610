import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/ingest/index.js';
import { annotateArticle } from '../../src/nlp/annotate-article.js';
import { listItemsJoined } from '../../src/extract/list-items.js';

/** Each joined item's words, by the item's text. */
function joined(text: string): Record<string, string> {
  const article = articleFromText(text, 'list.txt');
  const sentences = annotateArticle(article);
  const items = listItemsJoined(sentences, article.text);
  return Object.fromEntries(sentences.filter((s) => items.has(s.index)).map((s) => [s.text, items.get(s.index)!.tokens.map((t) => t.text).join(' ')]));
}

describe('listItemsJoined', () => {
  it('reads each item after a clause that waits for its object as the end of that clause', () => {
    expect(joined('Case closed\n\nUnder the commitments, Halvorsen Foods will:\n- open its depots to rival hauliers;\n- appoint a trustee.\n\nThe case is closed.')).toEqual({
      '- open its depots to rival hauliers;': 'Under the commitments , Halvorsen Foods will open its depots to rival hauliers ;',
      '- appoint a trustee.': 'Under the commitments , Halvorsen Foods will appoint a trustee .',
    });
  });

  it('leaves out "the following" and "as follows", and reads lettered and numbered items', () => {
    expect(Object.values(joined('Border talks\n\nThe two delegations agreed as follows:\n(a) that the border shall follow the river;\n(b) to build 12 markers.'))).toEqual([
      'The two delegations agreed that the border shall follow the river ;',
      'The two delegations agreed to build 12 markers .',
    ]);
    expect(Object.values(joined('Land talks\n\nThe parties agreed the following points:\n1. the mapping of 14 villages;\n2. a water board that meets monthly.'))).toEqual([
      'The parties agreed the mapping of 14 villages ;',
      'The parties agreed a water board that meets monthly .',
    ]);
  });

  it('reads each item after a side that sets out its own positions, when they hold, as what it demands or offers', () => {
    expect(Object.values(joined('Pay talks\n\nThe Harbour Union met Kestrel Foods in Leeds.\n\nThe Harbour Union restates its main positions for the final days:\n\n- A pay rise of 6 percent;\n- Rulings by a joint board where no majority is found.\n\nKestrel Foods set out its offer:\n\n- a 3 percent rise.'))).toEqual([
      'Harbour Union positions A pay rise of 6 percent ;',
      'Harbour Union positions Rulings by a joint board where no majority is found .',
      'Kestrel Foods offer a 3 percent rise .',
    ]);
    expect(joined('Pay talks\n\nThe Harbour Union met Kestrel Foods in Leeds.\n\nThe Harbour Union set out its positions in a letter that members read on Monday:\n\n- A pay rise of 6 percent.')).toEqual({});
  });

  it('reads each item under a heading of what a side wants as what it wants', () => {
    expect(Object.values(joined('Fishing talks\n\nChile and Peru met in Lima.\n\nWHAT PERU WANTS\n\n* A quota of 900 tonnes.\n* No trawling at night.\n\nWhat Chile offers:\n\n- a fund for fishing towns.'))).toEqual([
      'PERU WANTS A quota of 900 tonnes .',
      'PERU WANTS No trawling at night .',
      'Chile offers a fund for fishing towns .',
    ]);
    expect(joined('Fishing talks\n\nWhat analysts expect\n\n* A quota of 900 tonnes.')).toEqual({});
  });

  it('reads a stance verb the tagger took for a noun before the colon, and items whose noun a participle or a figure qualifies', () => {
    expect(Object.values(joined('Bus talks\n\nThe Harbour Drivers Union demands:\n- a pension plan;\n- a 6 per cent pay rise;\n- the return of the 8 per cent bonus withdrawn in 2021;\n- a yearly rise linked to the retail price index.'))).toEqual([
      'The Harbour Drivers Union demands a pension plan ;',
      'The Harbour Drivers Union demands a 6 per cent pay rise ;',
      'The Harbour Drivers Union demands the return of the 8 per cent bonus withdrawn in 2021 ;',
      'The Harbour Drivers Union demands a yearly rise linked to the retail price index .',
    ]);
  });

  it('reads each item after a side\'s positions named in the possessive as the side\'s', () => {
    expect(Object.values(joined('Bus talks\n\nThe Harbour Drivers Union\'s list of demands, handed to the operator on Monday, is short:\n1. A pension plan.\n2. Rosters a month ahead.'))).toEqual([
      'Harbour Drivers Union demands A pension plan .',
      'Harbour Drivers Union demands Rosters a month ahead .',
    ]);
    expect(Object.values(joined('Bus talks\n\nColdwell Freight\'s main proposals include:\n- a 3 per cent rise;\n- a bonus.'))).toEqual([
      'Coldwell Freight proposals a 3 per cent rise ;',
      'Coldwell Freight proposals a bonus .',
    ]);
  });

  it('reads each point of an answer to what a side wants as what it wants, and points that are clauses alone', () => {
    const text = 'Port talks\n\nThe Harbour Dockers Union and Bayline Shipping met in Arica.\n\nQ: What is the Harbour Dockers Union asking for?\n\nA: Three things. First, a rise of 6 per cent. Second, a cap on the night shifts our members have worked since May. Third, they want the old rosters back.\n\nQ: And Bayline?\n\nA: First, a longer contract.';
    expect(Object.values(joined(text))).toEqual([
      'Harbour Dockers Union asking a rise of 6 per cent .',
      'Harbour Dockers Union asking a cap on the night shifts our members have worked since May .',
    ]);
    // The question's verb is read as demanding, whatever its word.
    const article = articleFromText(text, 'list.txt');
    const sentences = annotateArticle(article);
    const [first] = listItemsJoined(sentences, article.text).values();
    expect(first?.tokens.find((t) => t.text === 'asking')).toMatchObject({ pos: 'VERB', lemma: 'demand' });
  });

  it('reads items that are clauses of their own alone, and no list after a heading or without a colon', () => {
    expect(joined('Fishing accord\n\nThe two associations agreed on the following:\n1. Quotas: Each fleet will land at most 900 tonnes a month.\n2. Trawling at night is prohibited.')).toEqual({});
    expect(joined('Fishing accord\n\nKey points:\n- a quota of 900 tonnes;\n- no trawling at night.')).toEqual({});
    expect(joined('Fishing accord\n\nThe two associations agreed on quotas.\n- a quota of 900 tonnes.')).toEqual({});
  });
});
