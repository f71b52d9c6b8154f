// The minimal Astro site bench/build.ts compares Dateline with: Astro's defaults, nothing added.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
});
