import { formatDate, formatDateTime, formatDayKey, formatTime } from './format.ts';
import { formatIsoInZone } from './parse-date-time.ts';

/** How much of an instant a `<time>` shows: date and time, the day only, or the time of day only. */
export type TimestampFormat = 'datetime' | 'date' | 'time';

const shownAs = { datetime: formatDateTime, date: formatDate, time: formatTime };

/**
 * What every `<time>` on the site carries: for an instant its full ISO value (offset included)
 * and its text in the site timezone; for a calendar key (`YYYY-MM-DD`, `YYYY-MM`, already a day
 * or month of the site timezone) that key and its text.
 */
export function formatTimestamp(
  value: Date | string,
  settings: { locale: string; timeZone: string },
  format: TimestampFormat = 'datetime',
): { datetime: string; text: string } {
  if (typeof value === 'string') return { datetime: value, text: formatDayKey(value, settings.locale) };
  return { datetime: formatIsoInZone(value, settings.timeZone), text: shownAs[format](value, settings.locale, settings.timeZone) };
}
