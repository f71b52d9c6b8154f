/** Checks across articles: duplicate ids and headlines, long headlines, unknown entities, likely story typos, future dates. */
import type { ArticleData } from '../../content/schemas.ts';
import { localDay } from '../timeline/local-day.ts';
import { END_OF_TIME, isPublished } from '../visibility.ts';
import { suggest } from './closest.ts';
import type { ValidFile } from './check-files.ts';
import type { CheckProblem } from './types.ts';

type Article = ValidFile<ArticleData>;

const lineOf = (article: Article, field: string) => article.frontmatter.lines[field] ?? 1;

/** Two files that become the same article id (`x/index.md` and `x.md`): the build would silently keep one. */
export function findDuplicateIds(articles: readonly Article[]): CheckProblem[] {
  const seen = new Map<string, Article>();
  const problems: CheckProblem[] = [];
  for (const article of articles) {
    const key = article.id;
    const first = seen.get(key);
    if (first)
      problems.push({
        severity: 'error',
        code: 'duplicate-id',
        file: article.file,
        message: `has the same article id "${key}" as ${first.file}; one of them would not be published`,
      });
    else seen.set(key, article);
  }
  return problems;
}

/** The same headline twice on one local day (site timezone), usually a story filed twice. Drafts are ignored; scheduled articles count. */
export function findDuplicateTitles(articles: readonly Article[], timeZone: string): CheckProblem[] {
  const seen = new Map<string, Article>();
  const problems: CheckProblem[] = [];
  for (const article of articles) {
    if (!isPublished(article.data, { now: END_OF_TIME, includeDrafts: false })) continue;
    const day = localDay(article.data.published, timeZone);
    const key = `${day} ${article.data.title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ')}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        severity: 'error',
        code: 'duplicate-title',
        file: article.file,
        line: lineOf(article, 'title'),
        field: 'title',
        message: `is the same as the title of ${first.file}, published the same day (${day}); change one headline or delete the copy`,
      });
    } else seen.set(key, article);
  }
  return problems;
}

/** Ids in `entities:` that the registry (gazetteer, entity files, tags) does not know; the build would drop them. */
export function findUnknownEntities(articles: readonly Article[], entityIds: ReadonlySet<string>): CheckProblem[] {
  return articles.flatMap((article) =>
    article.data.entities
      .filter((id) => !entityIds.has(id))
      .map((id): CheckProblem => ({
        severity: 'error',
        code: 'unknown-entity',
        file: article.file,
        line: lineOf(article, 'entities'),
        field: 'entities',
        message: `names "${id}", which is not a registered entity id; add content/entities/${id}.md or fix the id.${suggest(id, entityIds)}`,
      })),
  );
}

/**
 * A story id only one article uses, within two edits of an id other articles share, is most
 * likely a typo that splits a story in two. (A new story id on its own is fine.)
 */
export function findStoryTypos(articles: readonly Article[]): CheckProblem[] {
  const counts = new Map<string, number>();
  for (const article of articles) if (article.data.story) counts.set(article.data.story, (counts.get(article.data.story) ?? 0) + 1);
  const shared = [...counts].filter(([, count]) => count > 1).map(([id]) => id);
  return articles.flatMap((article) => {
    const story = article.data.story;
    if (!story || counts.get(story) !== 1) return [];
    const hint = suggest(story, shared);
    if (!hint) return [];
    return [
      {
        severity: 'warning',
        code: 'story-typo',
        file: article.file,
        line: lineOf(article, 'story'),
        field: 'story',
        message: `"${story}" is used by no other article.${hint} (Ignore this if you are starting a new story.)`,
      },
    ];
  });
}

/** Articles dated after `now` (not drafts): scheduled, which is fine, unless the date is a typo. */
export function findFutureDates(articles: readonly Article[], now: Date): CheckProblem[] {
  return articles
    .filter((article) => isPublished(article.data, { now: END_OF_TIME, includeDrafts: false }) && !isPublished(article.data, { now, includeDrafts: false }))
    .map((article): CheckProblem => ({
      severity: 'warning',
      code: 'future-date',
      file: article.file,
      line: lineOf(article, 'published'),
      field: 'published',
      message: `is in the future (${article.data.published.toISOString()}); the site publishes it with the first build after that time. If it is meant to go out now, fix the date`,
    }));
}

/** Headline length past which search results and share cards cut it; advice only, never a build error. */
export const ADVISED_TITLE_LENGTH = 110;

/** Headlines that run long: published as they are, but an editor may want a shorter one. */
export function findLongTitles(articles: readonly Article[]): CheckProblem[] {
  return articles
    .filter((article) => [...article.data.title].length > ADVISED_TITLE_LENGTH)
    .map((article): CheckProblem => ({
      severity: 'warning',
      code: 'long-title',
      file: article.file,
      line: lineOf(article, 'title'),
      field: 'title',
      message: `runs long (${[...article.data.title].length} characters); it is published as it is, but search results and share cards cut a headline after about ${ADVISED_TITLE_LENGTH}. Put the detail in summary:`,
    }));
}
