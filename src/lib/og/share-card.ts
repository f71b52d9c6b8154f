import { DAY_MS } from '../time/index.ts';

/** Which picture an article's link previews show. */
export type ShareCardKind = 'lead-image' | 'article-card' | 'section-card';

/**
 * The lead image when the article has one; otherwise a card of its own while it is among the
 * newest `days` days before `now` (the build time), and its section's card after that, so an
 * archive does not carry one generated picture per article for ever.
 */
export function chooseShareCard(article: { published: Date; hasLeadImage: boolean }, now: Date, days: number): ShareCardKind {
  if (article.hasLeadImage) return 'lead-image';
  return now.getTime() - article.published.getTime() < days * DAY_MS ? 'article-card' : 'section-card';
}
