import nlp from 'compromise';
import { DAY_MS } from '../time/index.ts';
import type { ArticleRecord } from '../types.ts';
import type { Token } from './event-words.ts';

// A release kind on at least this many different days is a series of events ("calls"), not one
// event's documents (a visit announced, held and read out within a day or two).
const MIN_DAYS = 3;
// Two uses further apart than this are two events (calls two weeks apart), not one event's documents.
const ONE_EVENT_DAYS = 7;

/**
 * A kind-of-release word in the plural when the members whose headlines (`lists`, one per member)
 * use it came out on at least three different days, or on two more than a week apart: five
 * readouts of calls over three weeks are "calls" ("Biden’s calls with the Emir"), and so are two
 * calls two weeks apart; two statements on one visit stay "visit".
 */
export function pluraliseRepeated(
  word: string,
  stem: string,
  members: readonly number[],
  articles: readonly ArticleRecord[],
  lists: readonly (readonly Token[])[],
): string {
  const days = new Set<number>();
  members.forEach((index, i) => {
    const published = articles[index]?.published.getTime();
    if (published !== undefined && lists[i]?.some((token) => token.stem === stem)) days.add(Math.floor(published / DAY_MS));
  });
  const span = days.size ? Math.max(...days) - Math.min(...days) : 0;
  if ((days.size < MIN_DAYS && span <= ONE_EVENT_DAYS) || word.includes(' ')) return word;
  // After "the", the tagger reads the word as the noun it is here ("the call", not "to call").
  const plural = nlp(`the ${word}`)
    .nouns()
    .toPlural()
    .text()
    .replace(/^the\s+/i, '');
  return plural || word;
}
