// data/regions.json is what scripts/build-regions.ts makes of its seeds, CLDR and WordNet, and the rules it applies.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRegions, readCldr, wordnetLowerCaseWords, writeRegions, type Cldr } from '../../scripts/build-regions.js';
import { packagePath } from '../../src/package-root.js';

describe('build-regions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-regions-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const common = wordnetLowerCaseWords();

  it('writes exactly data/regions.json from the seeds: the file is up to date and the build deterministic', () => {
    const out = join(dir, 'regions.json');
    writeRegions(packagePath('data', 'region-seeds.json'), out);
    expect(readFileSync(out, 'utf8'), 'data/regions.json is stale: run npm run regions').toBe(readFileSync(packagePath('data', 'regions.json'), 'utf8'));
  });

  it('takes the English names of the first-level subdivisions of the listed states only', () => {
    const { regions } = buildRegions({ about: '', countries: ['CA', 'DE'] }, readCldr(), common);
    expect(regions).toMatchObject({ 'Nova Scotia': 'CA', Bavaria: 'DE', 'North Rhine-Westphalia': 'DE' });
    expect(Object.values(regions).every((code) => code === 'CA' || code === 'DE')).toBe(true);
    // Bayern is German, not English; a district of Bavaria is no first-level subdivision.
    expect(Object.keys(regions)).not.toContain('Bayern');
    expect(Object.keys(regions)).not.toContain('Upper Bavaria');
  });

  const cldr: Cldr = {
    containment: { XA: { _contains: ['xa1', 'xa2', 'xa3', 'xa4', 'xa5', 'xa6'] }, XB: { _contains: ['xb1'] } },
    englishNames: { xa1: 'Delta', xa2: 'Rivers', xa3: 'Free State', xa4: 'Gandaki²', xa5: 'Southern Nations, Nationalities, and Peoples', xa6: 'Tasmania', xb1: 'Tasmania' },
  };

  it('leaves out names of common words of English, footnote marks and lists of peoples; the first state listed keeps a shared name', () => {
    expect(buildRegions({ about: '', countries: ['XB', 'XA'] }, cldr, common).regions).toEqual({ Tasmania: 'XB', Gandaki: 'XA' });
  });

  it('fails on a state CLDR does not know', () => {
    expect(() => buildRegions({ about: '', countries: ['QQ'] }, cldr, common)).toThrow(/no subdivisions of "QQ"/);
  });
});
