import { describe, expect, it } from 'vitest';
import { formatDayKeyRange, formatRange, formatterFor, formatTimestamp } from '../../src/lib/time/index.ts';

describe('formatDayKeyRange', () => {
  it.each([
    { from: '2024-06-19', to: '2024-06-19', expected: '19 June 2024' },
    { from: '2024-06', to: '2024-06', expected: 'June 2024' },
    { from: '2024-06-17', to: '2024-06-19', expected: '17–19 June 2024' },
    { from: '2024-06-28', to: '2024-07-02', expected: '28 June – 2 July 2024' },
    { from: '2024-12-30', to: '2025-01-02', expected: '30 December 2024 – 2 January 2025' },
    { from: '2024-06', to: '2024-07-02', expected: 'June 2024 – 2 July 2024' },
  ])('reads $from to $to as "$expected"', ({ from, to, expected }) => {
    expect(formatDayKeyRange(from, to, 'en-GB')).toBe(expected);
  });
});

describe('formatRange', () => {
  const months = formatterFor('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });
  const years = formatterFor('en-GB', { timeZone: 'UTC', year: 'numeric' });
  it.each([
    { name: 'closes the dash between two months of one year', formatter: months, from: '2023-10-05', to: '2023-11-20', expected: 'October–November 2023' },
    { name: 'spaces the dash between months of two years', formatter: months, from: '2023-12-05', to: '2024-01-20', expected: 'December 2023 – January 2024' },
    { name: 'closes the dash between two years', formatter: years, from: '2023-01-05', to: '2024-11-20', expected: '2023–2024' },
    { name: 'gives one month when both ends fall in it', formatter: months, from: '2023-08-01', to: '2023-08-30', expected: 'August 2023' },
    { name: 'gives the first end when the span is empty', formatter: months, from: '2023-08-01', to: '2023-08-01', expected: 'August 2023' },
  ])('$name', ({ formatter, from, to, expected }) => {
    expect(formatRange(formatter, new Date(`${from}T12:00:00Z`), new Date(`${to}T12:00:00Z`))).toBe(expected);
  });
});

describe('formatTimestamp', () => {
  const seoul = { locale: 'en-GB', timeZone: 'Asia/Seoul' };
  const instant = new Date('2024-04-19T21:43:00Z');
  it.each([
    {
      name: 'shows a 06:43 KST story with its offset and its Seoul date and time',
      value: instant,
      format: 'datetime' as const,
      expected: { datetime: '2024-04-20T06:43:00+09:00', text: '20 April 2024 at 06:43 GMT+9' },
    },
    {
      name: 'dates a 06:43 KST story 20 April in Asia/Seoul, not 19 April as in UTC',
      value: instant,
      format: 'date' as const,
      expected: { datetime: '2024-04-20T06:43:00+09:00', text: '20 April 2024' },
    },
    {
      name: 'gives the time of day in the site timezone',
      value: instant,
      format: 'time' as const,
      expected: { datetime: '2024-04-20T06:43:00+09:00', text: '06:43' },
    },
    { name: 'keeps a calendar day as it is', value: '2024-06-19', format: undefined, expected: { datetime: '2024-06-19', text: '19 June 2024' } },
    { name: 'keeps a calendar month as it is', value: '2024-06', format: undefined, expected: { datetime: '2024-06', text: 'June 2024' } },
  ])('$name', ({ value, format, expected }) => {
    expect(formatTimestamp(value, seoul, format)).toEqual(expected);
  });
});
