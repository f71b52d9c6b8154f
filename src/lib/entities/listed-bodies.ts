/** "Boeing and Vietnam Airlines": two names listed with "and", read as one body's name, part into the two. */
import { isEverydayWord } from './everyday-word.ts';
import { ORG_HEADS } from './lexicon.ts';
import type { Pool } from './name-pool.ts';
import { wordsOfName } from './name-variants.ts';

// "Institute of Museum and Library Services" is one body, so a capitalised run may join "and". When
// the part before "and" is a name the archive uses on its own (an organisation, or a person's full
// name: "Andrew Ginther and Columbus State Community College"), the run lists two names, and the
// part after "and", ending in a head, is the other body.

/** Words the part after "and" needs to be a body's name of its own. */
const MIN_BODY_WORDS = 2;

/**
 * True when `pool` may own the part before "and": an organisation with a word of its own ("Boeing",
 * not "National Museum" of "National Museum and Library Services Board"), or a person named in full.
 */
function ownsFirstPart(pool: Pool | undefined): pool is Pool {
  if (!pool) return false;
  const words = wordsOfName(pool.entity.name);
  if (pool.entity.type === 'person') return words.length >= 2;
  return pool.entity.type === 'organization' && words.some((w) => !isEverydayWord(w));
}

/** Adds `pool`'s articles and count to `target`, keeping `target`'s names. */
function addArticles(target: Pool, pool: Pool): void {
  target.entity.count += pool.entity.count;
  for (const a of pool.entity.articles) {
    if (target.seen.has(a)) continue;
    target.seen.add(a);
    target.entity.articles.push(a);
  }
}

/**
 * Splits each organisation named "<A> and <B>", where A is another entity's name and B ends in a
 * head: A's entity gains its articles, and it becomes B (merged into B's entity when there is one).
 */
export function splitListedBodies(pools: Map<string, Pool>): void {
  const byName = new Map<string, Pool>();
  for (const pool of new Set(pools.values())) byName.set(wordsOfName(pool.entity.name).join(' '), pool);
  // A pool may stand under several keys (a name and its acronym): decide once per pool, then remap every key.
  const into = new Map<Pool, Pool>();
  for (const pool of new Set(pools.values())) {
    if (pool.entity.type !== 'organization') continue;
    const words = wordsOfName(pool.entity.name);
    const at = words.indexOf('and');
    if (at < 1 || words.lastIndexOf('and') !== at || words.length - at - 1 < MIN_BODY_WORDS || !ORG_HEADS.has(words[words.length - 1] ?? '')) continue;
    const first = byName.get(words.slice(0, at).join(' '));
    if (!ownsFirstPart(first) || first === pool) continue;
    addArticles(first, pool);
    const rest = pool.entity.name
      .split(/\s+/u)
      .slice(at + 1)
      .join(' ');
    const second = byName.get(words.slice(at + 1).join(' '));
    if (second && second !== pool) {
      addArticles(second, pool);
      into.set(pool, second);
      continue;
    }
    const count = pool.entity.count;
    // The joined name's forms and acronyms ("BAVA") name nothing.
    pool.forms = new Map([[rest, count]]);
    pool.entity.name = rest;
    pool.entity.variants = [];
  }
  for (const [key, pool] of pools) {
    const target = into.get(pool);
    if (target) pools.set(key, target);
  }
}
