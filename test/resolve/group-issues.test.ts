import { describe, expect, it } from 'vitest';
import { groupIssues, OTHER_ISSUE } from '../../src/resolve/group-issues.js';

describe('groupIssues', () => {
  it.each([
    ['exchange of 1,000 prisoners of war', 'Prisoners and hostages'],
    ['30-day unconditional truce', 'Ceasefire'],
    ['withdrawal of forces from the occupied regions', 'Territory and withdrawal'],
    ['lifting of sanctions on the central bank', 'Sanctions'],
    ['security guarantees from its allies', 'Security guarantees'],
    ['pay raises of 30% over four years', 'Pay'],
    ['tariffs on steel', 'Trade and tariffs'],
    ['$300 billion a year for climate finance', 'Climate finance'],
  ])('puts "%s" under %s', (topic, issue) => {
    expect(groupIssues([topic]).get(topic)).toBe(issue);
  });

  it('names the issue of topics no listed issue takes after the word they share', () => {
    const issues = groupIssues(['best and final offer', 'latest offer', 'a brighter horizon']);
    expect(issues.get('best and final offer')).toBe('Offers');
    expect(issues.get('latest offer')).toBe('Offers');
    expect(issues.get('a brighter horizon')).toBe(OTHER_ISSUE);
  });

  it('does not depend on the order of the topics', () => {
    const topics = ['latest offer', 'best and final offer', 'tariffs on steel', 'a brighter horizon'];
    expect([...groupIssues(topics)].sort()).toEqual([...groupIssues([...topics].reverse())].sort());
  });
});
