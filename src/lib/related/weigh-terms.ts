import type { AnalysedText } from './analyse-text.ts';
import { SparseVectorsBuilder, type SparseVectors } from './sparse-vectors.ts';

/** Keywords kept per article: enough to describe it, few enough to keep matching cheap. */
export const KEYWORDS_PER_ARTICLE = 40;

/** Headline terms kept per article; the 200-character limit allows about 30 words. */
export const HEADLINE_TERMS = 32;

// BM25's usual constants: term-count saturation and length normalisation.
const K1 = 1.2;
const B = 0.75;

/** BM25 inverse document frequency: high for rare terms, near zero for ones in most articles. */
export function bm25Idf(documents: number, frequency: number): number {
  return Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
}

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
