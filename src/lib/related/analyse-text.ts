import { forEachWord } from '../text/index.ts';
import type { ArticleRecord } from '../types.ts';
import { sketchShingles } from './near-duplicate.ts';
import { WordTable } from './word-table.ts';

/** Weight of a headline word against a body word; headlines say what a story is about. */
export const TITLE_WEIGHT = 3;
/** Weight of a summary word against a body word. */
export const SUMMARY_WEIGHT = 1.5;

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
