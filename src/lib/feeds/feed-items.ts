import type { ArticleRecord } from '../types.ts';
import { escapeXml, stripNonXmlChars } from './escape-xml.ts';

/** One entry of an RSS or JSON feed, independent of the feed format. */
export interface FeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  /** Full article HTML with absolute links; only the site feed's newest items carry it. */
  html?: string | undefined;
  published: Date;
  updated?: Date | undefined;
  authors: string[];
  categories: string[];
  image?: string | undefined;
}

/** What a feed needs to know about each article beyond the record. */
export interface FeedSource {
  urlOf: (article: ArticleRecord) => string;
  categoriesOf: (article: ArticleRecord) => string[];
  imageOf: (article: ArticleRecord) => string | undefined;
}

/**
 * One article as a feed item: title, link, dates, summary and categories, without the full text.
 * Its text holds no character that XML forbids (feeds are XML whatever an editor pasted).
 */
export function buildFeedItem(article: ArticleRecord, source: FeedSource): FeedItem {
  return {
    id: source.urlOf(article),
    url: source.urlOf(article),
    title: stripNonXmlChars(article.title),
    summary: stripNonXmlChars(article.summary),
    published: article.published,
    updated: article.updated,
    authors: article.authors.map(stripNonXmlChars),
    categories: source.categoriesOf(article).map(stripNonXmlChars),
    image: source.imageOf(article),
  };
}

/** The item with the article's full HTML, for the site feed's newest items; characters XML forbids are dropped from it too. */
export function withFullText(item: FeedItem, html: string): FeedItem {
  return { ...item, html: stripNonXmlChars(html) };
}

/** A JSON Feed 1.1 document. */
export function buildJsonFeed(feed: { title: string; description: string; homeUrl: string; feedUrl: string; language: string; items: FeedItem[] }) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    description: feed.description,
    home_page_url: feed.homeUrl,
    feed_url: feed.feedUrl,
    language: feed.language,
    items: feed.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      ...(item.html ? { content_html: item.html } : { content_text: item.summary }),
      date_published: item.published.toISOString(),
      ...(item.updated ? { date_modified: item.updated.toISOString() } : {}),
      ...(item.authors.length ? { authors: item.authors.map((name) => ({ name })) } : {}),
      tags: item.categories,
      ...(item.image ? { image: item.image } : {}),
    })),
  };
}

/** The `customData` XML of one RSS item: its authors as Dublin Core creators. */
export function rssCreators(item: FeedItem): string {
  return item.authors.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`).join('');
}
