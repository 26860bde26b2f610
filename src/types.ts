// The data that flows through Parley's pipeline, stage by stage: Article → AnnotatedSentence → Claim → KnowledgeGraph.

/** One news article, read and normalised by the ingest stage. Offsets everywhere refer to `text`. */
export interface Article {
  /** Stable id: the first 16 hex digits of the SHA-256 of `text`. */
  readonly id: string;
  /** File name without folders, e.g. `000_ab12.txt`: the name users and the facts export know it by. */
  readonly file: string;
  /** Path the article was read from, as given on the command line. */
  readonly path: string;
  readonly title: string;
  /** Publisher when the file states it (HTML meta tags, a site name line), else undefined. */
  readonly outlet?: string | undefined;
  /** Publication date as `YYYY-MM-DD` when the file states it, else undefined. */
  readonly published?: string | undefined;
  /** The web address the article was read from (after redirects), or the one a manifest gives it, else undefined. */
  readonly url?: string | undefined;
  /** Body text: NFC, `\n` line ends, boilerplate removed, typographic quotes and apostrophes folded to ASCII, runs of spaces collapsed. */
  readonly text: string;
  /** Sentences in order, with offsets into `text`. */
  readonly sentences: readonly Sentence[];
}

/** A sentence of an article. `text === article.text.slice(start, end)`. Offsets are UTF-16 code units. */
export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** True for a line that reads as a heading (short, no final punctuation). */
  readonly heading: boolean;
}

/** Universal part-of-speech tag, as the NLP package gives it. */
export type PosTag =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

/** A token of a sentence. Offsets are into the article text. */
export interface Token {
  readonly text: string;
  /** Lower-cased form with typographic apostrophes folded. */
  readonly lower: string;
  readonly lemma: string;
  readonly pos: PosTag;
  readonly start: number;
  readonly end: number;
}

/** Entity types of the graph. `Topic` and `Office` nodes are made by extraction, the others are named in text. */
export type EntityType = 'Party' | 'Person' | 'Delegation' | 'Place' | 'Talks' | 'Organization' | 'Office' | 'Topic';

/** A span of a sentence that names (or refers to) an entity. */
export interface Mention {
  readonly type: Exclude<EntityType, 'Topic' | 'Office'>;
  /** Surface text as it appears in the article. */
  readonly text: string;
  /** Canonical name the mention stands for when world knowledge or the text says so ("Kremlin" → "Russia"). */
  readonly canonical: string;
  readonly start: number;
  readonly end: number;
  /** Token range within the sentence, end exclusive. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Canonical name of the party this mention belongs to or speaks for, when known. */
  readonly party?: string | undefined;
  /** Office or role stated next to a person ("Defense Minister"). */
  readonly office?: string | undefined;
  /** Office stated in apposition right after this mention of a person ("X, the union's chairwoman,"). */
  readonly apposition?: string | undefined;
  /** The party was read from the article's sides, not stated with the person ("Agriculture Minister X" in talks with farmers). */
  readonly partyInferred?: boolean | undefined;
  /** How it was found: `gazetteer`, `title`, `propn`, `pronoun`, `description`, … */
  readonly via: string;
}

/** A sentence after the nlp stage. */
export interface AnnotatedSentence extends Sentence {
  readonly articleId: string;
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  /**
   * For a list item read with the sentence that announces it (see listItemsJoined): the token where the item's words
   * begin. The text between the two, the items before this one, is no part of it.
   */
  readonly joinedAt?: number | undefined;
}

/** The predicates Parley extracts; the names are those of the facts contract and the ontology. */
export type Predicate = 'leads' | 'role' | 'memberOf' | 'demands' | 'rejects' | 'proposes' | 'agrees' | 'heldIn' | 'mediates';

/** The four stances a party can take towards a topic. */
export type Stance = 'demands' | 'rejects' | 'proposes' | 'agrees';
export const STANCES: readonly Stance[] = ['demands', 'rejects', 'proposes', 'agrees'];
export const PREDICATES: readonly Predicate[] = ['leads', 'role', 'memberOf', 'demands', 'rejects', 'proposes', 'agrees', 'heldIn', 'mediates'];

/** Where a claim was read: the evidence a user can check. */
export interface Source {
  readonly articleId: string;
  readonly sentenceIndex: number;
  /** The exact text stating the claim (a sentence or a clause of it), `article.text.slice(start, end)`. */
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  /** Up to 32 characters of article text before and after the quote (W3C TextQuoteSelector). */
  readonly prefix: string;
  readonly suffix: string;
  /** Name of the rule that produced the claim: an extraction rule, or the resolver's rule for an inferred source. */
  readonly rule: string;
  /**
   * True when the sentence names the claim's subject but does not state the claim: the resolver inferred the rest by
   * `rule`, from other articles or world knowledge ("President Karin Lepp" in one article, her country in another).
   * Absent when the sentence states the claim.
   */
  readonly inferred?: boolean | undefined;
  /** 0..1: how likely the claim is true given this sentence alone (see README, "Confidence"). */
  readonly confidence: number;
  /** Who the article attributes the statement to when it reports speech ("according to a source"). */
  readonly attribution?: string | undefined;
  /** The sentence hedges the claim ("reportedly", "may"). */
  readonly hedged?: boolean | undefined;
  /** `YYYY-MM-DD` the statement was made: the date the sentence states, else the article's publication date. */
  readonly date?: string | undefined;
  /** Key of the round of talks (a Talks entity) the statement was made at or about, set by the resolve stage. */
  readonly round?: string | undefined;
}

/** The round of talks an article reports, as the extract stage reads it from that one article. */
export interface ArticleRound {
  /** The talks' name after their venue, city or sides ("Lisbon talks"), without ordinal or date. */
  readonly label: string;
  /** 2 for "the second round", when the article numbers the round. */
  readonly ordinal?: number | undefined;
  /** First and last day (`YYYY-MM-DD`) the article states for the round, resolved against its publication date. */
  readonly start?: string | undefined;
  readonly end?: string | undefined;
}

/** What the graph knows of one round of talks after rounds from several articles were merged. */
export interface RoundDetails {
  readonly ordinal?: number | undefined;
  readonly start?: string | undefined;
  readonly end?: string | undefined;
  /** Keys of the parties whose stances the articles report at the round, sorted. */
  readonly participants: readonly string[];
}

/** One end of a claim before resolution: an entity mention or a topic phrase. */
export type ClaimArgument =
  | { readonly kind: 'entity'; readonly mention: Mention }
  | { readonly kind: 'topic'; readonly label: string; readonly type: 'Topic' | 'Office' };

/** A claim read from one sentence by one rule. */
export interface Claim {
  readonly subject: ClaimArgument & { readonly kind: 'entity' };
  readonly predicate: Predicate;
  readonly object: ClaimArgument;
  readonly source: Source;
}

/** A real-world thing (or a topic) after resolution, one per thing across all articles. */
export interface Entity {
  /** Stable key, unique in the graph, from which the IRI is minted: `<type>/<label>`. */
  readonly key: string;
  readonly type: EntityType;
  readonly label: string;
  /** Other surface forms it was resolved from, sorted, without the label. */
  readonly aliases: readonly string[];
  /** Key of the Party entity a person, delegation, office holder or topic belongs to, when known. */
  readonly party?: string | undefined;
  /** For a round of talks: its ordinal, dates and participants. */
  readonly round?: RoundDetails | undefined;
}

/**
 * A distinct (subject, predicate, object) with every source that supports it. A claim whose sources are all inferred is
 * one no article states (see isInferredClaim).
 */
export interface ResolvedClaim {
  readonly subject: string;
  readonly predicate: Predicate;
  readonly object: string;
  /** Sorted by article, then offset. */
  readonly sources: readonly Source[];
  /** Combined confidence: each article counts once with its best source, then articles combine as 1 - Π(1 - c). */
  readonly confidence: number;
}

/** True when no source states the claim: the resolver inferred it (see Source.inferred). */
export function isInferredClaim(claim: Pick<ResolvedClaim, 'sources'>): boolean {
  return claim.sources.length > 0 && claim.sources.every((source) => source.inferred === true);
}

/** The knowledge graph before it is written as RDF. */
export interface KnowledgeGraph {
  readonly articles: readonly Article[];
  /** Sorted by key. */
  readonly entities: readonly Entity[];
  /** Sorted by subject, predicate, object. */
  readonly claims: readonly ResolvedClaim[];
}

/** A file that could not be read as an article, and why. */
export interface InputProblem {
  readonly path: string;
  readonly reason: string;
}
