import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { DEFAULT_INGEST_OPTIONS, resolveIngestOptions } from '../../src/ingest/ingest-options.js';

describe('resolveIngestOptions', () => {
  it('fills in the defaults', () => {
    expect(resolveIngestOptions()).toEqual(DEFAULT_INGEST_OPTIONS);
    expect(resolveIngestOptions({ maxBytes: undefined }).maxBytes).toBe(5 * 1024 * 1024);
  });

  it('keeps given options and lower-cases extensions', () => {
    const onProgress = (): void => undefined;
    expect(resolveIngestOptions({ maxBytes: 10, extensions: ['.TXT'], onProgress })).toEqual({ maxBytes: 10, extensions: ['.txt'], onProgress });
  });

  it.each([
    [{ maxBytes: 0 }, 'ingest options: maxBytes is invalid. Expecting a positive whole number of bytes but got 0.'],
    [{ maxBytes: 1.5 }, 'maxBytes is invalid'],
    [{ maxBytes: Number.NaN }, 'but got NaN.'],
    [{ extensions: ['txt'] }, 'extensions is invalid. Expecting an array of extensions like ".txt" but got ["txt"].'],
    [{ onProgress: 'bar' as unknown as () => void }, 'onProgress is invalid. Expecting a function (done, total) but got "bar".'],
  ])('refuses %j', (options, message) => {
    expect(() => resolveIngestOptions(options)).toThrow(UsageError);
    expect(() => resolveIngestOptions(options)).toThrow(message);
  });
});
