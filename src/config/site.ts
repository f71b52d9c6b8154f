import { resolveBuildTime, resolveSettings, type SiteSettings } from '../lib/settings.ts';
import { absoluteUrl, withBase } from '../lib/urls.ts';

/** The site's own settings; `SITE_URL`, `BASE_PATH` and `SITE_TIMEZONE` in the environment override them. */
export const defaults: SiteSettings = {
  name: 'Dateline',
  description: 'Independent news on world affairs, politics, business, science and culture, with the people, places and stories behind every headline.',
  url: 'https://dateline.example.org',
  basePath: '/',
  timeZone: 'UTC',
  locale: 'en-GB',
  lang: 'en',
  sections: [
    { id: 'news', name: 'News' },
    { id: 'world', name: 'World' },
    { id: 'politics', name: 'Politics' },
    { id: 'business', name: 'Business' },
    { id: 'technology', name: 'Technology' },
    { id: 'science', name: 'Science' },
    { id: 'culture', name: 'Culture' },
    { id: 'sport', name: 'Sport' },
  ],
  pageSize: 20,
  entityPageSize: 100,
  entityPageMinArticles: 3,
  shareCardDays: 30,
};

/** The settings this build uses. */
export const site: SiteSettings = resolveSettings(defaults, process.env);

/** When this build was made (`SOURCE_DATE_EPOCH` pins it for reproducible output). */
export const builtAt: Date = resolveBuildTime(process.env);

/** A site-relative path with this build's base path. */
export const href = (path: string): string => withBase(site.basePath, path);

/** The absolute URL of a site-relative path in this build. */
export const absolute = (path: string): string => absoluteUrl(site.url, site.basePath, path);

/** The display name of a section id. */
export const sectionName = (id: string): string => site.sections.find((s) => s.id === id)?.name ?? id;
