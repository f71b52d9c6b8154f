import { describe, expect, it } from 'vitest';
import { buildNewsroom, type NewsroomSettings } from '../../src/lib/newsroom/build-newsroom.ts';
import { selectEntityPages } from '../../src/lib/newsroom/entity-pages.ts';
import type { ArticleRecord, Entity } from '../../src/lib/types.ts';
import { makeArticle } from '../fixtures/article-record.ts';

describe('selectEntityPages', () => {
  const registered = new Set(['north-korea', 'g7']);
  it.each([
    { name: 'a registered entity named by one article gets a page', id: 'north-korea', count: 1, page: true },
    { name: 'a registered entity no published article names gets no (empty) page', id: 'g7', count: 0, page: false },
    { name: 'an unregistered name in two articles stays a plain tag', id: 'jane-doe', count: 2, page: false },
    { name: 'an unregistered name in three articles gets a page', id: 'jane-doe', count: 3, page: true },
  ])('$name', ({ id, count, page }) => {
    expect(selectEntityPages([[id, count]], registered, 3).has(id)).toBe(page);
  });

  it('follows the site setting for unregistered names', () => {
    expect(selectEntityPages([['jane-doe', 2]], registered, 2).has('jane-doe')).toBe(true);
    expect(selectEntityPages([['jane-doe', 4]], registered, 5).has('jane-doe')).toBe(false);
  });
});

const entity = (id: string, name: string, type: Entity['type']): Entity => ({ id, name, type, aliases: [] });
const article = (id: string, day: number, mentions: string[], extra: Partial<ArticleRecord> = {}): ArticleRecord => ({
  ...makeArticle({
    id,
    summary: `${id} summary`,
    body: `${id} body`,
    published: new Date(Date.UTC(2024, 0, day, 9)),
    section: 'world',
    mentions: mentions.map((m) => ({ id: m, count: 1, first: 0, salient: true })),
  }),
  ...extra,
});

describe('entity pages in the newsroom index', () => {
  // Chad is in the gazetteer; Jane Doe is a name detection found; "Energy policy" is a tag topic.
  const registry = new Map(
    [
      entity('chad', 'Chad', 'place'),
      entity('jane-doe', 'Jane Doe', 'person'),
      entity('energy-policy', 'Energy policy', 'topic'),
      entity('ann-roe', 'Ann Roe', 'person'),
    ].map((e) => [e.id, e]),
  );
  const settings: NewsroomSettings = {
    timeZone: 'UTC',
    sections: [{ id: 'world', name: 'World' }],
    includeDrafts: false,
    registry,
    registered: new Set(['chad']),
    entityPageMinArticles: 3,
    now: new Date('2024-02-01T00:00:00Z'),
  };
  const newsroom = buildNewsroom(
    [
      article('a', 1, ['chad', 'jane-doe', 'ann-roe', 'energy-policy']),
      article('b', 2, ['jane-doe', 'ann-roe', 'chad']),
      article('c', 3, ['jane-doe']),
      article('d', 4, ['ann-roe'], { draft: true }),
    ],
    settings,
  );

  it('gives pages to the registered entity and the name in three articles, not to the rest', () => {
    expect([...newsroom.entityIndex.pages].sort()).toEqual(['chad', 'jane-doe']);
  });

  it('keeps names without a page as tags of their articles', () => {
    expect(
      newsroom.entityIndex.tagsOf
        .get('a')
        ?.map((t) => t.entity.id)
        .sort(),
    ).toEqual(['ann-roe', 'chad', 'energy-policy', 'jane-doe']);
  });

  it('lists only entities with a page in the directory and among companions', () => {
    expect(newsroom.entityDirectory.flatMap((g) => g.entries.map((e) => e.entity.id)).sort()).toEqual(['chad', 'jane-doe']);
    expect(newsroom.entityIndex.companions.get('jane-doe')?.map((c) => c.entity.id)).toEqual(['chad']);
  });
});
