import { describe, expect, it } from 'vitest';
import { buildFeatures } from '../../src/lib/stories/article-features.ts';
import { dropHomeCountry } from '../../src/lib/stories/drop-home-country.ts';
import { article, filler } from '../fixtures/stories/articles.ts';

const types: Record<string, string> = { 'ana-velo': 'person', 'ben-oru': 'person', zandia: 'place', kestra: 'place' };

/** Documents naming each listed entity set, one document per entry. */
function archive(sets: string[][]) {
  return sets.map((entities, i) => article(`home/${i}`, `2023-05-1${i % 10}T12:00:00Z`, `Release ${i}`, `A release on ${entities.join(' and ')}.`, entities));
}

describe('dropHomeCountry', () => {
  it.each([
    {
      name: 'a place named in every document that names the person',
      documents: [['ana-velo', 'zandia'], ['ana-velo', 'zandia'], ['ana-velo', 'zandia'], ['zandia']],
      subject: ['ana-velo', 'zandia'],
      expected: ['ana-velo'],
    },
    {
      name: 'a place named in only some of the person’s documents',
      documents: [['ana-velo', 'kestra'], ['ana-velo'], ['ana-velo'], ['ana-velo', 'kestra']],
      subject: ['ana-velo', 'kestra'],
      expected: ['ana-velo', 'kestra'],
    },
    {
      name: 'a person named in too few documents to tell',
      documents: [
        ['ana-velo', 'zandia'],
        ['ana-velo', 'zandia'],
      ],
      subject: ['ana-velo', 'zandia'],
      expected: ['ana-velo', 'zandia'],
    },
    {
      name: 'two places and no person',
      documents: [
        ['kestra', 'zandia'],
        ['kestra', 'zandia'],
        ['kestra', 'zandia'],
      ],
      subject: ['kestra', 'zandia'],
      expected: ['kestra', 'zandia'],
    },
  ])('$name', ({ documents, subject, expected }) => {
    const table = buildFeatures([...archive(documents), ...filler]);
    const keyOf = (id: string) => table.entityIds.indexOf(id);
    const kept = dropHomeCountry(subject.map(keyOf), table, (key) => types[table.entityIds[key] ?? '']);
    expect(kept.map((key) => table.entityIds[key])).toEqual(expected);
  });
});
