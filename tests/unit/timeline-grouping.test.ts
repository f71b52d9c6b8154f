import { describe, expect, it } from 'vitest';
import { groupByLocalDay, groupByLocalMonth, groupMonthsByYear, listMonths, localDay, localMonth, localYear } from '../../src/lib/timeline/index.ts';

describe('localDay', () => {
  it.each([
    { name: 'puts a 06:43 KST story under 20 April in Asia/Seoul', instant: '2024-04-20T06:43:58+09:00', timeZone: 'Asia/Seoul', day: '2024-04-20' },
    { name: 'puts the same story under 19 April in UTC', instant: '2024-04-20T06:43:58+09:00', timeZone: 'UTC', day: '2024-04-19' },
    {
      name: 'keeps 01:59 EST on the New York spring-forward day on that day',
      instant: '2024-03-10T06:59:59Z',
      timeZone: 'America/New_York',
      day: '2024-03-10',
    },
    {
      name: 'keeps 03:00 EDT just after the New York clocks jump on that day',
      instant: '2024-03-10T07:00:00Z',
      timeZone: 'America/New_York',
      day: '2024-03-10',
    },
    { name: 'ends the 23-hour New York spring-forward day at 04:00 UTC', instant: '2024-03-11T03:59:59Z', timeZone: 'America/New_York', day: '2024-03-10' },
    { name: 'starts 11 March in New York at 04:00 UTC after spring-forward', instant: '2024-03-11T04:00:00Z', timeZone: 'America/New_York', day: '2024-03-11' },
    {
      name: 'keeps both 01:30s of the New York fall-back day on that day (EDT)',
      instant: '2024-11-03T05:30:00Z',
      timeZone: 'America/New_York',
      day: '2024-11-03',
    },
    {
      name: 'keeps both 01:30s of the New York fall-back day on that day (EST)',
      instant: '2024-11-03T06:30:00Z',
      timeZone: 'America/New_York',
      day: '2024-11-03',
    },
    { name: 'ends the 25-hour New York fall-back day at 05:00 UTC', instant: '2024-11-04T04:59:59Z', timeZone: 'America/New_York', day: '2024-11-03' },
    { name: 'puts 23:30 UTC before the London spring change on 30 March', instant: '2024-03-30T23:30:00Z', timeZone: 'Europe/London', day: '2024-03-30' },
    {
      name: 'puts 23:30 UTC on the London spring-change day under 1 April (BST)',
      instant: '2024-03-31T23:30:00Z',
      timeZone: 'Europe/London',
      day: '2024-04-01',
    },
    {
      name: 'puts 23:30 UTC on 26 October under 27 October in London (still BST)',
      instant: '2024-10-26T23:30:00Z',
      timeZone: 'Europe/London',
      day: '2024-10-27',
    },
    {
      name: 'puts 23:30 UTC on the London autumn-change day under that day (GMT)',
      instant: '2024-10-27T23:30:00Z',
      timeZone: 'Europe/London',
      day: '2024-10-27',
    },
    { name: 'handles a quarter-hour offset (Kathmandu, +05:45)', instant: '2024-04-19T18:15:00Z', timeZone: 'Asia/Kathmandu', day: '2024-04-20' },
  ])('$name', ({ instant, timeZone, day }) => {
    expect(localDay(new Date(instant), timeZone)).toBe(day);
  });

  it('takes the month in the site timezone', () => {
    expect(localMonth(new Date('2024-04-30T20:00:00Z'), 'Asia/Seoul')).toBe('2024-05');
    expect(localMonth(new Date('2024-04-30T20:00:00Z'), 'UTC')).toBe('2024-04');
  });

  it('rejects an unknown timezone instead of guessing', () => {
    expect(() => localDay(new Date(), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

const at = (id: string, published: string) => ({ id, published: new Date(published) });
const articles = [
  at('a', '2024-04-19T23:30:00Z'), // 20 April 08:30 in Seoul
  at('b', '2024-04-20T06:43:58+09:00'), // 19 April in UTC
  at('c', '2024-04-20T12:00:00Z'),
  at('d', '2024-04-20T12:00:00Z'), // same instant as c: id order
  at('e', '2024-02-29T16:00:00Z'), // 1 March in Seoul
  at('f', '2024-01-15T03:00:00Z'),
];

describe('groupByLocalDay', () => {
  const shape = (timeZone: string) => groupByLocalDay(articles, timeZone).map((g) => [g.day, g.articles.map((a) => a.id)]);

  it('groups days newest first and articles newest first within a day (Asia/Seoul)', () => {
    expect(shape('Asia/Seoul')).toEqual([
      ['2024-04-20', ['c', 'd', 'a', 'b']],
      ['2024-03-01', ['e']],
      ['2024-01-15', ['f']],
    ]);
  });

  it('moves the same articles to other days when the site is in UTC', () => {
    expect(shape('UTC')).toEqual([
      ['2024-04-20', ['c', 'd']],
      ['2024-04-19', ['a', 'b']],
      ['2024-02-29', ['e']],
      ['2024-01-15', ['f']],
    ]);
  });

  it('does not depend on input order', () => {
    expect(groupByLocalDay([...articles].reverse(), 'Asia/Seoul')).toEqual(groupByLocalDay(articles, 'Asia/Seoul'));
  });

  it('splits the New York fall-back day from its neighbours', () => {
    const dst = [at('x', '2024-11-03T03:30:00Z'), at('y', '2024-11-03T06:30:00Z'), at('z', '2024-11-04T05:00:00Z')];
    expect(groupByLocalDay(dst, 'America/New_York').map((g) => [g.day, g.articles.map((a) => a.id)])).toEqual([
      ['2024-11-04', ['z']],
      ['2024-11-03', ['y']],
      ['2024-11-02', ['x']],
    ]);
  });
});

describe('groupByLocalMonth and listMonths', () => {
  it('groups months newest first with their days and counts', () => {
    const months = groupByLocalMonth(articles, 'Asia/Seoul');
    expect(months.map((m) => [m.month, m.count, m.days.map((d) => d.day)])).toEqual([
      ['2024-04', 4, ['2024-04-20']],
      ['2024-03', 1, ['2024-03-01']],
      ['2024-01', 1, ['2024-01-15']],
    ]);
  });

  it('links each month with articles to its older and newer neighbour, skipping empty months', () => {
    expect(listMonths(articles, 'UTC')).toEqual([
      { month: '2024-04', year: '2024', monthNumber: '04', count: 4, previous: '2024-02', next: undefined },
      { month: '2024-02', year: '2024', monthNumber: '02', count: 1, previous: '2024-01', next: '2024-04' },
      { month: '2024-01', year: '2024', monthNumber: '01', count: 1, previous: undefined, next: '2024-02' },
    ]);
  });

  it('returns no months for no articles', () => {
    expect(listMonths([], 'UTC')).toEqual([]);
  });
});

describe('localYear', () => {
  it.each([
    {
      name: 'gives the site’s new year at 00:30 in Seoul while UTC is still in the old one',
      instant: '2025-12-31T15:30:00Z',
      timeZone: 'Asia/Seoul',
      year: '2026',
    },
    { name: 'keeps the old year in New York after midnight UTC', instant: '2026-01-01T03:00:00Z', timeZone: 'America/New_York', year: '2025' },
  ])('$name', ({ instant, timeZone, year }) => {
    expect(localYear(new Date(instant), timeZone)).toBe(year);
  });
});

describe('groupMonthsByYear', () => {
  it('groups the month index by year, newest first, months in the order given', () => {
    const articles = ['2025-01-10', '2024-12-05', '2024-03-02', '2023-07-01'].map((day, k) => ({ id: `a${k}`, published: new Date(`${day}T12:00:00Z`) }));
    const years = groupMonthsByYear(listMonths(articles, 'UTC'));
    expect(years.map((y) => [y.year, y.months.map((m) => m.month)])).toEqual([
      ['2025', ['2025-01']],
      ['2024', ['2024-12', '2024-03']],
      ['2023', ['2023-07']],
    ]);
  });

  it('has no years without months', () => {
    expect(groupMonthsByYear([])).toEqual([]);
  });
});
