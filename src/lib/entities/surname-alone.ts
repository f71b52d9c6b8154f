/** A person named by a surname alone: which full name it joins, and when it stands alone untagged. */
import { MIN_STYLED_ARTICLES } from './styled-alone.ts';
import type { Pool } from './name-pool.ts';

/**
 * The full name a surname alone joins across the site: the only one that carries it, or the one
 * named at least twice as often as any other, or in twice as many articles ("Netanyahu" → "Benjamin
 * Netanyahu", not "Sara Netanyahu").
 */
export function dominantFullName(same: readonly Pool[]): Pool | undefined {
  const full = same.filter((p) => p.person && p.person.given !== '').sort((a, b) => b.entity.count - a.entity.count);
  const [first, second] = full;
  if (!first) return undefined;
  if (!second) return first;
  // Named twice as often, or in twice as many articles: a guest list that names a namesake twice does not outweigh a Speaker named across the archive.
  const dominates = (p: Pool): boolean => p.entity.count >= 2 * second.entity.count || p.entity.articles.length >= 2 * second.entity.articles.length;
  return dominates(first) ? first : undefined;
}

/**
 * A person known only by one word across the archive ("Senator Tuberville"): no full name to join,
 * so no tag; an editor would not file a page under a bare surname. A name styled by a one-holder
 * title or a style in several articles ("President Eisenhower", "Lady Gaga") is that person all the
 * same, unless two people of the archive carry that surname ("President Clinton" beside Bill and
 * Hillary Clinton): it could be either, and it joined neither.
 */
export function isSurnameAlone(pool: Pool, bySurname: ReadonlyMap<string, readonly Pool[]>): boolean {
  if (pool.entity.type !== 'person' || ![...pool.forms.keys()].every((form) => !/\s/u.test(form.trim()))) return false;
  const namesakes = (bySurname.get(pool.person?.surname ?? '') ?? []).filter((p) => p !== pool && p.person?.given);
  return pool.styled.size < MIN_STYLED_ARTICLES || namesakes.length >= 2;
}
