/**
 * Checks a built site: every internal href/src/srcset resolves to a file (respecting the base
 * path), every page has exactly one <h1>, and no page links to (or is) an unpublished article
 * (a draft, or one scheduled after the build time).
 *
 *   tsx scripts/check-links.ts <dist> [--base /news/] [--content content/articles]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { builtAt } from '../src/config/site.ts';
import { siteArticleSchema } from '../src/content/site-article-schema.ts';
import { readRawSources } from '../src/content/source-files.ts';
import { readValidSources } from '../src/content/validate-sources.ts';
import { checkBuiltSite } from '../src/lib/check/check-site-links.ts';
import { formatCount } from '../src/lib/format-count.ts';
import { normaliseBasePath } from '../src/lib/settings.ts';
import { isPublished } from '../src/lib/visibility.ts';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? listFiles(join(dir, d.name)) : [join(dir, d.name)]));
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { base: { type: 'string', default: '/' }, content: { type: 'string', default: 'content/articles' } },
});
const root = resolve(positionals[0] ?? 'dist');
let files: string[];
try {
  files = listFiles(root).map((path) => relative(root, path).split(sep).join('/'));
} catch {
  console.error(`check-links: ${root} does not exist; build the site first (npm run build).`);
  process.exit(1);
}
// Drafts, and articles scheduled after the build time (SOURCE_DATE_EPOCH, as the build read it).
const articles = readValidSources(readRawSources(resolve(values.content ?? 'content/articles')), siteArticleSchema);
const draftIds = new Set(articles.flatMap((f) => (isPublished(f.data, { now: builtAt, includeDrafts: false }) ? [] : [f.id])));
const result = checkBuiltSite({
  files: new Set(files),
  readPage: (path) => readFileSync(join(root, path), 'utf8'),
  basePath: normaliseBasePath(values.base ?? '/'),
  draftIds,
});
const where = relative(process.cwd(), root) || root;
for (const problem of result.problems) console.log(`${where}/${problem.page}: ${problem.message}`);
const seconds = (performance.now() / 1000).toFixed(2);
const summary = `${result.pages} pages, ${result.links} internal links, ${formatCount(draftIds.size, 'article', 'en-GB', 'unpublished')} in ${where} (base ${normaliseBasePath(values.base ?? '/')}) checked in ${seconds} s`;
console.log(
  result.problems.length === 0 ? `✓ ${summary}: all links resolve, one <h1> per page.` : `✗ ${summary}: ${formatCount(result.problems.length, 'problem')}.`,
);
process.exitCode = result.problems.length === 0 ? 0 : 1;
