import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { articleIdOf } from '../../src/content/article-id.ts';
import { paths } from '../../src/lib/urls.ts';
import { buildProject, freePort, hugeArticle, makeProject, readFixture, removeProject, serve } from '../fixtures/hostile/throwaway-site.ts';

// Hostile wire copy that must build, with nothing in it able to run. One build serves every page.
const BUILDABLE = [
  { file: 'script-tags.md', title: 'Wire copy with script tags' },
  { file: 'event-handlers.md', title: 'Wire copy with event handlers' },
  { file: 'svg-script.md', title: 'Chart embedded as SVG with a script' },
  { file: 'javascript-links.md', title: 'Links that try to run script' },
  { file: 'comment-tricks.md', title: 'Markup hidden in HTML comments' },
  { file: 'breakout-title.md', title: "</title></script><script>window.__pwned = 'title'; alert('title')</script><img src=x onerror=alert('title img')>" },
  { file: 'rtl-zero-width.md', title: 'Election in \u202eIsrael\u202c: \u200bzero\u200cwidth\u200djoiners\ufeff and مرحبا שלום' },
  { file: 'deeply-nested-lists.md', title: 'Deeply nested lists' },
  // Real archives hold joint statements with 400-character titles: long is advice, never a build error.
  { file: 'long-title.md', title: `${'Very long headline '.repeat(10)}that never ends` },
];

// Copy with characters XML 1.0 forbids: it publishes, and every feed and sitemap stays well-formed XML.
const CONTROL_CHARACTERS = 'control-characters.md';
// A Korean newsroom: three stories tagged 북한 (three, so the tag earns its page under any entity-page
// threshold), the first under a Korean file name.
const KOREAN = Object.fromEntries(
  ['북한-미사일-발사.md', 'korean-tags-2.md', 'korean-tags-3.md'].map((name, i) => [
    name,
    readFixture('korean-tags.md')
      .toString('utf8')
      .replace(/^title: (.*)$/m, (_line, title: string) => `title: ${title}${i ? ` (${i + 1}보)` : ''}`),
  ]),
);

// Hostile files that must stop the build with a message naming the file and the problem.
const FAILING = [
  {
    file: 'nul-byte.md',
    text: () => readFixture('nul-byte.md'),
    expected: /content\/articles\/2024\/06\/nul-byte\.md: contains a NUL byte; save it as plain UTF-8 text/,
  },
  {
    file: 'huge-body.md',
    text: () => hugeArticle(),
    expected: /content\/articles\/2024\/06\/huge-body\.md: is 5\.0 MB; a content file may be at most 1\.0 MB/,
  },
];

/** What a page does that only script could do, plus markup that should not be there. */
async function inspect(page: Page) {
  return page.evaluate(() => {
    const body = document.querySelector('main .prose');
    const elements = [...(body?.querySelectorAll('*') ?? [])];
    return {
      pwned: (window as { __pwned?: unknown }).__pwned,
      forbiddenElements: elements
        .map((e) => e.localName)
        .filter((name) =>
          ['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'svg', 'math', 'meta', 'base', 'link', 'template', 'noscript'].includes(name),
        ),
      handlerAttributes: [...document.querySelectorAll('*')].flatMap((e) =>
        [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${e.localName}[${a.name}]`),
      ),
      scriptUrls: [...document.querySelectorAll('[href], [src], [action], [srcset]')].flatMap((e) =>
        ['href', 'src', 'action', 'srcset'].map((a) => e.getAttribute(a) ?? '').filter((v) => /^\s*(javascript|vbscript|data):/i.test(v)),
      ),
      h1s: [...document.querySelectorAll('h1')].map((h) => h.textContent?.trim()),
      scripts: [...document.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? s.getAttribute('type') ?? 'inline'),
    };
  });
}

test.describe('hostile articles that build', () => {
  test.describe.configure({ mode: 'serial' });
  // Without the Content Security Policy, so these tests prove the sanitiser alone stops the script.
  test.use({ bypassCSP: true });

  let project = '';
  let server: ChildProcess | undefined;
  let origin = '';

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    project = makeProject({
      ...Object.fromEntries(BUILDABLE.map(({ file }) => [file, readFixture(file)])),
      [CONTROL_CHARACTERS]: readFixture(CONTROL_CHARACTERS),
      ...KOREAN,
    });
    const build = buildProject(project);
    expect(build.status, build.output).toBe(0);
    const port = await freePort();
    server = await serve(join(project, 'dist'), port);
    origin = `http://127.0.0.1:${port}`;
  });

  test.afterAll(() => {
    server?.kill();
    if (project) removeProject(project);
  });

  for (const { file, title } of BUILDABLE) {
    test(`${file}: no script runs, no dialog opens, the headline is plain text`, async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const response = await page.goto(`${origin}${paths.article(articleIdOf(`2024/06/${file}`))}`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      // Give handlers their chance: hover, focus and toggle (mouse and keys dispatch before they return).
      await page.mouse.move(200, 300);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.evaluate(() => {
        const counter = window as { __toggles?: number };
        counter.__toggles = 0;
        document.addEventListener('toggle', () => (counter.__toggles = (counter.__toggles ?? 0) + 1), true);
      });
      const summaries = await page.locator('main summary').all();
      for (const summary of summaries) await summary.click();
      // Then wait until every toggle event has been dispatched (an ontoggle would have run) and every
      // image has loaded or failed (an onerror would have fired); lazy images below the fold never load.
      await page.waitForFunction(
        (toggles) => (window as { __toggles?: number }).__toggles === toggles && [...document.images].every((img) => img.complete || img.loading === 'lazy'),
        summaries.length,
      );
      const seen = await inspect(page);
      expect(dialogs).toEqual([]);
      expect(seen.pwned).toBeUndefined();
      expect(seen.forbiddenElements).toEqual([]);
      expect(seen.handlerAttributes).toEqual([]);
      expect(seen.scriptUrls).toEqual([]);
      expect(seen.h1s).toEqual([title.trim()]);
      // Only the site's own scripts: the theme boot script, JSON-LD data and bundles from /_astro/.
      expect(seen.scripts.filter((s) => s !== 'inline' && s !== 'application/ld+json' && !s.startsWith('/_astro/'))).toEqual([]);
      expect(seen.scripts.filter((s) => s === 'inline')).toHaveLength(1);
    });
  }

  test('the home page, which lists every hostile headline, runs no script either', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    await expect(page.getByText("</title></script><script>window.__pwned = 'title'", { exact: false }).first()).toBeVisible();
    const seen = await inspect(page);
    expect(dialogs).toEqual([]);
    expect(seen.pwned).toBeUndefined();
    expect(seen.handlerAttributes).toEqual([]);
  });

  test('control characters in the copy leave every feed and sitemap well-formed XML', async ({ page }) => {
    await page.goto(`${origin}/`);
    const index = await (await page.request.get(`${origin}/sitemap-index.xml`)).text();
    const sitemap = new URL(/<loc>([^<]+)<\/loc>/.exec(index)?.[1] ?? '/sitemap-0.xml').pathname;
    for (const path of ['/rss.xml', '/sections/politics/rss.xml', '/news-sitemap.xml', '/sitemap-index.xml', sitemap]) {
      const response = await page.request.get(`${origin}${path}`);
      expect(response.status(), path).toBe(200);
      const xml = await response.text();
      // The browser's XML parser is strict: one forbidden character and it reports a parsererror.
      const errors = await page.evaluate((text) => new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('parsererror').length, xml);
      expect(errors, path).toBe(0);
    }
    const feed = await (await page.request.get(`${origin}/rss.xml`)).text();
    expect(feed).toContain('Budgetvote delayed again after walkout');
  });

  test('a Korean tag keeps its page at /entities/북한/, linked from its stories', async ({ page }) => {
    const response = await page.goto(`${origin}${paths.article('2024/06/북한-미사일-발사')}`);
    expect(response?.status()).toBe(200);
    await page.locator('a[href$="/entities/북한/"], a[href$="/entities/%EB%B6%81%ED%95%9C/"]').first().click();
    await expect(page).toHaveURL(/\/entities\/(북한|%EB%B6%81%ED%95%9C)\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/북한/);
    for (const title of ['북한, 동해상으로 탄도미사일 발사', '북한, 동해상으로 탄도미사일 발사 (2보)', '북한, 동해상으로 탄도미사일 발사 (3보)']) {
      await expect(page.getByRole('link', { name: title, exact: true }).first()).toBeVisible();
    }
  });
});

test.describe('hostile articles that must not build', () => {
  for (const { file, text, expected } of FAILING) {
    test(`${file} stops the build with a message naming the file`, () => {
      test.setTimeout(180_000);
      const project = makeProject({ [file]: text() });
      try {
        const build = buildProject(project);
        expect(build.status).not.toBe(0);
        expect(build.output).toMatch(expected);
      } finally {
        removeProject(project);
      }
    });
  }
});
