import type { UnregisteredCandidate } from '../lib/entities/index.ts';
import type { ArticleRecord, EntityMention, EventDate } from '../lib/types.ts';
import type { ArticleTextData } from '../remark/article-text.ts';
import type { ArticleData } from './schemas.ts';

/** An article as the content layer holds it: a collection entry, or a file read with `readValidSources`. */
export interface ArticleSource {
  id: string;
  /** The file the entry was read from, relative to the project (Astro entries carry it). */
  filePath?: string | undefined;
  data: ArticleData;
  /** What the remark plugins found, when the body was rendered. */
  rendered?: { metadata?: Record<string, unknown> | undefined } | undefined;
}

/** What the remark plugins found in an article, carried on its rendered frontmatter. */
export interface FoundInArticle extends Partial<ArticleTextData> {
  mentions?: EntityMention[];
  events?: EventDate[];
  unregistered?: UnregisteredCandidate[];
}

/** What the remark plugins found in `source` (nothing when it was not rendered). */
export function foundIn(source: ArticleSource): FoundInArticle {
  return source.rendered?.metadata?.['frontmatter'] ?? {};
}

/** The newsroom's record of one article, from the content layer's entry or a file read outside Astro; `siteLang` when it gives none. */
export function toArticleRecord(source: ArticleSource, siteLang: string): ArticleRecord {
  const found = foundIn(source);
  return {
    id: source.id,
    file: source.filePath,
    title: source.data.title,
    summary: source.data.summary ?? found.lead ?? '',
    standfirst: source.data.summary,
    body: found.plainText ?? '',
    published: source.data.published,
    updated: source.data.updated,
    section: source.data.section,
    tags: source.data.tags,
    entities: source.data.entities,
    story: source.data.story,
    featured: source.data.featured,
    draft: source.data.draft,
    mentions: found.mentions ?? [],
    events: found.events ?? [],
    authors: source.data.authors,
    image: source.data.image,
    dateline: source.data.dateline,
    source: source.data.source,
    lang: source.data.lang ?? siteLang,
    readingMinutes: found.readingMinutes ?? 1,
  };
}
