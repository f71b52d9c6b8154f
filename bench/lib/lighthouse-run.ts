/**
 * Runs Lighthouse (mobile emulation, its default) against pages of a built site served locally,
 * with the system Chromium: shared by `npm run bench:lighthouse` and the Lighthouse browser test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Where the browser is: on GitHub's runners Playwright's own (the workflow installs it), elsewhere the
 * system Chromium, else one Playwright already has; Lighthouse never downloads one.
 */
export const CHROMIUM = (
  process.env['GITHUB_ACTIONS'] === 'true'
    ? [chromium.executablePath()]
    : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', chromium.executablePath()]
).find((path) => existsSync(path));

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** What Lighthouse found on one page. */
export interface PageReport {
  url: string;
  /** Category scores from 0 to 1: performance, accessibility, best-practices, seo. */
  scores: Record<string, number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Audits that did not pass, per category, for fixing. */
  failures: Array<{ category: string; id: string; title: string; score: number }>;
}

/** Serves `dir` (a built site) through scripts/serve.ts, gzip included; resolves once it listens. */
export async function serveSite(dir: string, port: number, base = '/'): Promise<{ url: string; close: () => void }> {
  if (!existsSync(join(ROOT, dir, 'index.html'))) throw new Error(`${dir}/ has no built site: run npm run build first`);
  const child: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/serve.ts', dir, '--port', String(port), '--base', base], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready, fail) => {
    child.once('exit', (code) => fail(new Error(`serve.ts exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Serving')) ready();
    });
  });
  return { url: `http://127.0.0.1:${port}${base}`, close: () => child.kill() };
}

/** Runs Lighthouse once per URL in one Chromium; throws where there is no system Chromium. */
export async function runLighthouse(urls: readonly string[]): Promise<PageReport[]> {
  if (!CHROMIUM) throw new Error('no system Chromium (Debian: apt-get install chromium); Lighthouse needs one');
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  try {
    const reports: PageReport[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
      const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      const failures = Object.entries(lhr.categories).flatMap(([category, c]) =>
        c.auditRefs.flatMap((ref) => {
          const audit = lhr.audits[ref.id];
          return audit && ref.weight > 0 && audit.score !== null && audit.score < 1 ? [{ category, id: ref.id, title: audit.title, score: audit.score }] : [];
        }),
      );
      reports.push({
        url,
        scores: Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, c.score ?? 0])),
        lcpMs: numeric('largest-contentful-paint'),
        cls: numeric('cumulative-layout-shift'),
        tbtMs: numeric('total-blocking-time'),
        failures,
      });
    }
    return reports;
  } finally {
    chrome.kill();
  }
}
