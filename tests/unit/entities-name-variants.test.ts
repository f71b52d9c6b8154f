import { describe, expect, it } from 'vitest';
import { analyseEntities, buildRegistry, selectConfidentEntities } from '../../src/lib/entities/index';
import { areSpellingsOfOneName, isCutBeforeParticle, isOneLetterApart, wordsOfName } from '../../src/lib/entities/name-variants.ts';
import { candidate } from '../fixtures/unregistered-candidate.ts';

// One person under two names: a spelling one letter apart, a name cut before its surname's particle,
// and a one-word name whose style of honour is part of it ("Lady Ordway").

describe('name variants', () => {
  it.each([
    ['one letter changed', 'halvoun', 'halvoon', true],
    ['one letter added', 'zelinsky', 'zelinskyy', true],
    ['two letters changed', 'halvoun', 'halvian', false],
    ['short words are other names', 'alim', 'alem', false],
  ])('%s: %s / %s', (_, a, b, expected) => {
    expect(isOneLetterApart(a, b)).toBe(expected);
  });

  it.each([
    ['a long name with one word spelt two ways', 'Halvoun bin Rasheed', 'Halvoon bin Rasheed', true],
    ['two words spelt two ways', 'Halvoun bin Rasheed', 'Halvoon bin Rashood', false],
    ['a two-word name is too short to tell', 'Marten Kovalsky', 'Martin Kovalsky', false],
  ])('%s', (_, a, b, expected) => {
    expect(areSpellingsOfOneName(wordsOfName(a), wordsOfName(b))).toBe(expected);
  });

  it.each([
    ['cut before "al-"', 'Idris Tamer', 'Idris Tamer al-Nouri', true],
    ['cut before "da"', 'Ana Lucia Ferro', 'Ana Lucia Ferro da Costa', true],
    ['a longer name that goes on with a capitalised word', 'Idris Tamer', 'Idris Tamer Nouri', false],
    ['one word is a surname, not a cut name', 'Idris', 'Idris al-Nouri', false],
  ])('%s', (_, short, long, expected) => {
    expect(isCutBeforeParticle(wordsOfName(short), wordsOfName(long))).toBe(expected);
  });
});

/** Names and variants of the confident entities of some articles' candidates. */
function confident(perArticle: Record<string, ReturnType<typeof candidate>[]>): string[] {
  return selectConfidentEntities(Object.entries(perArticle).map(([articleId, candidates]) => ({ articleId, candidates })))
    .map((e) => `${e.name} ${e.articles.length}`)
    .sort();
}

describe('joining the variants across the archive', () => {
  it.each([
    [
      'two spellings of a long name are one person, under the one used more',
      {
        a: [candidate('Halvoun bin Rasheed', { count: 3, introduced: true })],
        b: [candidate('Halvoon bin Rasheed', { count: 2, introduced: true })],
      },
      ['Halvoun bin Rasheed 2'],
    ],
    [
      'a name cut before its particle joins the full name, which stays the name',
      {
        a: [candidate('Idris Tamer', { count: 5, introduced: true })],
        b: [candidate('Idris Tamer al-Nouri', { count: 2, introduced: true })],
      },
      ['Idris Tamer al-Nouri 2'],
    ],
    [
      'a cut name that begins two full names joins neither',
      {
        a: [candidate('Idris Tamer', { count: 2, introduced: true })],
        b: [candidate('Idris Tamer al-Nouri', { count: 2, introduced: true })],
        c: [candidate('Idris Tamer el-Hadi', { count: 2, introduced: true })],
      },
      ['Idris Tamer 1', 'Idris Tamer al-Nouri 1', 'Idris Tamer el-Hadi 1'],
    ],
    [
      'a nickname of either full name it stands for joins it ("Steve" for Stephen)',
      {
        a: [candidate('Stephen Orlovsky', { count: 3, introduced: true })],
        b: [candidate('Steve Orlovsky', { count: 2, introduced: true })],
      },
      ['Stephen Orlovsky 2'],
    ],
    [
      'a nickname joins no one it cannot stand for',
      {
        a: [candidate('Stephen Orlovsky', { count: 3, introduced: true })],
        b: [candidate('Peggy Orlovsky', { count: 2, introduced: true })],
      },
      ['Peggy Orlovsky 1', 'Stephen Orlovsky 1'],
    ],
  ])('%s', (_, perArticle, expected) => {
    expect(confident(perArticle)).toEqual(expected);
  });
});

describe('a style of honour before one name', () => {
  const registry = buildRegistry({ files: [] });
  it.each([
    ['"Lady" before one name is part of it', 'Lady Ordway sang. Lady Ordway left.', 'Lady Ordway'],
    ['"First Lady" is a post', 'First Lady Ordway sang. First Lady Ordway left.', 'Ordway'],
    ['an office is no part of the name', 'President Ordway spoke. President Ordway left.', 'Ordway'],
  ])('%s', (_, body, name) => {
    const names = analyseEntities({ title: 'Briefing', body }, registry).unregistered.map((c) => c.name);
    expect(names).toContain(name);
  });
});
