import { describe, expect, it } from 'vitest';
import { isRelationNoun } from '../../src/lib/stories/relation-noun.ts';

describe('isRelationNoun', () => {
  it.each([
    { word: 'partnership', expected: true },
    { word: 'Friendship', expected: true },
    { word: 'relationship', expected: true },
    { word: 'leadership', expected: true },
    { word: 'ship', expected: false },
    { word: 'warship', expected: false },
    { word: 'summit', expected: false },
    { word: 'visit', expected: false },
    { word: 'partnerships-', expected: false },
  ])('$word → $expected', ({ word, expected }) => {
    expect(isRelationNoun(word)).toBe(expected);
  });
});
