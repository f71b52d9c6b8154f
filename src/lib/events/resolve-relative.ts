import { type CalendarDay, formatDay, formatMonthOf } from './calendar.ts';
import type { Tense } from './tense.ts';
import type { ResolvedDate } from './types.ts';

const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  several: Number.NaN,
  few: Number.NaN,
};

const AGO = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(day|week|month)s?\s+(ago|from now)\b/i;
const WEEK_OR_MONTH = /\b(last|next|this)\s+(week|month)\b/i;
const WEEKEND = /\b(last|past|next|this|the)\s+weekend\b/i;

function count(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : (NUMBERS[word.toLowerCase()] ?? Number.NaN);
}

/**
 * Resolves relative words against the publication day: today, tonight, yesterday, last night,
 * tomorrow, "N days/weeks/months ago", "last/this/next week" (Monday to Sunday), "last/this/next
 * weekend" (Saturday and Sunday; "this weekend" in a past-tense clause is the one just gone) and
 * "last/this/next month". `undefined` means the text is not a relative expression; `null`
 * means it is one with no usable date.
 */
export function resolveRelative(text: string, today: CalendarDay, tense: Tense, before = ''): ResolvedDate | null | undefined {
  const lower = text.toLowerCase();
  const one = (date: CalendarDay): ResolvedDate => ({ date: formatDay(date), precision: 'day' });
  if (/\b(?:yesterday|last night)\b/.test(lower)) return one(today.minus({ days: 1 }));
  if (/\btomorrow\b/.test(lower)) return one(today.plus({ days: 1 }));
  if (/\b(?:today|tonight|this (?:morning|afternoon|evening))\b/.test(lower)) return one(today);
  const ago = AGO.exec(lower);
  if (ago) {
    const n = count(ago[1] ?? '');
    if (!Number.isFinite(n)) return null;
    const sign = ago[3] === 'ago' ? -1 : 1;
    if (ago[2] === 'month') return { date: formatMonthOf(today.plus({ months: sign * n })), precision: 'month' };
    return one(today.plus({ days: sign * n * (ago[2] === 'week' ? 7 : 1) }));
  }
  const weekend = WEEKEND.exec(`${before.slice(-12)}${lower}`.toLowerCase());
  if (weekend) {
    // Saturday of the current ISO week; on a weekend day that is the weekend under way.
    let saturday = today.startOf('week').plus({ days: 5 });
    if (weekend[1] === 'last' || weekend[1] === 'past' || (weekend[1] !== 'next' && tense === 'past' && saturday > today))
      saturday = saturday.minus({ weeks: 1 });
    if (weekend[1] === 'next') saturday = saturday.plus({ weeks: 1 });
    return { date: formatDay(saturday), precision: 'day', end: formatDay(saturday.plus({ days: 1 })) };
  }
  const span = WEEK_OR_MONTH.exec(lower);
  if (span) {
    const shift = span[1] === 'last' ? -1 : span[1] === 'next' ? 1 : 0;
    if (span[2] === 'month') return { date: formatMonthOf(today.plus({ months: shift })), precision: 'month' };
    const monday = today.startOf('week').plus({ weeks: shift });
    return { date: formatDay(monday), precision: 'day', end: formatDay(monday.plus({ days: 6 })) };
  }
  return /\b(?:ago|from now|later|earlier|days?|weeks?|fortnights?|months?|years?)\b/.test(lower) ? null : undefined;
}
