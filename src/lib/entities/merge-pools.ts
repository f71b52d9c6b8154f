/** How the cross-article rule merges pools of one entity's mentions: surnames, acronyms, and ids that must not collide. */
import type { PersonNameKey } from './person-short-forms';
import type { ConfidentEntity } from './select-confident';

/** The mentions of one entity gathered across articles. */
export interface Pool {
  entity: ConfidentEntity;
  confident: boolean;
  forms: Map<string, number>;
  seen: Set<string>;
  /** For people: surname and given name of the first full form. */
  person: PersonNameKey | undefined;
}

/**
 * The full name a surname alone joins across the site: the only one that carries it, or the one
 * named at least twice as often as any other ("Netanyahu" → "Benjamin Netanyahu", not "Sara Netanyahu").
 */
export function dominantFullName(same: readonly Pool[]): Pool | undefined {
  const full = same.filter((p) => p.person && p.person.given !== '').sort((a, b) => b.entity.count - a.entity.count);
  const [first, second] = full;
  if (!first) return undefined;
  return !second || first.entity.count >= 2 * second.entity.count ? first : undefined;
}

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
    const target = owner[0];
    target.entity.count += pool.entity.count;
    for (const a of pool.entity.articles) if (!target.seen.has(a)) (target.seen.add(a), target.entity.articles.push(a));
    for (const [form, n] of pool.forms) target.forms.set(form, (target.forms.get(form) ?? 0) + n);
    target.confident ||= pool.confident;
    pools.set(key, target);
  }
}

/** Two entities never share an id: the later one of another type takes its type as a suffix ("shahid-organization"). */
export function withUniqueIds(entities: ConfidentEntity[]): ConfidentEntity[] {
  const taken = new Set<string>();
  for (const e of entities) {
    if (taken.has(e.id)) e.id = `${e.id}-${e.type}`;
    for (let n = 2; taken.has(e.id); n++) e.id = `${e.id.replace(/-\d+$/, '')}-${n}`;
    taken.add(e.id);
  }
  return entities;
}
