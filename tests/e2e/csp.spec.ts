import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ARTICLES_FOLDER, paths, withBase } from '../../src/lib/urls.ts';
import { articleWith } from './content.ts';

// The policy hosts send from public/_headers; pages carry Astro's <meta> policy too, and both apply.
const headerPolicy = /^\s+Content-Security-Policy:\s*(.+)$/m.exec(readFileSync(join(import.meta.dirname, '../../public/_headers'), 'utf8'))?.[1] ?? '';

/** Serves every page with the `_headers` policy and records every CSP violation the page reports. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|compile|evaluate)/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { __cspViolations?: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`),
    );
  });
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const headers: Record<string, string> = { ...response.headers(), 'content-security-policy': headerPolicy };
    delete headers['content-encoding'];
    delete headers['content-length'];
    return route.fulfill({ response, headers, body: await response.body() });
  });
  return async () => [...(await page.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations ?? [])), ...console];
}

test('public/_headers carries a policy without unsafe-inline scripts', () => {
  expect(headerPolicy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[\w+/=]+'/);
  expect(headerPolicy).not.toContain('unsafe-inline');
});

for (const { name, base, origin } of [
  { name: 'at the root', base: '/', origin: 'http://127.0.0.1:4321' },
  { name: 'under /news/', base: '/news/', origin: 'http://127.0.0.1:4322' },
]) {
  test.describe(`under the Content Security Policy, ${name}`, () => {
    test.use({ baseURL: origin });

    test('every page type carries the policy in a meta element, with no unsafe-inline', async ({ page }) => {
      for (const path of [paths.home(), paths.article(articleWith('summary').id), paths.timeline(), paths.search(), paths.entities(), paths.stories()]) {
        await page.goto(withBase(base, path));
        const meta = page.locator('meta[http-equiv="content-security-policy"]');
        await expect(meta).toHaveCount(1);
        const content = (await meta.getAttribute('content')) ?? '';
        expect(content).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
        expect(content).toMatch(/default-src 'self'/);
        expect(content).not.toContain('unsafe-inline');
      }
    });

    test('the theme toggle works and the saved theme applies before paint, with no violation', async ({ page }) => {
      const violations = await watchPolicy(page);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(base);
      const toggle = page.getByRole('button', { name: /theme/i });
      await toggle.click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      // With the bundled scripts blocked, only the hashed inline boot script can apply the saved theme.
      await page.route('**/_astro/*.js', (route) => route.abort());
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await violations()).toEqual([]);
    });

    test('reactions on an article work, with no violation', async ({ page }) => {
      const violations = await watchPolicy(page);
      await page.goto(withBase(base, paths.article(articleWith('summary').id)));
      const group = page.getByRole('group', { name: 'Your reaction' });
      await group.getByRole('button', { name: 'Great' }).click();
      await expect(group.getByRole('button', { name: 'Great' })).toHaveAttribute('aria-pressed', 'true');
      expect(await violations()).toEqual([]);
    });

    test('"Hot news now" loads beside an article, with no violation', async ({ page }) => {
      const violations = await watchPolicy(page);
      await page.goto(withBase(base, paths.article(articleWith('summary').id)));
      await expect(
        page
          .getByRole('region', { name: 'Hot news now' })
          .locator(`li a[href^="${withBase(base, `/${ARTICLES_FOLDER}/`)}"]`)
          .first(),
      ).toBeVisible();
      expect(await violations()).toEqual([]);
    });

    test('the timeline filters work, with no violation', async ({ page }) => {
      const violations = await watchPolicy(page);
      await page.goto(`${base}timeline/2024/06/`);
      const entity = page.getByLabel('Person, place or organisation');
      const first = (await entity.locator('option').evaluateAll((n) => n.map((o) => (o as HTMLOptionElement).value).filter(Boolean)))[0];
      const all = await page.locator('[data-entry]').count();
      await entity.selectOption(first!);
      await expect(page.getByRole('status')).toHaveText(/of \d+ articles? shown/);
      expect(await page.locator('[data-entry]:visible').count()).toBeLessThan(all);
      expect(await violations()).toEqual([]);
    });

    test('search loads Pagefind and its WebAssembly and finds stories, with no violation', async ({ page }) => {
      const violations = await watchPolicy(page);
      await page.goto(`${base}search/`);
      await expect(page.locator('#search')).toHaveAttribute('data-ready', 'true');
      await page.getByRole('searchbox', { name: 'Search for' }).fill('summit');
      await expect(page.getByRole('status')).toHaveText(/\d+ articles? found/);
      await expect(page.locator('[data-results] h2 a').first()).toBeVisible();
      expect(await violations()).toEqual([]);
    });
  });
}
