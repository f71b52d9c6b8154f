/**
 * The body that publishes an archive: a White House archive's releases name "The White House" as
 * their source, and the White House hosts and announces in many of their headlines. It stays a tag
 * where a headline or its officials have it act, but like a name on most pages it tells stories
 * apart no better than the site's own name, so related links and story threads do not lean on it.
 */
import type { ArticleRecord, Entity } from '../types.ts';
import { slugify } from '../slugify.ts';
import { isBackground } from './rarity.ts';

function sourceKey(name: string): string {
  return slugify(name.replace(/^the\s+/iu, ''));
}

/** Ids of the entities whose name is the source of so many of `articles` that the archive is theirs. */
export function findPublisherEntities(articles: readonly Pick<ArticleRecord, 'source'>[], entities: Iterable<Entity>): Set<string> {
  const bySource = new Map<string, number>();
  for (const { source } of articles) if (source) bySource.set(sourceKey(source), (bySource.get(sourceKey(source)) ?? 0) + 1);
  const publishers = new Set<string>();
  for (const entity of entities) {
    const count = Math.max(0, ...[entity.name, ...(entity.aliases ?? [])].map((name) => bySource.get(sourceKey(name)) ?? 0));
    if (isBackground(articles.length, count)) publishers.add(entity.id);
  }
  return publishers;
}

/** `articles` as links and story threads read them: without the publisher among what each is about. */
export function withoutPublisher<T extends Pick<ArticleRecord, 'mentions' | 'entities'>>(articles: readonly T[], publishers: ReadonlySet<string>): T[] {
  if (publishers.size === 0) return [...articles];
  return articles.map((a) =>
    a.mentions.some((m) => publishers.has(m.id)) || a.entities.some((id) => publishers.has(id))
      ? { ...a, mentions: a.mentions.filter((m) => !publishers.has(m.id)), entities: a.entities.filter((id) => !publishers.has(id)) }
      : a,
  );
}
