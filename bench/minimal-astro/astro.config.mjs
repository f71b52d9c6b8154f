// The minimal Astro site bench/build.ts compares Dateline with: article and tag pages, and the
// Pagefind index of the article pages, as Dateline ships one. With MARKDOWN=remark it renders
// Markdown with remark (`unified()` with GFM and no plugins; Dateline does its typography in its own
// pass, so smartypants is off), the processor Dateline is built on, instead of Astro 7's default
// Sätteri: with remark this is the floor of Dateline's own stack.
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';

/**
 * Indexes the article pages with Pagefind after the build, as Dateline's own integration does.
 * @type {import('astro').AstroIntegration}
 */
const pagefindIndex = {
  name: 'floor-pagefind',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const site = fileURLToPath(dir);
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: site, glob: 'articles/**/*.html' });
      if (added.errors.length) throw new Error(`Pagefind failed: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
      if (written.errors.length) throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
      logger.info(`indexed ${added.page_count} pages`);
      await pagefind.close();
    },
  },
};

export default defineConfig({
  site: 'https://example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  ...(process.env.MARKDOWN === 'remark' ? { markdown: { processor: unified({ smartypants: false }) } } : {}),
  integrations: [pagefindIndex],
});
