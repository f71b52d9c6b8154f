import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium (or a CI runner's Chrome) where installed; otherwise Playwright's own browser if the user has one.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) => existsSync(path));

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
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: [
    { command: 'tsx scripts/serve.ts dist --port 4321', url: 'http://127.0.0.1:4321/', reuseExistingServer: !process.env['CI'] },
    {
      command: 'tsx scripts/serve.ts dist-news --port 4322 --base /news/',
      url: 'http://127.0.0.1:4322/news/',
      reuseExistingServer: !process.env['CI'],
    },
  ],
});
