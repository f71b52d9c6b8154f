import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { articleIdOf } from '../../src/content/article-id.ts';
import { listMarkdownFiles } from '../../src/content/source-files.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import { firstParagraph, markdownToPlainText, readingMinutes } from '../../src/lib/markdown-text.ts';
import { parseDateTime } from '../../src/lib/time/parse-date-time.ts';
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

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/**
 * Reads a content folder (`<dir>/**\/*.md`, the article contract in README.md) into article
 * records for benchmarks: id as the build gives it (`articleIdOf`), summary falling back to the first paragraph.
 */
export async function loadArticles(dir: string, options: LoadArticlesOptions): Promise<ArticleRecord[]> {
  const files = listMarkdownFiles(dir).map((path) => relative(dir, path)).sort();
  return Promise.all(
    files.map(async (file) => {
      const { data, body: markdown } = readFrontmatter(await readFile(join(dir, file), 'utf8'), file);
      const title = String(data['title'] ?? '');
      const body = markdownToPlainText(markdown);
      const summary = typeof data['summary'] === 'string' ? data['summary'] : firstParagraph(markdown);
      const published = parseDateTime(data['published'] as string | Date, options.timeZone);
      const updated = data['updated'] ? parseDateTime(data['updated'] as string | Date, options.timeZone) : undefined;
      return {
        id: articleIdOf(file),
        title,
        summary,
        body,
        published,
        updated,
        section: typeof data['section'] === 'string' ? data['section'] : 'news',
        tags: strings(data['tags']),
        entities: strings(data['entities']),
        story: typeof data['story'] === 'string' ? data['story'] : undefined,
        featured: data['featured'] === true,
        draft: data['draft'] === true,
        mentions: options.detect ? options.detect(title, summary, body) : [],
        events: [],
        authors: strings(data['authors']),
        lang: typeof data['lang'] === 'string' ? data['lang'] : 'en',
        readingMinutes: readingMinutes(body),
      } satisfies ArticleRecord;
    }),
  );
}
