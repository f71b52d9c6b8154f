/**
 * Search bundles: the archive's Pagefind index is cut into bundles by publication date, each a
 * whole Pagefind index the search page merges in the browser. A bundle whose pages have not
 * changed is reused from the last build, so one new article re-indexes one month, not the archive.
 * Months of the newest year are bundles of their own (that is where publications land); each
 * earlier year is one bundle, so a search merges at most a dozen months plus one per past year.
 */

/** The site folder (under the base path) that holds the bundles, each in a folder of its name. */
export const SEARCH_INDEX_FOLDER = 'pagefind';

/** The file beside the bundles that lists them, newest first. */
export const SEARCH_BUNDLES_FILE = 'bundles.json';

/** The bundle for pages without a date (none today: every article page carries one). */
export const UNDATED_BUNDLE = 'undated';

/** What the search page reads from `SEARCH_BUNDLES_FILE`. */
export interface SearchBundleList {
  /** Bundle names, newest first: `YYYY-MM` months of the newest year, then `YYYY` years. */
  bundles: string[];
}

/** The bundle of a page published at `date` (ISO 8601, UTC), given the newest year in the archive. */
export function searchBundleOf(date: string | undefined, newestYear: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(date ?? '');
  if (!match) return UNDATED_BUNDLE;
  const [, year, month] = match;
  return year === newestYear ? `${year}-${month}` : (year ?? UNDATED_BUNDLE);
}

/** Groups pages into bundles: bundle name → page paths (sorted), bundles newest first. */
export function groupSearchBundles(pages: ReadonlyArray<{ path: string; date: string | undefined }>): Map<string, string[]> {
  const newestYear = pages.reduce((newest, p) => (p.date && p.date.slice(0, 4) > newest ? p.date.slice(0, 4) : newest), '');
  const groups = new Map<string, string[]>();
  for (const page of pages) {
    const name = searchBundleOf(page.date, newestYear);
    const paths = groups.get(name);
    if (paths) paths.push(page.path);
    else groups.set(name, [page.path]);
  }
  const order = (name: string) => (name === UNDATED_BUNDLE ? '' : name);
  return new Map([...groups].sort(([a], [b]) => order(b).localeCompare(order(a))).map(([name, paths]) => [name, paths.sort()]));
}
