import type { APIRoute } from 'astro';
import { builtAt, href, sectionName, site } from '../config/site.ts';
import { getNewsroom } from '../data/newsroom.ts';
import { buildHotFragment } from '../lib/hot/index.ts';
import { formatTimestamp } from '../lib/time/index.ts';
import { paths } from '../lib/urls.ts';

/** "Hot news now" for article pages, which load it with a small script (src/client/hot-news.ts). */
export const GET: APIRoute = async () => {
  const { hot } = await getNewsroom();
  const fragment = buildHotFragment(hot, {
    asOf: formatTimestamp(builtAt, site),
    urlOf: (id) => href(paths.article(id)),
    sectionName,
  });
  return new Response(JSON.stringify(fragment), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
