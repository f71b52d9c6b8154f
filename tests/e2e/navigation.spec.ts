import { expect, test } from '@playwright/test';
import { paths } from '../../src/lib/urls.ts';
import { isPublished, publishedArticles, sourceArticles } from './content.ts';

test('a reader goes from the home page to a section and on to a story by clicking', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Sections', exact: true }).getByRole('link', { name: 'World', exact: true }).click();
  await expect(page).toHaveURL(/\/sections\/world\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('World');
  const first = page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link');
  const headline = (await first.textContent())?.trim() ?? '';
  await first.click();
  await expect(page).toHaveURL(/\/articles\/.+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
});

test('every published article in content/ has a page with its headline, and drafts have none', async ({ page }) => {
  const articles = sourceArticles();
  expect(articles.length).toBeGreaterThanOrEqual(40);
  // One page load per article: the default 30 s is a budget for one page, not for every article in content/.
  test.setTimeout(Math.max(30_000, articles.length * 2_000));
  for (const article of articles) {
    const response = await page.goto(paths.article(article.id));
    if (!isPublished(article)) {
      expect(response?.status(), `${article.id} is a draft`).toBe(404);
    } else {
      expect(response?.status(), article.id).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(article.data['title']));
    }
  }
});

test('section pages are paginated at 20 stories, and a reader reaches the older ones on page 2', async ({ page }) => {
  const world = publishedArticles().filter((a) => a.data['section'] === 'world').length;
  expect(world, 'the sample content needs more than one page of World stories').toBeGreaterThan(20);
  const headlines = () => page.getByRole('main').getByRole('article').getByRole('heading').allTextContents();
  await page.goto('/sections/world/');
  const first = await headlines();
  expect(first).toHaveLength(20);
  const pages = page.getByRole('navigation', { name: 'World pages' });
  await expect(pages).toContainText('Page 1 of 2');
  await pages.getByRole('link', { name: 'Older stories' }).click();
  await expect(page).toHaveURL(/\/sections\/world\/2\/$/);
  await expect(pages).toContainText('Page 2 of 2');
  const second = await headlines();
  expect(second).toHaveLength(world - 20);
  expect(second.filter((headline) => first.includes(headline))).toEqual([]);
  await pages.getByRole('link', { name: 'Newer stories' }).click();
  await expect(page).toHaveURL(/\/sections\/world\/$/);
});
