import type { Corpus } from './prepare-corpus.ts';
import type { RelatedSettings } from './resolve-options.ts';
import { sharedKeys } from './sparse-vectors.ts';
import type { RelatedScoreParts } from './types.ts';

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
export function explainLink(
  corpus: Corpus,
  i: number,
  j: number,
  parts: RelatedScoreParts,
  settings: RelatedSettings,
): LinkExplanation {
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
