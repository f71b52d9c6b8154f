/**
 * What an article is about, the one rule every cross-article module reads: the entities detection
 * found (the editor's tags among them, added once by `addTagMentions`) plus the editor's
 * `entities`, most salient first.
 */
import { slugify } from '../slugify.ts';
import type { ArticleRecord, EntityMention } from '../types.ts';

/** One entity of one article; `count` and `first` are 0 and -1 when only a tag or the editor's `entities` name it. */
export type ArticleEntity = EntityMention;

/** Salience order: named in the headline, summary or lead first, then most named, then first named, then id. */
export function compareSalience(a: EntityMention, b: EntityMention): number {
  return Number(b.salient) - Number(a.salient) || b.count - a.count || a.first - b.first || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Adds the article's tags as salient topic mentions (count 0 and first -1 when the text never names them). */
export function addTagMentions(mentions: EntityMention[], tags: unknown): EntityMention[] {
  if (!Array.isArray(tags)) return mentions;
  for (const tag of tags) {
    if (typeof tag !== 'string') continue;
    const id = slugify(tag);
    if (id === '') continue;
    const existing = mentions.find((m) => m.id === id);
    if (existing) existing.salient = true;
    else mentions.push({ id, count: 0, first: -1, salient: true });
  }
  return mentions.sort(compareSalience);
}

/**
 * The entities an article is about, most salient first: its mentions plus the editor's `entities`.
 * The editor's choices count as salient: an editor adds an entity because the story is about it.
 */
export function collectArticleEntities(article: Pick<ArticleRecord, 'mentions' | 'entities'>): ArticleEntity[] {
  const byId = new Map<string, ArticleEntity>();
  for (const mention of article.mentions) {
    const known = byId.get(mention.id);
    if (known) {
      known.count += mention.count;
      known.salient ||= mention.salient;
      known.first = Math.min(known.first, mention.first);
    } else {
      byId.set(mention.id, { id: mention.id, salient: mention.salient, count: mention.count, first: mention.first });
    }
  }
  for (const id of article.entities) {
    if (!id) continue;
    const known = byId.get(id);
    if (known) known.salient = true;
    else byId.set(id, { id, salient: true, count: 0, first: -1 });
  }
  return [...byId.values()].sort(compareSalience);
}
