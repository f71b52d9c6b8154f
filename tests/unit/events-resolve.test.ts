import { describe, expect, it } from 'vitest';
import { locateEventDates, resolveEventDates } from '../../src/lib/events/index.ts';
import { EVENT_PHRASES } from '../fixtures/stories/event-phrases.ts';

describe('resolveEventDates: the phrase table', () => {
  it.each(EVENT_PHRASES)('$name', ({ published, timeZone, text, expected }) => {
    const events = resolveEventDates(text, new Date(published), timeZone ?? 'Asia/Seoul');
    if (expected === 'ignored') {
      expect(events).toEqual([]);
      return;
    }
    expect(events).toHaveLength(1);
    const [event] = events;
    expect({ date: event?.date, precision: event?.precision, end: event?.end }).toEqual({
      date: expected.date,
      precision: expected.precision ?? 'day',
      end: expected.end,
    });
    expect(event?.sentence).toBe(text);
  });

  it('holds at least 35 phrases', () => {
    expect(EVENT_PHRASES.length).toBeGreaterThanOrEqual(35);
  });
});

describe("resolveEventDates: which dates say when a sentence's news happened", () => {
  const published = new Date('2023-11-30T15:00:00Z');
  const dated = (text: string) => resolveEventDates(text, published, 'America/New_York').map((event) => event.date);
  it.each([
    ['a sentence about today that names an earlier event', 'Today, two hostages held since the October 7 attack came home.', ['2023-11-30']],
    ['a sentence about today that mentions an earlier day', 'Today, two hostages seized on October 7 came home.', ['2023-11-30']],
    ['a sentence about today keeps a day still to come', 'Tonight the envoy said talks resume on December 4.', ['2023-11-30', '2023-12-04']],
    ['a sentence about today keeps its own month', 'Today the agency said the rules took effect in November.', ['2023-11-30', '2023-11']],
    ['a committee named for a day, beside the day it met', 'The January 6 committee met again on the 19th.', ['2023-11-19']],
    ['a possessive before the name', 'On Tuesday the minister spoke of Hamas’s October 7 attack.', ['2023-11-28']],
    ['a named deadline, the only date in its sentence', 'Congress must act before the December 15 deadline.', ['2023-12-15']],
    ['a date as the subject of its sentence', 'The October 7th attacks killed 1,200 people.', ['2023-10-07']],
    ['news counted from a named day', 'Aid has reached Gaza since Hamas’s brutal October 7 attack.', []],
    ['news following a named day whose noun is a name', 'Harris met families following the horrific October 7 Hamas attacks.', []],
    ['news following a named day', 'Following the October 7 attack, the envoy flew to Cairo.', []],
    ['a plain "since" still dates when it began', 'Since October 7, more than 1,400 people have been killed.', ['2023-10-07']],
    ['a date followed by a conjunction is no name', 'Leaders recalled the October 7 and the days after it.', ['2023-10-07']],
  ])('%s', (_name, text, expected) => {
    expect(dated(text)).toEqual(expected);
  });
});

describe('locateEventDates: every date is marked up, names included', () => {
  it('locates a date used as a name and says it does not date the sentence', () => {
    const text = 'Today, two hostages held since the October 7 attack came home.';
    const located = locateEventDates(text, new Date('2023-11-30T15:00:00Z'), 'America/New_York');
    expect(located.map((l) => [text.slice(l.start, l.end), l.event.date, l.datesSentence])).toEqual([
      ['Today', '2023-11-30', true],
      ['October 7', '2023-10-07', false],
    ]);
  });
});
