// Remembers what a lookup asked of every token answers, per word and lemma.

/** Values computed once per (word, lemma): kept by word, then by lemma when it differs, so that no key string is built per token. */
export class WordMemo<V> {
  private readonly byWord = new Map<string, V>();
  private readonly byWordAndLemma = new Map<string, Map<string, V>>();

  constructor(private readonly compute: (lower: string, lemma: string) => V) {}

  get(lower: string, lemma: string): V {
    // Most words are their own lemma: one lookup, by the word.
    const known = lemma === lower ? this.byWord : this.byLemmaOf(lower);
    let value = known.get(lemma);
    if (value === undefined) known.set(lemma, (value = this.compute(lower, lemma)));
    return value;
  }

  private byLemmaOf(lower: string): Map<string, V> {
    let byLemma = this.byWordAndLemma.get(lower);
    if (!byLemma) this.byWordAndLemma.set(lower, (byLemma = new Map()));
    return byLemma;
  }
}
