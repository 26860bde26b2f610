import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readAndExtract, withSharedQuotes } from '../../src/read-and-extract.js';
import { SEEDS_DIR } from '../helpers/repo-paths.js';

describe('withSharedQuotes', () => {
  it('keeps every value of a result copied as a thread sends it', async () => {
    const path = join(SEEDS_DIR, readdirSync(SEEDS_DIR).sort()[0]!);
    const result = await readAndExtract(path, 5 << 20);
    const copied = structuredClone(result);
    expect(withSharedQuotes(copied)).toEqual(result);
    expect(result.articles[0]!.claims.length).toBeGreaterThan(0);
  });
});
