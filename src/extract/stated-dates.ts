// The calendar days a sentence states ("on Friday", "on May 16", "June 2, 2025"), resolved against the article's date.
import * as chrono from 'chrono-node';

/** A day, or a run of days, a sentence states, as `YYYY-MM-DD`. */
export interface StatedDate {
  readonly start: string;
  readonly end?: string | undefined;
  /** Where the date stands in the text. */
  readonly index: number;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const WRITTEN_YEAR = /\b\d{4}\b/;
/** Spans longer than a day that chrono pins to one. */
const SPANS = /\b(weeks?|weekends?|months?|years?)\b/i;

/**
 * The days `text` states, in text order. With the article's date (`published`, `YYYY-MM-DD`) as reference, relative
 * days ("on Friday", "yesterday") and days without a year ("on May 16") are resolved against it; without one only a
 * fully written date ("16 May 2025") is kept, since a weekday or a month-day of an undated article could be any.
 * Months, years and times of day alone ("last month", "at 5 pm") name no day and are left out.
 */
export function statedDates(text: string, published: string | undefined): StatedDate[] {
  const reference = published !== undefined && ISO_DAY.test(published) ? published : undefined;
  // Noon UTC keeps the day whatever the machine's time zone.
  const results = reference ? chrono.parse(text, { instant: new Date(`${reference}T12:00:00Z`), timezone: 0 }) : chrono.parse(text, { instant: new Date(0), timezone: 0 });
  const dates: StatedDate[] = [];
  for (const result of results) {
    const { start, end } = result;
    // chrono gives "last week" a day, which the text does not state.
    if ((!start.isCertain('day') && !start.isCertain('weekday')) || SPANS.test(result.text)) continue;
    // Without a reference, chrono takes "yesterday" or "Monday" from the epoch: only a date with its year written counts.
    if (reference === undefined && !(WRITTEN_YEAR.test(result.text) && start.isCertain('month') && start.isCertain('day'))) continue;
    const first = isoDay(start.date());
    const last = end && end.isCertain('day') ? isoDay(end.date()) : undefined;
    dates.push({ start: first, end: last !== undefined && last > first ? last : undefined, index: result.index });
  }
  return dates;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
