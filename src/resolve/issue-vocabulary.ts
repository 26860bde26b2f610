// The words of data/issues.json, read once: the issues negotiations are about and the words of a leaders' meeting.
import { readFileSync } from 'node:fs';
import { packagePath } from '../package-root.js';

/** An issue and the words (as written, not stemmed) that place a topic under it. */
export interface IssueWords {
  readonly label: string;
  readonly words: readonly string[];
}

/** The contents of data/issues.json. */
export interface IssueVocabulary {
  /** Nouns that name a meeting ("talks", "summit"), lower case. */
  readonly meetingHeads: readonly string[];
  /** Words or phrases that put a meeting at the level of the sides' leaders ("presidential", "heads of state"), lower case. */
  readonly meetingLevels: readonly string[];
  /** In order of precedence: on a tie the issue listed first wins. */
  readonly issues: readonly IssueWords[];
  /** Words too general to name an issue after ("points", "way"), lower case. */
  readonly notIssueWords: readonly string[];
}

let vocabulary: IssueVocabulary | undefined;

/** The vocabulary of data/issues.json, read on first use. */
export function issueVocabulary(): IssueVocabulary {
  vocabulary ??= JSON.parse(readFileSync(packagePath('data', 'issues.json'), 'utf8')) as IssueVocabulary;
  return vocabulary;
}
