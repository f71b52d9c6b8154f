import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { site } from '../../src/config/site.ts';
import { createArticleReader } from '../../src/content/markdown-pipeline.ts';
import { listMarkdownFiles } from '../../src/content/source-files.ts';
import type { UnregisteredCandidate } from '../../src/lib/entities/index.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import { parseDateTime } from '../../src/lib/time/parse-date-time.ts';
import type { ArticleRecord, EntityMention, EventDate } from '../../src/lib/types.ts';

/** Finds the entities of one article's text. */
export type DetectMentions = (title: string, summary: string, body: string) => EntityMention[];

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

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** `readArchive`'s article records. */
export async function loadArticles(dir: string, options: LoadArticlesOptions): Promise<ArticleRecord[]> {
  return (await readArchive(dir, options)).articles;
}

/**
 * Reads a content folder (`<dir>/**\/*.md`, the article contract in README.md) into article
 * records for benchmarks: id = path without `.md`; body text, first-paragraph summary, mentions
 * (tags included) and event dates from the build's own Markdown pipeline.
 */
export async function readArchive(dir: string, options: LoadArticlesOptions): Promise<ReadArchive> {
  const files = listMarkdownFiles(dir).map((path) => relative(dir, path)).sort();
  const read = createArticleReader({ basePath: site.basePath, timeZone: options.timeZone, locale: site.locale });
  const unregistered: UnregisteredCandidate[][] = [];
  const articles = await Promise.all(
    files.map(async (file, k) => {
      const { data, body: markdown } = readFrontmatter(await readFile(join(dir, file), 'utf8'), file);
      const found = read(markdown, data, file);
      unregistered[k] = found['unregistered'] as UnregisteredCandidate[];
      const title = String(data['title'] ?? '');
      const body = String(found['plainText']);
      const summary = typeof data['summary'] === 'string' ? data['summary'] : String(found['lead']);
      const published = parseDateTime(data['published'] as string | Date, options.timeZone);
      const updated = data['updated'] ? parseDateTime(data['updated'] as string | Date, options.timeZone) : undefined;
      return {
        id: file.replace(/\.md$/, '').split('\\').join('/'),
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
        mentions: found['mentions'] as EntityMention[],
        events: found['events'] as EventDate[],
        authors: strings(data['authors']),
        lang: typeof data['lang'] === 'string' ? data['lang'] : 'en',
        readingMinutes: Number(found['readingMinutes']),
      } satisfies ArticleRecord;
    }),
  );
  return { articles, candidates: new Map(articles.map((a, k) => [a.id, unregistered[k] ?? []])) };
}
