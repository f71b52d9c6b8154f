/** Compact sparse vectors, one per article, and the inverted index over them that finds candidates. */
/** Compact sparse vectors, one per article, stored end to end (CSR) so 50,000 of them stay cheap. */
export interface SparseVectors {
  /** Row `i` is `keys[offsets[i]] … keys[offsets[i + 1] - 1]`. */
  offsets: Int32Array;
  /** Keys of each row, ascending within the row. */
  keys: Int32Array;
  /** Weight of each key; each row has unit length (L2), or is empty. */
  weights: Float32Array;
}

/**
 * Builds `SparseVectors` row by row, keeping only each row's `keep` heaviest entries (ties: lower
 * key), sorted by key and scaled by the length of the WHOLE row: entries dropped for space, or
 * offered only to the length (`addToLength`: words no other article has), still make the row
 * longer. Otherwise two articles that share one word and nothing else would look identical. Works in preallocated typed arrays, so a large
 * archive does not create millions of small objects for the garbage collector.
 */
export class SparseVectorsBuilder {
  private readonly offsets: Int32Array;
  private readonly keys: Int32Array;
  private readonly weights: Float32Array;
  private row = 0;
  private at = 0;
  // The current row's candidates, and the heaviest `keep` of them kept sorted heaviest first.
  private readonly topKeys: Int32Array;
  private readonly topWeights: Float64Array;
  private size = 0;
  // Squared weights that count in the row's length but are not stored.
  private unstored = 0;

  constructor(
    rows: number,
    private readonly keep: number,
  ) {
    this.offsets = new Int32Array(rows + 1);
    this.keys = new Int32Array(rows * keep);
    this.weights = new Float32Array(rows * keep);
    this.topKeys = new Int32Array(keep + 1);
    this.topWeights = new Float64Array(keep + 1);
  }

  /** Counts a weight in the current row's length without storing it. */
  addToLength(weight: number): void {
    this.unstored += weight * weight;
  }

  /** Offers one entry of the current row. */
  add(key: number, weight: number): void {
    const { topKeys, topWeights } = this;
    if (this.size === this.keep) {
      const lastWeight = topWeights[this.size - 1] ?? 0;
      if (weight < lastWeight || (weight === lastWeight && key > (topKeys[this.size - 1] ?? 0))) {
        this.unstored += weight * weight;
        return;
      }
      // The lightest kept entry makes room.
      this.unstored += lastWeight * lastWeight;
    }
    let at = this.size;
    while (at > 0 && ((topWeights[at - 1] ?? 0) < weight || ((topWeights[at - 1] ?? 0) === weight && (topKeys[at - 1] ?? 0) > key))) {
      topWeights[at] = topWeights[at - 1] ?? 0;
      topKeys[at] = topKeys[at - 1] ?? 0;
      at--;
    }
    topWeights[at] = weight;
    topKeys[at] = key;
    if (this.size < this.keep) this.size++;
  }

  /** Closes the current row and starts the next. */
  endRow(): void {
    const start = this.at;
    let norm = this.unstored;
    for (let k = 0; k < this.size; k++) norm += (this.topWeights[k] ?? 0) ** 2;
    norm = Math.sqrt(norm) || 1;
    // Insertion sort by key: rows are short (at most `keep` entries).
    for (let k = 0; k < this.size; k++) {
      const key = this.topKeys[k] ?? 0;
      const weight = (this.topWeights[k] ?? 0) / norm;
      let p = this.at++;
      while (p > start && (this.keys[p - 1] ?? 0) > key) {
        this.keys[p] = this.keys[p - 1] ?? 0;
        this.weights[p] = this.weights[p - 1] ?? 0;
        p--;
      }
      this.keys[p] = key;
      this.weights[p] = weight;
    }
    this.size = 0;
    this.unstored = 0;
    this.offsets[++this.row] = this.at;
  }

  /** The finished vectors (call after the last row). */
  build(): SparseVectors {
    return { offsets: this.offsets, keys: this.keys.slice(0, this.at), weights: this.weights.slice(0, this.at) };
  }
}

/** The `keep` heaviest entries of each row (ties: lower key), rescaled to unit length. */
export function keepStrongest(vectors: SparseVectors, keep: number): SparseVectors {
  const rows = vectors.offsets.length - 1;
  const builder = new SparseVectorsBuilder(rows, keep);
  for (let i = 0; i < rows; i++) {
    for (let p = vectors.offsets[i] ?? 0; p < (vectors.offsets[i + 1] ?? 0); p++) builder.add(vectors.keys[p] ?? 0, vectors.weights[p] ?? 0);
    builder.endRow();
  }
  return builder.build();
}

/** Dot product of rows `a` and `b` (their cosine, as rows have unit length). */
export function dotRows(vectors: SparseVectors, a: number, b: number): number {
  const { offsets, keys, weights } = vectors;
  let i = offsets[a] ?? 0;
  let j = offsets[b] ?? 0;
  const endA = offsets[a + 1] ?? 0;
  const endB = offsets[b + 1] ?? 0;
  let sum = 0;
  while (i < endA && j < endB) {
    const ka = keys[i] ?? 0;
    const kb = keys[j] ?? 0;
    if (ka === kb) sum += (weights[i++] ?? 0) * (weights[j++] ?? 0);
    else if (ka < kb) i++;
    else j++;
  }
  return sum;
}

/** The keys rows `a` and `b` share with the product of their weights, largest first (ties: key). */
export function sharedKeys(vectors: SparseVectors, a: number, b: number): Array<[key: number, product: number]> {
  const { offsets, keys, weights } = vectors;
  const shared: Array<[number, number]> = [];
  let i = offsets[a] ?? 0;
  let j = offsets[b] ?? 0;
  const endA = offsets[a + 1] ?? 0;
  const endB = offsets[b + 1] ?? 0;
  while (i < endA && j < endB) {
    const ka = keys[i] ?? 0;
    const kb = keys[j] ?? 0;
    if (ka === kb) {
      shared.push([ka, (weights[i++] ?? 0) * (weights[j++] ?? 0)]);
    } else if (ka < kb) i++;
    else j++;
  }
  return shared.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
}

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
