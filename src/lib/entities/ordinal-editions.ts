/** A body's name after an ordinal ("Second Trilateral Fentanyl Committee") that the archive also writes without it joins the body. */
import { ORDINAL_WORDS } from './lexicon.ts';
import { mergeInto, type Pool } from './name-pool.ts';
import { wordsOfName } from './name-variants.ts';

// "Following the Second Trilateral Fentanyl Committee Meeting" counts the committee's meetings: the
// ordinal belongs to the meeting, not to the body. Where the archive also names the body without
// the ordinal, the numbered name is that body; where it never does ("First Movers Coalition"),
// the ordinal is part of the name and it stays.

/** Merges each organisation named as an ordinal and another organisation's name into that organisation. */
export function joinOrdinalEditions(pools: Map<string, Pool>): void {
  const byName = new Map<string, Pool>();
  for (const pool of new Set(pools.values())) {
    if (pool.entity.type === 'organization') byName.set(wordsOfName(pool.entity.name).join(' '), pool);
  }
  // A pool may stand under several keys (a name and its acronym): merge it once, then remap every key.
  const into = new Map<Pool, Pool>();
  for (const pool of new Set(pools.values())) {
    if (pool.entity.type !== 'organization') continue;
    const words = wordsOfName(pool.entity.name);
    if (words.length < 3 || !ORDINAL_WORDS.has(words[0] ?? '')) continue;
    const body = byName.get(words.slice(1).join(' '));
    if (!body || body === pool) continue;
    mergeInto(body, pool, true);
    into.set(pool, body);
  }
  for (const [key, pool] of pools) {
    const target = into.get(pool);
    if (target) pools.set(key, target);
  }
}
