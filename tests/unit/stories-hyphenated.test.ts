import { describe, expect, it } from 'vitest';
import { hyphenated } from '../../src/lib/stories/hyphenated.ts';

describe('hyphenated', () => {
  it.each([
    {
      name: 'a modifier most headlines hyphen to another word keeps the compound',
      headlines: ['harris launches public-private partnership for zandia', 'public-private partnership raises $2 billion', 'private donors meet'],
      expected: 'public-private',
    },
    { name: 'a modifier written alone stays alone', headlines: ['private partnership for zandia', 'private partnership grows'], expected: 'private' },
    {
      name: 'one compound among many plain uses does not decide',
      headlines: ['public-private talks', 'private talks', 'private sector talks'],
      expected: 'private',
    },
  ])('$name', ({ headlines, expected }) => {
    expect(hyphenated('private', headlines)).toBe(expected);
  });
});
