// The search page's island: Pagefind's own loader and index, fetched only on this page.
import { formatCount } from '../lib/format-count.ts';
import { coversQuery } from '../lib/search/genuine-match.ts';
import { SECTION_FILTER } from '../lib/search/search-filters.ts';
import { SEARCH_BUNDLES_FILE, SEARCH_INDEX_FOLDER, type SearchBundleList } from '../lib/search/search-bundles.ts';
import { withBase } from '../lib/urls.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  /** Positions, in `content` split on spaces, of the words the search matched. */
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch>;
}
/** Pagefind's browser module (`pagefind.js` in each bundle), as this island uses it. */
export interface PagefindRuntime {
  createInstance(options: Record<string, unknown>): Pagefind;
}

/** Results shown at once. */
const SHOWN = 30;

/** The words of a result that its search matched. */
function matchedWords(data: PagefindResultData): string[] {
  const words = data.content.split(/\s+/);
  return data.locations.map((at) => words[at] ?? '');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Pagefind excerpts are escaped text with <mark> around matches; keep only those tags.
function safeExcerpt(excerpt: string): string {
  return escapeHtml(excerpt.replace(/<\/?mark>/g, '\u0001')).replace(/\u0001(.*?)\u0001/g, '<mark>$1</mark>');
}

/** Wires the search form to Pagefind: results as the reader types, filters and sort in the URL. */
export async function initSearch(root: HTMLElement): Promise<void> {
  const base = root.dataset['base'] ?? '/';
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  // The page lists the filters (section and the entity types that have a Pagefind filter); every select but the order is one.
  const selects = new Map([...form.querySelectorAll<HTMLSelectElement>('[data-filters] select:not([name="sort"])')].map((select) => [select.name, select]));
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  root.querySelector('[data-noscript-note]')?.remove();
  form.querySelector<HTMLElement>('[data-filters]')!.hidden = false;

  // The index is cut into bundles by date (src/lib/search/search-bundles.ts); one Pagefind
  // instance merges them all, each tagged with a `bundle` filter so it can be searched on its own.
  const { bundles } = (await (await fetch(withBase(base, `${SEARCH_INDEX_FOLDER}/${SEARCH_BUNDLES_FILE}`))).json()) as SearchBundleList;
  const folder = (bundle: string) => withBase(base, `${SEARCH_INDEX_FOLDER}/${bundle}/`);
  const runtime = (await import(/* @vite-ignore */ `${folder(bundles[0] ?? '')}pagefind.js`)) as PagefindRuntime;
  const options = { baseUrl: base, excerptLength: 24 };
  const pagefind = runtime.createInstance({ basePath: folder(bundles[0] ?? ''), mergeFilter: { bundle: bundles[0] }, ...options });
  await pagefind.options(options);
  await Promise.all(bundles.slice(1).map((bundle) => pagefind.mergeIndex(folder(bundle), { mergeFilter: { bundle }, ...options })));
  const available = await pagefind.filters();
  for (const [key, select] of selects) {
    const values = Object.keys(available[key] ?? {}).sort((a, b) => a.localeCompare(b));
    for (const value of values) select.add(new Option(value, value));
  }

  const params = new URLSearchParams(location.search);
  if (params.has('q')) input.value = params.get('q') ?? '';
  for (const [key, select] of selects) select.value = params.get(key) ?? '';
  sort.value = params.get('sort') === 'newest' ? 'newest' : 'relevance';

  // Each bundle is searched on its own. A bundle with no word starting with a query word answers
  // with Pagefind's fallback ("in" for "introduced"), which one index of the whole archive would not
  // give while some bundle has the word: such bundles are left out (src/lib/search/genuine-match.ts).
  // Pagefind sorts within one index, so newest first is bundle by bundle, newest bundle first.
  async function searchBundles(query: string | null, filters: Record<string, string>, newest: boolean) {
    const all = await pagefind.search(query, { filters });
    const counts = all.filters['bundle'];
    const hit = counts ? bundles.filter((bundle) => counts[bundle]) : bundles;
    const found = await Promise.all(
      hit.map((bundle) => pagefind.search(query, { filters: { ...filters, bundle }, ...(newest ? { sort: { date: 'desc' } } : {}) })),
    );
    let kept = found;
    if (query) {
      const genuine = await Promise.all(found.map((search) => search.results[0]?.data().then((top) => coversQuery(matchedWords(top), query)) ?? false));
      if (genuine.some(Boolean)) kept = found.filter((_, i) => genuine[i]);
    }
    const results = kept.flatMap((search) => search.results);
    return { count: results.length, shown: (newest ? results : results.sort((a, b) => b.score - a.score)).slice(0, SHOWN) };
  }

  let latest = 0;
  async function run(): Promise<void> {
    const ticket = ++latest;
    const query = input.value.trim();
    const filters: Record<string, string> = {};
    for (const [key, select] of selects) if (select.value) filters[key] = select.value;
    const next = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters, ...(sort.value === 'newest' ? { sort: 'newest' } : {}) });
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = 'Type a word or a name to search every story.';
      return;
    }
    status.textContent = 'Searching…';
    const { count, shown } = await searchBundles(query || null, filters, sort.value === 'newest');
    const results = await Promise.all(shown.map((r) => r.data()));
    if (ticket !== latest) return;
    status.textContent = `${formatCount(count, 'article', document.documentElement.lang || undefined)} found${query ? ` for “${query}”` : ''}.`;
    list.innerHTML = results
      .map((r) => {
        const section = r.filters[SECTION_FILTER]?.[0];
        const date = r.meta['date'];
        return `<li class="border-t border-line pt-3">
          <p class="text-xs font-semibold uppercase tracking-wide text-accent">${escapeHtml(section ?? '')}</p>
          <h2 class="font-serif text-lg font-bold"><a class="text-ink" href="${escapeHtml(r.url)}">${escapeHtml(r.meta['title'] ?? r.url)}</a></h2>
          ${date ? `<p class="text-sm text-muted"><time datetime="${escapeHtml(date)}">${escapeHtml(r.meta['shown_date'] ?? date)}</time></p>` : ''}
          ${r.meta['summary'] ? `<p class="mt-1">${escapeHtml(r.meta['summary'])}</p>` : ''}
          <p class="mt-1 text-sm text-muted">${safeExcerpt(r.excerpt)}</p>
        </li>`;
      })
      .join('');
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 200);
  });
  form.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  await run();
  root.dataset['ready'] = 'true';
}
