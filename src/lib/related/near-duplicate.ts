/** Near-duplicate detection: bottom-k sketches of word shingles, and the rule that uses them. */

/** Words per shingle: four-word runs survive light edits yet rarely repeat by chance. */
export const SHINGLE_WORDS = 4;

/** Hashes per sketch; the overlap estimate's error is about 1/sqrt(k). */
export const SKETCH_SIZE = 64;

// Rotate-and-multiply mixing: order matters, so "a b c d" and "d c b a" hash apart.
function mix(hash: number, next: number): number {
  const rotated = (hash << 5) | (hash >>> 27);
  return Math.imul(rotated ^ next, 0x9e3779b1) >>> 0;
}

/**
 * The bottom-k sketch of a word-hash sequence: the `size` smallest distinct shingle hashes,
 * ascending. Two sketches estimate the Jaccard overlap of the full shingle sets.
 */
export function sketchShingles(
  wordHashes: Uint32Array,
  length: number,
  scratch: { buffer: Uint32Array } = { buffer: new Uint32Array(0) },
  size = SKETCH_SIZE,
): Uint32Array {
  const count = length - SHINGLE_WORDS + 1;
  if (count <= 0) return new Uint32Array(0);
  // Reused across articles when the caller passes scratch space: one article's shingles are garbage at once.
  if (scratch.buffer.length < count) scratch.buffer = new Uint32Array(Math.max(count, scratch.buffer.length * 2));
  const shingles = scratch.buffer.subarray(0, count);
  for (let i = 0; i < count; i++) {
    let hash = 0x2545f491;
    for (let w = 0; w < SHINGLE_WORDS; w++) hash = mix(hash, wordHashes[i + w] ?? 0);
    shingles[i] = hash;
  }
  shingles.sort();
  const sketch = new Uint32Array(Math.min(size, count));
  let filled = 0;
  for (let i = 0; i < count && filled < sketch.length; i++) {
    const hash = shingles[i] ?? 0;
    if (filled === 0 || sketch[filled - 1] !== hash) sketch[filled++] = hash;
  }
  return sketch.slice(0, filled);
}

/** Estimated Jaccard overlap (0–1) of the shingle sets behind two bottom-k sketches. */
export function estimateOverlap(a: Uint32Array, b: Uint32Array, size = SKETCH_SIZE): number {
  if (a.length === 0 || b.length === 0) return 0;
  // Walk the union in ascending order; among its `size` smallest hashes, count those in both.
  let i = 0;
  let j = 0;
  let seen = 0;
  let both = 0;
  while (seen < size && (i < a.length || j < b.length)) {
    const x = i < a.length ? (a[i] ?? 0) : Infinity;
    const y = j < b.length ? (b[j] ?? 0) : Infinity;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    seen++;
  }
  return seen === 0 ? 0 : both / seen;
}

/** Overlap at which two texts count as the same text whatever their headlines. */
export const DUPLICATE_TEXT_OVERLAP = 0.8;

/**
 * Overlap at which two articles with the same headline count as one story posted twice. A
 * recurring headline over different text ("Readout of the President's call with …") is a series,
 * not a duplicate, so a shared headline alone is not enough.
 */
export const DUPLICATE_HEADLINE_OVERLAP = 0.5;

/** Whether two articles are near-duplicates, from their headline keys and text sketches. */
export function isNearDuplicate(
  headlineA: number,
  headlineB: number,
  sketchA: Uint32Array,
  sketchB: Uint32Array,
): boolean {
  const overlap = estimateOverlap(sketchA, sketchB);
  if (overlap >= DUPLICATE_TEXT_OVERLAP) return true;
  return headlineA === headlineB && (overlap >= DUPLICATE_HEADLINE_OVERLAP || (sketchA.length === 0 && sketchB.length === 0));
}
