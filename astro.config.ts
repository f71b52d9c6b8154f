import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { site } from './src/config/site.ts';
import { readArticleLastmod } from './src/content/article-lastmod.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { remarkBasePathLinks } from './src/remark/base-path-links.ts';
import { withBase } from './src/lib/urls.ts';

const lastmod = readArticleLastmod('content/articles', site.timeZone);
const lastmodByUrl = new Map([...lastmod].map(([path, date]) => [new URL(withBase(site.basePath, path), site.url).href, date]));

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: site.url,
  base: site.basePath,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({ remarkPlugins: [remarkBasePathLinks({ basePath: site.basePath })] }),
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
