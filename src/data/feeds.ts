import rss from '@astrojs/rss';
import { absolute, sectionName, site } from '../config/site.ts';
import { absolutizeHtml } from '../lib/feeds/absolutize-html.ts';
import { buildFeedItems, rssCreators, type FeedItem } from '../lib/feeds/feed-items.ts';
import type { ArticleRecord } from '../lib/types.ts';
import { shareImageUrl } from './article-images.ts';
import { paths } from '../lib/urls.ts';
import { getArticleEntries, getNewsroom } from './newsroom.ts';

// An article is the same item in every feed that lists it (the main feed, its section's, one per
// entity it mentions), so each is built once per build rather than once per feed.
const itemsById = new Map<string, FeedItem>();

/** Feed items for `articles` (newest first), with full HTML and absolute URLs. */
export async function feedItems(articles: readonly ArticleRecord[], limit = 50): Promise<FeedItem[]> {
  const newest = articles.slice(0, limit);
  const missing = newest.filter((a) => !itemsById.has(a.id));
  if (missing.length > 0) {
    const entries = await getArticleEntries();
    const newsroom = await getNewsroom();
    const origin = new URL(site.url).origin;
    // Image URLs are resolved through astro:assets (content/images/), which is asynchronous.
    const imageUrls = new Map<string, string>();
    for (const a of missing) {
      const src = entries.get(a.id)?.data.image?.src;
      if (src) imageUrls.set(a.id, await shareImageUrl(src, a.id));
    }
    const built = buildFeedItems(missing, {
      urlOf: (a) => absolute(paths.article(a.id)),
      htmlOf: (a) => absolutizeHtml(entries.get(a.id)?.rendered?.html ?? '', origin),
      authorsOf: (a) => entries.get(a.id)?.data.authors ?? [],
      categoriesOf: (a) => [sectionName(a.section), ...newsroom.entityNamesOf(a)],
      imageOf: (a) => imageUrls.get(a.id),
    }, missing.length);
    missing.forEach((a, i) => itemsById.set(a.id, built[i] as FeedItem));
  }
  return newest.map((a) => itemsById.get(a.id) as FeedItem);
}

/** An RSS 2.0 response with `atom:link rel="self"`, Dublin Core creators and `content:encoded`. */
export function rssResponse(feed: { title: string; description: string; path: string; items: FeedItem[] }): Promise<Response> {
  return rss({
    title: feed.title,
    description: feed.description,
    site: absolute('/'),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${site.lang}</language><atom:link href="${absolute(feed.path)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
    items: feed.items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: item.published,
      description: item.summary,
      categories: item.categories,
      content: item.html,
      customData: rssCreators(item),
    })),
  });
}
