import { describe, expect, it } from 'vitest';
import { analyseEntities, buildRegistry, selectConfidentEntities } from '../../src/lib/entities/index';
import { candidate } from '../fixtures/unregistered-candidate.ts';

// A person-shaped name the copy writes where only a body goes: listed with organisations, after
// "a member of" or "at"; and across the archive, such a name nobody introduces is that body.

const registry = buildRegistry({
  files: [
    { id: 'nordland', name: 'Nordland', type: 'place', aliases: [] },
    { id: 'harbour-bank', name: 'Harbour Bank', type: 'organization', aliases: [] },
  ],
});

/** How many places of the article write `name` where only a body goes. */
function bodyPlaces(body: string, name: string): number | undefined {
  return analyseEntities({ title: 'Briefing', body }, registry).unregistered.find((c) => c.name === name)?.bodyPlaces;
}

describe('a name written where only a body goes', () => {
  it.each([
    ['listed after a company with "and"', 'Loans from Harbour Bank and Velko Tarn will grow.', 'Velko Tarn', 1],
    ['listed before a company with ", and"', 'Cables from Velko Tarn, and Harbour Bank will land.', 'Velko Tarn', 1],
    ['after "a member of"', 'She was a member of Velko Tarn at college.', 'Velko Tarn', 1],
    ['after "at"', 'He worked at Velko Tarn for years.', 'Velko Tarn', 1],
    ['beside a company with a comma only', 'The chair of Harbour Bank, Velko Tarn spoke.', 'Velko Tarn', 0],
    ['with a title after a comma', 'Loans from Harbour Bank and Velko Tarn, Deputy Director, grew.', 'Velko Tarn', 0],
    ['with a post after a comma, its body first', 'Talks with Harbour Bank and Velko Tarn, Nordland Energy Agency Director General, ended.', 'Velko Tarn', 0],
    ['with a body after a comma, no post', 'Loans from Harbour Bank and Velko Tarn, Nordland Energy Agency, grew.', 'Velko Tarn', 1],
    ['with a middle initial', 'Loans from Harbour Bank and Velko J. Tarn will grow.', 'Velko J. Tarn', 0],
    ['after a comma, before a company', 'The minister, Velko Tarn, and Harbour Bank met.', 'Velko Tarn', 0],
  ])('%s', (_, body, name, expected) => {
    expect(bodyPlaces(body, name)).toBe(expected);
  });
});

/** Names and types of the confident entities of some articles' candidates. */
function confident(perArticle: Record<string, ReturnType<typeof candidate>[]>): string[] {
  return selectConfidentEntities(Object.entries(perArticle).map(([articleId, candidates]) => ({ articleId, candidates })))
    .map((e) => `${e.name} ${e.type}`)
    .sort();
}

describe('a person-shaped name the archive writes as a body', () => {
  it.each([
    [
      'never introduced, written once as a body',
      { a: [candidate('Velko Tarn', { bodyPlaces: 1 })], b: [candidate('Velko Tarn')] },
      ['Velko Tarn organization'],
    ],
    [
      'introduced somewhere: a person',
      { a: [candidate('Velko Tarn', { bodyPlaces: 1 })], b: [candidate('Velko Tarn', { introduced: true })] },
      ['Velko Tarn person'],
    ],
    ['a given name first needs two places', { a: [candidate('Maria Tarn', { bodyPlaces: 1 })], b: [candidate('Maria Tarn')] }, ['Maria Tarn person']],
    [
      'a given name first, written twice as a body',
      { a: [candidate('Maria Tarn', { bodyPlaces: 1 })], b: [candidate('Maria Tarn', { bodyPlaces: 1 })] },
      ['Maria Tarn organization'],
    ],
  ])('%s', (_, perArticle, expected) => {
    expect(confident(perArticle)).toEqual(expected);
  });
});
