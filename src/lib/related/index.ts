/** Related stories: for each article the few others that continue or explain it, with reasons. */
import type { ArticleRecord } from '../types.ts';
import { resolveRelatedOptions, type RelatedOptions } from './options.ts';
import { createRankScratch, prepareCorpus, rankCandidates } from './rank-candidates.ts';
import { createDayLookup, selectLinks } from './select-links.ts';
import type { RelatedLink } from './types.ts';

export type { RelatedOptions, RelatedWeights } from './options.ts';
export type { RelatedLink, RelatedScoreParts } from './types.ts';

/**
 * The related stories of every article: up to `limit` (5) links each, best first, with reasons.
 *
 * Time rule: an article links only to articles published before it or at most `daysAfter` (3)
 * days after it. News published later never enters an older article's candidates, so older pages
 * keep their links as the archive grows (scores can still shift a little, since word and entity
 * rarity are measured over the whole archive).
 *
 * Never links to the article itself, a draft, or a near-duplicate; at most `maxPerDay` (2) links
 * from one local day in `timeZone`. Drafts still get links, for previews. Candidates come only from
 * capped windows of inverted indexes, so the cost grows about linearly with the archive.
 */
export function computeRelated(articles: readonly ArticleRecord[], options: RelatedOptions = {}): Map<string, RelatedLink[]> {
  const settings = resolveRelatedOptions(options);
  const corpus = prepareCorpus(articles, settings);
  const scratch = createRankScratch(corpus.articles.length);
  const dayOf = createDayLookup(corpus, settings.timeZone);
  const related = new Map<string, RelatedLink[]>();
  corpus.articles.forEach((article, i) => {
    const ranked = rankCandidates(corpus, i, settings, scratch);
    related.set(article.id, selectLinks(corpus, i, ranked, settings, dayOf));
  });
  return related;
}
