/** A body named by a field and a head only joins the one longer organisation that ends in it. */
import { mergeInto, type Pool } from './name-pool.ts';
import { wordsOfName } from './name-variants.ts';
import { endsWithName, isDescriptiveTail } from './org-tails.ts';

/**
 * An organisation named by a field and a head only ("Cancer Institute") joins the one longer
 * organisation of the archive whose name ends in it ("National Cancer Institute"), as a short form;
 * when several do ("Law Center"), it could be any of them and is dropped (returned). Only when the
 * longer names are tagged (`isTagged`) and used in more articles, or the short one is only ever
 * written beside its one longer name: otherwise it is a name of its own ("Job Corps" beside its
 * centres named once each).
 */
export function joinOrganisationTails(pools: Map<string, Pool>, isTagged: (pool: Pool) => boolean): Set<Pool> {
  const orgs = [...new Set(pools.values())].filter((p) => p.entity.type === 'organization');
  const byLast = new Map<string, { pool: Pool; words: string[] }[]>();
  for (const pool of orgs) {
    const words = wordsOfName(pool.entity.name);
    const last = words[words.length - 1] ?? '';
    byLast.set(last, [...(byLast.get(last) ?? []), { pool, words }]);
  }
  const cut = new Set<Pool>();
  const into = new Map<Pool, Pool>();
  for (const pool of orgs) {
    const words = wordsOfName(pool.entity.name);
    if (!isDescriptiveTail(words)) continue;
    const ending = (byLast.get(words[1] ?? '') ?? []).filter((o) => o.pool !== pool && isTagged(o.pool) && endsWithName(o.words, words));
    // "MAGA House Freedom Caucus" is "House Freedom Caucus" again: only the shortest longer names count.
    const longer = ending.filter((o) => !ending.some((q) => q !== o && endsWithName(o.words, q.words)));
    // A short name the archive uses as often as its longer names is a name of its own ("Anti-Defamation
    // League"), unless it never stands without the one longer name: each article that writes it also
    // writes the longer one, which the short one only repeats ("Freedom Caucus" after its full name).
    const uses = longer.reduce((n, o) => n + o.pool.entity.articles.length, 0);
    const onlyBeside = longer.length === 1 && pool.entity.articles.every((a) => longer[0]?.pool.seen.has(a));
    if (longer.length === 0 || (uses <= pool.entity.articles.length && !onlyBeside)) continue;
    if (longer.length === 1 && longer[0]) into.set(pool, longer[0].pool);
    else cut.add(pool);
  }
  for (const [pool, target] of into) mergeInto(target, pool, true);
  for (const [key, pool] of pools) {
    const target = into.get(pool);
    if (target) pools.set(key, target);
  }
  return cut;
}
