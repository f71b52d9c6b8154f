import type { EventDate } from '../types.ts';

/** A story thread: articles about one developing story, in publication order. */
export interface Story {
  /** The editor's `story` id, or a generated slug for an automatic story. */
  id: string;
  title: string;
  summary: string;
  /** Member article ids, oldest first. */
  articleIds: string[];
  /** The story's main entities, strongest first (at most five). */
  entityIds: string[];
  firstPublished: Date;
  lastPublished: Date;
  /** True when no editor gave the id: the articles were grouped by the story rule. */
  automatic: boolean;
  /** Articles without a `story` id that joined this story by the rule, oldest first. */
  joinedIds: string[];
}

/** Settings for `assignStories`; thresholds default to `STORY_DEFAULTS`. */
export interface StoryOptions {
  /** Story titles by story id, from the editors' story files; they win over automatic names. */
  titles?: Readonly<Record<string, string>> | undefined;
  /** Story summaries by story id, from the editors' story files. */
  summaries?: Readonly<Record<string, string>> | undefined;
  /** Display name of an entity id, for automatic story names. */
  entityName?: ((id: string) => string | undefined) | undefined;
  /** Type of an entity id (`person`, `place`, …), for automatic story names. */
  entityType?: ((id: string) => string | undefined) | undefined;
  /** Locale of the months in automatic story names. Default `en-GB`. */
  locale?: string | undefined;
  /** Site timezone, for the months in automatic story ids and names. Default `UTC`. */
  timeZone?: string | undefined;
  /** An article joins a story only within this many days of the story's nearest article. */
  windowDays?: number | undefined;
  /** An automatic story runs at most this many days from its first article. */
  spanDays?: number | undefined;
  /** Minimum summed rarity, ln(N/df), of the story's defining entities an article names. */
  minSharedRarity?: number | undefined;
  /** Minimum weighted cosine similarity of an article's salient entities with the story's core. */
  minEntitySimilarity?: number | undefined;
  /** Minimum weighted cosine similarity of an article's title-and-summary terms with the story's core. */
  minTermSimilarity?: number | undefined;
  /** Minimum sum of the two similarities. */
  minSimilarity?: number | undefined;
  /** Fewest articles for an automatic story. */
  minAutoSize?: number | undefined;
}

/** One line of a story's vertical timeline: an article, or an event named in one. */
export type StoryTimelineEntry =
  | { kind: 'article'; articleId: string; title: string; published: Date; day: string }
  | (EventDate & { kind: 'event'; articleId: string; articleTitle: string });

/** "This story so far" for one article. */
export interface StorySoFar {
  storyId: string;
  title: string;
  /** Every article of the story, oldest first, the current one marked. */
  articles: Array<{ articleId: string; title: string; published: Date; current: boolean }>;
  /** Events from the story's articles within the window around the current article's day, in date order. */
  events: Array<Extract<StoryTimelineEntry, { kind: 'event' }>>;
}
