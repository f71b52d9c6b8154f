import { describe, expect, it } from 'vitest';
import { formatCount, type CountedNoun } from '../../src/lib/format-count.ts';

const cases: Array<{ count: number; noun: CountedNoun; qualifier?: string; expected: string }> = [
  { count: 1, noun: 'article', expected: '1 article' },
  { count: 9, noun: 'article', expected: '9 articles' },
  { count: 0, noun: 'article', expected: '0 articles' },
  { count: 1621, noun: 'article', expected: '1,621 articles' },
  { count: 1, noun: 'story', expected: '1 story' },
  { count: 46, noun: 'story', expected: '46 stories' },
  { count: 1, noun: 'story', qualifier: 'earlier', expected: '1 earlier story' },
  { count: 3, noun: 'story', qualifier: 'later', expected: '3 later stories' },
  { count: 1, noun: 'entityFile', expected: '1 entity file' },
  { count: 0, noun: 'entityFile', expected: '0 entity files' },
  { count: 2, noun: 'file', expected: '2 files' },
  { count: 1, noun: 'error', expected: '1 error' },
  { count: 2, noun: 'warning', expected: '2 warnings' },
  { count: 1, noun: 'draft', expected: '1 draft' },
  { count: 0, noun: 'problem', expected: '0 problems' },
];

describe('formatCount', () => {
  it.each(cases)('counts $count $noun as "$expected"', ({ count, noun, qualifier, expected }) => {
    expect(formatCount(count, noun, 'en-GB', qualifier)).toBe(expected);
  });
});
