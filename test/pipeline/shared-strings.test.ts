import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readAndExtract, withSharedStrings, type FileClaims } from '../../src/read-and-extract.js';
import { heapAfterCollection } from '../helpers/heap.js';
import { SEEDS_DIR } from '../helpers/repo-paths.js';

async function firstSeed(): Promise<FileClaims> {
  return readAndExtract(join(SEEDS_DIR, readdirSync(SEEDS_DIR).sort()[0]!), 5 << 20);
}

describe('withSharedStrings', () => {
  it('keeps every value of a result copied as a thread sends it', async () => {
    const result = await firstSeed();
    const copied = structuredClone(result);
    expect(withSharedStrings(copied)).toEqual(result);
    expect(result.articles[0]!.claims.length).toBeGreaterThan(0);
  });

  it('shares the strings a copy repeats, not only the quotes', async () => {
    const result = await firstSeed();
    const held = (share: (copy: FileClaims) => FileClaims): number => {
      const before = heapAfterCollection();
      const copies = Array.from({ length: 200 }, () => share(structuredClone(result)));
      const after = heapAfterCollection();
      expect(copies).toHaveLength(200);
      return after - before;
    };
    const copied = held((copy) => copy);
    const shared = held(withSharedStrings);
    // A copy's claims each hold their article's id, rule, sides and dates as strings of their own.
    expect(shared / copied).toBeLessThan(0.7);
  });
});
