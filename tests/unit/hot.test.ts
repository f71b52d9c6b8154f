import { describe, expect, it } from 'vitest';
import { buildHotFragment, parsePopular, rankHot } from '../../src/lib/hot/index.ts';
import { makeArchive } from '../fixtures/related/make-article.ts';

const now = new Date('2024-06-20T12:00:00Z');

describe('rankHot', () => {
  const archive = makeArchive([
    { id: 'old-pick', title: 'a', published: '2024-01-05T09:00:00Z', featured: true },
    { id: 'new-pick', title: 'a', published: '2024-06-18T09:00:00Z', featured: true },
    { id: 'hub', title: 'a', published: '2024-06-17T09:00:00Z', entities: ['nato*', 'ukraine*', 'poland'] },
    { id: 'spoke-1', title: 'a', published: '2024-06-16T09:00:00Z', entities: ['nato*'] },
    { id: 'spoke-2', title: 'a', published: '2024-06-19T09:00:00Z', entities: ['ukraine*', 'poland'] },
    { id: 'loner', title: 'a', published: '2024-06-19T10:00:00Z', entities: ['iceland*'] },
    { id: 'stale', title: 'a', published: '2024-05-01T09:00:00Z', entities: ['nato*', 'ukraine*'] },
    { id: 'unpublished', title: 'a', published: '2024-06-21T09:00:00Z', entities: ['nato*', 'ukraine*'], featured: true },
    { id: 'draft', title: 'a', published: '2024-06-19T09:00:00Z', entities: ['nato*', 'ukraine*'], draft: true },
  ]);

  it('lists featured stories first, newest first, then recent stories by how much they connect to', () => {
    expect(rankHot(archive, { now }).map((h) => h.id)).toEqual(['new-pick', 'old-pick', 'hub', 'spoke-2', 'spoke-1', 'loner']);
  });

  it('reports why each item is listed and how much it connects to', () => {
    const hub = rankHot(archive, { now }).find((h) => h.id === 'hub');
    expect(hub).toEqual({ id: 'hub', basis: 'connected', views: undefined, connectedArticles: 2, connectedEntities: 3 });
  });

  it.each([
    ['a draft', 'draft'],
    ['an article published after the build', 'unpublished'],
    ['an article older than the window', 'stale'],
  ])('leaves out %s', (_, id) => {
    expect(rankHot(archive, { now }).map((h) => h.id)).not.toContain(id);
  });

  it('widens "recent" to the newest `minRecent` stories after a quiet spell', () => {
    expect(rankHot(archive, { now, minRecent: 7 }).map((h) => h.id)).toContain('stale');
    expect(rankHot(archive, { now, minRecent: 3 }).map((h) => h.id)).not.toContain('stale');
  });

  it('ranks by popular.json views instead when given, featured still first', () => {
    const popular = { loner: 900, stale: 500, 'spoke-1': 20, unknown: 7 };
    const hot = rankHot(archive, { now, popular });
    expect(hot.map((h) => h.id)).toEqual(['new-pick', 'old-pick', 'loner', 'stale', 'spoke-1', 'hub', 'spoke-2']);
    expect(hot.find((h) => h.id === 'stale')).toMatchObject({ basis: 'popular', views: 500 });
    expect(hot.find((h) => h.id === 'hub')).toMatchObject({ basis: 'connected', views: 0 });
  });

  it('keeps to `limit`', () => {
    expect(rankHot(archive, { now, limit: 3 }).map((h) => h.id)).toEqual(['new-pick', 'old-pick', 'hub']);
  });

  it('measures "recent" up to the newest published story, so an archive rebuilt years later still has a list', () => {
    const later = rankHot(archive, { now: new Date('2030-01-01T00:00:00Z'), windowDays: 3 });
    expect(later.map((h) => h.id)).toEqual(['unpublished', 'new-pick', 'old-pick', 'spoke-2', 'loner']);
  });

  it('gives the same list for the same archive in any order', () => {
    expect(rankHot([...archive].reverse(), { now })).toEqual(rankHot(archive, { now }));
  });
});

describe('parsePopular', () => {
  it('accepts an object of article id → views', () => {
    expect(parsePopular({ '2024/06/a': 10, '2024/06/b': 0 })).toEqual({ '2024/06/a': 10, '2024/06/b': 0 });
  });

  it.each([
    [[1, 2], /one JSON object of article id → views/],
    [null, /one JSON object/],
    [{ '2024/06/a': '10' }, /"2024\/06\/a" has "10" views/],
    [{ '2024/06/a': -1 }, /views must be a number of 0 or more/],
  ])('rejects %j with an error naming the file', (data, message) => {
    expect(() => parsePopular(data)).toThrow(message);
    expect(() => parsePopular(data)).toThrow(/analytics\/popular\.json/);
  });
});

describe('buildHotFragment', () => {
  const archive = makeArchive([
    { id: 'pick', title: 'An editor’s pick', published: '2024-06-18T09:00:00Z', featured: true },
    { id: 'hub', title: 'A connected story', published: '2024-06-17T09:00:00Z', entities: ['nato*'] },
    { id: 'spoke', title: 'Another one', published: '2024-06-16T09:00:00Z', entities: ['nato*'] },
  ]);
  const byId = new Map(archive.map((a) => [a.id, a]));
  const entries = rankHot(archive, { now }).map((item) => ({ item, article: byId.get(item.id)! }));
  const fragment = buildHotFragment(entries, {
    asOf: { datetime: '2024-06-20T21:00:00+09:00', text: '20 June 2024, 21:00' },
    urlOf: (id) => `/news/articles/${id}/`,
    sectionName: (id) => id.toUpperCase(),
  });

  it('lists what the home page lists, in its order, with links under the base path and readers’ labels', () => {
    expect(fragment.items.map((i) => [i.url, i.title, i.section, i.label])).toEqual([
      ['/news/articles/pick/', 'An editor’s pick', 'NEWS', "Editor's pick"],
      ['/news/articles/hub/', 'A connected story', 'NEWS', 'Widely connected'],
      ['/news/articles/spoke/', 'Another one', 'NEWS', 'Widely connected'],
    ]);
  });

  it('says when the list was computed', () => {
    expect(fragment.asOf).toEqual({ datetime: '2024-06-20T21:00:00+09:00', text: '20 June 2024, 21:00' });
  });
});
