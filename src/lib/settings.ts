/** A section of the site, e.g. `world`. */
export interface Section {
  id: string;
  name: string;
}

/** Everything a build needs to know about the site. */
export interface SiteSettings {
  name: string;
  description: string;
  /** Origin the site is published at, without the base path. */
  url: string;
  /** Sub-path the site lives under; always starts and ends with `/`. */
  basePath: string;
  /** IANA timezone that local days and shown times are taken in. */
  timeZone: string;
  /** BCP 47 locale for dates and numbers, e.g. `en-GB`. */
  locale: string;
  /** Default language of articles (BCP 47). */
  lang: string;
  sections: Section[];
  /** Articles per page on listing pages. */
  pageSize: number;
  /** Stories per page of an entity's headline list (one line each, so longer than `pageSize`). */
  entityPageSize: number;
  /** A name no editor registered gets its own page and feed once this many published articles mention it. */
  entityPageMinArticles: number;
  /** Days after publication that an article without a lead image shares its own generated card; later, its section's card. */
  shareCardDays: number;
}

/** Makes a base path of the form `/`, `/news/`. */
export function normaliseBasePath(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Throws unless `timeZone` is an IANA name this runtime knows. */
export function assertTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new Error(`SITE_TIMEZONE "${timeZone}" is not an IANA timezone name (for example Asia/Seoul or UTC)`);
  }
}

/** Applies `SITE_URL`, `BASE_PATH` and `SITE_TIMEZONE` from `env` over `base`. */
export function resolveSettings(base: SiteSettings, env: Record<string, string | undefined>): SiteSettings {
  const url = (env['SITE_URL'] || base.url).replace(/\/+$/, '');
  try {
    new URL(url);
  } catch {
    throw new Error(`SITE_URL "${url}" is not an absolute URL (for example https://news.example.org)`);
  }
  const timeZone = env['SITE_TIMEZONE'] || base.timeZone;
  assertTimeZone(timeZone);
  return { ...base, url, timeZone, basePath: normaliseBasePath(env['BASE_PATH'] || base.basePath) };
}

/**
 * The moment this build stands for: `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds
 * convention) when set, so the same content builds to the same bytes; otherwise now.
 */
export function resolveBuildTime(env: Record<string, string | undefined>, now: () => Date = () => new Date()): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch === undefined || epoch === '') return now();
  const seconds = Number(epoch);
  if (!Number.isInteger(seconds) || seconds < 0) throw new Error(`SOURCE_DATE_EPOCH "${epoch}" is not a whole number of seconds since 1970`);
  return new Date(seconds * 1000);
}
