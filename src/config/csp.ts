/**
 * The site's Content Security Policy, defined once: Astro writes it into every page as a
 * `<meta http-equiv>` (adding hashes of its own bundles) and `public/_headers` sends it as an
 * HTTP header on hosts that read that file. No inline script runs except the theme boot script,
 * allowed by its hash; `'wasm-unsafe-eval'` lets Pagefind start its WebAssembly search.
 */
import { createHash } from 'node:crypto';
import { THEME_BOOT_SCRIPT } from '../layouts/theme-boot.ts';

/** The CSP source for an inline script: `'sha256-…'` without the quotes, as Astro's config wants it. */
export function hashInlineScript(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}

/** Directives besides `script-src` and `style-src` (which Astro writes itself). */
export const cspDirectives = [
  "default-src 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "form-action 'self'",
  "img-src 'self' https: data:",
  "font-src 'self'",
  // Pagefind's index files and the hot list article pages load (/hot.json) come from the site itself.
  "connect-src 'self'",
  "frame-src 'none'",
] as const;

/** Where scripts may come from. */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Hashes of the inline scripts the pages carry. */
export const scriptHashes = [hashInlineScript(THEME_BOOT_SCRIPT)] as const;

/** The policy as one header value; adds `frame-ancestors`, which only a header can carry. */
export function headerPolicy(): string {
  return [
    ...cspDirectives,
    `script-src ${[...scriptSources, ...scriptHashes.map((hash) => `'${hash}'`)].join(' ')}`,
    "style-src 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
