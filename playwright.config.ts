import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// The browser: on GitHub's runners, the Chromium of the locked Playwright version, which the workflow
// installs (and caches on that version) — never whichever Chrome the runner image happens to carry.
// Elsewhere Debian's Chromium (`apt-get install chromium`), for machines that cannot download a
// browser; where there is none, Playwright's own (`npx playwright install chromium`).
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const executablePath = process.env['GITHUB_ACTIONS'] !== 'true' && existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;

// The base path dist/ was built for. '/' locally; in CI the GitHub Pages base path, so the browser
// tests run against the very build that is published (see scripts/serve.ts --root-alias).
const distBase = process.env['E2E_BASE_PATH'] || '/';
const distServer = distBase === '/' ? 'tsx scripts/serve.ts dist --port 4321' : `tsx scripts/serve.ts dist --port 4321 --base '${distBase}' --root-alias`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  ...(process.env['CI'] ? { workers: 2 } : {}),
  retries: 0,
  reporter: process.env['CI'] ? 'list' : 'line',
  use: {
    baseURL: 'http://127.0.0.1:4321',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: [
    { command: distServer, url: 'http://127.0.0.1:4321/', reuseExistingServer: !process.env['CI'] },
    {
      command: 'tsx scripts/serve.ts dist-news --port 4322 --base /news/',
      url: 'http://127.0.0.1:4322/news/',
      reuseExistingServer: !process.env['CI'],
    },
  ],
});
