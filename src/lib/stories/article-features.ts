import { collectArticleEntities } from '../related/index.ts';
import { extractTerms } from '../text/index.ts';
import type { ArticleRecord } from '../types.ts';

/** What the story rule compares, per article, on integer keys (cheap to hash and intersect). */
export interface ArticleFeatures {
  /** Salient entity keys (mentions in title, summary or lead; editor's entities and tags). */
  entities: number[];
  /** Distinct stemmed terms of title and summary. */
  terms: number[];
  time: number;
  /** Euclidean lengths of the weighted entity and term vectors (for cosine similarity). */
  entityNorm: number;
  termNorm: number;
}

/** The features of every article plus rarity weights and the entity id behind each key. */
export interface FeatureTable {
  features: ArticleFeatures[];
  entityIds: string[];
  /** ln(N/df) per entity key: 0 for an entity every article names. */
  entityWeight: Float64Array;
  /** How many articles name each entity key saliently. */
  entityFrequency: Uint32Array;
  documents: number;
  termWeight: Float64Array;
}

/** Rarity (inverse document frequency) of a feature found in `frequency` of `documents` articles: ln(N/df), 0 for one in all. */
export function rarity(documents: number, frequency: number): number {
  return Math.log(documents / Math.max(1, frequency));
}

function norm(keys: readonly number[], weights: Float64Array): number {
  let sum = 0;
  for (const key of keys) sum += (weights[key] ?? 0) ** 2;
  return Math.sqrt(sum);
}

function intern(keys: Map<string, number>, value: string): number {
  let key = keys.get(value);
  if (key === undefined) {
    key = keys.size;
    keys.set(value, key);
  }
  return key;
}

function countFrequency(lists: number[][], size: number): Uint32Array {
  const frequency = new Uint32Array(size);
  for (const list of lists) for (const key of list) frequency[key] = (frequency[key] ?? 0) + 1;
  return frequency;
}

/** Builds the features and weights for `articles` (in the given order). */
export function buildFeatures(articles: readonly ArticleRecord[], tagToEntityId?: (tag: string) => string): FeatureTable {
  const entityKeys = new Map<string, number>();
  const termKeys = new Map<string, number>();
  const features = articles.map((article) => {
    const entities = collectArticleEntities(article, tagToEntityId)
      .filter((entity) => entity.salient)
      .map((entity) => intern(entityKeys, entity.id));
    const terms = new Set(extractTerms(`${article.title}\n${article.summary}`).map((term) => intern(termKeys, term)));
    return { entities: [...new Set(entities)], terms: [...terms], time: article.published.getTime(), entityNorm: 0, termNorm: 0 };
  });
  const documents = articles.length;
  const entityFrequency = countFrequency(features.map((f) => f.entities), entityKeys.size);
  const entityWeight = Float64Array.from(entityFrequency, (df) => rarity(documents, df));
  const termWeight = Float64Array.from(countFrequency(features.map((f) => f.terms), termKeys.size), (df) => rarity(documents, df));
  for (const f of features) {
    f.entityNorm = norm(f.entities, entityWeight);
    f.termNorm = norm(f.terms, termWeight);
  }
  return { features, entityIds: [...entityKeys.keys()], entityWeight, entityFrequency, documents, termWeight };
}
