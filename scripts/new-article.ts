/**
 * Starts a new article: `npm run new -- "Headline" [--section world] [--story id] [--dateline Seoul] [--source News1]`.
 * Writes content/articles/<yyyy>/<mm>/<slug>.md (published now, in the site timezone) and prints
 * the path and the preview URL. Never overwrites a file.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { site } from '../src/config/site.ts';
import { createArticle, NewArticleError } from './lib/create-article.ts';

const usage = 'usage: npm run new -- "Headline" [--section world] [--story id] [--dateline Seoul] [--source News1]';

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      section: { type: 'string' },
      story: { type: 'string' },
      dateline: { type: 'string' },
      source: { type: 'string' },
      root: { type: 'string', default: 'content/articles' },
    },
  });
  if (positionals.length !== 1)
    throw new NewArticleError(positionals.length === 0 ? 'give the headline in quotes' : `put the headline in quotes (got ${positionals.length} words)`);
  const created = createArticle({
    title: positionals[0] ?? '',
    section: values.section,
    story: values.story,
    dateline: values.dateline,
    source: values.source,
    contentRoot: resolve(values.root ?? 'content/articles'),
    now: new Date(),
    timeZone: site.timeZone,
    sectionIds: site.sections.map((s) => s.id),
    basePath: site.basePath,
  });
  if (created.takenPath) console.log(`${relative(process.cwd(), created.takenPath)} already exists, so this article gets a numbered name.`);
  console.log(`Created ${relative(process.cwd(), created.path)}`);
  console.log(`Preview: ${created.previewUrl} (run npm run dev; the article is a draft until you delete "draft: true")`);
} catch (error) {
  if (!(error instanceof NewArticleError) && !(error instanceof TypeError)) throw error;
  console.error(`new: ${error.message}\n${usage}`);
  process.exitCode = 1;
}
