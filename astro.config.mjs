// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import { cspDirectives, scriptHashes, scriptSources } from './src/config/csp.ts';
import { site } from './src/config/site.ts';
import { readArticleLastmod } from './src/content/article-lastmod.ts';
import { cachedFrontmatterReader } from './src/content/frontmatter-cache.ts';
import { markdownPipeline } from './src/content/markdown-pipeline.ts';
import { hashSourceFiles } from './src/content/pipeline-revision.ts';
import { readRawSources } from './src/content/source-files.ts';
import { readValidSources } from './src/content/validate-sources.ts';
import { siteArticleSchema } from './src/content/site-article-schema.ts';
import { contentDataModules } from './src/integrations/content-data-modules.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { storeModuleFromFile } from './src/integrations/store-module-from-file.ts';
import { buildCacheDir } from './src/lib/build-cache-dir.ts';
import { withBase } from './src/lib/urls.ts';

const cacheDir = buildCacheDir(process.env);

// Every broken article is named here, all at once, before Astro parses anything; a runaway file
// (a whole feed in one article) fails here instead of after minutes of parsing. Only the dates
// are kept: the texts would stay in memory for the whole build.
const lastmodByUrl = (() => {
  // The parsing code is ours and the yaml package's.
  const frontmatter = cachedFrontmatterReader(join(cacheDir, 'frontmatter.bin'), hashSourceFiles(['src/lib', 'src/content', 'node_modules/yaml/package.json']));
  const sources = readValidSources(readRawSources('content/articles'), siteArticleSchema, frontmatter.read);
  frontmatter.save();
  const lastmod = readArticleLastmod(sources, site.timeZone);
  return new Map([...lastmod].map(([path, date]) => [new URL(withBase(site.basePath, path), site.url).href, date]));
})();

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // One cache folder per build variant (npm scripts set BUILD_VARIANT); CI restores each one.
  cacheDir,
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
    // Nothing here may change with the articles: a change clears Astro's content store and its
    // incremental-build manifest, and every article is parsed and rendered again.
    processor: unified(markdownPipeline({ basePath: site.basePath, timeZone: site.timeZone, locale: site.locale })),
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
    storeModuleFromFile(),
  ],
  experimental: {
    // A page whose getStaticPaths cacheKey (a digest of everything it shows, src/lib/page-keys)
    // and code are unchanged is copied from the last build instead of rendered.
    incrementalBuild: true,
  },
  vite: {
    // The list of content/images: a new photo re-renders the pages that show it (page keys), not all.
    plugins: [tailwindcss(), contentDataModules(['src/data/image-files.ts'])],
    build: { assetsInlineLimit: 0 },
  },
});
