// The work done for each article file, on whichever thread: the ingest, nlp and extract stages of one file.
import type { Article, InputProblem } from './types.js';
import { readArticleFile } from './ingest/read-articles.js';
import { annotateArticle, principalParties } from './nlp/annotate-article.js';
import { extractClaims } from './extract/extract-claims.js';
import { articleRound } from './extract/article-round.js';
import type { ExtractionRule } from './extract/rule.js';
import { DEFAULT_RULES } from './extract/rules/index.js';
import type { ArticleClaims } from './resolve/resolve-graph.js';
import { shortNameOf } from './resolve/party-acronyms.js';
import { compareCodeUnits } from './compare-code-units.js';

/** What one file gives: its article with claims (none when it is not an article), its problem, and the time spent. */
export interface FileClaims {
  readonly articles: readonly ArticleClaims[];
  readonly problems: readonly InputProblem[];
  readonly readMs: number;
  readonly extractMs: number;
  /** Articles taken from a store of earlier results (see src/cache/) instead of being read and extracted. */
  readonly fromStore: number;
  /** Key of the file's entry in that store, when it gave an article and a store was used. */
  readonly key?: string | undefined;
}

/**
 * The result with each string shared in place by every value equal to it. A result copied from a thread, or read back
 * from the store, holds a string of its own for every value: each claim a copy of the sentence it quotes, of its
 * article's id, of its rule's name, of the keys of its sides. Sharing them lowers the build's peak memory on two threads
 * (see the README's benchmarks). Strings of different files are not shared: a map of them all would cost more.
 */
export function withSharedStrings(result: FileClaims): FileClaims {
  const strings = new Map<string, string>();
  const shared = (text: string): string => {
    const known = strings.get(text);
    if (known !== undefined) return known;
    strings.set(text, text);
    return text;
  };
  // The result is plain data (the store keeps it as JSON): objects and arrays, without cycles.
  const visit = (value: object): void => {
    if (Array.isArray(value)) {
      for (let at = 0; at < value.length; at++) {
        const item: unknown = value[at];
        if (typeof item === 'string') value[at] = shared(item);
        else if (typeof item === 'object' && item !== null) visit(item);
      }
      return;
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      if (typeof item === 'string') record[key] = shared(item);
      else if (typeof item === 'object' && item !== null) visit(item);
    }
  };
  for (const article of result.articles) visit(article);
  return result;
}

/** Reads one file (one that collectFiles listed) and extracts the claims of the article it holds. */
export async function readAndExtract(path: string, maxBytes: number, rules?: readonly ExtractionRule[]): Promise<FileClaims> {
  const reading = performance.now();
  const read = await readArticleFile(path, maxBytes);
  const extracting = performance.now();
  if (!('id' in read)) return { articles: [], problems: [read], readMs: extracting - reading, extractMs: 0, fromStore: 0 };
  try {
    const articles = [articleClaims(read, rules ?? DEFAULT_RULES)];
    return { articles, problems: [], readMs: extracting - reading, extractMs: performance.now() - extracting, fromStore: 0 };
  } catch (error) {
    // A fault of the extractor on one article loses that article, not the build: the file is named, with the fault.
    const reason = `the extractor failed on it (${error instanceof Error ? error.message : String(error)}); the other articles were read. Please report this with the file.`;
    return { articles: [], problems: [{ path, reason }], readMs: extracting - reading, extractMs: performance.now() - extracting, fromStore: 0 };
  }
}

/** The nlp and extract stages of one article. */
export function articleClaims(article: Article, rules: readonly ExtractionRule[]): ArticleClaims {
  const sentences = annotateArticle(article);
  const principals = principalParties(sentences);
  const round = articleRound(article, sentences, principals);
  const claims = extractClaims(article, sentences, rules, principals, round);
  const persons = sentences.flatMap((s) =>
    s.mentions.filter((m) => m.type === 'Person').map((mention) => ({ mention, sentenceIndex: s.index, quote: s.text, start: s.start, end: s.end })),
  );
  // "the KPU" for the Kestrel Pilots Union: the short names the article gives its sides, wherever it uses them, for the
  // labels of their delegations and talks.
  const acronyms = new Map<string, readonly [string, string]>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      const short = shortNameOf(m);
      const side = m.type === 'Party' ? m.canonical : m.party;
      if (short !== undefined && side !== undefined) acronyms.set(`${short}\t${side}`, [short, side]);
    }
  }
  return { article, claims, persons, principals, round, acronyms: [...acronyms.keys()].sort(compareCodeUnits).map((key) => acronyms.get(key)!) };
}
