import { describe, expect, it } from 'vitest';
import { findCompanions } from '../../src/lib/entities/co-occurrence.ts';

describe('findCompanions', () => {
  // Each article's entity ids, most salient first.
  const archive = [
    ['north-korea', 'russia', 'ukraine'],
    ['north-korea', 'russia'],
    ['north-korea', 'russia', 'kursk'],
    ['russia', 'ukraine', 'kursk'],
    ['ukraine', 'poland'],
  ];
  const companions = findCompanions(archive);

  it.each([
    ['north-korea', ['russia']],
    ['kursk', ['russia']],
    ['russia', ['north-korea', 'kursk', 'ukraine']],
    ['poland', []],
  ])('lists the entities whose coverage overlaps %s most, needing two shared articles', (id, expected) => {
    expect(companions.get(id)?.map((r) => r.id)).toEqual(expected);
  });

  it('scores overlap as shared / sqrt(articles of each)', () => {
    const pair = companions.get('north-korea')?.find((r) => r.id === 'russia');
    expect(pair).toEqual({ id: 'russia', shared: 3, score: Number((3 / Math.sqrt(3 * 4)).toFixed(6)) });
  });

  it('honours `limit`, `minShared` and `perArticle`', () => {
    expect(
      findCompanions(archive, { limit: 1 })
        .get('russia')
        ?.map((r) => r.id),
    ).toEqual(['north-korea']);
    expect(
      findCompanions(archive, { minShared: 1 })
        .get('poland')
        ?.map((r) => r.id),
    ).toEqual(['ukraine']);
    expect(
      findCompanions(archive, { perArticle: 2 })
        .get('russia')
        ?.map((r) => r.id),
    ).toEqual(['north-korea']);
  });

  it('lists only the entities `include` accepts, before cutting to `limit`', () => {
    const withPages = findCompanions(archive, { limit: 1, include: (id) => id !== 'north-korea' });
    expect(withPages.has('north-korea')).toBe(false);
    expect(withPages.get('russia')?.map((r) => r.id)).toEqual(['kursk']);
  });
});
