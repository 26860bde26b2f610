// Test helpers: read the claims of a text written for the tests, and look them up by subject, predicate and topic.
import { articleFromText } from '../../src/ingest/index.js';
import { annotateArticle } from '../../src/nlp/annotate-article.js';
import { extractClaims } from '../../src/extract/extract-claims.js';
import { buildGraphFromArticles } from '../../src/pipeline.js';
import type { Claim, Predicate } from '../../src/types.js';

/** A claim in the terms a table states it: who (name and side), what, and the object's label. */
export interface ReadClaim {
  readonly subject: string;
  readonly party: string | undefined;
  readonly predicate: Predicate;
  readonly object: string;
  readonly confidence: number;
  readonly hedged: boolean;
  readonly attribution: string | undefined;
  readonly via: string;
}

/** The claims extracted from `text`, read as one article (sentences split by the ingest stage). */
export function readClaims(text: string): ReadClaim[] {
  const article = articleFromText(`${text}\n`, 'test.txt');
  return extractClaims(article, annotateArticle(article)).map(toReadClaim);
}

function toReadClaim(c: Claim): ReadClaim {
  return {
    subject: c.subject.mention.canonical,
    party: c.subject.mention.party,
    predicate: c.predicate,
    object: c.object.kind === 'entity' ? c.object.mention.canonical : c.object.label,
    confidence: c.source.confidence,
    hedged: c.source.hedged === true,
    attribution: c.source.attribution,
    via: c.subject.mention.via,
  };
}

/** Claims of `predicate` whose subject is `subject` (by name or by side) and whose object label matches `object`. */
export function claimsLike(claims: readonly ReadClaim[], predicate: Predicate, subject: string, object: RegExp): ReadClaim[] {
  return claims.filter((c) => c.predicate === predicate && (c.subject === subject || c.party === subject) && object.test(c.object));
}

/** One line per claim, for failure messages. */
export function describeClaims(claims: readonly ReadClaim[]): string {
  return claims.map((c) => `${c.subject}${c.party && c.party !== c.subject ? ` (${c.party})` : ''} ${c.predicate} "${c.object}"`).join('\n') || '(no claims)';
}

/** A resolved fact: the labels of its subject and object nodes. */
export interface ReadFact {
  readonly subject: string;
  readonly predicate: Predicate;
  readonly object: string;
  readonly confidence: number;
  readonly articles: number;
}

/** Builds the graph of several texts (one article each) and reads its claims as labelled facts. */
export function readGraph(texts: readonly string[]): { facts: ReadFact[]; labels: Map<string, string>; entities: ReturnType<typeof buildGraphFromArticles>['entities'] } {
  const graph = buildGraphFromArticles(texts.map((t, i) => articleFromText(`${t}\n`, `article-${i}.txt`)));
  const labels = new Map(graph.entities.map((e) => [e.key, e.label]));
  const facts = graph.claims.map((c) => ({
    subject: labels.get(c.subject) ?? c.subject,
    predicate: c.predicate,
    object: labels.get(c.object) ?? c.object,
    confidence: c.confidence,
    articles: new Set(c.sources.map((s) => s.articleId)).size,
  }));
  return { facts, labels, entities: graph.entities };
}
