import { groupByLocalDay } from './group-by-local-day.ts';
import type { Dated, MonthGroup, MonthSummary } from './types.ts';

/** Groups articles by local month (newest first), each month split into local days (newest first). */
export function groupByLocalMonth<T extends Dated>(articles: readonly T[], timeZone: string): MonthGroup<T>[] {
  const months: MonthGroup<T>[] = [];
  let current: MonthGroup<T> | undefined;
  for (const dayGroup of groupByLocalDay(articles, timeZone)) {
    const month = dayGroup.day.slice(0, 7);
    if (!current || current.month !== month) {
      current = { month, days: [], count: 0 };
      months.push(current);
    }
    current.days.push(dayGroup);
    current.count += dayGroup.articles.length;
  }
  return months;
}

/** The months that have articles, newest first, each with its older (`previous`) and newer (`next`) neighbour. */
export function listMonths<T extends Dated>(articles: readonly T[], timeZone: string): MonthSummary[] {
  return summariseMonths(groupByLocalMonth(articles, timeZone));
}

/** Month summaries (newest first) by four-digit year, newest year first, for an index of every month. */
export function groupMonthsByYear(summaries: readonly MonthSummary[]): Array<{ year: string; months: MonthSummary[] }> {
  const years = new Map<string, MonthSummary[]>();
  for (const summary of summaries) {
    const months = years.get(summary.year);
    if (months) months.push(summary);
    else years.set(summary.year, [summary]);
  }
  return [...years].map(([year, months]) => ({ year, months }));
}

/** Month summaries with previous/next links for month groups already computed (newest first). */
export function summariseMonths<T extends Dated>(months: readonly MonthGroup<T>[]): MonthSummary[] {
  return months.map((group, index) => ({
    month: group.month,
    year: group.month.slice(0, 4),
    monthNumber: group.month.slice(5, 7),
    count: group.count,
    previous: months[index + 1]?.month,
    next: months[index - 1]?.month,
  }));
}
