// The extract stage: runs the rule registry over an article's annotated sentences and attaches each claim's source.
import { STANCES, type AnnotatedSentence, type Article, type ArticleRound, type Claim, type ClaimArgument, type Mention, type Predicate, type Source, type Stance, type Token } from '../types.js';
import { isJointBody, principalParties } from '../nlp/annotate-article.js';
import { ANSWERING, PatternIndex, isOwnStanceNoun, isTimeOnly, noteDealMade, sideOfOwnerWord, sidesOfDeal, type ArticleContext, type ExtractionRule, type RuleMatch } from './rule.js';
import { DEFAULT_RULES } from './rules/index.js';
import { BARE_STANCE_NOUN, STANCE_NOUN_QUALIFIERS, STANCE_NOUNS } from './rules/stance-nouns.js';
import { SentenceView } from './sentence-view.js';
import { isReportingVerb } from '../nlp/lexicon.js';
import { isPastParticiple } from '../nlp/find-mentions.js';
import { opensWithFigure } from '../nlp/number-words.js';
import { articleRound } from './article-round.js';
import { statedDates } from './stated-dates.js';
import { listItemsJoined } from './list-items.js';

/** Names of news formats that headlines append after a colon: "what we know", "live updates", "explainer". */
const NEWS_FORMAT = /^(?:what we know(?: so far)?|what you need to know|live(?: updates| blog)?|explainer|analysis|timeline|in pictures|in full|q&a)$/i;

/**
 * Where an offer lies in the idiom, not what it holds: "put a serious offer on the table", "the plan on the agenda".
 * (Stances on a seat at the table say "a seat at the table".)
 */
const PLACE_OF_AN_OFFER = /^(?:the )?(?:table|agenda)$/i;

/**
 * Verbs that say nothing of what without their object: "a condition the club refused to consider", "declined to
 * comment", "we are willing to negotiate". ("refused to disarm" says what.)
 */
const EMPTY_WITHOUT_OBJECT = /^(?:consider|discuss|entertain|examine|study|review|contemplate|accept|sign|take|do|make|give|say|comment|talk|negotiate|invest|mediate|help|cooperate|compromise)$/;
/** "as it had pledged to do at the last round", "agreed to do so by May": "do" stands for a step named before. */
const DO_SO = /^do(?: so| it| that| this)?(?: (?:in|at|by|on|before|within) .+)?$/i;

/**
 * What a step led to, read as one more thing the step took on: "turned down the offer, leaving both sides deadlocked and
 * raising fears of a strike".
 */
const CONSEQUENCE = /^(?:leaving (?:the |both )?(?:two )?(?:sides|parties|delegations|talks|negotiations)\b|raising (?:the )?(?:prospect|possibility|spectre|specter|risk|threat|fears?)\b|prompting\b|sparking\b|triggering\b)/i;

/** Words of saying that open what a stance was wrongly read to hold: "said that the crews would never …". */
const REPORTED = /^(?:said|says|say|told|tells|added|adds|noted|notes)\b/i;

/** A clause of when read as what a stance holds: "the share it had asked for when bargaining began". */
const CLAUSE_OF_WHEN = /^(?:when|whenever|while)\b/i;

/** Making a deal with no word of what it holds: "keen to strike a deal", "hopes to reach an agreement". */
const BARE_DEAL_MAKING = /^(?:make|reach|strike|do|cut|get|find|seal|conclude) (?:a|an|the) (?:deal|agreement|accord|settlement|compromise|solution)$/i;

/** A word that stands for a thing without naming it: "the first one it has signed", "signed it". */
const STAND_IN = /^(?:one|ones|it|this|that|these|those|them|some|any|all|both|none)$/i;

/** Words that announce a list rather than name its items: "the following points", "the following". */
const ANNOUNCES_LIST = /^(?:the )?following(?: (?:points|terms|items|measures|provisions|conditions|demands))?$/i;

/**
 * A topic's label that names nothing a side could hold: a news format, where an offer lies, a verb or word alone, a deal
 * unnamed, words of saying or of when, what a step led to.
 */
function namesNothing(label: string): boolean {
  return NEWS_FORMAT.test(label) || PLACE_OF_AN_OFFER.test(label) || EMPTY_WITHOUT_OBJECT.test(label) || STAND_IN.test(label) || DO_SO.test(label) || BARE_DEAL_MAKING.test(label) || REPORTED.test(label) || CLAUSE_OF_WHEN.test(label) || CONSEQUENCE.test(label) || ANNOUNCES_LIST.test(label);
}

/** "its chief negotiator, Maria Lopez": a person the sentence names, after an office and a comma, is no topic. */
function namesPerson(view: SentenceView, label: string): boolean {
  const named = /^[^,]{1,40}, (.+)$/.exec(label)?.[1];
  return named !== undefined && view.sentence.mentions.some((m) => m.type === 'Person' && (m.text === named || m.canonical === named));
}

/** A stance's noun. */
const STANCE_KIND = new RegExp(`^(?:${STANCE_NOUNS})s?$`, 'i');
/** A deal's noun. */
const DEAL_KIND = /^(?:deals?|agreements?|accords?|settlements?)$/i;
/** Adjectives of a domain, made from nouns ("monetary", "economic", "territorial"): they say what an offer is about. */
const RELATIONAL_ADJECTIVE = /(?:al|ary|ic)$/;

/**
 * "tabled a fair offer", "still hopes for a serious offer": an offer or a demand named by its kind and by words that
 * only judge it or place it in time (adjectives, determiners, adverbs, as the sentence's tagger reads them) says
 * nothing of what it holds; nor does a deal a side wants named by its noun alone ("the two sides each want a deal"). A
 * noun or a figure before it says what it holds ("a pay offer", "a 3% offer"), and so does an adjective of a domain
 * ("its monetary proposals"), and may any adjective before a deal ("a legally binding accord").
 */
function namesOnlyItsKind(view: SentenceView, label: string, predicate: Predicate): boolean {
  const words = label.toLowerCase().split(' ');
  const last = words.at(-1)!;
  const deal = predicate === 'demands' && DEAL_KIND.test(last);
  if (!deal && !STANCE_KIND.test(last)) return false;
  // ("an amended plan", "a just and sensible offer": a participle, and words that join judgements, judge too.)
  const judges = (t: Token): boolean =>
    t.text === t.lower && (t.pos === 'DET' || (!deal && (t.pos === 'ADV' || t.lower === 'and' || t.text === ',' || isPastParticiple(t) || (t.pos === 'ADJ' && (STANCE_NOUN_QUALIFIERS.has(t.lower) || !RELATIONAL_ADJECTIVE.test(t.lower))))));
  for (let k = 0; k + words.length <= view.tokens.length; k++) {
    if (words.every((word, n) => view.lower(k + n) === word)) return view.tokens.slice(k, k + words.length - 1).every(judges);
  }
  return false;
}

/** Characters of context kept before and after a quote (W3C TextQuoteSelector prefix and suffix). */
const CONTEXT_CHARS = 32;
/** Factors that lower a rule's confidence, see {@link extractClaims}. */
const HEDGE_FACTOR = 0.75;
const SOURCE_FACTOR = 0.9;
const REFERENCE_FACTOR = 0.85;

/**
 * Reads the claims of one article. Rules run in registry order; identical claims from one sentence are kept once.
 *
 * Confidence (0..1) estimates how likely the claim is true given this one sentence:
 * - it starts at the rule's own confidence, its precision on news text (e.g. 0.9 for "X, who leads the Y delegation",
 *   0.55 for "pressure from X to …"), already lowered by the rule when its trigger is negated ("will not accept");
 * - × 0.75 when the sentence hedges ("reportedly", "could", "is said to"): the claim is kept, marked `hedged`;
 * - × 0.9 when it rests on an anonymous source ("a senior Iranian official said …"), kept as `attribution`;
 * - × 0.85 when the subject was reached through a pronoun, a description or "both sides", which may be misresolved.
 * Reported speech keeps the speaker as `attribution` when the speaker is not the claim's subject ("X said Iran would
 * insist on …": Iran demands, attributed to X). Each source carries the day the statement was made: the day its
 * sentence states, else the article's date (see statedDates). The resolve stage combines the sources of one claim, so that claims
 * several articles support rank higher (see `resolveGraph`).
 */
export function extractClaims(
  article: Article,
  sentences: readonly AnnotatedSentence[],
  rules: readonly ExtractionRule[] = DEFAULT_RULES,
  principals: readonly string[] = principalParties(sentences),
  reported: ArticleRound | undefined = articleRound(article, sentences, principals),
): Claim[] {
  const context: ArticleContext = {
    article,
    principals,
    talks: reported?.label,
    roundOrdinal: reported?.ordinal,
    lastTopic: undefined,
    lastTopics: [],
    topicBeforeSentence: undefined,
    lastOffer: undefined,
    topics: [],
    nounHolders: new Map(),
    lastHolder: new Map(),
    lastDealSentence: undefined,
    lastOfferTerms: undefined,
    lastTermsSentence: undefined,
    lastDealReached: undefined,
    dealSides: undefined,
    bridgesSinceDeal: 0,
    lastOtherHeading: undefined,
    termsHeading: undefined,
    patterns: patternIndexOf(rules),
  };
  const claims: Claim[] = [];
  // A list item is read with the words that announce its list; its source is the item alone.
  const joined = listItemsJoined(sentences, article.text);
  for (const sentence of sentences) {
    const view = new SentenceView(joined.get(sentence.index) ?? sentence);
    context.topicBeforeSentence = context.lastTopic;
    const seen = new Set<string>();
    const hedged = isHedged(view);
    const asking = view.asksWithoutStating();
    const speaker = speakerOf(view);
    let date: string | undefined | null = null;
    for (const rule of rules) {
      for (const found of rule.match(view, context)) {
        const match = asFloor(found, found.predicate ?? rule.predicate);
        const predicate = match.predicate ?? rule.predicate;
        if (asking && (STANCES as readonly Predicate[]).includes(predicate)) continue;
        // "the 51% they insisted on all summer": a time alone is no stance's object; nor is the name of a news format
        // a headline adds ("… new contract: what we know").
        // ("Bayline offered eight weeks": a counted stretch of time a side offers or asks for is what it wants, severance or a
        // truce's length.)
        // (Not a condition's time: "agreed only because of a review after five years".)
        // ("asked for one more week": more time asked for is what is asked.)
        const counted = (predicate === 'proposes' || (predicate === 'demands' && /^demands\.(want|verb)$/.test(rule.name))) && match.object.kind === 'topic' && (opensWithFigure(match.object.label) || MORE_TIME.test(match.object.label));
        if (match.object.kind === 'topic' && match.object.type === 'Topic' && ((isTimeOnly(match.object.label) && !counted) || namesNothing(match.object.label) || namesPerson(view, match.object.label))) continue;
        const objectKey = match.object.kind === 'entity' ? `${match.object.mention.type}:${match.object.mention.canonical}` : `${match.object.type}:${match.object.label.toLowerCase()}`;
        const key = `${match.subject.canonical}|${predicate}|${objectKey}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const attribution = speaker && speaker.canonical !== match.subject.canonical ? speaker.canonical : speaker?.via === 'source' ? speaker.canonical : undefined;
        let confidence = match.confidence;
        if (hedged) confidence *= HEDGE_FACTOR;
        if (speaker?.via === 'source' || match.subject.via === 'source') confidence *= SOURCE_FACTOR;
        if (/^(pronoun|description|group|principals)$/.test(match.subject.via)) confidence *= REFERENCE_FACTOR;
        // The day the sentence states, else the article's: read once per sentence, and only for one that states a claim.
        if (date === null) date = statedDates(sentence.text, article.published)[0]?.start ?? article.published;
        const source: Source = { ...sourceIn(article, sentence, rule.name, confidence, date), attribution, hedged: hedged || undefined };
        const objects = ANSWERING.has(predicate) ? answeredStance(match.subject, match.object, claims, view) : [match.object];
        for (const object of objects) {
          // ("the Chilean plan" that answers nothing read before names no content.)
          if (object.kind === 'topic' && isOwnStanceNoun(object.label)) continue;
          if ((predicate === 'proposes' || predicate === 'demands') && object.kind === 'topic' && namesOnlyItsKind(view, object.label, predicate)) continue;
          for (const subject of jointBodySides(match.subject, predicate, principals)) claims.push({ subject: { kind: 'entity', mention: subject }, predicate, object, source });
        }
      }
    }
    const sides = sidesOfDeal(agreeing(claims, sentence.index), principals, false);
    // "The two sides did agree on something.": a deal is made, whose terms the next sentences may state, but "something"
    // alone names none of them.
    for (let i = claims.length - 1; i >= 0 && claims[i]!.source.sentenceIndex === sentence.index; i--) {
      const { predicate, object } = claims[i]!;
      if (predicate !== 'rejects' && object.kind === 'topic' && UNNAMED_OBJECT.test(object.label)) claims.splice(i, 1);
    }
    if (sides !== undefined) noteDealMade(context, sides, sentence.index);
  }
  return claims;
}


/** The source of a claim read in `sentence` by `rule`: its quote with the words around it, for a reader to find it. */
function sourceIn(article: Article, sentence: AnnotatedSentence, rule: string, confidence: number, date: string | undefined): Source {
  return {
    articleId: article.id,
    sentenceIndex: sentence.index,
    quote: sentence.text,
    start: sentence.start,
    end: sentence.end,
    prefix: article.text.slice(Math.max(0, sentence.start - CONTEXT_CHARS), sentence.start),
    suffix: article.text.slice(sentence.end, sentence.end + CONTEXT_CHARS),
    rule,
    confidence: round(confidence),
    date,
  };
}

/** The two sides, for a stance of a body they sit on together ("the Joint Commission agreed …"), else the subject. */
function jointBodySides(subject: Mention, predicate: Predicate, principals: readonly string[]): readonly Mention[] {
  if (principals.length !== 2 || !STANCES.includes(predicate as Stance) || (subject.type !== 'Organization' && subject.type !== 'Party')) return [subject];
  if (!isJointBody(subject.canonical, principals)) return [subject];
  return principals.map((party) => ({ ...subject, type: 'Party' as const, canonical: party, party, via: 'principals' }));
}

/** "in its present form", "as it stands": a qualifier of the state an offer is in when it is answered. */
const AS_IT_STANDS = /\s+(?:in its (?:present|current) form|as it stands)$/i;

/** "accept nothing short of …", "nothing less than …": the words before what alone is accepted. */
const ACCEPTS_ONLY = /^((?:accept |take )?)nothing (?:short of|less than|but|other than) \S/i;

/** "agree something", "offer anything": an indefinite object with nothing after it, read with its verb. */
const UNNAMED_OBJECT = /^\S+ (?:something|anything)$/i;

/** "any tariff below 40 dollars", "any quota under 30 per cent": what falls short of a figure. */
const BELOW_FIGURE = /^(?:any(?:thing)? |an? )?(?:\S+ ){0,2}(?:below|under|less than|lower than|short of) (?:\S+ )?[$€£]?\d/i;

/**
 * "would not accept any tariff below 40 dollars", "ruled out any quota under 30 per cent": refusing all that falls
 * short of a figure sets that figure as a floor, a demand ("no tariff below 40 dollars").
 */
function asFloor(match: RuleMatch, predicate: Predicate): RuleMatch {
  if (match.object.kind !== 'topic') return match;
  // "will accept nothing short of a full reinstatement": accepting only that demands it.
  const only = ACCEPTS_ONLY.exec(match.object.label);
  if (only !== null && predicate !== 'rejects') return { ...match, predicate: 'demands', object: { ...match.object, label: match.object.label.slice(only[1]!.length) } };
  if (predicate !== 'rejects' || !BELOW_FIGURE.test(match.object.label)) return match;
  // ("accept anything less than a 10% quota" → "no less than a 10% quota"; "anything below a 6% raise" → "nothing below
  // a 6% raise")
  // ("would not settle for less than 6%" → "no less than 6%")
  const verbless = match.object.label.replace(/^(?:accept|take|sign|settle for|agree to) /i, '');
  const bare = verbless.replace(/^(?:any(?:thing)?|an?) /i, '');
  const label = `${/^anything /i.test(verbless) && !/^less than /i.test(bare) ? 'nothing' : 'no'} ${bare}`;
  return { ...match, predicate: 'demands', object: { ...match.object, label } };
}

/** The subjects of what was agreed in sentence `sentenceIndex`, the last read. */
function agreeing(claims: readonly Claim[], sentenceIndex: number): Mention[] {
  const subjects: Mention[] = [];
  for (let i = claims.length - 1; i >= 0 && claims[i]!.source.sentenceIndex === sentenceIndex; i--) {
    if (claims[i]!.predicate === 'agrees') subjects.push(claims[i]!.subject.mention);
  }
  return subjects.reverse();
}

/** "accepted the formula", "rejected the compromise": a word for an offer alone, with at most its article, refers back to one. */
const OFFER_REFERENCE = /^(?:(?:the|this|that|its|their) )?(?:formula|compromise|package|idea|notion|suggestion|concept|solution|initiative|arrangement|sum|amount)$/i;

/** Words that count the stances a plural refers to: "both demands", "the two proposals", "all three conditions". */
const COUNTED_STANCES: ReadonlyMap<string, number> = new Map([['both', 2], ['the two', 2], ['the three', 3], ['all three', 3], ['the four', 4], ['all four', 4]]);

/**
 * "The guild proposed that AI can't write scripts. The studios rejected our proposal": a bare stance noun a side
 * rejects or accepts is what another side last proposed or demanded in the article, when that was one thing. An offer
 * of several items stays "the offer", a package answered as a whole, unless the sentence counts them: "rejected both
 * demands" answers each of the two.
 */
function answeredStance(subject: Mention, object: ClaimArgument, earlier: readonly Claim[], view: SentenceView): ClaimArgument[] {
  const sentenceIndex = view.sentence.index;
  if (object.kind !== 'topic') return [object];
  // ("did not accept this proposal in its present form": the form it has now says what is refused, not what it is.)
  const core = object.label.replace(AS_IT_STANDS, '');
  // "the union's demands", "the Chilean plan": the owner's possessive or demonym is no content either; it says whose.
  const owned = /^(?:the )?(\S+?)['’]s\s+/.exec(core) ?? /^(?:the )?(\p{Lu}\S*)\s+(?=\S)/u.exec(core);
  const ownerSide = owned === null ? undefined : sideOfOwnerWord(owned[1]!);
  const bare = owned !== null && (owned[0].includes("'") || owned[0].includes('’') || ownerSide !== undefined) ? core.slice(owned[0].length) : core;
  if (!(BARE_STANCE_NOUN.test(bare) || OFFER_REFERENCE.test(bare)) || /responses?$/i.test(bare)) return [object];
  const owner = ownerSide ?? (bare === core ? undefined : owned?.[1]);
  const stance: Predicate = /(demand|condition|ultimatum)s?$/i.test(bare) ? 'demands' : 'proposes';
  const side = subject.party ?? subject.canonical;
  const holderOf = (claim: Claim): string => claim.subject.mention.party ?? claim.subject.mention.canonical;
  // ("the union's demands" are those of the "Harbour Workers Union"; "Chile's plan" is Chile's; "the American demand" the
  // United States'.)
  const ownedBy = (claim: Claim): boolean => owner === undefined || [holderOf(claim), claim.subject.mention.canonical, claim.subject.mention.text].some((name) => ` ${name.toLowerCase().replace(/\s+/g, ' ')} `.includes(` ${owner.toLowerCase()} `));
  const answers = (claim: Claim): boolean => claim.source.sentenceIndex < sentenceIndex && claim.predicate === stance && claim.object.kind === 'topic' && holderOf(claim) !== side && !BARE_STANCE_NOUN.test(claim.object.label) && ownedBy(claim);
  const last = earlier.findLast(answers);
  if (!last) return [object];
  const items = earlier.filter((claim) => answers(claim) && claim.source.sentenceIndex === last.source.sentenceIndex && holderOf(claim) === holderOf(last));
  if (items.length === 1) return [last.object];
  return items.length === countedBefore(view, bare) ? items.map((claim) => claim.object) : [object];
}

/** How many stances the words before the plural `noun` count in the sentence ("both demands": 2), else undefined. */
function countedBefore(view: SentenceView, noun: string): number | undefined {
  const last = noun.toLowerCase().split(/\s+/).at(-1);
  for (let k = 1; k < view.tokens.length; k++) {
    if (view.lower(k) !== last) continue;
    const one = COUNTED_STANCES.get(view.lower(k - 1));
    const two = COUNTED_STANCES.get(`${view.lower(k - 2)} ${view.lower(k - 1)}`);
    if (one !== undefined || two !== undefined) return one ?? two;
  }
  return undefined;
}

/** Each rule set's compiled patterns, kept with the rule set for as long as it is used. */
const patternIndexes = new WeakMap<readonly ExtractionRule[], PatternIndex>();

function patternIndexOf(rules: readonly ExtractionRule[]): PatternIndex {
  let index = patternIndexes.get(rules);
  if (!index) patternIndexes.set(rules, (index = new PatternIndex(rules)));
  return index;
}

const ACCORDING: ReadonlySet<string> = new Set(['according']);
/** A stretch of time asked for on top of what there is: "one more week", "another month", "extra days". */
const MORE_TIME = /^(?:(?:one|an?) )?(?:more|another|extra|additional|further)\b/i;

/** Who the sentence reports: "according to X", "X said (that) …", "…, X told reporters", "…, said X". */
function speakerOf(view: SentenceView): Mention | undefined {
  const according = view.find(ACCORDING, 0);
  if (according !== undefined && view.lower(according + 1) === 'to') {
    const named = view.actors.find((m) => m.tokenStart >= according + 2 && m.tokenStart <= according + 4);
    if (named) return named;
  }
  for (let k = 0; k < view.tokens.length; k++) {
    if (!isReportingVerb(view.tokens[k]) || view.tokens[k]!.pos === 'NOUN') continue;
    const after = view.actors.find((m) => m.tokenStart === k + 1 || (m.tokenStart === k + 2 && view.lower(k + 1) === 'the'));
    const subject = view.subjectOf(k)[0] ?? (view.tokens[k - 1]?.text === ',' || view.tokens[k - 1]?.text === '"' ? after : undefined);
    if (subject) return subject;
  }
  return undefined;
}

/** The sentence distances itself from what it reports: "reportedly", "could", "is said to". "May 3" is a date. */
function isHedged(view: SentenceView): boolean {
  return view.lexiconMatches('hedge', 'words').some(([first]) => !(view.lower(first) === 'may' && (view.tokens[first + 1]?.pos === 'NUM' || /^\p{Lu}/u.test(view.tokens[first]!.text))));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
