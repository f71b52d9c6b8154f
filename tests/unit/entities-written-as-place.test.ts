import { describe, expect, it } from 'vitest';
import { analyseEntities, buildRegistry, selectConfidentEntities } from '../../src/lib/entities/index';
import { candidate } from '../fixtures/unregistered-candidate.ts';

// A person-shaped name the copy writes where only a place goes: after "returned to" or "visited",
// or before "in" and a registered place; and across the archive, such a name nobody introduces is that place.

const registry = buildRegistry({ files: [{ id: 'nordland', name: 'Nordland', type: 'place', aliases: [] }] });

/** How many spots of the article write `name` where only a place goes. */
function placeSpots(body: string, name: string): number | undefined {
  return analyseEntities({ title: 'Briefing', body }, registry).unregistered.find((c) => c.name === name)?.placeSpots;
}

describe('a name written where only a place goes', () => {
  it.each([
    ['after "returned to"', 'Last year I returned to Velko Tarn to honour them.', 'Velko Tarn', 1],
    ['after "visited"', 'She visited Velko Tarn last spring.', 'Velko Tarn', 1],
    ['before "in" and a registered place', 'Pupils saw the ghettos and Velko Tarn in Nordland with guides.', 'Velko Tarn', 1],
    ['before "in" and a place no list knows', 'Pupils saw the ghettos and Velko Tarn in Ostmark with guides.', 'Velko Tarn', 0],
    ['a prize that went to someone', 'The other half went to Velko Tarn and his team.', 'Velko Tarn', 0],
    ['after "to" with no journey', 'He wrote to Velko Tarn about the plan.', 'Velko Tarn', 0],
    ['a possessive is someone’s', 'She returned to Velko Tarn’s office.', 'Velko Tarn', 0],
  ])('%s', (_, body, name, expected) => {
    expect(placeSpots(body, name)).toBe(expected);
  });
});

/** Names and types of the confident entities of some articles' candidates. */
function confident(perArticle: Record<string, ReturnType<typeof candidate>[]>): string[] {
  return selectConfidentEntities(Object.entries(perArticle).map(([articleId, candidates]) => ({ articleId, candidates })))
    .map((e) => `${e.name} ${e.type}`)
    .sort();
}

describe('a "person" the archive writes as a place', () => {
  it.each([
    ['never introduced, one spot', { a: [candidate('Velko Tarn', { placeSpots: 1 })], b: [candidate('Velko Tarn')] }, ['Velko Tarn place']],
    [
      'introduced somewhere, still a person',
      { a: [candidate('Velko Tarn', { placeSpots: 1 })], b: [candidate('Velko Tarn', { introduced: true })] },
      ['Velko Tarn person'],
    ],
    ['a given name first needs two spots', { a: [candidate('Maria Tarn', { placeSpots: 1 })], b: [candidate('Maria Tarn')] }, ['Maria Tarn person']],
    [
      'a given name first, two spots',
      { a: [candidate('Maria Tarn', { placeSpots: 1 })], b: [candidate('Maria Tarn', { placeSpots: 1 })] },
      ['Maria Tarn place'],
    ],
  ])('%s', (_, perArticle, expected) => {
    expect(confident(perArticle)).toEqual(expected);
  });
});
