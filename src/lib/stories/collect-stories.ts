import { newestFirstBy } from '../timeline/sort-newest-first.ts';
import type { ArticleRecord } from '../types.ts';
import type { FeatureTable } from './article-features.ts';
import { ArchiveText } from './archive-text.ts';
import { autoStoryId } from './auto-story-id.ts';
import { makeStory } from './make-story.ts';
import type { Story, StoryOptions } from './types.ts';

const byLatestArticle = newestFirstBy((story: Story) => story.lastPublished);

/**
 * Turns the assignment into story objects: editor's stories with the articles that joined them,
 * then automatic stories (ids given in order of their first article). Most recently updated first.
 */
export function collectStories(
  sorted: readonly ArticleRecord[],
  table: FeatureTable,
  storyOf: ReadonlyArray<string | undefined>,
  joinedTo: ReadonlyArray<string | undefined>,
  autoGroups: readonly number[][],
  options: StoryOptions,
): Story[] {
  const members = new Map<string, { all: number[]; joined: number[] }>();
  sorted.forEach((_, index) => {
    const id = storyOf[index] ?? joinedTo[index];
    if (!id) return;
    let entry = members.get(id);
    if (!entry) members.set(id, (entry = { all: [], joined: [] }));
    entry.all.push(index);
    if (!storyOf[index]) entry.joined.push(index);
  });
  // Naming reads the archive once for all stories.
  const archive = new ArchiveText(sorted);
  const stories = [...members].map(([id, entry]) => makeStory(id, entry.all, entry.joined, sorted, table, options, false, archive));
  const taken = new Set(members.keys());
  for (const group of autoGroups) {
    const id = autoStoryId(group, sorted, table, options.timeZone ?? 'UTC', taken);
    taken.add(id);
    stories.push(makeStory(id, group, group, sorted, table, options, true, archive));
  }
  return stories.sort(byLatestArticle);
}
