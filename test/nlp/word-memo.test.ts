import { describe, expect, it } from 'vitest';
import { WordMemo } from '../../src/nlp/word-memo.js';

describe('WordMemo', () => {
  it('computes a value once per word and lemma, and tells apart the lemmas of one word', () => {
    const asked: string[] = [];
    const memo = new WordMemo((lower, lemma) => {
      asked.push(`${lower}/${lemma}`);
      return `${lower}>${lemma}`;
    });
    const answers = [
      memo.get('talks', 'talk'),
      memo.get('talks', 'talks'),
      memo.get('talks', 'talk'),
      memo.get('said', 'say'),
      memo.get('talks', 'talks'),
      memo.get('said', 'said'),
    ];
    expect(answers).toEqual(['talks>talk', 'talks>talks', 'talks>talk', 'said>say', 'talks>talks', 'said>said']);
    expect(asked).toEqual(['talks/talk', 'talks/talks', 'said/say', 'said/said']);
  });
});
