import type { APIRoute } from 'astro';
import { absolute, site } from '../config/site.ts';
import { feedItems } from '../data/feeds.ts';
import { getNewsroom } from '../data/newsroom.ts';
import { buildJsonFeed } from '../lib/feeds/feed-items.ts';
import { paths } from '../lib/urls.ts';

/** JSON Feed 1.1 of the newest 50 stories, as summaries (full text is in /rss.xml). */
export const GET: APIRoute = async () => {
  const newsroom = await getNewsroom();
  const feed = buildJsonFeed({
    title: site.name,
    description: site.description,
    homeUrl: absolute(paths.home()),
    feedUrl: absolute(paths.jsonFeed()),
    language: site.lang,
    items: await feedItems(newsroom.articles),
  });
  return new Response(JSON.stringify(feed, null, 2), { headers: { 'content-type': 'application/feed+json; charset=utf-8' } });
};
