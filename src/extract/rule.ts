// What an extraction rule is, and the stance-rule engine that most rules are declared with.
import type { Article, ClaimArgument, Mention, Predicate, Token } from '../types.js';
import { isNegation, isReportingVerb, lexicon, type LexiconClass, type LexiconPart } from '../nlp/lexicon.js';
import { TALKS_NOUNS, glued, isPastParticiple } from '../nlp/find-mentions.js';
import { cardinalWords, ordinalWords } from '../nlp/number-words.js';
import { WordMemo } from '../nlp/word-memo.js';
import { partyOfName, worldKnowledge } from '../nlp/world-knowledge.js';
import { COMMA, TIME_NOUNS, type SentenceView } from './sentence-view.js';
import { ADDING_WORDS, FRAMING_NOUNS, topicsIn, type TopicSpan } from './topic-phrase.js';

/** What the rules know of the article beyond the sentence at hand. */
export interface ArticleContext {
  readonly article: Article;
  /** The two sides of the negotiation, for "both sides" and agreements without a stated subject. */
  readonly principals: readonly string[];
  /** Label of the round of talks the article reports, when it names a place. */
  readonly talks: string | undefined;
  /** The number of that round, when the article gives it ("the third round"). */
  readonly roundOrdinal?: number | undefined;
  /** Latest topic a party took a stance on, for "this initiative", "these demands", with the sentence and token it was read at. */
  lastTopic: { readonly label: string; readonly party: string | undefined; readonly sentence?: number; readonly at?: number; readonly predicate?: Predicate } | undefined;
  /** The topics of one stance of one party read in the sentence of the last topic, in order, for "rejected both". */
  lastTopics: readonly NonNullable<ArticleContext['lastTopic']>[];
  /** The last topic as it stood before the sentence being read: "it" refers back past a topic the sentence names later. */
  topicBeforeSentence: ArticleContext['lastTopic'];
  /** Latest topic a party proposed, for "accepted the offer" read after a demand of the other side's. */
  lastOffer: ArticleContext['lastTopic'];
  /** Every topic label read so far in the article, for "the exchange" naming "the exchange of 1,000 prisoners". */
  readonly topics: string[];
  /** Who last held a stance stated as a noun, by lexicon class: "the offer includes …" is the last offerer's offer. */
  readonly nounHolders: Map<string, readonly Mention[]>;
  /** The party that last took each stance: "these demands" are the last demander's. */
  readonly lastHolder: Map<Predicate, string>;
  /** Index of the last sentence that named a deal, for "It sets out that …" in the next. */
  lastDealSentence: number | undefined;
  /** The last sentence whose offer's terms were read, and who made it, for "It would also …" in the next. */
  lastOfferTerms: { readonly sentence: number; readonly holders: readonly Mention[] } | undefined;
  /** Index of the last sentence whose deal terms were read, for terms that run on in the next ("Troops would deploy …"). */
  lastTermsSentence: number | undefined;
  /** Index of the last sentence in which both sides agreed (a deal reached), for the terms stated after it. */
  lastDealReached: number | undefined;
  /** The sides that made the last deal reached, when it named them: its terms bind each of them, three or more included. */
  dealSides: readonly string[] | undefined;
  /** Sentences since then that state nothing ("So what did they get?", "Money first."), which leave the terms to come. */
  bridgesSinceDeal: number;
  /** Index of the last heading on what a deal holds ("What the nurses won"), whose list items are its terms. */
  termsHeading: number | undefined;
  /** Index of the last short heading on anything else ("Coal as red line"): the terms told before it do not run on past it. */
  lastOtherHeading: number | undefined;
  /** The word patterns of the rule set being applied. */
  readonly patterns: PatternIndex;
}

/** One claim a rule reads in a sentence, before sources are attached. */
export interface RuleMatch {
  readonly subject: Mention;
  /** Set when the rule reads another predicate than its own (a negated "accept" rejects). */
  readonly predicate?: Predicate | undefined;
  readonly object: ClaimArgument;
  /** 0..1: how often this rule is right on news text. */
  readonly confidence: number;
}

/** An extraction rule: a name (kept with every claim it makes), the predicate it reads, and the matcher. */
export interface ExtractionRule {
  readonly name: string;
  readonly predicate: Predicate;
  /** Word patterns the rule looks for, found for all rules of a set in one pass over a sentence. */
  readonly patterns?: readonly RegExp[] | undefined;
  match(view: SentenceView, context: ArticleContext): RuleMatch[];
}

/**
 * The word patterns of a rule set, compiled once: which patterns each word matches is remembered, since a corpus
 * repeats its words far more often than it adds new ones, and a sentence is scanned once for all of them.
 */
export class PatternIndex {
  private readonly patterns: readonly RegExp[];
  private readonly hitsByWord = new WordMemo<readonly RegExp[]>((lower, lemma) => this.patterns.filter((p) => p.test(lower) || p.test(lemma)));

  constructor(rules: readonly ExtractionRule[]) {
    this.patterns = [...new Set(rules.flatMap((rule) => rule.patterns ?? []))];
  }

  /** The patterns a token's word or lemma matches. */
  hits(lower: string, lemma: string): readonly RegExp[] {
    return this.hitsByWord.get(lower, lemma);
  }
}

/** One topic claim per (subject, topic label): a list of holders or a list of conditions multiplies out. */
export function topicMatches(subjects: readonly Mention[], labels: Iterable<string>, confidence: number): RuleMatch[] {
  const matches: RuleMatch[] = [];
  for (const label of labels) for (const subject of subjects) matches.push({ subject, object: { kind: 'topic', label, type: 'Topic' }, confidence });
  return matches;
}

/** A lexicon class as a trigger, less the entries other rules read better (`except`, as lemmas joined by spaces). */
export interface LexiconTrigger {
  readonly cls: LexiconClass;
  readonly part?: LexiconPart | undefined;
  readonly except?: ReadonlySet<string> | undefined;
}

/** Where a rule's trigger occurs in a sentence: [first token, last token] of each occurrence. */
function triggerSpans(view: SentenceView, trigger: RegExp | LexiconTrigger, patterns: PatternIndex): readonly (readonly [number, number])[] {
  if (trigger instanceof RegExp) return view.positionsOf(trigger, patterns).map((k) => [k, k] as const);
  const part = trigger.part ?? 'verbs';
  // ("hands the union a veto over technology": a verb's word after an article, read as a noun, is the noun.)
  const noun = (a: number): boolean => part === 'verbs' && view.tokens[a]!.pos === 'NOUN' && /^(a|an|the)$/.test(view.lower(a - 1));
  const except = trigger.except;
  return view.lexiconMatches(trigger.cls, part).filter(([a, b]) => !noun(a) && !except?.has(view.tokens.slice(a, b + 1).map((t) => t.lemma).join(' ')));
}

/**
 * The topic last read before token `at`: the last one of the article, unless the sentence read it later than `at`
 * ("accepted, and agreed in return to free the captives"), when it is the last one before the sentence.
 */
export function topicBefore(view: SentenceView, context: ArticleContext, at: number): ArticleContext['lastTopic'] {
  const sameSentence = context.lastTopic?.sentence === view.sentence.index;
  const later = sameSentence && (context.lastTopic!.at ?? 0) > at;
  // ("X said Chile should reject the plan": a topic of the sentence that holds the words referring back is no earlier
  // topic they refer to.)
  const holdsReference = sameSentence && context.lastTopic!.label.toLowerCase().includes(view.text(at, Math.min(view.tokens.length, at + 2)).toLowerCase());
  return later || holdsReference ? context.topicBeforeSentence : context.lastTopic;
}

/** Declares a stance rule: a trigger word, where its object starts, and how subjects are found. */
export interface StanceRuleSpec {
  readonly name: string;
  readonly predicate: Predicate;
  /** What triggers the rule: a pattern tested on each token's lower-cased form and lemma, or a class of the lexicon's verbs. */
  readonly trigger: RegExp | LexiconTrigger;
  /** Words after the trigger that must follow (e.g. "for" after "call"), skipped before the object. */
  readonly particle?: RegExp | undefined;
  /** Words allowed between trigger and particle (e.g. "the idea" in "float the idea of"). */
  readonly gap?: number | undefined;
  readonly confidence: number;
  /** What a negated trigger means: nothing (skip) or another predicate ("will not accept" rejects). */
  readonly negatedAs?: Predicate | 'skip' | undefined;
  /** "pledged never to recognise X": an object negated at its start is what the holder rejects. */
  readonly negativeObjectRejects?: boolean | undefined;
  /** Split lists of conditions into one topic each; 'terms': only a list of terms (each with a figure, or three or more each with "a"). */
  readonly split?: boolean | 'terms' | undefined;
  /** Passive voice: the subject is the agent after "by", the object what comes before the verb. */
  readonly passive?: boolean | undefined;
  /** The holder follows "from" after the trigger ("pressure from X to …"). */
  readonly agentAfterFrom?: boolean | undefined;
  /** The word just before the trigger must match ("reached an agreement", not "before agreement"). */
  readonly requireBefore?: RegExp | undefined;
  /**
   * After "a" or "an", the verb before the article must be one of making a deal ("reached a deal on", not "seeking a
   * deal on").
   */
  readonly dealVerbBeforeArticle?: boolean | undefined;
  /** The trigger is a participle read as an adjective after "be" ("is opposed to"), not a passive. */
  readonly adjectival?: boolean | undefined;
  /** The object, as written after the trigger, must match ("announced an exchange", not "announced that he would travel"). */
  readonly objectMust?: { test(object: string): boolean } | undefined;
  /** A word at most six tokens before the trigger must match ("raised the possibility of", "discussed with allies the idea of"). */
  readonly introducedBy?: RegExp | undefined;
  /**
   * Introducers that, as a participle after a comma, say what an event makes likely, no one's stance: "…, raising the
   * prospect of fresh stoppages".
   */
  readonly consequenceIntroducers?: RegExp | undefined;
  /** The object must not match. */
  readonly objectMustNot?: RegExp | undefined;
  /** The trigger must be tagged as a verb ("demands" the verb, not the noun). */
  readonly verbOnly?: boolean | undefined;
  /** Skip when a word before the trigger matches (another rule reads that sentence better). */
  readonly unlessBefore?: RegExp | LexiconTrigger | undefined;
  /** The holder is the sentence's first actor ("Kiev …, with its main goal being …"). */
  readonly holderIsSentenceSubject?: boolean | undefined;
  /** The trigger states an obligation ("must include"): a side that is its own subject is obliged, and holds nothing. */
  readonly obliges?: boolean | undefined;
  /** With no subject stated ("the meeting resulted in agreement on …"), both sides of the negotiation hold it. */
  readonly bothSidesWhenUnstated?: boolean | undefined;
  /** Fires only when the trigger is negated ("will not accept"). */
  readonly onlyNegated?: boolean | undefined;
  /** An agreement binds the partner too: "engaged in talks with Y and reached understandings on …" (Y a side at the table). */
  readonly withPartner?: boolean | undefined;
}

const FROM: ReadonlySet<string> = new Set(['from']);
export const TO: ReadonlySet<string> = new Set(['to']);
const DURATIONS = /^(weeks|months|days|years|hours|decades|fortnight|now|long)$/;
/** Lexicon classes of verbs that state a stance of their own, read by their own rules ("will never accept", "Norway rejects"). */
export const STANCE_VERB_CLASSES = ['reject', 'demand', 'propose', 'agree', 'sign', 'commit', 'reach-deal'] as const;
/** The mention types that can hold a stance: a side, a person speaking for one, a delegation. */
export const STANCE_ACTORS: ReadonlySet<Mention['type']> = new Set<Mention['type']>(['Party', 'Person', 'Delegation']);
/** ", that" or ", and that" at k: the comma that opens a further that-clause. */
function opensThatClause(view: SentenceView, k: number): boolean {
  return view.lower(k) === ',' && (view.lower(k + 1) === 'that' || (view.lower(k + 1) === 'and' && view.lower(k + 2) === 'that'));
}

/**
 * The that-clauses that follow the one ending at `end`, each opened by ", that", ", and that" or "and that": "accepted
 * that the boats will be weighed at the quay, that an inspector will certify the scales, and that …".
 */
function laterThatClauses(view: SentenceView, end: number): { label: string }[] {
  const clauses: { label: string }[] = [];
  let at = end;
  for (let n = 0; n < 5; n++) {
    const comma = view.lower(at) === ',' ? at + 1 : at;
    const that = view.lower(comma) === 'and' ? comma + 1 : comma;
    if (view.lower(that) !== 'that' || that === at) break;
    // (The clause runs to the next that-clause or the end of the sentence: its own verb is no end of it.)
    let next = that + 1;
    while (next < view.tokens.length && !/^[.;:]$/.test(view.lower(next)) && !opensThatClause(view, next)) next++;
    const label = next > that + 1 ? topicsIn(view, that + 1, next, false)[0]?.label : undefined;
    if (label === undefined) break;
    clauses.push({ label });
    at = next;
  }
  return clauses;
}

/** "first 3 percent, then 4 percent", "5%, then 6%": the figures of a sequence of moves, each its own label; else the label. */
export function figuresInTurn(label: string): string[] {
  const turn = /^(?:(?:first|initially|at first) )?(.{1,40}?),? (?:and )?then (.{1,40})$/i.exec(label);
  if (!turn || !/\d/.test(turn[1]!) || !/\d/.test(turn[2]!)) return [label];
  return [turn[1]!.replace(/^(?:an?|the) /i, ''), turn[2]!.replace(/^(?:an?|the) /i, '')];
}

/**
 * Making a deal with no word of what it holds, or working with others: "to negotiate an agreement", "reaching a lasting
 * settlement", "to work with the ministry".
 */
export const MAKING_A_DEAL = /^(?:to )?(?:(?:reach|reaching|find|finding|secure|securing|negotiate|negotiating|broker|brokering|work out|working out)(?: a| an| the)?(?: \w+)? (?:agreements?|deals?|solutions?|settlements?|accords?|compromises?)\b|(?:work|working|cooperate|cooperating|engage|engaging|partner|partnering)(?: \w+ly)? with\b)/i;

/** The sides a call is addressed to, named by a group word, before what they are asked to do: "both sides to …". */
export const ADDRESSED_SIDES = /^(?:them|(?:(?:both|the|all) )?(?:(?:two|three|four) )?(?:sides|parties|parts|delegations|communities|clans|countries|governments|camps|factions|groups|negotiators)) to (?=\p{Ll})/iu;
const INDEFINITE_OBJECT = /^(anything|something|everything|nothing)\b(?! (?:above|over|below|under|beyond|more than|less than|higher than|lower than|short of) \S*\d)/i;
// ("that figure", "such a requirement": nouns that refer back only after a demonstrative; "the revised offer", "the
// best and final offer": words of recency say it is the one last made.)
const ANAPHORIC_OBJECT = /^(?:(?:this|that|these|those|such|the)\s+(?:an?\s+)?(?:(?:new|latest|final|revised|fresh|improved|updated|amended|sweetened|best|last|current|and)\s+)*(?:initiative|proposal|idea|plan|offer|demand|demands|conditions|request|suggestion|proposals|terms|call|calls|appeal|package|compromise|formula)(?:\s+at\s+(?:a|an|the)\s+(?:\S+\s+)?(?:meeting|rally|session|gathering|assembly|congress|conference|vote|ballot)\b.*)?|(?:this|that|these|those|such)\s+(?:an?\s+)?(?:figure|figures|number|sum|amount|requirement|requirements|condition|clause|provision)|such an? (?:initiative|proposal|idea|plan|offer|request|suggestion)\b(?! (?:of|for|to|on)\b).*)$/i;
/** "both", "both of them", "both proposals": the two things a side put forward last. */
const BOTH_REFERENCE = /^both(?: of (?:them|these|those|the \w+s)| (?:proposals|demands|offers|ideas|plans|conditions|requests|points|measures))?$/i;
/** "those demands in the talks on …": a reference back, with words after it that do not say what the demands are. */
const ANAPHORIC_START = /^(?:this|these|those|such)\s+(?:initiative|proposal|idea|plan|offer|demand|demands|conditions|request|suggestion|proposals|terms|call|calls|appeal|package|compromise|formula)\b/i;

/** Adverbs that say how a stance is taken, not what it holds: "rejected the plan outright", "backed it unanimously". */
const STANCE_MANNER = /^(outright|flatly|categorically|completely|entirely|totally|altogether|firmly|unanimously|formally|publicly|privately|immediately|swiftly|quickly|promptly|comfortably|overwhelmingly|reluctantly|grudgingly|angrily|bluntly|absolutely|emphatically|vehemently|roundly|resolutely|repeatedly|strongly|too|also|either)$/;

/** How much of a thing a side accepts or rejects, after "in": "in principle", "in full". */
const EXTENT_WORDS = 'principle|full|part|whole|totality|entirety';
const STANCE_EXTENT = new RegExp(`^(?:${EXTENT_WORDS})$`);
const EXTENT_TAIL = new RegExp(` in (?:${EXTENT_WORDS})$`);

/** A label without how much of it a side took ("six-week pause in principle" is the pause). */
export function withoutExtent(label: string): string {
  return label.replace(EXTENT_TAIL, '');
}

/** Words for an offer that do not say what it is: "a compromise", "a new formula". */
const VAGUE_OFFERS = /^(compromise|proposal|plan|offer|formula|solution|package|idea|alternative|framework|counter-?proposal|counter-?offer)$/;

/** Words for an amount that do not say how much: "a much larger sum", "a bigger raise". */
const VAGUE_AMOUNTS = /^(sum|amount|figure|number|total|share|rise|raise|increase|cut|payment|price|rate|level|bid)$/;

/** A dash that sets off an aside: an em or en dash, or a hyphen standing alone. */
const ASIDE_DASH = /^[—–-]$/;

/**
 * "a much larger sum—$90 million a year—to cover …": a vague object whose figure follows between
 * dashes, or after a colon, is that figure. Any other object is kept as it is.
 */
function statedFigure(view: SentenceView, from: number, end: number): [number, number] {
  // "the compromise on pay that broke the deadlock: 5.5% now and another 2% in July": the figures after a colon.
  if (view.lower(end) === ':' && !/\d/.test(view.text(from, end))) {
    const first = view.tokens[end + 1];
    if (first !== undefined && (first.pos === 'NUM' || (first.pos === 'SYM' && view.tokens[end + 2]?.pos === 'NUM'))) return [end + 1, view.clauseEnd(end + 1)];
    // "proposed a compromise: the release of five fishermen and …": a bare word for an offer says what it is after the colon.
    const words = view.tokens.slice(from, end).filter((t) => t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'PRON');
    // ("presented her plan at the session: …": a phrase of manner or place after the word changes nothing.)
    const bare = words.length === 1 || (words.length > 1 && words[1]!.pos === 'ADP' && !/^(of|for|on|to)$/.test(words[1]!.lower));
    // ("set out its own plan: staff would give up …": clauses after the colon, each with its modal, are read by the rule
    // of terms after a colon.)
    const clauses = view.find(/^(would|will|shall)$/, end + 1, 6) !== undefined;
    if (bare && VAGUE_OFFERS.test(words[0]!.lower) && end + 1 < view.tokens.length && !clauses) return [end + 1, view.clauseEnd(end + 1)];
  }
  const dash = view.find(ASIDE_DASH, from + 1, Math.min(end + 1, from + 8) - from - 1);
  // A hyphen inside a word ("pre-2014 borders") sets nothing off.
  if (dash === undefined || /\d/.test(view.text(from, dash)) || (view.tokens[dash]!.text === '-' && glued(view.tokens, dash, dash + 1))) return [from, end];
  const first = view.tokens[dash + 1];
  if (first === undefined || !(first.pos === 'NUM' || (first.pos === 'SYM' && view.tokens[dash + 2]?.pos === 'NUM'))) return [from, end];
  // ("hard limits on class sizes — 24 students … — written into the contract": what the figures are of, said before
  // the dash, is the object; they only detail it.)
  if (view.tokens.slice(from + 1, dash).some((t) => t.pos === 'ADP')) return [from, end];
  // ("a new leave policy - twelve weeks for mothers, … -": figures that detail a thing named are no part of it.)
  if (!VAGUE_OFFERS.test(view.lower(dash - 1)) && !VAGUE_AMOUNTS.test(view.lower(dash - 1))) return [from, end];
  const close = view.find(ASIDE_DASH, dash + 2, 12);
  return [dash + 1, close ?? Math.max(end, view.clauseEnd(dash + 1))];
}

/** Whether the verb at k completes "agreed to", past an adverb or two words of manner ("agreed by consensus to"). */
function agreedToAt(view: SentenceView, k: number): boolean {
  if (view.lower(k - 1) !== 'to') return false;
  const verb = [k - 2, k - 3, k - 4].find((v) => v >= 0 && view.lemma(v) === 'agree');
  return verb !== undefined && view.tokens[verb]!.pos === 'VERB' && (verb === k - 2 || (verb === k - 3 && view.tokens[k - 2]!.pos === 'ADV') || MANNER_PHRASES.test(`${view.lower(verb + 1)} ${view.lower(verb + 2)}`));
}

/** Punctuation that ends a noun's phrase before a particle: see stanceRule. */
const NOUN_PHRASE_ENDS: ReadonlySet<string> = new Set(['—', '–', ',', ';', ':', '(', ')']);
/** Words that take "on", "for" or "to" themselves: "binding on", "based on", "conditional on", "open to". */
const PARTICLE_TAKERS = /^(binding|based|conditional|contingent|dependent|focused|focussed|centred|centered|hinging|premised|silent|open|subject|applicable|due|set)$/;

/** A ministry named as the whole of what a side wants: "the Ministry of Justice", "the Interior Ministry". */
const DEMANDED_PORTFOLIO = /^(?:the )?(?:Ministry of \p{Lu}[\p{L} ,&-]*|(?:\p{Lu}\p{L}+ ){1,3}Ministry)$/u;

/** Two words of manner that may stand between a verb and its particle: "agreed by consensus to …". */
const MANNER_PHRASES = /^(in principle|by consensus|by acclamation|in writing|on paper|in part)$/;

/** Builds a rule from a declaration. */
export function stanceRule(spec: StanceRuleSpec): ExtractionRule {
  return {
    name: spec.name,
    predicate: spec.predicate,
    patterns: [spec.trigger, spec.unlessBefore].filter((t): t is RegExp => t instanceof RegExp),
    match(view, context) {
      const results: RuleMatch[] = [];
      for (const [first, k] of triggerSpans(view, spec.trigger, context.patterns)) {
        // "the union's demand for …": the side before the possessive holds the stance, whoever the clause's subject is.
        let owners: Mention[] | undefined;
        if (spec.requireBefore) {
          // "reached initial understandings": adjectives between the required word and the trigger qualify the trigger, and
          // so do nouns in lower case and words joined by hyphens ("a fisheries agreement", "a staff-level agreement").
          let before = first - 1;
          const qualifies = (j: number): boolean => {
            const t = view.tokens[j]!;
            const hyphened = t.text === '-' || view.tokens[j + 1]?.text === '-';
            return (t.pos === 'ADJ' || hyphened || (t.pos === 'NOUN' && t.text === t.lower)) && !spec.requireBefore!.test(view.lower(j));
          };
          while (before > 0 && first - before <= 4 && qualifies(before)) before--;
          // "reached yesterday evening agreement on …": a time may stand between the verb and its noun.
          if (!spec.requireBefore.test(view.lower(before)) && !spec.requireBefore.test(view.lemma(before))) {
            const verb = [2, 3, 4].map((n) => first - n).find((v) => v >= 0 && afterTimePhrase(view, v + 1) === first);
            if (verb === undefined || (!spec.requireBefore.test(view.lower(verb)) && !spec.requireBefore.test(view.lemma(verb)))) continue;
            before = verb;
          }
          if (spec.dealVerbBeforeArticle && /^(a|an)$/.test(view.lower(before)) && before > 0) {
            const verb = before - 1;
            // "resulted in an agreement on …": a word the rule accepts before the deal may stand before the article too.
            const dealVerb =
              spec.requireBefore.test(view.lower(verb)) ||
              spec.requireBefore.test(view.lemma(verb)) ||
              DEAL_MAKING_CLASSES.some((cls) => view.lexiconMatches(cls, 'verbs').some(([, last]) => last === verb));
            if (!dealVerb) continue;
          }
          // ("failed to reach a deal on …", "did not reach an agreement on …": no deal was made.)
          const dealVerbAt = /^(a|an|the)$/.test(view.lower(before)) ? before - 1 : before;
          if (spec.predicate === 'agrees' && view.tokens[dealVerbAt]?.pos === 'VERB' && (view.failedAt(dealVerbAt) || view.negated(dealVerbAt))) continue;
          const possessors = view.lower(before) === "'s" ? view.actors.filter((m) => m.tokenEnd === before && STANCE_ACTORS.has(m.type)) : [];
          if (possessors.length > 0) owners = possessors;
          // "rejected the workers' demand for …": someone named but no side holds it, not the clause's subject.
          else if (view.lower(before) === "'s" && view.tokens[before - 1]?.pos === 'NOUN') continue;
        }
        if (spec.introducedBy) {
          const introducer = view.find(spec.introducedBy, Math.max(0, first - 6), Math.min(6, first));
          if (introducer === undefined) continue;
          if (spec.consequenceIntroducers?.test(view.lower(introducer)) && view.lower(introducer - 1) === ',') continue;
        }
        // "its block hours": a word tagged a verb after a possessive is a noun.
        if (view.tokens[first]!.pos === 'VERB' && nounAfterPossessive(view, first)) continue;
        // ("has faced declining demand", "saw rising costs": a participle in -ing between a verb and a noun qualifies the noun.)
        if (first === k && view.lower(k).endsWith('ing') && view.tokens[k - 1]?.pos === 'VERB' && view.lemma(k - 1) !== 'be' && view.tokens[k + 1]?.pos === 'NOUN' && view.tokens[k + 1]!.text === view.lower(k + 1)) continue;
        // "the increase the union demanded was dropped": a noun's rule before "is" or "was" needs the noun, not the verb.
        if (spec.particle?.test('is') === true && view.tokens[first]!.pos === 'VERB') continue;
        // "would not back down on …", "backed out of …": another verb than "back", read by demands.not-budge.
        if (view.lower(k) === 'back' && /^(down|off|out|away)$/.test(view.lower(k + 1)) && spec.particle?.test('on') !== true) continue;
        // "pushed back against the plan for …": a verb of pushing back opposes, it calls for nothing.
        if (view.lower(k + 1) === 'back' && /^(push|fight|hit)$/.test(view.lemma(k)) && spec.predicate !== 'rejects') continue;
        // "would like": a phrase that opens with an auxiliary has its verb at its end.
        if (spec.verbOnly && !(view.tokens[first]!.pos === 'AUX' ? first < k && isVerbAt(view, k) : isVerbAt(view, first))) continue;
        // ("a power of veto on …": a verb of a lexicon class used as a noun, after "of" or a determiner, is no verb.)
        if (!(spec.trigger instanceof RegExp) && first === k && view.tokens[first]!.pos === 'NOUN' && /^(of|a|an|the|its|their|his|her|any|no)$/.test(view.lower(first - 1))) continue;
        // "United Nations-sponsored talks", "Swiss-sponsored peace meetings": talks a party sponsors are no proposal of its
        // ("an EU-sponsored plan" is).
        if (view.lower(first - 1) === '-' && glued(view.tokens, first - 2, first - 1) && glued(view.tokens, first - 1, first) && (TALKS_NOUNS.test(view.lemma(first + 1)) || (view.lower(first + 1) === 'peace' && TALKS_NOUNS.test(view.lemma(first + 2))))) continue;
        if (spec.unlessBefore && triggerSpans(view, spec.unlessBefore, context.patterns).some(([a]) => a < first)) continue;
        // ("agreed to require monitors on every vessel": what the sides agreed to ask of others is a term, no demand.)
        if (spec.predicate !== 'agrees' && view.tokens[first]!.pos === 'VERB' && agreedToAt(view, first)) continue;
        let objectStart = k + 1;
        let partner: Mention | undefined;
        if (spec.particle) {
          // "agreed also to create …": an adverb may stand between the verb and its particle.
          // ("agreed not to close the quay": what the sides agree not to do is agreed, its negation with it.)
          const agreedNot = spec.predicate === 'agrees' && /^(not|never)$/.test(view.lower(k + 1)) && view.lower(k + 2) === 'to' && spec.particle.test('to') && view.tokens[k + 3]?.pos === 'VERB';
          // ("reached an agreement in principle with …", "agreed by consensus to …": the reservation or the manner
          // stands there as an adverb would.)
          const manner = MANNER_PHRASES.test(`${view.lower(k + 1)} ${view.lower(k + 2)}`);
          // ("agreed, however, to …": an adverb set off by commas.)
          const setOff = view.lower(k + 1) === ',' && (view.tokens[k + 2]?.pos === 'ADV' || view.lower(k + 2) === 'though') && !isNegation(view.tokens[k + 2]) && view.lower(k + 3) === ',';
          const adverbs = agreedNot || (view.tokens[k + 1]?.pos === 'ADV' && !isNegation(view.tokens[k + 1]) && !spec.particle.test(view.lower(k + 1))) ? 1 : manner ? 2 : setOff ? 3 : 0;
          // "agreed with Peru to postpone …": the side agreed with, between the verb and its particle, agrees too.
          partner = spec.withPartner ? sideAfterWith(view, k + 1 + adverbs, context) : undefined;
          let particle = view.find(spec.particle, partner?.tokenEnd ?? k + 1 + adverbs, (spec.gap ?? 0) + 1);
          // "agreed last month to …", "agreed on Thursday to …": a time phrase may stand between the word and its
          // particle, and may open with the particle itself.
          const timeFirst = afterTimePhrase(view, k + 1);
          const afterTime = particle === undefined || (particle === k + 1 && timeFirst > k + 1 && view.find(spec.particle, timeFirst, 1) !== undefined) ? timeFirst : k + 1;
          if (afterTime > k + 1) particle = view.find(spec.particle, afterTime, (spec.gap ?? 0) + 1);
          // "an agreement in principle on Saturday to raise …": a time phrase that opens with the particle is skipped.
          const pastTime = particle === undefined ? particle : afterTimePhrase(view, particle);
          if (particle !== undefined && pastTime! > particle) particle = view.find(spec.particle, pastTime!, 2);
          // "pressing Peru for months for accepting …": a duration is not the object.
          // "pressed Moscow for more than a year to free …".
          // ("asked the mediator for one more week": a duration with nothing after it is what is asked.)
          let after: number | undefined;
          while (particle !== undefined && (after = durationEnd(view, particle + 1)) !== undefined) {
            const next = view.find(spec.particle, after, (spec.gap ?? 0) + 1);
            if (next === undefined && /^[.;]?$/.test(view.lower(after))) break;
            particle = next;
          }
          if (particle === undefined) continue;
          // "the accord's section on night shifts is untested": the deal owns what the particle's phrase is about, a
          // comment on one of its parts, not what a side agreed.
          if (spec.predicate === 'agrees' && view.tokens[first]!.pos === 'NOUN' && /^(?:'s|’s)$/.test(view.lower(k + 1))) continue;
          // "take the deal to the membership": "to" after a deal's noun opens what is agreed only before a verb ("a deal to end
          // the strike"); before a noun it names who the deal goes to.
          if (spec.predicate === 'agrees' && view.lower(particle) === 'to' && view.tokens[first]!.pos === 'NOUN' && !/^(VERB|AUX)$/.test(view.tokens[particle + 1]?.pos ?? '')) continue;
          // ("the current deal, set to expire on Friday", "a deal due to lapse": a participle between the deal and "to"
          // says what the deal will do, not what it holds.)
          if (spec.predicate === 'agrees' && view.lower(particle) === 'to' && view.tokens[first]!.pos === 'NOUN' && view.tokens.slice(k + 1, particle).some((t) => t.pos === 'VERB' || t.lower === 'due')) continue;
          // ("set out in the framework accord — a ranger for each 300 hectares in …": a dash or a comma between a noun and
          // the particle ends the noun's phrase; "the accord binding on every member": so does a word that takes the
          // particle itself.)
          if (view.tokens[first]!.pos === 'NOUN' && (view.tokens.slice(k + 1, particle).some((t) => NOUN_PHRASE_ENDS.has(t.text)) || PARTICLE_TAKERS.test(view.lower(particle - 1)))) continue;
          // "criticised the deal for failing to …", "praised the offer for its …": after a verb of judging the noun,
          // "for" gives the reason.
          if (view.lower(particle) === 'for' && view.tokens[first]!.pos !== 'VERB' && view.lexiconMatches('judge', 'verbs').some(([, last]) => last < first && last >= first - 4)) continue;
          // 'called it "a partnership for a new era"': a particle inside a quotation is the quotation's.
          if (view.find(/^["“”]$/, k + 1, particle - k - 1) !== undefined) continue;
          // "the pact is meant to ease …": a clause between the word and its particle makes the particle another verb's;
          // a participle ("an agreement made last month for …") does not.
          // "A deal was reached on the quota": a passive of reaching joins the deal to its particle.
          const between = view.tokens.slice(k + 1, particle);
          const reachedPassive = between.length === 2 && between[0]!.pos === 'AUX' && /^(reach|strike|seal|agree|sign|clinch|forge)$/.test(between[1]!.lemma);
          // "The deal sets quotas for …": a finite verb between the word and its particle makes the particle the verb's.
          // ("The deal collapsed over the quotas", "foundered on one issue": so does a verb of failing, in any form.)
          // ("Key terms of the deal include a ban on …": so does a verb in its bare present, unless a participle of the same form.)
          const barePresent = (t: Token): boolean => t.lower === t.lemma && !t.lower.endsWith('ed') && !SAME_FORM_PARTICIPLES.test(t.lower);
          if (!reachedPassive && between.some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && (t.lower.endsWith('ing') || (t.lower.endsWith('s') && t.lower !== t.lemma) || barePresent(t) || FAILING_VERBS.test(t.lemma))))) continue;
          // "declined to include in the deal any worker dismissed for theft": a determiner right after the word opens
          // another noun phrase, whose particle it is.
          if (between[0]?.pos === 'DET' && view.tokens[first]!.pos === 'NOUN') continue;
          // "the deal, which is to last six weeks": a relative clause between the word and its particle.
          // ("would press, in the next round, for …", "agreed, however, to …": an aside between commas that opens on a
          // preposition or an adverb is none.)
          const aside = view.lower(k + 1) === ',' && view.lower(particle - 1) === ',' && particle - k > 3 && (/^(ADP|ADV)$/.test(view.tokens[k + 2]?.pos ?? '') || setOff) && view.find(/^(,|which|that|who)$/, k + 2, particle - k - 3) === undefined;
          if (!aside && view.find(/^(,|which|that|who)$/, k + 1, particle - k - 1) !== undefined) continue;
          // "agreed a new protocol that will let …": "that" after a noun opens a relative clause, not what was agreed.
          // ("agreed at a meeting in Lima that …": after a place or a time, "that" says what was agreed; "agreed the creation
          // of a board that …" has an object first.)
          // ("agreed on a chapter that …": after the verb's own preposition, "that" opens a relative clause again.)
          // ("agreed last week that …": a time phrase that ends at "that" is no object.)
          const timeBefore = timeFirst > k + 1 && timeFirst === particle;
          if (view.lower(particle) === 'that' && particle > k + 1 && !timeBefore && /^(NOUN|PROPN)$/.test(view.tokens[particle - 1]!.pos) && (timeFirst === particle || view.tokens[timeFirst]?.pos !== 'ADP' || /^(on|upon|to)$/.test(view.lower(timeFirst)))) continue;
          objectStart = agreedNot ? k + 1 : particle + 1;
        } else objectStart = afterRecipient(view, afterPlaceBeforeClause(view, afterTimePhrase(view, afterAside(view, objectStart))));
        // "commits itself to end the strike": the reflexive before "to" is the subject again, not the object.
        if (/^(itself|themselves|himself|herself|ourselves)$/.test(view.lower(objectStart)) && view.lower(objectStart + 1) === 'to') objectStart += 2;
        // "the proposal was presented": a passive participle has no active subject to read.
        if (!spec.passive && !spec.adjectival && isPassiveParticiple(view, first)) continue;
        // "demanded the rehiring of 40 dismissed workers", "resubmitted the rejected offer": a participle between an article
        // or a number and its noun describes the noun; no one takes a stance in it.
        if (!spec.adjectival && isAttributiveParticiple(view, first)) continue;
        // "welcomes the collective agreement concluded today between …": a participle right after a deal's noun tells when
        // and between whom the deal came about, no stance of the sentence's subject.
        if (!spec.passive && /ed$/.test(view.lower(first)) && (view.endsLexiconEntry('deal', 'nouns', first - 1) || view.endsLexiconEntry('document', 'nouns', first - 1))) continue;
        // "criticized X for declining to attend": the gerund's subject is the actor before the preposition, if any.
        // A passive is a participle: "declining" reads no agent after it.
        if (spec.passive && view.lower(first).endsWith('ing')) continue;
        // ("is reviewing the pay offers presented by X": a plural the tagger read as a verb, before a passive's
        // participle and its agent, is a noun, no stance's verb.)
        if (/[^s]s$/.test(view.lower(first)) && view.lemma(first) !== view.lower(first) && isPastParticiple(view.tokens[first + 1]) && view.lower(first + 2) === 'by') continue;
        // "Its side of the table is led by …": a passive's trigger is a verb, not a noun that is one of its forms.
        if (spec.passive && view.tokens[first]!.pos === 'NOUN') continue;
        // ("the text will be ratified by each parliament later", "will need to be approved by …": a bare "be" says it is still to
        // be done, not done.)
        if (spec.passive && bareBeBefore(view, first)) continue;
        // "went into the talks demanding 16.5%": the gerund after the talks one goes into is the goer's.
        // "came in demanding 45%": so is the gerund after coming in.
        // "opened the talks offering 40 cents": so is the gerund after the talks a side opens.
        const intoTalks =
          (/^(talks|negotiations|meeting|round)$/.test(view.lower(first - 1)) && view.lower(first - 2) === 'the' && (/^(into|to)$/.test(view.lower(first - 3)) || /^(open|begin|start|enter|resume)$/.test(view.lemma(first - 3)))) ||
          (view.lower(first - 1) === 'in' && /^(come|go|walk)$/.test(view.lemma(first - 2)));
        const gerundHolder = !spec.holderIsSentenceSubject && !spec.passive && !intoTalks && isGerundAfterPreposition(view, first) ? gerundSubjects(view, first) : undefined;
        if (gerundHolder !== undefined && gerundHolder.length === 0) continue;
        // "contingent on members ratifying the contract": a gerund after a common noun has that noun as its subject.
        // "issued a statement denying that …": after a noun of saying or of a text, the gerund is the issuer's.
        // ("signed a peace accord setting out …": the text of a deal the sides signed or reached states what they
        // agreed, no one side's demand or proposal; "handed Peru a memorandum setting out …" is the hander's.)
        const ofDeal = spec.predicate !== 'agrees' && view.endsLexiconEntry('deal', 'nouns', first - 1) && signedBefore(view, first - 1);
        const issued = view.lexiconEntryAt('report', 'nouns', first - 1) !== undefined || (view.lexiconEntryAt('document', 'nouns', first - 1) !== undefined && !ofDeal);
        if (!spec.passive && view.lower(first).endsWith('ing') && view.tokens[first - 1]?.pos === 'NOUN' && !issued && !spentTime(view, first) && !intoTalks && !view.actors.some((m) => m.tokenEnd === first)) continue;
        if (isPending(view, first) || view.failedAt(first) || isUnassertedClause(view, first)) continue;
        // "agreed to submit the fee to arbitration": what sides agree to put forward is what they agreed, no proposal.
        if (spec.predicate === 'proposes' && view.lower(first - 1) === 'to' && (['agree', 'commit'] as const).some((cls) => view.lexiconEntryAt(cls, 'verbs', first - 2) !== undefined)) continue;
        // "insisting that players accept a split": who accepts is the clause's own subject, not the side before it.
        // (In the passive the clause's own subject is what the verb is done to: "said the offer had been rejected".)
        if (!(spec.passive && isPassiveParticiple(view, first)) && view.ownClauseSubject(first, spec.predicate === 'agrees')) continue;
        // "its demand that the union accept a freeze", "insisted that Peru accept": what a side demands of another is no
        // stance the other took.
        // ("demanded that the government suspend its operations and guarantee …": so is each verb of the clause.)
        if (spec.predicate !== 'demands' && (demandedOfSubject(view, first) || (view.lower(first) === view.lemma(first) && insideAskedClause(view, first)))) continue;
        const negated = view.negated(first);
        if (spec.onlyNegated && !negated) continue;
        const predicate = negated ? (spec.negatedAs as Predicate) : spec.predicate;
        // "the IMF, which must approve the terms", "Kenya should accept": an obligation or a judgement, no agreement.
        if (predicate === 'agrees' && !negated && UNASSERTED_MODALS.test(view.lower(auxiliaryBefore(view, first)))) continue;
        // "will have to agree a ceasefire", "still need to agree the quota": what sides have yet to agree.
        if (predicate === 'agrees' && !negated && view.lower(first - 1) === 'to' && /^(have|has|need|needs|needed)$/.test(view.lower(first - 2))) continue;
        // "would only sign the deal once …": a condition set, no agreement (see demands.unless).
        if (predicate === 'agrees' && view.lower(first - 1) === 'only') continue;
        // ("urged the state to cut subsidies before it approves the loan": nor is what a side does once a
        // condition is met.)
        if (predicate === 'agrees' && !negated && openedByCondition(view, first)) continue;
        if (negated && (spec.negatedAs ?? 'skip') === 'skip') continue;
        // ("would hand Ukraine a memorandum setting out its conditions": the text's issuer is the subject of the verb that
        // hands it over, not the side it goes to.)
        const issuer = issued && view.lower(first).endsWith('ing') ? issuerOf(view, first - 1) : undefined;
        // ("Its opening offer, in March, called for a 15 percent quota", "The plan would have required studios to …": what
        // an offer's verb calls for is what it offers, read by the stance-noun rule; what it "is contingent on" is still
        // demanded.)
        if (spec.predicate === 'demands' && !negated && view.tokens[first]!.pos === 'VERB' && offerIsSubject(view, first)) continue;
        const holders = owners ?? gerundHolder ?? issuer ?? subjectsFor(view, first, spec, context);
        // "said the United States must guarantee …": the side that must do a thing is asked to, by whoever says so.
        if (spec.obliges && holders.some((m) => m.tokenEnd === first)) continue;
        // "The mediator floated the idea of a pension fund, but Kestrel rejected it": an idea raised by no side is read for
        // what it proposes, so that "it" can refer to it, and given to no one.
        if (holders.length === 0 ? !(predicate === 'proposes' && spec.holderIsSentenceSubject) : isHypothetical(view, holders[0]!) || isRumoured(view, holders[0]!)) continue;
        // "neither side had accepted it": what no side did is no side's stance.
        const holder = holders[0];
        if (holder !== undefined && (view.lower(holder.tokenStart - 1) === 'neither' || view.lower(holder.tokenStart) === 'neither')) continue;
        let subjects = spec.withPartner ? [...holders, ...partnersWith(view, holders, first, context), ...(partner !== undefined && !holders.some((h) => h.party === partner!.party) ? [partner] : []), ...counterpartOfWe(view, holders, first, context)] : holders;
        // "agreed … that no further talks were needed": a that-clause is read from "that", so that its own verb stays in it.
        const clauseFrom = view.lower(objectStart - 1) === 'that' && objectStart - 1 > k ? objectStart - 1 : objectStart;
        let [from, end] = spec.passive ? passiveObject(view, first) : [objectStart, Math.min(view.clauseEnd(clauseFrom), view.asideEnd(k) ?? Infinity)];
        // "proposed that, if the talks fail again, the quota be set by scientists": the condition set off by commas
        // after "that" is no part of what is proposed.
        if (view.lower(from) === 'that' && view.lower(from + 1) === ',' && CONDITION_OPENERS.test(view.lower(from + 2)) && !spec.passive) {
          const close = view.find(COMMA, from + 3, 20);
          if (close !== undefined) [from, end] = [close + 1, view.clauseEnd(close + 1)];
        }
        // ("suggested the talks could move to Sydney": a clause without "that" after a verb of suggesting is what is
        // proposed, its subject and modal with it; so that a forecast, "prices would be higher by spring", is seen whole.)
        if (spec.predicate === 'proposes' && /^(suggest|propose|recommend)$/.test(view.lemma(k)) && /^(would|could|should|might|may|will|shall)$/.test(view.lower(end)) && /^(VERB|AUX)$/.test(view.tokens[end + 1]?.pos ?? '')) end = view.clauseEnd(end + 2);
        // ("agreed to talk again on Friday and, failing a deal, to call in a judge …": a second infinitive after an aside
        // that a condition opens goes on the list.)
        const andAside = view.lower(end) === 'and' ? end : view.lower(end) === ',' && view.lower(end - 1) === 'and' ? end - 1 : undefined;
        if (spec.split && andAside !== undefined && view.lower(andAside + 1) === ',' && CONDITION_OPENERS.test(view.lower(andAside + 2))) {
          const close = view.find(COMMA, andAside + 3, 8);
          if (close !== undefined && view.lower(close + 1) === 'to' && view.tokens[close + 2]?.pos === 'VERB') end = view.clauseEnd(close + 2);
        }
        // "Nurses reject 5.5% pay award, threaten strike ballot": a verb of the trigger's form after a comma is the
        // subject's next step, no item of a noun phrase's list. ("its veto, cast in May, of …": a participle
        // with its time or its agent qualifies the noun.)
        if (!spec.passive && view.tokens[from]?.pos !== 'VERB' && view.lower(from) !== 'to') {
          const form = (j: number): string => (view.lower(j) === view.lemma(j) ? '' : /ed$/.test(view.lower(j)) ? 'ed' : /s$/.test(view.lower(j)) ? 's' : '?');
          // ("a 9% raise, improved pensions and …": an "-ed" word before a noun qualifies it.)
          const participle = (j: number): boolean => /^(ADP|ADV)$/.test(view.tokens[j + 1]?.pos ?? '') || afterTimePhrase(view, j + 1) > j + 1 || (form(j) === 'ed' && /^(NOUN|ADJ|PROPN)$/.test(view.tokens[j + 1]?.pos ?? ''));
          const next = view.tokens.findIndex((t, j) => j > from && j < end && view.lower(j - 1) === ',' && t.pos === 'VERB' && form(j) === form(first) && !participle(j));
          if (next > 0) end = next - 1;
        }
        // "criticizing President X for …": a stance is taken on a proposal or a condition, never on a person.
        if (startsWithPerson(view, from)) continue;
        // "…, that the council demanded until the last round, fell from the text": a verb with only a phrase of time or
        // place before the comma, and the sentence's own verb after it, has no object there (see the relative-clause rules).
        const comma = spec.particle === undefined && view.tokens[from]?.pos === 'ADP' ? view.find(COMMA, from + 1, end - from - 1) : undefined;
        if (comma !== undefined && view.tokens[comma + 1]?.pos === 'VERB' && !view.lower(comma + 1).endsWith('ing')) continue;
        // "insists that Chile refused to lift tariffs": what a side says another did is a claim of fact, not a condition.
        if (predicate === 'demands' && saysWhatHappened(view, from)) continue;
        // "a request that Santiago refused categorically": a verb followed by adverbs alone has no object here.
        // ("Peru agreed, on condition that …" is read below: the acceptance takes what was put forward.)
        // ("The group accepted, and agreed in return to …" is read below too: a comma after the verb ends it.)
        const acceptedAlone = predicate === 'agrees' && view.lower(from) === ',' && end === from + 1;
        if (end > from && view.tokens.slice(from, end).every((t) => t.pos === 'ADV' || t.pos === 'PUNCT') && !CONDITION_SET.test(view.text(end, end + 4)) && !acceptedAlone) continue;
        // ("wants a commitment from Kestrel to build …": the side asked, before what it is asked to do, is left out of it.)
        let addressee: string | undefined;
        if (predicate === 'demands') {
          const cut = addresseeStart(view, from, end, holders);
          const asked = cut < end ? view.actors.find((m) => m.tokenStart === cut + 1 || (m.tokenStart === cut + 2 && view.lower(cut + 1) === 'the')) : undefined;
          const goesOn = asked !== undefined && ((view.lower(asked.tokenEnd) === 'to' && view.tokens[asked.tokenEnd + 1]?.pos === 'VERB') || view.lower(asked.tokenEnd) === 'that');
          if (goesOn) addressee = ` ${view.text(cut, asked.tokenEnd).trim()}`;
          else end = cut;
        }
        if (!spec.passive) [from, end] = statedFigure(view, from, end);
        // "rejected that condition outright": an adverb of manner after the object says how, not what.
        while (end > from + 1 && view.tokens[end - 1]!.pos === 'ADV' && STANCE_MANNER.test(view.lower(end - 1))) end--;
        // ("accepted that idea in principle", "approved the plan in full on Friday": so does a phrase of how much.)
        for (let j = from + 1; j < end - 1; j++) {
          if (view.lower(j) === 'in' && STANCE_EXTENT.test(view.lower(j + 1)) && view.onlyTimes(j + 2, end)) {
            end = j;
            break;
          }
        }
        // "refused categorically the suppression of the tax", "opposed again the new levy": so does one before it,
        // as translated news places it.
        while (from + 1 < end && view.tokens[from]!.pos === 'ADV' && (STANCE_MANNER.test(view.lower(from)) || /^(again|also)$/.test(view.lower(from)))) from++;
        // "proposed a truce of 72 hours which the two sides accepted": a relative clause whose subject is a side is that
        // side's stance on the object (read by the relative-clause rules), no part of it.
        const relativePronoun = view.find(/^(which|that)$/, from + 1, end - from - 1);
        if (relativePronoun !== undefined && view.tokens[relativePronoun - 1]?.pos === 'NOUN') {
          const side = view.actors.find((m) => m.tokenStart === relativePronoun + 1 && STANCE_ACTORS.has(m.type));
          // (Its verb has no object of its own: "guarantees that Washington will not walk away" is a content clause.)
          let verb = side === undefined ? -1 : side.tokenEnd;
          while (verb >= 0 && view.tokens[verb]?.pos === 'AUX') verb++;
          const gap = verb >= 0 && view.tokens[verb]?.pos === 'VERB' && (verb + 1 >= end || /^(PUNCT|ADV)$/.test(view.tokens[verb + 1]!.pos));
          if (gap) end = relativePronoun;
        }
        // "the union signed a two-year wage agreement with Natrail": the side it was made with agrees too, and is no part
        // of what was agreed.
        if (predicate === 'agrees' && !spec.passive) {
          const partner = partnerAfterWith(view, from, end, holders, context);
          if (partner !== undefined) {
            subjects = [...subjects, ...partner.sides];
            end = partner.with;
          }
          // ('had signed "with a heavy heart"': how a side signed, with no one to sign with, is no term.)
          else {
            const manner = view.find(/^with$/, from, 2);
            if (manner !== undefined && view.tokens.slice(from, manner).every((t) => /^["“]$/.test(t.text)) && /^(a|an)$/.test(view.lower(manner + 1))) continue;
          }
        }
        let raw = view.text(from, end).trim();
        let objectFrom = from;
        let objectPredicate = predicate;
        if (spec.negativeObjectRejects && /^(never|not) to /i.test(raw)) {
          objectFrom = from + 2;
          objectPredicate = 'rejects';
          raw = view.text(objectFrom, end).trim();
        }
        // "countered with a demand for a 45% rebate", "put forward a demand that …": what is put forward is a demand.
        const demand = predicate === 'proposes' ? /^((?:with )?(?:an?|its|their|a new|a fresh) (?:demand|condition) (?:for|of|that) )\S/i.exec(raw) : null;
        if (demand) {
          objectFrom = from + demand[1]!.trim().split(/\s+/).length;
          objectPredicate = 'demands';
          raw = view.text(objectFrom, end).trim();
        }
        // "countered with a proposal to keep its share at 54 percent": what is proposed is the step after "to".
        // (Found by its "to": "counter-offer" is three tokens.)
        const step = predicate === 'proposes' && !demand && /^(?:with )?(?:an?|its|their|a new|a fresh|a revised) (?:proposal|plan|offer|counter-?proposal|counter-?offer) to \S/i.test(raw);
        const stepAt = step ? (view.find(/^to$/, objectFrom, 8) ?? -2) + 1 : -1;
        if (step && view.tokens[stepAt]?.pos === 'VERB') {
          objectFrom = stepAt;
          raw = view.text(objectFrom, end).trim();
        }
        // A bare verb takes what another side last put forward: "Chile demurred.", "Peru refused." and "… Chile did
        // not accept." turn it down; "Both delegations accepted, and …", "Peru accepted on Tuesday.", "Peru agreed on
        // condition that …" take it.
        const last = topicBefore(view, context, from);
        // ("something that Ukraine refuses to accept.", "…, which the other side does not accept." are relative clauses,
        // read by rejects.relative-clause.)
        const relative = holders.some((h) => [1, 2].some((n) => /^(which|that|what)$/.test(view.lower(h.tokenStart - n))));
        const accepts = /^(accept|agree)$/.test(view.lemma(first));
        const takesLastTopic =
          predicate === 'rejects'
            ? (negated ? accepts && /^(not|n't|never)$/.test(view.lower(first - 1)) && !relative : /^(refuse|decline|balk|demur)$/.test(view.lemma(first))) && /^[.!]?$/.test(raw)
            : predicate === 'agrees' && !negated && accepts && !relative && (/^(?:[.!]?|,.*)$/.test(raw) || view.onlyTimes(from, end) || CONDITION_SET.test(raw));
        if (last !== undefined && takesLastTopic && !holders.some((h) => (h.party ?? h.canonical) === last.party)) {
          for (const subject of subjects) results.push({ subject, predicate, object: { kind: 'topic', label: last.label, type: 'Topic' }, confidence: spec.confidence * 0.9 });
          continue;
        }
        // "…, which Kiev rejected, remain …": the verb has no object of its own here; "will sign only if …" sets a
        // condition (see demands.unless), it names no object.
        // "insisted on all summer and the 47% …": a conjunction after the time opens no object.
        if (raw === '' || /^[,.;:]/.test(raw) || /^(only )?(if|unless)\b/i.test(raw) || /^(and|or|but)\b/i.test(raw)) continue;
        // "the 12% the union asked for was never on the table": a finite auxiliary opens the main clause, not an object.
        if (view.tokens[objectFrom]?.pos === 'AUX' && view.lower(objectFrom - 1) !== 'to' && view.lower(objectFrom - 1) !== 'that') continue;
        // "would sign the final treaty only after Armenia changes …": an agreement on a condition is none yet.
        if (predicate === 'agrees' && /^(?:(?!\b(?:that|which|who)\b).)*\bonly (after|if|once|when)\b/i.test(raw)) continue;
        // "accepts the proposal": a reference to the topic named before is no bare noun.
        // "the front denied it two days on": "it" alone, or with a time after it, is the topic named before.
        // Not when the sentence names another plan before it ("floated the idea of X, but neither side accepted it").
        // "Both sides accepted this.": "this" alone is the topic named before too; so is "that" before a punctuation mark
        // ("rejected that, saying …"), where it opens no clause.
        const tail = referenceTailEnd(view, objectFrom + 1, end);
        const pronoun =
          (/^(it|them)$/.test(view.lower(objectFrom)) ||
            (view.lower(objectFrom) === 'this' && !/^(NOUN|PROPN|ADJ|NUM)$/.test(view.tokens[objectFrom + 1]?.pos ?? '')) ||
            // ("rejected that as too low", "rejected that outright": as a pronoun before "as" or a manner too.)
            // ("rejected that on Monday night": or a time.)
            (view.lower(objectFrom) === 'that' && (/^[,.;:!]$/.test(view.lower(objectFrom + 1)) || view.lower(objectFrom + 1) === 'as' || STANCE_MANNER.test(view.lower(objectFrom + 1)) || afterTimePhrase(view, objectFrom + 1) === end)) ||
            // ("That, again, was turned down by Chile": the whole subject of a passive.)
            (spec.passive === true && /^(that|this)$/.test(view.lower(objectFrom)) && objectFrom + 1 === end)) &&
          // ("It was rejected by the union": a passive's object stands before its verb.)
          (spec.passive === true || !/^(AUX|VERB)$/.test(view.tokens[end]?.pos ?? '')) &&
          // (What a side judges is another side's: "rejected that as too low and asked for more" judges no demand of its own.)
          (tail === end || (judgementTail(view, tail, end) && !holders.some((h) => (h.party ?? h.canonical) === context.lastTopic?.party))) &&
          context.lastTopic !== undefined &&
          (view.text(0, first).includes(context.lastTopic.label) || !namesPlanBefore(view, first));
        // "denied it was involved": denying a fact takes no side on a proposal; "denied that its fighters occupy
        // hospitals", "denied firmly that any ransom was paid" reject an allegation the side answers, as readers take it.
        const that = view.lemma(first) === 'deny' ? view.find(/^that$/, first + 1, 3) : undefined;
        if (that !== undefined && that + 1 < end) {
          objectFrom = that + 1;
          raw = view.text(objectFrom, end).trim();
        }
        // "countered that the workers would stay out": countering with a that-clause reports an answer, it offers nothing.
        if (predicate === 'proposes' && view.lemma(first) === 'counter' && view.lower(objectFrom) === 'that') continue;
        if (!pronoun && that === undefined && view.lemma(first) === 'deny' && !/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(view.tokens[objectFrom]?.pos ?? '')) continue;
        // ("backed that plan at the same meeting": a time after the reference says when.)
        const timedReference = [2, 3, 4].map((n) => view.text(objectFrom, objectFrom + n)).find((words, n) => objectFrom + n + 2 < end && ANAPHORIC_OBJECT.test(words) && view.onlyTimes(objectFrom + n + 2, end));
        const refersBack = pronoun || ANAPHORIC_OBJECT.test(raw) || timedReference !== undefined;
        // ("rejected the plan, demanding instead a freeze": the plan a side rejects is no stance of its own.)
        // ("Peru turned it down, and its minister insisted on X": a topic read later in the sentence is no antecedent; the
        // one before the sentence may be.)
        const before = topicBefore(view, context, objectFrom);
        // ("signed the minutes. X rejected the offer": what was agreed is no offer or demand still on the table; "The
        // union had demanded 12%. Members voted to accept the offer": a demand is no offer, the last one made is.)
        const referring = timedReference ?? raw;
        const asked = /\b(?:offer|proposals?|requests?|demands?|suggestion)$/i.test(referring);
        const offered = /\b(?:offer|proposals?|packages?)$/i.test(referring);
        // ("The chain rejected indexing. The co-op turned down the offer": nor is a thing a side turned down.)
        const lastFitting = before?.predicate === 'agrees' && asked ? undefined : (before?.predicate === 'demands' || before?.predicate === 'rejects') && offered ? context.lastOffer : before;
        const antecedent = objectPredicate === 'rejects' && holders.some((h) => (h.party ?? h.canonical) === lastFitting?.party) ? undefined : lastFitting;
        const reference = refersBack && antecedent !== undefined;
        if (spec.objectMustNot?.test(raw) && !reference) continue;
        if (spec.objectMust && !spec.objectMust.test(raw)) continue;
        // "would withdraw from population centres": leaving a place is no stance; leaving a deal or the talks is.
        if (isLeaving(view, first) && !leftDealOrTalks(view, objectFrom, end)) continue;
        if (ANAPHORIC_START.test(raw) && !ANAPHORIC_OBJECT.test(raw) && !context.lastTopic) continue;
        // "wanted two things in particular: control of the port and …": the things are those after the colon.
        // ("pressed for something bigger: a gradual end to …": so is what a placeholder stands for.)
        // ("have agreed the following steps to build trust: opening four crossings; demining; …": the items the list after
        // the colon sets apart by semicolons, each a thing of its own.)
        let listedAfterColon: TopicSpan[] | undefined;
        if (FOLLOWING_THINGS.test(raw) && view.lower(end) === ':') {
          const close = view.find(/^\.$/, end + 1) ?? view.tokens.length;
          const cuts = [end, ...view.tokens.flatMap((t, j) => (j > end && j < close && t.text === ';' ? [j] : [])), close];
          listedAfterColon = cuts.slice(1).flatMap((cut, n) => topicsIn(view, cuts[n]! + 1, cut, true));
        }
        // ("offered the holders two options: …": past whom the things are offered to.)
        const recipient = view.actors.find((m) => m.tokenStart === objectFrom || (m.tokenStart === objectFrom + 1 && view.lower(objectFrom) === 'the'));
        const counted = recipient !== undefined && recipient.tokenEnd < end ? view.text(recipient.tokenEnd, end).trim() : raw;
        if ((COUNTED_THINGS.test(counted) || PLACEHOLDER_THING.test(raw)) && view.lower(end) === ':') {
          objectFrom = end + 1;
          // ("settled one matter: they would reconvene on Monday": what the holders will do, past "they would".)
          if (/^(they|we)$/.test(view.lower(objectFrom)) && /^(will|would|shall)$/.test(view.lower(objectFrom + 1))) objectFrom += 2;
          end = view.find(/^[.;]$/, objectFrom) ?? view.tokens.length;
          raw = view.text(objectFrom, end).trim();
        }
        // "rejected these demands as annexation": the demands of whoever last made some.
        const owned = ownedReference(raw, context);
        // ("The league sought A and B. The association rejected both.": the two things another side last put forward.)
        const pair = BOTH_REFERENCE.test(raw) ? context.lastTopics.filter((t) => t.sentence !== view.sentence.index || (t.at ?? 0) < objectFrom) : [];
        const both = pair.length === 2 && !holders.some((h) => (h.party ?? h.canonical) === pair[0]!.party) ? pair : undefined;
        // "accepted that A, that B, and that C": each that-clause after the first is a stance of its own.
        const thatClause = clauseFrom < objectFrom || view.lower(objectFrom - 1) === 'that' || view.lower(objectFrom) === 'that';
        if (thatClause) {
          const nextThat = view.tokens.findIndex((_, j) => j > objectFrom && j < end && opensThatClause(view, j));
          if (nextThat > 0) end = nextThat;
        }
        // ("offered a 6 per cent rise, and would revisit the allowance": what the side would do next, in a predicate
        // of its own after "and", is put forward too.)
        const joinedModal = predicate === 'proposes' && !thatClause ? modalPredicateAfter(view, end) : undefined;
        const laterClauses = thatClause ? laterThatClauses(view, end) : joinedModal !== undefined ? topicsIn(view, joinedModal, view.clauseEnd(joinedModal + 1), false).slice(0, 1) : parallelAfterAside(view, objectFrom, end);
        const be = view.lower(objectFrom) === 'to' ? objectFrom + 1 : objectFrom;
        const undergoes = objectPredicate === 'rejects' && view.lower(be) === 'be' && view.tokens[be + 1]?.pos === 'VERB' && !view.lower(be + 1).endsWith('ing');
        // ("Peru offered a 35% cut, maturities to 2042 and a 3.5% coupon. Chile rejected it": a stance of several terms
        // is referred back to by the first, which heads it.)
        const referent = antecedent !== undefined && antecedent === context.lastTopic ? (context.lastTopics[0] ?? antecedent) : antecedent;
        const topics = (listedAfterColon !== undefined && listedAfterColon.length > 0 ? listedAfterColon : owned ? [{ label: owned }] : both ? both.map((t) => ({ label: t.label })) : refersBack && referent ? [{ label: referent.label }] : [...listedTopics(view, objectFrom, end, spec.split ?? true), ...laterClauses])
          // "meet this demand": a reference left once the verb before it is trimmed.
          .map((t) => ({ label: ANAPHORIC_OBJECT.test(t.label) && antecedent ? (ownedReference(t.label, context) ?? antecedent.label) : antecedentTopic(t.label, context) }))

          .map((t) => (addressee !== undefined ? { label: t.label.replace(addressee, '') } : t))
          // "walked away from the table": the place of talks is no topic.
          // "dismissed the offer as an insult": the judgement is no part of what is rejected.
          // ("every fee computed as a part of income": after a participle, "as" is part of the object.)
          .map((t) => (objectPredicate === 'rejects' ? { label: t.label.replace(/^((?:(?!\b(?:that|which|who)\b).)*?)(?<!\w(?:ed|en)) as (?!well\b|such\b|long\b|soon\b|part\b)\S.*$/, '$1') } : t))
          // "offered first 3 percent, then 4 percent": the figures a side moved through, one at a time.
          .flatMap((t) => figuresInTurn(t.label).map((label) => ({ label })))
          // "urged them to accept an independent review", "urged both sides to release …": what the sides are urged to do.
          .map((t) => (objectPredicate === 'proposes' ? { label: t.label.replace(ADDRESSED_SIDES, '') } : t))
          // "… with the accompaniment of the Church and the Red Cross": a list's item that only names a side or a
          // body is who takes part, not what is agreed.
          // ("The Liberals want the Ministry of Justice": a ministry a side demands is the portfolio, in coalition talks.)
          .filter((t) => !namesOnlyActor(view, t.label) || (objectPredicate === 'demands' && DEMANDED_PORTFOLIO.test(t.label) && /^(want|demand|claim)$/.test(view.lemma(k))))
          // "refused to budge on the quota" holds the quota (demands.not-budge); it rejects nothing.
          // ("agreed on the condition that …": a condition set, which demands.on-condition reads, is nothing agreed.)
          .filter((t) => !(objectPredicate === 'agrees' && CONDITION_SET.test(t.label)))
          // ("remained committed to finding a solution": a goal with nothing in it is no term agreed.)
          .filter((t) => !(objectPredicate === 'agrees' && OPEN_GOAL.test(t.label)))
          // "refused to be listed as a donor": what a side refuses to undergo, in the passive.
          .map((t) => (undergoes && t.label.startsWith('be ') ? { label: `being ${t.label.slice(3)}` } : t))
          // ("want it to be binding": what the thing named before must be is what is asked.)
          .map((t) => (/^(?:it|them) to be \S/i.test(t.label) ? { label: t.label.replace(/^(?:it|them) to be (?:(?:a|an|the) )?/i, '') } : t))
          .filter((t) => !isBareVerb(view, t.label) && !TIME_ONLY.test(t.label) && !NO_TOPIC_START.test(t.label) && !(isOwnStanceNoun(t.label) && !ANSWERING.has(objectPredicate)) && !/^(negotiating )?table\b/i.test(t.label) && !/^(budge|yield|bend|back down)\b/i.test(t.label) && !/^(it|them)\s/i.test(t.label) && !AIM_ALONE.test(t.label));
        // A negated trigger is read with less confidence: the negation may scope over something else.
        // "dropped its demand for a joint patrol": the side held the stance until then; the claim says so, with less weight.
        const confidence = (negated ? spec.confidence * 0.9 : spec.confidence) * (isDropped(view, first) ? DROPPED_FACTOR : 1);
        // "won't sign anything at the meeting": an indefinite object says what is refused only with its verb.
        const verb = view.tokens.slice(first, k + 1).map((t) => t.lemma).join(' ');
        for (const topic of topics.map((t) => (INDEFINITE_OBJECT.test(t.label) ? { label: `${verb} ${t.label}` } : t))) {
          for (const subject of subjects) {
            results.push({ subject, predicate: objectPredicate, object: { kind: 'topic', label: topic.label, type: 'Topic' }, confidence });
          }
          noteTopic(context, { label: topic.label, party: subjects[0]?.party, sentence: view.sentence.index, at: objectFrom, predicate: objectPredicate });
          // A stance of someone whose side is unknown (a minister offering mediation) is no longer the last side's.
          if (subjects[0]?.party) context.lastHolder.set(objectPredicate, subjects[0].party);
          else context.lastHolder.delete(objectPredicate);
          context.topics.push(topic.label);
        }
        // "offered 9%, up from the 6% it put on the table in January": the figure a side offered before, offered too.
        const earlier = objectPredicate === 'proposes' && !negated ? earlierFigureAfter(view, end) : undefined;
        if (earlier !== undefined) for (const subject of subjects) results.push({ subject, predicate: 'proposes', object: { kind: 'topic', label: earlier, type: 'Topic' }, confidence: confidence * 0.9 });
      }
      return results;
    },
  };
}

/** Where a duration that starts at k ends ("weeks", "more than a year", "two months"), or undefined. */
function durationEnd(view: SentenceView, k: number): number | undefined {
  let j = k;
  while (j < k + 4 && (/^(more|less|than|a|an|over|nearly|almost|about|some|several|many|the|past|last)$/.test(view.lower(j)) || view.tokens[j]?.pos === 'NUM')) j++;
  return DURATIONS.test(view.lower(j)) || /^(year|month|week|day|hour|decade|fortnight)$/.test(view.lower(j)) ? j + 1 : undefined;
}

/** The sentence names, before token k, something a side may accept or turn down, which "it" may stand for. */
function namesPlanBefore(view: SentenceView, k: number): boolean {
  if (view.tokens.slice(0, k).some((t) => FRAMING_NOUNS.test(t.lower))) return true;
  // (A word of the subject's own name is none: "the guild's bargaining delegates".)
  const inActor = (at: number): boolean => view.actors.some((m) => m.tokenStart <= at && at < m.tokenEnd);
  return (['propose', 'deal', 'demand'] as const).some((cls) => view.lexiconMatches(cls, 'nouns').some(([first]) => first < k && !inActor(first)));
}

/** A verb in the present of the third person ("gets", "lifts"), saying something else than a report. */
export function isPresentVerb(t: Token): boolean {
  return /[^s]s$/.test(t.lower) && t.lemma !== t.lower && !isReportingVerb(t);
}

/** "spent months demanding …", "has spent weeks pushing for …": the gerund is the act of whoever spent the time. */
function spentTime(view: SentenceView, gerund: number): boolean {
  const spent = durationEnd(view, gerund - 3) === gerund ? gerund - 4 : durationEnd(view, gerund - 2) === gerund ? gerund - 3 : durationEnd(view, gerund - 1) === gerund ? gerund - 2 : undefined;
  return spent !== undefined && view.lemma(spent) === 'spend';
}

/** "as too low", "outright as a provocation": what a side judged a stance to be, a manner and "as" with no verb. */
/** "in its current form", "out of hand", "on the spot": how a thing referred back to is turned down or taken. */
const MANNER_PHRASE = /^(?:in (?:its|their) (?:current|present|existing) form|out of hand|on the spot)\b/;

/**
 * Past the times and the manner words from `from` ("refused it within a week", "refused it in its present form"), up to
 * `to`: where what follows a pronoun object starts saying more than when and how.
 */
function referenceTailEnd(view: SentenceView, from: number, to: number): number {
  let k = from;
  while (k < to) {
    const phrase = MANNER_PHRASE.exec(view.text(k, Math.min(to, k + 4)).toLowerCase());
    if (phrase) k += phrase[0].split(' ').length;
    else if (STANCE_MANNER.test(view.lower(k)) || view.onlyTimes(k, k + 1)) k++;
    else break;
  }
  return k;
}

function judgementTail(view: SentenceView, from: number, to: number): boolean {
  let k = from;
  while (k < to && STANCE_MANNER.test(view.lower(k))) k++;
  return view.lower(k) === 'as' && view.tokens.slice(k + 1, to).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX');
}

/**
 * "demanded a 9% rise from the port authority", "sought guarantees from Washington": the side a demand is made of
 * is no part of what is demanded. Only another side than the holder's ends the object: "Ukraine demanded the
 * withdrawal of troops from Ukraine" names a place.
 */
function addresseeStart(view: SentenceView, from: number, end: number, holders: readonly Mention[]): number {
  const own = new Set(holders.map((m) => m.party ?? m.canonical));
  for (let k = from + 1; k < end; k++) {
    if (view.lower(k) !== 'from') continue;
    const side = view.actors.find((m) => (m.tokenStart === k + 1 || (m.tokenStart === k + 2 && view.lower(k + 1) === 'the')) && STANCE_ACTORS.has(m.type));
    if (side !== undefined && !own.has(side.party ?? side.canonical)) return k;
  }
  return end;
}

/** "these demands …", "those proposals": the holder's own ("Russia's demands"), when an earlier sentence says whose. */
function ownedReference(raw: string, context: ArticleContext): string | undefined {
  const noun = /^(?:these|those|such|the)\s+(demands|conditions|terms|proposals)\b/i.exec(raw)?.[1]?.toLowerCase();
  if (!noun) return undefined;
  const holder = context.lastHolder.get(noun === 'proposals' ? 'proposes' : 'demands');
  return holder ? `${holder}'s ${noun}` : undefined;
}

/** A one-word topic ("the exchange") names the earlier topic that contains that word, when there is one. */
export function antecedentTopic(label: string, context: ArticleContext): string {
  if (/\s/.test(label)) return label;
  const word = new RegExp(`\\b${label.replace(/[^\p{L}\p{N}]/gu, '')}`, 'iu');
  for (let i = context.topics.length - 1; i >= 0; i--) {
    const earlier = context.topics[i]!;
    if (/\s/.test(earlier) && word.test(earlier)) return earlier;
  }
  return label;
}

/**
 * Verbs that say nothing on their own: "refused to comment", "declined to accept", "refused to approve it" (what is
 * approved is the thing). "Refused to disarm" keeps its verb.
 */
const EMPTY_VERBS = /^(accept|agree|approve|ratify|sign|endorse|back|support|consider|comment|say|hope|know|see|wait|elaborate|answer|respond|confirm|specify|disclose|discuss|do|budge|move|give|go|be|have|make|take|talk|speak|reply)$/i;

/** "refused to accept": a lone verb that says nothing on its own is no topic. */
function isBareVerb(view: SentenceView, label: string): boolean {
  if (/\s/.test(label)) return false;
  const token = view.tokens.find((t) => t.text === label);
  return (token?.pos === 'VERB' || token?.pos === 'AUX') && EMPTY_VERBS.test(label);
}

/** When the subject of the verb at `verb` is an offer's noun, past an aside between commas: "Its opening offer, in March, called for …". */
function offerIsSubject(view: SentenceView, verb: number): boolean {
  let k = verb - 1;
  while (k >= 0 && /^(AUX|ADV)$/.test(view.tokens[k]!.pos)) k--;
  if (view.lower(k) === ',') k = view.tokens.findLastIndex((t, j) => j < k && j >= k - 25 && t.text === ',') - 1;
  return k >= 0 && view.endsLexiconEntry('propose', 'nouns', k) && view.tokens[k]!.pos === 'NOUN';
}

/** "rejected Peruvian calls for …": a word after a verb and a demonym is a noun, whatever the tagger made of it. */
export function nounAfterDemonym(view: SentenceView, k: number): boolean {
  return worldKnowledge().demonyms.has(view.lower(k - 1)) && view.tokens[k - 2]?.pos === 'VERB';
}

/** "Sweden's bid to join NATO", "in a bid to win approval": a bid to do something is an attempt, no offer. */
export function isAttemptBid(view: SentenceView, noun: number): boolean {
  return view.lemma(noun) === 'bid' && view.lower(noun + 1) === 'to' && view.tokens[noun + 2]?.pos === 'VERB';
}

const POSSESSIVE_WORD = /^(its|their|his|her|our|my|your|['’]s?)$/;

/** "the employers' earlier offer", "its final demand": a word after a possessive, an adverb or adjective between, is a noun. */
export function nounAfterPossessive(view: SentenceView, k: number): boolean {
  const before = /^(ADV|ADJ)$/.test(view.tokens[k - 1]?.pos ?? '') ? k - 2 : k - 1;
  // ("It's offering …": "'s" after a pronoun is "is".)
  return POSSESSIVE_WORD.test(view.lower(before)) && view.tokens[before - 1]?.pos !== 'PRON';
}

/** A verb, or a word the tagger read as a noun in verb position: "Iran demands the lifting …" (actor, word, noun phrase). */
function isVerbAt(view: SentenceView, k: number): boolean {
  const t = view.tokens[k]!;
  // A verb right after a determiner, an adjective or another verb is a noun the tagger misread: "rejected calls for",
  // and so is one after an article and an adverb ("an outright guarantee"), or after a possessive.
  // ("Having proposed …": a participle after a form of "have" the tagger read as a verb is the verb.)
  const perfect = view.lemma(k - 1) === 'have' && /(ed|en)$/.test(t.lower);
  // ("called for guaranteed contracts", "along with guaranteed minimum rosters": a participle between a preposition and a
  // noun, an adjective perhaps between, qualifies the noun.)
  const noun = view.tokens[k + 1]?.pos === 'ADJ' && view.tokens[k + 2]?.pos === 'NOUN' ? k + 2 : k + 1;
  if (t.pos === 'VERB' && /ed$/.test(t.lower) && /^(ADP|SCONJ)$/.test(view.tokens[k - 1]?.pos ?? '') && view.tokens[noun]?.pos === 'NOUN' && view.tokens[noun]!.text === view.tokens[noun]!.lower) return false;
  // ("Both accepted the plan": a determiner that stands for the sides is the verb's subject.)
  // ("Chile and Bolivia both called for …": so does one after the sides it counts.)
  const sidesWord = view.tokens[k - 1]?.pos === 'DET' && (view.actors.some((m) => m.tokenEnd === k && m.tokenStart === k - 1) || (/^(both|all|each)$/.test(view.lower(k - 1)) && view.actors.some((m) => m.tokenEnd === k - 1)));
  // ("The cooperative wants …": and so is a side's name the tagger read as an adjective.)
  const sideAsAdjective = view.tokens[k - 1]?.pos === 'ADJ' && view.actors.some((m) => m.tokenEnd === k);
  if (t.pos === 'VERB') return (perfect || sidesWord || sideAsAdjective || !/^(VERB|DET|ADJ)$/.test(view.tokens[k - 1]?.pos ?? '')) && !(view.tokens[k - 1]?.pos === 'ADV' && /^(a|an|the)$/.test(view.lower(k - 2))) && !nounAfterDemonym(view, k) && !nounAfterPossessive(view, k);
  // "opened the talks offering a fee of …": a gerund after a noun, before an article or a figure, is read as a noun too.
  if (t.pos === 'NOUN' && t.lower.endsWith('ing') && view.tokens[k - 1]?.pos === 'NOUN' && /^(DET|NUM|SYM)$/.test(view.tokens[k + 1]?.pos ?? '')) return true;
  // ("…, offering instead a one-year freeze": and one after a comma, before an article or a figure, an adverb between.)
  const object = view.tokens[k + 1]?.pos === 'ADV' ? k + 2 : k + 1;
  if (t.pos === 'NOUN' && t.lower.endsWith('ing') && view.tokens[k - 1]?.text === ',' && /^(DET|NUM|SYM|ADJ)$/.test(view.tokens[object]?.pos ?? '')) return true;
  // "It is now seeking limits on …": so is one after "is" and an adverb, before an article.
  if (t.pos === 'NOUN' && t.lower.endsWith('ing') && /^(ADV|ADJ)$/.test(view.tokens[k - 1]?.pos ?? '') && /^(be)$/.test(view.lemma(k - 2)) && view.tokens[k + 1]?.pos === 'DET') return true;
  if (t.pos !== 'NOUN' || !view.actors.some((m) => m.tokenEnd === k)) return false;
  // "Washington demands that Beijing …": a clause after the word makes it a verb too, and so does a reflexive
  // ("the company compromises itself to …").
  // ("The union demands instead a cut": an adverb may stand before the object.)
  const objectToken = view.tokens[object];
  return objectToken !== undefined && (/^(DET|ADJ|NOUN|NUM|PROPN)$/.test(objectToken.pos) || /^(that|itself|themselves)$/.test(objectToken.lower));
}

/** "should Iran continue to demand …", "if Hamas insists on …": a stance supposed, not taken. */
function isHypothetical(view: SentenceView, subject: Mention): boolean {
  let j = subject.tokenStart - 1;
  if (view.lower(j) === 'the') j--;
  // "guarantees that a future U.S. administration would not abandon …": a side of no particular time.
  // (Only for a side named here: one the sentence leaves unstated stands at its trigger.)
  let k = subject.tokenStart - 1;
  while (k > 0 && view.tokens[k]!.pos === 'ADJ') k--;
  if (view.actors.includes(subject) && /^(a|an|any|no|every)$/.test(view.lower(k)) && k < subject.tokenStart - 1) return true;
  // "Had the union insisted on …": a condition that did not hold, written by putting "had" first.
  return /^(if|should|unless|whether|lest|were)$/.test(view.lower(j)) || (view.lower(j) === 'had' && (j === 0 || /^["“,]$/.test(view.lower(j - 1))));
}

/**
 * "had proposed, at the third round in Lima, an extension …": an aside between commas, opened by a preposition or an
 * adverb and holding no verb, stands between a verb and its object; the index after it, or k.
 */
function afterAside(view: SentenceView, k: number): number {
  // ("rejected out of hand the plan …": an idiom of manner between the verb and its object.)
  if (view.outOfHandAt(k) && /^(DET|ADJ|NOUN|PROPN|NUM|SYM)$/.test(view.tokens[k + 3]?.pos ?? '')) return k + 3;
  // "demanded, and got, a review …", "demanded and won a review …": a second verb shares the object.
  const comma = view.lower(k) === ',' ? 1 : 0;
  const second = view.tokens[k + comma + 1];
  if (/^(and|or)$/.test(view.lower(k + comma)) && second?.pos === 'VERB' && (/ed$/.test(second.lower) || second.lower !== second.lemma) && !/s$/.test(second.lower)) {
    const after = k + comma + 2 + comma;
    if ((comma === 0 || view.lower(after - 1) === ',') && /^(DET|ADJ|NOUN|PROPN|NUM|SYM)$/.test(view.tokens[after]?.pos ?? '')) return after;
  }
  if (view.lower(k) !== ',' || !/^(ADP|ADV)$/.test(view.tokens[k + 1]?.pos ?? '')) return k;
  const close = view.find(/^,$/, k + 2, 12);
  if (close === undefined || view.tokens.slice(k + 1, close).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return k;
  // ("agreed, however, to commission an audit": an infinitive after the aside is the object too.)
  const infinitive = view.lower(close + 1) === 'to' && view.tokens[close + 2]?.pos === 'VERB';
  return /^(DET|ADJ|NOUN|PROPN|NUM|SYM)$/.test(view.tokens[close + 1]?.pos ?? '') || infinitive ? close + 1 : k;
}

/** "would insist in Quito that …", "demanded at the talks in Doha that …": past a place that stands before the clause a verb introduces. */
function afterPlaceBeforeClause(view: SentenceView, k: number): number {
  if (!/^(in|at|during)$/.test(view.lower(k))) return k;
  const place = view.sentence.mentions.find((m) => m.type === 'Place' && (m.tokenStart === k + 1 || (m.tokenStart === k + 2 && view.lower(k + 1) === 'the')));
  if (place !== undefined && /^(that|to)$/.test(view.lower(place.tokenEnd))) return place.tokenEnd;
  // "suggested during the second meeting that an auditor …": a phrase of nouns alone before "that".
  for (let j = k + 1; j < Math.min(view.tokens.length, k + 9); j++) {
    if (view.lower(j) === 'that') return j > k + 1 ? j : k;
    if (!/^(DET|ADJ|NOUN|PROPN|NUM|ADP)$/.test(view.tokens[j]!.pos)) return k;
  }
  return k;
}

/** A clause from `from` whose subject is a side and whose verb is in the past: "Chile refused …", "the union had agreed …". */
function saysWhatHappened(view: SentenceView, from: number): boolean {
  const at = view.lower(from) === 'that' ? from + 1 : from;
  const side = view.actors.find((m) => m.tokenStart === at && STANCE_ACTORS.has(m.type));
  if (side === undefined) return false;
  let verb = side.tokenEnd;
  while (view.tokens[verb]?.pos === 'ADV') verb++;
  const t = view.tokens[verb];
  return t !== undefined && (/^(had|was|were|did)$/.test(t.lower) || (t.pos === 'VERB' && t.lower !== t.lemma && /ed$/.test(t.lower)));
}

/** "dismissed reports that Iran had offered …": a stance someone reports, or denies, was taken, not one taken. */
function isRumoured(view: SentenceView, subject: Mention): boolean {
  const that = subject.tokenStart - 1;
  return view.lower(that) === 'that' && /^(reports?|rumou?rs?|claims?|speculation|allegations?|suggestions?)$/.test(view.lower(that - 1));
}

/** A label that opens with an agent, a place, a time or a manner ("by the membership", "in a month of talks", "out of hand") names no topic. */
// ("tabled the following demands": the list after it says what they are; "…, says": a verb of saying alone; "presented
// what it wants from the talks": a clause on what is wanted, which it does not name; "an official who requested
// anonymity": a source's own terms of speaking, no side's; "turned down both offers, and neither is in …": a
// clause of its own after "and", with a pronoun for subject; "I'd like to think a deal is near": a hope, no step; "…, and without this
// there can be no peace": what follows from a condition, no condition; "offered them a way out": a way out of what, unsaid.)
const NO_TOPIC_START = /^(by|in|at(?! least\b| most\b)|during|after|before|since|until|as|what)\s|^be\s(?!able\b)|^(the )?following\b|^(says|said|say)$|^out of hand\b|^anonymity\b|^(?:neither|none|it|they|this|these|those|each|both) (?:is|are|was|were|has|have|had|will|would|can|could|remains?)\b|^(?:think|believe|suppose|imagine)\b|^without (?:this|that|it)\b|^(?:a )?way out$/i;

/** "Israeli demands", "the US proposal": a side's word and a stance noun say whose stance, not what it is. */
export function isOwnStanceNoun(label: string): boolean {
  const words = label.split(' ');
  return words.length === 2 && /^(demands?|proposals?|offers?|conditions?|positions?|plans?|requests?)$/i.test(words[1]!) && sideOfOwnerWord(words[0]!) !== undefined;
}

/** The side a word before a stance noun names: a demonym ("Chilean", "American") or one of its names ("US", "EU"). */
export function sideOfOwnerWord(word: string): string | undefined {
  return worldKnowledge().demonyms.get(word.toLowerCase()) ?? (/^\p{Lu}/u.test(word) ? partyOfName(word) : undefined);
}

/** Makes `topic` the one "it" and "this demand" refer back to, and, when proposed, the one "the offer" does. */
export function noteTopic(context: ArticleContext, topic: NonNullable<ArticleContext['lastTopic']>): void {
  const last = context.lastTopic;
  const sameStance = last !== undefined && last.sentence === topic.sentence && last.party === topic.party && last.predicate === topic.predicate;
  context.lastTopics = sameStance ? [...context.lastTopics, topic] : [topic];
  context.lastTopic = topic;
  if (topic.predicate === 'proposes') context.lastOffer = topic;
}

/** "insist their goal is to …": the noun of an aim alone is the subject of the clause that says what it is. */
const AIM_ALONE = /^(?:goal|aim|objective|priority|target|purpose)s?$/i;

/** A goal that names nothing the sides would do: "finding a solution", "reach a way forward", "a consensual deal". */
const OPEN_GOAL = /^(?:finding|find|reaching|reach|seeking|seek) (?:an? )?(?:\w+ )?(?:solution|way forward|way out)$|^(?:\w+ )?(?:negotiated|consensual|fair|lasting|durable|comprehensive|good) (?:deal|agreement|settlement|solution|outcome)$/i;

/** Words that open a condition set off by commas: "that, if the talks fail, …", "and, failing a deal, …". */
const CONDITION_OPENERS = /^(if|unless|once|when|should|failing)$/;

/** An object that is only the condition a side sets on its step: "(on) the condition that …", "conditions of …". */
const CONDITION_SET = /^(?:on |upon )?(?:the )?conditions? (?:that|of)\b/i;

/** Stances that answer another side's: "rejected the Chilean plan" is read for what Chile last put forward (see answeredStance). */
export const ANSWERING: ReadonlySet<Predicate> = new Set<Predicate>(['rejects', 'agrees']);

/** A topic that only says when ("Thursday", "next week", "May 12", "Oct. 27-30", "Wednesday afternoon"): the object was a time, not a condition. */
export const TIME_ONLY =
  /^(?:on |by |in |until |before |after )?(?:(?:this|next|last|early|late) )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|yesterday|week|weekend|month|year|(?:\d{1,2} )?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?: \d{1,2}(?: ?[-–] ?\d{1,2})?)?(?:,? \d{4})?)(?: (?:morning|afternoon|evening|night))?$|^(?:earlier|later|previously|again|already|initially|recently|before|since|twice|repeatedly|(?:each|every) time)$/i;

let durationOnly: RegExp | undefined;

/** A stretch of time and nothing else: "two years", "all summer", "more than two months"; number words from data. */
function durationPattern(): RegExp {
  durationOnly ??= new RegExp(`^(?:for |all |the next |another |the whole |more than |less than |nearly |almost )?(?:(?:\\d+|a|an|one|${[...cardinalWords().keys()].join('|')}|several|many|few|some|more) )*(?:days?|weeks?|months?|years?|hours?|nights?|summer|winter|spring|autumn|fall|season)$`, 'i');
  return durationOnly;
}

/** A topic label that names only a time or a stretch of time, which no side demands, offers or agrees to as such. */
export function isTimeOnly(label: string): boolean {
  return TIME_ONLY.test(label) || DURING_TALKS.test(label) || durationPattern().test(label);
}

/** "throughout bargaining", "during the talks": how long a stance was held, naming no topic. */
const DURING_TALKS = /^(?:throughout|during|for the whole of|all through) (?:the )?(?:bargaining|talks|negotiations|process|dispute|strike)$/i;

/**
 * "appealing to Russia for accepting a ceasefire", "criticized the minister for declining to attend": a gerund after a
 * preposition has no subject of its own in the sentence, and the actor before it is seldom the one who acts.
 */
function isGerundAfterPreposition(view: SentenceView, k: number): boolean {
  return view.lower(k).endsWith('ing') && /^(for|of|about|by|without|in|on|against|after|before|from)$/.test(view.lower(k - 1));
}

/**
 * Who does what a gerund after a preposition says: the actor just before the preposition ("criticized X for declining"),
 * or, after a verb, that verb's subject ("the airline countered by offering …", "Chile responded by proposing …").
 */
function gerundSubjects(view: SentenceView, gerund: number): Mention[] {
  // "After rejecting the plan, Chile walked out": a clause that opens the sentence has the next clause's subject.
  // "Chile, after rejecting the plan, asked …": so does one set off by commas after the subject.
  const close = view.asideEnd(gerund);
  if (gerund === 1 || (close !== undefined && view.asideStart(close) === gerund - 2)) return view.subjectOf(gerund).filter((m) => STANCE_ACTORS.has(m.type));
  const before = view.actors.filter((m) => m.tokenEnd === gerund - 1);
  // A gerund before it ("before countering by offering …") has a subject of its own to find first: none is read, unless
  // the side stands right before it ("with Kestrel countering by offering …").
  const verb = gerund - 2;
  // ("The studios responded, countering by offering …": a participle set off after a clause has that clause's subject.)
  if (view.tokens[verb]?.pos === 'VERB' && view.lower(verb).endsWith('ing') && before.length === 0) {
    const own = view.actors.filter((m) => m.tokenEnd === verb && STANCE_ACTORS.has(m.type));
    const main = view.lower(verb - 1) === ',' ? view.tokens.findLastIndex((t, j) => j < verb - 1 && t.pos === 'VERB' && !t.lower.endsWith('ing')) : -1;
    return own.length > 0 || main < 0 ? own : view.subjectOf(main).filter((m) => STANCE_ACTORS.has(m.type));
  }
  if (before.length > 0 || !/^(by|after|before|without)$/.test(view.lower(gerund - 1)) || view.tokens[verb]?.pos !== 'VERB') return before;
  return view.subjectOf(verb).filter((m) => STANCE_ACTORS.has(m.type));
}

/** "President X for …", "the Russian leader": an object that names a person, perhaps after a title or a side. */
function startsWithPerson(view: SentenceView, from: number): boolean {
  const head = view.lower(from) === 'the' ? from + 1 : from;
  const person = view.actors.find((m) => m.type === 'Person' && m.via !== 'source' && m.tokenStart >= head && m.tokenStart <= head + 3);
  // "X's offer" is about the offer.
  // ("permanent secretary Ana Ruiz": the person's office may stand before the name in lower case.)
  const office = person?.office !== undefined && view.text(head, person.tokenStart).toLowerCase() === person.office.toLowerCase();
  return person !== undefined && view.lower(person.tokenEnd) !== "'s" && (office || view.tokens.slice(head, person.tokenStart).every((t) => /^\p{Lu}/u.test(t.text)));
}

/**
 * "Yerevan has proposed that the two countries sign the treaty", "Russia demanded that Ukraine accept …", "Chile denied
 * that it had rejected …": a verb in the that-clause of a verb of proposing, demanding or denying says what is asked
 * for or denied, not what is done.
 */
function isUnassertedClause(view: SentenceView, k: number): boolean {
  for (let j = k - 1; j > 0 && k - j <= 10; j--) {
    if (view.tokens[j]!.pos === 'PUNCT' || view.tokens[j]!.pos === 'VERB') return false;
    if (view.lower(j) !== 'that') continue;
    const verb = j - 1;
    return view.tokens[verb]?.pos === 'VERB' && (/^(deny|refute|dispute)$/.test(view.lemma(verb)) || view.lexiconEntryAt('propose', 'verbs', verb) !== undefined || view.lexiconEntryAt('demand', 'verbs', verb) !== undefined);
  }
  return false;
}

/** Modals of what may, can or ought to be: "the two firms can settle on a price" states no agreement. */
const UNASSERTED_MODALS = /^(must|should|could|might|may|ought|can)$/;

/** The verb at k is in a clause opened by "before", "until", "unless", "if" or "once", past its subject and auxiliaries. */
function openedByCondition(view: SentenceView, k: number): boolean {
  let j = k - 1;
  while (j > 0 && /^(AUX|ADV)$/.test(view.tokens[j]!.pos)) j--;
  const subject = view.actors.find((m) => m.tokenEnd === j + 1);
  const opener = subject === undefined ? j : subject.tokenStart - 1;
  return subject !== undefined && /^(before|until|unless|if|once)$/.test(view.lower(opener));
}

/** The word before the verb at k and the adverbs before it: "must" in "must quickly approve". */
function auxiliaryBefore(view: SentenceView, k: number): number {
  let j = k - 1;
  while (j > 0 && view.tokens[j]!.pos === 'ADV') j--;
  return j;
}

/** What a stance a side has since let go of weighs against one it holds. */
export const DROPPED_FACTOR = 0.8;

/** Verbs by which a side lets go of a stance it states as a noun: "dropped its demand for …". */
export const DROPPING_VERBS = /^(drop|abandon|withdraw|shelve|scrap|relinquish|retract|rescind|ditch|soften|water)$/;

/** "dropped its demand for a joint patrol", "withdrew the offer": a stance noun a side let go of, a few words after the verb. */
export function isDropped(view: SentenceView, noun: number): boolean {
  for (let j = noun - 1; j >= Math.max(0, noun - 5); j--) {
    const t = view.tokens[j]!;
    if (t.pos === 'VERB') return DROPPING_VERBS.test(t.lemma) && !view.negated(j);
    if (t.pos === 'PUNCT' || t.pos === 'ADP') return false;
  }
  return false;
}

/** "was expected to approve", "has yet to accept", "is due to sign", "has until Friday to make": a stance still to be taken. */
export function isPending(view: SentenceView, k: number): boolean {
  if (view.lower(k - 1) !== 'to') return false;
  // "called for Iran to give up enrichment and to hand over its stockpile": an infinitive joined to an earlier one is
  // pending as that one is.
  if (/^(and|or)$/.test(view.lower(k - 2))) {
    for (let j = k - 3; j >= Math.max(1, k - 14) && view.tokens[j]!.pos !== 'PUNCT'; j--) {
      if (view.lower(j - 1) === 'to' && view.tokens[j]!.pos === 'VERB') return isPending(view, j);
    }
  }
  // "expected the cabinet to approve": the verb of expecting may stand a few words before "to".
  for (let j = k - 2; j >= Math.max(0, k - 6); j--) {
    // "signalled willingness to accept", "ready to sign": a stance offered, not yet taken (the proposal rules read it).
    // ("with the goal to settle", "in a bid to": a purpose.)
    // ("committed to reaching a fair agreement", "close to a deal": a deal worked towards; "gathered to agree on the shares":
    // what a meeting is for; "the other side's lack of the will to seek a deal": what a side lacks.)
    if (/^(expect|set|due|likely|unlikely|yet|plan|intend|hope|schedule|poise|about|willing|willingness|ready|readiness|prepared|prepare|until|deadline|chance|opportunity|urge|ask|press|encourage|invite|persuade|convince|pressure|want|need|aim|bid|effort|attempt|goal|commit|committed|commitment|dedicate|devote|work|close|closer|near|nearer|meet|gather|convene|reconvene|lack|will|try|strive|struggle|race|scramble|rush|endeavour|endeavor)$/.test(view.lemma(j))) return true;
    // "called on the union to accept", "calls for Iran to hand over": what a side is called on to do; so is what a side
    // pushes or lobbies for another to do ("kept lobbying for the board to approve the plan").
    if (/^(call|push|press|lobby|campaign|argue|plead)$/.test(view.lemma(j)) && /^(for|on|upon)$/.test(view.lower(j + 1))) return true;
    // ("gave the government a week to present an offer", "has 48 hours to reply": time given, not "agreed last week to".)
    if (j === k - 2 && /^(week|day|month|hour|year|time)$/.test(view.lemma(j)) && (/^(a|an|one|more|further|extra)$/.test(view.lower(j - 1)) || view.tokens[j - 1]?.pos === 'NUM')) return true;
    if (view.tokens[j]!.pos === 'PUNCT') return false;
  }
  return false;
}

/** Verbs whose past participle is their bare form: "an agreement set last week for …" is no verb of its own. */
const SAME_FORM_PARTICIPLES = /^(set|put|cut|hit|let|bid|cast|spread|shut|upset|quit)$/;

/** Verbs of a deal or of talks failing: "collapsed over", "foundered on", "stalled on". */
const FAILING_VERBS = /^(collapse|founder|fail|falter|stall|break|fall|crumble|unravel|stumble|flounder|snag)$/;

/** Time words that open or make up a time phrase after a verb ("last month", "earlier this week"). */
const TIME_OPENERS = /^(last|next|this|earlier|later)$/;

/**
 * Where a time phrase starting at token k ends ("last month", "on Sunday (March 1)", "yesterday", "in June 2019"),
 * or k when none starts there: "agreed last month to …", "rejected on Sunday a demand for …".
 */
export function afterTimePhrase(view: SentenceView, k: number): number {
  const times = lexicon().timeWords;
  // "agreed in principle on Saturday to …": the reservation is no time, but stands where one does.
  if (view.lower(k) === 'in' && view.lower(k + 1) === 'principle') return afterTimePhrase(view, k + 2);
  // "insisted on all summer": a whole stretch of time.
  if (view.lower(k) === 'all' && /^(summer|winter|spring|autumn|fall|week|weekend|month|year|day|night|season|along)$/.test(view.lower(k + 1))) return k + 2;
  // "refused at first the release of …".
  if (view.lower(k) === 'at' && /^(first|once)$/.test(view.lower(k + 1))) return k + 2;
  // "wants in addition a trawling ban", "demands instead a cut", "wanted above all …": no time, but they stand where one does.
  if (view.lower(k) === 'in' && /^(addition|return|turn|exchange|particular)$/.test(view.lower(k + 1))) return afterTimePhrase(view, k + 2);
  if (view.lower(k) === 'above' && view.lower(k + 1) === 'all') return afterTimePhrase(view, k + 2);
  if (view.lower(k) === 'instead' && view.lower(k + 1) !== 'of') return afterTimePhrase(view, k + 1);
  // "proposed for the second time a night rota", "demanded for the last time a recount".
  if (view.lower(k) === 'for' && view.lower(k + 1) === 'the' && (ordinalWords().has(view.lower(k + 2)) || /^(last|next)$/.test(view.lower(k + 2))) && view.lower(k + 3) === 'time') return afterTimePhrase(view, k + 4);
  // "refused throughout to touch …", "insisted throughout that …": throughout the talks, unsaid.
  if (view.lower(k) === 'throughout' && /^(to|that)$/.test(view.lower(k + 1))) return k + 1;
  // "refused throughout the talks to …", "rejected throughout the negotiations".
  if (view.lower(k) === 'throughout' && /^(the|its|their)$/.test(view.lower(k + 1)) && /^(talks|negotiations|process|meeting|meetings|round|rounds|day|week|summer|year)$/.test(view.lower(k + 2))) return k + 3;
  // "demanded at the beginning the release of …", "agreed at the outset to …".
  if (/^(at|in)$/.test(view.lower(k)) && view.lower(k + 1) === 'the' && /^(beginning|start|outset|end|time)$/.test(view.lower(k + 2)) && !/^(of|that)$/.test(view.lower(k + 3))) return k + 3;
  let j = k;
  // "insisted until the last day on …", "held out until the final hours for …".
  if (view.lower(k) === 'until' && view.lower(k + 1) === 'the' && /^(last|final|very)$/.test(view.lower(k + 2))) {
    const noun = view.find(/^(day|days|minute|minutes|moment|hour|hours|week|weeks|night|round|end)$/, k + 3, 2);
    if (noun !== undefined) return afterTimePhrase(view, noun + 1);
  }
  // ("insisted until Friday that …", "until last month": up to a time the lexicon knows.)
  if (view.lower(k) === 'until') {
    const until = afterTimePhrase(view, k + 1);
    if (until > k + 1) return until;
  }
  // "turned down within a day", "within hours".
  if (view.lower(k) === 'within') {
    const end = durationEnd(view, k + 1);
    if (end !== undefined) return end;
  }
  // "refused from the first day", "rejected from the start": since a time.
  if (view.lower(k) === 'from' && view.lower(k + 1) === 'the') {
    if (/^(start|outset|beginning)$/.test(view.lower(k + 2))) return k + 3;
    if ((ordinalWords().has(view.lower(k + 2)) || /^(very|opening)$/.test(view.lower(k + 2))) && /^(day|week|moment|meeting|round|hour)$/.test(view.lower(k + 3))) return k + 4;
  }
  // "countered earlier in the week with …", "offered later in the day …".
  if (/^(earlier|later)$/.test(view.lower(k)) && view.lower(k + 1) === 'in' && view.lower(k + 2) === 'the' && /^(day|week|month|year|talks|round)$/.test(view.lower(k + 3))) return afterTimePhrase(view, k + 4);
  // "agreed the next day to …", "rejected the same week".
  if (view.lower(k) === 'the' && /^(previous|next|following|same)$/.test(view.lower(k + 1)) && /^(day|week|month|morning|evening|night|year)$/.test(view.lower(k + 2))) return k + 3;
  // "proposed on the second day that …", "in the final round".
  if (/^(on|in|during)$/.test(view.lower(k)) && view.lower(k + 1) === 'the' && (ordinalWords().has(view.lower(k + 2)) || /^(final|last|opening|closing)$/.test(view.lower(k + 2))) && /^(day|week|night|session|round|meeting)$/.test(view.lower(k + 3))) return k + 4;
  // "late Wednesday", "early on Monday".
  if (/^(earlier|later|late|early)$/.test(view.lower(j)) && (times.has(view.lower(j + 1)) || /^(on|in)$/.test(view.lower(j + 1)) || view.lower(j) !== 'late' && view.lower(j) !== 'early')) j++;
  // "refused for months to negotiate", "for several weeks": a duration.
  const duration = view.lower(j) === 'for' ? [j + 1, j + 2].find((d) => DURATIONS.test(view.lower(d)) && view.lower(d) !== 'now' && view.lower(d) !== 'long') : undefined;
  if (duration !== undefined && (duration === j + 1 || /^(ADJ|NUM|DET)$/.test(view.tokens[j + 1]!.pos))) return duration + 1;
  if (TIME_OPENERS.test(view.lower(j)) && (TIME_NOUNS.test(view.lower(j + 1)) || times.has(view.lower(j + 1)))) j += 2;
  else if (/^(on|in)$/.test(view.lower(j)) && times.has(view.lower(j + 1))) j += 2;
  // "on 17 June": the day before its month.
  else if (view.lower(j) === 'on' && view.tokens[j + 1]?.pos === 'NUM' && times.has(view.lower(j + 2))) j += 3;
  else if (times.has(view.lower(j))) j++;
  else return k;
  // "yesterday evening", "on Sunday night": a part of the day after the day.
  if (/^(morning|afternoon|evening|night)$/.test(view.lower(j))) j++;
  while (view.tokens[j]?.pos === 'NUM') j++;
  // "on Sunday (March 1)"
  if (view.lower(j) === '(') {
    const close = view.find(new Set([')']), j + 1, 5);
    if (close !== undefined) j = close + 1;
  }
  return j;
}

/** A word that holds the place of what a colon then says: "something bigger", "one thing", "more". */
const PLACEHOLDER_THING = /^(?:something|one (?:thing|point|issue|matter)|much more|more)(?: (?:broader|bigger|larger|else|different|simpler|more \S+))?$/i;
/** What announces a list after a colon: "the following", "the following steps to build trust". */
const FOLLOWING_THINGS = /^(?:on |to )?the following\b/i;
/** A count of things a side wants, whose list follows a colon: "two things above all", "three conditions". */
const COUNTED_THINGS = /^(?:two|three|four|five|several|a few|\d) (?:main |key |basic )?(?:things|conditions|demands|points|priorities|requirements|issues|options|alternatives|choices|proposals|offers|measures|steps|ideas)(?: above all| in particular| in return)?$/i;

/** "was presented", "has been dismissed": a past participle after a form of "be". */
export function isPassiveParticiple(view: SentenceView, k: number): boolean {
  if (!/ed$|en$/.test(view.lower(k))) return false;
  // ("The two sides are agreed on a data exchange": "agreed" after a plural "be", before its preposition and no agent,
  // says that they agree; "it is agreed that", "was agreed to by both" are passives.)
  if (view.lower(k) === 'agreed' && /^(are|were)$/.test(view.lower(k - 1)) && /^(on|upon|to|that|for)$/.test(view.lower(k + 1)) && view.find(/^by$/, k + 1, 3) === undefined) return false;
  // "as stipulated by the army": a participle with its agent needs no "be".
  if (view.lower(k + 1) === 'by' && /^(as|,)$/.test(view.lower(k - 1))) return true;
  let j = k - 1;
  while (j >= 0 && view.tokens[j]!.pos === 'ADV') j--;
  return BE_FORMS.test(view.lower(j));
}

/** The forms of "be" that make a participle passive. */
export const BE_FORMS = /^(is|are|was|were|been|be|being)$/;

/** Verbs whose first object may be whom the second is given to: "offer customers lower prices". */
const GIVING_VERBS = /^(offer|give|promise|grant|guarantee|pay|hand|award|send)$/;

/**
 * "proposed to the two sides a pilot corridor", "offered to Peru a share of the fees", "offer customers lower prices",
 * "signed with the union the new agreement": past whom a thing is put to or done with, when the thing follows; else `k`.
 */
function afterRecipient(view: SentenceView, k: number): number {
  const given = view.tokens[k - 1]?.pos === 'VERB' && GIVING_VERBS.test(view.lemma(k - 1));
  const first = view.tokens[k];
  // (People in a bare plural, or a pronoun, right after a verb of giving and before the thing's first word.)
  const people = first !== undefined && ((first.pos === 'NOUN' && first.text === first.lower && first.lower !== first.lemma) || /^(them|us|him|her|you|me)$/.test(first.lower));
  if (given && people && /^(DET|NUM|ADJ|SYM)$/.test(view.tokens[k + 1]?.pos ?? '')) return k + 1;
  // ("offered the firm a four-day week", "gave the union a week": a side or a body named, then the thing with its article.)
  const named = given ? view.actors.find((m) => m.tokenStart === k || (m.tokenStart === k + 1 && view.lower(k) === 'the')) : undefined;
  if (named !== undefined && /^(a|an)$/.test(view.lower(named.tokenEnd))) return named.tokenEnd;
  // ("concluded with the pilots' guild (PG) a two-year deal": the side a thing is done with, before the thing.)
  if (view.lower(k) === 'with') {
    const partner = view.actors.find((m) => m.tokenStart === k + 1 || (m.tokenStart === k + 2 && view.lower(k + 1) === 'the'));
    const end = partner === undefined ? undefined : view.lower(partner.tokenEnd) === '(' && view.lower(partner.tokenEnd + 2) === ')' ? partner.tokenEnd + 3 : partner.tokenEnd;
    return end !== undefined && view.tokens[end]?.pos === 'DET' ? end : k;
  }
  if (view.lower(k) !== 'to') return k;
  const recipient = view.actors.filter((m) => m.tokenStart === k + 1 || (m.tokenStart === k + 2 && view.lower(k + 1) === 'the'));
  const end = Math.max(-1, ...recipient.map((m) => m.tokenEnd));
  return end > k && /^(DET|NUM)$/.test(view.tokens[end]?.pos ?? '') ? end : k;
}

/** The verb of a predicate that ", and would …" or "and will …" opens at `end`, sharing the subject before it; else undefined. */
function modalPredicateAfter(view: SentenceView, end: number): number | undefined {
  const and = view.lower(end) === ',' ? end + 1 : end;
  if (view.lower(and) !== 'and' || !/^(would|will)$/.test(view.lower(and + 1))) return undefined;
  const verb = view.tokens[and + 2]?.pos === 'ADV' ? and + 3 : and + 2;
  return view.tokens[verb]?.pos === 'VERB' && view.lemma(verb) !== 'be' ? verb : undefined;
}

/** A participle used as an adjective after an article or a number: "the rejected offer", "40 dismissed workers". */
export function isAttributiveParticiple(view: SentenceView, k: number): boolean {
  // ("their disputed maritime border": an adjective may stand between.)
  const noun = view.tokens[k + 1]?.pos === 'ADJ' ? k + 2 : k + 1;
  if (!/ed$|en$/.test(view.lower(k)) || view.tokens[noun]?.pos !== 'NOUN') return false;
  const before = view.tokens[k - 1];
  return before !== undefined && (before.pos === 'NUM' || (/^(DET|PRON|ADJ)$/.test(before.pos) && /^(the|a|an|this|that|these|those|some|any|no|all|both|many|several|its|their|his|her|our)$/.test(before.lower)));
}

/** The label is the name of a side, a person or a body the sentence mentions, and nothing more. */
export function namesOnlyActor(view: SentenceView, label: string): boolean {
  return view.sentence.mentions.some((m) => m.type !== 'Place' && m.type !== 'Talks' && m.text.replace(/^the /i, '') === label);
}

/** In "This initiative has been dismissed by Russia", the words before the auxiliary. */
function passiveObject(view: SentenceView, verb: number): [number, number] {
  let end = verb;
  // "The agreement, drafted by France and Germany, …": a participle between commas describes the noun before them.
  if (view.lower(verb - 1) === ',' && /(ed|en)$/.test(view.lower(verb))) end = verb - 1;
  // ("was not accepted by …": nor is its negation.)
  while (end > 0 && (/^(has|have|had|was|were|been|be|is|are|being|not|n't|never)$/.test(view.lower(end - 1)) || view.tokens[end - 1]!.pos === 'ADV')) end--;
  // ("That, again, was turned down": an adverb set off by commas.)
  if (view.lower(end - 1) === ',' && view.tokens[end - 2]?.pos === 'ADV' && view.lower(end - 3) === ',') end -= 3;
  // "an offer from rich nations, including Japan, was rejected": the aside before the verb is not what was rejected.
  end = view.asideStart(end - 1) ?? end;
  let start = end;
  // "…, compared to the 80 per cent initially demanded by X": the figure set against, not what comes before it.
  const boundary = (k: number): boolean => /^(,|;|:|"|—|–)$/.test(view.lower(k - 1)) || (/^(to|with)$/.test(view.lower(k - 1)) && view.lower(k - 2) === 'compared');
  while (start > 0 && !boundary(start) && end - start < 12) start--;
  // ("But this was rejected by the union": a conjunction that opens the clause is no part of what was rejected.)
  if (view.tokens[start]?.pos === 'CCONJ' && start + 1 < end) start++;
  // "The union rejected the 5% offer made by the airline": what was made is the object of the verb before it, whose
  // subject is no part of it.
  // ("A pilots' spokeswoman said the extension plan had been turned down": nor is a verb of saying, or its speaker.)
  // ("the workers had sought a bonus twice the one offered by the firm": so is a subject the text names by no side, whose
  // verb has its auxiliary.)
  for (let j = end - 1; j > start; j--) {
    if (view.tokens[j]!.pos === 'VERB' && view.lower(j - 1) !== 'to' && (view.actors.some((m) => m.tokenEnd === j) || isReportingVerb(view.tokens[j]) || view.tokens[j - 1]!.pos === 'AUX')) {
      start = j + 1;
      if (view.tokens[start]?.pos === 'ADP' && start + 1 < end) start++;
      // ("told members the offer had been …": nor is whom it was told to.)
      if (isReportingVerb(view.tokens[j]) && (view.tokens[start]?.pos === 'PRON' || view.tokens[start]?.pos === 'NOUN') && view.tokens[start + 1]?.pos === 'DET') start++;
      if (view.lower(start) === 'that') start++;
      break;
    }
  }
  // "The regulator has today made binding the commitments offered by X": a participle right after a noun, with no
  // "be", describes that noun phrase alone, whatever governs it.
  // ("is reviewing offers presented by X": so does a plural noun of the lexicon the tagger read as a verb.)
  const nounReadAsVerb = view.tokens[end - 1]?.pos === 'VERB' && /[^s]s$/.test(view.lower(end - 1)) && lexicon().entriesOf(view.tokens[end - 1]!).some((entry) => entry.part === 'nouns');
  if (end === verb && /^(NOUN|PROPN)$/.test(view.tokens[end - 1]?.pos ?? '')) start = Math.max(start, nounPhraseStart(view, end));
  else if (end === verb && nounReadAsVerb) start = Math.max(start, nounPhraseStart(view, end - 1));
  // "A and B – two points insisted on by X": a counted summary after a dash stands for what comes before the dash.
  if (/^(—|–)$/.test(view.lower(start - 1)) && end - start <= 3 && (view.tokens[start]?.pos === 'NUM' || /^(both|these|those|all)$/.test(view.lower(start)))) {
    end = start - 1;
    start = end;
    // The points counted may be quoted in part ('private finance and "encourages" others to …'), and follow a verb
    // that lists them ("It includes A and B – two points …").
    while (start > 0 && !/^(,|;|:|—|–)$/.test(view.lower(start - 1)) && end - start < 16) start--;
    const listing = view.lexiconMatches('contain', 'verbs').find(([first, last]) => first >= start && last < end);
    if (listing) start = listing[1] + 1;
  }
  return [start, end];
}

/** The first token of the noun phrase that ends before `end`: "an initial set of commitments", "the union's 5% offer". */
function nounPhraseStart(view: SentenceView, end: number): number {
  let start = end;
  while (start > 0) {
    const { pos } = view.tokens[start - 1]!;
    const word = view.lower(start - 1);
    const inPhrase = /^(DET|ADJ|NOUN|PROPN|NUM|SYM)$/.test(pos) || /^(of|'s|’s|%|-|its|their|his|her|our)$/.test(word);
    if (!inPhrase) break;
    start--;
    // A determiner opens its phrase unless "of" joins it to one before: "binding | the commitments", "a set of the …".
    // ("the $2 billion a year fund": "a" before a unit of time after a figure is a rate.)
    const rate = word === 'a' && /^(year|month|week|day)$/.test(view.lower(start + 1)) && (view.tokens[start - 1]?.pos === 'NUM' || AMOUNT_WORDS.test(view.lower(start - 1)));
    if ((pos === 'DET' || /^(its|their|his|her|our)$/.test(word)) && view.lower(start - 1) !== 'of' && !rate) break;
  }
  // "consisting of commitments offered by X": the phrase opens past the verb's "of".
  while (start < end && view.lower(start) === 'of') start++;
  return start;
}

/**
 * "raised its offer to 14 billion euros from 12 billion", "lowered their demand to 250,000": each revision, not negated,
 * of a stance named by one of `nouns`, with the sides that made it, where the new figure starts (after `to`) and ends
 * (before "from" and the old figure).
 */
export function revisions(view: SentenceView, nouns: RegExp): { subjects: Mention[]; verb: number; from: number; noun: number; to: number; end: number }[] {
  const found: { subjects: Mention[]; verb: number; from: number; noun: number; to: number; end: number }[] = [];
  for (let k = 0; k + 3 < view.tokens.length; k++) {
    const revised = revisedOffer(view, k, nouns);
    if (revised === undefined || view.negated(k)) continue;
    const subjects = view.subjectOf(k);
    if (subjects.length === 0) continue;
    const clauseEnd = view.clauseEnd(revised.to + 1);
    const from = view.find(/^from$/, revised.to + 1, clauseEnd - revised.to - 1);
    found.push({ subjects, verb: k, from: revised.from, noun: revised.noun, to: revised.to, end: from ?? clauseEnd });
  }
  return found;
}

/** Nouns of an offer that a side revises: "raised its offer to …". */
export const OFFER_WORDS = /^(offer|bid|proposal|proposition|counteroffer|counter-offer)$/;
/** Nouns of a demand that a side revises: "lowered their demand to …". */
export const DEMAND_WORDS = /^(demand|demands|claim|ask)$/;

/** Verbs by which a side revises its own offer ("raised its offer to …"). */
export const REVISE_VERBS = /^(raise|improve|sweeten|increase|up|lift|boost|revise|hike|bump|enhance|lower|cut|reduce|trim)$/;
/** Verbs that revise a stance with "back" or "down" after them ("scaled back its demand to …"); the tagger's lemma of "pared" is "par". */
const REVISE_PHRASAL_VERBS = /^(scale|pare|par|water|dial|ratchet|climb)$/;

/**
 * "raised its offer to 14 billion euros": the offer noun after the verb at k and the "to" before the new figure or
 * term, or undefined.
 */
export function revisedOffer(view: SentenceView, k: number, nouns: RegExp = OFFER_WORDS): { from: number; noun: number; to: number } | undefined {
  // "Kestrel raises offer …": a headline's verb in -s the tagger reads as a plural noun, right after its actor.
  const verb = view.tokens[k]!.pos === 'VERB' || (view.tokens[k]!.pos === 'NOUN' && view.actors.some((m) => m.tokenEnd === k));
  // ("scaled back its demand to …", "pared down its offer to …": a verb that revises with its particle.)
  const particle = REVISE_PHRASAL_VERBS.test(view.lemma(k)) && /^(back|down)$/.test(view.lower(k + 1)) ? 1 : 0;
  if (!(REVISE_VERBS.test(view.lemma(k)) || particle) || !verb) return undefined;
  const after = k + 1 + particle;
  // "raised its offer to …", a headline's "raises offer for Nyberg to …".
  const determiner = /^(its|their|his|her|our|the)$/.test(view.lower(after)) ? 1 : 0;
  // ("raised that to 8 percent", "improved it to 55 boats": a pronoun for the offer last made.)
  const noun = /^(it|that)$/.test(view.lower(after)) ? after : view.find(nouns, after + determiner, 3);
  const to = noun === undefined ? undefined : revisedTo(view, noun);
  return noun === undefined || to === undefined ? undefined : { from: after + determiner, noun, to };
}

/** "offer to SEK 362", "offer for Nyberg Dairy to SEK 362": the "to" before the new figure, past whom the offer is for. */
function revisedTo(view: SentenceView, noun: number): number | undefined {
  // ("raised its offer on Friday to …", "lifted its offer on the catch from 40 to 55 boats": a time, what the offer is on,
  // and the old figure may stand before the new.)
  let to = afterTimePhrase(view, noun + 1);
  if (view.lower(to) === 'on' && view.lower(to + 1) === 'the') {
    const past = view.find(/^(to|from)$/, to + 2, 4);
    if (past !== undefined) to = past;
  }
  if (view.lower(to) === 'from') to = view.find(/^to$/, to + 1, 4) ?? to;
  if (view.lower(to) === 'for') {
    // The company bid for: a side, or a name the article has not yet made one.
    const target = view.actors.find((m) => m.tokenStart === to + 1)?.tokenEnd ?? (view.tokens[to + 1]?.pos === 'PROPN' ? view.tokens.findIndex((t, j) => j > to + 1 && t.pos !== 'PROPN') : -1);
    if (target < 0) return undefined;
    to = target;
  }
  // ("raised its offer to the regulator": whom an offer goes to is no new figure or term; "to a 12% raise" is.)
  const figure = view.tokens.slice(to + 1, to + 5).some((t) => t.pos === 'NUM' || /^[$€£%]/.test(t.text) || cardinalWords().has(t.lower));
  return view.lower(to) === 'to' && /^(NUM|SYM|DET|ADJ|NOUN|PROPN)$/.test(view.tokens[to + 1]?.pos ?? '') && figure ? to : undefined;
}

/** Verbs of leaving, which reject only what one can leave: "withdraw from", "pull out of", "back away from". */
function isLeaving(view: SentenceView, k: number): boolean {
  const lemma = view.lemma(k);
  const next = view.lower(k + 1);
  return (lemma === 'withdraw' && next === 'from') || (lemma === 'pull' && next === 'out') || (lemma === 'back' && next === 'away');
}

/** The words from `from` to `end` name a deal, the talks or a stance ("the accord", "negotiations", "the plan"). */
function leftDealOrTalks(view: SentenceView, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = view.tokens[k]!;
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN') continue;
    if (/^(talks?|negotiations?|process|dialogue|table)$/.test(t.lower) || lexicon().entriesOf(t).some((e) => e.part === 'nouns' && /^(deal|propose|demand|document|agree|commit)$/.test(e.cls))) return true;
  }
  return false;
}

/** An agreement with no stated subject ("the meeting resulted in agreement on …") binds both sides: a mention of each at token k. */
export function principalMentions(view: SentenceView, k: number, context: ArticleContext): Mention[] {
  return sideMentions(view, k, context.principals);
}

/** A mention at token k of each of `sides`, for a phrase that stands for them without naming them. */
function sideMentions(view: SentenceView, k: number, sides: readonly string[]): Mention[] {
  return sides.map((party) => partyMentionAt(view, k, party, 'principals'));
}

/** Lexicon classes of the verbs that make a deal: "reached", "struck", "signed", "initialled". */
export const DEAL_MAKING_CLASSES = ['reach-deal', 'sign'] as const;

/** Whether a verb that makes a deal starts at token k. */
export function makesDealAt(view: SentenceView, k: number): boolean {
  return DEAL_MAKING_CLASSES.some((cls) => view.lexiconEntryAt(cls, 'verbs', k) !== undefined);
}

/** Who a deal's terms bind: the sides that made the last deal reached, else the two principals. */
export function dealSides(context: ArticleContext): readonly string[] {
  return context.dealSides ?? context.principals;
}

/** A deal made by `sides` in sentence `sentenceIndex`: the terms read in the sentences after it bind them. */
export function noteDealMade(context: ArticleContext, sides: readonly string[], sentenceIndex: number): void {
  context.lastDealReached = sentenceIndex;
  context.dealSides = sides;
  context.bridgesSinceDeal = 0;
}

/** A mention at token k of each side a deal's terms bind. */
export function dealSideMentions(view: SentenceView, k: number, context: ArticleContext): Mention[] {
  return sideMentions(view, k, dealSides(context));
}

/**
 * The sides of a deal made by the sides `mentions` name, principals first: two or more that signed it together, or
 * that agreed in one sentence when they include both principals or are three or more ("the union, the port and the
 * city agreed to …"); undefined otherwise (one side's concession is no deal). A person counts for a principal only:
 * an official of a third state may have been read as a subject by mistake, a side is named as one.
 */
export function sidesOfDeal(mentions: Iterable<Mention>, principals: readonly string[], signedTogether: boolean): string[] | undefined {
  const all = new Set<string>();
  for (const m of mentions) {
    const side = m.type === 'Party' || m.type === 'Organization' || m.type === 'Delegation' ? (m.party ?? m.canonical) : m.party;
    if (side !== undefined && (m.type !== 'Person' || principals.includes(side))) all.add(side);
  }
  const sides = [...principals.filter((side) => all.has(side)), ...[...all].filter((side) => !principals.includes(side))];
  const principalsIn = principals.length >= 2 && principals.every((side) => all.has(side));
  return sides.length >= 2 && (signedTogether || principalsIn || sides.length >= 3) ? sides : undefined;
}

/** A mention of `party` at token k, for a side a word stands for without naming it ("both", "the American", "the other"). */
export function partyMentionAt(view: SentenceView, k: number, party: string, via: string): Mention {
  const t = view.tokens[k]!;
  return { type: 'Party', text: t.text, canonical: party, start: t.start, end: t.end, tokenStart: k, tokenEnd: k + 1, party, via };
}

/**
 * The topics from `from` to `end`, split as `split` says. "offered a 12% cut in the principal, a grace period of two
 * years and an interest rate of 5%": an offer lists its terms apart when each states a figure; "proposed talks on trade
 * and security" stays whole.
 */
function listedTopics(view: SentenceView, from: number, end: number, split: boolean | 'terms'): TopicSpan[] {
  if (split !== 'terms') return topicsIn(view, from, end, split);
  // ("tabled a four-point plan: a week-long truce, a road for food lorries, the return of detainees": a plan that
  // its words do not open up holds the items listed after the colon.)
  if (view.lower(end) === ':' && NAMED_PLAN.test(view.text(from, end))) {
    const listed = topicsIn(view, end + 1, view.find(/^[.;]$/, end + 1) ?? view.tokens.length, true);
    if (listed.length > 1) return listed;
  }
  const items = topicsIn(view, from, end, true);
  const statesFigure = (item: TopicSpan): boolean => view.tokens.slice(item.from, item.to).some((t) => t.pos === 'NUM');
  // ("put forward a rent freeze, a fund for lifts and a ban on late fees": three or more things, each with "a".)
  const oneOfMany = (item: TopicSpan): boolean => /^(a|an)$/.test(view.lower(item.from)) || /^(a|an)$/.test(view.lower(item.from - 1));
  // ("a 22% discount combined with a refund scheme": words that add one thing to another part two things.)
  const added = items.length > 1 && items.slice(1).every((item, n) => view.tokens.slice(items[n]!.to, item.from).some((t) => ADDING_WORDS.test(t.lower)));
  return (items.length > 1 && items.every(statesFigure)) || (items.length > 2 && items.every(oneOfMany)) || added ? items : topicsIn(view, from, end, false);
}

/** A plan named by its kind and count alone: "a three-step plan", "its four-point proposal", "a compromise package". */
const NAMED_PLAN = /^(?:(?:a|an|the|its|their|his|her|new|revised|compromise|peace|ceasefire|\S+-(?:point|step|part|stage|phase))\s+)*(?:plan|proposal|package|roadmap|framework|formula)$/i;

/**
 * "agreed to a no-go zone around the lake, where caribou calve, and to a water board": the object after a
 * relative clause set off by commas, opened by "and" and the particle that opened the first.
 */
function parallelAfterAside(view: SentenceView, from: number, end: number): TopicSpan[] {
  const particle = view.lower(from - 1);
  if (!/^(to|on|for)$/.test(particle) || view.lower(end) !== ',' || !/^(where|which|who|whose)$/.test(view.lower(end + 1))) return [];
  const close = view.find(COMMA, end + 2, 16);
  if (close === undefined || view.lower(close + 1) !== 'and' || view.lower(close + 2) !== particle) return [];
  return topicsIn(view, close + 3, view.clauseEnd(close + 3), false).slice(0, 1);
}

/**
 * "A union spokesman said the extension proposal had been rejected": who reports a rejection in the passive, with no
 * agent, is the side that rejected; not its own offer ("Peru said its plan had been rejected"), nor one a sentence's
 * side was handed.
 */
function reportedRejecter(view: SentenceView, verb: number): Mention[] {
  const reporting = view.tokens.findLastIndex((t, j) => j < verb && t.pos === 'VERB' && isReportingVerb(t));
  if (reporting < 0 || !isPassiveParticiple(view, verb)) return [];
  const between = view.tokens.slice(reporting + 1, verb);
  if (between.some((t) => /^(its|their|his|her|our)$/.test(t.lower) || isReportingVerb(t) || t.text === ',') || view.actors.some((m) => m.tokenStart > reporting && m.tokenStart < verb)) return [];
  return view.subjectOf(reporting).filter((m) => STANCE_ACTORS.has(m.type) && (m.type !== 'Person' || m.party !== undefined)).slice(0, 1);
}

/**
 * "Chile's proposal to reopen the port was rejected": a stance one of the two sides owns, turned down in the passive
 * with no agent and no one reporting it, was turned down by the other side.
 */
function otherSideRejecting(view: SentenceView, verb: number, context: ArticleContext): Mention[] {
  if (context.principals.length !== 2 || !isPassiveParticiple(view, verb)) return [];
  let end = verb - 1;
  while (end > 0 && /^(AUX|ADV)$/.test(view.tokens[end]!.pos)) end--;
  const owner = view.actors.findLast((m) => m.tokenEnd <= end && m.tokenEnd >= end - 12 && /^['’]s?$/.test(view.lower(m.tokenEnd)) && STANCE_ACTORS.has(m.type));
  if (owner === undefined || view.find(/^(said|says|,)$/, 0, owner.tokenStart) !== undefined) return [];
  let noun = owner.tokenEnd + 1;
  while (view.tokens[noun]?.pos === 'ADJ') noun++;
  if ((['propose', 'demand'] as const).every((cls) => view.lexiconEntryAt(cls, 'nouns', noun) === undefined)) return [];
  const side = owner.party ?? owner.canonical;
  const other = context.principals.filter((party) => party !== side);
  return context.principals.includes(side) && other.length === 1 ? [partyMentionAt(view, verb, other[0]!, 'principals')] : [];
}

function subjectsFor(view: SentenceView, k: number, spec: StanceRuleSpec, context: ArticleContext): Mention[] {
  if (spec.passive) {
    const agents = view.agentAfter(k).filter((m) => STANCE_ACTORS.has(m.type));
    if (agents.length > 0 || spec.predicate !== 'rejects') return agents;
    const reporter = reportedRejecter(view, k);
    return reporter.length > 0 ? reporter : otherSideRejecting(view, k, context);
  }
  if (spec.agentAfterFrom) {
    const from = view.find(FROM, k + 1, 2);
    const to = from === undefined ? undefined : view.find(TO, from + 1, 8);
    if (from === undefined || to === undefined) return [];
    const agents = view.actors.filter((m) => m.tokenStart > from && m.tokenEnd <= to);
    const people = agents.filter((m) => m.type === 'Person');
    return people.length > 0 ? people : agents;
  }
  // A participle after a comma ("…, proposing instead …") shares the main clause's subject.
  // The subject stands before the participle: "…, calling on the government to …" is not the government's call.
  if (spec.holderIsSentenceSubject || (view.tokens[k - 1]?.text === ',' && view.lower(k).endsWith('ing'))) {
    const first = view.actors.find((m) => m.tokenEnd <= k);
    if (!first) return [];
    // "The studios rejected the guild's demand, offering instead …": a side first named as a verb's object is not the
    // subject, which the article names in words no side's.
    // ("turned down the union's claim": a verb's particle stands between.)
    let before = view.wordBefore(first);
    if (/^(ADP|PART)$/.test(view.tokens[before]?.pos ?? '') && view.tokens[before - 1]?.pos === 'VERB') before--;
    if (view.tokens[before]?.pos === 'VERB' && !spec.holderIsSentenceSubject) return [];
    // "The union and Bayline signed a deal, committing to …": the subject of the sentence's verb, with the sides
    // coordinated in it.
    const verb = view.tokens.findIndex((t, j) => j >= first.tokenEnd && j < k && t.pos === 'VERB');
    const subjects = verb < 0 ? [] : view.subjectOf(verb).filter((m) => STANCE_ACTORS.has(m.type));
    return subjects.some((m) => m === first) ? subjects : [first];
  }
  // "It was Halloran, a retired judge, who put forward the compromise": a cleft names its subject before "who".
  let who = k - 1;
  while (who > 0 && /^(AUX|ADV)$/.test(view.tokens[who]!.pos)) who--;
  if (view.lower(0) === 'it' && /^(was|is)$/.test(view.lower(1)) && view.lower(who) === 'who') {
    const named = view.actors.filter((m) => m.tokenStart === 2 && STANCE_ACTORS.has(m.type));
    if (named.length > 0) return named;
  }
  const subjects = view.subjectOf(k).filter((m) => STANCE_ACTORS.has(m.type));
  return subjects.length > 0 || !spec.bothSidesWhenUnstated ? subjects : principalMentions(view, k, context);
}

/**
 * The subject of the verb whose object is the text whose noun ends at `noun` ("would hand Ukraine a memorandum"), when a
 * side stands between the verb and the text; else undefined.
 */
function issuerOf(view: SentenceView, noun: number): Mention[] | undefined {
  let j = noun - 1;
  while (j > 0 && /^(DET|ADJ|NOUN|NUM)$/.test(view.tokens[j]!.pos)) j--;
  const recipient = view.actors.find((m) => m.tokenEnd === j + 1 && m.type !== 'Place');
  if (recipient === undefined || view.tokens[recipient.tokenStart - 1]?.pos !== 'VERB') return undefined;
  const subjects = view.subjectOf(recipient.tokenStart - 1).filter((m) => STANCE_ACTORS.has(m.type));
  return subjects.length > 0 ? subjects : undefined;
}

/** The clause of the verb at k is what a side demands: "that" after a noun or a verb of demanding opens it. */
function demandedOfSubject(view: SentenceView, k: number): boolean {
  let j = k - 1;
  while (j > 0 && /^(AUX|ADV)$/.test(view.tokens[j]!.pos)) j--;
  const subject = view.actors.find((m) => m.tokenEnd === j + 1);
  if (subject === undefined) return false;
  const that = subject.tokenStart - (view.lower(subject.tokenStart - 1) === 'the' ? 2 : 1);
  if (view.lower(that) !== 'that') return false;
  return view.lexiconEntryAt('demand', 'nouns', that - 1) !== undefined || view.lexiconEntryAt('demand', 'verbs', that - 1) !== undefined;
}

/**
 * True when token k stands in a clause that says what a side asks of another: after "that" following a verb or noun of
 * demanding or proposing ("proposed that the African Union act as mediator"), with no finite verb of another clause
 * between.
 */
export function insideAskedClause(view: SentenceView, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 25); j--) {
    const t = view.tokens[j]!;
    if (/^[.;:]$/.test(t.text)) return false;
    // ("… that the government suspend operations and guarantee …": the clause's verbs are bare; "agreed" is another's.)
    if ((t.pos === 'VERB' || t.pos === 'AUX') && t.lower !== t.lemma && !UNASSERTED_MODALS.test(t.lower)) return false;
    if (t.lower === 'that') return (['demand', 'propose'] as const).some((cls) => view.lexiconEntryAt(cls, 'verbs', j - 1) !== undefined || view.lexiconEntryAt(cls, 'nouns', j - 1) !== undefined);
  }
  return false;
}

/** A verb in -ing at k: "guaranteeing". */
export function isGerund(view: SentenceView, k: number): boolean {
  return view.tokens[k]?.pos === 'VERB' && view.lower(k).endsWith('ing');
}

/**
 * The other principal sides named after "with" in an object of agreeing ("a wage agreement with Natrail", "a side letter
 * with the two operators"), and where "with" is.
 */
function partnerAfterWith(view: SentenceView, from: number, end: number, holders: readonly Mention[], context: ArticleContext): { sides: Mention[]; with: number } | undefined {
  const parties = new Set(holders.map((m) => m.party ?? m.canonical));
  if (![...parties].some((p) => context.principals.includes(p))) return undefined;
  for (let w = from + 1; w < end; w++) {
    if (view.lower(w) !== 'with') continue;
    // ("with the two operators": a group's mention may take in its article.)
    const at = view.lower(w + 1) === 'the' ? w + 2 : w + 1;
    const side = view.actors.find((m) => (m.tokenStart === at || m.tokenStart === w + 1) && m.type === 'Party' && m.party !== undefined && !parties.has(m.party) && context.principals.includes(m.party));
    if (side === undefined || !(side.tokenEnd === end || /^(,|after|on|in|at|for|following)$/.test(view.lower(side.tokenEnd)) || isGerund(view, side.tokenEnd))) continue;
    // ("with both operators": each side the words stand for.)
    const sides = view.actors.filter((m) => m.tokenStart === side.tokenStart && m.tokenEnd === side.tokenEnd && m.type === 'Party' && m.party !== undefined && !parties.has(m.party));
    return { sides, with: w };
  }
  return undefined;
}

/**
 * The other side at the table named after "with" between the holders and the trigger: "the army delegation engaged in
 * talks with the KDF and reached understandings" — the KDF reached them too.
 */
/** "with Peru", "with the union": a side at the table named after "with" at k, or undefined. */
function sideAfterWith(view: SentenceView, k: number, context: ArticleContext): Mention | undefined {
  if (view.lower(k) !== 'with') return undefined;
  let at = view.lower(k + 1) === 'the' ? k + 2 : k + 1;
  // ("with a committee of private bondholders", "with the leaders of the union": the side whose people or body it is.)
  const body = /^(a|an|the)$/.test(view.lower(k + 1)) && SIDE_BODY_NOUNS.test(view.lower(k + 2)) && view.lower(k + 3) === 'of' ? k + 4 : undefined;
  if (body !== undefined) {
    at = view.lower(body) === 'the' ? body + 1 : body;
    while (view.tokens[at]?.pos === 'ADJ' && view.tokens[at]!.text === view.lower(at) && !view.actors.some((m) => m.tokenStart === at)) at++;
  }
  // ("with the league": a side named by its kind holds its article.)
  const opensAt = (m: Mention): boolean => m.tokenStart === at || (body === undefined && m.tokenStart === k + 1 && view.lower(k + 1) === 'the');
  return view.actors.find((m) => opensAt(m) && STANCE_ACTORS.has(m.type) && m.party !== undefined && context.principals.includes(m.party));
}

/** Nouns for the people or the body through which a side negotiates, before "of" and the side. */
const SIDE_BODY_NOUNS = /^(committee|group|panel|delegation|team|leaders|leadership|representatives|members|negotiators)$/;

function partnersWith(view: SentenceView, holders: readonly Mention[], trigger: number, context: ArticleContext): Mention[] {
  const from = Math.max(...holders.map((m) => m.tokenEnd));
  const parties = new Set(holders.map((m) => m.party));
  return view.actors.filter((m) => {
    if (m.tokenStart < from || m.tokenEnd > trigger || !STANCE_ACTORS.has(m.type) || !m.party || parties.has(m.party) || !context.principals.includes(m.party)) return false;
    const before = view.lower(m.tokenStart - 1) === 'the' ? m.tokenStart - 2 : m.tokenStart - 1;
    return view.lower(before) === 'with';
  });
}

/**
 * '"We agreed to talk again on Friday," the union's president said': a negotiator's "we" that agrees, with no partner named,
 * speaks of what both sides at the table agreed; the other side agrees too. Not what "we" accepted of the other's
 * ("we agreed to their offer"), which is the speaker's side's alone.
 */
function counterpartOfWe(view: SentenceView, holders: readonly Mention[], trigger: number, context: ArticleContext): Mention[] {
  const we = holders.length === 1 ? holders[0]! : undefined;
  if (we === undefined || we.via !== 'pronoun' || we.text.toLowerCase() !== 'we' || context.principals.length !== 2 || we.party === undefined || !context.principals.includes(we.party)) return [];
  if (view.negated(trigger) || /^(not|cannot|never|n't)$/.test(view.lower(trigger - 1)) || view.find(/^(offer|offers|proposal|proposals|demand|demands|request|terms|plan)$/, trigger + 1, 6) !== undefined) return [];
  const other = context.principals.find((party) => party !== we.party)!;
  return [partyMentionAt(view, we.tokenStart, other, 'principals')];
}

/** "the American proposal", "the US offer": the party named by the word before a noun. */
export function partyWordBefore(view: SentenceView, k: number): Mention[] {
  const named = view.actors.filter((m) => m.tokenEnd === k && m.type === 'Party');
  if (named.length > 0) return named;
  const t = view.tokens[k - 1];
  const { demonyms } = worldKnowledge();
  const party = t && /^\p{Lu}/u.test(t.text) ? demonyms.get(t.lower) : undefined;
  // "the Greek Cypriot call for …": two demonyms name a community, a side of its own.
  const first = view.tokens[k - 2];
  if (party && first && /^\p{Lu}/u.test(first.text) && demonyms.has(first.lower)) return [partyMentionAt(view, k - 1, `${first.text} ${t!.text}`, 'demonym')];
  if (!party) return [];
  // "Egyptian and Qatari mediators", "an Egyptian-Qatari proposal": each demonym of the pair.
  const other = view.tokens[k - 3];
  const hyphen = view.lower(k - 2) === '-' && glued(view.tokens, k - 3, k - 2) && glued(view.tokens, k - 2, k - 1);
  const paired = (view.lower(k - 2) === 'and' || hyphen) && other && /^\p{Lu}/u.test(other.text) ? demonyms.get(other.lower) : undefined;
  return paired !== undefined && paired !== party ? [partyMentionAt(view, k - 3, paired, 'demonym'), partyMentionAt(view, k - 1, party, 'demonym')] : [partyMentionAt(view, k - 1, party, 'demonym')];
}

/** Words that go with a figure to say how much: "5 percent", "2 million", "40 %". */
const AMOUNT_WORDS = /^(%|percent|per|cent|hundred|thousand|million|billion|trillion)$/;

/**
 * ", up from 22%", ", up from the 6% it put on the table in January": the earlier figure a rise is set against, right
 * after the object ending at `end`; undefined when none is.
 */
export function earlierFigureAfter(view: SentenceView, end: number): string | undefined {
  if (view.lower(end) !== ',' || view.lower(end + 1) !== 'up' || view.lower(end + 2) !== 'from') return undefined;
  let k = end + 3;
  if (view.lower(k) === 'the') k++;
  const start = k;
  // The figure: a currency sign, a number and its unit ("$4.5 million", "22%", "6 percent").
  if (view.tokens[k]?.pos === 'SYM') k++;
  if (view.tokens[k]?.pos !== 'NUM') return undefined;
  while (view.tokens[k]?.pos === 'NUM' || AMOUNT_WORDS.test(view.lower(k)) || /^(euros?|dollars?|pounds?)$/.test(view.lower(k))) k++;
  // ("up from 57.5 million under the expiring protocol", "… in the current contract": what a deal in force gives is
  // no offer.)
  if (/^(under|in)$/.test(view.lower(k)) && /^(the|its|their)$/.test(view.lower(k + 1)) && IN_FORCE.test(view.text(k + 2, k + 5))) return undefined;
  return view.text(start, k);
}

/** Words for a deal in force, whose terms an offer is set against: "the expiring protocol", "the current contract". */
const IN_FORCE = /^(?:(?:expiring|current|existing|old|previous|present|outgoing) )?(?:\S+ )?(?:protocol|contract|agreement|deal|accord|treaty|pact|arrangement)\b|^(?:expiring|current|existing|old|outgoing)\b/i;

/** A verb of signing or reaching a deal governs the noun phrase that ends at `noun`: "signed a framework agreement". */
function signedBefore(view: SentenceView, noun: number): boolean {
  for (let k = noun - 1; k >= Math.max(0, noun - 5); k--) {
    const t = view.tokens[k]!;
    if (t.pos === 'VERB') return view.lexiconEntryAt('sign', 'verbs', k) !== undefined || view.lexiconEntryAt('reach-deal', 'verbs', k) !== undefined;
    if (!/^(DET|ADJ|NOUN|PROPN|NUM|PUNCT)$/.test(t.pos) || t.text === ',') return false;
  }
  return false;
}

/** Whether a bare "be" stands before the participle at k, past adverbs: "will be signed", "has to be approved". */
function bareBeBefore(view: SentenceView, k: number): boolean {
  let j = k - 1;
  while (j > 0 && view.tokens[j]!.pos === 'ADV') j--;
  return view.lower(j) === 'be';
}
