import type { APIRoute } from 'astro';
import { site } from '../config/site.ts';
import { feedItems, rssResponse } from '../data/feeds.ts';
import { getNewsroom } from '../data/newsroom.ts';
import { paths } from '../lib/urls.ts';

/** The newest 50 stories. */
export const GET: APIRoute = async () => {
  const newsroom = await getNewsroom();
  return rssResponse({ title: site.name, description: site.description, path: paths.feed(), items: await feedItems(newsroom.articles) });
};
