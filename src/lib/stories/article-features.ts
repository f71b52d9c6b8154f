import { collectArticleEntities } from '../entities/article-entities.ts';
import { extractTerms, findHeadlineTemplates } from '../text/index.ts';
import type { ArticleRecord } from '../types.ts';
import { countDocumentFrequency, inverseDocumentFrequency, isBackground, rankingRarity, storyEntityRarity } from '../entities/rarity.ts';
import { findHeadlineEntities } from './headline-entities.ts';
import { headlineNameWords } from './headline-name-words.ts';

/** What the story rule compares, per article, on integer keys (cheap to hash and intersect). */
export interface ArticleFeatures {
  /** Salient entity keys (mentions in title, summary or lead; editor's entities and tags). */
  entities: number[];
  /** Entity keys first named in the headline itself. */
  titleEntities: number[];
  /** Distinct stemmed terms of title and summary. */
  terms: number[];
  /** Distinct stemmed terms of the title alone (a subset of `terms`). */
  titleTerms: number[];
  /** Title terms that are words of a name the headline writes in full ("people’s", "republic" of "People’s Republic of China"). */
  nameTerms: number[];
  time: number;
  /** Euclidean lengths of the weighted entity and term vectors (for cosine similarity). */
  entityNorm: number;
  termNorm: number;
}

/** The features of every article plus rarity weights and the id behind each key. */
export interface FeatureTable {
  features: ArticleFeatures[];
  entityIds: string[];
  /** ln(N/df) per entity key; 0 for a background entity on a large share of the archive. */
  entityWeight: Float64Array;
  /** How many articles name each entity key saliently. */
  entityFrequency: Uint32Array;
  /** The articles (indexes, in archive order) that name each entity key saliently. */
  entityArticles: number[][];
  /** 1 for a background entity, on so large a share of the archive that it tells no story apart. */
  background: Uint8Array;
  /** ln(1 + N/df) per entity key: a rarity that stays above 0 in a small archive, for ranking a story's entities. */
  entityRank: Float64Array;
  documents: number;
  terms: string[];
  /** Term → its key. */
  termKeys: ReadonlyMap<string, number>;
  termWeight: Float64Array;
  /** ln(N/df) of each term over headlines only: low for the words of recurring headline templates ("readout", "statement"). */
  titleTermWeight: Float64Array;
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

/** Builds the features and weights for `articles` (in the given order). */
export function buildFeatures(articles: readonly ArticleRecord[]): FeatureTable {
  const entityKeys = new Map<string, number>();
  const termKeys = new Map<string, number>();
  const features = articles.map((article) => {
    const entities = collectArticleEntities(article)
      .filter((entity) => entity.salient)
      .map((entity) => intern(entityKeys, entity.id));
    const titleTerms = new Set(extractTerms(article.title).map((term) => intern(termKeys, term)));
    const nameTerms = new Set(extractTerms(headlineNameWords(article.title, article.mentions).join(' ')).map((term) => intern(termKeys, term)));
    const terms = new Set([...titleTerms, ...extractTerms(article.summary).map((term) => intern(termKeys, term))]);
    return {
      entities: [...new Set(entities)],
      titleEntities: [] as number[],
      terms: [...terms],
      titleTerms: [...titleTerms],
      nameTerms: [...nameTerms].filter((term) => titleTerms.has(term)),
      time: article.published.getTime(),
      entityNorm: 0,
      termNorm: 0,
    };
  });
  const documents = articles.length;
  const entityFrequency = countDocumentFrequency(
    features.map((f) => f.entities),
    entityKeys.size,
  );
  const entityWeight = Float64Array.from(entityFrequency, (df) => storyEntityRarity(documents, df));
  const background = Uint8Array.from(entityFrequency, (df) => (isBackground(documents, df) ? 1 : 0));
  const entityRank = Float64Array.from(entityFrequency, (df) => rankingRarity(documents, df));
  const termWeight = Float64Array.from(
    countDocumentFrequency(
      features.map((f) => f.terms),
      termKeys.size,
    ),
    (df) => inverseDocumentFrequency(documents, df),
  );

  const titleTermFrequency = countDocumentFrequency(
    features.map((f) => f.titleTerms),
    termKeys.size,
  );
  const titleTermWeight = Float64Array.from(titleTermFrequency, (df) => inverseDocumentFrequency(documents, df));
  const headlineFrequency = (term: string): number => titleTermFrequency[termKeys.get(term) ?? -1] ?? 0;
  const templates = findHeadlineTemplates(articles.map((a) => a.title));
  features.forEach((f, i) => {
    const article = articles[i];
    if (article) f.titleEntities = [...new Set(findHeadlineEntities(article, headlineFrequency, documents, templates[i]).map((id) => intern(entityKeys, id)))];
  });
  const entityArticles = Array.from({ length: entityKeys.size }, (): number[] => []);
  features.forEach((f, i) => {
    f.entityNorm = norm(f.entities, entityWeight);
    f.termNorm = norm(f.terms, termWeight);
    for (const key of f.entities) entityArticles[key]?.push(i);
  });
  return {
    features,
    entityIds: [...entityKeys.keys()],
    entityWeight,
    entityFrequency,
    entityArticles,
    background,
    entityRank,
    documents,
    terms: [...termKeys.keys()],
    termKeys,
    termWeight,
    titleTermWeight,
  };
}
