/** Site timeline: local days and months in the site timezone, and grouping of articles by them. */
export { localDay, localMonth, localYear } from './local-day.ts';
export { groupByLocalDay } from './group-by-local-day.ts';
export { groupByLocalMonth, groupMonthsByYear, listMonths, summariseMonths } from './group-by-local-month.ts';
export { compareNewestFirst, compareOldestFirst, newestFirstBy, sortNewestFirst } from './sort-newest-first.ts';
export type { Dated, DayGroup, MonthGroup, MonthSummary } from './types.ts';
