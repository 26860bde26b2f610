import { describe, expect, it } from 'vitest';
import { foldTransliteration, sameperson, similarSurnames } from '../../src/resolve/person-names.js';

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
});
