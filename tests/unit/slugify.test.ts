import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { articleIdOf } from '../../src/content/article-id.ts';
import { entityOf } from '../../src/content/entity-files.ts';
import { buildRegistry, listEntityIds } from '../../src/lib/entities/index';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import { slugify } from '../../src/lib/slugify';

describe('slugify keeps the letters of every script', () => {
  it.each([
    ['북한', '북한'],
    ['북한 미사일', '북한-미사일'],
    ['Москва', 'москва'],
    ['Йошкар-Ола', 'йошкар-ола'],
    ['Ελλάδα', 'ελλάδα'],
    ['北京', '北京'],
    ['ｶﾞﾝﾀﾞﾑ', 'ガンダム'],
    ['كوريا الشمالية', 'كوريا-الشمالية'],
    ['हिन्दी', 'हिन्दी'],
    // Latin still folds to ASCII, as URLs always had it.
    ['Côte d’Ivoire', 'cote-divoire'],
    ['İstanbul', 'istanbul'],
    ['Việt Nam', 'viet-nam'],
    ['Łódź', 'lodz'],
    // Decomposed Hangul (as some Mac tools save it) gives the same id as composed Hangul.
    ['\u1107\u116e\u11a8\u1112\u1161\u11ab', '북한'],
  ])('slugs %s as %s', (input, slug) => {
    expect(slugify(input)).toBe(slug);
    expect(slug.normalize('NFC')).toBe(slug);
  });

  it.each(['🔥', '---', '!!!', '\u000b'])('gives no id to %j, which has no letter or digit', (input) => {
    expect(slugify(input)).toBe('');
  });
});

describe('a Korean newsroom’s tags', () => {
  it('become topic entities with their own ids', () => {
    const registry = buildRegistry({ tags: ['북한', 'Москва'], gazetteer: false });
    expect(registry.entities.get('북한')).toMatchObject({ id: '북한', name: '북한', type: 'topic' });
    expect(registry.entities.get('москва')).toMatchObject({ name: 'Москва' });
    expect(listEntityIds({ tags: ['북한'], gazetteer: false })).toEqual(new Set(['북한']));
  });

  it('may be registered with an entity file named after the id', () => {
    expect(entityOf(articleIdOf('북한.md'), { name: '북한', type: 'place', aliases: [] }, 'Democratic People’s Republic of Korea.')).toMatchObject({
      id: '북한',
    });
  });

  it('are known to the check, which reports only a tag that gives no id', () => {
    const text =
      '---\ntitle: 북한, 동해상으로 탄도미사일 발사\npublished: 2024-06-19T10:00:00+09:00\ntags: [북한, "🔥"]\nentities: [북한]\n---\n\n합동참모본부가 밝혔다.\n';
    const path = 'content/articles/2024/06/missile.md';
    const report = checkContent({
      articles: [{ path: '2024/06/missile.md', file: path, frontmatter: readFrontmatter(text, path) }],
      entities: [],
      settings: { timeZone: 'Asia/Seoul', sectionIds: ['news'], basePath: '/', siteUrl: 'https://news.example.org' },
      now: new Date('2024-07-01T00:00:00Z'),
      file: () => undefined,
      gazetteer: false,
    });
    expect(report.problems).toEqual([expect.objectContaining({ severity: 'warning', code: 'tag-without-id', file: path, line: 4, field: 'tags' })]);
    expect(report.problems[0]?.message).toContain('"🔥"');
  });
});
