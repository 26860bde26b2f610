// Reads a sidecar manifest of where articles come from: CSV, JSON lines, or a JSON object with an "articles" array.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { unreadableReason } from './unreadable-reason.js';
import { isoDate } from './iso-date.js';
import { parseJson } from '../parse-json.js';

/** What a manifest says of one article. At least one of `path`, `file` and `url` names the article. */
export interface SourceRecord {
  /** Absolute path of the article file (a manifest's relative path is resolved against the manifest's folder). */
  readonly path?: string | undefined;
  /** File name without folders. */
  readonly file?: string | undefined;
  /** The article's web address, normalised (`new URL(…).href`). */
  readonly url?: string | undefined;
  readonly outlet?: string | undefined;
  /** `YYYY-MM-DD`. */
  readonly published?: string | undefined;
  readonly title?: string | undefined;
}

/** The fields a record may have, as the manifest spells them; `date` becomes `published`. */
const FIELDS = ['path', 'file', 'url', 'outlet', 'date', 'title'] as const;
type Field = (typeof FIELDS)[number];

/**
 * The records of the manifest at `path` (shown as `shownAs` in messages): CSV with a header naming any of path, file,
 * url, outlet, date and title; JSON lines of such objects (`{"url": …, "outlet": …}`); or one JSON object whose
 * "articles" array holds them. Other keys are ignored. Throws UsageError naming the manifest and the line of the first
 * problem: a missing file, a line that does not parse, a record that names no article, a bad date or URL.
 */
export async function readManifest(path: string, shownAs: string = path): Promise<SourceRecord[]> {
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UsageError(`${shownAs}: ${missing ? 'no such manifest file' : unreadableReason(error)}`, { cause: error });
  });
  const folder = dirname(path);
  const rows = manifestRows(text.replace(/^\uFEFF/u, ''), shownAs);
  return rows.map(({ line, values }) => toRecord(values, folder, `${shownAs}: line ${line}`));
}

/** One record as read, with the line it starts on. */
interface Row {
  readonly line: number;
  readonly values: Readonly<Record<string, unknown>>;
}

function manifestRows(text: string, shownAs: string): Row[] {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const whole = parseJson(text);
    const articles = Array.isArray(whole) ? whole : (whole as { articles?: unknown } | undefined)?.articles;
    // One object without "articles" is a file of JSON lines holding one record.
    if (articles !== undefined) {
      if (!Array.isArray(articles)) throw new UsageError(`${shownAs}: "articles" must be an array of records.`);
      return articles.map((values: unknown, index) => ({ line: lineOfRecord(text, index), values: asObject(values, `${shownAs}: record ${index + 1}`) }));
    }
    return jsonLines(text, shownAs);
  }
  return csvRows(text, shownAs);
}

/** JSON lines: one object a line; blank lines are skipped. */
function jsonLines(text: string, shownAs: string): Row[] {
  return text.split(/\r?\n/u).flatMap((source, index) => {
    if (source.trim() === '') return [];
    const where = `${shownAs}: line ${index + 1}`;
    const value = parseJson(source);
    if (value === undefined) throw new UsageError(`${where}: not a JSON object: ${JSON.stringify(source.slice(0, 60))}`);
    return [{ line: index + 1, values: asObject(value, where) }];
  });
}

/** CSV (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks) with a header line. */
function csvRows(text: string, shownAs: string): Row[] {
  const records = parseCsv(text, shownAs);
  const [header, ...rest] = records;
  if (header === undefined) throw new UsageError(`${shownAs}: empty manifest.`);
  const names = header.fields.map((name) => name.trim().toLowerCase());
  if (!names.some((name) => name === 'path' || name === 'file' || name === 'url')) {
    throw new UsageError(`${shownAs}: line 1: the header must name a path, file or url column (and any of outlet, date, title); got ${JSON.stringify(header.fields.join(','))}.`);
  }
  return rest
    .filter((record) => record.fields.some((field) => field.trim() !== ''))
    .map((record) => {
      if (record.fields.length !== names.length) {
        throw new UsageError(`${shownAs}: line ${record.line}: ${record.fields.length} fields, but the header has ${names.length}.`);
      }
      return { line: record.line, values: Object.fromEntries(names.map((name, i) => [name, record.fields[i]])) };
    });
}

function parseCsv(text: string, shownAs: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      records.push({ line: start, fields: [...fields, field] });
      fields = [];
      field = '';
      start = ++line;
    } else field += char;
  }
  if (quoted) throw new UsageError(`${shownAs}: line ${start}: a quoted field never closes.`);
  if (fields.length > 0 || field !== '') records.push({ line: start, fields: [...fields, field] });
  return records;
}

/** The record of a row's values, checked. */
function toRecord(values: Readonly<Record<string, unknown>>, folder: string, where: string): SourceRecord {
  const value = (field: Field): string | undefined => {
    const raw = values[field];
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== 'string') throw new UsageError(`${where}: "${field}" must be a string; got ${JSON.stringify(raw)}.`);
    return raw.trim() === '' ? undefined : raw.trim();
  };
  const path = value('path');
  const file = value('file');
  const url = value('url');
  if (path === undefined && file === undefined && url === undefined) throw new UsageError(`${where}: names no article: give a path, file or url.`);
  const date = value('date');
  const published = date === undefined ? undefined : isoDate(date);
  if (date !== undefined && published === undefined) throw new UsageError(`${where}: the date ${JSON.stringify(date)} is not a date like 2024-05-02.`);
  return { path: path === undefined ? undefined : resolve(folder, path), file, url: url === undefined ? undefined : webAddress(url, where), outlet: value('outlet'), published, title: value('title') };
}

/** `url` normalised, when it is an http(s) address. */
function webAddress(url: string, where: string): string {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (parsed === undefined || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new UsageError(`${where}: ${JSON.stringify(url)} is not an http or https address.`);
  }
  return parsed.href;
}

function asObject(value: unknown, where: string): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(`${where}: not a JSON object.`);
  return value as Record<string, unknown>;
}

/**
 * The line of the `index`-th record of a JSON array, counted by its opening braces at the array's depth: good enough
 * to point at it in a message.
 */
function lineOfRecord(text: string, index: number): number {
  let depth = 0;
  let seen = -1;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') line++;
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      depth++;
      if (char === '{' && depth === (text.trimStart().startsWith('[') ? 2 : 3) && ++seen === index) return line;
    } else if (char === '}' || char === ']') depth--;
  }
  return line;
}
