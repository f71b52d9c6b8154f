import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Marks modules that only list content files (not logic) as content data for Astro's incremental
 * build, as Astro marks its own content store: their code changes whenever a file is added, and
 * would otherwise change the dependency hash of every page that imports them, so every such page
 * would render again. What a page shows of that content must then be in its cache key.
 */
export function contentDataModules(files: readonly string[]): Plugin {
  const ids = new Set(files.map((file) => resolve(file)));
  return {
    name: 'dateline-content-data-modules',
    enforce: 'pre',
    async load(id) {
      if (!ids.has(id)) return null;
      // The key Astro reads in core/build/incremental-metadata.js (createContentDataIncrementalMetadata).
      return { code: await readFile(id, 'utf8'), meta: { astroIncremental: { kind: 'content-data' } } };
    },
  };
}
