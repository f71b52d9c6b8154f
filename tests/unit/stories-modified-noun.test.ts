import { describe, expect, it } from 'vitest';
import { buildFeatures } from '../../src/lib/stories/article-features.ts';
import { pickEventPhrase } from '../../src/lib/stories/event-phrase.ts';
import type { Candidate } from '../../src/lib/stories/event-words.ts';
import { findModifiedNoun } from '../../src/lib/stories/modified-noun.ts';
import type { WordPair } from '../../src/lib/stories/word-counts.ts';
import { article, filler } from '../fixtures/stories/articles.ts';

const candidate = (stem: string, count: number): Candidate => ({ stem, count, forms: [] });
const pair = (first: string, second: string, count: number): WordPair => ({ words: [first, second], count });
// Rarer words weigh more; "talks" is a template word of the archive (no noun for it).
const rarity: Record<string, number> = { dialogu: 5, partnership: 3, talk: 4, plan: 2 };
const nouns: Record<string, string> = { dialogu: 'dialogue', partnership: 'partnership', plan: 'plan' };

describe('findModifiedNoun', () => {
  it.each([
    {
      name: 'a word every headline writes before a noun takes the rarest of those nouns',
      count: 2,
      pairs: [pair('water', 'partnership', 1), pair('water', 'dialogu', 1)],
      expected: 'dialogue',
    },
    {
      name: 'a word one headline uses on its own heads its phrase',
      count: 3,
      pairs: [pair('water', 'partnership', 1), pair('water', 'dialogu', 1)],
      expected: undefined,
    },
    { name: 'a word that no headline writes before another has none', count: 2, pairs: [pair('clean', 'water', 2)], expected: undefined },
    { name: 'a following word that reads as no noun is passed over', count: 2, pairs: [pair('water', 'talk', 1), pair('water', 'plan', 1)], expected: 'plan' },
  ])('$name', ({ count, pairs, expected }) => {
    const single = new Map(['water', 'partnership', 'dialogu', 'talk', 'plan', 'clean'].map((stem) => [stem, candidate(stem, 1)]));
    const found = findModifiedNoun(
      candidate('water', count),
      pairs,
      single,
      (stem) => rarity[stem] ?? 0,
      (c) => nouns[c.stem],
    );
    expect(found).toBe(expected);
  });
});

describe('pickEventPhrase and a word the headlines only use as a modifier', () => {
  const day = (n: number): string => `2023-05-0${n}T12:00:00Z`;
  const lead =
    'Norland and Zandia share the river. Both governments said water is the future of the valley, and they will meet again on water. They launched a dialogue, and the dialogue meets in June.';
  it.each([
    {
      name: 'water before a dialogue and a partnership names the dialogue',
      third: 'Fact Sheet: Upgrading the Norland–Zandia Water Partnership',
      expected: 'water dialogue',
    },
    {
      name: 'water on its own in one headline stays the event word',
      third: 'Fact Sheet: Norland and Zandia Agree on Water',
      expected: 'water',
    },
  ])('$name', ({ third, expected }) => {
    const members = [
      article('w/0', day(2), 'Readout of Minister Vale’s Meeting with the Trade Minister of Zandia', lead, ['norland', 'zandia']),
      article('w/1', day(3), 'Norland–Zandia Water Dialogue: Joint Vision Statement', lead, ['norland', 'zandia']),
      article('w/2', day(3), third, lead, ['norland', 'zandia']),
    ];
    const articles = [...members, ...filler];
    const table = buildFeatures(articles);
    expect(pickEventPhrase({ members: [0, 1, 2], articles, table, nameStems: new Set(['norland', 'zandia']) })).toBe(expected);
  });
});
