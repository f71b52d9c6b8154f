import { describe, expect, it } from 'vitest';
import { relatedEntities } from '../../src/lib/related/index.ts';
import { makeArchive } from '../fixtures/related/make-article.ts';

describe('relatedEntities', () => {
  const day = (n: number) => `2024-01-${String(n).padStart(2, '0')}T00:00:00Z`;
  const archive = makeArchive([
    { id: 'a1', title: 'a', published: day(1), entities: ['north-korea*', 'russia*', 'ukraine'] },
    { id: 'a2', title: 'a', published: day(2), entities: ['north-korea*', 'russia*'] },
    { id: 'a3', title: 'a', published: day(3), entities: ['north-korea*', 'russia', 'kursk'] },
    { id: 'a4', title: 'a', published: day(4), entities: ['russia*', 'ukraine*', 'kursk'] },
    { id: 'a5', title: 'a', published: day(5), entities: ['ukraine*', 'poland'] },
    { id: 'a6', title: 'a', published: day(6), entities: ['north-korea*', 'kursk'], draft: true },
  ]);
  const related = relatedEntities(archive);

  it.each([
    ['north-korea', ['russia']],
    ['kursk', ['russia']],
    ['russia', ['north-korea', 'kursk', 'ukraine']],
    ['poland', []],
  ])('lists the entities whose coverage overlaps %s most, needing two shared articles', (id, expected) => {
    expect(related.get(id)?.map((r) => r.id)).toEqual(expected);
  });

  it('scores overlap as shared / sqrt(articles of each), ignoring drafts', () => {
    const pair = related.get('north-korea')?.find((r) => r.id === 'russia');
    expect(pair).toEqual({ id: 'russia', shared: 3, score: Number((3 / Math.sqrt(3 * 4)).toFixed(6)) });
  });

  it('honours `limit` and `minShared`', () => {
    expect(relatedEntities(archive, { limit: 1 }).get('russia')?.map((r) => r.id)).toEqual(['north-korea']);
    expect(relatedEntities(archive, { minShared: 1 }).get('poland')?.map((r) => r.id)).toEqual(['ukraine']);
  });
});
