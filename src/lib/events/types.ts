import type { EventDate } from '../types.ts';

/** Where a date points once resolved: `YYYY-MM-DD` or `YYYY-MM`, with the last day of a range. */
export interface ResolvedDate {
  date: string;
  precision: 'day' | 'month';
  end?: string | undefined;
}

/** A resolved date with where its words sit in the text it was found in (`start` inclusive, `end` exclusive). */
export interface LocatedEventDate {
  event: EventDate;
  start: number;
  end: number;
  /** Whether the date says when the sentence's news happened (see `isDateAsName`). */
  datesSentence: boolean;
}
