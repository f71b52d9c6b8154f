import { expect, test } from '@playwright/test';
import { paths } from '../../src/lib/urls.ts';
import { articleWith } from './content.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the home page, a section and an article can be read', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Sections', exact: true }).getByRole('link', { name: 'Politics', exact: true }).click();
    await page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const paragraphs = page.locator('main .prose p');
    expect(await paragraphs.count()).toBeGreaterThan(1);
    await expect(paragraphs.nth(1)).toBeVisible();
    // Controls that need a script are not offered when none runs.
    await expect(page.getByRole('button', { name: /theme/i })).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Your reaction' })).toBeHidden();
  });
});

test('the theme toggle switches theme and the choice survives a reload without a flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: /theme/i });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBg).not.toBe(lightBg);
  await page.reload();
  // Before any module script runs, the inline boot script has already applied the saved theme.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: /theme/i })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBg);
});

test('the dark theme follows the system setting when the reader has not chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: /theme/i })).toHaveAttribute('aria-pressed', 'true');
});

test('a reaction is kept across reloads and can be changed', async ({ page }) => {
  const article = articleWith('summary');
  await page.goto(paths.article(article.id));
  const group = page.getByRole('group', { name: 'Your reaction' });
  await group.getByRole('button', { name: 'Sad' }).click();
  await expect(group.getByRole('button', { name: 'Sad' })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(group.getByRole('button', { name: 'Sad' })).toHaveAttribute('aria-pressed', 'true');
  await group.getByRole('button', { name: 'Recommend' }).click();
  await page.reload();
  await expect(group.getByRole('button', { name: 'Recommend' })).toHaveAttribute('aria-pressed', 'true');
  await expect(group.getByRole('button', { name: 'Sad' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByText(/\d+ (reactions|votes)/)).toHaveCount(0);
});

test('a missing page answers 404 with a way back to the news', async ({ page }) => {
  const response = await page.goto(paths.article('no-such-story'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("We can't find that page");
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Science' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Science');
});
