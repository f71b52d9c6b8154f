/**
 * How common a feature is across the archive. Until the entity layer exposes its own rarity
 * measure, the story rule measures document frequency here, over the archive it is given.
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

/** Inverse document frequency of a feature found in `frequency` of `documents` articles: ln(N/df), 0 for one in all. */
export function rarity(documents: number, frequency: number): number {
  return Math.log(documents / Math.max(1, frequency));
}

/** Whether an entity in `frequency` of `documents` articles is on so many pages that it tells stories apart no better than the site's name. */
export function isBackground(documents: number, frequency: number, commonShare = COMMON_SHARE): boolean {
  return frequency >= MIN_COMMON_DOCUMENTS && frequency >= commonShare * documents;
}

/** The weight an entity carries in the story rule: its rarity, or 0 when it is background. */
export function entityRarity(documents: number, frequency: number, commonShare = COMMON_SHARE): number {
  return isBackground(documents, frequency, commonShare) ? 0 : rarity(documents, frequency);
}
