/** The one rule for what readers see: drafts only in `astro dev`, never in a production build. */
export function isVisible(article: { draft: boolean }, includeDrafts: boolean): boolean {
  return includeDrafts || !article.draft;
}
