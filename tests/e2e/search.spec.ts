import { expect, test, type Page } from '@playwright/test';
import type { PagefindRuntime } from '../../src/client/search.ts';
import { publishedArticles } from './content.ts';

/** A word found in exactly one published article, and no other article shares its first 6 letters (stemming-safe). */
function uniqueWord(): { word: string; title: string } {
  const files = publishedArticles();
  const texts = files.map((f) => `${f.fields.title} ${f.fields.summary ?? ''} ${f.body}`.toLowerCase());
  for (const [index, text] of texts.entries()) {
    for (const word of new Set(text.match(/\b[a-z]{9,}\b/g) ?? [])) {
      const prefix = word.slice(0, 6);
      if (texts.every((other, j) => j === index || !other.includes(prefix))) {
        return { word, title: files[index]!.fields.title };
      }
    }
  }
  throw new Error('no article has a word of its own');
}

async function resultTitles(page: Page) {
  await expect(page.getByRole('status')).toHaveText(/found/);
  return page.locator('[data-results] h2').allTextContents();
}

for (const [name, base] of [
  ['at the root', 'http://127.0.0.1:4321/'],
  ['under BASE_PATH=/news/', 'http://127.0.0.1:4322/news/'],
] as const) {
  test(`searching for a word in one article body finds exactly that article ${name}`, async ({ page }) => {
    const { word, title } = uniqueWord();
    await page.goto(`${base}search/?q=${encodeURIComponent(word)}`);
    expect(await resultTitles(page)).toEqual([title]);
    await page.locator('[data-results] h2 a').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    expect(page.url().startsWith(base)).toBe(true);
  });
}

test('the header search box works without JavaScript and reaches the results page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('summit');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/search\/\?q=summit$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await expect(page.getByText('needs JavaScript')).toBeVisible();
  await context.close();
});

test('typing in the search page shows highlighted results, and a section filter narrows them', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.locator('#search')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('searchbox', { name: 'Search for' }).fill('summit');
  const all = await resultTitles(page);
  expect(all.length).toBeGreaterThan(1);
  await expect(page.locator('[data-results] mark').first()).toBeVisible();
  await expect(page.locator('[data-results] time[datetime]').first()).toBeVisible();
  await page.getByLabel('Section', { exact: true }).selectOption('World');
  await expect(async () => {
    const narrowed = await page.locator('[data-results] h2').allTextContents();
    expect(narrowed.length).toBeLessThan(all.length);
    expect(narrowed.length).toBeGreaterThan(0);
  }).toPass();
  expect(page.url()).toContain('section=World');
});

test('filtering by a person narrows the results to stories about them', async ({ page }) => {
  await page.goto('/search/?q=summit');
  await expect(page.locator('#search')).toHaveAttribute('data-ready', 'true');
  const all = await resultTitles(page);
  const person = page.getByLabel('Person', { exact: true });
  const names = await person.locator('option').evaluateAll((n) => n.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  expect(names).toContain('Kim Jong Un');
  await page.goto('/search/?q=summit&People=Kim%20Jong%20Un');
  await expect(page.locator('#search')).toHaveAttribute('data-ready', 'true');
  const narrowed = await resultTitles(page);
  expect(narrowed.length).toBeGreaterThan(0);
  expect(narrowed.length).toBeLessThan(all.length);
  await page.locator('[data-results] h2 a').first().click();
  await expect(page.getByRole('region', { name: 'In this story' }).getByRole('link', { name: 'Kim Jong Un', exact: true })).toBeVisible();
});

test('results show the standfirst as well as the highlighted match', async ({ page }) => {
  await page.goto('/search/?q=Kananaskis');
  await resultTitles(page);
  await expect(page.locator('[data-results]')).toContainText("Canada's Mark Carney issued a chair's summary");
});

test('newest-first order sorts results by date', async ({ page }) => {
  await page.goto('/search/?q=summit&sort=newest');
  await resultTitles(page);
  const dates = await page.locator('[data-results] time').evaluateAll((n) => n.map((t) => Date.parse(t.getAttribute('datetime') ?? '')));
  expect(dates.length).toBeGreaterThan(1);
  expect([...dates].sort((a, b) => b - a)).toEqual(dates);
});

test('only article text is indexed: no navigation, footer, byline, tags, reactions or related lists', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.locator('#search')).toHaveAttribute('data-ready', 'true');
  const contents = await page.evaluate(async () => {
    // Every search bundle (one per past year or month of the newest year) indexes article text only.
    const { bundles } = (await (await fetch('/pagefind/bundles.json')).json()) as { bundles: string[] };
    const runtime = (await import(/* @vite-ignore */ `${location.origin}/pagefind/${bundles[0]}/pagefind.js`)) as PagefindRuntime;
    const pagefind = runtime.createInstance({ basePath: `/pagefind/${bundles[0]}/` });
    await Promise.all(bundles.slice(1).map((bundle) => pagefind.mergeIndex(`/pagefind/${bundle}/`, {})));
    const search = await pagefind.search('summit', {});
    return Promise.all(search.results.slice(0, 5).map(async (r) => (await r.data()).content));
  });
  expect(contents.length).toBeGreaterThan(0);
  for (const content of contents) {
    for (const chrome of [
      'Skip to content',
      'Editor',
      'Related stories',
      'How does this story make you feel',
      'In this story',
      'Previous in',
      'min read',
      'RSS feed',
    ]) {
      expect(content).not.toContain(chrome);
    }
  }
});
