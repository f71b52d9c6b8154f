import { localDay } from './local-day.ts';
import { sortNewestFirst } from './sort-newest-first.ts';
import type { DayGroup, Dated } from './types.ts';

/**
 * Groups articles by the day they were published in `timeZone`: days newest first,
 * articles newest first within a day.
 */
export function groupByLocalDay<T extends Dated>(articles: readonly T[], timeZone: string): DayGroup<T>[] {
  // Sorted newest first, local days can only stay the same or go back, so one pass groups them.
  const groups: DayGroup<T>[] = [];
  let current: DayGroup<T> | undefined;
  for (const article of sortNewestFirst(articles)) {
    const day = localDay(article.published, timeZone);
    if (!current || current.day !== day) {
      current = { day, articles: [] };
      groups.push(current);
    }
    current.articles.push(article);
  }
  return groups;
}
