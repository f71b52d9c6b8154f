import { DAY_MS } from '../time/index.ts';
import { compareNewestFirst } from '../timeline/sort-newest-first.ts';
import type { ArticleRecord } from '../types.ts';
import { escapeXml } from './escape-xml.ts';

/**
 * The articles a Google News sitemap lists: those published in the two days up to the newest
 * article. Anchored on the newest article, not the clock, so the same content builds the same file.
 */
export function selectNewsSitemapArticles(articles: readonly ArticleRecord[]): ArticleRecord[] {
  // A loop, not Math.max(...spread): a spread of a whole archive overflows the call stack.
  const newest = articles.reduce((max, a) => Math.max(max, a.published.getTime()), -Infinity);
  return articles.filter((a) => newest - a.published.getTime() <= 2 * DAY_MS).sort(compareNewestFirst);
}

/** The Google News sitemap XML for `articles`. */
export function buildNewsSitemap(
  articles: readonly ArticleRecord[],
  options: { urlOf: (a: ArticleRecord) => string; publication: string; language: string },
): string {
  const urls = articles.map(
    (a) =>
      `<url><loc>${escapeXml(options.urlOf(a))}</loc><news:news><news:publication><news:name>${escapeXml(options.publication)}</news:name><news:language>${escapeXml(options.language)}</news:language></news:publication><news:publication_date>${a.published.toISOString()}</news:publication_date><news:title>${escapeXml(a.title)}</news:title></news:news></url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
