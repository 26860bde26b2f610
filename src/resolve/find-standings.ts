// Where the sides of each negotiation stand: the issues of the topics, the sticking points, the common ground, the open
// items, and the claims that contradict each other.
import { groupBy } from '../group-by.js';
import { compareCodeUnits } from '../compare-code-units.js';
import { isInferredClaim, STANCES, type Article, type Entity, type KnowledgeGraph, type ResolvedClaim, type Stance } from '../types.js';
import { groupIssues } from './group-issues.js';

/** Stances by which a side holds a topic: it wants it, offers it, or accepts it. */
const HOLDING: ReadonlySet<Stance> = new Set(['demands', 'proposes', 'agrees']);
/** Stances by which a side asks for a topic: unanswered, an open item. */
const ASKING: ReadonlySet<Stance> = new Set(['demands', 'proposes']);
/** Stances by which a side meets a topic halfway, which common ground needs from every side at the table. */
const ACCEPTING: ReadonlySet<Stance> = new Set(['proposes', 'agrees']);

/** What a standing is about: a topic (its entity key) or an issue (its label). */
export type StandingSubject = { readonly kind: 'topic'; readonly key: string } | { readonly kind: 'issue'; readonly label: string };

/** A sticking point, a piece of common ground or an open item, and the stance claims that make it one. */
export interface Standing {
  readonly about: StandingSubject;
  /** In the order of the graph's claims. */
  readonly claims: readonly ResolvedClaim[];
}

/** The parties that take stances in the same articles, and where they stand towards each other. */
export interface Negotiation {
  /** Party keys, sorted. */
  readonly sides: readonly string[];
  /** Ids of the articles that report it, sorted: only their claims count for it. */
  readonly articles: readonly string[];
  /** The sides at the table, sorted: those with a delegation, else those with two stance claims or more, else all. */
  readonly table: readonly string[];
  /** A topic, or an issue, that one side demands, proposes or agrees to and another rejects; an issue of competing demands. */
  readonly stickingPoints: readonly Standing[];
  /** A topic every side at the table proposes or agrees to, which no side rejects. */
  readonly commonGround: readonly Standing[];
  /** A topic one side demands or proposes and no other side answers. */
  readonly openItems: readonly Standing[];
}

/** Two claims that cannot both be true: one side holds a topic and rejects it, in other articles of the same date. */
export interface Contradiction {
  readonly holds: ResolvedClaim;
  readonly rejects: ResolvedClaim;
}

/** Everything findStandings reads from a graph. */
export interface Standings {
  /** The issue label of each topic, by topic key. */
  readonly issueOf: ReadonlyMap<string, string>;
  /** Sorted by their sides. */
  readonly negotiations: readonly Negotiation[];
  readonly contradictions: readonly Contradiction[];
}

/** A stance claim with the party it speaks for. */
interface SideClaim {
  readonly side: string;
  readonly stance: Stance;
  readonly claim: ResolvedClaim;
}

function isStance(predicate: string): predicate is Stance {
  return (STANCES as readonly string[]).includes(predicate);
}

/** The stance claims of the graph whose subject is a party or speaks for one. */
function sideClaims(graph: KnowledgeGraph, entities: ReadonlyMap<string, Entity>): SideClaim[] {
  const result: SideClaim[] = [];
  for (const claim of graph.claims) {
    if (!isStance(claim.predicate) || entities.get(claim.object)?.type !== 'Topic') continue;
    const subject = entities.get(claim.subject);
    const side = subject?.type === 'Party' ? subject.key : subject?.party;
    if (side !== undefined) result.push({ side, stance: claim.predicate, claim });
  }
  return result;
}

/** How many articles that hold a pair of sides a later one is checked against: enough to find one of the negotiation. */
const MAX_PAIR_ARTICLES = 8;

/**
 * The sides of each negotiation. Articles in which the same two parties take stances, each article saying most of one of
 * them, report one negotiation; a party met in one article only beside others (a mediator, a great power) does not
 * join two negotiations into one, and may sit in several. An article in which one side alone takes stances joins the
 * negotiation of that side when there is exactly one.
 */
function groupSides(claims: readonly SideClaim[]): { sides: string[]; articles: string[] }[] {
  const sidesOfArticle = new Map<string, Set<string>>();
  // How many stances each side takes in each article: only the sides an article says most of link it to another.
  const stancesOf = new Map<string, Map<string, number>>();
  for (const { side, claim } of claims) {
    for (const source of claim.sources) {
      sidesOfArticle.set(source.articleId, (sidesOfArticle.get(source.articleId) ?? new Set()).add(side));
      const counts = stancesOf.get(source.articleId) ?? new Map<string, number>();
      stancesOf.set(source.articleId, counts.set(side, (counts.get(side) ?? 0) + 1));
    }
  }
  const articles = [...sidesOfArticle.keys()].sort(compareCodeUnits);
  const parent = new Map(articles.map((a) => [a, a]));
  const find = (x: string): string => {
    const p = parent.get(x)!;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  // The sides an article says most of: the first two by stances, ties included.
  const mainSides = new Map<string, ReadonlySet<string>>();
  for (const article of articles) {
    const counts = stancesOf.get(article)!;
    const second = [...counts.values()].sort((a, b) => b - a)[1] ?? 0;
    mainSides.set(article, new Set([...counts.keys()].filter((side) => counts.get(side)! >= second)));
  }
  // Two articles that share a pair of sides report one negotiation when each says most of one of the pair, or when they
  // share three sides or more: a side an article names only in passing ("the agreement, drafted by France and Germany")
  // joins no two negotiations. Each article is checked against the first few that hold the pair.
  const linked = (x: string, y: string, a: string, b: string): boolean => {
    const [mx, my] = [mainSides.get(x)!, mainSides.get(y)!];
    if ((mx.has(a) || mx.has(b)) && (my.has(a) || my.has(b))) return true;
    const other = sidesOfArticle.get(y)!;
    return [...sidesOfArticle.get(x)!].filter((side) => other.has(side)).length >= 3;
  };
  const articlesOfPair = new Map<string, string[]>();
  for (const article of articles) {
    const sides = [...sidesOfArticle.get(article)!].sort(compareCodeUnits);
    for (const [i, a] of sides.entries()) {
      for (const b of sides.slice(i + 1)) {
        const key = `${a}\u0000${b}`;
        const earlier = articlesOfPair.get(key) ?? [];
        const match = earlier.find((other) => linked(other, article, a, b));
        if (match !== undefined) {
          const [ra, rb] = [find(match), find(article)].sort(compareCodeUnits) as [string, string];
          if (ra !== rb) parent.set(rb, ra);
        }
        if (earlier.length < MAX_PAIR_ARTICLES) articlesOfPair.set(key, [...earlier, article]);
      }
    }
  }
  const groups = new Map<string, { sides: Set<string>; articles: string[] }>();
  for (const article of articles) {
    if (sidesOfArticle.get(article)!.size < 2) continue;
    const group = groups.get(find(article)) ?? { sides: new Set<string>(), articles: [] };
    for (const side of sidesOfArticle.get(article)!) group.sides.add(side);
    group.articles.push(article);
    groups.set(find(article), group);
  }
  for (const article of articles) {
    const sides = sidesOfArticle.get(article)!;
    if (sides.size !== 1) continue;
    const [side] = sides;
    const homes = [...groups.values()].filter((group) => group.sides.has(side!));
    if (homes.length === 1) homes[0]!.articles.push(article);
  }
  return [...groups.values()]
    .map((group) => ({ sides: [...group.sides].sort(compareCodeUnits), articles: group.articles.sort(compareCodeUnits) }))
    .sort((a, b) => compareCodeUnits(a.sides.join(' '), b.sides.join(' ')));
}

/** The sides at the table: the parties with a delegation when two or more have one, else the sides that say most. */
function sidesAtTable(sides: readonly string[], claims: readonly SideClaim[], delegated: ReadonlySet<string>): string[] {
  const withDelegation = sides.filter((side) => delegated.has(side));
  if (withDelegation.length >= 2) return withDelegation;
  const vocal = sides.filter((side) => claims.filter((c) => c.side === side).length >= 2);
  return vocal.length >= 2 ? vocal : [...sides];
}

/** The claims in graph order, each once. */
function distinctClaims(claims: readonly SideClaim[]): ResolvedClaim[] {
  return [...new Set(claims.map((c) => c.claim))];
}

/**
 * The claims that make `claims` (on one topic or issue) a sticking point: a side holds it and another rejects it. A
 * ceasefire one side has agreed to and the other denies divides them as much as one side's demand.
 */
function stickingClaims(claims: readonly SideClaim[]): ResolvedClaim[] {
  const asking = claims.filter((c) => HOLDING.has(c.stance));
  const rejecting = claims.filter((c) => c.stance === 'rejects');
  const opposed = (claim: SideClaim, others: readonly SideClaim[]) => others.some((other) => other.side !== claim.side);
  return distinctClaims([...asking.filter((c) => opposed(c, rejecting)), ...rejecting.filter((c) => opposed(c, asking))]);
}

/**
 * Demands of two or more sides at the table on one issue, each on a topic the others neither demand nor accept ("the
 * EU demands access to the waters for a decade", "Britain demands an 80% cut in the EU's catch"): the issue divides
 * them though no side rejects the other's demand in so many words.
 */
function competingDemands(claims: readonly SideClaim[], table: readonly string[]): ResolvedClaim[] {
  const demands = claims.filter((c) => c.stance === 'demands' && table.includes(c.side));
  const shared = (c: SideClaim) => claims.some((other) => other.side !== c.side && other.claim.object === c.claim.object && other.stance !== 'rejects');
  const own = demands.filter((c) => !shared(c));
  return new Set(own.map((c) => c.side)).size >= 2 ? distinctClaims(own) : [];
}

/** The numbers of the claims stated in each article, each once, in graph order. */
function claimsByArticle(claims: readonly SideClaim[]): Map<string, number[]> {
  const byArticle = new Map<string, number[]>();
  claims.forEach(({ claim }, index) => {
    for (const { articleId } of claim.sources) {
      const numbers = byArticle.get(articleId);
      if (numbers === undefined) byArticle.set(articleId, [index]);
      else if (numbers.at(-1) !== index) numbers.push(index);
    }
  });
  return byArticle;
}

function findNegotiation(
  { sides, articles }: { sides: readonly string[]; articles: readonly string[] },
  byArticle: ReadonlyMap<string, readonly number[]>,
  all: readonly SideClaim[],
  issueOf: ReadonlyMap<string, string>,
  delegated: ReadonlySet<string>,
): Negotiation {
  // A side met in several negotiations brings to each only what the articles of that one report. The claims stay in
  // graph order; they are looked up by the negotiation's articles, not by its sides, which may take stances in
  // thousands of other articles.
  const ofSides = new Set(sides);
  const numbers = new Set<number>();
  for (const article of articles) for (const index of byArticle.get(article) ?? []) if (ofSides.has(all[index]!.side)) numbers.add(index);
  const claims = [...numbers].sort((a, b) => a - b).map((index) => all[index]!);
  const table = sidesAtTable(sides, claims, delegated);
  const byTopic = [...groupBy(claims, (c) => c.claim.object)].sort(([a], [b]) => compareCodeUnits(a, b));
  const stickingPoints: Standing[] = [];
  const commonGround: Standing[] = [];
  const openItems: Standing[] = [];
  for (const [key, topicClaims] of byTopic) {
    const about: StandingSubject = { kind: 'topic', key };
    const sticking = stickingClaims(topicClaims);
    if (sticking.length > 0) stickingPoints.push({ about, claims: sticking });
    const accepting = topicClaims.filter((c) => ACCEPTING.has(c.stance));
    if (table.every((side) => accepting.some((c) => c.side === side)) && !topicClaims.some((c) => c.stance === 'rejects')) {
      commonGround.push({ about, claims: distinctClaims(accepting) });
    }
    const holders = new Set(topicClaims.map((c) => c.side));
    if (holders.size === 1 && topicClaims.every((c) => ASKING.has(c.stance))) openItems.push({ about, claims: distinctClaims(topicClaims) });
  }
  for (const [label, issueClaims] of [...groupBy(claims, (c) => issueOf.get(c.claim.object) ?? '')].sort(([a], [b]) => compareCodeUnits(a, b))) {
    const sticking = stickingClaims(issueClaims);
    const competing = sticking.length > 0 || label === '' ? [] : competingDemands(issueClaims, table);
    if (sticking.length > 0 || competing.length > 0) stickingPoints.push({ about: { kind: 'issue', label }, claims: sticking.length > 0 ? sticking : competing });
  }
  return { sides, articles, table, stickingPoints, commonGround, openItems };
}

/** The date of each article, when known. */
function datesOf(articles: readonly Article[]): Map<string, string | undefined> {
  return new Map(articles.map((a) => [a.id, a.published]));
}

/**
 * Two sources contradict when other articles state them on the same date, or on a date one of them does not give:
 * a change between dates is a shift of position, not a contradiction.
 */
function sameTime(a: string, b: string, dates: ReadonlyMap<string, string | undefined>): boolean {
  if (a === b) return false;
  const [da, db] = [dates.get(a), dates.get(b)];
  return da === undefined || db === undefined || da === db;
}

/** Pairs of stated claims in which one side holds a topic and rejects it (see Contradiction). */
function findContradictions(claims: readonly SideClaim[], articles: readonly Article[]): Contradiction[] {
  const dates = datesOf(articles);
  const result: Contradiction[] = [];
  const stated = claims.filter((c) => !isInferredClaim(c.claim));
  for (const [, sideTopic] of groupBy(stated, (c) => `${c.side}\u0000${c.claim.object}`)) {
    for (const holds of sideTopic.filter((c) => HOLDING.has(c.stance))) {
      for (const rejects of sideTopic.filter((c) => c.stance === 'rejects')) {
        const clash = holds.claim.sources.some((h) => rejects.claim.sources.some((r) => sameTime(h.articleId, r.articleId, dates)));
        if (clash && !result.some((c) => c.holds === holds.claim && c.rejects === rejects.claim)) result.push({ holds: holds.claim, rejects: rejects.claim });
      }
    }
  }
  return result;
}

/**
 * The standings of a graph: each topic's issue (groupIssues), each negotiation's sticking points, common ground and open
 * items, and the contradictions. Deterministic: the same graph gives the same standings.
 */
export function findStandings(graph: KnowledgeGraph): Standings {
  const entities = new Map(graph.entities.map((e) => [e.key, e]));
  const topics = graph.entities.filter((e) => e.type === 'Topic');
  const issueByLabel = groupIssues(topics.map((t) => t.label));
  const issueOf = new Map(topics.map((t) => [t.key, issueByLabel.get(t.label)!]));
  const claims = sideClaims(graph, entities);
  const delegated = new Set(graph.entities.flatMap((e) => (e.type === 'Delegation' && e.party !== undefined ? [e.party] : [])));
  const byArticle = claimsByArticle(claims);
  const negotiations = groupSides(claims).map((group) => findNegotiation(group, byArticle, claims, issueOf, delegated));
  return { issueOf, negotiations, contradictions: findContradictions(claims, graph.articles) };
}
