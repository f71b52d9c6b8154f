/** `npm run check` without the file system: every content check over already-read files. */
import { entityOf } from '../../content/entity-files.ts';
import { articleSchema, entitySchema } from '../../content/schemas.ts';
import { listEntityIds } from '../entities/registry.ts';
import type { Gazetteer } from '../entities/types.ts';
import { localMonth } from '../timeline/local-day.ts';
import { isPublished } from '../visibility.ts';
import type { Entity } from '../types.ts';
import { findDuplicateIds, findDuplicateTitles, findFutureDates, findLongTitles, findStoryTypos, findUnknownEntities } from './check-articles.ts';
import { checkArticleBody } from './check-bodies.ts';
import { checkFiles } from './check-files.ts';
import { findTagsWithoutId } from './tag-ids.ts';
import type { SitePages } from './site-pages.ts';
import type { CheckProblem, CheckSettings, ContentFile, FileLookup } from './types.ts';

/** Everything the checks read. */
export interface CheckInput {
  articles: readonly ContentFile[];
  entities: readonly ContentFile[];
  settings: CheckSettings;
  /** The instant "future" is measured from. */
  now: Date;
  /** Count warnings as errors. */
  strict?: boolean;
  /** Project files by path from the project root (images, `public/`). */
  file: FileLookup;
  /** The built-in gazetteer, or `false` to leave it out (tests). Defaults to the shipped one. */
  gazetteer?: Gazetteer | false;
}

/** The outcome: problems sorted by file and line, and the counts. */
export interface CheckReport {
  problems: CheckProblem[];
  errors: number;
  warnings: number;
  articles: number;
  entities: number;
}

/** Runs every content check and returns what it found. */
export function checkContent(input: CheckInput): CheckReport {
  const { settings } = input;
  const entityCheck = checkFiles(input.entities, entitySchema);
  const entityFiles: Entity[] = entityCheck.valid.map((entry) => entityOf(entry.id, entry.data, entry.frontmatter.body));
  const articleCheck = checkFiles(input.articles, articleSchema({ timeZone: settings.timeZone, sectionIds: settings.sectionIds }));
  const articles = articleCheck.valid;
  const entityIds = listEntityIds({ files: entityFiles, tags: articles.flatMap((a) => a.data.tags), gazetteer: input.gazetteer });
  const publishes = (a: (typeof articles)[number]) => isPublished(a.data, { now: input.now, includeDrafts: false });
  const published = articles.filter(publishes);
  const pages: SitePages = {
    articles: new Map(articles.map((a) => [a.id, !publishes(a)])),
    sectionIds: new Set(settings.sectionIds),
    entityIds,
    storyIds: new Set(published.flatMap((a) => (a.data.story ? [a.data.story] : []))),
    months: new Set(published.map((a) => localMonth(a.data.published, settings.timeZone))),
    file: input.file,
  };
  const problems = [
    ...entityCheck.problems,
    ...articleCheck.problems,
    ...findDuplicateIds(articles),
    ...findDuplicateTitles(articles, settings.timeZone),
    ...findLongTitles(articles),
    ...findUnknownEntities(articles, entityIds),
    ...findTagsWithoutId(articles),
    ...findStoryTypos(articles),
    ...findFutureDates(articles, input.now),
    ...articles.flatMap((article) => checkArticleBody(article, pages, settings)),
  ]
    .map((p): CheckProblem => (input.strict && p.severity === 'warning' ? { ...p, severity: 'error' } : p))
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { problems, errors, warnings: problems.length - errors, articles: input.articles.length, entities: input.entities.length };
}
