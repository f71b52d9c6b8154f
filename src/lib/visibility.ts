/** What the publish rule needs to know about the build. */
export interface PublishSettings {
  /** The moment the build stands for: articles dated after it wait for a later build. */
  now: Date;
  /** `astro dev` previews drafts and scheduled articles; a production build never does. */
  includeDrafts: boolean;
}

/**
 * The one draft-and-schedule rule: readers see an article once it is not a draft and its
 * `published` time has come. A newsroom dates an embargoed story ahead and commits it early; the
 * first build at or after that time publishes it.
 */
export function isPublished(article: { draft: boolean; published: Date }, { now, includeDrafts }: PublishSettings): boolean {
  return includeDrafts || (!article.draft && article.published.getTime() <= now.getTime());
}

/** The last instant a Date can hold: as `now`, `isPublished` tells whether an article is ever published (not a draft). */
export const END_OF_TIME = new Date(8.64e15);
