/** National institutions in context: "the Supreme Court" is the United States' only where the United States leads the article. */
import type { RawMatch } from './scan-names';

/** What the home rule sees of an article besides its matches. */
export interface HomeEvidence {
  /** Demonyms seen per place id, state actor or not ("American families"). */
  demonyms: ReadonlyMap<string, number>;
  /** Place ids named in the headline. */
  inTitle: ReadonlySet<string>;
}

/**
 * Drops generic national names ("Supreme Court", "National Security Council") in articles where
 * another place is named more often than the institution's country and the headline does not
 * name that country: a Seoul story's "National Security Council" is South Korea's, and stays
 * untagged rather than tagged as the wrong one.
 */
export function keepHomeInstitutions(raw: RawMatch[], idOf: (m: RawMatch) => string, isPlace: (id: string) => boolean, gather: () => HomeEvidence): RawMatch[] {
  if (!raw.some((m) => m.alias.home !== undefined)) return raw;
  const evidence = gather();
  const counts = new Map<string, number>(evidence.demonyms);
  for (const m of raw) {
    const id = idOf(m);
    if (isPlace(id) && !m.alias.demonym) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const top = Math.max(0, ...counts.values());
  const leads = (home: string) => evidence.inTitle.has(home) || (counts.get(home) ?? 0) >= top;
  return raw.filter((m) => m.alias.home === undefined || leads(m.alias.home));
}
