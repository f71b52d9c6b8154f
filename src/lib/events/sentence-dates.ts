import { isDateAsName } from './date-as-name.ts';

// "Since", "after" and "following" before a dated name make it the point a sentence counts from:
// "following Hamas’s brutal October 7 attack".
const COUNTED_FROM = /\b(?:since|after|following)\s+(?:(?:the|this|its|their|our|his|her)\s+|\p{L}+['’]s?\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}$/iu;
// Words that put a sentence on the day it was published ("Today, we secured the release…").
const PUBLICATION_DAY = /^(?:today|tonight|this (?:morning|afternoon|evening))$/i;

/** A date found in a sentence: where its words are (offsets in the sentence) and the day it resolved to. */
export interface SentenceDate {
  start: number;
  end: number;
  text: string;
  date: string;
}

/**
 * Which of a sentence's dates say when its news happened, for the timelines ("Around this time"
 * lists a sentence under each such date); every date is still marked up in the text.
 * - A sentence that says it is today's news ("Today, …", "This morning, …") is dated today only:
 *   an earlier date in it ("…taken hostage on October 7") is background.
 * - A date used as a name ("the October 7 attack") dates its sentence only when nothing else
 *   does, and never after "since", "after" or "following" ("aid since Hamas’s October 7 attack"
 *   is about the aid). A plain "since the 17th" still dates the sentence: that is when it began.
 */
export function datesSentence(sentence: string, dates: readonly SentenceDate[], today: string): boolean[] {
  const name = dates.map((d) => isDateAsName(sentence, d.start, d.end));
  const countedFrom = dates.map((d, i) => name[i]! && COUNTED_FROM.test(sentence.slice(Math.max(0, d.start - 60), d.start)));
  const saysToday = dates.some((d) => PUBLICATION_DAY.test(d.text) && d.date === today);
  // A month-precision date (`YYYY-MM`) is compared with today's month.
  const inTime = dates.map((d) => !saysToday || d.date >= today.slice(0, d.date.length));
  const own = dates.map((_, i) => !name[i] && inTime[i]!);
  const anchored = own.some(Boolean);
  return dates.map((_, i) => own[i]! || (!anchored && name[i]! && !countedFrom[i] && inTime[i]!));
}
