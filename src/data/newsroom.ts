import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import { builtAt, site } from '../config/site.ts';
import { parsePopular } from '../lib/hot/index.ts';
import { buildNewsroom, type Newsroom } from '../lib/newsroom/build-newsroom.ts';
import { loadSiteRegistry } from '../content/registry.ts';
import { getBuiltinGazetteer, type UnregisteredCandidate } from '../lib/entities/index.ts';
import type { ArticleRecord, EntityMention, EventDate } from '../lib/types.ts';
import type { ArticleTextData } from '../remark/article-text.ts';

let cached: Promise<Newsroom> | undefined;

/** The newsroom index for this build, computed once and shared by every page. */
export function getNewsroom(): Promise<Newsroom> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Newsroom> {
  const [byId, entityEntries, storyEntries] = await Promise.all([getArticleEntries(), getCollection('entities'), getCollection('stories')]);
  const entries = [...byId.values()];
  const records = entries.map(toRecord);
  const registry = new Map(loadSiteRegistry(records.flatMap((r) => r.tags)).entities);
  // Descriptions come from the entity files' bodies, as the content layer read them.
  for (const entry of entityEntries) {
    const entity = registry.get(entry.id);
    if (entity && entry.body?.trim()) registry.set(entry.id, { ...entity, description: entry.body.trim() });
  }
  const candidates = new Map(entries.map((e) => [e.id, frontmatterOf(e).unregistered ?? []]));
  const registered = new Set([...getBuiltinGazetteer().entities.map((e) => e.id), ...entityEntries.map((e) => e.id)]);
  return buildNewsroom(records, {
    timeZone: site.timeZone,
    sections: site.sections,
    // `astro dev` previews drafts; a build never publishes them, even when NODE_ENV is not
    // `production` (Vite's DEV flag follows NODE_ENV, so a build run from a test runner said true).
    includeDrafts: import.meta.env.MODE === 'development',
    registry,
    registered,
    entityPageMinArticles: site.entityPageMinArticles,
    candidates,
    now: builtAt,
    popular: readPopular(),
    storyFiles: new Map(storyEntries.map((entry) => [entry.id, entry.data])),
    locale: site.locale,
  });
}

const POPULAR_FILE = 'analytics/popular.json';

// Optional export from the site's analytics (article id → views); see src/lib/hot/types.ts.
function readPopular() {
  if (!existsSync(POPULAR_FILE)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(POPULAR_FILE, 'utf8'));
  } catch (error) {
    throw new Error(`${POPULAR_FILE}: is not valid JSON (${(error as Error).message})`);
  }
  return parsePopular(data, POPULAR_FILE);
}

// What the remark plugins found travels on the rendered entry's frontmatter.
function frontmatterOf(entry: CollectionEntry<'articles'>) {
  return (entry.rendered?.metadata?.frontmatter ?? {}) as Partial<ArticleTextData> & { mentions?: EntityMention[]; events?: EventDate[]; unregistered?: UnregisteredCandidate[] };
}

function toRecord(entry: CollectionEntry<'articles'>): ArticleRecord {
  const found = frontmatterOf(entry);
  return {
    id: entry.id,
    title: entry.data.title,
    summary: entry.data.summary ?? found.lead ?? '',
    standfirst: entry.data.summary,
    body: found.plainText ?? '',
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
    authors: entry.data.authors,
    image: entry.data.image,
    dateline: entry.data.dateline,
    source: entry.data.source,
    lang: entry.data.lang ?? site.lang,
    readingMinutes: found.readingMinutes ?? 1,
  };
}

/** The collection entry behind an article id, for rendering its body. */
export function getArticleEntries(): Promise<Map<string, CollectionEntry<'articles'>>> {
  // Every feed asks for this; build the map once per build, not once per feed.
  entriesById ??= getCollection('articles').then((entries) => new Map(entries.map((e) => [e.id, e])));
  return entriesById;
}

let entriesById: Promise<Map<string, CollectionEntry<'articles'>>> | undefined;
