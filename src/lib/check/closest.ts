/** "Did you mean …?" suggestions for misspelt ids. */

/** Levenshtein distance between two strings, giving up (returning `limit + 1`) beyond `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

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
