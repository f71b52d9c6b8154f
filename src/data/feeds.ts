import rss from '@astrojs/rss';
import { absolute, sectionName, site } from '../config/site.ts';
import { absolutizeHtml } from '../lib/feeds/absolutize-html.ts';
import { buildFeedItems, rssCreators, type FeedItem } from '../lib/feeds/feed-items.ts';
import type { ArticleRecord } from '../lib/types.ts';
import { shareImageUrl } from './article-images.ts';
import { paths } from '../lib/urls.ts';
import { getArticleEntries, getNewsroom } from './newsroom.ts';

/** Feed items for `articles` (newest first), with full HTML and absolute URLs. */
export async function feedItems(articles: readonly ArticleRecord[], limit = 50): Promise<FeedItem[]> {
  const entries = await getArticleEntries();
  const newsroom = await getNewsroom();
  const origin = new URL(site.url).origin;
  // Image URLs are resolved through astro:assets (content/images/), which is asynchronous.
  const imageUrls = new Map<string, string>();
  for (const a of articles.slice(0, limit)) {
    const src = entries.get(a.id)?.data.image?.src;
    if (src) imageUrls.set(a.id, await shareImageUrl(src, a.id));
  }
  return buildFeedItems(
    articles,
    {
      urlOf: (a) => absolute(paths.article(a.id)),
      htmlOf: (a) => absolutizeHtml(entries.get(a.id)?.rendered?.html ?? '', origin),
      authorsOf: (a) => entries.get(a.id)?.data.authors ?? [],
      categoriesOf: (a) => [sectionName(a.section), ...newsroom.entityNamesOf(a)],
      imageOf: (a) => imageUrls.get(a.id),
    },
    limit,
  );
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
