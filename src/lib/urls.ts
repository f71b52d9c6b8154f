/** The folder of the built site that holds the article pages (`/articles/<id>/`). */
export const ARTICLES_FOLDER = 'articles';

/** Site-relative paths for every page type (no base path); `withBase` adds it, `parseSitePath` reads one back. */
export const paths = {
  home: () => '/',
  article: (id: string) => `/${ARTICLES_FOLDER}/${id}/`,
  section: (id: string, page = 1) => (page > 1 ? `/sections/${id}/${page}/` : `/sections/${id}/`),
  sectionFeed: (id: string) => `/sections/${id}/rss.xml`,
  entities: () => '/entities/',
  entity: (id: string, page = 1) => (page > 1 ? `/entities/${id}/${page}/` : `/entities/${id}/`),
  entityFeed: (id: string) => `/entities/${id}/rss.xml`,
  timeline: () => '/timeline/',
  timelineMonth: (month: string) => `/timeline/${month.replace('-', '/')}/`,
  stories: () => '/stories/',
  story: (id: string) => `/stories/${id}/`,
  search: () => '/search/',
  feed: () => '/rss.xml',
  jsonFeed: () => '/feed.json',
  newsSitemap: () => '/news-sitemap.xml',
  sitemapIndex: () => '/sitemap-index.xml',
  robots: () => '/robots.txt',
  notFound: () => '/404.html',
  shareImage: (articleId: string) => `/og/${articleId}.png`,
  sectionCard: (sectionId: string) => `/sections/${sectionId}/card.png`,
  hotList: () => '/hot.json',
  logo: () => '/favicon.svg',
};

/** The page a site-relative path names, with the ids `paths` built it from (`/sections/world/2/` → section `world`, page 2). */
export type SiteRoute =
  | { page: 'home' | 'entities' | 'timeline' | 'stories' | 'search' | 'feed' | 'jsonFeed' | 'newsSitemap' | 'sitemapIndex' | 'robots' | 'notFound' | 'hotList' }
  | { page: 'article'; id: string }
  | { page: 'section' | 'entity'; id: string; number: number }
  | { page: 'sectionFeed' | 'sectionCard' | 'entityFeed' | 'story'; id: string }
  | { page: 'timelineMonth'; month: string }
  | { page: 'shareImage'; articleId: string };

const FIXED = new Map<string, SiteRoute>(
  (['home', 'entities', 'timeline', 'stories', 'search', 'feed', 'jsonFeed', 'newsSitemap', 'sitemapIndex', 'robots', 'notFound', 'hotList'] as const).map(
    (page) => [paths[page](), { page }],
  ),
);
// The shapes `paths` builds, read back; a page number is never 1 (page 1 has no number) and never has a leading 0.
const LISTING = /^\/(sections|entities)\/([^/]+)\/(?:([2-9]|[1-9]\d+)\/|(rss\.xml)|(card\.png))?$/;
const STORY = /^\/stories\/([^/]+)\/$/;
const MONTH = /^\/timeline\/(\d{4})\/(\d{2})\/$/;
const ARTICLE = new RegExp(`^/${ARTICLES_FOLDER}/(.+)/$`);
const SHARE_IMAGE = /^\/og\/(.+)\.png$/;

/** The page a site-relative path (no base path, query or fragment) is the URL of, or `undefined` when `paths` builds no such URL. */
export function parseSitePath(path: string): SiteRoute | undefined {
  const fixed = FIXED.get(path);
  if (fixed) return fixed;
  const listing = LISTING.exec(path);
  if (listing) {
    const [, kind, id = '', number, feed, card] = listing;
    if (kind === 'sections')
      return card ? { page: 'sectionCard', id } : feed ? { page: 'sectionFeed', id } : { page: 'section', id, number: Number(number ?? 1) };
    return card ? undefined : feed ? { page: 'entityFeed', id } : { page: 'entity', id, number: Number(number ?? 1) };
  }
  const story = STORY.exec(path);
  if (story) return { page: 'story', id: story[1] ?? '' };
  const month = MONTH.exec(path);
  if (month) return { page: 'timelineMonth', month: `${month[1]}-${month[2]}` };
  const article = ARTICLE.exec(path);
  if (article) return { page: 'article', id: article[1] ?? '' };
  const image = SHARE_IMAGE.exec(path);
  if (image) return { page: 'shareImage', articleId: image[1] ?? '' };
  return undefined;
}

/** The Wikidata page of an item id (`Q42`). */
export const wikidataUrl = (qid: string): string => `https://www.wikidata.org/wiki/${qid}`;

/** Prefixes a site-relative path with the base path (`/news/` + `/articles/x/` → `/news/articles/x/`). */
export function withBase(basePath: string, path: string): string {
  return `${basePath.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/** The site-relative path of a URL path under the base path (`/news/articles/x/` → `/articles/x/`), or `undefined` when it lies outside it. */
export function withoutBase(basePath: string, path: string): string | undefined {
  const prefix = basePath.replace(/\/$/, '');
  if (!path.startsWith('/')) return undefined;
  if (prefix === '') return path;
  if (path === prefix) return '/';
  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : undefined;
}

/** The absolute URL of a site-relative path. */
export function absoluteUrl(siteUrl: string, basePath: string, path: string): string {
  return new URL(withBase(basePath, path), `${siteUrl.replace(/\/$/, '')}/`).href;
}
