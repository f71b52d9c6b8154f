/** Organisation groups: acronyms from initials, and names shortened by dropping their country. */
import { rangeKeys, type NameGroup } from './group-names';
import type { Token } from './tokenize';

/** "BJP" for "Bharatiya Janata Party", "BOJ" for "Bank of Japan": initials of a name of three or more words. */
export function initialsOf(tokens: readonly Token[], [from, to]: [number, number]): string[] {
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word' && t.key !== 'the');
  const capitals = words.filter((t) => t.upper);
  if (words.length < 3 || capitals.length < 2) return [];
  const initials = (list: readonly Token[]): string => list.map((t) => t.core.charAt(0).toUpperCase()).join('');
  return [...new Set([initials(capitals), initials(words)])].filter((a) => a.length >= 3);
}

/** Joins "Meteorological Agency" to "Japan Meteorological Agency" (the same name without its country). */
export function mergeShortenedOrgs(tokens: readonly Token[], covered: Int32Array, orgs: NameGroup[]): NameGroup[] {
  const byWords = new Map<string, NameGroup>();
  for (const org of orgs) byWords.set(rangeKeysOf(tokens, org.best), org);
  const merged = new Set<NameGroup>();
  for (const org of orgs) {
    let from = org.best[0];
    while (from < org.best[1] && (covered[from] !== -1 || tokens[from]?.kind !== 'word')) from += 1;
    if (from === org.best[0] || org.best[1] - from < 2) continue;
    const short = byWords.get(rangeKeysOf(tokens, [from, org.best[1]]));
    if (!short || short === org) continue;
    org.ranges.push(...short.ranges);
    for (const a of short.acronyms) org.acronyms.add(a);
    merged.add(short);
  }
  // "Samsung" alone joins "Samsung Electronics" (its brand word).
  for (const org of orgs) {
    const words = rangeKeys(tokens, org.best);
    if (merged.has(org) || words.length !== 1 || !words[0]) continue;
    const full = orgs.find((o) => o !== org && !merged.has(o) && o.shortKeys.has(words[0] ?? ''));
    if (!full) continue;
    full.ranges.push(...org.ranges);
    merged.add(org);
  }
  return orgs.filter((o) => !merged.has(o));
}

/** The word keys of a range, joined. */
function rangeKeysOf(tokens: readonly Token[], range: [number, number]): string {
  return rangeKeys(tokens, range).filter((k) => k !== 'the').join(' ');
}

