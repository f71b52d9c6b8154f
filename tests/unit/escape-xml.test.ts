import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, stripNonXmlChars } from '../../src/lib/feeds/escape-xml.ts';
import { buildFeedItem, rssCreators, withFullText } from '../../src/lib/feeds/feed-items.ts';
import { buildNewsSitemap } from '../../src/lib/feeds/news-sitemap.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import type { ArticleRecord } from '../../src/lib/types.ts';
import { readFixture } from '../fixtures/hostile/throwaway-site.ts';
import { makeArticle } from '../fixtures/article-record.ts';

/** XML 1.0's Char production: anything outside it makes the document ill-formed, escaped or not (the browser tests parse the built feeds strictly). */
const ONLY_XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('stripNonXmlChars', () => {
  it.each([
    ['NUL to backspace', 'a\u0000\u0001\u0007\u0008b', 'ab'],
    ['vertical tab and form feed', 'a\u000Bb\u000Cc', 'abc'],
    ['shift-out to unit separator', 'a\u000E\u001Fb', 'ab'],
    ['the non-characters U+FFFE and U+FFFF', 'a\uFFFE\uFFFFb', 'ab'],
    ['a lone high surrogate', 'a\uD800b', 'ab'],
    ['a lone low surrogate', 'a\uDC00b', 'ab'],
  ])('removes %s', (_name, input, expected) => {
    expect(stripNonXmlChars(input)).toBe(expected);
  });

  it.each([
    ['tab, line feed and carriage return', 'a\tb\nc\rd'],
    ['an emoji (a surrogate pair)', 'fire 🔥'],
    ['Hangul, Arabic and right-to-left marks', '북한 مرحبا \u202E\u200F'],
    ['C1 controls and U+FFFD, which XML 1.0 allows', '\u0085\u009F\uFFFD'],
  ])('keeps %s', (_name, input) => {
    expect(stripNonXmlChars(input)).toBe(input);
  });
});

describe('escapeXml', () => {
  it('escapes markup and drops forbidden characters in one pass', () => {
    expect(escapeXml('<b>"Tom & Jerry"</b>\u000B')).toBe('&lt;b&gt;&quot;Tom &amp; Jerry&quot;&lt;/b&gt;');
  });
});

describe('feeds and sitemaps from the hostile control-characters.md fixture', () => {
  const { data, body } = readFrontmatter(readFixture('control-characters.md').toString('utf8'), 'control-characters.md');
  const article: ArticleRecord = {
    ...makeArticle({
      id: '2024/06/control-characters',
      title: String(data['title']),
      summary: String(data['summary']),
      body,
      published: String(data['published']),
      authors: data['authors'] as string[],
    }),
    section: 'politics',
  };
  const summaryItem = buildFeedItem(article, {
    urlOf: (a) => `https://news.example.org/articles/${a.id}/`,
    categoriesOf: () => ['Politics', 'Budget\u000Bvote'],
    imageOf: () => undefined,
  });
  const item = withFullText(summaryItem, `<p>${body.trim()}</p>`);

  it('holds every forbidden kind of character before the build (so the test can fail)', () => {
    for (const text of [article.title, article.summary, body, ...(data['authors'] as string[])]) expect(text).not.toMatch(ONLY_XML_CHARS);
    expect(article.title).toContain('\uD800');
  });

  it('gives feed items with only XML characters and the words intact', () => {
    for (const text of [item.title, item.summary, item.html, ...item.authors, ...item.categories]) expect(text).toMatch(ONLY_XML_CHARS);
    expect(item.title).toBe('Budgetvote delayed again after walkout');
    expect(item.authors).toEqual(['Min Park']);
  });

  it('builds an RSS document that is well-formed XML', async () => {
    const xml = await getRssString({
      title: 'Dateline',
      description: 'News',
      site: 'https://news.example.org/',
      xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
      items: [
        {
          title: item.title,
          link: item.url,
          pubDate: item.published,
          description: item.summary,
          categories: item.categories,
          content: item.html,
          customData: rssCreators(item),
        },
      ],
    });
    expect(xml).toMatch(ONLY_XML_CHARS);
    const feed = new XMLParser().parse(xml) as { rss: { channel: { item: { title: string } } } };
    expect(feed.rss.channel.item.title).toBe('Budgetvote delayed again after walkout');
  });

  it('builds a news sitemap that is well-formed XML', () => {
    const xml = buildNewsSitemap([article], { urlOf: (a) => `https://news.example.org/articles/${a.id}/`, publication: 'Dateline\u0001', language: 'en' });
    expect(xml).toMatch(ONLY_XML_CHARS);
    const sitemap = new XMLParser().parse(xml) as { urlset: { url: { 'news:news': { 'news:title': string } } } };
    expect(sitemap.urlset.url['news:news']['news:title']).toBe('Budgetvote delayed again after walkout');
  });
});
