import { expect, test } from '@playwright/test';
import { paths } from '../../src/lib/urls.ts';
import { articleWith, publishedArticles } from './content.ts';

test('an article shows headline, byline, dateline, both times and valid NewsArticle JSON-LD', async ({ page }) => {
  const article = articleWith('authors', 'dateline', 'source', 'updated', 'summary');
  await page.goto(paths.article(article.id));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(article.data['title']));
  const authors = article.data['authors'] as string[];
  await expect(page.locator('[data-byline]')).toContainText(authors[0] ?? '');
  const dateline = String(article.data['dateline']).toUpperCase();
  await expect(page.locator('[data-dateline]')).toHaveText(`${dateline} (${String(article.data['source'])}) —`);
  const times = page.locator('header time[datetime]');
  await expect(times).toHaveCount(2);
  for (const datetime of await times.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime') ?? ''))) {
    expect(datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
  }
  const published = new Date((await times.first().getAttribute('datetime')) ?? '');
  const updated = new Date((await times.nth(1).getAttribute('datetime')) ?? '');
  expect(updated.getTime()).toBeGreaterThanOrEqual(published.getTime());

  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
  const news = data.find((d) => d['@type'] === 'NewsArticle');
  expect(news).toBeDefined();
  expect(news).toMatchObject({ headline: String(article.data['title']).slice(0, 110), locationCreated: { name: String(article.data['dateline']) } });
  expect(new Date(String(news?.['datePublished'])).getTime()).toBe(published.getTime());
  expect(new Date(String(news?.['dateModified'])).getTime()).toBe(updated.getTime());
  expect((news?.['author'] as Array<{ name: string }>).map((a) => a.name)).toEqual(authors);
  expect(news?.['publisher']).toMatchObject({ name: 'Dateline' });
});

test('an article with an image shows it with alt text, caption and credit', async ({ page }) => {
  type Image = { alt: string; caption?: string; credit?: string };
  const article = publishedArticles().find((a) => (a.data['image'] as Image | undefined)?.caption && (a.data['image'] as Image).credit);
  if (!article) throw new Error('no published article in content/ has an image with a caption and a credit');
  const image = article.data['image'] as Required<Image>;
  await page.goto(paths.article(article.id));
  const img = page.getByRole('img', { name: image.alt });
  await expect(img).toBeVisible();
  expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await expect(page.locator('figcaption')).toContainText(image.caption);
  await expect(page.locator('figcaption')).toContainText(image.credit);
});

test('the head carries canonical, description, Open Graph and Twitter tags', async ({ page }) => {
  const article = articleWith('summary');
  await page.goto(paths.article(article.id));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${paths.article(article.id)}$`));
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', String(article.data['summary']));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', String(article.data['title']));
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', /summary/);
});

test('previous and next links stay within the section', async ({ page }) => {
  await page.goto('/sections/world/');
  await page.getByRole('main').getByRole('article').nth(1).getByRole('heading').getByRole('link').click();
  const nav = page.getByRole('navigation', { name: 'More in World' });
  await expect(nav.getByRole('link')).toHaveCount(2);
  await nav.locator('a[rel="next"]').click();
  await expect(page.locator('main header').getByRole('link', { name: 'World' })).toBeVisible();
});
