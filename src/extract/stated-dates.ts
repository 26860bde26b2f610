// The calendar days a sentence states ("on Friday", "on May 16", "June 2, 2025"), resolved against the article's date.
import { readFileSync } from 'node:fs';
// The English parser alone: the package's root loads every locale, which costs a build a third of a second.
import * as chrono from 'chrono-node/en';
import { packagePath } from '../package-root.js';

/** A day, or a run of days, a sentence states, as `YYYY-MM-DD`. */
export interface StatedDate {
  readonly start: string;
  readonly end?: string | undefined;
  /** Where the date stands in the text. */
  readonly index: number;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const WRITTEN_YEAR = /\b\d{4}\b/;
const FOUR_DIGITS = /\d{4}/;
/** Spans longer than a day that chrono pins to one. */
const SPANS = /\b(weeks?|weekends?|months?|years?)\b/i;

interface DateWords {
  readonly weekdays: readonly string[];
  readonly months: readonly string[];
  readonly days: readonly string[];
}

let dateWordsRead: DateWords | undefined;
let mayNameADay: RegExp | undefined;

/** The names of days and months, read once from data/date-words.json. */
function dateWords(): DateWords {
  dateWordsRead ??= JSON.parse(readFileSync(packagePath('data', 'date-words.json'), 'utf8')) as DateWords;
  return dateWordsRead;
}

let weekdays: ReadonlySet<string> | undefined;

/** The names of the days of the week, in lower case. */
export function weekdayNames(): ReadonlySet<string> {
  weekdays ??= new Set(dateWords().weekdays);
  return weekdays;
}

/**
 * Words without which a text names no day (data/date-words.json), or an ISO date: chrono takes most of a millisecond
 * a sentence, and most sentences of news on talks state no day.
 */
function dayWords(): RegExp {
  if (mayNameADay === undefined) {
    const words = dateWords();
    // Months only capitalised: "may", "march" and "sun" are mostly other words, and a sentence is scanned for nothing.
    const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
    const forms = [...words.weekdays, ...words.days].flatMap((word) => [word, capital(word), word.toUpperCase()]);
    for (const month of words.months) forms.push(capital(month), month.toUpperCase());
    mayNameADay = new RegExp(`\\b(?:${forms.join('|')})\\b|\\d{4}-\\d{2}-\\d{2}`, 'u');
  }
  return mayNameADay;
}

/**
 * The days `text` states, in text order. With the article's date (`published`, `YYYY-MM-DD`) as reference, relative
 * days ("on Friday", "yesterday") and days without a year ("on May 16") are resolved against it; without one only a
 * fully written date ("16 May 2025") is kept, since a weekday or a month-day of an undated article could be any.
 * Months, years and times of day alone ("last month", "at 5 pm") name no day and are left out.
 */
export function statedDates(text: string, published: string | undefined): StatedDate[] {
  const reference = published !== undefined && ISO_DAY.test(published) ? published : undefined;
  // Without a reference only a date with its year written counts (below), and what chrono matches is a piece of the
  // text: a text without four digits in a row states none.
  if (reference === undefined && !FOUR_DIGITS.test(text)) return [];
  if (!dayWords().test(text)) return [];
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
