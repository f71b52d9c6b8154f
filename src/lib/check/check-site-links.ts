/**
 * The built-site link check: every internal URL in every page resolves to a file (with the base
 * path), every page has exactly one `<h1>`, and nothing links to (or publishes) a draft.
 */
import { paths, withBase, withoutBase } from '../urls.ts';
import { summarisePage } from './html-refs.ts';

/** A built site, as file paths relative to its folder (`articles/x/index.html`). */
export interface BuiltSite {
  /** Every file in the output folder, `/`-separated. */
  files: ReadonlySet<string>;
  /** Reads one HTML file. */
  readPage: (path: string) => string;
  /** The base path it was built for, e.g. `/` or `/news/`. */
  basePath: string;
  /** Ids of unpublished articles (`2024/06/x`: drafts, and those scheduled after the build), which must be neither built nor linked. */
  draftIds: ReadonlySet<string>;
}

/** One problem in one built file. */
export interface SiteLinkProblem {
  page: string;
  message: string;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** The page's own URL: `articles/x/index.html` → `/news/articles/x/`. */
function pageUrl(path: string, base: string): string {
  return withBase(base, path.replace(/(^|\/)index\.html$/, '$1'));
}

/** The file a site path is served from, or `undefined`; `/x/` → `x/index.html`, and `/x` when `x/index.html` exists. */
export function resolveFile(pathname: string, site: Pick<BuiltSite, 'files' | 'basePath'>): string | undefined {
  const sitePath = withoutBase(site.basePath, pathname);
  if (sitePath === undefined) return undefined;
  let relative = sitePath.slice(1);
  try {
    relative = decodeURIComponent(relative);
  } catch {
    return undefined;
  }
  const candidates = relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
  return candidates.find((candidate) => site.files.has(candidate));
}

/** Checks every HTML page of a built site. */
export function checkBuiltSite(site: BuiltSite): { problems: SiteLinkProblem[]; pages: number; links: number } {
  const problems: SiteLinkProblem[] = [];
  const draftUrls = new Map([...site.draftIds].map((id) => [withBase(site.basePath, paths.article(id)), id]));
  const pages = [...site.files].filter((file) => file.endsWith('.html')).sort();
  let links = 0;
  for (const page of pages) {
    const self = pageUrl(page, site.basePath);
    const draftId = draftUrls.get(self);
    if (draftId) problems.push({ page, message: `is the page of draft article "${draftId}", which must not be published` });
    const { refs, h1Count } = summarisePage(site.readPage(page));
    if (h1Count !== 1) problems.push({ page, message: `has ${h1Count} <h1> elements; every page needs exactly one` });
    for (const ref of refs) {
      const url = ref.url.trim();
      if (url === '' || url.startsWith('#') || EXTERNAL.test(url)) continue;
      links += 1;
      const target = new URL(url, `http://site${self}`);
      const path = target.pathname;
      const draft = draftUrls.get(path.endsWith('/') ? path : `${path}/`);
      if (draft) {
        problems.push({ page, message: `links to draft article "${draft}" (${ref.where}="${url}")` });
        continue;
      }
      if (withoutBase(site.basePath, path) === undefined) {
        problems.push({ page, message: `links outside the base path ${site.basePath} (${ref.where}="${url}")` });
        continue;
      }
      if (!resolveFile(path, site)) problems.push({ page, message: `links to ${path}, which does not exist (${ref.where}="${url}")` });
    }
  }
  return { problems, pages: pages.length, links };
}
