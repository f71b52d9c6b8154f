import { describe, expect, it } from 'vitest';
import { extractTerms, isStopWord, stem, tokenise } from '../../src/lib/text/index.ts';

describe('text helpers used by the related engine', () => {
  it.each([
    ['Biden’s call with Zelenskyy', ['biden', 'call', 'with', 'zelenskyy']],
    ["O'Brien met the DPRK's envoy", ["o'brien", 'met', 'the', 'dprk', 'envoy']],
    ['Erdoğan visits Seoul (서울) in 2024', ['erdoğan', 'visits', 'seoul', '서울', 'in', '2024']],
    ['U.S.-Canada talks', ['u', 's', 'canada', 'talks']],
    ['Cafe\u0301 owners', ['café', 'owners']],
  ])('tokenises %j into lowercase Unicode words', (text, words) => {
    expect(tokenise(text)).toEqual(words);
  });

  it.each([
    ['the', true],
    ['will', true],
    ['says', true],
    ['missile', false],
  ])('treats %j as a stop word: %s', (word, expected) => {
    expect(isStopWord(word)).toBe(expected);
  });

  it.each([
    ['launches', 'launch'],
    ['launching', 'launch'],
    ['missiles', 'missil'],
  ])('stems %j to %j (Porter)', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('extracts index terms: stop words, bare numbers and single letters dropped, the rest stemmed', () => {
    expect(extractTerms('The U.S. says 2 missiles were launched in 2023 by the DPRK')).toEqual(['missil', 'launch', 'dprk']);
  });
});
