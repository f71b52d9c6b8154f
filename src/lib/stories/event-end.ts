import { DAY_MS } from '../time/index.ts';
import type { FeatureTable } from './article-features.ts';

/**
 * A thread held together by names (a rare one, or two in its headlines) whose headlines also share
 * event words ("wildfires") ends with that event. A member out more than a day after the last
 * member whose headline uses one of the words (`holders`), and whose headline and lead (its terms)
 * use none of them — the leaders' call two weeks later about another crisis — is another story and
 * leaves. Members before or between the event's documents stay: the announcement of a visit, the
 * trip to the fires. `words` are term keys of `table`; `members` and `holders` are article indexes.
 */
export function keepToEventEnd(members: readonly number[], holders: readonly number[], words: readonly number[], table: FeatureTable): number[] {
  const time = (index: number): number => table.features[index]?.time ?? 0;
  if (!holders.length || !words.length) return [...members];
  const end = Math.max(...holders.map(time)) + DAY_MS;
  return members.filter((index) => time(index) <= end || words.some((term) => table.features[index]?.terms.includes(term)));
}
