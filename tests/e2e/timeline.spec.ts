import { expect, test } from '@playwright/test';
import { DateTime } from 'luxon';
import { publishedArticles } from './content.ts';
import { parseDateTime } from '../../src/lib/time/parse-date-time.ts';

/** A published article whose UTC day differs from its Seoul day (published between 15:00 and 24:00 UTC). */
function articleOnDifferentDays() {
  for (const a of publishedArticles()) {
    const instant = parseDateTime(String(a.data['published']), 'UTC');
    const utc = DateTime.fromJSDate(instant, { zone: 'UTC' });
    const seoul = DateTime.fromJSDate(instant, { zone: 'Asia/Seoul' });
    // Offset-less dates mean different instants in the two builds; only those with an offset compare.
    if (!/[+-]\d{2}:?\d{2}$|Z$/.test(String(a.data['published']))) continue;
    if (utc.toISODate() !== seoul.toISODate()) return { article: a, utcDay: utc.toISODate()!, seoulDay: seoul.toISODate()! };
  }
  throw new Error('no article falls on different days in UTC and Seoul');
}

test('day headings follow SITE_TIMEZONE: the same story sits under its UTC day and its Seoul day', async ({ page }) => {
  const { article, utcDay, seoulDay } = articleOnDifferentDays();
  const title = String(article.data['title']);
  for (const [base, day] of [
    ['http://127.0.0.1:4321/', utcDay],
    ['http://127.0.0.1:4322/news/', seoulDay],
  ] as const) {
    await page.goto(`${base}timeline/${day.slice(0, 4)}/${day.slice(5, 7)}/`);
    const section = page.locator('section[data-day]', { has: page.getByRole('link', { name: title, exact: true }) });
    await expect(section.locator('h2 time')).toHaveAttribute('datetime', day);
  }
});

test('a month lists its days newest first and links to neighbouring months and the month index', async ({ page }) => {
  await page.goto('/timeline/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Timeline: /);
  const days = await page.locator('section[data-day] h2 time').evaluateAll((n) => n.map((t) => t.getAttribute('datetime') ?? ''));
  expect(days.length).toBeGreaterThan(0);
  expect([...days].sort().reverse()).toEqual(days);
  await page.getByRole('navigation', { name: 'Months', exact: true }).locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(/\/timeline\/\d{4}\/\d{2}\/$/);
  const index = page.getByRole('navigation', { name: 'All months' });
  await expect(index.locator('a[aria-current="page"]')).toHaveCount(1);
});

test('filtering a month by entity shows only that entity’s stories, and without JavaScript the filters are not offered', async ({ page, browser }) => {
  await page.goto('/timeline/2024/06/');
  const entity = page.getByLabel('Person, place or organisation');
  const options = await entity.locator('option').evaluateAll((n) => n.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  expect(options.length).toBeGreaterThan(0);
  const all = await page.locator('[data-entry]').count();
  await entity.selectOption(options[0]!);
  const visible = page.locator('[data-entry]:visible');
  expect(await visible.count()).toBeGreaterThan(0);
  expect(await visible.count()).toBeLessThan(all);
  for (const entities of await visible.evaluateAll((n) => n.map((e) => (e as HTMLElement).dataset['entities'] ?? ''))) {
    expect(entities.split(' ')).toContain(options[0]);
  }
  await expect(page.getByRole('status')).toHaveText(/of \d+ articles? shown/);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto('http://127.0.0.1:4321/timeline/2024/06/');
  await expect(noJs.getByLabel('Person, place or organisation')).toBeHidden();
  expect(await noJs.locator('[data-entry]').count()).toBe(all);
  await context.close();
});
