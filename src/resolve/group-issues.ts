// Groups topics into issues (ceasefire, territory, pay, …): different conditions on one subject.
import { compareCodeUnits } from '../compare-code-units.js';
import { partyWords } from './cluster-topics.js';
import { issueVocabulary } from './issue-vocabulary.js';
import { topicWords } from './topic-signature.js';

/** The label of the issue that gathers topics no word of data/issues.json places and that share no word either. */
export const OTHER_ISSUE = 'Other matters';

let issueStems: readonly { label: string; stems: ReadonlySet<string> }[] | undefined;

/** Each issue's words keyed as topic labels are (stemmed, synonyms folded), so that a word matches all its forms. */
function stemsOfIssues(): readonly { label: string; stems: ReadonlySet<string> }[] {
  issueStems ??= issueVocabulary().issues.map(({ label, words }) => ({ label, stems: new Set(words.flatMap((w) => topicWords(w))) }));
  return issueStems;
}

/** The listed issue that shares most words with a topic, the first listed on a tie; undefined when none shares one. */
function listedIssue(words: readonly string[]): string | undefined {
  let best: { label: string; shared: number } | undefined;
  for (const { label, stems } of stemsOfIssues()) {
    const shared = words.filter((w) => stems.has(w)).length;
    if (shared > 0 && shared > (best?.shared ?? 0)) best = { label, shared };
  }
  return best?.label;
}

/** "offer" → "Offers": an issue named after the word its topics share. */
function issueNamedAfter(word: string): string {
  const plural = word.endsWith('s') ? word : `${word}s`;
  return plural.charAt(0).toUpperCase() + plural.slice(1);
}

/**
 * Maps each topic label to the label of its issue. A topic goes under the issue of data/issues.json whose words it
 * contains most ("exchange of 1,000 prisoners" → "Prisoners and hostages"). Topics that no listed issue takes are grouped
 * by the content word most of them share, and named after it as the topics write it ("best and final offer" and
 * "latest offer" → "Offers"); a topic that shares no word goes under "Other matters". Deterministic: the result does
 * not depend on the order of `labels`.
 */
export function groupIssues(labels: readonly string[]): Map<string, string> {
  const result = new Map<string, string>();
  const unplaced: { label: string; words: readonly string[] }[] = [];
  for (const label of [...new Set(labels)].sort(compareCodeUnits)) {
    const words = topicWords(label);
    const issue = listedIssue(words);
    if (issue === undefined) unplaced.push({ label, words });
    else result.set(label, issue);
  }
  // Each stem with the surface word that first wrote it, and how many unplaced topics use it.
  const uses = new Map<string, { count: number; surface: string }>();
  const notIssueWords = new Set(issueVocabulary().notIssueWords);
  for (const { label, words } of unplaced) {
    for (const stem of words) {
      const use = uses.get(stem);
      if (use) use.count++;
      else uses.set(stem, { count: 1, surface: surfaceOf(label, stem) });
    }
  }
  for (const { label, words } of unplaced) {
    const shared = words
      .map((stem) => ({ stem, use: uses.get(stem)! }))
      // A party's name says whose the topic is, not what it is about.
      .filter(({ stem, use }) => use.count >= 2 && /^\p{L}+$/u.test(use.surface) && !partyWords().has(stem) && !notIssueWords.has(use.surface))
      .sort((a, b) => b.use.count - a.use.count || compareCodeUnits(a.stem, b.stem))[0];
    result.set(label, shared ? issueNamedAfter(shared.use.surface) : OTHER_ISSUE);
  }
  return result;
}

/** The word of `label` whose stem is `stem`, lower-cased ("offers" for "offer"), or the stem when none is found. */
function surfaceOf(label: string, stem: string): string {
  return label.toLowerCase().split(/[^\p{L}\p{N}-]+/u).find((w) => topicWords(w).includes(stem)) ?? stem;
}
