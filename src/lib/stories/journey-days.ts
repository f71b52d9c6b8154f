import { DAY_MS } from '../time/index.ts';
import { isDateWord } from './event-word-kind.ts';

// "Vice President Harris’s Travel to Germany": a possessive, one word, "to" and a capitalised name.
export const JOURNEY = /(\p{Lu}[\p{L}-]*)['’]s\s+\p{L}+\s+to\s+(?:the\s+)?\p{Lu}/u;

// A visitor's journey announced by its visitor: "the Visit of Prime Minister Lind of Zandia", "the
// Travel of Adviser Okafor to the Republic of Zandia": an event word, "of", a capitalised name
// (titles and names, no lower-case word between) and "of" or "to" before a capitalised place.
const VISIT_OF = /(?<![\p{L}\p{N}])the\s+\p{Lu}\p{L}+\s+of\s+(?:\p{Lu}[\p{L}.’'-]*\s+)+(?:of|to)\s+(?:the\s+)?\p{Lu}/u;

// A journey's days follow each other: a gap of more than this between two of its documents (the
// announcement and the journey aside) ends it. A trip of a week with a rest day keeps its legs;
// a call nine days later is another event.
const MAX_GAP_MS = 4 * DAY_MS;
// A journey opens its thread when no member came out more than this before it.
const OPENING_MS = 2 * DAY_MS;

/**
 * Whether a headline announces or reports one journey: someone's travel to a place, or a visitor's
 * visit. "Tomorrow’s Visit to Maui" is owned by a date, not a traveller: a visit within a story.
 */
export function announcesJourney(headline: string): boolean {
  const owner = JOURNEY.exec(headline)?.[1];
  return (owner !== undefined && !isDateWord(owner)) || VISIT_OF.test(headline);
}

/**
 * Where a thread opens with a journey: the position in `members` of its first headline that
 * announces one (`announcesJourney`), if that headline is the first or the members before it came
 * out within two days of the first (the calls that prepared the trip); -1 otherwise.
 */
export function findOpeningJourney(members: readonly number[], headlines: readonly string[], times: readonly number[]): number {
  const time = (at: number): number => times[members[at] ?? -1] ?? 0;
  return members.findIndex((index, at) => time(at) - time(0) <= OPENING_MS && announcesJourney(headlines[index] ?? ''));
}

/**
 * A journey's thread holds the journey's own days. When a thread opens with a journey — its first
 * headline announces one ("Statement on Minister Lind’s Travel to Zandia", "on the Visit of
 * President Okafor of Zandia"), or one of its headlines does and the members before it came out
 * within two days of it (the calls that prepared the trip) — the journey runs on consecutive days:
 * after the journey's headline and the next member (an announcement may come a week ahead), the
 * members up to the first gap of more than four days stay, and the later ones (a call the week
 * after, another official's trip, a summit that shares the country) leave: they are other events.
 * Other threads are returned unchanged. `members` are article indexes, oldest first; `times`
 * gives each article's publication time in ms.
 */
export function keepJourneyDays(members: readonly number[], headlines: readonly string[], times: readonly number[]): number[] {
  const time = (at: number): number => times[members[at] ?? -1] ?? 0;
  const start = findOpeningJourney(members, headlines, times);
  if (members.length < 3 || start < 0) return [...members];
  const kept = members.slice(0, start + 2);
  for (let at = start + 2; at < members.length; at++) {
    if (time(at) - time(at - 1) > MAX_GAP_MS) break;
    kept.push(members[at]!);
  }
  return kept;
}
