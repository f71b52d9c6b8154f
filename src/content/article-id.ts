import { slug } from 'github-slugger';
import { localDay } from '../lib/timeline/local-day.ts';

/**
 * The id of a content file from its path under the collection folder (`2024/06/Seoul Summit.md`
 * → `2024/06/seoul-summit`, `2024/06/x/index.md` → `2024/06/x`): Astro's glob-loader rule (each
 * segment slugged by github-slugger, a final `/index` dropped), given to the loader as its
 * `generateId` so the build, the checks, the scripts and the benches all use this one.
 */
export function articleIdOf(path: string): string {
  // The schemas reject a `slug` field, so Astro's one other source of ids never applies.
  return path
    .replace(/\.[^./\\]+$/, '')
    .split(/[\\/]/)
    .map((segment) => slug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

/** Where a new article published at `date` is filed under the collection folder: `yyyy/mm/<name>.md`, year and month in the site's time zone. */
export function newArticlePath(date: Date, timeZone: string, name: string): string {
  const [year, month] = localDay(date, timeZone).split('-');
  return `${year}/${month}/${name}.md`;
}
