/** A date used as part of a name ("the October 7 attack", "the January 6 committee"): it names an event, it does not date the sentence. */
import { FOLLOWS_A_DATE } from '../entities/lexicon.ts';

// A determiner or a possessive before the date, perhaps with a word or two that describe the
// event: "the October 7 attack", "Hamas’s October 7 attack", "the brutal October 7 terrorist attack".
const DETERMINER_BEFORE = /(?:\b(?:the|this|that|these|those|its|their|our|his|her)|\p{L}['’]s?)(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+$/iu;

/**
 * Whether the date at `start`–`end` of `sentence` is used as part of a name ("the October 7
 * attack", "the January 6 committee", "the December 15 deadline"): after a determiner or a
 * possessive and before a noun it modifies. Such a date is right to show as a date, but it names
 * an earlier or later event; it does not say when the sentence's own news happened.
 */
export function isDateAsName(sentence: string, start: number, end: number): boolean {
  if (!DETERMINER_BEFORE.test(sentence.slice(Math.max(0, start - 60), start))) return false;
  // The noun may be a name itself: "the October 7 Hamas attacks".
  const next = /^\s+(\p{L}[\p{L}-]*)/u.exec(sentence.slice(end))?.[1];
  return next !== undefined && !FOLLOWS_A_DATE.has(next.toLowerCase());
}
