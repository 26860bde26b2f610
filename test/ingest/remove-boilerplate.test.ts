import { describe, expect, it } from 'vitest';
import { removeBoilerplate } from '../../src/ingest/remove-boilerplate.js';

const NEWS = 'Israel and Hamas negotiators resumed indirect talks in Doha on Sunday, mediated by Qatar and Egypt.';
const MORE_NEWS = 'Hamas demanded a full Israeli withdrawal from Gaza, while Israel rejected any permanent ceasefire.';

/** The text left of `line` placed between two news paragraphs. */
const amidNews = (line: string): string => removeBoilerplate(`${NEWS}\n${line}\n${MORE_NEWS}`).text;

describe('removeBoilerplate', () => {
  it.each([
    'Support us',
    'Support our journalism today.',
    'Become a patron!',
    'Become a Patron or see other ways to support.',
    'Donate now to keep our newsroom running.',
    'Donate',
    'Subscribe',
    'Subscribe to our newsletter for daily updates.',
    'Sign up for our newsletter and get the news first.',
    'Please disable your ad blocker to keep reading.',
    'Read more',
    'Read more: Qatar warns talks may collapse',
    'Share this',
    'Share this article',
    'Advertisement',
    'To suggest a correction or clarification, write to us here',
    'You can also highlight the text and press Ctrl + Enter',
    'Please leave your suggestions or corrections here',
    'Photo: Jane Doe/Reuters',
    'Image: Qatar Ministry of Foreign Affairs',
    'Photo by Ali Hassan',
    'By Jane Doe',
    'By Jane Doe and John Roe',
    'By Jane Doe, Reuters',
    'By Mary-Ann O\'Neil | May 16, 2025',
    'Reporting by Jane Doe in Doha; Editing by John Roe',
    '\u00A9 2025 Gulf Ledger',
    'Copyright 2025 Gulf Ledger. All rights reserved.',
    '(c) 2025 Gulf Ledger',
    '(C) Gulf Ledger',
    'Thank you!',
  ])('drops the line %j', (line) => {
    expect(amidNews(line)).toBe(`${NEWS}\n${MORE_NEWS}`);
  });

  it.each([
    'By Friday, both sides had agreed to a six-week truce.',
    'By Monday, Iran and Oman will meet again in Muscat',
    'The EU pledged to donate 50 million euros in aid to Gaza.',
    'Qatar said it would support us-brokered talks.',
    '"We call on the world to support us," the Hamas official said.',
    'Armenia does not subscribe to the idea of a corridor.',
    'Photos of the signing ceremony were released by the White House.',
    'Advertisements for the summit appeared in Baku.',
    'Egypt said it would share the draft with both delegations.',
    'Related talks in Cairo also ended without a deal.',
    'More posts on the border were abandoned, the army said.',
    'Read more closely, the text leaves the Rafah crossing open.',
    'Thank you, Qatar, the minister said.',
    'Independent media outlets were shut down in Gaza, the journalists\' union said.',
    // A list's third item is no copyright notice.
    '(c) to reopen the crossing at Rafah within 30 days;',
    '(c) The two sides shall meet again in Cairo within 30 days.',
  ])('keeps the news line %j', (line) => {
    expect(amidNews(line)).toBe(`${NEWS}\n${line}\n${MORE_NEWS}`);
  });

  it('drops a paragraph most of whose sentences are appeals', () => {
    const appeal = 'You could close this page. Or you could join our community and help us produce more stories like this. ' +
      'We keep our reporting free because we believe in open information. Our small team depends on readers like you. ' +
      'For the cost of one cup of coffee a month, you can make a difference. Become a patron!';
    expect(amidNews(appeal)).toBe(`${NEWS}\n${MORE_NEWS}`);
  });

  it('keeps a paragraph where news outweighs an appeal', () => {
    const mixed = 'Qatar said the talks would resume on Monday. Egypt sent a delegation to Doha. Support us on Patreon.';
    expect(amidNews(mixed)).toBe(`${NEWS}\n${mixed}\n${MORE_NEWS}`);
  });

  it.each(['Related Posts', 'More posts:', '+ posts', 'Related articles', 'You may also like'])(
    'cuts everything after a trailing %j marker',
    (marker) => {
      const text = `${NEWS}\n\n${MORE_NEWS}\n\n${marker}\n\nOil prices steady as talks go on\nQatar opens new airport terminal`;
      expect(removeBoilerplate(text).text).toBe(`${NEWS}\n\n${MORE_NEWS}`);
    },
  );

  it("drops a press release's legal notice, its heading and its paragraph, and keeps the contact after it", () => {
    const text = ['Kestrel Foods and the dockers’ union signed a wage deal in Lima on Monday.', '', 'Forward-looking statements', '', 'This release contains forward-looking statements. Kestrel undertakes no obligation to update them.', '', 'Media contact: Ana Ruiz, Head of Communications, Kestrel Foods'].join('\n');
    expect(removeBoilerplate(text).text).toBe(['Kestrel Foods and the dockers’ union signed a wage deal in Lima on Monday.', '', 'Media contact: Ana Ruiz, Head of Communications, Kestrel Foods'].join('\n'));
  });

  it('drops a marker near the top, without cutting, when a long article follows', () => {
    const body = Array.from({ length: 6 }, (_, i) => `${MORE_NEWS} Paragraph ${i + 1} adds more detail about the talks in Doha and Cairo.`).join('\n');
    const text = `${NEWS}\nRelated Posts\n${body}`;
    expect(removeBoilerplate(text).text).toBe(`${NEWS}\n${body}`);
  });

  it('removes the author box of a "+ posts" marker with the name above it', () => {
    expect(removeBoilerplate(`${NEWS}\n\nJane Doe\n\n+ posts`).text).toBe(NEWS);
  });

  it('strips a photo credit from the end of a caption, keeping the caption', () => {
    expect(amidNews('Delegations arrive at the talks in Doha. Photo: Qatar News Agency')).toBe(
      `${NEWS}\nDelegations arrive at the talks in Doha.\n${MORE_NEWS}`,
    );
  });

  it('takes a trailing proper-name line amid boilerplate as the outlet', () => {
    const text = `${NEWS}\n\nPlease leave your suggestions or corrections here\n\nGulf Ledger\n\nWe are an independent outlet. Please disable your ad blocker.\n\nRelated Posts`;
    expect(removeBoilerplate(text)).toEqual({ text: NEWS, outlet: 'Gulf Ledger' });
  });

  it('does not take a closing heading that follows news as the outlet', () => {
    const text = `${NEWS}\n\nTalks Continue\n\n${MORE_NEWS}`;
    expect(removeBoilerplate(text)).toEqual({ text, outlet: undefined });
  });

  it('drops a one-word section label above the headline', () => {
    const text = `World\n\nIsrael and Hamas Resume Talks in Doha\n\n${NEWS}`;
    expect(removeBoilerplate(text).text).toBe(`Israel and Hamas Resume Talks in Doha\n\n${NEWS}`);
  });

  it('keeps a short first line that is followed by a short line', () => {
    const text = 'Doha talks\nNo deal yet\n' + NEWS;
    expect(removeBoilerplate(text).text).toBe(text);
  });

  it('keeps one copy of a repeated headline', () => {
    const headline = 'Israel and Hamas resume talks in Doha';
    const text = `${headline}\n\n${headline}\n${NEWS}\n${headline}`;
    expect(removeBoilerplate(text).text).toBe(`${headline}\n\n${NEWS}`);
  });

  it('leaves text without boilerplate unchanged', () => {
    const text = `Talks in Doha\n\n${NEWS}\n${MORE_NEWS}`;
    expect(removeBoilerplate(text)).toEqual({ text, outlet: undefined });
  });

  it('returns empty text for boilerplate only', () => {
    expect(removeBoilerplate('Related Posts\nAdvertisement\nSubscribe').text).toBe('');
  });
});
