import { DateTime } from 'luxon';
import { localDay } from '../timeline/local-day.ts';

/** A calendar date with no time or zone; arithmetic on it is plain calendar arithmetic. */
export type CalendarDay = DateTime;

/**
 * Which way an ambiguous date leans from the publication day: strictly `before` or `after` it
 * ("last", "next"), on or before (`past`), on or after (`future`), or `lookback` — the most
 * recent occurrence unless the next one is very close.
 */
export type Direction = 'before' | 'past' | 'future' | 'after' | 'lookback';

// Under `lookback`, a month and day or a month alone is read as upcoming only this close ahead.
const UPCOMING_DAYS = 60;
const UPCOMING_MONTHS = 2;

/** The calendar day on which `instant` falls in `timeZone`, by the timeline's `localDay` rule. */
export function publicationDay(instant: Date, timeZone: string): CalendarDay {
  const [year, month, day] = localDay(instant, timeZone).split('-').map(Number) as [number, number, number];
  return calendarDay(year, month, day);
}

/** A calendar day from its parts (kept in UTC so adding days never meets a DST change). */
export function calendarDay(year: number, month: number, day: number): CalendarDay {
  return DateTime.fromObject({ year, month, day }, { zone: 'utc' });
}

/** `YYYY-MM-DD` of a calendar day. */
export function formatDay(day: CalendarDay): string {
  return day.toFormat('yyyy-MM-dd');
}

/** `YYYY-MM` of a calendar day's month. */
export function formatMonthOf(day: CalendarDay): string {
  return day.toFormat('yyyy-MM');
}

/** The day-of-month `dayOfMonth` nearest `today` in `direction` (past: on or before; future: on or after). */
export function resolveDayOfMonth(today: CalendarDay, dayOfMonth: number, direction: 'past' | 'future'): CalendarDay {
  const step = direction === 'past' ? -1 : 1;
  let month = today.startOf('month');
  if (direction === 'past' ? dayOfMonth > today.day : dayOfMonth < today.day) month = month.plus({ months: step });
  // Skip months too short for the day ("the 31st" seen in early May is 31 March, not 30 April).
  while ((month.daysInMonth ?? 31) < dayOfMonth) month = month.plus({ months: step });
  return month.set({ day: dayOfMonth });
}

/** The weekday (1 = Monday … 7 = Sunday) nearest `today`; `strict` excludes `today` itself. */
export function resolveWeekday(today: CalendarDay, weekday: number, direction: 'past' | 'future', strict: boolean): CalendarDay {
  const sign = direction === 'past' ? -1 : 1;
  let days = (((sign * (weekday - today.weekday)) % 7) + 7) % 7;
  if (days === 0 && strict) days = 7;
  return today.plus({ days: sign * days });
}

function pick<T extends CalendarDay>(past: T | undefined, future: T | undefined, direction: Direction, close: (f: T) => boolean): T | undefined {
  if (direction === 'before' || direction === 'past') return past;
  if (direction === 'after' || direction === 'future') return future;
  return future && close(future) ? future : past;
}

/** The month and day nearest `today` in `direction`; `null` when it never occurs (30 February). */
export function resolveMonthDay(today: CalendarDay, month: number, day: number, direction: Direction): CalendarDay | null {
  const candidates = [today.year - 1, today.year, today.year + 1].map((year) => calendarDay(year, month, day)).filter((candidate) => candidate.isValid);
  const past = candidates.filter((c) => (direction === 'before' ? c < today : c <= today)).at(-1);
  const future = candidates.find((c) => (direction === 'after' ? c > today : c >= today));
  const close = (f: CalendarDay): boolean => f.diff(today, 'days').days <= UPCOMING_DAYS;
  return pick(past, future, direction, close) ?? null;
}

/** The month nearest `today` in `direction`, as its first day; the current month is both past and future unless strict. */
export function resolveMonth(today: CalendarDay, month: number, direction: Direction): CalendarDay {
  const current = today.startOf('month');
  const candidates = [-1, 0, 1].map((shift) => calendarDay(today.year + shift, month, 1));
  const past = candidates.filter((c) => (direction === 'before' ? c < current : c <= current)).at(-1);
  const future = candidates.find((c) => (direction === 'after' ? c > current : c >= current));
  const close = (f: CalendarDay): boolean => f.diff(current, 'months').months <= UPCOMING_MONTHS;
  // One of the three candidates always qualifies in each direction.
  return pick(past, future, direction, close) ?? current;
}
