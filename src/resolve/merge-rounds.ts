// One round of talks per real meeting: the rounds articles report, merged across articles by place, ordinal and days.
import type { ArticleRound } from '../types.js';
import { compareCodeUnits } from '../compare-code-units.js';
import { ordinalName } from '../extract/article-round.js';
import { formatDay } from '../format-day.js';

/** A round as several articles report it, with the label it is known by in the graph. */
export interface MergedRound {
  /** "Lisbon talks (second round, 16 May 2025)", "Lisbon talks (date unknown)". */
  readonly label: string;
  readonly ordinal?: number | undefined;
  readonly start?: string | undefined;
  readonly end?: string | undefined;
}

/** How far apart two articles may date one round, in days: reports of a meeting give its first day or its last. */
export const ROUND_DAYS_APART = 4;
/** How long after a round an article that states no day of it may still report it, in days. */
export const ROUND_REPORTED_WITHIN = 7;

interface Report {
  readonly articleId: string;
  readonly round: ArticleRound;
  /** The article's publication date. */
  readonly published: string | undefined;
}

interface Draft {
  readonly base: string;
  ordinal: number | undefined;
  start: string | undefined;
  end: string | undefined;
  readonly articles: string[];
}

const DAY_MS = 86_400_000;

/**
 * The merged round of each article (by article id). Rounds of one name (same venue, city or sides) are one round when
 * they state days at most ROUND_DAYS_APART apart or the same ordinal, and two when their ordinals or days differ
 * ("Lisbon talks" on 16 May and 14 June). A report that states no day joins the round of its ordinal, else the
 * latest round held up to ROUND_REPORTED_WITHIN days before the article's date, else the only round of its name;
 * otherwise it is a round of unknown date. Deterministic: reports are taken in the order of their days, then ids.
 */
export function mergeRounds(reports: readonly Report[]): Map<string, MergedRound> {
  const rank = (r: Report): number => (r.round.start !== undefined ? 0 : r.round.ordinal !== undefined ? 1 : 2);
  const ordered = [...reports].sort(
    (a, b) =>
      compareCodeUnits(a.round.label, b.round.label) ||
      rank(a) - rank(b) ||
      compareCodeUnits(a.round.start ?? '', b.round.start ?? '') ||
      (a.round.ordinal ?? 0) - (b.round.ordinal ?? 0) ||
      compareCodeUnits(a.articleId, b.articleId),
  );
  const drafts: Draft[] = [];
  // The drafts of each name, in the order they were made: a report is compared with its name's only.
  const byName = new Map<string, Draft[]>();
  for (const report of ordered) {
    const { label, ordinal, start, end } = report.round;
    let named = byName.get(label);
    if (named === undefined) byName.set(label, (named = []));
    const fits = (d: Draft): boolean => ordinal === undefined || d.ordinal === undefined || d.ordinal === ordinal;
    let draft = ordinal !== undefined ? named.find((d) => d.ordinal === ordinal) : undefined;
    if (draft === undefined && start !== undefined) draft = named.find((d) => fits(d) && d.start !== undefined && daysApart(d.start, start) <= ROUND_DAYS_APART);
    if (draft === undefined && start === undefined && report.published !== undefined) {
      const published = report.published;
      draft = named.filter((d) => fits(d) && d.start !== undefined && d.start <= published && daysApart(d.start, published) <= ROUND_REPORTED_WITHIN).at(-1);
    }
    if (draft === undefined && start === undefined && named.length === 1 && fits(named[0]!)) draft = named[0];
    if (draft === undefined) {
      draft = { base: label, ordinal, start, end, articles: [] };
      drafts.push(draft);
      named.push(draft);
    }
    draft.ordinal ??= ordinal;
    if (start !== undefined) {
      const last = end ?? start;
      draft.start = draft.start === undefined || start < draft.start ? start : draft.start;
      draft.end = maxDay(draft.end ?? draft.start, last);
    }
    draft.articles.push(report.articleId);
  }
  const merged = new Map<string, MergedRound>();
  for (const draft of drafts) {
    const end = draft.end !== undefined && draft.end !== draft.start ? draft.end : undefined;
    const round: MergedRound = { label: roundLabel(draft.base, draft.ordinal, draft.start, end), ordinal: draft.ordinal, start: draft.start, end };
    for (const id of draft.articles) merged.set(id, round);
  }
  return merged;
}

/** "Lisbon talks (second round, 16 May 2025)", "Lisbon talks (4 to 6 June 2024)", "Lisbon talks (date unknown)". */
export function roundLabel(base: string, ordinal: number | undefined, start: string | undefined, end: string | undefined): string {
  const parts: string[] = [];
  if (ordinal !== undefined) {
    const word = ordinalName(ordinal);
    parts.push(word === undefined ? `round ${ordinal}` : `${word} round`);
  }
  parts.push(start === undefined ? 'date unknown' : end === undefined ? formatDay(start) : `${formatDay(start)} to ${formatDay(end)}`);
  return `${base} (${parts.join(', ')})`;
}

/** Days between two `YYYY-MM-DD` dates, either way round. */
export function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS;
}

function maxDay(a: string | undefined, b: string): string {
  return a === undefined || b > a ? b : a;
}
