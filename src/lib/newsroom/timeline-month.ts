import { groupMonthsByYear, type MonthSummary } from '../timeline/index.ts';
import type { ArticleRecord } from '../types.ts';
import type { Newsroom } from './build-newsroom.ts';
import type { EntityTag } from './entity-index.ts';

/** How many of an article's strongest tags the timeline shows and filters by. */
export const TIMELINE_TAGS = 3;

/** One story on the timeline with the tags shown beside it, which are also what the entity filter matches. */
export interface TimelineRow {
  article: ArticleRecord;
  tags: EntityTag[];
}

/** The choices a month's filters offer: its sections (by id) and its shown entities (by name). */
export interface TimelineFilterOptions {
  sections: string[];
  entities: Array<{ id: string; name: string }>;
}

/** One month of the site timeline as its page shows it. */
export interface TimelineMonthView {
  /** `YYYY-MM` in the site timezone. */
  month: string;
  count: number;
  /** The month with its older and newer neighbours. */
  summary: MonthSummary;
  /** Local days, newest first, each with its stories newest first. */
  days: Array<{ day: string; rows: TimelineRow[] }>;
  filters: TimelineFilterOptions;
  /** Every month with stories, by year, newest first: the index under the timeline. */
  years: Array<{ year: string; months: MonthSummary[] }>;
}

/** The timeline page of one month, or undefined when no story was published in it. */
export function viewTimelineMonth(newsroom: Pick<Newsroom, 'months' | 'monthSummaries' | 'entityIndex'>, month: string): TimelineMonthView | undefined {
  const group = newsroom.months.find((m) => m.month === month);
  const summary = newsroom.monthSummaries.find((m) => m.month === month);
  if (!group || !summary) return undefined;
  const tagsOf = newsroom.entityIndex.tagsOf;
  const days = group.days.map(({ day, articles }) => ({
    day,
    rows: articles.map((article) => ({ article, tags: (tagsOf.get(article.id) ?? []).slice(0, TIMELINE_TAGS) })),
  }));
  return {
    month,
    count: group.count,
    summary,
    days,
    filters: timelineFilterOptions(days.flatMap((d) => d.rows)),
    years: groupMonthsByYear(newsroom.monthSummaries),
  };
}

/** The filter choices for the rows a month shows: sections by id, entities by name. */
export function timelineFilterOptions(rows: readonly TimelineRow[]): TimelineFilterOptions {
  const sections = new Set<string>();
  const entities = new Map<string, string>();
  for (const { article, tags } of rows) {
    sections.add(article.section);
    for (const tag of tags) entities.set(tag.entity.id, tag.entity.name);
  }
  return {
    sections: [...sections].sort(),
    entities: [...entities].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
  };
}
