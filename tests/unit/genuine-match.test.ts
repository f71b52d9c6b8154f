import { describe, expect, it } from 'vitest';
import { coversQuery, matchesQueryWord } from '../../src/lib/search/genuine-match.ts';

describe('telling a search match from Pagefind’s fallback', () => {
  it.each([
    ['introduced', 'introduced', true],
    ['Introduced,', 'introduced', true],
    ['election.Dateline', 'elections', true],
    ['(Election', 'election', true],
    ['introduction', 'intro', true],
    ['in', 'introduced', false],
    ['a', 'ab', false],
    ['북한', '북한', true],
  ])('counts %j as a match for %j: %s', (matched, query, expected) => {
    expect(matchesQueryWord(matched, query)).toBe(expected);
  });

  it.each([
    [['North', 'Korea'], 'north korea', true],
    [['North', 'in'], 'north korea', false],
    [['in', 'in'], 'introduced', false],
    [['Summit'], '"summit"', true],
  ])('takes %j as covering %j: %s', (matched, query, expected) => {
    expect(coversQuery(matched, query)).toBe(expected);
  });
});
