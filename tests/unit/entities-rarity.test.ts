import { describe, expect, it } from 'vitest';
import {
  bm25Idf,
  countDocumentFrequency,
  entityRarity,
  inverseDocumentFrequency,
  isBackground,
  rankingRarity,
  storyEntityRarity,
} from '../../src/lib/entities/rarity.ts';

describe('how rare an entity is across the archive', () => {
  it.each([
    { share: '2 of 5,000 articles', documents: 5000, frequency: 2, min: 7.5, max: 8 },
    { share: 'a quarter of the archive', documents: 1000, frequency: 250, min: 0.7, max: 0.9 },
    { share: 'four fifths of the archive (a White House archive\'s "United States")', documents: 1000, frequency: 800, min: 0, max: 0.01 },
    { share: 'every article', documents: 1000, frequency: 1000, min: 0, max: 0 },
  ])('an entity in $share weighs between $min and $max', ({ documents, frequency, min, max }) => {
    const weight = entityRarity(documents, frequency);
    expect(weight).toBeGreaterThanOrEqual(min);
    expect(weight).toBeLessThanOrEqual(max);
  });

  it.each([
    { name: 'an entity on 87% of a large archive (United States in a White House archive)', documents: 1684, frequency: 1465, background: true },
    { name: 'an entity on a fifth of a large archive', documents: 1684, frequency: 337, background: true },
    { name: 'a country at war on 15% of the archive', documents: 1684, frequency: 247, background: false },
    { name: 'the main subject of a small archive (16 of 63 articles)', documents: 63, frequency: 16, background: false },
  ])('$name: background $background', ({ documents, frequency, background }) => {
    expect(isBackground(documents, frequency)).toBe(background);
    expect(storyEntityRarity(documents, frequency) === 0).toBe(background);
  });

  it('weighs a word by ln(N/df), nothing for a word in every article', () => {
    expect(inverseDocumentFrequency(100, 10)).toBeCloseTo(Math.log(10));
    expect(inverseDocumentFrequency(100, 100)).toBe(0);
  });

  it('weighs a keyword in most articles near zero, a rare one high (BM25)', () => {
    expect(bm25Idf(1000, 900)).toBeLessThan(0.11);
    expect(bm25Idf(1000, 2)).toBeGreaterThan(5.9);
  });

  it('still ranks an entity in every article of a small archive above zero', () => {
    expect(rankingRarity(3, 3)).toBeCloseTo(Math.log(2));
    expect(rankingRarity(3, 1)).toBeGreaterThan(rankingRarity(3, 3));
  });

  it('counts in how many articles each key appears', () => {
    expect([...countDocumentFrequency([[0, 2], [2], [1, 2]], 4)]).toEqual([1, 1, 3, 0]);
  });
});
