/** National institutions in context: "the Supreme Court" is the United States' only where the United States leads the article. */
import type { RawMatch } from './scan-names';

/**
 * Drops generic national names ("Supreme Court", "National Security Council") in articles where
 * another place is named more often than the institution's country: a Seoul story's "National
 * Security Council" is South Korea's, and stays untagged rather than tagged as the wrong one.
 */
export function keepHomeInstitutions(raw: RawMatch[], idOf: (m: RawMatch) => string, isPlace: (id: string) => boolean): RawMatch[] {
  if (!raw.some((m) => m.alias.home !== undefined)) return raw;
  const counts = new Map<string, number>();
  const add = (id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const m of raw) {
    const id = idOf(m);
    if (isPlace(id)) add(id);
    if (m.alias.prefix) add(m.alias.prefix.id);
  }
  const top = Math.max(0, ...counts.values());
  return raw.filter((m) => m.alias.home === undefined || (counts.get(m.alias.home) ?? 0) >= top);
}
