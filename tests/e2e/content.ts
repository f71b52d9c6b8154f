import { join } from 'node:path';
import { builtAt } from '../../src/config/site.ts';
import type { ArticleData } from '../../src/content/schemas.ts';
import { siteArticleSchema } from '../../src/content/site-article-schema.ts';
import { readRawSources } from '../../src/content/source-files.ts';
import { readValidSources } from '../../src/content/validate-sources.ts';
import { isPublished as isPublishedAt } from '../../src/lib/visibility.ts';

/** An article as an editor wrote it, read straight from `content/articles`. */
export interface SourceArticle {
  id: string;
  /** The frontmatter as written. */
  data: Record<string, unknown>;
  /** The frontmatter as the build reads it (dates parsed, defaults filled in). */
  fields: ArticleData;
  /** The Markdown body. */
  body: string;
}

/** Every article file under `content/articles`, sorted by id. */
export function sourceArticles(): SourceArticle[] {
  return readValidSources(readRawSources(join(import.meta.dirname, '../../content/articles')), siteArticleSchema).map((f) => ({
    id: f.id,
    data: f.frontmatter.data,
    fields: f.data,
    body: f.frontmatter.body,
  }));
}

/** Whether the production build publishes `article` (the site's own rule). */
export const isPublished = (article: SourceArticle): boolean => isPublishedAt(article.fields, { now: builtAt, includeDrafts: false });

/** Every article the production build publishes, sorted by id. */
export function publishedArticles(): SourceArticle[] {
  return sourceArticles().filter(isPublished);
}

/** The first published article that has every one of `fields`. */
export function articleWith(...fields: string[]): SourceArticle {
  const found = publishedArticles().find((a) => fields.every((f) => a.data[f] !== undefined));
  if (!found) throw new Error(`no article in content/ has all of ${fields.join(', ')}`);
  return found;
}
