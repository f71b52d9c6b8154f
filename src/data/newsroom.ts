import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../config/site.ts';
import { firstParagraph, markdownToPlainText } from '../lib/markdown-text.ts';
import { buildNewsroom, type Newsroom } from '../lib/newsroom/build-newsroom.ts';
import type { ArticleRecord, Entity, EntityMention, EventDate } from '../lib/types.ts';

let cached: Promise<Newsroom> | undefined;

/** The newsroom index for this build, computed once and shared by every page. */
export function getNewsroom(): Promise<Newsroom> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Newsroom> {
  const [entries, entityEntries] = await Promise.all([getCollection('articles'), getCollection('entities')]);
  const registry = new Map<string, Entity>(
    entityEntries.map((e) => [e.id, { id: e.id, name: e.data.name, type: e.data.type, aliases: e.data.aliases, wikidata: e.data.wikidata, description: e.body?.trim() || undefined }]),
  );
  return buildNewsroom(entries.map(toRecord), {
    timeZone: site.timeZone,
    sections: site.sections,
    includeDrafts: import.meta.env.DEV,
    registry,
  });
}

// What the remark plugins found travels on the rendered entry's frontmatter.
function toRecord(entry: CollectionEntry<'articles'>): ArticleRecord {
  const found = (entry.rendered?.metadata?.frontmatter ?? {}) as { mentions?: EntityMention[]; events?: EventDate[] };
  const body = entry.body ?? '';
  return {
    id: entry.id,
    title: entry.data.title,
    summary: entry.data.summary ?? firstParagraph(body),
    body: markdownToPlainText(body),
    published: entry.data.published,
    updated: entry.data.updated,
    section: entry.data.section,
    tags: entry.data.tags,
    entities: entry.data.entities,
    story: entry.data.story,
    featured: entry.data.featured,
    draft: entry.data.draft,
    mentions: found.mentions ?? [],
    events: found.events ?? [],
  };
}

/** The collection entry behind an article id, for rendering its body. */
export async function getArticleEntries(): Promise<Map<string, CollectionEntry<'articles'>>> {
  const entries = await getCollection('articles');
  return new Map(entries.map((e) => [e.id, e]));
}
