import type { APIRoute } from 'astro';
import { absolute } from '../config/site.ts';

/** Lets every crawler in and points it at both sitemaps, under the base path. */
export const GET: APIRoute = () =>
  new Response(
    ['User-agent: *', 'Allow: /', '', `Sitemap: ${absolute('/sitemap-index.xml')}`, `Sitemap: ${absolute('/news-sitemap.xml')}`, ''].join('\n'),
    { headers: { 'content-type': 'text/plain; charset=utf-8' } },
  );
