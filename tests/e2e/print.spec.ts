import { expect, test } from '@playwright/test';
import { paths } from '../../src/lib/urls.ts';
import { articleWith } from './content.ts';

// Printing an article (issue 8): the story, its dateline, byline and dates on paper; the screen's
// navigation, search, reactions, related lists and footer left out; off-site link addresses shown.

test('a printed article keeps headline, dateline, byline and dates and leaves out navigation, search, reactions, related stories and footer', async ({
  page,
}) => {
  const article = articleWith('authors', 'dateline');
  await page.goto(paths.article(article.id));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-dateline]')).toBeVisible();
  await expect(page.locator('[data-byline]')).toBeVisible();
  await expect(page.locator('article header time[datetime]').first()).toBeVisible();
  await expect(page.locator('main article .prose p').nth(1)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections', exact: true })).toBeHidden();
  await expect(page.getByRole('search').first()).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('heading', { name: /related/i })).toBeHidden();
  await expect(page.locator('[data-reactions]')).toBeHidden();
  await expect(page.getByRole('region', { name: 'Share this story' })).toBeHidden();
  for (const link of await page.locator('main a:visible').all()) {
    // Whatever stays visible on paper is part of the story, not a way around the site.
    expect(await link.evaluate((a) => a.closest('article .prose, article header') !== null), await link.evaluate((a) => a.outerHTML)).toBe(true);
  }
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('navigation', { name: 'Sections', exact: true })).toBeVisible();
});

test('a printed article shows the address of an off-site link after its text, but not of entity links', async ({ page }) => {
  const article = articleWith('title');
  await page.goto(paths.article(article.id));
  // Sample articles link only to entity pages, so add an off-site link as an editor's Markdown would render it.
  await page
    .locator('main article .prose p')
    .nth(1)
    .evaluate((p) => {
      const a = document.createElement('a');
      a.href = 'https://example.org/report.pdf';
      a.textContent = 'the full report';
      p.append(' See ', a, '.');
    });
  const after = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(await after('main article .prose a[href^="https://example.org"]')).toBe('none');
  await page.emulateMedia({ media: 'print' });
  expect(await after('main article .prose a[href^="https://example.org"]')).toMatch(/^" \(" attr\(href\) "\)"$|https:\/\/example\.org\/report\.pdf/);
  expect(await page.locator('main article .prose a.entity-link').count(), `${article.id} links an entity`).toBeGreaterThan(0);
  expect(await after('main article .prose a.entity-link')).toBe('none');
});

test('a printed article is black on white even when the reader chose the dark theme', async ({ page }) => {
  const article = articleWith('title');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(paths.article(article.id));
  await page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
  const colours = () => page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.documentElement).backgroundColor]);
  expect(await colours()).not.toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await colours()).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
});
