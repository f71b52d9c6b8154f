/**
 * Which site paths a build will produce, known from the content alone, so body links can be
 * checked without building. Conservative: a path is an error only when it certainly will not
 * exist; pages the build may create on its own (automatic stories, entities found in text) are
 * warnings at most.
 */
import { suggest } from './closest.ts';
import type { FileLookup, ProblemCode, Severity } from './types.ts';

/** What is known about the pages a build makes. */
export interface SitePages {
  /** Article id → whether it is a draft. */
  articles: ReadonlyMap<string, boolean>;
  sectionIds: ReadonlySet<string>;
  entityIds: ReadonlySet<string>;
  storyIds: ReadonlySet<string>;
  /** `YYYY-MM` months with at least one published article. */
  months: ReadonlySet<string>;
  /** Project files; `public/` ones are served at the site root. */
  file: FileLookup;
}

/** Why a link is a problem. */
export interface LinkVerdict {
  severity: Severity;
  code: ProblemCode;
  message: string;
}

const FIXED_PAGES = new Set(['/', '/entities/', '/timeline/', '/stories/', '/search/', '/404.html', '/rss.xml', '/feed.json', '/news-sitemap.xml', '/sitemap-index.xml', '/robots.txt']);
// Made by the build itself (bundles, search index, share cards): not checked here; the built-site link check covers them.
const GENERATED = /^\/(?:_astro|pagefind|og)\//;
const LISTING = /^(?:\d+\/|rss\.xml)?$/;

/** Adds the slash a directory URL ends with (`/timeline` → `/timeline/`), keeping file names. */
function asPage(path: string): string {
  const last = path.split('/').pop() ?? '';
  return path.endsWith('/') || last.includes('.') ? path : `${path}/`;
}

/** Checks one site path (base path already removed; no query or fragment); `undefined` when fine. */
export function checkSitePath(rawPath: string, pages: SitePages): LinkVerdict | undefined {
  const path = asPage(rawPath);
  if (FIXED_PAGES.has(path) || GENERATED.test(path)) return undefined;
  const [, kind, rest = ''] = /^\/(articles|sections|entities|stories|timeline)\/(.*)$/.exec(path) ?? [];
  if (kind === 'articles') {
    const id = rest.replace(/\/$/, '');
    const draft = pages.articles.get(id);
    if (draft === false) return undefined;
    if (draft === true) return { severity: 'error', code: 'draft-link', message: `links to ${path}, which is a draft and is not published` };
    return { severity: 'error', code: 'broken-link', message: `links to ${path}, but there is no article "${id}".${suggest(id, pages.articles.keys(), 3)}` };
  }
  if (kind === 'sections') {
    const [id = '', ...tail] = rest.split('/');
    if (pages.sectionIds.has(id) && LISTING.test(tail.join('/'))) return undefined;
    return { severity: 'error', code: 'broken-link', message: `links to ${path}, but there is no section "${id}".${suggest(id, pages.sectionIds)}` };
  }
  if (kind === 'entities') {
    const [id = '', ...tail] = rest.split('/');
    if (pages.entityIds.has(id) && LISTING.test(tail.join('/'))) return undefined;
    return {
      severity: 'warning',
      code: 'unverified-link',
      message: `links to ${path}, but no entity "${id}" is registered; the page exists only if the build finds the name in an article.${suggest(id, pages.entityIds)}`,
    };
  }
  if (kind === 'stories') {
    const id = rest.replace(/\/$/, '');
    if (pages.storyIds.has(id)) return undefined;
    return { severity: 'warning', code: 'unverified-link', message: `links to ${path}, but no article has story "${id}"; the page exists only if the build groups a story under that id.${suggest(id, pages.storyIds)}` };
  }
  if (kind === 'timeline') {
    const month = /^(\d{4})\/(\d{2})\/$/.exec(rest);
    if (month && pages.months.has(`${month[1]}-${month[2]}`)) return undefined;
    if (month) return { severity: 'warning', code: 'unverified-link', message: `links to ${path}, but no published article falls in that month` };
  }
  if (pages.file(`public${rawPath}`)) return undefined;
  return { severity: 'error', code: 'broken-link', message: `links to ${rawPath}, but the site has no page or file there` };
}
