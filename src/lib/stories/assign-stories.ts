import type { ArticleRecord } from '../types.ts';
import { buildFeatures } from './article-features.ts';
import { collectStories } from './collect-stories.ts';
import { EntityPostings, findLinks, type LinkRule } from './link-articles.ts';
import type { Story, StoryOptions } from './types.ts';
import { UnionFind } from './union-find.ts';

const DAY_MS = 86_400_000;

/** The defaults of the story rule, tuned on the sample content and the White House 2023 corpus. */
export const STORY_DEFAULTS = {
  windowDays: 14,
  minSharedRarity: 2.5,
  minEntitySimilarity: 0.2,
  minTermSimilarity: 0.1,
  minSimilarity: 0.4,
  minAutoSize: 3,
  minSupport: 2,
} as const;

function byTimeThenId(a: ArticleRecord, b: ArticleRecord): number {
  return a.published.getTime() - b.published.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Groups articles into story threads. The rule:
 * 1. Articles with the same `story` id form that story.
 * 2. Two articles link when they were published at most `windowDays` apart, the weighted cosine
 *    similarity of their salient entities (mentions in title, summary or lead, plus the editor's
 *    entities and tags; rarer entities weigh more, ln(1 + N/df)) is at least
 *    `minEntitySimilarity`, and that of their title-and-summary terms (stemmed, stop words out,
 *    same rarity weights) at least `minTermSimilarity`.
 * 3. An article without an id joins the story whose articles (with an id) it links to most
 *    strongly.
 * 4. The remaining articles without an id are taken in time order; each joins an earlier group
 *    it links to at least `minSupport` members of (or every member, if fewer), so one chance
 *    link cannot chain unrelated news together. Groups of at least `minAutoSize` articles become
 *    automatic stories; smaller ones stay alone.
 * Candidates come from an inverted index entity → articles, so the cost grows about linearly.
 * Stories are returned most recently updated first; the output depends only on the input.
 */
export function assignStories(articles: readonly ArticleRecord[], options: StoryOptions = {}): Story[] {
  const sorted = [...articles].sort(byTimeThenId);
  const table = buildFeatures(sorted, options.tagToEntityId);
  const rule: LinkRule = {
    windowMs: (options.windowDays ?? STORY_DEFAULTS.windowDays) * DAY_MS,
    minSharedRarity: options.minSharedRarity ?? STORY_DEFAULTS.minSharedRarity,
    minEntitySimilarity: options.minEntitySimilarity ?? STORY_DEFAULTS.minEntitySimilarity,
    minTermSimilarity: options.minTermSimilarity ?? STORY_DEFAULTS.minTermSimilarity,
    minSimilarity: options.minSimilarity ?? STORY_DEFAULTS.minSimilarity,
  };
  const scratch = new Float64Array(table.termWeight.length);
  const storyOf: Array<string | undefined> = sorted.map((article) => article.story || undefined);

  // Editor-given stories, and the index of their articles.
  const explicit = new EntityPostings(table);
  sorted.forEach((article, index) => article.story && explicit.add(index));

  // Rule 3: articles without an id join the best-linked editor's story.
  const joinedTo: Array<string | undefined> = [];
  const loose: number[] = [];
  sorted.forEach((article, index) => {
    if (article.story) return;
    let best: { story: string; score: number } | undefined;
    for (const link of findLinks(table, explicit, index, rule, scratch, { before: true, after: true })) {
      const story = storyOf[link.other] ?? '';
      if (!best || link.score > best.score || (link.score === best.score && story < best.story)) best = { story, score: link.score };
    }
    if (best) joinedTo[index] = best.story;
    else loose.push(index);
  });

  // Rule 4: the rest link among themselves, in time order, looking back only.
  const groups = new UnionFind(sorted.length);
  const seen = new EntityPostings(table);
  const support = options.minSupport ?? STORY_DEFAULTS.minSupport;
  for (const index of loose) {
    const linksByGroup = new Map<number, number>();
    for (const link of findLinks(table, seen, index, rule, scratch, { before: true, after: false })) {
      const root = groups.find(link.other);
      linksByGroup.set(root, (linksByGroup.get(root) ?? 0) + 1);
    }
    for (const [root, links] of linksByGroup) {
      if (links >= Math.min(support, groups.sizeOf(root))) groups.union(index, root);
    }
    seen.add(index);
  }
  const autoGroups = groupLoose(loose, groups, options.minAutoSize ?? STORY_DEFAULTS.minAutoSize);
  return collectStories(sorted, table, storyOf, joinedTo, autoGroups, options);
}

/** The linked groups of loose articles big enough to be stories, each ascending, ordered by first article. */
function groupLoose(loose: readonly number[], groups: UnionFind, minSize: number): number[][] {
  const byRoot = new Map<number, number[]>();
  for (const index of loose) {
    const root = groups.find(index);
    const members = byRoot.get(root);
    if (members) members.push(index);
    else byRoot.set(root, [index]);
  }
  return [...byRoot.values()].filter((members) => members.length >= minSize).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
}
