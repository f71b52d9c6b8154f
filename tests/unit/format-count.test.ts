import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/lib/format-count.ts';

describe('formatCount', () => {
  it.each([
    { count: 1, noun: 'article', expected: '1 article' },
    { count: 9, noun: 'article', expected: '9 articles' },
    { count: 0, noun: 'article', expected: '0 articles' },
    { count: 1621, noun: 'article', expected: '1,621 articles' },
    { count: 1, noun: 'story', expected: '1 story' },
    { count: 46, noun: 'story', expected: '46 stories' },
  ] as const)('counts $count $noun as "$expected"', ({ count, noun, expected }) => {
    expect(formatCount(count, noun)).toBe(expected);
  });
});
