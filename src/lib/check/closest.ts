/** "Did you mean …?" suggestions for misspelt ids. */
import { editDistance } from '../text/edit-distance.ts';

/**
 * The candidate closest to `word` within `maxDistance` edits (ties: alphabetical), if any. Short
 * words get fewer edits (one per four letters), so "tokyo" does not suggest "togo".
 */
export function findClosest(word: string, candidates: Iterable<string>, maxDistance = 2): string | undefined {
  const limit = Math.min(maxDistance, Math.max(1, Math.floor(word.length / 4)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = editDistance(word, candidate, bestDistance);
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** ` Did you mean "x"?` or nothing. */
export function suggest(word: string, candidates: Iterable<string>, maxDistance = 2): string {
  const closest = findClosest(word, candidates, maxDistance);
  return closest ? ` Did you mean "${closest}"?` : '';
}
