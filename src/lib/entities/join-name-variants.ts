/** One person under two names (two spellings, or a name cut before its surname's particle) joins into one pool. */
import { mergeInto, type Pool } from './name-pool.ts';
import { areSpellingsOfOneName, isCutBeforeParticle, spellingKeys, wordsOfName } from './name-variants.ts';

/** The pool that stands first when two pools of one person meet: more mentions, then more articles, then the name that sorts first. */
function isLarger(a: Pool, b: Pool): boolean {
  const x = a.entity;
  const y = b.entity;
  return x.count !== y.count ? x.count > y.count : x.articles.length !== y.articles.length ? x.articles.length > y.articles.length : x.name < y.name;
}

/**
 * One person under two names joins into one pool: two spellings of a long name one letter apart
 * ("Tahnoun"/"Tahnoon bin Zayed Al Nahyan"), the smaller into the larger, and a name cut before the
 * particle of its surname into the one full name it begins ("Mohammed Shia" → "Mohammed Shia
 * al-Sudani"), as a short form only (`name-variants.ts`).
 */
export function joinNameVariants(pools: Map<string, Pool>): void {
  const people = [...new Set(pools.values())].filter((p) => p.entity.type === 'person');
  const into = new Map<Pool, { target: Pool; shortForm: boolean }>();
  const bySpelling = new Map<string, { pool: Pool; words: string[] }[]>();
  const byCut = new Map<string, Set<Pool>>();
  for (const pool of people) {
    for (const form of pool.forms.keys()) {
      const words = wordsOfName(form);
      for (const key of spellingKeys(words)) bySpelling.set(key, [...(bySpelling.get(key) ?? []), { pool, words }]);
      for (let n = 2; n < words.length; n++) {
        if (!isCutBeforeParticle(words.slice(0, n), words)) continue;
        const key = words.slice(0, n).join(' ');
        byCut.set(key, (byCut.get(key) ?? new Set()).add(pool));
      }
    }
  }
  for (const list of bySpelling.values()) {
    for (const [i, a] of list.entries()) {
      for (const b of list.slice(i + 1)) {
        if (a.pool === b.pool || !areSpellingsOfOneName(a.words, b.words)) continue;
        const [small, large] = isLarger(a.pool, b.pool) ? [b.pool, a.pool] : [a.pool, b.pool];
        if (!into.has(small) && into.get(large)?.target !== small) into.set(small, { target: large, shortForm: false });
      }
    }
  }
  for (const pool of people) {
    const owners = [...(byCut.get(wordsOfName(pool.entity.name).join(' ')) ?? [])].filter((p) => p !== pool);
    if (into.has(pool) || owners.length !== 1 || !owners[0]) continue;
    into.set(pool, { target: owners[0], shortForm: true });
  }
  const rootOf = (pool: Pool): Pool => {
    let at = pool;
    for (let step = 0; step < into.size && into.has(at); step++) at = into.get(at)?.target ?? at;
    return at;
  };
  for (const [pool, { shortForm }] of into) {
    const target = rootOf(pool);
    if (target !== pool) mergeInto(target, pool, shortForm);
  }
  for (const [key, pool] of pools) if (into.has(pool)) pools.set(key, rootOf(pool));
}
