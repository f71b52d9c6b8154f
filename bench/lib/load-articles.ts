import { site } from '../../src/config/site.ts';
import { toArticleRecord } from '../../src/content/article-record.ts';
import { articleSchema } from '../../src/content/schemas.ts';
import { readRawSources } from '../../src/content/source-files.ts';
import { readValidSources } from '../../src/content/validate-sources.ts';
import type { ArticleRecord, EntityMention } from '../../src/lib/types.ts';

/** Finds the entities of one article's text. */
export type DetectMentions = (title: string, summary: string, body: string) => EntityMention[];

/** How `loadArticles` reads a folder. */
export interface LoadArticlesOptions {
  /** Site timezone for dates written without an offset. */
  timeZone: string;
  /** Entity detection; without it articles have no mentions. */
  detect?: DetectMentions;
}

/**
 * Reads a content folder (`<dir>/**\/*.md`, the article contract in README.md) into article
 * records for benchmarks, the way the build reads it: the same walker, ids, frontmatter reader,
 * schema (a bad file stops the bench, as it would stop the build) and record.
 */
export function loadArticles(dir: string, options: LoadArticlesOptions): Promise<ArticleRecord[]> {
  const schema = articleSchema({ timeZone: options.timeZone, sectionIds: site.sections.map((s) => s.id) });
  const records = readValidSources(readRawSources(dir), schema).map((source) => {
    const record = toArticleRecord({ id: source.id, data: source.data, body: source.frontmatter.body }, site.lang);
    return options.detect ? { ...record, mentions: options.detect(record.title, record.summary, record.body) } : record;
  });
  return Promise.resolve(records);
}
