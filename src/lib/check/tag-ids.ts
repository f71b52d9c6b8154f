/** Tags that give no entity id: the build drops them silently, so the check says so. */
import type { ArticleData } from '../../content/schemas.ts';
import { slugify } from '../slugify.ts';
import type { ValidFile } from './check-files.ts';
import type { CheckProblem } from './types.ts';

/** Each tag with no letter or digit in any script (only punctuation, symbols or emoji): it gets no topic page and no link. */
export function findTagsWithoutId(articles: readonly ValidFile<ArticleData>[]): CheckProblem[] {
  return articles.flatMap((article) =>
    article.data.tags
      .filter((tag) => slugify(tag) === '')
      .map((tag): CheckProblem => ({
        severity: 'warning',
        code: 'tag-without-id',
        file: article.file,
        line: article.frontmatter.lines['tags'] ?? 1,
        field: 'tags',
        message: `has the tag ${JSON.stringify(tag)}, which has no letter or digit, so it gets no topic page and links nowhere; write it in words`,
      })),
  );
}
