import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Indexes the built site with Pagefind after every build, so `dist/` always ships a matching index. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'dateline-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Only article pages carry data-pagefind-body, so only they are read: the index is the same,
        // and at 10,000 articles Pagefind no longer parses some 9,000 entity, timeline and section pages.
        const added = await index.addDirectory({ path: site, glob: 'articles/**/*.html' });
        if (added.errors.length) throw new Error(`Pagefind failed to index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind failed to write its index: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        await pagefind.close();
      },
    },
  };
}
