import { DAY_MS } from '../time/index.ts';
import type { Corpus } from './prepare-corpus.ts';
import type { RelatedSettings } from './resolve-options.ts';
import { dotRows } from './sparse-vectors.ts';
import type { RelatedScoreParts } from './types.ts';

/** Closeness in time as a factor: 1 at no distance, halfway to `timeFloor` after `halfLifeDays`. */
export function timeFactor(distanceMs: number, settings: Pick<RelatedSettings, 'halfLifeDays' | 'timeFloor'>): number {
  const days = Math.abs(distanceMs) / DAY_MS;
  return settings.timeFloor + (1 - settings.timeFloor) * Math.exp((-Math.LN2 * days) / settings.halfLifeDays);
}

/** Combines the parts of a link into its score: weighted sum times the time factor. */
export function combineParts(parts: RelatedScoreParts, settings: Pick<RelatedSettings, 'weights'>): number {
  const { weights } = settings;
  const sum = weights.text * parts.text + weights.headline * parts.headline + weights.entities * parts.entities;
  return (sum + weights.story * parts.story) * parts.time;
}

/** Scores article `j` as a related story for article `i`, exactly, from their full vectors. */
export function scoreLink(corpus: Corpus, i: number, j: number, settings: RelatedSettings): RelatedScoreParts {
  const story = corpus.stories[i] ?? -1;
  return {
    text: dotRows(corpus.terms, i, j),
    headline: dotRows(corpus.titles, i, j),
    entities: dotRows(corpus.entities, i, j),
    story: story >= 0 && story === corpus.stories[j] ? 1 : 0,
    time: timeFactor((corpus.published[i] ?? 0) - (corpus.published[j] ?? 0), settings),
  };
}
