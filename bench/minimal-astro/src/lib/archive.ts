import { getCollection } from 'astro:content';
import { relatedByTags } from './related-by-tags.ts';

/** The URL segment of a tag ("Jonas Nuban" → "jonas-nuban"). */
export function tagSlug(tag: string): string {
  return tag
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

let cached: ReturnType<typeof load> | undefined;

/** Published articles, their titles and related links; computed once per build. */
export function getArchive() {
  cached ??= load();
  return cached;
}

async function load() {
  const entries = (await getCollection('articles')).filter((entry) => !entry.data.draft);
  const plain = entries.map((entry) => ({ id: entry.id, tags: entry.data.tags, published: entry.data.published }));
  const titles = new Map(entries.map((entry) => [entry.id, entry.data.title]));
  const byTag = new Map<string, string[]>();
  for (const article of plain) {
    for (const tag of article.tags.map(tagSlug)) {
      const ids = byTag.get(tag) ?? [];
      ids.push(article.id);
      byTag.set(tag, ids);
    }
  }
  return { entries, titles, byTag, related: relatedByTags(plain) };
}
