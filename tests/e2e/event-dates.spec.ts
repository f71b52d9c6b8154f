import { expect, test } from '@playwright/test';
import { paths } from '../../src/lib/urls.ts';
import { publishedArticles } from './content.ts';

// Dates written in an article ("on the 3rd") show the date they mean: on hover, on keyboard
// focus and on paper, whether or not the article belongs to a story.

/** A published article in no story whose body names a day of the month alone. */
function articleWithBareDay() {
  const found = publishedArticles().find((a) => a.data['story'] === undefined && /\bon the \d{1,2}(?:st|nd|rd|th)\b/.test(a.body));
  if (!found) throw new Error('no published article outside a story names a bare day ("on the 3rd")');
  return found;
}

test('a date in the text shows the date it means on hover', async ({ page }) => {
  await page.goto(paths.article(articleWithBareDay().id));
  const date = page.locator('article .prose time.event-date', { hasText: /^on the \d/ }).first();
  const value = date.locator('.event-date-value');
  expect((await value.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
  await date.hover();
  expect((await value.boundingBox())?.width ?? 0).toBeGreaterThan(30);
});

test('a date in the text shows the date it means when a keyboard user reaches it', async ({ page }) => {
  await page.goto(paths.article(articleWithBareDay().id));
  const date = page.locator('article .prose time.event-date', { hasText: /^on the \d/ }).first();
  await expect(date).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  const value = date.locator('.event-date-value');
  await expect(value).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  expect((await value.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
  // Tab from the element just before it, as a keyboard user would.
  await date.evaluate((element) => {
    const before = document.createElement('button');
    before.textContent = 'start';
    element.before(before);
    before.focus();
  });
  await page.keyboard.press('Tab');
  await expect(date).toBeFocused();
  expect((await value.boundingBox())?.width ?? 0).toBeGreaterThan(30);
});

test('a printed article gives the date a phrase means after it', async ({ page }) => {
  await page.goto(paths.article(articleWithBareDay().id));
  await page.emulateMedia({ media: 'print' });
  const value = page.locator('article .prose time.event-date .event-date-value').first();
  expect((await value.boundingBox())?.width ?? 0).toBeGreaterThan(30);
});
