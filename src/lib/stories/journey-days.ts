import { DAY_MS } from '../time/index.ts';
import { JOURNEY } from './keep-traveller.ts';

// A visitor's journey announced by its visitor: "the Visit of Prime Minister Lind of Zandia", "the
// Travel of Adviser Okafor to the Republic of Zandia": an event word, "of", a capitalised name
// (titles and names, no lower-case word between) and "of" or "to" before a capitalised place.
const VISIT_OF = /(?<![\p{L}\p{N}])the\s+\p{Lu}\p{L}+\s+of\s+(?:\p{Lu}[\p{L}.’'-]*\s+)+(?:of|to)\s+(?:the\s+)?\p{Lu}/u;

// A journey's days follow each other: a gap of more than this between two of its documents (the
// announcement and the journey aside) ends it. A trip of a week with a rest day keeps its legs;
// a call nine days later is another event.
const MAX_GAP_MS = 4 * DAY_MS;

/** Whether a headline announces or reports one journey: someone's travel to a place, or a visitor's visit. */
export function announcesJourney(headline: string): boolean {
  return JOURNEY.test(headline) || VISIT_OF.test(headline);
}

/**
 * A journey's thread holds the journey's own days. When a thread's first headline announces a
 * journey ("Statement on Minister Lind’s Travel to Zandia", "on the Visit of President Okafor of
 * Zandia"), the journey comes days later and then runs on consecutive days: after the announcement,
 * the members up to the first gap of more than four days stay, and the later ones (a call the week
 * after, another leader's summit that shares the country) leave: they are other events. Threads
 * opened otherwise are returned unchanged. `members` are article indexes, oldest first; `times`
 * gives each article's publication time in ms.
 */
export function keepJourneyDays(members: readonly number[], headlines: readonly string[], times: readonly number[]): number[] {
  if (members.length < 3 || !announcesJourney(headlines[members[0] ?? -1] ?? '')) return [...members];
  const kept = members.slice(0, 2);
  for (let at = 2; at < members.length; at++) {
    const gap = (times[members[at] ?? -1] ?? 0) - (times[members[at - 1] ?? -1] ?? 0);
    if (gap > MAX_GAP_MS) break;
    kept.push(members[at]!);
  }
  return kept;
}
