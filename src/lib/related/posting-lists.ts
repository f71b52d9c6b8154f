import type { SparseVectors } from './sparse-vectors.ts';

/** Inverted index: for each key (term, entity or story), the linkable articles that have it, oldest first. */
export interface PostingLists {
  /** List of key `k` is `articles[offsets[k]] … articles[offsets[k + 1] - 1]`. */
  offsets: Int32Array;
  /** Article indices; indices follow publication order, so each list is in time order. */
  articles: Int32Array;
  /** The article's weight for the key (from its vector). */
  weights: Float32Array;
}

/** Builds posting lists from article vectors, leaving out articles that may not be linked to. */
export function buildPostings(vectors: SparseVectors, keyCount: number, linkable: Uint8Array): PostingLists {
  const rows = vectors.offsets.length - 1;
  const offsets = new Int32Array(keyCount + 1);
  for (let i = 0; i < rows; i++) {
    if (!linkable[i]) continue;
    for (let p = vectors.offsets[i] ?? 0; p < (vectors.offsets[i + 1] ?? 0); p++) {
      const key = vectors.keys[p] ?? 0;
      offsets[key + 1] = (offsets[key + 1] ?? 0) + 1;
    }
  }
  for (let k = 0; k < keyCount; k++) offsets[k + 1] = (offsets[k + 1] ?? 0) + (offsets[k] ?? 0);
  const fill = offsets.slice(0, keyCount);
  const total = offsets[keyCount] ?? 0;
  const articles = new Int32Array(total);
  const weights = new Float32Array(total);
  for (let i = 0; i < rows; i++) {
    if (!linkable[i]) continue;
    for (let p = vectors.offsets[i] ?? 0; p < (vectors.offsets[i + 1] ?? 0); p++) {
      const key = vectors.keys[p] ?? 0;
      const at = fill[key] ?? 0;
      articles[at] = i;
      weights[at] = vectors.weights[p] ?? 0;
      fill[key] = at + 1;
    }
  }
  return { offsets, articles, weights };
}

/** One-entry vectors for story threads: key = story number, weight 1; `storyOf[i]` is -1 for none. */
export function storyVectors(storyOf: Int32Array): SparseVectors {
  const offsets = new Int32Array(storyOf.length + 1);
  const keys: number[] = [];
  storyOf.forEach((story, i) => {
    offsets[i] = keys.length;
    if (story >= 0) keys.push(story);
  });
  offsets[storyOf.length] = keys.length;
  return { offsets, keys: Int32Array.from(keys), weights: new Float32Array(keys.length).fill(1) };
}

/** Where article `i` would sit in a sorted slice of a posting list. */
function lowerBound(list: Int32Array, start: number, end: number, i: number): number {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? 0) < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The slice of key `key`'s list nearest in time to article `i`, written to `out` as [from, to):
 * up to `before` earlier articles and up to `after` later ones published no later than `latest`
 * (the time rule). The slice may contain `i` itself; callers skip it. Capping the window is what
 * keeps a common term or entity from costing time in proportion to the archive.
 */
export function windowOf(
  lists: PostingLists,
  key: number,
  i: number,
  published: Float64Array,
  latest: number,
  before: number,
  after: number,
  out: Int32Array,
): void {
  const start = lists.offsets[key] ?? 0;
  const end = lists.offsets[key + 1] ?? 0;
  const at = lowerBound(lists.articles, start, end, i);
  let to = at;
  for (let taken = 0; to < end && taken < after; to++) {
    const j = lists.articles[to] ?? 0;
    if ((published[j] ?? 0) > latest) break;
    if (j !== i) taken++;
  }
  out[0] = Math.max(start, at - before);
  out[1] = to;
}
