import rss from '@astrojs/rss';
import { absolute, sectionName, site } from '../config/site.ts';
import { absolutizeHtml } from '../lib/feeds/absolutize-html.ts';
import { buildFeedItem, rssCreators, type FeedItem } from '../lib/feeds/feed-items.ts';
import type { ArticleRecord } from '../lib/types.ts';
import { shareImageUrl } from './article-images.ts';
import { paths } from '../lib/urls.ts';
import { getArticleEntries, getNewsroom } from './newsroom.ts';

// An article is the same item in every feed that lists it (the main feed, its section's, one per
// entity it mentions), so each is built once per build rather than once per feed.
const itemsById = new Map<string, Promise<FeedItem>>();

/** Feed items for `articles` (newest first), with full HTML and absolute URLs. */
export function feedItems(articles: readonly ArticleRecord[], limit = 50): Promise<FeedItem[]> {
  return Promise.all(
    articles.slice(0, limit).map((article) => {
      const known = itemsById.get(article.id);
      if (known) return known;
      const item = feedItemOf(article);
      itemsById.set(article.id, item);
      return item;
    }),
  );
}

async function feedItemOf(article: ArticleRecord): Promise<FeedItem> {
  const [entries, newsroom] = await Promise.all([getArticleEntries(), getNewsroom()]);
  const entry = entries.get(article.id);
  // Image URLs are resolved through astro:assets (content/images/), which is asynchronous.
  const src = entry?.data.image?.src;
  const image = src ? await shareImageUrl(src, article.id) : undefined;
  return buildFeedItem(article, {
    urlOf: (a) => absolute(paths.article(a.id)),
    htmlOf: () => absolutizeHtml(entry?.rendered?.html ?? '', new URL(site.url).origin),
    authorsOf: () => entry?.data.authors ?? [],
    categoriesOf: (a) => [sectionName(a.section), ...newsroom.entityNamesOf(a)],
    imageOf: () => image,
  });
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
