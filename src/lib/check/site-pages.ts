/**
 * Which site paths a build will produce, known from the content alone, so body links can be
 * checked without building. Conservative: a path is an error only when it certainly will not
 * exist; pages the build may create on its own (automatic stories, entities found in text) are
 * warnings at most.
 */
import { SEARCH_INDEX_FOLDER } from '../search/search-bundles.ts';
import { parseSitePath } from '../urls.ts';
import { suggest } from './closest.ts';
import type { FileLookup, ProblemCode, Severity } from './types.ts';

/** What is known about the pages a build makes. */
export interface SitePages {
  /** Article id → whether the build leaves it out (a draft, or scheduled after now). */
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

// Made by the build itself (bundles, search index): not routes of `paths`; the built-site link check covers them.
const GENERATED = new RegExp(`^/(?:_astro|${SEARCH_INDEX_FOLDER})/`);

/** Adds the slash a directory URL ends with (`/timeline` → `/timeline/`), keeping file names. */
function asPage(path: string): string {
  const last = path.split('/').pop() ?? '';
  return path.endsWith('/') || last.includes('.') ? path : `${path}/`;
}

/** Checks one site path (base path already removed; no query or fragment); `undefined` when fine. */
export function checkSitePath(rawPath: string, pages: SitePages): LinkVerdict | undefined {
  const path = asPage(rawPath);
  if (GENERATED.test(path)) return undefined;
  const route = parseSitePath(path);
  if (!route) {
    if (pages.file(`public${rawPath}`)) return undefined;
    return { severity: 'error', code: 'broken-link', message: `links to ${rawPath}, but the site has no page or file there` };
  }
  switch (route.page) {
    case 'article': {
      const draft = pages.articles.get(route.id);
      if (draft === false) return undefined;
      if (draft === true)
        return { severity: 'error', code: 'draft-link', message: `links to ${path}, which is a draft or scheduled for later, and is not published` };
      return {
        severity: 'error',
        code: 'broken-link',
        message: `links to ${path}, but there is no article "${route.id}".${suggest(route.id, pages.articles.keys(), 3)}`,
      };
    }
    case 'section':
    case 'sectionFeed':
    case 'sectionCard':
      if (pages.sectionIds.has(route.id)) return undefined;
      return {
        severity: 'error',
        code: 'broken-link',
        message: `links to ${path}, but there is no section "${route.id}".${suggest(route.id, pages.sectionIds)}`,
      };
    case 'entity':
    case 'entityFeed':
      if (pages.entityIds.has(route.id)) return undefined;
      return {
        severity: 'warning',
        code: 'unverified-link',
        message: `links to ${path}, but no entity "${route.id}" is registered; the page exists only if the build finds the name in an article.${suggest(route.id, pages.entityIds)}`,
      };
    case 'story':
      if (pages.storyIds.has(route.id)) return undefined;
      return {
        severity: 'warning',
        code: 'unverified-link',
        message: `links to ${path}, but no article has story "${route.id}"; the page exists only if the build groups a story under that id.${suggest(route.id, pages.storyIds)}`,
      };
    case 'timelineMonth':
      if (pages.months.has(route.month)) return undefined;
      return { severity: 'warning', code: 'unverified-link', message: `links to ${path}, but no published article falls in that month` };
    // Fixed pages, and the share cards the build makes for what it publishes (the built-site link check covers those).
    default:
      return undefined;
  }
}
