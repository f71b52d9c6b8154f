import { expect, test } from '@playwright/test';

const BASE = 'http://127.0.0.1:4322/news/';

test('under BASE_PATH=/news/ every internal link, asset and canonical URL carries the base path', async ({ page }) => {
  await page.goto(BASE);
  const internal = await page
    .locator('a[href^="/"], link[href^="/"], script[src^="/"], img[src^="/"]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href') ?? n.getAttribute('src') ?? ''));
  expect(internal.length).toBeGreaterThan(10);
  for (const url of internal) expect(url, url).toMatch(/^\/news\//);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/news\/$/);

  await page.getByRole('navigation', { name: 'Sections', exact: true }).getByRole('link', { name: 'World', exact: true }).click();
  await expect(page).toHaveURL(`${BASE}sections/world/`);
  await page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link').click();
  await expect(page).toHaveURL(/\/news\/articles\/.+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const stylesheets = await page.locator('link[rel="stylesheet"]').evaluateAll((n) => n.map((l) => (l as HTMLLinkElement).href));
  for (const sheet of stylesheets) expect((await page.request.get(sheet)).status(), sheet).toBe(200);
});
