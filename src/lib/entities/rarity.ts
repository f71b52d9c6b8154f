/**
 * How rare a feature is across an archive, the one file for it: document frequency and ln(N/df)
 * (BM25's form of it for keywords), which related links and story threads weigh words and
 * entities by. In a White House archive "United States" and "Joe Biden" are on most pages: they
 * stay tags, but links and story threads should not lean on them, so an entity's rarity is
 * discounted as it nears every page — smoothly for related links (`entityRarity`), with a hard cut
 * at `COMMON_SHARE` for story threads (`storyEntityRarity`), each the better of the two on its own
 * judgments (bench:quality).
 */

/** The share of an archive's articles from which an entity is background, not news (a White House archive's United States and Joe Biden). */
export const COMMON_SHARE = 0.2;

// Below this many articles nothing counts as background: a small archive's main subject is news.
const MIN_COMMON_DOCUMENTS = 20;

/** How many of the lists hold each key (0…size−1); a key repeated within one list counts once if lists are distinct. */
export function countDocumentFrequency(lists: readonly (readonly number[])[], size: number): Uint32Array {
  const frequency = new Uint32Array(size);
  for (const list of lists) for (const key of list) frequency[key] = (frequency[key] ?? 0) + 1;
  return frequency;
}

/** Inverse document frequency of a word found in `frequency` of `documents` articles: ln(N/df), 0 for one in all. */
export function inverseDocumentFrequency(documents: number, frequency: number): number {
  return Math.log(documents / Math.max(1, frequency));
}

/** BM25 inverse document frequency of a word in `frequency` of `documents` articles: high for rare words, near zero for ones in most articles. */
export function bm25Idf(documents: number, frequency: number): number {
  return Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
}

/** A rarity that stays above 0 even for an entity in every article of a small archive, ln(1 + N/df): for ranking a story's entities. */
export function rankingRarity(documents: number, frequency: number): number {
  return Math.log(1 + documents / Math.max(1, frequency));
}

/**
 * Rarity weight of an entity named in `frequency` of `documents` articles: ln(N/df) times
 * (1 − share)², damped towards zero as the entity approaches every page of the archive. An entity
 * in 2 of 5,000 weighs about 7.8, one in a quarter of them about 0.8, one in four fifths about 0.01.
 */
export function entityRarity(documents: number, frequency: number): number {
  const share = Math.min(1, Math.max(1, frequency) / Math.max(1, documents));
  return Math.log(1 / share) * (1 - share) ** 2;
}

/** Whether an entity in `frequency` of `documents` articles is on so many pages that it tells stories apart no better than the site's name. */
export function isBackground(documents: number, frequency: number, commonShare = COMMON_SHARE): boolean {
  return frequency >= MIN_COMMON_DOCUMENTS && frequency >= commonShare * documents;
}

/** The weight an entity carries in the story rule: ln(N/df), or 0 when it is background. */
export function storyEntityRarity(documents: number, frequency: number): number {
  return isBackground(documents, frequency) ? 0 : inverseDocumentFrequency(documents, frequency);
}
