/** Shapes returned by the timeline helpers; generic so pages can pass light records. */

/** Anything with a publication instant and an id (ArticleRecord qualifies). */
export interface Dated {
  id: string;
  published: Date;
}

/** The articles published on one local day, newest first. */
export interface DayGroup<T extends Dated> {
  /** `YYYY-MM-DD` in the site timezone (use it for `<time datetime>`). */
  day: string;
  articles: T[];
}

/** The articles of one local month, split into days (newest first). */
export interface MonthGroup<T extends Dated> {
  /** `YYYY-MM` in the site timezone. */
  month: string;
  days: DayGroup<T>[];
  count: number;
}

/** One month that has articles, with its neighbours for previous/next links. */
export interface MonthSummary {
  /** `YYYY-MM` in the site timezone. */
  month: string;
  /** Four-digit year and two-digit month, ready for `/timeline/<yyyy>/<mm>/`. */
  year: string;
  monthNumber: string;
  count: number;
  /** The nearest older month with articles, if any. */
  previous?: string | undefined;
  /** The nearest newer month with articles, if any. */
  next?: string | undefined;
}
