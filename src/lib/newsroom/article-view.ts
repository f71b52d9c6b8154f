import type { ArticleRecord } from '../types.ts';
import { wikidataUrl } from '../urls.ts';
import type { EntityThing } from './article-json-ld.ts';
import type { Newsroom, RelatedStory } from './build-newsroom.ts';
import type { EntityTag } from './entity-index.ts';
import type { StorySoFarWindow } from './story-so-far-window.ts';

/** Everything an article page shows besides its body, read from the newsroom index. */
export interface ArticleView {
  article: ArticleRecord;
  /** The article's entity tags, most salient first. */
  tags: EntityTag[];
  /** Ids of the entities with their own page; other tags are plain text. */
  pages: ReadonlySet<string>;
  related: RelatedStory[];
  /** The older and newer article in the same section. */
  previous?: ArticleRecord | undefined;
  next?: ArticleRecord | undefined;
  /** "This story so far", when the article belongs to a story. */
  soFar?: StorySoFarWindow | undefined;
  /** What the structured data says the article is about (salient tags) and merely mentions (the rest). */
  about: EntityThing[];
  mentions: EntityThing[];
  /** The line that opens the body, "SEOUL (News1)"; empty when the article has neither. */
  datelineLabel: string;
  /** The "Updated" time the byline shows: only an update a reader would notice (see `shownUpdate`). */
  updated?: Date | undefined;
}

/** The article page's view of one visible article, or undefined when the index has no such article. */
export function viewArticle(newsroom: Newsroom, articleId: string): ArticleView | undefined {
  const article = newsroom.byId.get(articleId);
  if (!article) return undefined;
  const tags = newsroom.entityIndex.tagsOf.get(articleId) ?? [];
  const around = newsroom.neighbours.get(articleId) ?? {};
  return {
    article,
    tags,
    pages: newsroom.entityIndex.pages,
    related: newsroom.related.get(articleId) ?? [],
    previous: around.previous,
    next: around.next,
    soFar: newsroom.storySoFar(articleId),
    about: tags.filter((t) => t.salient).map(entityThingOf),
    mentions: tags.filter((t) => !t.salient).map(entityThingOf),
    datelineLabel: formatDatelineLabel(article.dateline, article.source),
    updated: shownUpdate(article.published, article.updated),
  };
}

// Publishing systems stamp `updated` a second or two after `published` on a story nobody touched
// again (most of the White House archive); the byline then said "Updated" at the same minute.
const UNNOTICED_UPDATE_MS = 60_000;

/** The update time worth showing a reader: one at least a minute after publication; the structured data and sitemap keep the real one. */
export function shownUpdate(published: Date, updated: Date | undefined): Date | undefined {
  return updated && updated.getTime() - published.getTime() >= UNNOTICED_UPDATE_MS ? updated : undefined;
}

/** An entity tag as structured data names it, identified by its Wikidata page where known. */
export function entityThingOf(tag: EntityTag): EntityThing {
  return {
    id: tag.entity.id,
    name: tag.entity.name,
    type: tag.entity.type,
    sameAs: tag.entity.wikidata ? wikidataUrl(tag.entity.wikidata) : undefined,
  };
}

/** The wire-style line that opens an article body: dateline in capitals, then the source in brackets. */
export function formatDatelineLabel(dateline: string | undefined, source: string | undefined): string {
  return [dateline?.toUpperCase(), source && `(${source})`].filter(Boolean).join(' ');
}
