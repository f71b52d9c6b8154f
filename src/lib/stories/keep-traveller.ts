import { wordsBeforeOwner } from './describe-trip.ts';
import { isDateWord, isPersonKind, isPlural } from './event-word-kind.ts';
import { findOpeningJourney, JOURNEY } from './journey-days.ts';

// The first singular possessive of a headline: whose meeting, call or travel it reports ("Joe
// Biden’s Meeting"); a plural's ("Leaders’ Statement", "the Women’s World Cup") names a group, no one's diary.
const OWNER = /(\p{Lu}[\p{L}-]*)['’]s\s+\p{L}/u;

function ownerOf(headline: string): string | undefined {
  const owner = OWNER.exec(headline)?.[1];
  return owner && !isPlural(owner) ? owner : undefined;
}

/**
 * The words of the title a headline gives the traveller: the capitalised words right before the
 * traveller's name ("Vice President Harris’s Travel" → vice, president). A title that follows
 * "to the" or "of the" is another person's, whom the traveller serves ("National Security Advisor
 * to the Vice President Phil Gordon’s Trip"): the traveller's own title is the one before it
 * (national, security, advisor). The name's own words (a first name) are among them; they never
 * own another headline as a title would.
 */
export function travellerTitle(headline: string, traveller: string): Set<string> {
  const words = wordsBeforeOwner(headline, traveller) ?? [];
  const title: string[] = [];
  for (let at = words.length - 1; at >= 0; at--) {
    const word = words[at]!;
    // "to the Vice President": the run so far names whom the traveller serves; their own title is before it.
    if (/^the$/i.test(word) && /^(?:to|of)$/i.test(words[at - 1] ?? '')) {
      title.length = 0;
      at -= 1;
      continue;
    }
    if (!/^\p{Lu}/u.test(word)) break;
    title.push(word.toLowerCase());
  }
  return new Set(title);
}

/**
 * A journey's thread keeps its traveller's documents. When a thread opens with someone's journey
 * (`findOpeningJourney`: "on Vice President Harris’s Travel to Germany", possibly after the calls
 * of the two days before), a headline that reports another person's engagement ("Readout of
 * President Biden’s Meeting with the Chancellor of Germany") belongs to that person's diary, not to
 * the trip, even when it names the same country; it leaves. Headlines with no possessive (joint
 * statements, fact sheets) stay, as do the traveller's own ("Harris’s Meeting with") and those a
 * title of the traveller owns ("the Vice President’s", when the traveller is "Vice President
 * Harris"). A title the traveller does not carry ("the Vice President’s Call" beside "National
 * Security Advisor to the Vice President Phil Gordon’s Trip") is another person's. A journey owned
 * by a date ("Tomorrow’s Travel to Maui") has no traveller: the thread is left alone. `members`
 * are article indexes, oldest first; `times` gives each article's publication time in ms.
 */
export function keepTraveller(members: readonly number[], headlines: readonly string[], times: readonly number[]): number[] {
  const start = findOpeningJourney(members, headlines, times);
  const journey = headlines[members[start] ?? -1] ?? '';
  const traveller = JOURNEY.exec(journey)?.[1];
  if (!traveller || isDateWord(traveller)) return [...members];
  const title = travellerTitle(journey, traveller);
  return members.filter((index, at) => {
    const owner = at === start ? undefined : ownerOf(headlines[index] ?? '');
    if (!owner || owner === traveller) return true;
    // A traveller named only by a title ("the Vice President’s Travel") may be anyone of that
    // title; a title ("the Vice President’s Trip") is a named traveller's when the journey's headline gives it to them.
    return isPersonKind(traveller) || (isPersonKind(owner) && title.has(owner.toLowerCase()));
  });
}
