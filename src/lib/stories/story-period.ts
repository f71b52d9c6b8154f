import { localMonth } from '../timeline/local-day.ts';

// A story that runs longer than this is dated by its years, not its months.
const MONTHS_SHOWN = 4;

const formatters = new Map<string, Intl.DateTimeFormat>();
// Formatting a range costs far more than formatting a date; an archive has few distinct periods.
const periods = new Map<string, string>();

function formatterFor(locale: string, timeZone: string, byMonth: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${byMonth}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, byMonth ? { timeZone, month: 'long', year: 'numeric' } : { timeZone, year: 'numeric' });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * When a story ran, as a wire editor dates a running story: "August 2023", "October–November 2023",
 * "December 2023 – January 2024"; a story of more than four months is dated by year ("2023",
 * "2023–2024"). Months and years are those of `timeZone`.
 */
export function formatStoryPeriod(first: Date, last: Date, locale: string, timeZone: string): string {
  const monthsApart = (last.getTime() - first.getTime()) / (30.44 * 86_400_000);
  const key = `${locale}|${timeZone}|${monthsApart < MONTHS_SHOWN}|${localMonth(first, timeZone)}|${localMonth(last, timeZone)}`;
  let period = periods.get(key);
  if (period === undefined) {
    period = formatPeriod(first, last, monthsApart < MONTHS_SHOWN, locale, timeZone);
    if (periods.size < 10_000) periods.set(key, period);
  }
  return period;
}

function formatPeriod(first: Date, last: Date, byMonth: boolean, locale: string, timeZone: string): string {
  const formatter = formatterFor(locale, timeZone, byMonth);
  if (last.getTime() <= first.getTime()) return formatter.format(first);
  // ICU separates the two ends with thin spaces around an en dash; spaces, and then only between
  // "month year"s (Chicago style: "October–November 2023", "December 2023 – January 2024").
  const range = formatter.formatRange(first, last).replace(/\s*–\s*/, ' – ');
  const [from, to] = range.split(' – ');
  return from !== undefined && to !== undefined && !from.includes(' ') ? `${from}–${to}` : range;
}
