/** A person-shaped name the archive also writes as a place's or a body's name is that place or body. */
import { mergeInto, type Pool } from './name-pool.ts';
import { indexNamesByWord, readNameInOthers } from './name-owners.ts';

/**
 * A "person" never styled, that the archive also writes as a place's or organisation's name joins
 * it ("Ann Arbor" the place, "Eli Lilly" the company); one never introduced either (no title, no
 * "said") also joins the one name it opens ("Avi Kwa Ame National Monument", "Eli Lilly and
 * Company"), and is no one when it is only the field of another name ("Coalition of Kaiser
 * Permanente Unions"). Returns the pools to drop. People a place or a body is named after are
 * introduced somewhere.
 */
export function readPeopleInOtherNames(pools: Map<string, Pool>): Set<Pool> {
  const byWord = indexNamesByWord(
    [...new Set(pools.values())].filter((p) => p.entity.type !== 'person').map((p) => ({ name: p.entity.name.toLowerCase(), owner: p })),
  );
  const joined = new Map<Pool, Pool>();
  const inside = new Set<Pool>();
  for (const [key, pool] of pools) {
    if (pool.entity.type !== 'person' || pool.styled.size > 0 || !pool.entity.name.includes(' ')) continue;
    let target = joined.get(pool);
    if (!target) {
      const reading = readNameInOthers(pool.entity.name, byWord, (p) => p.entity.name, pool.introduced);
      if (reading && 'inside' in reading) inside.add(pool);
      if (!reading || !('joins' in reading)) continue;
      target = reading.joins;
      mergeInto(target, pool, true);
      joined.set(pool, target);
    }
    pools.set(key, target);
  }
  return inside;
}
