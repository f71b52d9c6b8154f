import { describe, expect, it } from 'vitest';
import { buildFeatures } from '../../src/lib/stories/article-features.ts';
import { nameBodyOfPlaces } from '../../src/lib/stories/body-of-places.ts';
import type { ArticleRecord } from '../../src/lib/types.ts';
import { article, filler } from '../fixtures/stories/articles.ts';

const types: Record<string, string> = { aria: 'place', bren: 'place', 'sea-pact': 'organization' };

const members = [
  article('m/1', '2023-03-13T12:00:00Z', 'Fact Sheet: Aria-Bren Partnership on Patrol Boats', 'Aria and Bren agreed on patrol boats under the Sea Pact.', [
    'aria',
    'bren',
    'sea-pact',
  ]),
  article('m/2', '2023-03-13T13:00:00Z', 'Joint Statement on the Sea Pact', 'Aria and Bren renewed the Sea Pact.', ['aria', 'bren', 'sea-pact']),
  article('m/3', '2023-03-14T12:00:00Z', 'Readout of the Meeting with the Premier of Bren', 'The leaders spoke of the Sea Pact in Aria.', [
    'aria',
    'bren',
    'sea-pact',
  ]),
];

// Other news of the two places, all year.
const elsewhere = ['ports', 'roads', 'farms', 'mines'].map((topic, i) =>
  article(`e/${topic}`, `2022-0${1 + i}-10T12:00:00Z`, `Aria and Bren talk ${topic}`, `Aria and Bren met on ${topic}.`, ['aria', 'bren']),
);

// The same body in the archive's news all year: it is not this story's own.
const pactAllYear = ['ports', 'roads', 'farms', 'mines'].map((topic, i) =>
  article(`p/${topic}`, `2022-0${1 + i}-20T12:00:00Z`, `Sea Pact meets on ${topic}`, `The Sea Pact met on ${topic}.`, ['sea-pact']),
);

describe('nameBodyOfPlaces', () => {
  it.each([
    { name: 'two places that meet as the story’s own body are named by it', archive: [] as ArticleRecord[], expected: ['sea-pact'] },
    { name: 'a body named all year leaves the places', archive: pactAllYear, expected: ['aria', 'bren'] },
  ])('$name', ({ archive, expected }) => {
    const articles = [...members, ...elsewhere, ...archive, ...filler];
    const table = buildFeatures(articles);
    const key = (id: string): number => table.entityIds.indexOf(id);
    const typeOf = (k: number): string | undefined => types[table.entityIds[k] ?? ''];
    const named = nameBodyOfPlaces([key('aria'), key('bren')], [0, 1, 2], table, typeOf);
    expect(named.map((k) => table.entityIds[k])).toEqual(expected);
  });
});
