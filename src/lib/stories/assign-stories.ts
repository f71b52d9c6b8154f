import { DAY_MS } from '../time/index.ts';
import { findHeadlineTemplates } from '../text/index.ts';
import { compareOldestFirst } from '../timeline/sort-newest-first.ts';
import type { ArticleRecord } from '../types.ts';
import { buildFeatures } from './article-features.ts';
import { collectStories } from './collect-stories.ts';
import { growThreads, pruneToCore, type ThreadRule } from './grow-threads.ts';
import { joinEditorStories } from './join-editor-stories.ts';
import { findSeriesHeadlines } from './series-headlines.ts';
import { groupDocuments } from './count-documents.ts';
import { splitByCase } from './split-by-case.ts';
import { keepTraveller } from './keep-traveller.ts';
import { keepJourneyDays } from './journey-days.ts';
import { focusOn } from './story-focus.ts';
import type { Story, StoryOptions } from './types.ts';

/** The defaults of the story rule, tuned by reading the stories it makes of the sample content and the White House 2023 corpus. */
export const STORY_DEFAULTS = {
  windowDays: 14,
  spanDays: 31,
  minSharedRarity: 2.5,
  minEntitySimilarity: 0.3,
  minTermSimilarity: 0.1,
  minSimilarity: 0.55,
  minAutoSize: 3,
} as const;

/**
 * Groups articles into story threads. The rule:
 * 1. Articles with the same `story` id form that story.
 * 2. Each article is described by its salient entities (title, summary, lead, the editor's
 *    entities and tags), weighted by rarity (ln N/df; 0 for background entities on a large share
 *    of the archive), and by the rarity-weighted stemmed terms of its title and summary.
 * 3. A headline that recurs as a template over a longer time than a story runs ("Key Nominees",
 *    "Readout of the call with Prime Minister X") is a series: its issue joins a story only through
 *    the entities in its headline, and an issue whose headline names none (a list, a notice) never does.
 * 4. An article without an id joins the editor's story whose core around its time (the story's
 *    articles within `windowDays`) it matches best: enough of the core's defining entities, and
 *    entity and term cosines with the core's centroid above the thresholds.
 * 5. The rest grow automatic threads in time order: each joins the thread whose core it matches
 *    best, within `windowDays` of the thread's latest article and `spanDays` of its first, or
 *    starts one. A thread then sheds members that no longer match the core of the others; one
 *    whose headlines cite three or more court cases is split by case (`splitByCase`). It keeps
 *    the members on its focus (`focusOn`: a rare defining name, two names in its headlines, or a
 *    shared headline word, when only the members using it and the documents out within a day of
 *    one, in one run of coverage with no week's silence; not a speaker's or an office's grab-bag); one opened by a journey keeps the journey's
 *    own days (`keepJourneyDays`), and with at least `minAutoSize` documents
 *    (one issued twice counts once, `groupDocuments`) it becomes a story, named from its entities
 *    and event words.
 * Candidates come from inverted indexes (entity → articles, entity → threads), so the cost grows
 * about linearly. Stories are returned most recently updated first; the output depends only on the input.
 */
export function assignStories(articles: readonly ArticleRecord[], options: StoryOptions = {}): Story[] {
  const sorted = [...articles].sort(compareOldestFirst);
  const table = buildFeatures(sorted);
  const rule: ThreadRule = {
    windowMs: (options.windowDays ?? STORY_DEFAULTS.windowDays) * DAY_MS,
    spanMs: (options.spanDays ?? STORY_DEFAULTS.spanDays) * DAY_MS,
    minSharedRarity: options.minSharedRarity ?? STORY_DEFAULTS.minSharedRarity,
    minEntitySimilarity: options.minEntitySimilarity ?? STORY_DEFAULTS.minEntitySimilarity,
    minTermSimilarity: options.minTermSimilarity ?? STORY_DEFAULTS.minTermSimilarity,
    minSimilarity: options.minSimilarity ?? STORY_DEFAULTS.minSimilarity,
  };
  const slots = findSeriesHeadlines(sorted, table, rule.spanMs);
  const storyOf: Array<string | undefined> = sorted.map((article) => article.story || undefined);
  const joinedTo = joinEditorStories(table, storyOf, slots, rule);
  const loose = sorted.map((_, index) => index).filter((index) => !storyOf[index] && !joinedTo[index]);
  const minSize = options.minAutoSize ?? STORY_DEFAULTS.minAutoSize;
  const openings = findHeadlineTemplates(
    sorted.map((article) => article.title),
    false,
  );
  const headlines = sorted.map((article) => article.title);
  const times = table.features.map((f) => f.time);
  const autoGroups = growThreads(loose, table, slots, rule)
    .filter((thread) => thread.members.length >= minSize)
    .flatMap((thread) => {
      pruneToCore(thread, slots, rule);
      return splitByCase(
        [...thread.members].sort((a, b) => a - b),
        headlines,
      );
    })
    .map((members) => focusOn(members, table, slots, openings))
    .map((members) => keepTraveller(members, headlines, times))
    .map((members) => keepJourneyDays(members, headlines, times))
    .filter((members) => groupDocuments(members, table).length >= minSize)
    .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
  return collectStories(sorted, table, storyOf, joinedTo, autoGroups, options);
}
