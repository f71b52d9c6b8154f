import { DAY_MS } from '../time/index.ts';
import type { Corpus } from './prepare-corpus.ts';
import { windowOf, type PostingLists } from './posting-lists.ts';
import type { RelatedSettings } from './resolve-options.ts';
import { combineParts, scoreLink, timeFactor } from './score-link.ts';
import type { SparseVectors } from './sparse-vectors.ts';
import type { RelatedScoreParts } from './types.ts';

/** Earlier / later articles visited per posting list: the window that bounds the cost per article. */
export const WINDOW_BEFORE = 10;
/** Later articles visited per posting list (within the time rule). */
export const WINDOW_AFTER = 3;
/** Candidates scored exactly, after a first cheap pass over the windows. */
export const RESCORED = 30;

/** A candidate link with its exact score. */
export interface RankedCandidate {
  article: number;
  score: number;
  parts: RelatedScoreParts;
}

/** Scratch arrays for `rankCandidates`, sized once per archive and reset per article. */
export interface RankScratch {
  text: Float64Array;
  headline: Float64Array;
  entities: Float64Array;
  story: Uint8Array;
  seen: Uint8Array;
  touched: Int32Array;
  window: Int32Array;
}

/** Allocates scratch space for an archive of `n` articles. */
export function createRankScratch(n: number): RankScratch {
  return {
    text: new Float64Array(n),
    headline: new Float64Array(n),
    entities: new Float64Array(n),
    story: new Uint8Array(n),
    seen: new Uint8Array(n),
    touched: new Int32Array(n),
    window: new Int32Array(2),
  };
}

/**
 * Ranks candidate links for article `i`, best first (ties: newer, then id). Candidates come only
 * from the windows of the posting lists of its strongest keywords, headline words, entities and
 * story; a first pass sums what those windows share, and the best `RESCORED` are then scored
 * exactly from their full vectors. At most 78 keys (20 keywords, 32 headline words, 25 entities,
 * the story) × 20 postings are visited per article whatever the archive's size, so the total cost
 * grows linearly.
 */
export function rankCandidates(corpus: Corpus, i: number, settings: RelatedSettings, scratch: RankScratch): RankedCandidate[] {
  const { text, headline, entities, story, seen, touched, window } = scratch;
  const published = corpus.published;
  const latest = (published[i] ?? 0) + settings.daysAfter * DAY_MS;
  let count = 0;
  // Plain loops rather than callbacks: this runs for every posting of every article.
  const accumulate = (vectors: SparseVectors, lists: PostingLists, acc: Float64Array | Uint8Array) => {
    for (let p = vectors.offsets[i] ?? 0; p < (vectors.offsets[i + 1] ?? 0); p++) {
      const weight = vectors.weights[p] ?? 0;
      windowOf(lists, vectors.keys[p] ?? 0, i, published, latest, WINDOW_BEFORE, WINDOW_AFTER, window);
      for (let q = window[0] ?? 0; q < (window[1] ?? 0); q++) {
        const j = lists.articles[q] ?? 0;
        if (j === i) continue;
        if (!seen[j]) {
          seen[j] = 1;
          touched[count++] = j;
        }
        acc[j] = (acc[j] ?? 0) + weight * (lists.weights[q] ?? 0);
      }
    }
  };
  accumulate(corpus.seeds, corpus.termPostings, text);
  accumulate(corpus.titles, corpus.titlePostings, headline);
  accumulate(corpus.entities, corpus.entityPostings, entities);
  if ((corpus.stories[i] ?? -1) >= 0) accumulate(corpus.storyVectors, corpus.storyPostings, story);

  // Keep the RESCORED best first-pass scores in a small array sorted best first.
  const bestArticles: number[] = [];
  const bestScores: number[] = [];
  const { weights } = settings;
  for (let t = 0; t < count; t++) {
    const j = touched[t] ?? 0;
    const sum =
      weights.text * (text[j] ?? 0) +
      weights.headline * (headline[j] ?? 0) +
      weights.entities * (entities[j] ?? 0) +
      weights.story * Math.min(1, story[j] ?? 0);
    text[j] = 0;
    headline[j] = 0;
    entities[j] = 0;
    story[j] = 0;
    seen[j] = 0;
    const floor = bestScores.length === RESCORED ? (bestScores[RESCORED - 1] ?? 0) : -1;
    // The time factor is at most 1, so a sum that cannot beat the floor needs no time factor.
    if (sum <= floor) continue;
    const rough = sum * timeFactor((published[i] ?? 0) - (published[j] ?? 0), settings);
    if (rough <= floor) continue;
    let at = bestScores.length;
    while (at > 0 && (bestScores[at - 1] ?? 0) < rough) at--;
    bestScores.splice(at, 0, rough);
    bestArticles.splice(at, 0, j);
    if (bestScores.length > RESCORED) {
      bestScores.pop();
      bestArticles.pop();
    }
  }

  const ranked = bestArticles.map((j) => {
    const parts = scoreLink(corpus, i, j, settings);
    return { article: j, score: combineParts(parts, settings), parts };
  });
  return ranked.sort(
    (a, b) =>
      b.score - a.score ||
      (corpus.published[b.article] ?? 0) - (corpus.published[a.article] ?? 0) ||
      compareIds(corpus.articles[a.article]?.id ?? '', corpus.articles[b.article]?.id ?? ''),
  );
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
