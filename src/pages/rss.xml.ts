import type { APIRoute } from 'astro';
import { site } from '../config/site.ts';
import { feedItems, rssResponse } from '../data/feeds.ts';
import { getNewsroom } from '../data/newsroom.ts';
import { paths } from '../lib/urls.ts';

/** The newest 50 stories, the newest 20 of them in full: the one feed that carries full text. */
export const GET: APIRoute = async () => {
  const newsroom = await getNewsroom();
  return rssResponse({
    title: site.name,
    description: site.description,
    path: paths.feed(),
    items: await feedItems(newsroom.articles, { limit: 50, fullText: 20 }),
  });
};
