import type { ArticleEntity } from './article-entities.ts';
import { SparseVectorsBuilder, type SparseVectors } from './sparse-vectors.ts';

/** Entities kept per article, strongest first; the rest add little and cost matching time. */
export const ENTITIES_PER_ARTICLE = 25;

/** How much more a headline, summary or lead mention counts than one further down. */
export const SALIENT_WEIGHT = 2;

/**
 * Smooth rarity weight of an entity named in `frequency` of `documents` articles: an entity in
 * 2 of 5,000 weighs about 7.8, one in 2,000 of 5,000 about 1.3 — no hard cut-off.
 */
export function entityRarity(documents: number, frequency: number): number {
  return Math.log(1 + documents / Math.max(1, frequency));
}

/** Interned entity vectors of an archive plus the entity id behind each key. */
export interface EntityVectors {
  vectors: SparseVectors;
  ids: string[];
}

/**
 * Each article's entity vector: rarity × salience × (1 + ln count), unit length. Frequencies
 * count only `linkable` articles; entities no other linkable article shares are dropped.
 */
export function weighEntities(entities: ReadonlyArray<readonly ArticleEntity[]>, linkable: Uint8Array): EntityVectors {
  const keyOf = new Map<string, number>();
  const ids: string[] = [];
  const frequency: number[] = [];
  let documents = 0;
  const keyed = entities.map((list, i) => {
    if (linkable[i]) documents++;
    return list.map((entity) => {
      let key = keyOf.get(entity.id);
      if (key === undefined) {
        key = ids.length;
        keyOf.set(entity.id, key);
        ids.push(entity.id);
        frequency.push(0);
      }
      if (linkable[i]) frequency[key] = (frequency[key] ?? 0) + 1;
      return { key, entity };
    });
  });
  const builder = new SparseVectorsBuilder(entities.length, ENTITIES_PER_ARTICLE);
  keyed.forEach((list, i) => {
    const self = linkable[i] ? 1 : 0;
    for (const { key, entity } of list) {
      const df = frequency[key] ?? 0;
      // An entity no other linkable article has cannot connect this one to anything.
      if (df - self < 1) continue;
      const salience = (entity.salient ? SALIENT_WEIGHT : 1) * (1 + Math.log(entity.count));
      builder.add(key, entityRarity(documents, df) * salience);
    }
    builder.endRow();
  });
  return { vectors: builder.build(), ids };
}
