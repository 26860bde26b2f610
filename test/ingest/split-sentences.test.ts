import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/ingest/split-sentences.js';

const texts = (text: string): string[] => splitSentences(text).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it.each([
    ['two plain sentences', 'Iran and the US met in Muscat. Oman mediated.', ['Iran and the US met in Muscat.', 'Oman mediated.']],
    ['a numbered item of a list', 'They agreed on the following:\n1. Corridors: Two corridors will open.\n 2. Fees: None. The year 2024. Talks end.', ['They agreed on the following:', '1. Corridors: Two corridors will open.', '2. Fees: None.', 'The year 2024.', 'Talks end.']],
    ['question and exclamation', 'Will the truce hold? Nobody knows! Talks resume Monday.', ['Will the truce hold?', 'Nobody knows!', 'Talks resume Monday.']],
    ['title abbreviations', 'Mr. Haddad met Dr. Okafor and Gen. Brandt in Doha.', ['Mr. Haddad met Dr. Okafor and Gen. Brandt in Doha.']],
    ['titles of rank of translated news', 'Its team came with its chair, Ing. Ana Ruiz. Present was dott. Ivo Neri. It ended.', ['Its team came with its chair, Ing. Ana Ruiz.', 'Present was dott. Ivo Neri.', 'It ended.']],
    ['a title in capitals labelling a transcript line', 'PROF. ADEYEMI: We met the minister.', ['PROF. ADEYEMI: We met the minister.']],
    ['more titles', 'Sen. Ross, Gov. Lee, Lt. Col. Marsh and Sgt. Pike spoke. Capt. Yu did not.', ['Sen. Ross, Gov. Lee, Lt. Col. Marsh and Sgt. Pike spoke.', 'Capt. Yu did not.']],
    ['single initials', 'The talks were led by J. R. Okafor of Nigeria.', ['The talks were led by J. R. Okafor of Nigeria.']],
    ['U.S. before a title', 'The U.S. President called the Emir of Qatar.', ['The U.S. President called the Emir of Qatar.']],
    ['U.S. before a name', 'Pressure from U.S. Secretary Ross grew. Qatar hosted the talks.', ['Pressure from U.S. Secretary Ross grew.', 'Qatar hosted the talks.']],
    ['U.S. ending a sentence', 'Sanctions were imposed by the U.S. The talks stalled.', ['Sanctions were imposed by the U.S.', 'The talks stalled.']],
    ['U.N. and E.U.', 'The U.N. Security Council and the E.U. Commission welcomed it.', ['The U.N. Security Council and the E.U. Commission welcomed it.']],
    ['months', 'The deal was signed on Aug. 8 in Washington.', ['The deal was signed on Aug. 8 in Washington.']],
    ['No. and vs.', 'Resolution No. 2231 was cited. It was Iran vs. Israel.', ['Resolution No. 2231 was cited.', 'It was Iran vs. Israel.']],
    ['e.g. and i.e.', 'Some issues, e.g. Gaza, and one, i.e. Rafah, remain.', ['Some issues, e.g. Gaza, and one, i.e. Rafah, remain.']],
    ['St. and Jr.', 'They met at St. James Palace with Ross Jr. on Friday.', ['They met at St. James Palace with Ross Jr. on Friday.']],
    ['decimal and thousands', 'Tariffs fell to 1,000.5 points. Markets rose 2.5 percent.', ['Tariffs fell to 1,000.5 points.', 'Markets rose 2.5 percent.']],
    ['digit after a period', 'The war began in 2020. 6,500 people died.', ['The war began in 2020.', '6,500 people died.']],
    ['ellipsis before a capital', 'We will see... Then we decide.', ['We will see...', 'Then we decide.']],
    ['ellipsis before lower case', 'We will see... and then decide.', ['We will see... and then decide.']],
    ['unicode ellipsis', 'Talks go on\u2026 Nobody expects a deal.', ['Talks go on\u2026', 'Nobody expects a deal.']],
    ['quote opens the next sentence', 'Hamas rejected it, she said. "We will not disarm," a leader added.', ['Hamas rejected it, she said.', '"We will not disarm," a leader added.']],
    ['comma inside a closing quote', '"We agreed to a ceasefire," he said.', ['"We agreed to a ceasefire," he said.']],
    ['period inside a closing quote', 'He called it "a first step." Both sides agreed.', ['He called it "a first step."', 'Both sides agreed.']],
    ['typographic quotes', 'He called it \u201Ca first step.\u201D Both sides agreed.', ['He called it \u201Ca first step.\u201D', 'Both sides agreed.']],
    ['question in a quote before lower case', '"Why now?" asked the envoy.', ['"Why now?" asked the envoy.']],
    ['parenthesis after a period', 'The text was not published (see below.) Talks go on.', ['The text was not published (see below.)', 'Talks go on.']],
    ['lower case after a period', 'The deal covers approx. half the goods.', ['The deal covers approx. half the goods.']],
    ['line breaks are hard boundaries', 'Armenia and Azerbaijan sign a deal\nThe text was initialled in Washington', ['Armenia and Azerbaijan sign a deal', 'The text was initialled in Washington']],
    ['blank lines and surrounding spaces', '  First.  \n\n\n  Second one.  ', ['First.', 'Second one.']],
    ['empty text', '', []],
    ['only whitespace', ' \n\t\n ', []],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it.each([
    ['Ceasefire talks resume in Doha', true],
    ['What each side wants', true],
    ['Talks resume in Doha.', false],
    ['Will the truce hold?', false],
    ['What they said:', false],
    // A transcript's list of speakers is no heading; a headline's kicker before a colon is.
    ['Guests: Ana Ruiz, union leader; Tomas Berg, port director', false],
    // Nor is a press release's contact.
    ['Media contact: Tomas Berg, Press Officer, Harbour Dockers Union', false],
    ['Antitrust: regulator accepts the port operator commitments', true],
    ['Israel and Hamas negotiators met again in Doha on Sunday for a new round of indirect talks mediated by Qatar and Egypt with US support', false],
  ])('heading flag of the line %j is %s', (line, heading) => {
    const [sentence] = splitSentences(`${line}\nThe talks lasted three hours.`);
    expect(sentence).toMatchObject({ text: line, heading });
  });

  it('does not flag a sentence that is only part of its line as a heading', () => {
    const sentences = splitSentences('Qatar mediated. Egypt hosted the next round');
    expect(sentences.map((sentence) => sentence.heading)).toEqual([false, false]);
  });

  it('gives offsets into the text, in order, with consecutive indexes', () => {
    const text = ' Iran\u2019s envoy spoke.  "We met," he said.\n\nThe U.S. team left at 5 p.m. on Friday.\n Qatar hosts the next round \n';
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(4);
    sentences.forEach((sentence, index) => {
      expect(sentence.index).toBe(index);
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.text).toBe(sentence.text.trim());
      if (index > 0) expect(sentence.start).toBeGreaterThanOrEqual(sentences[index - 1]?.end ?? 0);
    });
  });

  it('counts offsets in UTF-16 code units', () => {
    const text = 'The \u{1F54A}\uFE0F dove emoji was posted. Talks resumed.';
    const [, second] = splitSentences(text);
    expect(second).toMatchObject({ start: text.indexOf('Talks'), text: 'Talks resumed.' });
  });
});
