// Groups topic labels that state the same condition in different words, so that each becomes one node.
import { appendTo } from '../group-by.js';
import { distance } from 'fastest-levenshtein';
import { nameKey, worldKnowledge } from '../nlp/world-knowledge.js';
import { issueVocabulary } from './issue-vocabulary.js';
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
export function partyWords(): ReadonlySet<string> {
  partyStems ??= new Set([...new Set(worldKnowledge().demonyms.values())].flatMap((party) => topicWords(party)));
  return partyStems;
}

/** Labels name the same sides, or one names none ("a larger quota" is "a larger quota for Norway" in its context). */
function sameParties(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const parties = partyWords();
  const inA = [...a].filter((w) => parties.has(w));
  const inB = [...b].filter((w) => parties.has(w));
  if (inA.length === 0 || inB.length === 0) return true;
  return inA.every((w) => b.has(w)) && inB.every((w) => a.has(w));
}

/** The figures a label states, thousands separators left out: "1,000" and "1000" are one figure. */
function figuresOf(label: string): string[] {
  return (label.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/,/g, ''));
}

/** Two labels that both state figures state one of them alike: "6.5 billion cubic metres" is no "5.8 billion cubic metres". */
function sameFigures(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((n) => b.includes(n));
}

/** Names shorter than this are initials or abbreviations ("U.S."), not people. */
const MIN_NAME_LENGTH = 3;

/**
 * The people a label names when it asks for a meeting of the sides' leaders, or undefined for any other label:
 * "presidential-level meeting" names none, "meeting between Lindqvist and Moreau in Geneva" names two (places, parties and
 * offices are not people). A meeting is at the leaders' level when a word says so or when it names two people or more.
 */
export function leadersMeetingPeople(label: string): string[] | undefined {
  const { meetingHeads, meetingLevels } = issueVocabulary();
  const lower = ` ${nameKey(label).replace(/[^\p{L}\p{N}'-]+/gu, ' ')} `;
  const words = lower.trim().split(' ');
  if (!words.some((w) => meetingHeads.includes(w))) return undefined;
  const knowledge = worldKnowledge();
  const people = label
    .split(/[^\p{L}'-]+/u)
    .filter((w) => /^\p{Lu}/u.test(w) && w.length >= MIN_NAME_LENGTH)
    .map((w) => w.toLowerCase())
    .filter((w) => !knowledge.names.has(w) && !knowledge.demonyms.has(w) && !knowledge.offices.heads.has(w) && !meetingLevels.includes(w) && !meetingHeads.includes(w));
  const leveled = meetingLevels.some((level) => lower.includes(` ${level} `));
  return leveled || people.length >= 2 ? [...new Set(people)] : undefined;
}

/** One person in two spellings ("Lindqvist", "Lindquist"): equal, or one letter apart in a name of five letters or more. */
function samePerson(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 5 && distance(a, b) <= 1);
}

/** Every person of `a` is one of `b`. */
function amongPeople(a: readonly string[], b: readonly string[]): boolean {
  return a.every((x) => b.some((y) => samePerson(x, y)));
}

/** The fewest words a label of `size` words shares with any label it joins (a longer one needs more). */
function leastShared(size: number): number {
  let shared = MIN_SHARED_WORDS;
  while (shared <= size && shared / size < MIN_OVERLAP) shared++;
  return shared;
}

/** A label's content words and figures, as a group's representative keeps them. */
export interface Representative {
  readonly label: string;
  readonly words: ReadonlySet<string>;
  readonly figures: readonly string[];
}

/**
 * The first representative (by index) that a label of `words` and `figures` joins, if any. A representative the label
 * joins shares at least `leastShared` of its n words, so it holds one of any n − leastShared + 1 of them: only the
 * representatives of the label's rarest words are compared, not all that share a common word such as "ceasefire".
 */
export function firstFitting(
  words: ReadonlySet<string>,
  figures: readonly string[],
  representatives: readonly Representative[],
  byWord: ReadonlyMap<string, readonly number[]>,
): number | undefined {
  const least = leastShared(words.size);
  if (least > words.size) return undefined;
  const rarest = [...words].map((w) => byWord.get(w) ?? []).sort((a, b) => a.length - b.length);
  const candidates = new Set<number>();
  for (const indexes of rarest.slice(0, words.size - least + 1)) for (const index of indexes) candidates.add(index);
  return [...candidates].sort((a, b) => a - b).find((index) => fits(words, figures, representatives[index]!));
}

/** A label of `words` and `figures` joins the group of `rep`: enough shared words, the same figures and the same sides. */
export function fits(words: ReadonlySet<string>, figures: readonly string[], rep: Representative): boolean {
  // Checked first: it is cheap, and labels of many figures share many words ("a 25-day truce", "a 30-day truce").
  if (!sameFigures(figures, rep.figures)) return false;
  let shared = 0;
  for (const w of words) if (rep.words.has(w)) shared++;
  const shorter = Math.min(words.size, rep.words.size);
  const longer = Math.max(words.size, rep.words.size);
  return shared >= MIN_SHARED_WORDS && shared / shorter >= MIN_CONTAINMENT && shared / longer >= MIN_OVERLAP && sameParties(words, rep.words);
}

/**
 * Maps each label to the label of its group. A label joins the first group (most supported first) whose
 * representative shares enough content words with it and names the same parties: "exchange of 1,000 prisoners" and
 * "major prisoner exchange" join, "withdrawal of Russian forces" and "withdrawal of Ukrainian forces" do not.
 * A leaders' meeting joins another when the people one names are among those of the other: "presidential-level
 * meeting" and "meeting between Moreau and Lindqvist" join, "meeting between Moreau and Okafor" stays apart from the latter.
 * The representative is the label most articles state, then the shortest.
 */
export function clusterTopics(labels: readonly TopicLabel[]): Map<string, string> {
  const ordered = [...labels].sort(
    (a, b) => b.articles - a.articles || topicWords(a.label).length - topicWords(b.label).length || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
  const representatives: Representative[] = [];
  const byWord = new Map<string, number[]>();
  const meetings: { label: string; people: string[] }[] = [];
  const result = new Map<string, string>();
  for (const { label } of ordered) {
    if (result.has(label)) continue;
    const people = leadersMeetingPeople(label);
    if (people !== undefined) {
      const meeting = meetings.find((m) => amongPeople(people, m.people) || amongPeople(m.people, people));
      if (meeting === undefined) meetings.push({ label, people });
      else meeting.people = [...meeting.people, ...people.filter((p) => !meeting.people.some((q) => samePerson(p, q)))];
      result.set(label, meeting?.label ?? label);
      continue;
    }
    const words = new Set(topicWords(label));
    const figures = figuresOf(label);
    const match = firstFitting(words, figures, representatives, byWord);
    if (match !== undefined) {
      result.set(label, representatives[match]!.label);
      continue;
    }
    const index = representatives.push({ label, words, figures }) - 1;
    for (const w of words) appendTo(byWord, w, index);
    result.set(label, label);
  }
  return result;
}
