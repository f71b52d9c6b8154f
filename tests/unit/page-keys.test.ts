import { describe, expect, it } from 'vitest';
import { buildNewsroom, type NewsroomSettings } from '../../src/lib/newsroom/build-newsroom.ts';
import { pageSlices } from '../../src/lib/paginate.ts';
import { buildPageKeys, type PageKeySettings } from '../../src/lib/page-keys/index.ts';
import { makeSiteSettings } from '../fixtures/site-settings.ts';
import type { ArticleRecord, Entity } from '../../src/lib/types.ts';
import { makeArticle } from '../fixtures/article-record.ts';

const entity = (id: string, name: string, type: Entity['type']): Entity => ({ id, name, type, aliases: [] });
const registry = new Map(
  [entity('north-korea', 'North Korea', 'place'), entity('russia', 'Russia', 'place'), entity('iceland', 'Iceland', 'place')].map((e) => [e.id, e]),
);

function article(id: string, published: string, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  return { ...makeArticle({ id, published, section: 'world' }), ...extra };
}
const about = (...ids: string[]) => ids.map((id) => ({ id, count: 2, first: 0, salient: true }));

const archive = [
  // One developing story in a, b and c, so they link to each other.
  article('a', '2024-01-01T09:00:00Z', {
    body: 'North Korean troops and artillery shells reached the front in Kursk, officials said.',
    mentions: about('north-korea', 'russia'),
  }),
  article('b', '2024-01-02T09:00:00Z', {
    body: 'More North Korean troops arrived in Kursk with artillery, officials in Seoul said.',
    mentions: about('north-korea', 'russia'),
  }),
  article('c', '2024-01-03T09:00:00Z', {
    body: 'Officials said North Korean troops near Kursk had suffered losses to drones and artillery.',
    mentions: about('north-korea', 'russia'),
  }),
  article('sport', '2023-06-01T09:00:00Z', { section: 'sport', mentions: about('iceland') }),
];
const site = makeSiteSettings({
  sections: [
    { id: 'world', name: 'World' },
    { id: 'sport', name: 'Sport' },
  ],
});
const newsroomSettings: NewsroomSettings = {
  timeZone: 'UTC',
  sections: site.sections,
  includeDrafts: false,
  registry,
  registered: new Set(registry.keys()),
  entityPageMinArticles: 3,
  now: new Date('2024-02-01T00:00:00Z'),
};
const keySettings: PageKeySettings = { site, builtAt: new Date('2024-02-01T00:00:00Z'), sources: new Map(archive.map((a) => [a.id, `source of ${a.id}`])) };

/** The article keys of an archive, by id. */
function articleKeys(articles: ArticleRecord[], settings: Partial<PageKeySettings> = {}) {
  const keys = buildPageKeys(buildNewsroom(articles, newsroomSettings), { ...keySettings, ...settings });
  return Object.fromEntries(articles.map((a) => [a.id, keys.article(a.id)]));
}
const before = articleKeys(archive);
const changed = (after: Record<string, string>) => Object.keys(before).filter((id) => before[id] !== after[id]);
const replace = (id: string, extra: Partial<ArticleRecord>) => archive.map((a) => (a.id === id ? { ...a, ...extra } : a));

describe('article page keys', () => {
  it.each([
    ['the same content', archive, []],
    ['a retitled article: its page, the pages linking to it, and its neighbours', replace('b', { title: 'New title' }), ['a', 'b', 'c']],
    [
      'an older article in another section',
      [...archive, article('sport-2', '2023-05-01T09:00:00Z', { section: 'sport', mentions: about('iceland') })],
      ['sport'],
    ],
    ['a new article in the same section: only the one it follows', [...archive, article('d', '2024-01-04T09:00:00Z', { mentions: about('iceland') })], ['c']],
  ])('with %s, change only for the pages that show the change', (_label, articles, expected) => {
    expect(changed(articleKeys(articles))).toEqual(expected);
  });

  it('change for every page when the site settings or the footer year change, and not for a later time the same year', () => {
    expect(changed(articleKeys(archive, { site: { ...site, name: 'Other' } }))).toEqual(Object.keys(before));
    expect(changed(articleKeys(archive, { builtAt: new Date('2025-01-01T00:00:00Z') }))).toEqual(Object.keys(before));
    expect(changed(articleKeys(archive, { builtAt: new Date('2024-12-31T23:00:00Z') }))).toEqual([]);
  });

  it('change when what the content layer made of a file changes: its page and the pages that link to it', () => {
    expect(changed(articleKeys(archive, { sources: new Map([...keySettings.sources, ['sport', 'edited source']]) }))).toEqual(['sport']);
    expect(changed(articleKeys(archive, { sources: new Map([...keySettings.sources, ['c', 'edited source']]) }))).toEqual(['a', 'b', 'c']);
  });

  it('change for the members of a story an article joins', () => {
    const joined = archive.map((a) => (a.id === 'a' || a.id === 'c' ? { ...a, story: 'talks' } : a));
    expect(changed(articleKeys(joined))).toEqual(expect.arrayContaining(['a', 'c']));
  });
});

describe('list page keys', () => {
  const keys = buildPageKeys(buildNewsroom(archive, newsroomSettings), keySettings);
  const newsroom = buildNewsroom(archive, newsroomSettings);
  const northKorea = newsroom.entityIndex.entities.get('north-korea')!;

  it('change for an entity page when a story about the entity is added, not for other entities', () => {
    const added = [...archive, article('d', '2024-01-04T09:00:00Z', { mentions: about('north-korea') })];
    const newKeys = buildPageKeys(buildNewsroom(added, newsroomSettings), keySettings);
    const after = buildNewsroom(added, newsroomSettings);
    const page = (k: typeof keys, n: typeof newsroom, id: string) =>
      k.entity(n.entityIndex.entities.get(id)!, pageSlices(n.entityIndex.articlesOf.get(id) ?? [], 20)[0]!);
    expect(page(newKeys, after, 'north-korea')).not.toBe(page(keys, newsroom, 'north-korea'));
    expect(page(newKeys, after, 'iceland')).toBe(page(keys, newsroom, 'iceland'));
  });

  it('change for a section page when one of its stories is retitled', () => {
    const retitled = buildNewsroom(replace('a', { title: 'New title' }), newsroomSettings);
    const slice = (n: typeof newsroom) => pageSlices(n.bySection.get('world') ?? [], 20)[0]!;
    expect(buildPageKeys(retitled, keySettings).section(site.sections[0]!, slice(retitled))).not.toBe(keys.section(site.sections[0]!, slice(newsroom)));
  });

  it('tell two entities apart', () => {
    const slices = pageSlices(newsroom.entityIndex.articlesOf.get('north-korea') ?? [], 20);
    expect(keys.entity(northKorea, slices[0]!)).not.toBe(keys.entity(newsroom.entityIndex.entities.get('russia')!, slices[0]!));
  });
});
