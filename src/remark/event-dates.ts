import type { Root } from 'mdast';
import { collectMarkdownText, resolveEventDates } from '../lib/events/index.ts';
import { parseDateTime } from '../lib/time/parse-date-time.ts';

/** The part of a vfile this plugin reads and writes (Astro keeps frontmatter on `data.astro`). */
interface ArticleFile {
  path?: string | undefined;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/**
 * Resolves the dates named in an article body ("on the 19th") against its `published`
 * frontmatter in `timeZone` and stores them as `frontmatter.events` (EventDate[], plain JSON).
 */
export function remarkEventDates(options: { timeZone: string }) {
  return () => (tree: Root, file: ArticleFile) => {
    const frontmatter = file.data.astro?.frontmatter;
    if (!frontmatter) return;
    const published = frontmatter['published'];
    if (typeof published !== 'string' && !(published instanceof Date)) {
      frontmatter['events'] = [];
      return;
    }
    let instant: Date;
    try {
      instant = parseDateTime(published, options.timeZone);
    } catch (error) {
      throw new Error(`${file.path || 'article'}: frontmatter "published": ${(error as Error).message}`, { cause: error });
    }
    frontmatter['events'] = resolveEventDates(collectMarkdownText(tree), instant, options.timeZone);
  };
}
