import type { APIRoute } from 'astro';
import { absolute, site } from '../config/site.ts';
import { getNewsroom } from '../data/newsroom.ts';
import { buildNewsSitemap, selectNewsSitemapArticles } from '../lib/feeds/news-sitemap.ts';
import { paths } from '../lib/urls.ts';

/** Google News sitemap: the stories of the last two days before the newest one. */
export const GET: APIRoute = async () => {
  const newsroom = await getNewsroom();
  const xml = buildNewsSitemap(selectNewsSitemapArticles(newsroom.articles), {
    urlOf: (a) => absolute(paths.article(a.id)),
    publication: site.name,
    language: site.lang,
  });
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
