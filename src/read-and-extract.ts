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
 * The result with one string per sentence quoted, shared in place. A result copied from a thread, or read back from
 * the store, holds a copy of a sentence for each claim that quotes it; sharing them lowers the build's peak memory on
 * two threads (see the README's benchmarks).
 */
export function withSharedQuotes(result: FileClaims): FileClaims {
  for (const article of result.articles) {
    const quotes = new Map<string, string>();
    const shared = (quote: string): string => {
      const known = quotes.get(quote);
      if (known !== undefined) return known;
      quotes.set(quote, quote);
      return quote;
    };
    for (const claim of article.claims) (claim.source as { quote: string }).quote = shared(claim.source.quote);
    for (const person of article.persons) (person as { quote: string }).quote = shared(person.quote);
  }
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
