import { isDateWord, isPersonKind } from './event-word-kind.ts';

// "Vice President Harris’s Travel to Germany": a possessive, one word, "to" and a capitalised name.
export const JOURNEY = /(\p{Lu}[\p{L}-]*)['’]s\s+\p{L}+\s+to\s+\p{Lu}/u;
// The first singular possessive of a headline: whose meeting, call or travel it reports ("Joe
// Biden’s Meeting"); a plural's ("Leaders’ Statement") names a group, no one's diary.
const OWNER = /(\p{Lu}[\p{L}-]*)['’]s\s+\p{L}/u;

/**
 * A journey's thread keeps its traveller's documents. When a thread's first headline announces
 * someone's journey ("on Vice President Harris’s Travel to Germany"), a later headline that
 * reports another person's engagement ("Readout of President Biden’s Meeting with the Chancellor
 * of Germany") belongs to that person's diary, not to the trip, even when it names the same
 * country; it leaves. Headlines with no possessive (joint statements, fact sheets) stay, as do
 * the traveller's own ("Harris’s Meeting with") and any a title owns ("the Vice President’s"). A
 * journey owned by a date ("Tomorrow’s Travel to Maui") has no traveller: the thread is left alone.
 * `members` are article indexes, oldest first.
 */
export function keepTraveller(members: readonly number[], headlines: readonly string[]): number[] {
  const traveller = JOURNEY.exec(headlines[members[0] ?? -1] ?? '')?.[1];
  if (!traveller || isDateWord(traveller)) return [...members];
  return members.filter((index, at) => {
    const owner = at === 0 ? undefined : OWNER.exec(headlines[index] ?? '')?.[1];
    // A title ("the Vice President’s Trip") may be the traveller's: only two names differ for sure.
    return !owner || owner === traveller || isPersonKind(owner) || isPersonKind(traveller);
  });
}
