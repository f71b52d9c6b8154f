import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import { builtAt, site } from '../config/site.ts';
import { parsePopular } from '../lib/hot/index.ts';
import { buildNewsroom, type Newsroom } from '../lib/newsroom/build-newsroom.ts';
import { loadSiteRegistry } from '../content/registry.ts';
import { foundIn, toArticleRecord } from '../content/article-record.ts';
import { addTagTopics, getBuiltinGazetteer } from '../lib/entities/index.ts';

let cached: Promise<Newsroom> | undefined;

/** The newsroom index for this build, computed once and shared by every page. */
export function getNewsroom(): Promise<Newsroom> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Newsroom> {
  const [byId, entityEntries, storyEntries] = await Promise.all([getArticleEntries(), getCollection('entities'), getCollection('stories')]);
  const entries = [...byId.values()];
  const records = entries.map((entry) => toArticleRecord(entry, site.lang));
  const registry = new Map(loadSiteRegistry().entities);
  addTagTopics(
    registry,
    records.flatMap((r) => r.tags),
  );
  // Descriptions come from the entity files' bodies, as the content layer read them.
  for (const entry of entityEntries) {
    const entity = registry.get(entry.id);
    if (entity && entry.body?.trim()) registry.set(entry.id, { ...entity, description: entry.body.trim() });
  }
  const candidates = new Map(entries.map((e) => [e.id, foundIn(e).unregistered ?? []]));
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
    throw new Error(`${POPULAR_FILE}: is not valid JSON (${(error as Error).message})`, { cause: error });
  }
  return parsePopular(data, POPULAR_FILE);
}

/** The collection entry behind an article id, for rendering its body. */
export function getArticleEntries(): Promise<Map<string, CollectionEntry<'articles'>>> {
  // Every feed asks for this; build the map once per build, not once per feed.
  entriesById ??= getCollection('articles').then((entries) => new Map(entries.map((e) => [e.id, e])));
  return entriesById;
}

let entriesById: Promise<Map<string, CollectionEntry<'articles'>>> | undefined;
