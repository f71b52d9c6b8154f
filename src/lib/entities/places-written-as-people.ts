/** A "person" never introduced that the archive writes where only a place goes is that place. */
import { lookUpWord } from './lexicon.ts';
import type { Pool } from './name-pool.ts';
import { wordsOfName } from './name-variants.ts';

/**
 * A "person" the archive never introduces (no title, no speech verb, no style) but writes where only
 * a place goes ("returned to Yad Vashem", "Yad Vashem in Israel") is that place; one whose first word
 * is a given name needs two such spots, as people are also met "in" a country. Runs after
 * `readBodiesWrittenAsPeople`: a name already read as a body stays one.
 */
export function readPlacesWrittenAsPeople(pools: ReadonlyMap<string, Pool>): void {
  for (const pool of new Set(pools.values())) {
    const e = pool.entity;
    if (e.type !== 'person' || pool.placeSpots === 0 || pool.introduced || pool.styled.size > 0) continue;
    const given = lookUpWord(wordsOfName(e.name)[0] ?? '').given;
    if (pool.placeSpots >= (given ? 2 : 1)) e.type = 'place';
  }
}
