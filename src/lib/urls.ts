/** Site-relative paths for every page type (no base path); `withBase` adds it. */
export const paths = {
  home: () => '/',
  article: (id: string) => `/articles/${id}/`,
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
  shareImage: (articleId: string) => `/og/${articleId}.png`,
  sectionCard: (sectionId: string) => `/sections/${sectionId}/card.png`,
  hotList: () => '/hot.json',
  logo: () => '/favicon.svg',
};

/** The Wikidata page of an item id (`Q42`). */
export const wikidataUrl = (qid: string): string => `https://www.wikidata.org/wiki/${qid}`;

/** Prefixes a site-relative path with the base path (`/news/` + `/articles/x/`). */
export function withBase(basePath: string, path: string): string {
  return `${basePath.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/** The absolute URL of a site-relative path. */
export function absoluteUrl(siteUrl: string, basePath: string, path: string): string {
  return new URL(withBase(basePath, path), `${siteUrl.replace(/\/$/, '')}/`).href;
}
