import rss from '@astrojs/rss';
import { absolute, sectionName, site } from '../config/site.ts';
import { absolutizeHtml } from '../lib/feeds/absolutize-html.ts';
import { buildFeedItem, rssCreators, withFullText, type FeedItem } from '../lib/feeds/feed-items.ts';
import type { ArticleRecord } from '../lib/types.ts';
import { shareImageUrl } from './article-images.ts';
import { paths } from '../lib/urls.ts';
import { getArticleEntries, getNewsroom } from './newsroom.ts';

// An article is the same item in every feed that lists it (the main feed, its section's, one per
// entity it mentions), so each is built once per build rather than once per feed.
const itemsById = new Map<string, Promise<FeedItem>>();

// The section and the strongest entity names: a long release naming thirty countries would
// otherwise repeat thirty categories in every feed that lists it.
const ENTITY_CATEGORIES = 5;

/** What a feed lists: how many of the newest articles, and how many of those carry their full text. */
export interface FeedShape {
  limit?: number;
  /** Only the site feed carries full text, for its newest items: thousands of section and entity feeds each repeating whole articles would outweigh the articles. */
  fullText?: number;
  /** A category every item carries: the entity an entity feed follows, even where it is not among an item's strongest. */
  category?: string;
}

/** Feed items for `articles` (newest first): summaries, the newest `fullText` of them with full HTML and absolute URLs. */
export function feedItems(articles: readonly ArticleRecord[], { limit = 50, fullText = 0, category }: FeedShape = {}): Promise<FeedItem[]> {
  return Promise.all(
    articles.slice(0, limit).map(async (article, index) => {
      let shared = itemsById.get(article.id);
      if (!shared) itemsById.set(article.id, (shared = feedItemOf(article)));
      const item = await shared;
      const categories = category && !item.categories.includes(category) ? [...item.categories, category] : item.categories;
      const shown = { ...item, categories };
      return index < fullText ? withFullText(shown, await fullTextOf(article)) : shown;
    }),
  );
}

async function fullTextOf(article: ArticleRecord): Promise<string> {
  const entry = (await getArticleEntries()).get(article.id);
  return absolutizeHtml(entry?.rendered?.html ?? '', new URL(site.url).origin);
}

async function feedItemOf(article: ArticleRecord): Promise<FeedItem> {
  const newsroom = await getNewsroom();
  // Image URLs are resolved through astro:assets (content/images/), which is asynchronous.
  const src = article.image?.src;
  const image = src ? await shareImageUrl(src, article.file) : undefined;
  return buildFeedItem(article, {
    urlOf: (a) => absolute(paths.article(a.id)),
    categoriesOf: (a) => [sectionName(a.section), ...newsroom.entityNamesOf(a).slice(0, ENTITY_CATEGORIES)],
    imageOf: () => image,
  });
}

/** An RSS 2.0 response with `atom:link rel="self"`, Dublin Core creators and, where an item has it, `content:encoded`. */
export function rssResponse(feed: { title: string; description: string; path: string; items: FeedItem[] }): Promise<Response> {
  return rss({
    title: feed.title,
    description: feed.description,
    site: absolute(paths.home()),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${site.lang}</language><atom:link href="${absolute(feed.path)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
    items: feed.items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: item.published,
      description: item.summary,
      categories: item.categories,
      ...(item.html ? { content: item.html } : {}),
      customData: rssCreators(item),
    })),
  });
}
