import { describe, expect, it } from 'vitest';
import { canNameEvent } from '../../src/lib/stories/event-word-kind.ts';

describe('canNameEvent', () => {
  it.each([
    { name: 'a disaster', word: 'wildfires', prose: [], afterName: 0, uses: 2, expected: true },
    { name: 'a meeting of leaders', word: 'summit', prose: [], afterName: 0, uses: 2, expected: true },
    { name: 'an adjective', word: 'consistent', prose: [], afterName: 0, uses: 3, expected: false },
    { name: 'another adjective', word: 'certain', prose: [], afterName: 0, uses: 3, expected: false },
    { name: 'a past participle', word: 'impacted', prose: [], afterName: 0, uses: 3, expected: false },
    { name: 'a kind of person', word: 'advisors', prose: [], afterName: 0, uses: 3, expected: false },
    { name: 'a kind of person just after the story’s subject in half its uses', word: 'leaders', prose: [], afterName: 2, uses: 4, expected: true },
    { name: 'a kind of person after the subject in fewer than half its uses', word: 'leaders', prose: [], afterName: 1, uses: 3, expected: false },
    {
      name: 'a plural the prose writes as people who act',
      word: 'families',
      prose: ['Most families who rent would pay more.'],
      afterName: 0,
      uses: 2,
      expected: false,
    },
    { name: 'the same plural without a "who"', word: 'families', prose: ['The plan raises costs for families.'], afterName: 0, uses: 2, expected: true },
  ])('$name: $word → $expected', ({ word, prose, afterName, uses, expected }) => {
    expect(canNameEvent(word, prose, afterName, uses)).toBe(expected);
  });
});
