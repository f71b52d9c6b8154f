/** An organisation's acronym named alone joins the organisation whose acronym it is. */
import { mergeInto, type Pool } from './name-pool.ts';

/** An organisation's acronym named on its own elsewhere ("DEA") joins the organisation whose acronym it is. */
export function joinAcronyms(pools: Map<string, Pool>): void {
  const owners = new Map<string, Pool[]>();
  for (const pool of new Set(pools.values())) {
    if (pool.entity.type !== 'organization') continue;
    for (const v of pool.entity.variants) if (/^[A-Z][A-Z&]{1,9}$/.test(v)) owners.set(v, [...(owners.get(v) ?? []), pool]);
  }
  for (const [key, pool] of pools) {
    const owner = owners.get(pool.entity.name);
    if (pool.entity.type !== 'organization' || owner?.length !== 1 || !owner[0] || owner[0] === pool) continue;
    mergeInto(owner[0], pool);
    pools.set(key, owner[0]);
  }
}
