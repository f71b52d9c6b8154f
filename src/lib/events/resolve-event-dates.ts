import { DateTime } from 'luxon';
import type { EventDate } from '../types.ts';
import { formatDay, publicationDay } from './calendar.ts';
import { datesSentence } from './sentence-dates.ts';
import { eventParser } from './event-parser.ts';
import { resolveResult } from './resolve-result.ts';
import { splitSentences } from './split-sentences.ts';
import { clauseTense } from './tense.ts';
import type { LocatedEventDate } from './types.ts';

// Cheap test that a sentence may hold a date at all, so most sentences never reach chrono: a
// month or weekday name, a relative word, an ordinal ("19th") or a numeric date ("5/6", "2024-04").
const MAY_HOLD_DATE = new RegExp(
  [
    String.raw`\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b`,
    String.raw`\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|satur|sun)(?:day)?\b|\bsat\.`,
    String.raw`\b(?:today|tonight|yesterday|tomorrow|night|morning|afternoon|evening|weekend|weeks?|months?|ago)\b`,
    String.raw`\d(?:st|nd|rd|th)\b|\d[/-]\d`,
  ].join('|'),
  'i',
);

/**
 * Finds the dates of events named in `text` and resolves them against the publication instant
 * seen in `timeZone`. The rules, in the order they apply:
 * - "last", "previous" → strictly before the publication day; "next", "coming" → strictly after.
 * - A future clause ("will meet on Friday", "is scheduled to … on the 25th") → on or after it.
 * - Otherwise news looks back: a bare day of the month ("on the 19th", "since the 17th") and a
 *   weekday ("on Friday") are the most recent such day on or before the publication day (a bare
 *   day after today's date rolls back a month); a month and day ("March 3") or a month alone
 *   ("in September") is the nearest occurrence, with distances ahead counted double, so only a
 *   date in the next few weeks (months, for a month alone) is read as upcoming.
 * - Relative words count from the publication day; "last/this/next week" is Monday to Sunday.
 * - Ages, durations ("for three days", "24 hours"), times alone, years alone and slash dates
 *   without a year are ignored. The same date from the same sentence is kept once.
 */
export function resolveEventDates(text: string, published: Date, timeZone: string): EventDate[] {
  return locateEventDates(text, published, timeZone).flatMap((located) => (located.datesSentence ? [located.event] : []));
}

/**
 * `resolveEventDates`, with where in `text` each date's words are, for marking them up in place.
 * Every date is located; which of them date their sentence is `datesSentence`'s rule.
 */
export function locateEventDates(text: string, published: Date, timeZone: string): LocatedEventDate[] {
  const today = publicationDay(published, timeZone);
  const reference = {
    instant: published,
    timezone: DateTime.fromJSDate(published, { zone: timeZone }).offset,
  };
  const events: LocatedEventDate[] = [];
  const seen = new Set<string>();
  for (const sentence of splitSentences(text)) {
    if (!MAY_HOLD_DATE.test(sentence.text)) continue;
    const inSentence: LocatedEventDate[] = [];
    for (const result of eventParser().parse(sentence.text, reference)) {
      const tense = clauseTense(sentence.text, result.index, result.index + result.text.length);
      const resolved = resolveResult(result, today, tense, sentence.text.slice(0, result.index));
      if (!resolved) continue;
      const key = `${resolved.date}|${resolved.end ?? ''}|${sentence.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const event: EventDate = { date: resolved.date, precision: resolved.precision, text: result.text.replace(/[\s,;:]+$/, ''), sentence: sentence.text };
      if (resolved.end) event.end = resolved.end;
      const start = sentence.start + result.index;
      inSentence.push({ event, start, end: start + event.text.length, datesSentence: true });
    }
    const dated = datesSentence(
      sentence.text,
      inSentence.map((located) => ({
        start: located.start - sentence.start,
        end: located.end - sentence.start,
        text: located.event.text,
        date: located.event.date,
      })),
      formatDay(today),
    );
    inSentence.forEach((located, i) => events.push({ ...located, datesSentence: dated[i] ?? true }));
  }
  return events;
}
