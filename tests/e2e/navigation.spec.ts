import { expect, test } from '@playwright/test';
import { isPublished, sourceArticles } from './content.ts';

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
  for (const article of articles) {
    const response = await page.goto(`/articles/${article.id}/`);
    if (!isPublished(article)) {
      expect(response?.status(), `${article.id} is a draft`).toBe(404);
    } else {
      expect(response?.status(), article.id).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(article.data['title']));
    }
  }
});

test('section pages are paginated at 20 stories', async ({ page }) => {
  await page.goto('/sections/world/');
  const count = await page.getByRole('main').getByRole('article').count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(20);
});
