/**
 * The plain baseline every Dateline quality figure is printed beside: TF-IDF cosine over title +
 * body (log-scaled term frequency, English stop words dropped, no stemming, no entities), the
 * same time rule as the site (only articles published before, or at most `daysAfter` days after),
 * always the top `limit` links. It compares all pairs, which is fine for a benchmark of a few
 * thousand articles and is exactly what the site must not do.
 */
import { isStopWord, tokenise } from '../../src/lib/text/index.ts';
import { DAY_MS } from '../../src/lib/time/index.ts';
import { compareOldestFirst } from '../../src/lib/timeline/sort-newest-first.ts';
import type { ArticleRecord } from '../../src/lib/types.ts';

/** Settings of the baseline; the defaults are the site's link rules. */
export interface BaselineOptions {
  limit?: number;
  daysAfter?: number;
}

/** Each article's baseline links, best first (ids only). */
export function tfidfRelated(articles: readonly ArticleRecord[], options: BaselineOptions = {}): Map<string, string[]> {
  const limit = options.limit ?? 5;
  const daysAfter = options.daysAfter ?? 3;
  const vectors = tfidfVectors(articles);
  const result = new Map<string, string[]>();
  articles.forEach((article, i) => {
    const scored: Array<{ id: string; score: number }> = [];
    const latest = article.published.getTime() + daysAfter * DAY_MS;
    articles.forEach((other, j) => {
      if (i === j || other.published.getTime() > latest) return;
      const dot = cosine(vectors[i], vectors[j]);
      if (dot > 0) scored.push({ id: other.id, score: dot });
    });
    scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    result.set(
      article.id,
      scored.slice(0, limit).map((s) => s.id),
    );
  });
  return result;
}

/** A baseline story: articles joined by text similarity, named after the first headline. */
export interface BaselineStory {
  title: string;
  articleIds: string[];
}

/**
 * The plain baseline for story threads: articles within `windowDays` of each other whose TF-IDF
 * cosine reaches `minSimilarity` are joined (single link, as simple clustering does), groups of
 * at least `minSize` become stories, each titled with its first headline.
 */
export function tfidfStories(
  articles: readonly ArticleRecord[],
  options: { windowDays?: number; minSimilarity?: number; minSize?: number } = {},
): BaselineStory[] {
  const windowMs = (options.windowDays ?? 14) * DAY_MS;
  const min = options.minSimilarity ?? 0.4;
  const sorted = [...articles].sort(compareOldestFirst);
  const vectors = tfidfVectors(sorted);
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && (sorted[j]?.published.getTime() ?? 0) - (sorted[i]?.published.getTime() ?? 0) <= windowMs; j++) {
      if (cosine(vectors[i], vectors[j]) >= min) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, ArticleRecord[]>();
  sorted.forEach((article, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), article]));
  return [...groups.values()].filter((g) => g.length >= (options.minSize ?? 3)).map((g) => ({ title: g[0]?.title ?? '', articleIds: g.map((a) => a.id) }));
}

/** Unit-length TF-IDF vectors: log-scaled counts of title + body words, stop words dropped. */
function tfidfVectors(articles: readonly ArticleRecord[]): Array<Map<string, number>> {
  const counts = articles.map((a) => {
    const tf = new Map<string, number>();
    for (const word of tokenise(`${a.title}\n${a.body}`)) if (word.length > 1 && !isStopWord(word)) tf.set(word, (tf.get(word) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const word of tf.keys()) df.set(word, (df.get(word) ?? 0) + 1);
  return counts.map((tf) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [word, n] of tf) {
      const w = (1 + Math.log(n)) * Math.log(articles.length / (df.get(word) ?? 1));
      v.set(word, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [word, w] of v) v.set(word, w / norm);
    return v;
  });
}

function cosine(a: ReadonlyMap<string, number> | undefined, b: ReadonlyMap<string, number> | undefined): number {
  if (!a || !b) return 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [word, w] of small) dot += w * (large.get(word) ?? 0);
  return dot;
}
