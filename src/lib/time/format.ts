// Creating an Intl.DateTimeFormat costs far more than formatting with one, and a build formats
// tens of thousands of dates with a handful of settings: keep one formatter per setting.
const formatters = new Map<string, Intl.DateTimeFormat>();
/** The one shared `Intl.DateTimeFormat` for a locale and options. */
export function formatterFor(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(locale, options)));
  return formatter;
}

/** How dates and times read on the page, always in the site's timezone. */
export function formatDateTime(date: Date, locale: string, timeZone: string): string {
  return formatterFor(locale, {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(date);
}

const dayFormatter = (locale: string, timeZone: string) => formatterFor(locale, { timeZone, day: 'numeric', month: 'long', year: 'numeric' });

/** A date without time ("20 April 2024") in the site's timezone. */
export function formatDate(date: Date, locale: string, timeZone: string): string {
  return dayFormatter(locale, timeZone).format(date);
}

/** The local time of day ("06:43") in the site's timezone. */
export function formatTime(date: Date, locale: string, timeZone: string): string {
  return formatterFor(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(date);
}

/** A month heading ("April 2024") for a `YYYY-MM` key. */
export function formatMonth(month: string, locale: string): string {
  const [year, m] = month.split('-').map(Number);
  return formatterFor(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date(Date.UTC(year ?? 1970, (m ?? 1) - 1, 1)));
}

// A `YYYY-MM-DD` key is already a day in the site timezone; read it at noon UTC so no zone can shift it.
const instantOfDay = (key: string): Date => new Date(`${key}T12:00:00Z`);

/** A calendar key as readers see it: `YYYY-MM-DD` → "19 June 2024", `YYYY-MM` → "June 2024". */
export function formatDayKey(key: string, locale: string): string {
  return key.length === 7 ? formatMonth(key, locale) : formatDate(instantOfDay(key), locale, 'UTC');
}

/**
 * Two instants as one span, the way a wire editor writes it: a closed en dash between single
 * words ("17–19 April 2024", "October–November 2023", "2023–2024"), a spaced one between longer
 * ends ("28 June – 2 July 2024", "December 2023 – January 2024"); one value when `formatter`
 * shows both the same.
 */
export function formatRange(formatter: Intl.DateTimeFormat, from: Date, to: Date): string {
  if (to.getTime() <= from.getTime()) return formatter.format(from);
  // ICU puts thin spaces around its dash, whatever the ends.
  const range = formatter.formatRange(from, to);
  const [start, end, ...more] = range.split(/\s*–\s*/);
  if (start === undefined || end === undefined || more.length > 0) return range;
  return start.includes(' ') ? `${start} – ${end}` : `${start}–${end}`;
}

/** A span of calendar keys as readers see it: "19 June 2024", "17–19 June 2024", "28 June – 2 July 2024", "June 2024". */
export function formatDayKeyRange(from: string, to: string, locale: string): string {
  if (to === from) return formatDayKey(from, locale);
  if (from.length !== 10 || to.length !== 10) return `${formatDayKey(from, locale)} – ${formatDayKey(to, locale)}`;
  return formatRange(dayFormatter(locale, 'UTC'), instantOfDay(from), instantOfDay(to));
}
