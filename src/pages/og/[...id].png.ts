import type { APIRoute, GetStaticPaths } from 'astro';
import { sectionName, site } from '../../config/site.ts';
import { getNewsroom } from '../../data/newsroom.ts';
import { getPageKeys } from '../../data/page-keys.ts';
import { shareCardKind } from '../../data/share-images.ts';
import { buildCacheDir } from '../../lib/build-cache-dir.ts';
import { cachedRender } from '../../lib/og/cached-render.ts';
import { CARD_ENCODING, renderOgImage, type OgCard } from '../../lib/og/render-og-image.ts';
import { formatDate } from '../../lib/time/index.ts';
import type { ArticleRecord } from '../../lib/types.ts';

// Only recent articles without a lead image get a card of their own; the rest share another picture.
export const getStaticPaths = (async () => {
  const [newsroom, keys] = await Promise.all([getNewsroom(), getPageKeys()]);
  return newsroom.articles
    .filter((article) => shareCardKind(article) === 'article-card')
    .map((article) => ({ params: { id: article.id }, props: { article }, cacheKey: keys.page('og', article) }));
}) satisfies GetStaticPaths;

/** The share card of one recent article (Open Graph and Twitter cards). */
export const GET: APIRoute = async ({ props }) => {
  const { article } = props as { article: ArticleRecord };
  const card: OgCard = {
    headline: article.title,
    section: sectionName(article.section),
    date: formatDate(article.published, site.locale, site.timeZone),
    siteName: site.name,
  };
  // Kept in the build variant's cache folder, which CI restores between runs; cards survive a code
  // change that makes Astro render every page again.
  const png = await cachedRender(`${buildCacheDir(process.env)}dateline-og`, `v3:${CARD_ENCODING}:${JSON.stringify(card)}`, () => renderOgImage(card));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
