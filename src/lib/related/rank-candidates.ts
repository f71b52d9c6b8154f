/** Candidate ranking: the archive as numbered vectors, candidates from capped windows of the inverted indexes, and each link's score. */
import { compareOldestFirst } from '../timeline/sort-newest-first.ts';
import type { ArticleRecord } from '../types.ts';
import { END_OF_TIME, isPublished } from '../visibility.ts';
import { collectArticleEntities } from '../entities/article-entities.ts';
import { analyseText, countTermStatistics, weighHeadlines, weighTerms } from './analyse-text.ts';
import { findHeadlineTemplates, forEachWord, isSpeakerIn, tokenise } from '../text/index.ts';
import { buildPostings, storyVectors, type PostingLists, keepStrongest, type SparseVectors, windowOf, dotRows } from './vectors.ts';
import type { RelatedSettings } from './options.ts';
import { weighEntities } from './weigh-entities.ts';
import { DAY_MS } from '../time/index.ts';
import type { RelatedScoreParts } from './types.ts';

/** An archive turned into compact numbered arrays, in publication order, ready for matching. */
export interface Corpus {
  articles: ArticleRecord[];
  published: Float64Array;
  /** 1 when other articles may link to this one (not a draft). */
  linkable: Uint8Array;
  terms: SparseVectors;
  /** Each article's strongest keywords: the ones that find candidates (all of `terms` score them). */
  seeds: SparseVectors;
  termPostings: PostingLists;
  /** Rarity-weighted headline terms of each article. */
  titles: SparseVectors;
  titlePostings: PostingLists;
  surfaces: string[];
  entities: SparseVectors;
  entityPostings: PostingLists;
  entityIds: string[];
  /** Story number of each article, -1 for none. */
  stories: Int32Array;
  storyVectors: SparseVectors;
  storyPostings: PostingLists;
  /** Interned normalised headline of each article: equal numbers, equal headlines. */
  headlineKeys: Int32Array;
  sketches: Uint32Array[];
}

/**
 * Keywords per article that find candidates through the inverted index. The strongest half of
 * the keywords finds the articles worth scoring; indexing all of them would mostly add weak
 * candidates and make each posting list longer.
 */
const SEED_KEYWORDS = 20;

/** Numbers, tokenises and indexes an archive once for `computeRelated`. */
export function prepareCorpus(input: readonly ArticleRecord[], settings: RelatedSettings): Corpus {
  // Publication order, then id: the numbering every later step relies on, independent of input order.
  const articles = [...input].sort(compareOldestFirst);
  const n = articles.length;
  const published = Float64Array.from(articles, (a) => a.published.getTime());
  // Drafts get links in a preview, but no article links to one.
  const linkable = Uint8Array.from(articles, (a) => (isPublished(a, { now: END_OF_TIME, includeDrafts: false }) ? 1 : 0));
  const templates = findHeadlineTemplates(articles.map((a) => a.title));
  const articleEntities = articles.map((a) => collectArticleEntities(a));
  // Headline words that say who speaks and in which format, or a given name ("Mitch" of Mitch
  // McConnell), are not the headline's subject; entity vectors carry the names themselves.
  const headlineNoise = templates.map((template, i) => new Set([...template, ...leadingNameWords(articleEntities[i] ?? [], settings.entityName)]));
  const text = analyseText(articles, headlineNoise);
  const stats = countTermStatistics(text, linkable);
  const terms = weighTerms(text, linkable, stats);
  const titles = weighHeadlines(text, linkable, stats);
  const seeds = keepStrongest(terms, SEED_KEYWORDS);
  const { vectors: entities, ids: entityIds } = weighEntities(articleEntities, linkable, (i, id) =>
    isSpeakerIn(templates[i], tokenise(settings.entityName(id) ?? '')),
  );
  const storyNumbers = new Map<string, number>();
  const stories = new Int32Array(n).fill(-1);
  articles.forEach((article, i) => {
    const story = settings.storyOf(article.id) ?? article.story;
    if (!story) return;
    let number = storyNumbers.get(story);
    if (number === undefined) storyNumbers.set(story, (number = storyNumbers.size));
    stories[i] = number;
  });
  const threads = storyVectors(stories);
  return {
    articles,
    published,
    linkable,
    terms,
    seeds,
    termPostings: buildPostings(seeds, text.surfaces.length, linkable),
    titles,
    titlePostings: buildPostings(titles, text.surfaces.length, linkable),
    surfaces: text.surfaces,
    entities,
    entityPostings: buildPostings(entities, entityIds.length, linkable),
    entityIds,
    stories,
    storyVectors: threads,
    storyPostings: buildPostings(threads, storyNumbers.size, linkable),
    headlineKeys: text.headlines,
    sketches: text.sketches,
  };
}

/** The leading words of an article's multi-word entity names ("mitch" of Mitch McConnell). */
function leadingNameWords(entities: readonly { id: string }[], nameOf: (id: string) => string | undefined): ReadonlySet<string> {
  const words = new Set<string>();
  for (const { id } of entities) {
    const name: string[] = [];
    forEachWord(nameOf(id) ?? '', (word) => name.push(word));
    for (const word of name.slice(0, -1)) words.add(word);
  }
  return words;
}

/** Earlier / later articles visited per posting list: the window that bounds the cost per article. */
const WINDOW_BEFORE = 10;
/** Later articles visited per posting list (within the time rule). */
const WINDOW_AFTER = 3;
/** Candidates scored exactly, after a first cheap pass over the windows. */
const RESCORED = 30;

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

/** Closeness in time as a factor: 1 at no distance, halfway to `timeFloor` after `halfLifeDays`. */
function timeFactor(distanceMs: number, settings: Pick<RelatedSettings, 'halfLifeDays' | 'timeFloor'>): number {
  const days = Math.abs(distanceMs) / DAY_MS;
  return settings.timeFloor + (1 - settings.timeFloor) * Math.exp((-Math.LN2 * days) / settings.halfLifeDays);
}

/** Combines the parts of a link into its score: weighted sum times the time factor. */
function combineParts(parts: RelatedScoreParts, settings: Pick<RelatedSettings, 'weights'>): number {
  const { weights } = settings;
  const sum = weights.text * parts.text + weights.headline * parts.headline + weights.entities * parts.entities;
  return (sum + weights.story * parts.story) * parts.time;
}

/** Scores article `j` as a related story for article `i`, exactly, from their full vectors. */
function scoreLink(corpus: Corpus, i: number, j: number, settings: RelatedSettings): RelatedScoreParts {
  const story = corpus.stories[i] ?? -1;
  return {
    text: dotRows(corpus.terms, i, j),
    headline: dotRows(corpus.titles, i, j),
    entities: dotRows(corpus.entities, i, j),
    story: story >= 0 && story === corpus.stories[j] ? 1 : 0,
    time: timeFactor((corpus.published[i] ?? 0) - (corpus.published[j] ?? 0), settings),
  };
}
