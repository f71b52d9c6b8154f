import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { groupSearchBundles, SEARCH_BUNDLES_FILE, SEARCH_INDEX_FOLDER, type SearchBundleList } from '../lib/search/search-bundles.ts';
import { searchablePart } from '../lib/search/searchable-html.ts';
import { ARTICLES_FOLDER } from '../lib/urls.ts';

// Pagefind's own search interfaces; the search page uses its JavaScript API only.
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

interface Page {
  /** Path under the site folder, e.g. `articles/x/index.html`. */
  path: string;
  /** A digest of what of the page the index can depend on (`searchablePart`). */
  searchableDigest: string;
  date: string | undefined;
}

/**
 * Indexes the built site with Pagefind after every build, in search bundles by date
 * (src/lib/search/search-bundles.ts): a bundle whose pages show search the same as in the last
 * build (src/lib/search/searchable-html.ts) is copied from the build cache, the others are
 * indexed again.
 */
export function pagefindIndex(): AstroIntegration {
  let cacheDir = '';
  let version = '';
  return {
    name: 'dateline-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'pagefind');
        // The package exports no package.json; a new Pagefind writes new bundles.
        version = readPackageVersion(fileURLToPath(new URL('node_modules/pagefind/package.json', config.root)));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        // Only article pages carry data-pagefind-body, so only they are read. Only a digest and the
        // date are kept: what Pagefind reads is read again for the bundles indexed again, one bundle
        // at a time (every page's would hold hundreds of megabytes at 50,000 articles, and a
        // publication indexes one bundle).
        const pages = listHtml(join(site, ARTICLES_FOLDER)).map((file): Page => {
          const content = readFileSync(file, 'utf8');
          return {
            path: relative(site, file),
            searchableDigest: createHash('sha256').update(searchablePart(content)).digest('hex'),
            date: detach(/data-pagefind-sort="date:([^"]+)"/.exec(content)?.[1]),
          };
        });
        const byPath = new Map(pages.map((p) => [p.path, p]));
        const bundles = groupSearchBundles(pages);
        const indexed: string[] = [];
        let again = 0;
        for (const [name, paths] of bundles) {
          const members = paths.map((path) => byPath.get(path)!);
          const output = join(site, SEARCH_INDEX_FOLDER, name);
          const kept = join(cacheDir, name);
          const digest = digestBundle(version, members);
          if (readIfExists(`${kept}.digest`) === digest && existsSync(kept)) {
            cpSync(kept, output, { recursive: true });
            continue;
          }
          await indexBundle(site, members, output, logger);
          indexed.push(`${name} (${members.length})`);
          again += members.length;
          rmSync(kept, { recursive: true, force: true });
          cpSync(output, kept, { recursive: true });
          writeFileSync(`${kept}.digest`, digest);
        }
        await pagefind.close();
        pruneCache(cacheDir, new Set(bundles.keys()));
        const list: SearchBundleList = { bundles: [...bundles.keys()] };
        writeFileSync(join(site, SEARCH_INDEX_FOLDER, SEARCH_BUNDLES_FILE), JSON.stringify(list));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`indexed ${pages.length} pages in ${bundles.size} bundles (${again} pages indexed again: ${indexed.join(', ') || 'none'}) in ${seconds} s`);
      },
    },
  };
}

// Pagefind writes one fragment file (a result's title, excerpt and metadata) per page by default:
// a file per article on the host. Sharing a file between about three pages cuts the site's file
// count by two thirds for about 2 KB more per result shown (measured on the 1,683-article corpus:
// median fragment file 1.2 KB alone, 3.0 KB shared).
const PAGES_PER_FRAGMENT_FILE = 3;

// Pages sent to Pagefind before waiting for its answers.
const PAGES_PER_BATCH = 64;

/**
 * A copy of `text` that holds no reference to the string it was cut from: V8 keeps a whole page
 * alive behind any slice or match of 13 characters or more taken from it.
 */
function detach<T extends string | undefined>(text: T): T {
  return (text === undefined ? undefined : Buffer.from(text).toString()) as T;
}

/** What Pagefind is given of the page in `file` (`searchableDocument`). */
function readSearchable(file: string): string {
  const content = readFileSync(file, 'utf8');
  return searchableDocument(content, searchablePart(content));
}

/** A page cut down to what Pagefind indexes: its language and its searchable part (the whole page if it marks none). */
function searchableDocument(content: string, searchable: string): string {
  if (!content.includes('data-pagefind-body')) return content;
  const newline = searchable.indexOf('\n');
  return `<html lang="${searchable.slice(0, newline)}"><body>${searchable.slice(newline + 1)}</body></html>`;
}

/** Writes one Pagefind bundle of `pages` (under `site`) to `output`. */
async function indexBundle(site: string, pages: readonly Page[], output: string, logger: AstroIntegrationLogger): Promise<void> {
  const maxFragments = Math.max(1, Math.ceil(pages.length / PAGES_PER_FRAGMENT_FILE));
  const { index, errors } = await pagefind.createIndex({ maxFragments });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Pagefind reads only the searchable part of a page, so only that part is sent (a third of an
  // article page), and pages go in batches rather than one round trip each: the index written is
  // the same, byte for byte.
  for (let from = 0; from < pages.length; from += PAGES_PER_BATCH) {
    const batch = pages.slice(from, from + PAGES_PER_BATCH);
    const results = await Promise.all(batch.map((page) => index.addHTMLFile({ sourcePath: page.path, content: readSearchable(join(site, page.path)) })));
    results.forEach((added, i) => {
      if (added.errors.length) throw new Error(`Pagefind failed to index ${batch[i]?.path ?? ''}: ${added.errors.join('; ')}`);
    });
  }
  rmSync(output, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length) throw new Error(`Pagefind failed to write ${output}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  for (const file of UNUSED_FILES) rmSync(join(output, file), { force: true });
  logger.debug(`indexed ${pages.length} pages into ${output}`);
}

/** The `version` of a package.json. */
function readPackageVersion(file: string): string {
  const manifest: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof manifest !== 'object' || manifest === null || !('version' in manifest) || typeof manifest.version !== 'string')
    throw new Error(`${file}: has no version`);
  return manifest.version;
}

/** A digest of everything a bundle is made from: the Pagefind version and each page's path and searchable part. */
function digestBundle(version: string, pages: readonly Page[]): string {
  const hash = createHash('sha256').update(`pagefind ${version}\0${UNUSED_FILES.join(',')}\0${PAGES_PER_FRAGMENT_FILE}\0`);
  for (const page of pages) hash.update(`${page.path}\0${page.searchableDigest}\0`);
  return hash.digest('hex');
}

/** Every `.html` file below `dir`. */
function listHtml(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Removes cached bundles the archive no longer has (a year's months, once merged into the year). */
function pruneCache(dir: string, keep: ReadonlySet<string>): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir)) {
    if (!keep.has(entry.replace(/\.digest$/, ''))) rmSync(join(dir, entry), { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
}
