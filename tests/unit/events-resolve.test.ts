import { describe, expect, it } from 'vitest';
import { resolveEventDates } from '../../src/lib/events/index.ts';
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
