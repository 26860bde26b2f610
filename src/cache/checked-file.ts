// The format of the cache's files: a first line of JSON that names the file's kind and format, with the length and
// SHA-256 of the JSON body after it, so that no other file, and no file cut short or edited, is ever taken for one.
import { createHash } from 'node:crypto';
import { parseJson } from '../parse-json.js';

/** What the first line of every checked file holds. */
interface CheckedHeader {
  readonly kind: string;
  readonly format: number;
  /** The body's length in bytes, and its SHA-256. */
  readonly bytes: number;
  readonly sha256: string;
}

/** A file's bytes: its first line, `fields` with `kind`, `format` and the body's length and digest, then `body`. */
export function checkedFile(fields: { readonly kind: string; readonly format: number } & Readonly<Record<string, unknown>>, body: string): Buffer {
  const bytes = Buffer.from(body);
  const header = { ...fields, bytes: bytes.length, sha256: sha256(bytes) } satisfies CheckedHeader;
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), bytes]);
}

/**
 * The header and the parsed body of a checked file of `kind` and `format` whose header `accepts` (it is asked before the
 * body is hashed and parsed), or undefined when the bytes are not one: no first line, another kind or format, a
 * header not accepted, a body of another length or digest (the checksum catches what JSON.parse lets through: a
 * flipped character inside a string, a changed digit, a cut at a value's end), or no JSON.
 */
export function readCheckedFile(
  bytes: Buffer,
  kind: string,
  format: number,
  accepts: (header: Readonly<Record<string, unknown>>) => boolean,
): { readonly header: Readonly<Record<string, unknown>>; readonly body: unknown } | undefined {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return undefined;
  const header = parseJson(bytes.toString('utf8', 0, newline)) as (Partial<CheckedHeader> & Record<string, unknown>) | undefined;
  if (header?.kind !== kind || header.format !== format || !accepts(header)) return undefined;
  const body = bytes.subarray(newline + 1);
  if (header.bytes !== body.length || header.sha256 !== sha256(body)) return undefined;
  const parsed = parseJson(body.toString('utf8'));
  return parsed === undefined ? undefined : { header, body: parsed };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
