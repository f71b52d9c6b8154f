import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { site } from './src/config/site.ts';
import { readArticleLastmod } from './src/content/article-lastmod.ts';
import { loadSiteRegistry } from './src/content/registry.ts';
import { readSourceFiles } from './src/content/source-files.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { withBase } from './src/lib/urls.ts';
import { remarkBasePathLinks } from './src/remark/base-path-links.ts';
import { remarkEntities } from './src/remark/entities.ts';
import { remarkEventDates } from './src/remark/event-dates.ts';

const sources = readSourceFiles('content/articles');
const registry = loadSiteRegistry(sources.flatMap((s) => (Array.isArray(s.frontmatter.data['tags']) ? s.frontmatter.data['tags'].map(String) : [])));
const lastmod = readArticleLastmod(sources, site.timeZone);
const lastmodByUrl = new Map([...lastmod].map(([path, date]) => [new URL(withBase(site.basePath, path), site.url).href, date]));

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: site.url,
  base: site.basePath,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      remarkPlugins: [
        remarkBasePathLinks({ basePath: site.basePath }),
        [remarkEntities, { registry, basePath: site.basePath }],
        remarkEventDates({ timeZone: site.timeZone }),
      ],
    }),
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
  },
});
