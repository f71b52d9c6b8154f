import { addAcronymsAlone, countArchiveEvidence, selectConfidentEntities, toEntities, type UnregisteredCandidate } from '../entities/index.ts';
import type { ArticleRecord, Entity, EntityMention } from '../types.ts';

/**
 * Applies the cross-article confidence rule to the unregistered names each article's detection
 * found, and returns the confident ones as entities plus the articles with those mentions added.
 */
export function addUnregisteredMentions(
  articles: readonly ArticleRecord[],
  candidatesOf: ReadonlyMap<string, readonly UnregisteredCandidate[]>,
  registered: ReadonlyMap<string, Entity>,
): { entities: Entity[]; articles: ArticleRecord[] } {
  // A name that slugs to a registered id is that entity, not a new one. Detection already leaves out
  // the gazetteer and the entity files; the articles' tags are only known here, across articles.
  const unregistered = (id: string) => (candidatesOf.get(id) ?? []).filter((c) => !registered.has(c.id));
  const perArticle = addAcronymsAlone(
    articles,
    articles.map((a) => ({ articleId: a.id, candidates: unregistered(a.id) })),
    registered.values(),
  );
  const candidatesIn = new Map(perArticle.map((a) => [a.articleId, a.candidates]));
  const confident = selectConfidentEntities(perArticle, countArchiveEvidence(articles, perArticle)).filter((c) => !registered.has(c.id));
  const added = new Map<string, EntityMention[]>();
  for (const entity of confident) {
    const forms = new Set([entity.name, ...entity.variants]);
    for (const articleId of entity.articles) {
      const own = (candidatesIn.get(articleId) ?? []).filter((c) => forms.has(c.name) || c.variants.some((v) => forms.has(v)));
      if (own.length === 0) continue;
      const mention: EntityMention = {
        id: entity.id,
        count: own.reduce((sum, c) => sum + c.count, 0),
        first: Math.min(...own.map((c) => c.first)),
        salient: own.some((c) => c.inTitle || c.inSummary || c.inLead),
      };
      const list = added.get(articleId) ?? [];
      list.push(mention);
      added.set(articleId, list);
    }
  }
  return {
    entities: toEntities(confident),
    articles: articles.map((a) => {
      const extra = added.get(a.id);
      return extra ? { ...a, mentions: [...a.mentions, ...extra.filter((m) => !a.mentions.some((x) => x.id === m.id))] } : a;
    }),
  };
}
