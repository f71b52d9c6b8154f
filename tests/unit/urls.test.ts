import { describe, expect, it } from 'vitest';
import { absoluteUrl, parseSitePath, paths, withBase, withoutBase, type SiteRoute } from '../../src/lib/urls.ts';

describe('parseSitePath reads back every path `paths` builds', () => {
  it.each<[string, SiteRoute]>([
    [paths.home(), { page: 'home' }],
    [paths.article('2024/06/summit-opens'), { page: 'article', id: '2024/06/summit-opens' }],
    [paths.section('world'), { page: 'section', id: 'world', number: 1 }],
    [paths.section('world', 2), { page: 'section', id: 'world', number: 2 }],
    [paths.section('world', 12), { page: 'section', id: 'world', number: 12 }],
    [paths.sectionFeed('world'), { page: 'sectionFeed', id: 'world' }],
    [paths.sectionCard('world'), { page: 'sectionCard', id: 'world' }],
    [paths.entities(), { page: 'entities' }],
    [paths.entity('north-korea'), { page: 'entity', id: 'north-korea', number: 1 }],
    [paths.entity('north-korea', 3), { page: 'entity', id: 'north-korea', number: 3 }],
    [paths.entity('g7'), { page: 'entity', id: 'g7', number: 1 }],
    [paths.entity('북한'), { page: 'entity', id: '북한', number: 1 }],
    [paths.entityFeed('north-korea'), { page: 'entityFeed', id: 'north-korea' }],
    [paths.timeline(), { page: 'timeline' }],
    [paths.timelineMonth('2024-06'), { page: 'timelineMonth', month: '2024-06' }],
    [paths.stories(), { page: 'stories' }],
    [paths.story('north-korea-russia'), { page: 'story', id: 'north-korea-russia' }],
    [paths.search(), { page: 'search' }],
    [paths.feed(), { page: 'feed' }],
    [paths.jsonFeed(), { page: 'jsonFeed' }],
    [paths.newsSitemap(), { page: 'newsSitemap' }],
    [paths.sitemapIndex(), { page: 'sitemapIndex' }],
    [paths.robots(), { page: 'robots' }],
    [paths.notFound(), { page: 'notFound' }],
    [paths.hotList(), { page: 'hotList' }],
    [paths.shareImage('2024/06/summit-opens'), { page: 'shareImage', articleId: '2024/06/summit-opens' }],
  ])('%s', (path, route) => {
    expect(parseSitePath(path)).toEqual(route);
  });
});

describe('parseSitePath names no page for a path `paths` never builds', () => {
  it.each([
    ['/articles/', 'an article without an id'],
    ['/sections/world/1/', 'page 1 under a number (page 1 has none)'],
    ['/sections/world/02/', 'a page number with a leading zero'],
    ['/sections/world/archive/', 'a section sub-page that does not exist'],
    ['/entities/g7/card.png', 'an entity card (only sections have cards)'],
    ['/stories/a/b/', 'a story id with a slash'],
    ['/timeline/2024/6/', 'a month of one digit'],
    ['/favicon.svg', 'a public file'],
    ['/no-such-page/', 'anything else'],
  ])('%s (%s)', (path) => {
    expect(parseSitePath(path)).toBeUndefined();
  });
});

describe('base path', () => {
  it.each([
    { basePath: '/', path: '/articles/x/', expected: '/articles/x/' },
    { basePath: '/news/', path: '/articles/x/', expected: '/news/articles/x/' },
    { basePath: '/news/', path: 'articles/x/index.html', expected: '/news/articles/x/index.html' },
    { basePath: '/news/', path: '/', expected: '/news/' },
    { basePath: '/news/', path: '', expected: '/news/' },
  ])('withBase puts $path under $basePath as $expected', ({ basePath, path, expected }) => {
    expect(withBase(basePath, path)).toBe(expected);
  });

  it.each([
    { basePath: '/', path: '/articles/x/', expected: '/articles/x/' },
    { basePath: '/news/', path: '/news/articles/x/', expected: '/articles/x/' },
    { basePath: '/news/', path: '/news/', expected: '/' },
    { basePath: '/news/', path: '/news', expected: '/' },
    { basePath: '/news/', path: '/newsroom/x/', expected: undefined },
    { basePath: '/news/', path: '/articles/x/', expected: undefined },
    { basePath: '/', path: 'articles/x/', expected: undefined },
  ])('withoutBase reads $path under $basePath as $expected', ({ basePath, path, expected }) => {
    expect(withoutBase(basePath, path)).toBe(expected);
  });

  it.each(['/', '/news/', '/a/b/'])('withoutBase undoes withBase under %s', (basePath) => {
    for (const path of [paths.home(), paths.article('2024/06/x'), paths.entityFeed('g7')]) expect(withoutBase(basePath, withBase(basePath, path))).toBe(path);
  });

  it('absoluteUrl joins the origin, the base path and the path', () => {
    expect(absoluteUrl('https://news.example.org/', '/news/', paths.story('x'))).toBe('https://news.example.org/news/stories/x/');
  });
});
