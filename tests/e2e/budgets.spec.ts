import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

// Reader budgets (issue 8): what the browser actually transfers from the built site, served
// gzip-compressed by scripts/serve.ts as a static host would. Each page type is measured on its
// heaviest page in dist/, so every other page of the type is lighter.

const KB = 1024;
const DIST = join(import.meta.dirname, '../../dist');

/** One finished response: Chrome's resource type and the bytes that came over the wire. */
interface Transfer {
  url: string;
  type: string;
  bytes: number;
}

/** The URL path of the page of a folder of dist/ whose HTML compresses to the most bytes. */
function heaviestPage(folder: string): string {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name === 'index.html') files.push(join(dir, entry.name));
    }
  };
  walk(join(DIST, folder));
  const sized = files.map((file) => ({ file, size: gzipSync(readFileSync(file)).length })).sort((a, b) => b.size - a.size);
  const heaviest = sized[0];
  if (!heaviest) throw new Error(`no pages in dist/${folder}; build the site first`);
  return `/${relative(DIST, heaviest.file).replace(/index\.html$/, '')}`;
}

/** Loads `path` with the cache off and returns every response the page needed, with its size on the wire. */
async function loadAndMeasure(page: Page, path: string): Promise<Transfer[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const seen = new Map<string, { url: string; type: string }>();
  const transfers: Transfer[] = [];
  cdp.on('Network.responseReceived', (e) => seen.set(e.requestId, { url: e.response.url, type: e.type }));
  cdp.on('Network.loadingFinished', (e) => {
    const response = seen.get(e.requestId);
    if (response) transfers.push({ ...response, bytes: e.encodedDataLength });
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await cdp.detach();
  return transfers;
}

const sum = (transfers: Transfer[], ...types: string[]): number => transfers.filter((t) => types.includes(t.type)).reduce((n, t) => n + t.bytes, 0);

/** Bytes of script written into the page itself (JSON-LD is data, not script). */
async function inlineScriptBytes(page: Page): Promise<number> {
  return page
    .locator('script:not([src]):not([type="application/ld+json"])')
    .evaluateAll((nodes) => nodes.reduce((n, s) => n + new TextEncoder().encode(s.textContent ?? '').length, 0));
}

function describe(transfers: Transfer[]): string {
  return transfers.map((t) => `${t.type} ${(t.bytes / KB).toFixed(1)} KB ${new URL(t.url).pathname}`).join('\n');
}

test('the heaviest article page stays within 40 KB of HTML, CSS and fonts and 8 KB of script, blocked by one stylesheet only', async ({ page }) => {
  const path = heaviestPage('articles');
  const transfers = await loadAndMeasure(page, path);
  const document = sum(transfers, 'Document', 'Stylesheet', 'Font');
  const script = sum(transfers, 'Script') + (await inlineScriptBytes(page));
  console.log(`article ${path}: HTML+CSS+fonts ${(document / KB).toFixed(1)} KB, JS ${(script / KB).toFixed(1)} KB`);
  expect(document, describe(transfers)).toBeLessThanOrEqual(40 * KB);
  expect(script, describe(transfers)).toBeLessThanOrEqual(8 * KB);
  const blocking = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .flatMap((e) => ((e as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking' ? [e.name] : [])),
  );
  expect(blocking).toHaveLength(1);
  expect(blocking[0]).toMatch(/\.css$/);
  await expect(page.locator('head script[src]:not([async]):not([defer]):not([type="module"])')).toHaveCount(0);
});

for (const [kind, folder] of [
  ['home', ''],
  ['section', 'sections'],
  ['entity', 'entities'],
  ['timeline', 'timeline'],
  ['story', 'stories'],
] as const) {
  test(`the heaviest ${kind} page stays within 60 KB of HTML and CSS and loads no search code`, async ({ page }) => {
    const path = folder === '' ? '/' : heaviestPage(folder);
    const transfers = await loadAndMeasure(page, path);
    const bytes = sum(transfers, 'Document', 'Stylesheet');
    console.log(`${kind} ${path}: HTML+CSS ${(bytes / KB).toFixed(1)} KB, JS ${(sum(transfers, 'Script') / KB).toFixed(1)} KB`);
    expect(bytes, describe(transfers)).toBeLessThanOrEqual(60 * KB);
    expect(transfers.filter((t) => t.url.includes('/pagefind/')).map((t) => t.url)).toEqual([]);
  });
}

test('search code (Pagefind) loads on the search page, once a reader searches', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const scripts: Transfer[] = [];
  const types = new Map<string, { url: string; type: string }>();
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, { url: e.response.url, type: e.type }));
  cdp.on('Network.loadingFinished', (e) => {
    const r = types.get(e.requestId);
    if (r && (r.type === 'Script' || r.url.includes('/pagefind/'))) scripts.push({ ...r, bytes: e.encodedDataLength });
  });
  await page.goto('/search/?q=election', { waitUntil: 'networkidle' });
  await expect(page.locator('[data-results] li').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const pagefind = scripts.filter((t) => t.url.includes('/pagefind/'));
  console.log(
    `search: Pagefind ${(pagefind.reduce((n, t) => n + t.bytes, 0) / KB).toFixed(1)} KB in ${pagefind.length} files; page script ${(
      sum(
        scripts.filter((t) => !t.url.includes('/pagefind/')),
        'Script',
      ) / KB
    ).toFixed(1)} KB`,
  );
  expect(pagefind.some((t) => t.url.endsWith('pagefind.js'))).toBe(true);
});

test('pages use the system font stack: no web font is declared or downloaded', async ({ page }) => {
  const transfers = await loadAndMeasure(page, heaviestPage('articles'));
  expect(transfers.filter((t) => t.type === 'Font').map((t) => t.url)).toEqual([]);
  const fontFaces = await page.evaluate(() => {
    const count = (rules: CSSRuleList): number =>
      [...rules].reduce((n, rule) => n + (rule instanceof CSSFontFaceRule ? 1 : 'cssRules' in rule ? count((rule as CSSGroupingRule).cssRules) : 0), 0);
    return [...document.styleSheets].reduce((n, sheet) => n + count(sheet.cssRules), 0);
  });
  expect(fontFaces, 'a web font needs font-display and a preload; the budget assumes none').toBe(0);
});
