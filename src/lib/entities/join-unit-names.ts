/** A body's unit written with the body it belongs to joins the unit's own name, when the archive writes no other body before it. */
import { slugify } from '../slugify.ts';
import { mergeInto, type Pool } from './name-pool.ts';
import { tokeniseWithOffsets } from './tokenise.ts';
import { startOfNamedUnit } from './unit-of-body.ts';

/** The unit's own name inside a name that opens with its body's ("Office of Public Engagement" of "White House Office of Public Engagement"), or undefined. */
function unitName(name: string): string | undefined {
  const tokens = tokeniseWithOffsets(name);
  const at = startOfNamedUnit(tokens, 0, tokens.length);
  return at < 0 ? undefined : name.slice(tokens[at]?.start ?? 0);
}

/**
 * "White House Office of Public Engagement" joins "Office of Public Engagement" named alone
 * elsewhere: one office under two names. Only where every longer name of the unit opens with the
 * same body's: "Office of Public Affairs" of a bank and of a ministry are two offices, and stay apart.
 */
export function joinUnitNames(pools: Map<string, Pool>): void {
  const longer = new Map<Pool, { pool: Pool; parent: string }[]>();
  for (const pool of new Set(pools.values())) {
    if (pool.entity.type !== 'organization') continue;
    const unit = unitName(pool.entity.name);
    const target = unit === undefined ? undefined : pools.get(`organization:${slugify(unit)}`);
    if (!unit || !target || target === pool) continue;
    const parent = slugify(pool.entity.name.slice(0, pool.entity.name.length - unit.length));
    longer.set(target, [...(longer.get(target) ?? []), { pool, parent }]);
  }
  const into = new Map<Pool, Pool>();
  for (const [target, list] of longer) {
    if (new Set(list.map((l) => l.parent)).size !== 1) continue;
    for (const { pool } of list) {
      mergeInto(target, pool, true);
      into.set(pool, target);
    }
  }
  for (const [key, pool] of pools) {
    const target = into.get(pool);
    if (target) pools.set(key, target);
  }
}
