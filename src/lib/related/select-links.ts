/** Link selection: the time, per-day and near-duplicate rules that pick an article's links from its ranked candidates, and the reason shown for each. */
import { localDay } from '../timeline/local-day.ts';
import { isNearDuplicate } from './analyse-text.ts';
import type { Corpus, RankedCandidate } from './rank-candidates.ts';
import type { RelatedSettings } from './options.ts';
import type { RelatedLink, RelatedScoreParts } from './types.ts';
import { sharedKeys } from './vectors.ts';

/** Local publication day of each article, worked out only for the ones that reach selection. */
export function createDayLookup(corpus: Corpus, timeZone: string): (article: number) => string {
  const days = new Array<string | undefined>(corpus.articles.length);
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

/** Shared entities and keywords reported per link; reasons show the first two. */
const SHARED_REPORTED = 5;

/** Why a link was made: what the two articles share, and a few words saying so. */
export interface LinkExplanation {
  reason: string;
  sharedEntities: string[];
  sharedTerms: string[];
}

/**
 * Explains the link from article `i` to article `j`. "Same story" when they share a story
 * thread; "Also about A, B" when named shared entities carry at least half as much as the text;
 * "Similar: a, b" from the keywords that scored most; otherwise "Earlier coverage" (or
 * "Follow-up" for a later article), which only happens when nothing shared can be named.
 */
function explainLink(corpus: Corpus, i: number, j: number, parts: RelatedScoreParts, settings: RelatedSettings): LinkExplanation {
  const sharedEntities = sharedKeys(corpus.entities, i, j)
    .slice(0, SHARED_REPORTED)
    .map(([key]) => corpus.entityIds[key] ?? '');
  const sharedTerms = sharedKeys(corpus.terms, i, j)
    .slice(0, SHARED_REPORTED)
    .map(([key]) => corpus.surfaces[key] ?? '');
  const names = sharedEntities.flatMap((id) => settings.entityName(id) ?? []).slice(0, 2);
  const entityWeight = settings.weights.entities * parts.entities;
  const textWeight = settings.weights.text * parts.text + settings.weights.headline * parts.headline;
  let reason: string;
  if (parts.story > 0) reason = 'Same story';
  else if (names.length > 0 && entityWeight >= textWeight / 2) reason = `Also about ${names.join(', ')}`;
  else if (sharedTerms.length > 0) reason = `Similar: ${sharedTerms.slice(0, 2).join(', ')}`;
  else if (names.length > 0) reason = `Also about ${names.join(', ')}`;
  else reason = (corpus.published[j] ?? 0) <= (corpus.published[i] ?? 0) ? 'Earlier coverage' : 'Follow-up';
  return { reason, sharedEntities, sharedTerms };
}
