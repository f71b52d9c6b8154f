import { DateTime } from 'luxon';

// ISO 8601 with an explicit offset or `Z` at the end: that instant, whatever the site timezone.
const HAS_OFFSET = /T\d{2}(?::\d{2}){0,2}(?:\.\d+)?(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/;

/**
 * Turns a frontmatter date-time into an instant. A value with an offset is that instant;
 * one without (`2024-04-20 06:43:58`, `2024-04-20`) is wall-clock time in `timeZone`.
 */
export function parseDateTime(value: string | Date, timeZone: string): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error('is not a valid date');
    return value;
  }
  const text = value.trim().replace(' ', 'T');
  const zone = HAS_OFFSET.test(text) ? undefined : timeZone;
  const parsed = DateTime.fromISO(text, zone ? { zone } : { setZone: true });
  if (!parsed.isValid) {
    throw new Error(`"${value}" is not an ISO 8601 date-time (write 2024-04-20T06:43:58+09:00 or 2024-04-20 06:43:58)`);
  }
  return parsed.toJSDate();
}

/** The ISO 8601 form of an instant as seen in `timeZone`, offset included (for `<time datetime>`). */
export function formatIsoInZone(date: Date, timeZone: string): string {
  return DateTime.fromJSDate(date, { zone: timeZone }).toISO({ suppressMilliseconds: true }) ?? date.toISOString();
}
