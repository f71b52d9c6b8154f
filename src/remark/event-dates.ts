import type { Root } from 'mdast';
import { locateEventDates } from '../lib/events/index.ts';
import { collectProse } from '../lib/markdown-text.ts';
import { parseDateTime } from '../lib/time/parse-date-time.ts';
import { markEventDates } from './event-dates/mark-event-dates.ts';

/** The part of a vfile this plugin reads and writes (Astro keeps frontmatter on `data.astro`). */
interface ArticleFile {
  path?: string | undefined;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/**
 * Resolves the dates named in an article body ("on the 19th") against its `published`
 * frontmatter in `timeZone`, stores those that date their sentence as `frontmatter.events`
 * (EventDate[], plain JSON), and marks every one up in the body as a `<time>` that shows the resolved date (written for `locale`).
 */
export function remarkEventDates(options: { timeZone: string; locale: string }) {
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
    const prose = collectProse(tree);
    const located = locateEventDates(prose.text, instant, options.timeZone);
    frontmatter['events'] = located.flatMap((item) => (item.datesSentence ? [item.event] : []));
    markEventDates(prose, located, options.locale);
  };
}
