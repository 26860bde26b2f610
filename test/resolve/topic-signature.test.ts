import { describe, expect, it } from 'vitest';
import { topicSignature } from '../../src/resolve/topic-signature.js';

describe('topicSignature', () => {
  it.each<[string, string]>([
    ['lifting of all US sanctions', 'the lifting of US sanctions'],
    ['lifting of American sanctions', 'US sanctions relief'],
    ['six-week truce', 'six-week ceasefire'],
    ['withdrawal of Israeli forces from Gaza', "Israel's withdrawal of troops from Gaza"],
    ['full withdrawal of Israeli forces from Gaza', 'complete withdrawal of Israeli forces from Gaza'],
    ['prisoner swap', 'exchange of prisoners'],
    ['release of all hostages', 'release of hostages'],
  ])('"%s" and "%s" are one topic', (a, b) => {
    expect(topicSignature(a)).toBe(topicSignature(b));
  });

  it.each<[string, string]>([
    ['withdrawal of Israeli forces from Gaza', 'withdrawal of Hamas fighters from Gaza'],
    ['permanent ceasefire', 'six-week ceasefire'],
    ['lifting of US sanctions', 'lifting of EU sanctions'],
    ['right to enrich uranium', 'export of enriched uranium'],
    ['tariffs on Chinese goods', 'tariffs on American goods'],
  ])('"%s" and "%s" stay distinct', (a, b) => {
    expect(topicSignature(a)).not.toBe(topicSignature(b));
  });
});
