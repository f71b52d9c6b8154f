import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerPolicy, hashInlineScript, scriptHashes } from '../../src/config/csp.ts';
import { THEME_BOOT_SCRIPT } from '../../src/layouts/theme-boot.ts';

const root = resolve(import.meta.dirname, '../..');
const headers = readFileSync(resolve(root, 'public/_headers'), 'utf8');

/** The `Header: value` lines of one `_headers` rule. */
function rule(path: string): Record<string, string> {
  const lines = headers.split('\n');
  const start = lines.indexOf(path);
  expect(start, `public/_headers has no rule for ${path}`).toBeGreaterThanOrEqual(0);
  const result: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    const match = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    if (!match) break;
    result[match[1] ?? ''] = match[2] ?? '';
  }
  return result;
}

describe('public/_headers', () => {
  it('sends the policy defined in src/config/csp.ts on every path', () => {
    // When this fails, copy headerPolicy() into the Content-Security-Policy line of public/_headers.
    expect(rule('/*')['Content-Security-Policy']).toBe(headerPolicy());
  });

  it('allows no inline script except the theme boot script, by its hash', () => {
    const policy = headerPolicy();
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).toContain(`'${hashInlineScript(THEME_BOOT_SCRIPT)}'`);
    expect(scriptHashes).toEqual([hashInlineScript(THEME_BOOT_SCRIPT)]);
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('caches hashed bundles for a year and revalidates pages and the search index', () => {
    expect(rule('/_astro/*')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(rule('/articles/*')['Cache-Control']).toMatch(/max-age=0/);
    expect(rule('/')['Cache-Control']).toMatch(/max-age=0/);
    expect(rule('/hot.json')['Cache-Control']).toMatch(/max-age=0/);
    expect(rule('/pagefind/*')['Cache-Control']).toMatch(/max-age=\d{1,3},/);
  });

  it('never sets Cache-Control on the catch-all rule, so no host has to merge two values', () => {
    expect(rule('/*')['Cache-Control']).toBeUndefined();
  });
});
