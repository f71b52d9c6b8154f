import { describe, expect, it } from 'vitest';
import { formatIsoInZone, parseDateTime } from '../../src/lib/time/parse-date-time.ts';

describe('parseDateTime', () => {
  const cases: Array<{ name: string; value: string; zone: string; expected: string }> = [
    {
      name: 'keeps the instant of a value with an offset, whatever the site timezone',
      value: '2024-04-20T06:43:58+09:00',
      zone: 'UTC',
      expected: '2024-04-19T21:43:58.000Z',
    },
    { name: 'reads a Z value as UTC', value: '2024-04-20T06:43:58Z', zone: 'Asia/Seoul', expected: '2024-04-20T06:43:58.000Z' },
    {
      name: 'reads a value without offset as Seoul time when the site is in Asia/Seoul',
      value: '2024-04-20 06:43:58',
      zone: 'Asia/Seoul',
      expected: '2024-04-19T21:43:58.000Z',
    },
    { name: 'reads a value without offset as UTC when the site is in UTC', value: '2024-04-20 06:43:58', zone: 'UTC', expected: '2024-04-20T06:43:58.000Z' },
    { name: 'reads a bare date as local midnight', value: '2024-04-20', zone: 'Europe/London', expected: '2024-04-19T23:00:00.000Z' },
    {
      name: 'uses winter time in New York before the March DST change',
      value: '2024-03-10 01:30:00',
      zone: 'America/New_York',
      expected: '2024-03-10T06:30:00.000Z',
    },
    {
      name: 'uses summer time in New York after the March DST change',
      value: '2024-03-10 03:30:00',
      zone: 'America/New_York',
      expected: '2024-03-10T07:30:00.000Z',
    },
    {
      name: 'moves a time that does not exist (spring gap) forward, not back',
      value: '2024-03-31 01:30:00',
      zone: 'Europe/London',
      expected: '2024-03-31T01:30:00.000Z',
    },
    {
      name: 'uses summer time in London the day before autumn change',
      value: '2024-10-26 12:00:00',
      zone: 'Europe/London',
      expected: '2024-10-26T11:00:00.000Z',
    },
    {
      name: 'uses winter time in London the day after autumn change',
      value: '2024-10-28 12:00:00',
      zone: 'Europe/London',
      expected: '2024-10-28T12:00:00.000Z',
    },
    { name: 'accepts an offset without a colon', value: '2024-04-20T06:43:58+0900', zone: 'UTC', expected: '2024-04-19T21:43:58.000Z' },
  ];
  it.each(cases)('$name', ({ value, zone, expected }) => {
    expect(parseDateTime(value, zone).toISOString()).toBe(expected);
  });

  it.each(['yesterday', '2024-13-01', '20/04/2024', ''])('rejects %j with a message that shows the expected form', (value) => {
    expect(() => parseDateTime(value, 'UTC')).toThrow(/ISO 8601/);
  });
});

describe('formatIsoInZone', () => {
  it('writes the offset of the site timezone for <time datetime>', () => {
    expect(formatIsoInZone(new Date('2024-04-19T21:43:58Z'), 'Asia/Seoul')).toBe('2024-04-20T06:43:58+09:00');
    expect(formatIsoInZone(new Date('2024-04-19T21:43:58Z'), 'UTC')).toBe('2024-04-19T21:43:58Z');
  });
});
