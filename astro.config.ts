import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { cspDirectives, scriptHashes, scriptSources } from './src/config/csp.ts';
import { site } from './src/config/site.ts';
import { readArticleLastmod } from './src/content/article-lastmod.ts';
import { markdownPipeline } from './src/content/markdown-pipeline.ts';
import { assertArticleSizes } from './src/lib/check/article-size.ts';
import { collectTags, readSourceFiles } from './src/content/source-files.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { withBase } from './src/lib/urls.ts';

const sources = readSourceFiles('content/articles');
// A runaway file (a whole feed in one article) fails here, at once, instead of after minutes of parsing.
assertArticleSizes(sources);
const lastmod = readArticleLastmod(sources, site.timeZone);
const lastmodByUrl = new Map([...lastmod].map(([path, date]) => [new URL(withBase(site.basePath, path), site.url).href, date]));

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: site.url,
  base: site.basePath,
  trailingSlash: 'always',
  // Stylesheets and scripts stay files (never inlined), so one fixed policy in public/_headers fits every page.
  // Four pages render at once, so share-card rasterising (sharp, off the main thread) overlaps page rendering.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...cspDirectives],
      scriptDirective: { resources: [...scriptSources], hashes: [...scriptHashes] },
    },
  },
  markdown: {
    // Shiki colours code with inline styles, which the Content Security Policy (and the sanitiser) refuse.
    syntaxHighlight: false,
    // The tags join the entity registry, so a new tag changes Astro's config digest and every
    // article is rendered again against the new registry.
    processor: unified(markdownPipeline({ basePath: site.basePath, timeZone: site.timeZone, tags: collectTags(sources) })),
  },
  integrations: [
    sitemap({
      filter: (page) => !page.endsWith('/404/') && !page.endsWith('/search/'),
      serialize: (item) => {
        const date = lastmodByUrl.get(item.url);
        return date ? { ...item, lastmod: date.toISOString() } : item;
      },
    }),
    pagefindIndex(),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: { assetsInlineLimit: 0 },
  },
});
