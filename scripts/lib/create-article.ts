/** `npm run new`: writes a new article file with its frontmatter filled in, never over an existing one. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { articleSchema } from '../../src/content/schemas.ts';
import { findSchemaProblems } from '../../src/content/validate-entry.ts';
import { SCAFFOLD_BODY } from '../../src/lib/check/check-bodies.ts';
import { readFrontmatter, writeFrontmatter } from '../../src/lib/frontmatter.ts';
import { articleIdOf, newArticlePath } from '../../src/content/article-id.ts';
import { slugify } from '../../src/lib/slugify.ts';
import { formatIsoInZone } from '../../src/lib/time/parse-date-time.ts';
import { paths, withBase } from '../../src/lib/urls.ts';

/** What the editor asked for, and where and when to write it. */
export interface NewArticleOptions {
  title: string;
  section?: string | undefined;
  story?: string | undefined;
  dateline?: string | undefined;
  source?: string | undefined;
  /** The `content/articles` folder to write into. */
  contentRoot: string;
  now: Date;
  timeZone: string;
  sectionIds: readonly string[];
  basePath: string;
  /** Where `npm run dev` serves the site. */
  devOrigin?: string;
}

/** The file written. */
export interface CreatedArticle {
  id: string;
  path: string;
  previewUrl: string;
  /** Set when `<slug>.md` was taken and a numbered name was used instead. */
  takenPath?: string | undefined;
}

/** A request `npm run new` refuses, with a message for the editor. */
export class NewArticleError extends Error {}

// Long headlines make unwieldy URLs; cut the slug at a word boundary.
const MAX_SLUG = 80;
const MAX_SUFFIX = 99;
const OPTION: Record<string, string> = { title: 'the headline', section: '--section', story: '--story', dateline: '--dateline', source: '--source' };

function shortSlug(title: string): string {
  const slug = slugify(title);
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : MAX_SLUG);
}

/** The text of the new file: frontmatter (checked against the article schema) and a placeholder body. */
export function composeArticle(options: NewArticleOptions): string {
  const published = formatIsoInZone(new Date(Math.floor(options.now.getTime() / 1000) * 1000), options.timeZone);
  const data = {
    title: options.title.trim(),
    published,
    dateline: options.dateline || undefined,
    source: options.source || undefined,
    section: options.section ?? 'news',
    story: options.story || undefined,
    draft: true,
  };
  return writeFrontmatter(data, SCAFFOLD_BODY, {
    before: {
      published: 'summary: One or two sentences for cards, feeds and search results.',
      section: 'authors: [Your Name]',
      draft: 'tags: [topic, another topic]',
    },
    after: { draft: 'shows in npm run dev only; delete this line to publish' },
  });
}

/** Checks the frontmatter `composeArticle` wrote with the article schema; throws with the option to fix. */
function assertValid(text: string, options: NewArticleOptions): void {
  const schema = articleSchema({ timeZone: options.timeZone, sectionIds: options.sectionIds });
  const problems = findSchemaProblems(schema, readFrontmatter(text, 'new article'), 'new article');
  if (problems.length === 0) return;
  const messages = problems.map((p) => {
    const key = p.field?.split('.')[0] ?? '';
    const value = key === 'title' ? '' : ` "${String(options[key as keyof NewArticleOptions] ?? '')}"`;
    return `${OPTION[key] ?? key}${value} ${p.message}`;
  });
  throw new NewArticleError(messages.join('\n'));
}

/** Writes `<contentRoot>/<yyyy>/<mm>/<slug>.md`; an existing file is never touched (a numbered name is used instead). */
export function createArticle(options: NewArticleOptions): CreatedArticle {
  if (options.title.trim() === '') throw new NewArticleError('give the headline: npm run new -- "Headline"');
  const text = composeArticle(options);
  assertValid(text, options);
  const slug = shortSlug(options.title) || 'article';
  const folder = join(options.contentRoot, dirname(newArticlePath(options.now, options.timeZone, slug)));
  mkdirSync(folder, { recursive: true });
  for (let n = 1; n <= MAX_SUFFIX; n++) {
    const file = newArticlePath(options.now, options.timeZone, n === 1 ? slug : `${slug}-${n}`);
    const path = join(options.contentRoot, file);
    try {
      writeFileSync(path, text, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    const id = articleIdOf(file);
    const origin = options.devOrigin ?? 'http://localhost:4321';
    return { id, path, previewUrl: `${origin}${withBase(options.basePath, paths.article(id))}`, takenPath: n > 1 ? join(folder, `${slug}.md`) : undefined };
  }
  throw new NewArticleError(`${relative(process.cwd(), join(folder, slug))}.md and ${MAX_SUFFIX - 1} numbered copies already exist; choose another headline`);
}
