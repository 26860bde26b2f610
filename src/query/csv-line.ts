// One line of CSV (RFC 4180): fields joined by commas, a field quoted when it holds a comma, a quote or a line break.

/** The fields as one CSV line ending in CRLF; quotes inside a quoted field are doubled. */
export function csvLine(fields: readonly string[]): string {
  return `${fields.map((field) => (/[",\r\n]/u.test(field) ? `"${field.replaceAll('"', '""')}"` : field)).join(',')}\r\n`;
}
