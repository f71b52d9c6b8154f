import type { APIRoute } from 'astro';
import { absolute } from '../config/site.ts';
import { paths } from '../lib/urls.ts';

/** Lets every crawler in and points it at both sitemaps, under the base path. */
export const GET: APIRoute = () =>
  new Response(['User-agent: *', 'Allow: /', '', `Sitemap: ${absolute(paths.sitemapIndex())}`, `Sitemap: ${absolute(paths.newsSitemap())}`, ''].join('\n'), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
