import { XMLParser } from 'fast-xml-parser';
import { expect, test } from '@playwright/test';
import { DAY_MS } from '../../src/lib/time/durations.ts';
import { publishedArticles } from './content.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
/** Parses a feed or sitemap as the shape this test expects of it (the parser itself returns `any`). */
const parseXml = <T>(xml: string): T => parser.parse(xml) as T;
const published = () =>
  publishedArticles().map((a) => ({ id: a.id, title: String(a.data['title']), section: (a.data['section'] as string | undefined) ?? 'news' }));

interface RssItem {
  title: string;
  link: string;
  guid: { '#text': string } | string;
  pubDate: string;
  description: string;
  category: string | string[];
  'content:encoded'?: string;
  'dc:creator'?: string | string[];
}

interface Rss {
  rss: { channel: { 'atom:link': { '@rel': string; '@href': string }; item?: RssItem | RssItem[] } };
}

interface JsonFeed {
  version: string;
  items: { url: string; date_published: string; content_text: string; content_html?: string }[];
}

interface NewsUrl {
  loc: string;
  'news:news': { 'news:publication_date': string; 'news:title': string; 'news:publication': { 'news:name': string; 'news:language': string } };
}

test('the main RSS feed lists the newest 50 stories, newest first, with every field a reader needs and the newest 20 in full', async ({ request }) => {
  const xml = await (await request.get('/rss.xml')).text();
  const { rss } = parseXml<Rss>(xml);
  expect(rss.channel['atom:link']['@rel']).toBe('self');
  // The site's own feed, absolute, under the base path dist/ was built for (CI tests the GitHub Pages build).
  const base = (process.env['E2E_BASE_PATH'] || '/').replace(/^\/*/, '/').replace(/\/*$/, '/');
  expect(rss.channel['atom:link']['@href']).toMatch(new RegExp(`^https?://[^/]+${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}rss\\.xml$`));
  const items = asArray<RssItem>(rss.channel.item);
  expect(items.length).toBe(Math.min(50, published().length));
  const dates = items.map((i) => new Date(i.pubDate).getTime());
  for (const d of dates) expect(Number.isNaN(d)).toBe(false);
  expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  const titles = new Set(published().map((a) => a.title));
  for (const [index, item] of items.entries()) {
    expect(titles.has(item.title), item.title).toBe(true);
    expect(item.link).toMatch(/^https?:\/\/.+\/articles\/.+\/$/);
    expect(typeof item.guid === 'string' ? item.guid : item.guid['#text']).toBe(item.link);
    expect(item.description.length).toBeGreaterThan(10);
    expect(asArray(item.category).length).toBeGreaterThanOrEqual(1);
    if (index >= 20) {
      expect(item['content:encoded'], item.title).toBeUndefined();
      continue;
    }
    expect(item['content:encoded']).toMatch(/<p>/);
    // Links inside the full text are absolute, so they work in a feed reader.
    for (const [, url] of (item['content:encoded'] ?? '').matchAll(/(?:href|src)="([^"]+)"/g)) expect(url).toMatch(/^(https?:|mailto:|#)/);
  }
  expect(items.some((i) => i['dc:creator'])).toBe(true);
});

test('each section feed holds only that section, as summaries', async ({ request }) => {
  const world = published().filter((a) => a.section === 'world');
  const { rss } = parseXml<Rss>(await (await request.get('/sections/world/rss.xml')).text());
  const items = asArray<RssItem>(rss.channel.item);
  expect(items.length).toBe(Math.min(50, world.length));
  for (const item of items) {
    expect(asArray(item.category)).toContain('World');
    expect(item.description.length).toBeGreaterThan(10);
    expect(item['content:encoded']).toBeUndefined();
  }
});

test("an entity feed holds that entity's newest 10 stories, as summaries", async ({ request }) => {
  const page = await (await request.get('/entities/united-states/')).text();
  const total = Number(/data-article-count>(\d+)/.exec(page)?.[1]);
  expect(total).toBeGreaterThan(20);
  const { rss } = parseXml<Rss>(await (await request.get('/entities/united-states/rss.xml')).text());
  const items = asArray<RssItem>(rss.channel.item);
  expect(items.length).toBe(10);
  for (const item of items) {
    expect(asArray(item.category)).toContain('United States');
    expect(item['content:encoded']).toBeUndefined();
  }
  const dates = items.map((i) => Date.parse(i.pubDate));
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
});

test('the JSON Feed is valid 1.1 with absolute URLs and summaries', async ({ request }) => {
  const feed = (await (await request.get('/feed.json')).json()) as JsonFeed;
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed.items.length).toBe(Math.min(50, published().length));
  for (const item of feed.items) {
    expect(item.url).toMatch(/^https?:\/\//);
    expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
    expect(item.content_text.length).toBeGreaterThan(10);
    expect(item.content_html).toBeUndefined();
  }
});

test('the Google News sitemap lists the two days up to the newest story', async ({ request }) => {
  const map = parseXml<{ urlset: { url?: NewsUrl | NewsUrl[] } }>(await (await request.get('/news-sitemap.xml')).text()).urlset;
  const urls = asArray(map.url);
  expect(urls.length).toBeGreaterThan(0);
  const dates = urls.map((u) => Date.parse(u['news:news']['news:publication_date']));
  const newest = Math.max(...dates);
  for (const d of dates) expect(newest - d).toBeLessThanOrEqual(2 * DAY_MS);
  expect(urls[0]?.['news:news']['news:publication']['news:name']).toBe('Dateline');
});

test('the sitemap index and robots.txt point at every page and both sitemaps', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
  expect(robots).toMatch(/Sitemap: https?:\/\/.+\/news-sitemap\.xml/);
  type Loc = { loc: string; lastmod?: string };
  const index = parseXml<{ sitemapindex: { sitemap?: Loc | Loc[] } }>(await (await request.get('/sitemap-index.xml')).text());
  const first = new URL(asArray(index.sitemapindex.sitemap)[0]!.loc).pathname;
  const map = parseXml<{ urlset: { url?: Loc | Loc[] } }>(await (await request.get(first)).text());
  const urls = asArray(map.urlset.url);
  const articleUrls = urls.filter((u) => u.loc.includes('/articles/'));
  expect(articleUrls.length).toBe(published().length);
  for (const u of articleUrls) expect(Number.isNaN(Date.parse(u.lastmod ?? ''))).toBe(false);
});

test('pages with a feed announce it in the head', async ({ page }) => {
  await page.goto('/sections/science/');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"][href$="/sections/science/rss.xml"]')).toHaveCount(1);
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"][href$="/rss.xml"]').first()).toBeAttached();
});
