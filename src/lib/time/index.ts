export { DAY_MS } from './durations.ts';
export { formatDate, formatDateTime, formatDayKey, formatMonth, formatTime } from './format.ts';
export { formatIsoInZone, parseDateTime } from './parse-date-time.ts';
