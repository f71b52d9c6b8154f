import { formatDayKey } from '../time/format.ts';
import type { EventDate } from '../types.ts';

const ranges = new Map<string, Intl.DateTimeFormat>();

/** A resolved date as a reader reads it: "19 April 2024", "April 2024", "17–19 April 2024". */
export function formatEventDate(event: Pick<EventDate, 'date' | 'end'>, locale: string): string {
  if (!event.end || event.end === event.date) return formatDayKey(event.date, locale);
  if (event.date.length !== 10 || event.end.length !== 10) return `${formatDayKey(event.date, locale)} – ${formatDayKey(event.end, locale)}`;
  let formatter = ranges.get(locale);
  if (!formatter) ranges.set(locale, (formatter = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' })));
  // The keys are days already; read them at noon UTC so no zone can shift them.
  // ICU puts thin spaces around the dash; a closed dash between numbers ("17–19 April 2024"), a spaced one otherwise.
  const [from = '', to = ''] = formatter.formatRange(new Date(`${event.date}T12:00:00Z`), new Date(`${event.end}T12:00:00Z`)).split(/\s*–\s*/);
  return from.includes(' ') ? `${from} – ${to}` : `${from}–${to}`;
}
