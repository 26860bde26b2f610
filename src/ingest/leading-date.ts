// Reads the publication date a text states at its very start: a "date 2024-02-06" prefix (web excerpts) or a first line that is only a dateline.
import { readFileSync } from 'node:fs';
import { packagePath } from '../package-root.js';
import { isoDate } from './iso-date.js';

/** The date found at the start of a text, and the text without it. */
export interface LeadingDate {
  /** `YYYY-MM-DD`, or undefined when the text starts with no full date. */
  readonly date: string | undefined;
  readonly text: string;
}

/** "date 2024-02-06 Talks resumed …", "Date: 2024-02-06\n…": the prefix excerpts of web pages carry. */
const DATE_PREFIX = /^\s*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?(?=\s|$)\s*/iu;
/** An English weekday before a dateline ("Monday, March 3, 2024", "Tue 4 June 2024"). */
const WEEKDAY = String.raw`(?:(?:mon|tue|tues|wed|wednes|thu|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+)?`;
/** A time after a dateline: "22:21", "at 9.30 am", "10:05 a.m. GMT", ", updated 11:00" is not one. */
const TIME = String.raw`(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,5})?)?`;
/** Each shape of a dateline that is a whole line, with the order of its day, month and year groups. */
const DATELINES: readonly { pattern: RegExp; order: 'dmy' | 'mdy' | 'ymd' }[] = [
  { pattern: new RegExp(String.raw`^${WEEKDAY}(\d{4})-(\d{2})-(\d{2})${TIME}$`, 'iu'), order: 'ymd' },
  { pattern: new RegExp(String.raw`^${WEEKDAY}(\d{1,2})\.?\s+(\p{L}+)\.?,?\s+(\d{4})${TIME}$`, 'iu'), order: 'dmy' },
  { pattern: new RegExp(String.raw`^${WEEKDAY}(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}$`, 'iu'), order: 'mdy' },
];

let monthNumbers: ReadonlyMap<string, number> | undefined;

/** Month name or abbreviation (lower case) → 1..12, from data/month-names.json. */
function months(): ReadonlyMap<string, number> {
  if (monthNumbers === undefined) {
    const data = JSON.parse(readFileSync(packagePath('data', 'month-names.json'), 'utf8')) as { months: Record<string, string[]> };
    monthNumbers = new Map(Object.entries(data.months).flatMap(([number, names]) => names.map((name) => [name, Number(number)] as const)));
  }
  return monthNumbers;
}

/** Whether `word` (any case) names a month, in full or short, in a language web excerpts carry. */
export function isMonthName(word: string): boolean {
  return months().has(word.toLowerCase());
}

/**
 * The date `text` starts with, and the text without it: a "date YYYY-MM-DD" prefix (the rest of its line stays), or
 * a first line that holds only a full date, with an optional weekday and time ("27. februar 2023 22:21",
 * "March 3, 2024", "2024-03-03"). A date without its year, or that is not a day of the calendar, is not read.
 */
export function leadingDate(text: string): LeadingDate {
  const prefix = DATE_PREFIX.exec(text);
  const prefixed = prefix ? isoDate(prefix[1]) : undefined;
  if (prefix && prefixed !== undefined) return { date: prefixed, text: text.slice(prefix[0].length) };
  const lead = /^\s*/u.exec(text)?.[0].length ?? 0;
  const newline = text.indexOf('\n', lead);
  const line = (newline < 0 ? text.slice(lead) : text.slice(lead, newline)).trim();
  const date = datelineDate(line);
  return date === undefined ? { date: undefined, text } : { date, text: newline < 0 ? '' : text.slice(newline + 1) };
}

/** The date of a line that is only a dateline, else undefined. */
function datelineDate(line: string): string | undefined {
  if (line.length > 60) return undefined;
  for (const { pattern, order } of DATELINES) {
    const match = pattern.exec(line);
    if (!match) continue;
    const [first = '', second = '', third = ''] = match.slice(1);
    const [day, month, year] = order === 'ymd' ? [third, Number(second), first] : order === 'dmy' ? [first, months().get(second.toLowerCase()), third] : [second, months().get(first.toLowerCase()), third];
    if (month === undefined) continue;
    return isoDate(`${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`);
  }
  return undefined;
}
