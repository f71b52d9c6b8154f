import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page, type Route } from '@playwright/test';
import sharp from 'sharp';
import { paths } from '../../src/lib/urls.ts';
import { publishedArticles } from './content.ts';

// Images (issue 8): responsive AVIF/WebP through astro:assets, nothing shifts while they load,
// and no oversized source reaches dist/.

const DIST = join(import.meta.dirname, '../../dist');

function articleWithImage(pattern: RegExp): string {
  const found = publishedArticles().find((a) => pattern.test(String((a.data['image'] as { src?: string } | undefined)?.src ?? '')));
  if (!found) throw new Error(`no article in content/ has an image matching ${pattern}`);
  return paths.article(found.id);
}

const rasterArticle = (): string => articleWithImage(/\.(jpe?g|png|webp|avif)$/i);

/**
 * Holds every image response back until `release()`, so the text is laid out first and an image
 * without reserved space would visibly push it down when it arrives.
 */
async function holdImages(page: Page): Promise<{ held: () => number; release: () => Promise<void> }> {
  const waiting: Route[] = [];
  let released = false;
  await page.route(/\.(avif|webp|jpe?g|png|svg)$/, async (route) => {
    if (released) await route.continue();
    else waiting.push(route);
  });
  return {
    held: () => waiting.length,
    release: async () => {
      released = true;
      await Promise.all(waiting.splice(0).map((route) => route.continue()));
    },
  };
}

/** Cumulative layout shift of the page so far, as the browser reports it. */
async function observeLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
        if (!entry.hadRecentInput) w.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

test('the lead photo is a picture with AVIF and WebP srcsets, a sized fallback, loaded eagerly with high priority', async ({ page }) => {
  await page.goto(rasterArticle());
  const picture = page.locator('main figure picture');
  for (const type of ['image/avif', 'image/webp']) {
    const srcset = (await picture.locator(`source[type="${type}"]`).getAttribute('srcset')) ?? '';
    expect(srcset.split(',').length, `${type} srcset: ${srcset}`).toBeGreaterThanOrEqual(3);
    expect(srcset).toMatch(new RegExp(`\\.${type.split('/')[1]} \\d+w`));
  }
  const img = picture.locator('img');
  await expect(img).toHaveAttribute('width', /^\d+$/);
  await expect(img).toHaveAttribute('height', /^\d+$/);
  await expect(img).toHaveAttribute('loading', 'eager');
  await expect(img).toHaveAttribute('fetchpriority', 'high');
  await expect(img).toHaveAttribute('sizes', /.+/);
  const chosen = await img.evaluate((el: HTMLImageElement) => ({ url: el.currentSrc, width: el.naturalWidth }));
  expect(chosen.url).toMatch(/\.avif$/);
  expect(chosen.width).toBeGreaterThan(0);
  expect(chosen.width).toBeLessThanOrEqual(1536);
});

test('a phone downloads a small copy of the lead photo, not the 6400-pixel source', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const images: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'image') images.push(response.url());
  });
  await page.goto(rasterArticle(), { waitUntil: 'networkidle' });
  const width = await page.locator('main figure img').evaluate((el: HTMLImageElement) => el.naturalWidth);
  expect(width).toBeLessThanOrEqual(1024);
  expect(images.filter((url) => /starship|\.avif|\.webp|\.jpe?g/.test(url))).toHaveLength(1);
  await context.close();
});

test('no image in the built site is wider or taller than 1600 pixels', async () => {
  const files = readdirSync(join(DIST, '_astro')).filter((name) => /\.(avif|webp|jpe?g|png)$/.test(name));
  expect(files.length).toBeGreaterThan(0);
  for (const name of files) {
    const { width = 0, height = 0 } = await sharp(join(DIST, '_astro', name)).metadata();
    expect(Math.max(width, height), name).toBeLessThanOrEqual(1600);
  }
});

for (const [kind, path] of [
  ['photo article', rasterArticle],
  ['graphic article', () => articleWithImage(/\.svg$/i)],
  ['home', () => '/'],
  ['section', () => '/sections/world/'],
  ['timeline', () => '/timeline/'],
  ['search', () => '/search/'],
] as const) {
  test(`${kind} page: every image has its size reserved and nothing shifts while images load on a phone`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const images = await holdImages(page);
    await observeLayoutShift(page);
    await page.goto(path(), { waitUntil: 'domcontentloaded' });
    // Two frames painted with every image still on its way, then the images arrive.
    await page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
    if ((await page.locator('img:not([loading="lazy"])').count()) > 0)
      await expect.poll(images.held, { message: 'images held back while the text is laid out' }).toBeGreaterThan(0);
    await images.release();
    await page.waitForLoadState('networkidle');
    const unsized = await page
      .locator('img')
      .evaluateAll((imgs) =>
        imgs
          .filter((img) => !(img.getAttribute('width') && img.getAttribute('height')) && getComputedStyle(img).aspectRatio === 'auto')
          .map((img) => img.outerHTML),
      );
    expect(unsized).toEqual([]);
    await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode().catch(() => undefined))));
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    expect(cls).toBeLessThanOrEqual(0.01);
    await context.close();
  });
}
