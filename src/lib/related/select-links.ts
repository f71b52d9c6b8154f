import { localDay } from '../timeline/local-day.ts';
import { explainLink } from './explain-link.ts';
import { isNearDuplicate } from './near-duplicate.ts';
import type { Corpus } from './prepare-corpus.ts';
import type { RankedCandidate } from './rank-candidates.ts';
import type { RelatedSettings } from './resolve-options.ts';
import type { RelatedLink } from './types.ts';

/** Local publication day of each article, worked out only for the ones that reach selection. */
export function createDayLookup(corpus: Corpus, timeZone: string): (article: number) => string {
  const days: Array<string | undefined> = new Array(corpus.articles.length);
  return (article) => (days[article] ??= localDay(new Date(corpus.published[article] ?? 0), timeZone));
}

// Scores are shown in data files and compared in tests; six decimals keep them stable and short.
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

// Reasons repeat across thousands of links ("Same story"); one shared string each saves memory.
const reasons = new Map<string, string>();
function intern(reason: string): string {
  let shared = reasons.get(reason);
  if (shared === undefined) {
    if (reasons.size > 100_000) reasons.clear();
    reasons.set(reason, (shared = reason));
  }
  return shared;
}

/**
 * Takes the best ranked candidates for article `i` that pass the editorial rules: above the
 * minimum score (a higher one when the two share no entity and no story), not a near-duplicate
 * of the article or of a link already taken, and at most `maxPerDay` from one local day.
 */
export function selectLinks(
  corpus: Corpus,
  i: number,
  ranked: readonly RankedCandidate[],
  settings: RelatedSettings,
  dayOf: (article: number) => string,
): RelatedLink[] {
  const chosen: number[] = [];
  const perDay = new Map<string, number>();
  const links: RelatedLink[] = [];
  for (const candidate of ranked) {
    if (links.length >= settings.limit || candidate.score < settings.minScore) break;
    const j = candidate.article;
    const { parts } = candidate;
    if (parts.entities === 0 && parts.story === 0 && candidate.score < settings.minTextOnlyScore) continue;
    const duplicate = [i, ...chosen].some((k) =>
      isNearDuplicate(
        corpus.headlineKeys[k] ?? -1,
        corpus.headlineKeys[j] ?? -2,
        corpus.sketches[k] ?? new Uint32Array(0),
        corpus.sketches[j] ?? new Uint32Array(0),
      ),
    );
    if (duplicate) continue;
    const day = dayOf(j);
    const sameDay = perDay.get(day) ?? 0;
    if (sameDay >= settings.maxPerDay) continue;
    perDay.set(day, sameDay + 1);
    chosen.push(j);
    const { reason, sharedEntities, sharedTerms } = explainLink(corpus, i, j, parts, settings);
    links.push({
      id: corpus.articles[j]?.id ?? '',
      score: round(candidate.score),
      reason: intern(reason),
      sharedEntities,
      sharedTerms,
      parts: {
        text: round(parts.text),
        headline: round(parts.headline),
        entities: round(parts.entities),
        story: parts.story,
        time: round(parts.time),
      },
    });
  }
  return links;
}
