/** Options and results of the "Hot news now" ranking. */

/**
 * Article id → views, as read from `analytics/popular.json`. The file is one JSON object whose
 * keys are article ids (the path under `content/articles/` without `.md`; see `articleIdOf`) and whose values are
 * whole, non-negative view counts over whatever recent period the site's analytics export covers:
 *
 *     { "2024/04/seoul-summit-opens": 15230, "2024/04/ai-act-vote": 9120 }
 *
 * Ids of unknown or draft articles are ignored; articles missing from it count as 0 views.
 */
export type PopularViews = Readonly<Record<string, number>>;

/** Settings for `rankHot`. */
export interface HotOptions {
  /** The build time; articles published after it are not listed. */
  now: Date;
  /** Most items listed. Default 8. */
  limit?: number;
  /** Days of news that count as recent, up to the newest article published by `now`. Default 7. */
  windowDays?: number;
  /** Fewest articles that count as recent: a quiet spell widens the window to the newest this many. Default 0. */
  minRecent?: number;
  /** Views per article (from `analytics/popular.json`); when given, non-featured items rank by them. */
  popular?: PopularViews | undefined;
}

/** One entry of the hot list. */
export interface HotItem {
  id: string;
  /** Why it is listed: the editor's pick, its views, or how much recent news it connects to. */
  basis: 'featured' | 'popular' | 'connected';
  /** Views from `popular`, when given. */
  views?: number | undefined;
  /** Other recent articles sharing an entity or the story thread with it. */
  connectedArticles: number;
  /** Its entities that other recent articles also name. */
  connectedEntities: number;
}
