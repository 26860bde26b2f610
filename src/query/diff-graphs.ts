// What changed between two Parley graphs: articles, claims, stances, confidence and support, and entity and topic nodes.
import { DataFactory, type Store } from 'n3';
import { UsageError } from '../errors.js';
import { PARLEY_TERMS, predicateOf, RDF_TERMS, SCHEMA_TERMS } from '../rdf/namespaces.js';
import { STANCES, type EntityType, type Stance } from '../types.js';
import { compareCodeUnits } from '../compare-code-units.js';
import { aliasesOf, claimSources, compareLabels, entityNodes, labelOf, objectValue, storedClaims, type StoredClaim } from './read-store.js';

const { namedNode } = DataFactory;

/** How `diffGraphs` compares. */
export interface DiffOptions {
  /**
   * The smallest move of a claim's confidence that is reported, 0..1. Confidences are stored to three decimals, so a
   * threshold of 0 reports every change; the default, 0.05, leaves out the small shifts that another article's
   * weaker sentence gives.
   */
  readonly confidenceThreshold: number;
}

export const DEFAULT_DIFF_OPTIONS: DiffOptions = { confidenceThreshold: 0.05 };

/** Fills in defaults and checks the threshold, throwing UsageError when it is not a number from 0 to 1. */
export function resolveDiffOptions(partial: Partial<DiffOptions> = {}): DiffOptions {
  // An option given as undefined takes its default.
  const options = { ...DEFAULT_DIFF_OPTIONS, ...Object.fromEntries(Object.entries(partial).filter(([, value]) => value !== undefined)) };
  const { confidenceThreshold } = options;
  if (typeof confidenceThreshold !== 'number' || !(confidenceThreshold >= 0 && confidenceThreshold <= 1)) {
    throw new UsageError(`diff options: confidenceThreshold is invalid. Expecting a number from 0 to 1 but got ${String(confidenceThreshold)}.`);
  }
  return options;
}

/** An article of one of the graphs. */
export interface DiffArticle {
  readonly iri: string;
  /** File name the article was read from. */
  readonly file: string;
  readonly title: string;
}

/** A claim, named by the labels of its subject and object. */
export interface DiffClaim {
  readonly subject: string;
  /** Local name of the predicate: `leads`, `demands`, … */
  readonly predicate: string;
  readonly object: string;
  readonly confidence: number;
  /** Number of distinct articles the claim was derived from. */
  readonly articleCount: number;
  /** No article states it: the resolver inferred it. */
  readonly inferred: boolean;
  /** File names of the articles it was derived from, sorted. */
  readonly articles: readonly string[];
}

/** A value in the old graph and in the new one. */
export interface Change<T> {
  readonly old: T;
  readonly new: T;
}

/** A claim of both graphs whose confidence moved, whose articles changed, or that became stated or inferred. */
export interface ClaimChange {
  readonly subject: string;
  readonly predicate: string;
  readonly object: string;
  readonly confidence: Change<number>;
  readonly articleCount: Change<number>;
  readonly inferred: Change<boolean>;
  /** File names of the articles that support it now and did not before, sorted. */
  readonly articlesAdded: readonly string[];
  /** File names of the articles that supported it before and no longer do, sorted. */
  readonly articlesRemoved: readonly string[];
}

/** A side that holds another stance towards a topic: the stances it no longer holds, and those it now holds. */
export interface StanceChange {
  readonly side: string;
  readonly topic: string;
  readonly from: readonly Stance[];
  readonly to: readonly Stance[];
}

/** An entity, office or topic node. */
export interface DiffNode {
  readonly iri: string;
  readonly label: string;
  readonly type: EntityType;
}

/** Old nodes whose names now belong to one node. */
export interface NodeMerge {
  readonly from: readonly DiffNode[];
  readonly into: DiffNode;
}

/** An old node whose names now belong to several nodes. */
export interface NodeSplit {
  readonly from: DiffNode;
  readonly into: readonly DiffNode[];
}

/** A node whose names now belong to one node of another label. */
export interface NodeRename {
  readonly from: DiffNode;
  readonly to: DiffNode;
}

/** Everything that differs between two graphs, each list sorted. */
export interface GraphDiff {
  readonly articles: { readonly added: readonly DiffArticle[]; readonly removed: readonly DiffArticle[] };
  readonly claims: { readonly added: readonly DiffClaim[]; readonly removed: readonly DiffClaim[]; readonly changed: readonly ClaimChange[] };
  readonly stances: readonly StanceChange[];
  /** Entity, office and topic nodes. */
  readonly nodes: {
    readonly added: readonly DiffNode[];
    readonly removed: readonly DiffNode[];
    readonly merged: readonly NodeMerge[];
    readonly split: readonly NodeSplit[];
    readonly renamed: readonly NodeRename[];
  };
}

/** The number of differences a diff lists: 0 when the graphs say the same. */
export function countDifferences(diff: GraphDiff): number {
  const { articles, claims, stances, nodes } = diff;
  return (
    articles.added.length +
    articles.removed.length +
    claims.added.length +
    claims.removed.length +
    claims.changed.length +
    stances.length +
    nodes.added.length +
    nodes.removed.length +
    nodes.merged.length +
    nodes.split.length +
    nodes.renamed.length
  );
}

/**
 * What changed from the graph `before` to the graph `after`, both read from Turtle as `parley build` writes it.
 * - Articles are their text (the article IRI is a hash of it); an edited article is one removed and one added.
 * - A claim is its subject label, predicate and object label; a claim about a renamed node is matched under the new
 *   label, and is listed under its labels in its own graph. A side that held one stance towards a topic and holds
 *   another now is one stance change, not a claim removed and one added.
 * - A claim of both graphs is changed when its confidence moved by `confidenceThreshold` or more, its supporting
 *   articles changed, or it became stated or inferred.
 * - Entity, office and topic nodes are linked across the graphs by their IRI (type and label), and by each name (label or
 *   skos:altLabel) that belongs to one node of its type only in each graph. An old node linked to several new ones was
 *   split, a new node linked to several old ones is a merge, a one-to-one link between different IRIs is a rename, and
 *   a node linked to none was added or removed.
 * Deterministic: the same two graphs give the same diff.
 */
export function diffGraphs(before: Store, after: Store, options: Partial<DiffOptions> = {}): GraphDiff {
  const { confidenceThreshold } = resolveDiffOptions(options);
  const oldArticles = readArticles(before);
  const newArticles = readArticles(after);
  const nodes = nodeChanges(before, after);
  // A claim about a renamed node is matched under the node's new label.
  const newLabels = new Map(nodes.renamed.map(({ from, to }) => [from.iri, to.label]));
  const oldClaims = readClaims(before, (iri) => newLabels.get(iri) ?? labelOf(before, iri));
  const newClaims = readClaims(after, (iri) => labelOf(after, iri));
  const stances = stanceChanges(oldClaims, newClaims);
  const inStanceChange = new Set(stances.flatMap((c) => [...c.from, ...c.to].map((stance) => claimKey(c.side, stance, c.topic))));
  const unchanged = (key: string) => !inStanceChange.has(key);
  const changed: ClaimChange[] = [];
  for (const [key, old] of oldClaims) {
    const now = newClaims.get(key);
    if (now === undefined) continue;
    const change = claimChange(old.claim, now.claim, confidenceThreshold);
    if (change !== undefined) changed.push(change);
  }
  return {
    articles: {
      added: onlyIn(newArticles, oldArticles).sort(compareArticles),
      removed: onlyIn(oldArticles, newArticles).sort(compareArticles),
    },
    claims: {
      added: onlyIn(newClaims, oldClaims, unchanged).map(({ claim }) => claim).sort(compareClaims),
      removed: onlyIn(oldClaims, newClaims, unchanged).map(({ claim }) => claim).sort(compareClaims),
      changed: changed.sort(compareClaims),
    },
    stances,
    nodes,
  };
}

/** The values of `mine` whose key `theirs` lacks (and that `keep` keeps). */
function onlyIn<T>(mine: ReadonlyMap<string, T>, theirs: ReadonlyMap<string, unknown>, keep: (key: string) => boolean = () => true): T[] {
  return [...mine].filter(([key]) => !theirs.has(key) && keep(key)).map(([, value]) => value);
}

function compareArticles(a: DiffArticle, b: DiffArticle): number {
  return compareLabels(a.file, b.file) || compareCodeUnits(a.iri, b.iri);
}

function compareClaims(a: { subject: string; predicate: string; object: string }, b: { subject: string; predicate: string; object: string }): number {
  return compareLabels(a.subject, b.subject) || compareCodeUnits(a.predicate, b.predicate) || compareLabels(a.object, b.object);
}

function compareNodes(a: DiffNode, b: DiffNode): number {
  return compareCodeUnits(a.type, b.type) || compareLabels(a.label, b.label) || compareCodeUnits(a.iri, b.iri);
}

/** The articles of a graph by IRI. */
function readArticles(store: Store): Map<string, DiffArticle> {
  const articles = new Map<string, DiffArticle>();
  for (const iri of store.getSubjects(namedNode(RDF_TERMS.type), namedNode(PARLEY_TERMS.Article), null).map((term) => term.value).sort(compareCodeUnits)) {
    articles.set(iri, { iri, file: objectValue(store, iri, PARLEY_TERMS.fileName) ?? iri, title: objectValue(store, iri, SCHEMA_TERMS.headline) ?? '' });
  }
  return articles;
}

/** A claim's identity across graphs: the labels of its ends and its predicate. */
function claimKey(subject: string, predicate: string, object: string): string {
  return JSON.stringify([subject, predicate, object]);
}

/** A claim as read from its graph, and the labels of its ends it is matched by across the graphs. */
interface MatchedClaim {
  readonly claim: DiffClaim;
  readonly subject: string;
  readonly object: string;
}

/**
 * The claims of a graph by claimKey of the labels `matchLabel` gives their ends. Two claim nodes with the same labels
 * (ends of different types with the same name) both stay, the second and later ones keyed by their IRI as well.
 */
function readClaims(store: Store, matchLabel: (iri: string) => string): Map<string, MatchedClaim> {
  const claims = new Map<string, MatchedClaim>();
  for (const stored of storedClaims(store)) {
    const claim = toDiffClaim(store, stored);
    const subject = matchLabel(stored.subject);
    const object = matchLabel(stored.object);
    const key = claimKey(subject, claim.predicate, object);
    claims.set(claims.has(key) ? `${key}${stored.iri}` : key, { claim, subject, object });
  }
  return claims;
}

function toDiffClaim(store: Store, claim: StoredClaim): DiffClaim {
  const files = new Set(claimSources(store, claim.iri).map((source) => source.article));
  return {
    subject: labelOf(store, claim.subject),
    predicate: predicateOf(claim.predicate) ?? claim.predicate,
    object: labelOf(store, claim.object),
    confidence: claim.confidence,
    articleCount: claim.articleCount,
    inferred: claim.inferred,
    articles: [...files].sort(compareLabels),
  };
}

/** Thousandths, the precision confidences are stored with: comparing them avoids 0.75 − 0.7 < 0.05 in floating point. */
function thousandths(value: number): number {
  return Math.round(value * 1000);
}

function claimChange(old: DiffClaim, now: DiffClaim, threshold: number): ClaimChange | undefined {
  const oldArticles = new Set(old.articles);
  const newArticles = new Set(now.articles);
  const articlesAdded = now.articles.filter((file) => !oldArticles.has(file));
  const articlesRemoved = old.articles.filter((file) => !newArticles.has(file));
  const moved = Math.abs(thousandths(now.confidence) - thousandths(old.confidence));
  const confidenceMoved = moved > 0 && moved >= thousandths(threshold);
  const supportChanged = articlesAdded.length > 0 || articlesRemoved.length > 0 || old.articleCount !== now.articleCount;
  if (!confidenceMoved && !supportChanged && old.inferred === now.inferred) return undefined;
  return {
    subject: now.subject,
    predicate: now.predicate,
    object: now.object,
    confidence: { old: old.confidence, new: now.confidence },
    articleCount: { old: old.articleCount, new: now.articleCount },
    inferred: { old: old.inferred, new: now.inferred },
    articlesAdded,
    articlesRemoved,
  };
}

function isStance(predicate: string): predicate is Stance {
  return (STANCES as readonly string[]).includes(predicate);
}

/** The stances of each (side, topic) pair, in the order of STANCES. */
function stancesByPair(claims: ReadonlyMap<string, MatchedClaim>): Map<string, { side: string; topic: string; stances: Stance[] }> {
  const pairs = new Map<string, { side: string; topic: string; stances: Stance[] }>();
  for (const { claim, subject, object } of claims.values()) {
    if (!isStance(claim.predicate)) continue;
    const key = JSON.stringify([subject, object]);
    const pair = pairs.get(key) ?? { side: subject, topic: object, stances: [] };
    if (!pair.stances.includes(claim.predicate)) pair.stances.push(claim.predicate);
    pairs.set(key, pair);
  }
  for (const pair of pairs.values()) pair.stances.sort((a, b) => STANCES.indexOf(a) - STANCES.indexOf(b));
  return pairs;
}

/** Pairs of both graphs that lost a stance and gained another, sorted by side and topic. */
function stanceChanges(oldClaims: ReadonlyMap<string, MatchedClaim>, newClaims: ReadonlyMap<string, MatchedClaim>): StanceChange[] {
  const newPairs = stancesByPair(newClaims);
  const changes: StanceChange[] = [];
  for (const [key, old] of stancesByPair(oldClaims)) {
    const now = newPairs.get(key);
    if (now === undefined) continue;
    const from = old.stances.filter((stance) => !now.stances.includes(stance));
    const to = now.stances.filter((stance) => !old.stances.includes(stance));
    if (from.length > 0 && to.length > 0) changes.push({ side: old.side, topic: old.topic, from, to });
  }
  return changes.sort((a, b) => compareLabels(a.side, b.side) || compareLabels(a.topic, b.topic));
}

/** The entity and topic nodes of a graph with their names (label and aliases). */
function readNodes(store: Store): Map<string, DiffNode & { readonly names: readonly string[] }> {
  const nodes = new Map<string, DiffNode & { readonly names: readonly string[] }>();
  for (const { iri, type } of entityNodes(store)) {
    const label = labelOf(store, iri);
    nodes.set(iri, { iri, label, type, names: [...new Set([label, ...aliasesOf(store, iri)])] });
  }
  return nodes;
}

/** Each name of a type that belongs to one node only, keyed `type name`, to that node's IRI. */
function uniqueNames(nodes: ReadonlyMap<string, { readonly type: EntityType; readonly names: readonly string[] }>): Map<string, string> {
  const owners = new Map<string, string | undefined>();
  for (const [iri, node] of nodes) {
    for (const name of node.names) {
      const key = JSON.stringify([node.type, name]);
      owners.set(key, owners.has(key) ? undefined : iri);
    }
  }
  return new Map([...owners].filter((entry): entry is [string, string] => entry[1] !== undefined));
}

function plainNode({ iri, label, type }: DiffNode): DiffNode {
  return { iri, label, type };
}

/** Nodes added, removed, merged, split and renamed, from the links their IRIs and unique names make between the graphs. */
function nodeChanges(before: Store, after: Store): GraphDiff['nodes'] {
  const oldNodes = readNodes(before);
  const newNodes = readNodes(after);
  const forward = new Map<string, Set<string>>();
  const backward = new Map<string, Set<string>>();
  const link = (oldIri: string, newIri: string) => {
    forward.set(oldIri, (forward.get(oldIri) ?? new Set()).add(newIri));
    backward.set(newIri, (backward.get(newIri) ?? new Set()).add(oldIri));
  };
  // A node of both graphs is itself, whatever its names became.
  for (const iri of oldNodes.keys()) if (newNodes.has(iri)) link(iri, iri);
  const newNames = uniqueNames(newNodes);
  for (const [name, oldIri] of uniqueNames(oldNodes)) {
    const newIri = newNames.get(name);
    if (newIri !== undefined) link(oldIri, newIri);
  }
  const nodesOf = (iris: Iterable<string>, nodes: ReadonlyMap<string, DiffNode>) => [...iris].map((iri) => plainNode(nodes.get(iri)!)).sort(compareNodes);
  const merged: NodeMerge[] = [];
  const split: NodeSplit[] = [];
  const renamed: NodeRename[] = [];
  for (const [newIri, olds] of backward) {
    if (olds.size > 1) merged.push({ from: nodesOf(olds, oldNodes), into: plainNode(newNodes.get(newIri)!) });
  }
  for (const [oldIri, news] of forward) {
    if (news.size > 1) split.push({ from: plainNode(oldNodes.get(oldIri)!), into: nodesOf(news, newNodes) });
    const [newIri] = news;
    // One to one between different IRIs: neither node is in the other graph, or its own IRI would link it too.
    if (news.size === 1 && newIri !== undefined && newIri !== oldIri && backward.get(newIri)?.size === 1) {
      renamed.push({ from: plainNode(oldNodes.get(oldIri)!), to: plainNode(newNodes.get(newIri)!) });
    }
  }
  return {
    added: nodesOf([...newNodes.keys()].filter((iri) => !backward.has(iri)), newNodes),
    removed: nodesOf([...oldNodes.keys()].filter((iri) => !forward.has(iri)), oldNodes),
    merged: merged.sort((a, b) => compareNodes(a.into, b.into)),
    split: split.sort((a, b) => compareNodes(a.from, b.from)),
    renamed: renamed.sort((a, b) => compareNodes(a.from, b.from)),
  };
}
