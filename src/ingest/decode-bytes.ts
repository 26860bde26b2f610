// Decodes a file's bytes as text, refusing what is not text: binary data, invalid UTF-8, UTF-16 without a byte-order mark.
import { InputError } from '../errors.js';

/** Text with more control characters than this share is binary data. */
const MAX_CONTROL_SHARE = 0.1;
/** How many leading bytes are examined to tell UTF-16 without a byte-order mark from binary data. */
const SNIFF_BYTES = 4096;

/**
 * Decodes `bytes` as UTF-8 (a byte-order mark is dropped), or as UTF-16 when it starts with a UTF-16 byte-order mark.
 * Throws `InputError` for binary data (NUL bytes, mostly control characters), UTF-16 without a byte-order mark and
 * invalid UTF-8, naming the first bad byte.
 */
export function decodeBytes(bytes: Uint8Array, path: string): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  const text = utf16 === undefined ? decodeUtf8(bytes, path) : decode(utf16, bytes, path);
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || (code >= 0x7f && code < 0xa0)) controls++;
  }
  if (controls > text.length * MAX_CONTROL_SHARE) {
    throw new InputError(path, `binary file (${Math.round((100 * controls) / text.length)}% control characters)`);
  }
  return text;
}

function decodeUtf8(bytes: Uint8Array, path: string): string {
  if (bytes.includes(0)) {
    throw new InputError(
      path,
      looksLikeUtf16(bytes)
        ? 'UTF-16 text without a byte-order mark: save it as UTF-8'
        : 'binary file (contains NUL bytes)',
    );
  }
  return decode('utf-8', bytes, path);
}

function decode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (error) {
    const where = encoding === 'utf-8' ? firstInvalidUtf8(bytes) : undefined;
    const detail = where === undefined ? '' : `: byte 0x${(bytes[where] ?? 0).toString(16).toUpperCase().padStart(2, '0')} at offset ${where}`;
    const hint = encoding === 'utf-8' ? ' (Latin-1 or Windows-1252?); save it as UTF-8' : '';
    throw new InputError(path, `not valid ${encoding.toUpperCase()}${detail}${hint}`, { cause: error });
  }
}

/**
 * The offset of the first byte that is not valid UTF-8. A lenient decode marks it with U+FFFD, and the valid text
 * before it re-encodes to exactly the bytes before it; a U+FFFD that the file really contains is skipped.
 */
function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const encoder = new TextEncoder();
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) {
    const offset = encoder.encode(text.slice(0, at)).length;
    if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return offset;
  }
  return undefined;
}

/** ASCII-range UTF-16 has a NUL in every other byte: nearly all odd (LE) or even (BE) bytes are zero. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = length / 2;
  return pairs > 0 && Math.max(even, odd) >= 0.9 * pairs && Math.min(even, odd) <= 0.1 * pairs;
}
