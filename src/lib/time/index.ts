export { DAY_MS } from './durations.ts';
export { formatDate, formatDateTime, formatDayKey, formatDayKeyRange, formatMonth, formatRange, formatterFor, formatTime } from './format.ts';
export { formatIsoInZone, parseDateTime } from './parse-date-time.ts';
export { formatTimestamp, type TimestampFormat } from './timestamp.ts';
