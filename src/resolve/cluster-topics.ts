// Groups topic labels that state the same condition in different words, so that each becomes one node.
import { worldKnowledge } from '../nlp/world-knowledge.js';
import { topicWords } from './topic-signature.js';

/** A topic label and how many articles state it. */
export interface TopicLabel {
  readonly label: string;
  readonly articles: number;
}

/** Two labels share at least this many content words… */
const MIN_SHARED_WORDS = 2;
/** …and at least this share of the shorter label's content words. */
const MIN_CONTAINMENT = 0.6;
/** …and of the longer label's: "Cabinet approval of the deal" says more than "the deal" and stays apart from it. */
const MIN_OVERLAP = 0.6;

let partyStems: ReadonlySet<string> | undefined;

/** Stems of party names ("iran", "ukrain"): two labels that name different sides name different conditions. */
function partyWords(): ReadonlySet<string> {
  partyStems ??= new Set([...new Set(worldKnowledge().demonyms.values())].flatMap((party) => topicWords(party)));
  return partyStems;
}

function sameParties(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const parties = partyWords();
  for (const w of a) if (parties.has(w) && !b.has(w)) return false;
  for (const w of b) if (parties.has(w) && !a.has(w)) return false;
  return true;
}

/**
 * Maps each label to the label of its group. A label joins the first group (most supported first) whose
 * representative shares enough content words with it and names the same parties: "exchange of 1,000 prisoners" and
 * "major prisoner exchange" join, "withdrawal of Russian forces" and "withdrawal of Ukrainian forces" do not.
 * The representative is the label most articles state, then the shortest.
 */
export function clusterTopics(labels: readonly TopicLabel[]): Map<string, string> {
  const ordered = [...labels].sort(
    (a, b) => b.articles - a.articles || topicWords(a.label).length - topicWords(b.label).length || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
  const representatives: { label: string; words: Set<string> }[] = [];
  const byWord = new Map<string, number[]>();
  const result = new Map<string, string>();
  for (const { label } of ordered) {
    if (result.has(label)) continue;
    const words = new Set(topicWords(label));
    const candidates = new Set<number>();
    for (const w of words) for (const index of byWord.get(w) ?? []) candidates.add(index);
    const match = [...candidates].sort((a, b) => a - b).find((index) => {
      const rep = representatives[index]!;
      let shared = 0;
      for (const w of words) if (rep.words.has(w)) shared++;
      const shorter = Math.min(words.size, rep.words.size);
      const longer = Math.max(words.size, rep.words.size);
      return shared >= MIN_SHARED_WORDS && shared / shorter >= MIN_CONTAINMENT && shared / longer >= MIN_OVERLAP && sameParties(words, rep.words);
    });
    if (match !== undefined) {
      result.set(label, representatives[match]!.label);
      continue;
    }
    const index = representatives.push({ label, words }) - 1;
    for (const w of words) byWord.set(w, [...(byWord.get(w) ?? []), index]);
    result.set(label, label);
  }
  return result;
}
