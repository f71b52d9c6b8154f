/** Calendar day and month of an instant as seen in an IANA timezone. */

const formatters = new Map<string, Intl.DateTimeFormat>();

// One formatter per timezone: creating an Intl.DateTimeFormat costs far more than using one.
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      calendar: 'iso8601',
      numberingSystem: 'latn',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The `YYYY-MM-DD` day on which `date` falls in `timeZone` (Intl applies the zone's offset and DST rules). */
export function localDay(date: Date, timeZone: string): string {
  if (Number.isNaN(date.getTime())) throw new Error('localDay: invalid date');
  let year = '';
  let month = '';
  let day = '';
  for (const part of formatterFor(timeZone).formatToParts(date)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year}-${month}-${day}`;
}

/** The four-digit year in which `date` falls in `timeZone` (a site's footer year turns at its own midnight). */
export function localYear(date: Date, timeZone: string): string {
  return localDay(date, timeZone).slice(0, 4);
}

/** The `YYYY-MM` month in which `date` falls in `timeZone`. */
export function localMonth(date: Date, timeZone: string): string {
  return localDay(date, timeZone).slice(0, 7);
}
