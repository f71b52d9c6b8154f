import type { ParsingResult, Refiner } from 'chrono-node';
import { BARE_DAY_TAG } from './bare-day-parsers.ts';

const NAME =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b\.?/gi;
const FULL_WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const WEEKDAY_ABBREVIATION = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/i;
const UNIT = /\b(?:second|minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ies))s?\b/i;
// Before a month named alone, one of these shows it is a date ("in March", "last September").
const MONTH_CONTEXT = /\b(?:in|last|next|this|since|until|till|by|during|early|late|mid|from|through|of|before|after|between|and|to)[\s-]+$/i;
// Before a span of time, these make it a duration ("for three days", "over the past week").
const DURATION_LEAD =
  /\b(?:for|over|within|during|throughout|in|after|about|nearly|almost|some|the)\s+(?:the\s+)?(?:past|last|next|coming|first|following)?\s*$/i;

/** Month and weekday names must be capitalised; weekday abbreviations need their dot ("Sat." not "sat", "Sun"). */
function namesAreDates(text: string): boolean {
  for (const match of text.matchAll(NAME)) {
    const word = match[0].replace(/\.$/, '');
    if (!/^[A-Z]/.test(word)) return false;
    if (WEEKDAY_ABBREVIATION.test(word) && !match[0].endsWith('.')) return false;
  }
  return true;
}

function hasDatePart(result: ParsingResult): boolean {
  return ['year', 'month', 'day', 'weekday'].some((c) => result.start.isCertain(c as 'day'));
}

// Named days that are not dates: "the Good Friday Agreement", "Super Tuesday", "a better tomorrow".
const NOT_A_DAY_BEFORE = /\b(?:Good|Black|Cyber|Super|Ash|Holy|Easter|Bloody|Palm|Maundy|Giving)\s+$/;
const NOUN_DAY = /\b(?:a|an|the|better|brighter)\s+(?:\w+\s+)?$/i;

/** Whether a chrono result names the date of an event rather than an age, a duration or a time alone. */
export function isEventMention(result: ParsingResult, text: string): boolean {
  const tags = result.tags();
  const lower = result.text.toLowerCase();
  const before = text.slice(Math.max(0, result.index - 40), result.index);
  if (!namesAreDates(result.text)) return false;
  if (tags.has(BARE_DAY_TAG)) return true;
  if (/^(?:right\s+)?now$/.test(lower)) return false;
  if (NOT_A_DAY_BEFORE.test(before)) return false;
  if (/^(?:today|tomorrow)$/.test(lower) && NOUN_DAY.test(before)) return false;
  if (/\b(?:today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening))\b/.test(lower)) return true;
  if (!hasDatePart(result)) return false; // a time alone: "at 10 a.m."
  if (tags.has('parser/SlashDateFormatParser') && !result.start.isCertain('year')) return false; // "3/4" is a fraction as often as a date
  const monthOnly = result.start.isCertain('month') && !result.start.isCertain('day');
  if (monthOnly && !result.start.isCertain('year') && !MONTH_CONTEXT.test(before) && !/^(?:end|beginning|start) of/.test(lower)) return false;
  if (UNIT.test(lower) && !FULL_WEEKDAY.test(lower)) {
    if (/\b(?:second|minute|hour|year|decade|centur)/.test(lower)) return false;
    if (/^(?:for|over|within|during|throughout|in|after|before|past|the past|the next|the coming)\b/.test(lower)) return false;
    if (/\b(?:later|earlier|after|before|on)$/.test(lower)) return false; // relative to another event
    if (DURATION_LEAD.test(before) && !/\b(?:ago|last|next|this)\b/.test(lower)) return false;
  }
  return true;
}

/** Chrono refiner that drops ages, durations, times alone, lowercase "may" and other non-events. */
export const nonEventRefiner: Refiner = {
  refine: (context, results) => results.filter((result) => isEventMention(result, context.text)),
};
