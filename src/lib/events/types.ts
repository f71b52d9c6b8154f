/** Where a date points once resolved: `YYYY-MM-DD` or `YYYY-MM`, with the last day of a range. */
export interface ResolvedDate {
  date: string;
  precision: 'day' | 'month';
  end?: string | undefined;
}
