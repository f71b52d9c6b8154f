import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { BARE_DAY_TAG } from './bare-day-parsers.ts';
import {
  type CalendarDay,
  type Direction,
  calendarDay,
  formatDay,
  formatMonthOf,
  resolveDayOfMonth,
  resolveMonth,
  resolveMonthDay,
  resolveWeekday,
} from './calendar.ts';
import { resolveRelative } from './resolve-relative.ts';
import type { Tense } from './tense.ts';
import type { ResolvedDate } from './types.ts';

const get = (c: ParsedComponents, name: 'year' | 'month' | 'day' | 'weekday'): number => c.get(name) ?? 0;

// An explicit "last"/"next" beats tense; then the clause's tense; otherwise `fallback`.
function directionOf(words: string, tense: Tense, fallback: Direction): Direction {
  if (/\b(?:last|past|previous)\b/i.test(words)) return 'before';
  if (/\b(?:next|coming)\b/i.test(words)) return 'after';
  if (/\bsince\b/i.test(words)) return 'past';
  if (tense) return tense;
  return /\bthis\b/i.test(words) ? 'future' : fallback;
}

function day(date: CalendarDay, end?: CalendarDay): ResolvedDate {
  return { date: formatDay(date), precision: 'day', end: end && end > date ? formatDay(end) : undefined };
}

function resolveBareDay(result: ParsedResult, today: CalendarDay, tense: Tense): ResolvedDate {
  const startDay = get(result.start, 'day');
  const endDay = result.end ? get(result.end, 'day') : undefined;
  const direction = directionOf(result.text, tense, 'past');
  if (direction === 'future' || direction === 'after') {
    const start = resolveDayOfMonth(today, startDay, 'future');
    return day(start, endDay ? start.set({ day: endDay }) : undefined);
  }
  // A past range ends on or before publication; its start lies in the same month.
  const end = resolveDayOfMonth(today, endDay ?? startDay, 'past');
  return day(end.set({ day: startDay }), endDay ? end : undefined);
}

function resolveWeekdayResult(result: ParsedResult, today: CalendarDay, tense: Tense): ResolvedDate {
  const firstPart = result.text.split(/\b(?:to|through|until)\b|[-–]/)[0] ?? '';
  const direction = directionOf(firstPart, tense, 'past');
  const luxonWeekday = (weekday: number): number => (weekday === 0 ? 7 : weekday);
  const strict = direction === 'before' || direction === 'after';
  const way = direction === 'before' || direction === 'past' ? 'past' : 'future';
  const start = resolveWeekday(today, luxonWeekday(get(result.start, 'weekday')), way, strict);
  const end = result.end?.isCertain('weekday') ? resolveWeekday(start, luxonWeekday(get(result.end, 'weekday')), 'future', false) : undefined;
  return day(start, end);
}

function resolveNamedMonth(result: ParsedResult, today: CalendarDay, tense: Tense, before: string): ResolvedDate | null {
  const start = result.start;
  const direction = directionOf(`${before.slice(-10)} ${result.text}`, tense, 'lookback');
  if (!start.isCertain('day') || result.tags().has('refiner/ENEndOfPeriodRefiner')) {
    const month = start.isCertain('year') ? calendarDay(get(start, 'year'), get(start, 'month'), 1) : resolveMonth(today, get(start, 'month'), direction);
    return { date: formatMonthOf(month), precision: 'month' };
  }
  const first = start.isCertain('year')
    ? calendarDay(get(start, 'year'), get(start, 'month'), get(start, 'day'))
    : resolveMonthDay(today, get(start, 'month'), get(start, 'day'), direction);
  if (!first?.isValid) return null;
  let last: CalendarDay | undefined;
  if (result.end?.isCertain('day')) {
    const endYear = result.end.isCertain('year') ? get(result.end, 'year') : first.year;
    last = calendarDay(endYear, get(result.end, 'month') || first.month, get(result.end, 'day'));
    if (!result.end.isCertain('year') && last < first) last = last.plus({ years: 1 });
  }
  return day(first, last?.isValid ? last : undefined);
}

/**
 * Turns one chrono result into a date: bare days of the month, weekdays, month names and
 * relative words each follow the rule stated in `resolve-event-dates.ts`.
 */
export function resolveResult(result: ParsedResult, today: CalendarDay, tense: Tense, before: string): ResolvedDate | null {
  if (result.tags().has(BARE_DAY_TAG)) return resolveBareDay(result, today, tense);
  const relative = resolveRelative(result.text, today, tense, before);
  if (relative !== undefined) return relative;
  const start = result.start;
  if (start.isCertain('month')) return resolveNamedMonth(result, today, tense, before);
  if (start.isCertain('weekday') && !start.isCertain('day')) return resolveWeekdayResult(result, today, tense);
  return null;
}
