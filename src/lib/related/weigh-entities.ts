import type { ArticleEntity } from '../entities/article-entities.ts';
import { entityRarity } from '../entities/rarity.ts';
import { SparseVectorsBuilder, type SparseVectors } from './vectors.ts';

/** Entities kept per article, strongest first; the rest add little and cost matching time. */
const ENTITIES_PER_ARTICLE = 25;

/** How much more a headline, summary or lead mention counts than one further down. */
const SALIENT_WEIGHT = 2;

/** How much an entity counts in an article whose headline names it only as the speaker ("Statement from NSC Spokesperson Adrienne Watson on …"). */
const SPEAKER_WEIGHT = 0.1;

/** Interned entity vectors of an archive plus the entity id behind each key. */
export interface EntityVectors {
  vectors: SparseVectors;
  ids: string[];
}

/**
 * Each article's entity vector: rarity × salience × (1 + ln count), unit length, with the
 * headline's speaker (`isSpeaker`) weighing `SPEAKER_WEIGHT`. Frequencies count only `linkable`
 * articles; entities no other linkable article shares are dropped.
 */
export function weighEntities(
  entities: ReadonlyArray<readonly ArticleEntity[]>,
  linkable: Uint8Array,
  isSpeaker: (article: number, id: string) => boolean = () => false,
): EntityVectors {
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
      // A tag or an editor's entity the text never names (count 0) weighs as one mention.
      const salience = (entity.salient ? SALIENT_WEIGHT : 1) * (1 + Math.log(Math.max(1, entity.count)));
      const role = isSpeaker(i, entity.id) ? SPEAKER_WEIGHT : 1;
      const weight = entityRarity(documents, Math.max(1, df)) * salience * role;
      // An entity no other linkable article has connects this one to nothing, but is part of what it is about.
      if (df - self < 1) builder.addToLength(weight);
      else if (weight > 0) builder.add(key, weight);
    }
    builder.endRow();
  });
  return { vectors: builder.build(), ids };
}
