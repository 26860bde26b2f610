import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldTransliteration, sameperson, similarSurnames, surnameKeys } from '../../src/resolve/person-names.js';

describe('person names', () => {
  it.each<[string, string]>([
    ['Abbas Araghchi', 'Araghchi'],
    ['Abbas Araghchi', 'Araqchi'],
    ['Steve Witkoff', 'Witkof'],
    ['Kirill Dmitriev', 'Kirill Dmitriyev'],
    ['Jeyhun Bayramov', 'Bayramov'],
    ['Khalil al-Hayya', 'Khalil al-Haya'],
    ['Mohammed bin Abdulrahman Al Thani', 'Al Thani'],
    ['Sheikh Mohammed bin Abdulrahman Al Thani', 'Mohammed bin Abdulrahman Al Thani'],
    ['Sheikh Tamim bin Hamad Al Thani', 'Tamim Al Thani'],
  ])('%s and %s name the same person', (a, b) => {
    expect(sameperson(a, b)).toBe(true);
  });

  it.each<[string, string]>([
    ['Ali Khamenei', 'Mojtaba Khamenei'],
    ['Mohammed bin Abdulrahman Al Thani', 'Tamim bin Hamad Al Thani'],
    ['Ron Dermer', 'Ron Prosor'],
    ['Abbas Araghchi', 'Abbas Abdi'],
    ['Li Wei', 'Li Qiang'],
  ])('%s and %s are different people', (a, b) => {
    expect(sameperson(a, b)).toBe(false);
  });

  it('folds transliteration choices', () => {
    expect(foldTransliteration('araghchi')).toBe(foldTransliteration('araghchi'));
    expect(foldTransliteration('dmitriyev')).toBe(foldTransliteration('dmitriev'));
    expect(similarSurnames('witkoff', 'witkof')).toBe(true);
    expect(similarSurnames('bayramov', 'mammadov')).toBe(false);
  });

  // People are grouped by comparing only names that share a blocking key: every pair similarSurnames accepts must share one.
  it('gives surnames that similarSurnames accepts a common blocking key', () => {
    const letters = fc.constantFrom(...'abdeghikmnoqrstuvwy');
    const surname = fc.array(letters, { minLength: 3, maxLength: 14 }).map((l) => l.join(''));
    const edit = fc.tuple(fc.constantFrom('insert', 'delete', 'replace'), fc.nat(), letters);
    const variant = fc.tuple(surname, fc.array(edit, { maxLength: 2 })).map(([name, edits]) => [
      name,
      edits.reduce((s, [kind, at, letter]) => {
        const i = 1 + (at % Math.max(1, s.length - 1));
        return kind === 'insert' ? s.slice(0, i) + letter + s.slice(i) : kind === 'delete' ? s.slice(0, i) + s.slice(i + 1) : s.slice(0, i) + letter + s.slice(i + 1);
      }, name),
    ] as const);
    fc.assert(
      fc.property(variant, ([a, b]) => {
        if (!similarSurnames(a, b)) return;
        const keys = new Set(surnameKeys(foldTransliteration(a)));
        expect(surnameKeys(foldTransliteration(b)).some((key) => keys.has(key)), `${a} / ${b}`).toBe(true);
      }),
      { seed: 7, numRuns: 2_000 },
    );
  });
});
