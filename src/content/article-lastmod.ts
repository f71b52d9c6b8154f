import { parseDateTime } from '../lib/time/parse-date-time.ts';
import { paths } from '../lib/urls.ts';
import type { SourceFile } from './source-files.ts';

/** Each article page's last modification (`updated`, else `published`), keyed by site-relative path. */
export function readArticleLastmod(sources: readonly SourceFile[], timeZone: string): Map<string, Date> {
  const result = new Map<string, Date>();
  for (const source of sources) {
    const { published, updated } = source.frontmatter.data;
    const value = updated ?? published;
    if (typeof value !== 'string' && !(value instanceof Date)) continue;
    try {
      result.set(paths.article(source.id), parseDateTime(value, timeZone));
    } catch {
      // The content layer reports the bad date with its file and line; the sitemap just omits it.
      continue;
    }
  }
  return result;
}
