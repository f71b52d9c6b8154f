/** A "person" never introduced that the archive writes where only a body goes is that body. */
import { lookUpWord } from './lexicon.ts';
import type { Pool } from './name-pool.ts';
import { wordsOfName } from './name-variants.ts';

/**
 * A "person" the archive never introduces (no title, no speech verb, no style) but writes where only
 * a body goes ("a member of Phi Beta Kappa") is that body; one whose first word is a given name
 * ("Freddie Mac") needs two such places, as one list may hold people and bodies together.
 */
export function readBodiesWrittenAsPeople(pools: ReadonlyMap<string, Pool>): void {
  for (const pool of new Set(pools.values())) {
    const e = pool.entity;
    if (e.type !== 'person' || pool.bodyPlaces === 0 || pool.introduced || pool.styled.size > 0) continue;
    const given = lookUpWord(wordsOfName(e.name)[0] ?? '').given;
    if (pool.bodyPlaces >= (given ? 2 : 1)) e.type = 'organization';
  }
}
