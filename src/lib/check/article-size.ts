/**
 * The one limit on an article file's size. Real stories, even full transcripts, stay far below it;
 * a bigger file is a feed dumped into one article, and would cost minutes of build time.
 */

/** Largest article file, in bytes (1 MB). */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** The problem with an article of `bytes` bytes, or `undefined` when it is within the limit. */
export function describeOversizedArticle(bytes: number): string | undefined {
  if (bytes <= MAX_ARTICLE_BYTES) return undefined;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `is ${mb(bytes)}; a content file may be at most ${mb(MAX_ARTICLE_BYTES)} (was a whole feed pasted into one file?)`;
}
