// The minimal Astro site bench/build.ts compares Dateline with: Astro's defaults, nothing added.
// With MARKDOWN=remark it renders Markdown with remark (`unified()` with GFM and no plugins; Dateline
// does its typography in its own pass, so smartypants is off), the processor Dateline is built on,
// instead of Astro 7's default Sätteri: the floor of Dateline's own stack.
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  ...(process.env.MARKDOWN === 'remark' ? { markdown: { processor: unified({ smartypants: false }) } } : {}),
});
