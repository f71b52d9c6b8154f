import { site } from '../../src/config/site.ts';
import { toArticleRecord } from '../../src/content/article-record.ts';
import { createArticleReader } from '../../src/content/markdown-pipeline.ts';
import { articleSchema } from '../../src/content/schemas.ts';
import { readRawSources } from '../../src/content/source-files.ts';
import { readValidSources } from '../../src/content/validate-sources.ts';
import type { UnregisteredCandidate } from '../../src/lib/entities/index.ts';
import type { ArticleRecord } from '../../src/lib/types.ts';

/** How `loadArticles` reads a folder. */
export interface LoadArticlesOptions {
  /** Site timezone for dates written without an offset. */
  timeZone: string;
}

/** Article records and, per article id, the unregistered names the Markdown pipeline found. */
export interface ReadArchive {
  articles: ArticleRecord[];
  candidates: Map<string, UnregisteredCandidate[]>;
}

/** `readArchive`'s article records. */
export async function loadArticles(dir: string, options: LoadArticlesOptions): Promise<ArticleRecord[]> {
  return (await readArchive(dir, options)).articles;
}

/**
 * Reads a content folder (`<dir>/**\/*.md`, the article contract in README.md) into article
 * records for benchmarks, the way the build reads it: the same walker, ids, frontmatter reader,
 * schema (a bad file stops the bench, as it would stop the build), Markdown pipeline (body text,
 * lead, mentions with tags, event dates) and record.
 */
export function readArchive(dir: string, options: LoadArticlesOptions): Promise<ReadArchive> {
  const schema = articleSchema({ timeZone: options.timeZone, sectionIds: site.sections.map((s) => s.id) });
  const read = createArticleReader({ basePath: site.basePath, timeZone: options.timeZone, locale: site.locale });
  const candidates = new Map<string, UnregisteredCandidate[]>();
  const articles = readValidSources(readRawSources(dir), schema).map((source) => {
    const found = read(source.frontmatter.body, source.frontmatter.data, source.file);
    candidates.set(source.id, (found['unregistered'] as UnregisteredCandidate[] | undefined) ?? []);
    return toArticleRecord({ id: source.id, data: source.data, rendered: { metadata: { frontmatter: found } } }, site.lang);
  });
  return Promise.resolve({ articles, candidates });
}
