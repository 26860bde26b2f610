// The extract stage: runs the rule registry over an article's annotated sentences and attaches each claim's source.
import type { AnnotatedSentence, Article, Claim, Mention, Source } from '../types.js';
import { principalParties } from '../nlp/annotate-article.js';
import type { ArticleContext, ExtractionRule } from './rule.js';
import { DEFAULT_RULES } from './rules/index.js';
import { SentenceView } from './sentence-view.js';

/** Characters of context kept before and after a quote (W3C TextQuoteSelector prefix and suffix). */
const CONTEXT_CHARS = 32;
const HEDGES = /\b(reportedly|allegedly|apparently|purportedly|may|might|could|possibly|rumou?red|is said to|are said to|unconfirmed)\b/i;
const ATTRIBUTION = /\b(?:according to|told|said|says|cited)\b/i;
/** Confidence is lowered by this factor for a hedged sentence. */
const HEDGE_FACTOR = 0.75;

/** Reads the claims of one article. Rules run in registry order; identical claims from one sentence are kept once. */
export function extractClaims(article: Article, sentences: readonly AnnotatedSentence[], rules: readonly ExtractionRule[] = DEFAULT_RULES): Claim[] {
  const context: ArticleContext = {
    article,
    principals: principalParties(sentences.flatMap((s) => s.mentions)),
    talks: talksLabel(sentences),
    lastTopic: undefined,
    topics: [],
  };
  const claims: Claim[] = [];
  for (const sentence of sentences) {
    const view = new SentenceView(sentence);
    const seen = new Set<string>();
    const hedged = HEDGES.test(sentence.text);
    const attribution = attributionOf(sentence);
    for (const rule of rules) {
      for (const match of rule.match(view, context)) {
        const predicate = match.predicate ?? rule.predicate;
        const objectKey = match.object.kind === 'entity' ? `${match.object.mention.type}:${match.object.mention.canonical}` : `${match.object.type}:${match.object.label.toLowerCase()}`;
        const key = `${match.subject.canonical}|${predicate}|${objectKey}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const source: Source = {
          articleId: article.id,
          sentenceIndex: sentence.index,
          quote: sentence.text,
          start: sentence.start,
          end: sentence.end,
          prefix: article.text.slice(Math.max(0, sentence.start - CONTEXT_CHARS), sentence.start),
          suffix: article.text.slice(sentence.end, sentence.end + CONTEXT_CHARS),
          rule: rule.name,
          confidence: round(hedged ? match.confidence * HEDGE_FACTOR : match.confidence),
          attribution,
          hedged: hedged || undefined,
        };
        claims.push({ subject: { kind: 'entity', mention: match.subject }, predicate, object: match.object, source });
      }
    }
  }
  return claims;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Who the sentence attributes its content to: "according to X", "X told Reuters". */
function attributionOf(sentence: AnnotatedSentence): string | undefined {
  if (!ATTRIBUTION.test(sentence.text)) return undefined;
  const source = sentence.mentions.find((m: Mention) => m.via === 'source');
  return source?.canonical;
}

/** The round of talks the article reports, named after its venue or city: "Dolmabahce Palace talks", "Doha talks". */
function talksLabel(sentences: readonly AnnotatedSentence[]): string | undefined {
  let city: string | undefined;
  for (const s of sentences) {
    if (!/\b(talks|negotiations|meeting|met|summit|round)\b/i.test(s.text)) continue;
    const venue = s.mentions.find((m) => m.type === 'Place' && m.via === 'venue');
    if (venue) return `${venue.canonical} talks`;
    city ??= s.mentions.find((m) => m.type === 'Place')?.canonical;
  }
  return city ? `${city} talks` : undefined;
}
