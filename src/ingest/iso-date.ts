// Reads a calendar date (YYYY-MM-DD) from the date strings of meta tags and front matter.

const DATE = /^\s*(\d{4})[-/]?(\d{2})[-/]?(\d{2})(?![\d])/u;

/**
 * The `YYYY-MM-DD` a date string starts with (`2025-05-16`, `2025-05-16T09:30:00+03:00`, `2025/05/16`, `20250516`),
 * as written: the day is the publisher's, not converted to UTC. Undefined when the string holds no valid date.
 */
export function isoDate(value: string | null | undefined): string | undefined {
  const match = DATE.exec(value ?? '');
  if (!match) return undefined;
  const [, year, month, day] = match;
  const date = `${year}-${month}-${day}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : undefined;
}
