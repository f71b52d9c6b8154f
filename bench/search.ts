/**
 * Search cost: Pagefind index time and size for the sample site and the shared corpus, and the
 * bytes a reader downloads for one search. Run: npx tsx bench/search.ts (build the site first).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import * as pagefind from 'pagefind';
import { paths } from '../src/lib/urls.ts';
import { loadArticles } from './lib/load-articles.ts';

const root = resolve(import.meta.dirname, '..');
const corpus = resolve(root, '../shared/corpus/whitehouse-2023');

function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function indexSite(dir: string) {
  const out = mkdtempSync(join(tmpdir(), 'dateline-pf-'));
  const started = performance.now();
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('pagefind did not start');
  const { page_count } = await index.addDirectory({ path: dir });
  await index.writeFiles({ outputPath: out });
  const seconds = (performance.now() - started) / 1000;
  const size = folderBytes(out);
  rmSync(out, { recursive: true, force: true });
  return { pages: page_count, seconds, ...size };
}

async function indexCorpus() {
  const articles = await loadArticles(corpus, { timeZone: 'UTC' });
  const out = mkdtempSync(join(tmpdir(), 'dateline-pf-'));
  const started = performance.now();
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('pagefind did not start');
  for (const a of articles) {
    await index.addCustomRecord({
      url: paths.article(a.id),
      content: `${a.title}\n${a.summary}\n${a.body}`,
      language: 'en',
      meta: { title: a.title, date: a.published.toISOString() },
      filters: { section: ['News'] },
      sort: { date: a.published.toISOString() },
    });
  }
  await index.writeFiles({ outputPath: out });
  const seconds = (performance.now() - started) / 1000;
  const size = folderBytes(out);
  rmSync(out, { recursive: true, force: true });
  return { pages: articles.length, seconds, ...size };
}

async function searchPayload(dist: string, query: string): Promise<{ bytes: number; requests: number; results: string }> {
  const server = spawn(join(root, 'node_modules/.bin/tsx'), ['scripts/serve.ts', dist, '--port', '4391'], { cwd: root, stdio: 'ignore' });
  try {
    await new Promise((r) => setTimeout(r, 1500));
    const browser = await chromium.launch({
      ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
      args: ['--disable-background-networking'],
    });
    const page = await browser.newPage();
    let bytes = 0;
    let requests = 0;
    // Pagefind fetches from a worker too; Playwright's request events see those, a page CDP session does not.
    page.on('requestfinished', async (request) => {
      if (!request.url().includes('/pagefind/')) return;
      const sizes = await request.sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      requests += 1;
    });
    await page.goto(`http://127.0.0.1:4391/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => document.querySelector('#search')?.getAttribute('data-ready') === 'true');
    const results = (await page.locator('[data-status]').textContent()) ?? '';
    await page.waitForTimeout(300);
    await browser.close();
    return { bytes, requests, results };
  } finally {
    server.kill();
  }
}

const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('bench/search: build the site first (npm run build).');
  process.exit(1);
}
const site = await indexSite(dist);
console.log(`sample site   ${String(site.pages).padStart(5)} HTML files index ${site.seconds.toFixed(2)} s  ${kb(site.bytes)} in ${site.files} files`);
if (existsSync(corpus)) {
  const shared = await indexCorpus();
  console.log(
    `shared corpus ${String(shared.pages).padStart(5)} articles   index ${shared.seconds.toFixed(2)} s  ${kb(shared.bytes)} in ${shared.files} files`,
  );
  console.log(`ratio corpus/sample: ${(shared.bytes / site.bytes).toFixed(1)}× bytes for ${(shared.pages / site.pages).toFixed(1)}× pages`);
} else {
  console.log(`shared corpus: skipped (${corpus} is missing; it sits beside the project in the workplace)`);
}
await pagefind.close();
for (const query of ['summit', 'North Korea missile']) {
  const payload = await searchPayload(dist, query);
  console.log(`one search for "${query}": ${kb(payload.bytes)} over ${payload.requests} requests (compressed), ${payload.results}`);
}
