/** What the cross-article rule weighs besides the names themselves, counted over the whole archive. */
import { countCandidateOtherNumberUses } from './kinds-in-other-number.ts';
import type { ArticleCandidates, ConfidenceRule } from './select-confident.ts';
import { countCandidateLowercaseUses, type ArticleWords } from './written-lowercase.ts';

/**
 * How often the archive writes each candidate all in lowercase (an everyday phrase) and each
 * organisation's name with its last word in the other number (a kind of thing): the evidence the
 * build's newsroom index and `scripts/entities.ts` both hand `selectConfidentEntities`.
 */
export function countArchiveEvidence(
  articles: readonly ArticleWords[],
  perArticle: readonly Pick<ArticleCandidates, 'candidates'>[],
): Required<Pick<ConfidenceRule, 'lowercaseUses' | 'otherNumberUses'>> {
  return { lowercaseUses: countCandidateLowercaseUses(articles, perArticle), otherNumberUses: countCandidateOtherNumberUses(articles, perArticle) };
}
