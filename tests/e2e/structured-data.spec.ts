import { expect, test, type Page } from '@playwright/test';
import { paths } from '../../src/lib/urls.ts';
import { articleWith } from './content.ts';

async function jsonLd(page: Page): Promise<Array<Record<string, unknown>>> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
}
const ofType = (data: Array<Record<string, unknown>>, type: string) => data.find((d) => d['@type'] === type);

test('home page: WebSite with a SearchAction that points at the search page', async ({ page }) => {
  await page.goto('/');
  const site = ofType(await jsonLd(page), 'WebSite');
  expect(site).toMatchObject({ name: 'Dateline', potentialAction: { '@type': 'SearchAction', 'query-input': 'required name=search_term_string' } });
  expect(String((site?.['potentialAction'] as { target: { urlTemplate: string } }).target.urlTemplate)).toMatch(/\/search\/\?q=\{search_term_string\}$/);
});

test('article page: NewsArticle with required properties', async ({ page }) => {
  const article = articleWith('summary');
  await page.goto(paths.article(article.id));
  const news = ofType(await jsonLd(page), 'NewsArticle');
  for (const key of ['headline', 'datePublished', 'dateModified', 'author', 'publisher', 'mainEntityOfPage', 'description'])
    expect(news, key).toHaveProperty(key);
  const crumbs = ofType(await jsonLd(page), 'BreadcrumbList') as { itemListElement: Array<{ name: string }> };
  expect(crumbs.itemListElement.map((c) => c.name).at(-1)).toBe(String(article.data['title']));
});

test('section page: CollectionPage and BreadcrumbList', async ({ page }) => {
  await page.goto('/sections/world/');
  const data = await jsonLd(page);
  expect(ofType(data, 'CollectionPage')).toMatchObject({ name: expect.stringContaining('World') });
  const crumbs = ofType(data, 'BreadcrumbList') as { itemListElement: Array<{ position: number; name: string; item: string }> };
  expect(crumbs.itemListElement.map((c) => c.name)).toEqual(['Dateline', 'World']);
  for (const c of crumbs.itemListElement) expect(c.item).toMatch(/^https?:\/\//);
});

test('timeline and entity index pages: CollectionPage', async ({ page }) => {
  for (const path of ['/timeline/', '/entities/', '/entities/north-korea/', '/stories/north-korea-russia/']) {
    await page.goto(path);
    expect(ofType(await jsonLd(page), 'CollectionPage'), path).toBeDefined();
  }
});
