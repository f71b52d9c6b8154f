import { join } from 'node:path';
import { readSourceFiles } from '../../src/content/source-files.ts';
import { isVisible } from '../../src/lib/visibility.ts';

/** An article as an editor wrote it, read straight from `content/articles`. */
export interface SourceArticle {
  id: string;
  data: Record<string, unknown>;
}

/** Every article file under `content/articles`, sorted by id. */
export function sourceArticles(): SourceArticle[] {
  return readSourceFiles(join(import.meta.dirname, '../../content/articles')).map((f) => ({ id: f.id, data: f.frontmatter.data }));
}

/** Whether the production build publishes `article` (the site's own rule). */
export const isPublished = (article: SourceArticle): boolean => isVisible({ draft: article.data['draft'] === true }, false);

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
