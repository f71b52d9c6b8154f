import { DAY_MS, formatRange, formatterFor } from '../time/index.ts';
import { localMonth } from '../timeline/local-day.ts';

// A story that runs longer than this is dated by its years, not its months.
const MONTHS_SHOWN = 4;

// Formatting a range costs far more than formatting a date; an archive has few distinct periods.
const periods = new Map<string, string>();

/**
 * When a story ran, as a wire editor dates a running story: "August 2023", "October–November 2023",
 * "December 2023 – January 2024"; a story of more than four months is dated by year ("2023",
 * "2023–2024"). Months and years are those of `timeZone`.
 */
export function formatStoryPeriod(first: Date, last: Date, locale: string, timeZone: string): string {
  const monthsApart = (last.getTime() - first.getTime()) / (30.44 * DAY_MS);
  const key = `${locale}|${timeZone}|${monthsApart < MONTHS_SHOWN}|${localMonth(first, timeZone)}|${localMonth(last, timeZone)}`;
  let period = periods.get(key);
  if (period === undefined) {
    period = formatPeriod(first, last, monthsApart < MONTHS_SHOWN, locale, timeZone);
    if (periods.size < 10_000) periods.set(key, period);
  }
  return period;
}

function formatPeriod(first: Date, last: Date, byMonth: boolean, locale: string, timeZone: string): string {
  return formatRange(formatterFor(locale, byMonth ? { timeZone, month: 'long', year: 'numeric' } : { timeZone, year: 'numeric' }), first, last);
}
