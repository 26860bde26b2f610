// Options of the ingest stage: their defaults and their validation.
import { UsageError } from '../errors.js';

/** How `readArticles` reads files. */
export interface IngestOptions {
  /** Files larger than this many bytes are skipped as problems. */
  readonly maxBytes: number;
  /** File extensions read inside folders (lower case, with the dot); a file named explicitly is read whatever its extension. */
  readonly extensions: readonly string[];
  /** Called after each file is read, with the count of files done and the total: for progress bars. */
  readonly onProgress: ((done: number, total: number) => void) | undefined;
}

/** 5 MiB, and the extensions of plain text, Markdown and HTML. */
export const DEFAULT_INGEST_OPTIONS: IngestOptions = {
  maxBytes: 5 * 1024 * 1024,
  extensions: ['.txt', '.md', '.markdown', '.html', '.htm'],
  onProgress: undefined,
};

/** Fills in defaults and checks each option, throwing `UsageError` on the first wrong one. */
export function resolveIngestOptions(options: Partial<IngestOptions> = {}): IngestOptions {
  const resolved = { ...DEFAULT_INGEST_OPTIONS, ...definedOnly(options) };
  const { maxBytes, extensions, onProgress } = resolved;
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    fail('maxBytes', 'a positive whole number of bytes', maxBytes);
  }
  if (!Array.isArray(extensions) || !extensions.every((extension) => typeof extension === 'string' && /^\.[^./\\]+$/u.test(extension))) {
    fail('extensions', 'an array of extensions like ".txt"', extensions);
  }
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    fail('onProgress', 'a function (done, total)', onProgress);
  }
  return { ...resolved, extensions: extensions.map((extension) => extension.toLowerCase()) };
}

/** Options given as `undefined` take their default. */
function definedOnly(options: Partial<IngestOptions>): Partial<IngestOptions> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

function fail(option: string, expected: string, got: unknown): never {
  throw new UsageError(`ingest options: ${option} is invalid. Expecting ${expected} but got ${typeof got === 'number' ? String(got) : (JSON.stringify(got) ?? String(got))}.`);
}
