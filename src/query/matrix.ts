// Where the sides stand, read from the built graph: for each negotiation, sides × issues with each side's stances, its
// sticking points, common ground, open items and contested claims, each with its quotes.
import { DataFactory, type Store } from 'n3';
import { compareCodeUnits } from '../compare-code-units.js';
import { appendTo } from '../group-by.js';
import { CLASS_OF, PARLEY_TERMS, predicateOf, RDF_TERMS, SCHEMA_TERMS } from '../rdf/namespaces.js';
import { STANCES, type Stance } from '../types.js';
import { claimSources, compareLabels, entityTypeOf, hasType, issueOf, issueRef, labelOf, objectValue, objectValues, storedClaims, type ClaimSource, type NodeRef } from './read-store.js';

const { namedNode } = DataFactory;

/** A passage behind a stance, with where and when it was published when the article says so. */
export interface MatrixQuote {
  readonly quote: string;
  /** File name of the article. */
  readonly article: string;
  readonly outlet?: string | undefined;
  /** `YYYY-MM-DD`. */
  readonly date?: string | undefined;
}

/** One stance claim of a side, as a cell, a sticking point or a contested pair shows it. */
export interface MatrixClaim {
  readonly side: NodeRef;
  /** Who the articles say took the stance: the side itself, or one of its people or delegations. */
  readonly holder: NodeRef;
  readonly stance: Stance;
  readonly topic: NodeRef;
  readonly contested: boolean;
  readonly quotes: readonly MatrixQuote[];
}

/** What one side holds on one issue, stance by stance. */
export interface MatrixStance {
  readonly stance: Stance;
  /** Number of claims (side, stance, topic). */
  readonly claims: number;
  /** Distinct publishers of the articles that state them, sorted. */
  readonly outlets: readonly string[];
  /** Latest publication date among those articles (`YYYY-MM-DD`), when one is known. */
  readonly latest?: string | undefined;
}

/** A cell of the matrix: one side on one issue. */
export interface MatrixCell {
  readonly side: NodeRef;
  readonly issue: NodeRef;
  /** In the order of STANCES; stances the side does not take are left out. */
  readonly stances: readonly MatrixStance[];
  /** Sorted by stance, then topic. */
  readonly claims: readonly MatrixClaim[];
}

/** A sticking point, common ground or open item: a topic or an issue, and the claims that make it one. */
export interface MatrixStanding {
  readonly about: NodeRef & { readonly kind: 'topic' | 'issue' };
  /** The issue of the topic, or the issue itself. */
  readonly issue: NodeRef;
  readonly claims: readonly MatrixClaim[];
}

/** The matrix of one negotiation. */
export interface NegotiationMatrix {
  readonly iri: string;
  /** Every side, those at the table first, then by label. */
  readonly sides: readonly NodeRef[];
  /** The sides at the table, by label. */
  readonly table: readonly NodeRef[];
  /** The issues on which a side takes a stance, by label. */
  readonly issues: readonly NodeRef[];
  /** Issue by issue, side by side; a side with no stance on an issue has no cell. */
  readonly cells: readonly MatrixCell[];
  readonly stickingPoints: readonly MatrixStanding[];
  readonly commonGround: readonly MatrixStanding[];
  readonly openItems: readonly MatrixStanding[];
  /** Pairs of claims that contradict each other, each pair once. */
  readonly contested: readonly (readonly [MatrixClaim, MatrixClaim])[];
}

/** The positions matrix of a graph: one per negotiation. */
export interface PositionsMatrix {
  /** Sorted by the labels of the sides at the table. */
  readonly negotiations: readonly NegotiationMatrix[];
}

const byLabel = (a: NodeRef, b: NodeRef): number => compareLabels(a.label, b.label) || compareCodeUnits(a.iri, b.iri);

/** The publisher and date of each article, by file name. */
function articleDetails(store: Store): Map<string, { outlet?: string | undefined; date?: string | undefined }> {
  const details = new Map<string, { outlet?: string | undefined; date?: string | undefined }>();
  for (const article of store.getSubjects(namedNode(RDF_TERMS.type), namedNode(PARLEY_TERMS.Article), null)) {
    const file = objectValue(store, article.value, PARLEY_TERMS.fileName);
    if (file === undefined) continue;
    details.set(file, { outlet: objectValue(store, article.value, SCHEMA_TERMS.publisher), date: objectValue(store, article.value, SCHEMA_TERMS.datePublished) });
  }
  return details;
}

/** A stance claim as one side holds it: the side, or one of its people or delegations, took the stance. */
interface SideClaim {
  readonly side: NodeRef;
  readonly holder: NodeRef;
  readonly stance: Stance;
  readonly topic: NodeRef;
  readonly contested: boolean;
  readonly sources: readonly ClaimSource[];
}

function isStance(predicate: string | undefined): predicate is Stance {
  return (STANCES as readonly (string | undefined)[]).includes(predicate);
}

/**
 * Reads the graph once: the stance claims by claim IRI, once for each side they speak for (the holder itself when it
 * is a party, else its parley:party links), with their quotes, outlets and dates.
 */
class MatrixReader {
  readonly positionsOfClaim = new Map<string, SideClaim[]>();
  private readonly details: ReturnType<typeof articleDetails>;

  constructor(private readonly store: Store) {
    this.details = articleDetails(store);
    for (const claim of storedClaims(store)) {
      const stance = predicateOf(claim.predicate);
      const type = entityTypeOf(store, claim.subject);
      if (!isStance(stance) || type === undefined) continue;
      const sides = (type === 'Party' ? [claim.subject] : objectValues(store, claim.subject, PARLEY_TERMS.party)).filter((side) => hasType(store, side, CLASS_OF.Party));
      const holder = { iri: claim.subject, label: labelOf(store, claim.subject) };
      const topic = { iri: claim.object, label: labelOf(store, claim.object) };
      const contested = hasType(store, claim.iri, PARLEY_TERMS.ContestedClaim);
      const sources = claimSources(store, claim.iri);
      if (sides.length === 0) continue;
      this.positionsOfClaim.set(
        claim.iri,
        sides.map((side) => ({ side: { iri: side, label: labelOf(store, side) }, holder, stance, topic, contested, sources })),
      );
    }
  }

  /** The claim as a negotiation reported in `files` shows it: with the quotes of those articles, or undefined when none is. */
  claim(position: SideClaim, files: ReadonlySet<string>): MatrixClaim | undefined {
    const quotes = position.sources
      .filter((source) => files.has(source.article))
      .map((source) => ({ quote: source.quote, article: source.article, ...this.details.get(source.article) }));
    if (quotes.length === 0) return undefined;
    return { side: position.side, holder: position.holder, stance: position.stance, topic: position.topic, contested: position.contested, quotes };
  }

  /** The file names of the articles that report a negotiation. */
  files(negotiation: string): Set<string> {
    return new Set(objectValues(this.store, negotiation, PARLEY_TERMS.reportedIn).flatMap((article) => objectValues(this.store, article, PARLEY_TERMS.fileName)));
  }

  /** The claims of a standing or a contested link, for the sides of one negotiation. */
  claimsOf(claimIris: readonly string[], sides: ReadonlySet<string>, files: ReadonlySet<string>): MatrixClaim[] {
    return claimIris
      .flatMap((iri) => (this.positionsOfClaim.get(iri) ?? []).filter((p) => sides.has(p.side.iri)).flatMap((p) => this.claim(p, files) ?? []))
      .sort(compareClaims);
  }

  standings(negotiation: string, cls: string, sides: ReadonlySet<string>, files: ReadonlySet<string>): MatrixStanding[] {
    const result: MatrixStanding[] = [];
    for (const node of this.store.getSubjects(namedNode(PARLEY_TERMS.negotiation), namedNode(negotiation), null)) {
      if (!hasType(this.store, node.value, cls)) continue;
      const about = objectValue(this.store, node.value, PARLEY_TERMS.about);
      if (about === undefined) continue;
      const asIssue = hasType(this.store, about, PARLEY_TERMS.Issue) ? issueRef(this.store, about) : undefined;
      const aboutRef = { iri: about, label: asIssue?.label ?? labelOf(this.store, about), kind: asIssue ? ('issue' as const) : ('topic' as const) };
      const issue = asIssue ?? issueOf(this.store, about) ?? { iri: '', label: '' };
      result.push({ about: aboutRef, issue, claims: this.claimsOf(objectValues(this.store, node.value, PARLEY_TERMS.claim), sides, files) });
    }
    // Topics before issues, each by the label of its issue, then its own.
    return result.sort(
      (a, b) => Number(a.about.kind === 'issue') - Number(b.about.kind === 'issue') || byLabel(a.issue, b.issue) || byLabel(a.about, b.about),
    );
  }
}

function compareClaims(a: MatrixClaim, b: MatrixClaim): number {
  return byLabel(a.side, b.side) || STANCES.indexOf(a.stance) - STANCES.indexOf(b.stance) || byLabel(a.topic, b.topic) || byLabel(a.holder, b.holder);
}

function stanceSummary(stance: Stance, claims: readonly MatrixClaim[]): MatrixStance {
  const quotes = claims.flatMap((c) => c.quotes);
  const outlets = [...new Set(quotes.flatMap((q) => (q.outlet === undefined ? [] : [q.outlet])))].sort(compareLabels);
  const latest = quotes.flatMap((q) => (q.date === undefined ? [] : [q.date])).sort(compareCodeUnits).at(-1);
  return { stance, claims: new Set(claims.map((c) => `${c.holder.iri} ${c.topic.iri}`)).size, outlets, ...(latest === undefined ? {} : { latest }) };
}

function negotiationMatrix(store: Store, reader: MatrixReader, iri: string): NegotiationMatrix {
  const ref = (party: string): NodeRef => ({ iri: party, label: labelOf(store, party) });
  const table = objectValues(store, iri, PARLEY_TERMS.atTable).map(ref).sort(byLabel);
  const others = objectValues(store, iri, PARLEY_TERMS.side)
    .filter((side) => !table.some((t) => t.iri === side))
    .map(ref)
    .sort(byLabel);
  const sides = [...table, ...others];
  const sideIris = new Set(sides.map((s) => s.iri));
  const files = reader.files(iri);
  const claims = [...reader.positionsOfClaim.values()]
    .flat()
    .filter((p) => sideIris.has(p.side.iri))
    .flatMap((p) => reader.claim(p, files) ?? []);
  const issues = new Map<string, NodeRef>();
  const cells: MatrixCell[] = [];
  const byCell = new Map<string, MatrixClaim[]>();
  for (const claim of claims) {
    const issue = issueOf(store, claim.topic.iri);
    if (issue === undefined) continue;
    issues.set(issue.iri, issue);
    const key = `${issue.iri} ${claim.side.iri}`;
    appendTo(byCell, key, claim);
  }
  const sortedIssues = [...issues.values()].sort(byLabel);
  for (const issue of sortedIssues) {
    for (const side of sides) {
      const cellClaims = (byCell.get(`${issue.iri} ${side.iri}`) ?? []).sort(compareClaims);
      if (cellClaims.length === 0) continue;
      const stances = STANCES.filter((s) => cellClaims.some((c) => c.stance === s)).map((s) => stanceSummary(s, cellClaims.filter((c) => c.stance === s)));
      cells.push({ side, issue, stances, claims: cellClaims });
    }
  }
  const contested: [MatrixClaim, MatrixClaim][] = [];
  for (const claim of [...reader.positionsOfClaim.keys()].sort(compareCodeUnits)) {
    for (const other of objectValues(store, claim, PARLEY_TERMS.contradicts)) {
      // Each pair once: from the claim whose IRI sorts first.
      if (compareCodeUnits(claim, other) >= 0) continue;
      const [a] = reader.claimsOf([claim], sideIris, files);
      const [b] = reader.claimsOf([other], sideIris, files);
      if (a !== undefined && b !== undefined) contested.push([a, b]);
    }
  }
  return {
    iri,
    sides,
    table,
    issues: sortedIssues,
    cells,
    stickingPoints: reader.standings(iri, PARLEY_TERMS.StickingPoint, sideIris, files),
    commonGround: reader.standings(iri, PARLEY_TERMS.CommonGround, sideIris, files),
    openItems: reader.standings(iri, PARLEY_TERMS.OpenItem, sideIris, files),
    contested,
  };
}

/**
 * The positions matrix of a graph built by `parley build`: one matrix per parley:Negotiation, its sides as columns
 * (those at the table first), its issues as rows, each cell the side's stances on the issue with their claim counts,
 * outlets and latest date, then the sticking points, the common ground, the open items and the contested claims, each
 * with its quotes. A graph without stances gives no negotiations.
 */
export function getMatrix(store: Store): PositionsMatrix {
  const reader = new MatrixReader(store);
  const negotiations = store
    .getSubjects(namedNode(RDF_TERMS.type), namedNode(PARLEY_TERMS.Negotiation), null)
    .map((node) => negotiationMatrix(store, reader, node.value))
    .sort((a, b) => compareCodeUnits(a.table.map((s) => s.label).join('\u0000'), b.table.map((s) => s.label).join('\u0000')) || compareCodeUnits(a.iri, b.iri));
  return { negotiations };
}
