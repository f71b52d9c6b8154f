/** Text analysis for related links: each article's words and stems, their BM25 keyword and headline weights, and near-duplicate sketches. */
import { bm25Idf } from '../entities/rarity.ts';
import { forEachWord, isIndexableWord, stem } from '../text/index.ts';
import type { ArticleRecord } from '../types.ts';
import { SparseVectorsBuilder, type SparseVectors } from './vectors.ts';

/** Weight of a headline word against a body word; headlines say what a story is about. */
const TITLE_WEIGHT = 3;
/** Weight of a summary word against a body word. */
const SUMMARY_WEIGHT = 1.5;

/** Raw term counts and text fingerprints of an archive, one row per article. */
export interface AnalysedText {
  /** Terms of article `i` are `termIds[termOffsets[i]] … termIds[termOffsets[i + 1] - 1]`, ascending. */
  termOffsets: Int32Array;
  termIds: Int32Array;
  /** Field-weighted count of each of those terms. */
  termCounts: Float32Array;
  /** Distinct terms of article `i`'s headline: `titleTermIds[titleOffsets[i]] …`, ascending. */
  titleOffsets: Int32Array;
  titleTermIds: Int32Array;
  /** Field-weighted number of indexed words in each article. */
  lengths: Float64Array;
  /** Bottom-k shingle sketch of each article's body (of the summary when the body is empty). */
  sketches: Uint32Array[];
  /** Interned normalised headline of each article: equal numbers, equal headlines. */
  headlines: Int32Array;
  /** Display word of each term id. */
  surfaces: string[];
}

/** A typed array that doubles when full; one per archive instead of one per article keeps GC light. */
class Growable<T extends Int32Array | Float32Array | Uint32Array> {
  length = 0;
  constructor(public array: T) {}
  push(value: number): void {
    if (this.length === this.array.length) {
      const bigger = new (this.array.constructor as new (n: number) => T)(this.array.length * 2);
      bigger.set(this.array);
      this.array = bigger;
    }
    this.array[this.length++] = value;
  }
  /** The filled part, as a view: no copy at the archive's largest size. */
  filled(): T {
    return this.array.subarray(0, this.length) as T;
  }
}

/**
 * Tokenises every article once: weighted term counts, length, shingle sketch and headline key.
 * Headline words in `skipInHeadline[i]` (a recurring headline template, given names) are not counted.
 */
export function analyseText(articles: readonly ArticleRecord[], skipInHeadline: ReadonlyArray<ReadonlySet<string>> = []): AnalysedText {
  const table = new WordTable();
  const headlineKeys = new Map<string, number>();
  const n = articles.length;
  const termOffsets = new Int32Array(n + 1);
  const termIds = new Growable(new Int32Array(1 << 16));
  const termCounts = new Growable(new Float32Array(1 << 16));
  const titleOffsets = new Int32Array(n + 1);
  const titleTermIds = new Growable(new Int32Array(1 << 12));
  const titleTerms: number[] = [];
  const lengths = new Float64Array(n);
  const sketches = new Array<Uint32Array>(n);
  const headlines = new Int32Array(n);
  // Scratch space reused across articles: counts indexed by term id, and the touched ids.
  let counts = new Float64Array(1 << 14);
  let touched = new Int32Array(1 << 12);
  let touchedCount = 0;
  const hashes = new Growable(new Uint32Array(1 << 12));
  const shingleScratch = { buffer: new Uint32Array(1 << 12) };
  let length = 0;
  let headline: string[] | undefined;
  let keepHashes = false;
  let weight = 1;
  let skip: ReadonlySet<string> | undefined;

  // One visitor for every field, steered by the variables above, so no closure is made per article.
  const visit = (word: string) => {
    const slot = table.slotOf(word);
    headline?.push(word);
    if (keepHashes) hashes.push(table.hashOfSlot[slot] ?? 0);
    const term = table.termOfSlot[slot] ?? -1;
    if (term < 0 || skip?.has(word)) return;
    if (headline && !titleTerms.includes(term)) titleTerms.push(term);
    if (term >= counts.length) {
      const bigger = new Float64Array(Math.max(counts.length * 2, term + 1));
      bigger.set(counts);
      counts = bigger;
    }
    if (counts[term] === 0) {
      if (touchedCount === touched.length) {
        const bigger = new Int32Array(touched.length * 2);
        bigger.set(touched);
        touched = bigger;
      }
      touched[touchedCount++] = term;
    }
    counts[term] = (counts[term] ?? 0) + weight;
    length += weight;
  };
  const addField = (text: string, fieldWeight: number, fieldHashes: boolean, fieldHeadline?: string[], fieldSkip?: ReadonlySet<string>) => {
    weight = fieldWeight;
    skip = fieldSkip;
    keepHashes = fieldHashes;
    headline = fieldHeadline;
    forEachWord(text, visit);
  };

  articles.forEach((article, index) => {
    touchedCount = 0;
    titleTerms.length = 0;
    hashes.length = 0;
    length = 0;
    const words: string[] = [];
    addField(article.title, TITLE_WEIGHT, false, words, skipInHeadline[index]);
    const hasBody = article.body.trim().length > 0;
    addField(article.summary, SUMMARY_WEIGHT, !hasBody);
    addField(article.body, 1, hasBody);
    const terms = touched.subarray(0, touchedCount).sort();
    termOffsets[index] = termIds.length;
    for (const term of terms) {
      termIds.push(term);
      termCounts.push(counts[term] ?? 0);
      counts[term] = 0;
    }
    titleOffsets[index] = titleTermIds.length;
    for (const term of titleTerms.sort((a, b) => a - b)) titleTermIds.push(term);
    lengths[index] = length;
    sketches[index] = sketchShingles(hashes.array, hashes.length, shingleScratch);
    const key = words.join(' ');
    let headlineId = headlineKeys.get(key);
    if (headlineId === undefined) headlineKeys.set(key, (headlineId = headlineKeys.size));
    headlines[index] = headlineId;
  });
  termOffsets[n] = termIds.length;
  titleOffsets[n] = titleTermIds.length;
  return {
    titleOffsets,
    titleTermIds: titleTermIds.filled(),
    termOffsets,
    termIds: termIds.filled(),
    termCounts: termCounts.filled(),
    lengths,
    sketches,
    headlines,
    surfaces: table.surfaces,
  };
}

/** FNV-1a hash of a string's UTF-16 code units, as an unsigned 32-bit integer. */
function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Interns every distinct word once: its index term (stem id, or -1 for stop words) and a hash
 * for shingling. A word is looked up in one Map and never stemmed twice, which is what keeps
 * tokenising an archive of millions of words cheap.
 */
export class WordTable {
  private readonly slots = new Map<string, number>();
  private readonly termIds = new Map<string, number>();
  /** Term id of each word slot, or -1 when the word is not indexed. */
  readonly termOfSlot: number[] = [];
  /** Hash of each word slot. */
  readonly hashOfSlot: number[] = [];
  /** Display word of each term: the shortest word seen with that stem, then the first alphabetically. */
  readonly surfaces: string[] = [];

  /** The slot of `word` (lowercase), created on first sight. */
  slotOf(word: string): number {
    let slot = this.slots.get(word);
    if (slot !== undefined) return slot;
    slot = this.termOfSlot.length;
    this.slots.set(word, slot);
    this.hashOfSlot.push(hashWord(word));
    this.termOfSlot.push(isIndexableWord(word) ? this.termOf(word) : -1);
    return slot;
  }

  private termOf(word: string): number {
    const key = stem(word);
    let id = this.termIds.get(key);
    if (id === undefined) {
      id = this.surfaces.length;
      this.termIds.set(key, id);
      this.surfaces.push(word);
      return id;
    }
    // Order-independent choice, so the same archive in any order explains links the same way.
    const current = this.surfaces[id] ?? word;
    if (word.length < current.length || (word.length === current.length && word < current)) this.surfaces[id] = word;
    return id;
  }
}

/** Keywords kept per article: enough to describe it, few enough to keep matching cheap. */
const KEYWORDS_PER_ARTICLE = 40;

/** Headline terms kept per article; the 200-character limit allows about 30 words. */
const HEADLINE_TERMS = 32;

// BM25's usual constants: term-count saturation and length normalisation.
const K1 = 1.2;
const B = 0.75;

/** Archive-wide term statistics over the articles that may be linked to (drafts change nobody's links). */
export interface TermStatistics {
  /** Articles containing each term. */
  frequency: Int32Array;
  documents: number;
  averageLength: number;
}

/** Counts, for each term, the linkable articles that contain it. */
export function countTermStatistics(text: AnalysedText, linkable: Uint8Array): TermStatistics {
  const { termOffsets, termIds } = text;
  const frequency = new Int32Array(text.surfaces.length);
  let documents = 0;
  let totalLength = 0;
  for (let i = 0; i < text.lengths.length; i++) {
    if (!linkable[i]) continue;
    documents++;
    totalLength += text.lengths[i] ?? 0;
    for (let p = termOffsets[i] ?? 0; p < (termOffsets[i + 1] ?? 0); p++) {
      const term = termIds[p] ?? 0;
      frequency[term] = (frequency[term] ?? 0) + 1;
    }
  }
  return { frequency, documents, averageLength: documents > 0 ? totalLength / documents : 1 };
}

/**
 * Each article's keyword vector: the BM25 weights of its `keep` strongest terms (headline words
 * counted three times, summary words one and a half), unit length. Terms no other linkable
 * article has are not stored (they cannot connect it to anything) but count in its length.
 */
export function weighTerms(text: AnalysedText, linkable: Uint8Array, stats: TermStatistics, keep = KEYWORDS_PER_ARTICLE): SparseVectors {
  const { termOffsets, termIds, termCounts } = text;
  const { frequency, documents, averageLength } = stats;
  const n = text.lengths.length;
  const builder = new SparseVectorsBuilder(n, keep);
  for (let i = 0; i < n; i++) {
    const norm = K1 * (1 - B + (B * (text.lengths[i] ?? 0)) / (averageLength || 1));
    const self = linkable[i] ? 1 : 0;
    for (let p = termOffsets[i] ?? 0; p < (termOffsets[i + 1] ?? 0); p++) {
      const term = termIds[p] ?? 0;
      const df = frequency[term] ?? 0;
      const tf = termCounts[p] ?? 0;
      const weight = (bm25Idf(documents, Math.max(1, df)) * tf * (K1 + 1)) / (tf + norm);
      // A word no other article has links nothing, but it is part of what this one says.
      if (df - self < 1) builder.addToLength(weight);
      else builder.add(term, weight);
    }
    builder.endRow();
  }
  return builder.build();
}

/**
 * Each article's headline vector: its distinct headline terms weighted by rarity, unit length.
 * Two headlines that share their rare words ("… call with Prime Minister Netanyahu") describe the
 * same kind of story even when the bodies differ.
 */
export function weighHeadlines(text: AnalysedText, linkable: Uint8Array, stats: TermStatistics): SparseVectors {
  const { titleOffsets, titleTermIds } = text;
  const builder = new SparseVectorsBuilder(text.lengths.length, HEADLINE_TERMS);
  for (let i = 0; i < text.lengths.length; i++) {
    const self = linkable[i] ? 1 : 0;
    for (let p = titleOffsets[i] ?? 0; p < (titleOffsets[i + 1] ?? 0); p++) {
      const term = titleTermIds[p] ?? 0;
      const df = stats.frequency[term] ?? 0;
      if (df - self >= 1) builder.add(term, bm25Idf(stats.documents, df));
      else builder.addToLength(bm25Idf(stats.documents, 1));
    }
    builder.endRow();
  }
  return builder.build();
}

/** Words per shingle: four-word runs survive light edits yet rarely repeat by chance. */
const SHINGLE_WORDS = 4;

/** Hashes per sketch; the overlap estimate's error is about 1/sqrt(k). */
const SKETCH_SIZE = 64;

// Rotate-and-multiply mixing: order matters, so "a b c d" and "d c b a" hash apart.
function mix(hash: number, next: number): number {
  const rotated = (hash << 5) | (hash >>> 27);
  return Math.imul(rotated ^ next, 0x9e3779b1) >>> 0;
}

/**
 * The bottom-k sketch of a word-hash sequence: the `size` smallest distinct shingle hashes,
 * ascending. Two sketches estimate the Jaccard overlap of the full shingle sets.
 */
function sketchShingles(
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
function estimateOverlap(a: Uint32Array, b: Uint32Array, size = SKETCH_SIZE): number {
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
const DUPLICATE_TEXT_OVERLAP = 0.8;

/**
 * Overlap at which two articles with the same headline count as one story posted twice. A
 * recurring headline over different text ("Readout of the President's call with …") is a series,
 * not a duplicate, so a shared headline alone is not enough.
 */
const DUPLICATE_HEADLINE_OVERLAP = 0.5;

/** Whether two articles are near-duplicates, from their headline keys and text sketches. */
export function isNearDuplicate(headlineA: number, headlineB: number, sketchA: Uint32Array, sketchB: Uint32Array): boolean {
  const overlap = estimateOverlap(sketchA, sketchB);
  if (overlap >= DUPLICATE_TEXT_OVERLAP) return true;
  return headlineA === headlineB && (overlap >= DUPLICATE_HEADLINE_OVERLAP || (sketchA.length === 0 && sketchB.length === 0));
}
