import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { paths } from '../../src/lib/urls.ts';
import { publishedArticles } from './content.ts';

// The newest article of the thread: the time rule lets it link back to the whole story.
const storyArticle = () => {
  const thread = publishedArticles().filter((a) => a.data['story'] === 'north-korea-russia');
  const found = thread.sort((a, b) => Date.parse(String(b.data['published'])) - Date.parse(String(a.data['published'])))[0];
  if (!found) throw new Error('the sample content has no north-korea-russia story');
  return found;
};

test('an article shows its entity tags grouped by type, and a tag leads to the entity page', async ({ page }) => {
  await page.goto(paths.article(storyArticle().id));
  const tags = page.getByRole('region', { name: 'In this story' });
  await expect(tags.getByText('People', { exact: true })).toBeVisible();
  await expect(tags.getByText('Places', { exact: true })).toBeVisible();
  await tags.getByRole('link', { name: 'North Korea', exact: true }).click();
  await expect(page).toHaveURL(/\/entities\/north-korea\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('North Korea');
  const count = Number((await page.locator('[data-article-count]').textContent())?.match(/\d+/)?.[0]);
  expect(count).toBeGreaterThan(3);
  // The count, the feed and Wikidata read as separate items, never run together ("17 articles· RSS feed").
  await expect(page.locator('[data-article-count]').locator('..')).toHaveText(/^\d+ articles · RSS feed( · Wikidata \(Q\d+\))?$/);
  await expect(page.getByRole('heading', { name: 'Often mentioned with' })).toBeVisible();
  // The entity's list holds articles: "stories" are the threads they belong to.
  await expect(page.getByRole('region', { name: 'Articles, newest first' })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: /coverage by month/ })
      .locator('time[datetime]')
      .first(),
  ).toBeVisible();
  await expect(page.locator('link[rel="alternate"][href$="/entities/north-korea/rss.xml"]')).toHaveCount(1);
});

test('the first mention of an entity in the body links to its page', async ({ page }) => {
  await page.goto(paths.article(storyArticle().id));
  const links = page.locator('.prose a.entity-link');
  expect(await links.count()).toBeGreaterThan(2);
  const hrefs = await links.evaluateAll((n) => n.map((a) => a.getAttribute('href')));
  expect(new Set(hrefs).size).toBe(hrefs.length);
});

test('the entity index lists entities by type with counts', async ({ page }) => {
  await page.goto('/entities/');
  for (const heading of ['People', 'Places', 'Organisations']) await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kim Jong Un', exact: true })).toBeVisible();
});

test('an article offers related stories, each with a reason', async ({ page }) => {
  await page.goto(paths.article(storyArticle().id));
  const related = page.getByRole('region', { name: 'Related stories' });
  const items = related.locator('[data-related]');
  // Fewer links rather than weak ones: at most five, and this story's article has some.
  await expect(items.first()).toBeVisible();
  expect(await items.count()).toBeLessThanOrEqual(5);
  const reasons = await related.locator('[data-reason]').allTextContents();
  expect(reasons).toHaveLength(await items.count());
  for (const reason of reasons) expect(reason.trim().length).toBeGreaterThan(3);
});

test('"This story so far" lists the thread with the current article marked, and leads to the story page', async ({ page }) => {
  const article = storyArticle();
  await page.goto(paths.article(article.id));
  const box = page.getByRole('complementary', { name: /This story so far/ });
  await expect(box.locator('[aria-current="step"]')).toContainText(String(article.data['title']));
  expect(await box.locator('li').count()).toBeGreaterThan(3);
  await box.getByRole('heading').getByRole('link').click();
  await expect(page).toHaveURL(/\/stories\/north-korea-russia\/$/);
  // What the articles recall from years before (a 2000 visit) waits, folded, above how the story developed.
  const summary = page.getByText(/^Background: \d+ earlier events? the articles recall/);
  const background = page.getByRole('list', { name: /^Background:/ });
  await expect(background).toBeHidden();
  await summary.click();
  await expect(background.locator('[data-timeline-event]').first()).toContainText('2000');
  const developed = page.getByRole('list', { name: 'How it developed' });
  await expect(developed.locator('[data-timeline-event]').first()).toBeVisible();
  await expect(developed.locator('[data-timeline-article]').first()).toBeVisible();
  await page.goto('/stories/');
  // The index lists the thread, most recently updated story first.
  await expect(page.locator('main h2 a[href$="/stories/north-korea-russia/"]')).toHaveCount(1);
  const updated = await page.locator('main li time').evaluateAll((n) => n.map((t) => Date.parse(t.getAttribute('datetime') ?? '')));
  expect(updated.length).toBeGreaterThan(1);
  expect([...updated].sort((a, b) => b - a)).toEqual(updated);
});

test('each article has a 1200x630 share image declared in its head: its lead photo, or a generated card', async ({ page, request }) => {
  const withPhoto = publishedArticles().find((a) => /\.(jpe?g|png|webp)$/.test(String((a.data['image'] as { src?: string } | undefined)?.src ?? '')));
  if (!withPhoto) throw new Error('no published article in content/ has a raster lead image');
  for (const [article, type] of [
    [storyArticle(), 'image/png'],
    [withPhoto, 'image/jpeg'],
  ] as const) {
    await page.goto(paths.article(article.id));
    const url = await page.locator('meta[property="og:image"]').getAttribute('content');
    // A card of its own while the article is new, its section's card later; a photo is resized by the image pipeline.
    expect(url).toMatch(type === 'image/png' ? /^https?:\/\/.+\/(og\/.+|sections\/[^/]+\/card)\.png$/ : /^https?:\/\/.+\/_astro\/.+\.jpg$/);
    const response = await request.get(new URL(url!).pathname);
    expect(response.ok()).toBe(true);
    const { width, height, format } = await sharp(await response.body()).metadata();
    expect([width, height, format]).toEqual([1200, 630, type === 'image/png' ? 'png' : 'jpeg']);
  }
});

test('a name without its own page is a plain tag, not a link', async ({ page }) => {
  await page.goto(paths.article('2023/11/biden-and-xi-agree-to-restore-military-talks'));
  const tags = page.getByRole('region', { name: 'In this story' });
  await expect(tags.getByText('Beijing', { exact: true })).toBeVisible();
  await expect(tags.getByRole('link', { name: 'Beijing', exact: true })).toHaveCount(0);
  const response = await page.request.get('/entities/beijing/');
  expect(response.status()).toBe(404);
});

test('share links: email always, copy link when a script runs', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(paths.article(storyArticle().id));
  const share = page.getByRole('region', { name: 'Share this story' });
  await expect(share.getByRole('link', { name: 'Email' })).toHaveAttribute('href', /^mailto:\?subject=/);
  await share.getByRole('button', { name: 'Copy link' }).click();
  await expect(share.getByRole('status')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/articles\/.+\/$/);
});

test('"Hot news now" on the home page lists the editor’s picks first, with the time it was computed', async ({ page }) => {
  const featured = publishedArticles()
    .filter((a) => a.data['featured'] === true)
    .map((a) => String(a.data['title']));
  expect(featured.length).toBeGreaterThan(0);
  await page.goto('/');
  const hot = page.getByRole('region', { name: 'Hot news now' });
  const items = hot.locator('li');
  expect(await items.count()).toBeGreaterThan(featured.length);
  expect(await items.count()).toBeLessThanOrEqual(8);
  const bases = await items.evaluateAll((n) => n.map((li) => (li as HTMLElement).dataset['hot']));
  expect(bases.slice(0, featured.length)).toEqual(featured.map(() => 'featured'));
  expect(bases.slice(featured.length)).not.toContain('featured');
  const titles = (await hot.locator('li a').allTextContents()).map((t) => t.trim());
  expect(new Set(titles.slice(0, featured.length))).toEqual(new Set(featured));
  await expect(hot.locator('time[datetime]')).toHaveCount(1);
});

test('"Hot news now" sits beside every article, without the article itself, as the home page ranks it', async ({ page }) => {
  await page.goto('/');
  const ranked = (await page.getByRole('region', { name: 'Hot news now' }).locator('li a').allTextContents()).map((t) => t.trim());
  const article = storyArticle();
  await page.goto(paths.article(article.id));
  const hot = page.getByRole('region', { name: 'Hot news now' });
  await expect(hot.locator('li a').first()).toBeVisible();
  const titles = (await hot.locator('li a').allTextContents()).map((t) => t.trim());
  expect(titles).not.toContain(String(article.data['title']));
  expect(titles).toEqual(ranked.filter((t) => t !== String(article.data['title'])).slice(0, 7));
  await expect(hot.locator('time[datetime]')).toHaveCount(1);
});

test('loading "Hot news now" beside an article moves nothing on the page', async ({ page }) => {
  // Hold the list back, measure the box, then let it load: its reserved height must not grow.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/hot.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(paths.article(storyArticle().id));
  const hot = page.getByRole('region', { name: 'Hot news now' });
  const before = await hot.boundingBox();
  release();
  await expect(hot.locator('li a').first()).toBeVisible();
  const after = await hot.boundingBox();
  expect(after?.height).toBe(before?.height);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('an article links to the home page’s "Hot news now" instead', async ({ page }) => {
    await page.goto(paths.article(storyArticle().id));
    const hot = page.getByRole('region', { name: 'Hot news now' });
    await hot.getByRole('link', { name: /hot now on the front page/ }).click();
    await expect(page.getByRole('region', { name: 'Hot news now' }).locator('li a').first()).toBeVisible();
  });
});
