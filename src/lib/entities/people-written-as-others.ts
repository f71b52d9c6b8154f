/** A "person" never introduced that the archive writes where only a body or a place goes is that body or place. */
import { lookUpWord } from './lexicon.ts';
import type { Pool } from './name-pool.ts';
import { wordsOfName } from './name-variants.ts';

/**
 * A "person" the archive never introduces (no title, no speech verb, no style) but writes where only
 * a body goes ("a member of Phi Beta Kappa") is that body; where only a place goes ("returned to
 * Yad Vashem", "Yad Vashem in Israel"), that place. One whose first word is a given name ("Freddie
 * Mac") needs two such spots, as one list may hold people and bodies together and people are also
 * met "in" a country. A body's spots are read first: a name written as both stays a body.
 */
export function readPeopleWrittenAsOthers(pools: ReadonlyMap<string, Pool>): void {
  for (const pool of new Set(pools.values())) {
    const e = pool.entity;
    if (e.type !== 'person' || pool.introduced || pool.styled.size > 0) continue;
    const needed = lookUpWord(wordsOfName(e.name)[0] ?? '').given ? 2 : 1;
    if (pool.bodyPlaces >= needed) e.type = 'organization';
    else if (pool.placeSpots >= needed) e.type = 'place';
  }
}
