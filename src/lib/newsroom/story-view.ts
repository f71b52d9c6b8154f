import { splitBackground, type Story, type StoryTimelineEntry } from '../stories/index.ts';
import type { Entity } from '../types.ts';
import type { Newsroom } from './build-newsroom.ts';

/** Everything a story page shows besides the editor's description. */
export interface StoryView {
  story: Story;
  /** The story's key entities in the story's order, each marked with whether it has a page to link to. */
  entities: Array<{ entity: Entity; page: boolean }>;
  /** The story's articles interleaved with the events named in them, oldest first, from the first article on. */
  timeline: StoryTimelineEntry[];
  /** Events the articles name from before the first article, oldest first. */
  background: Extract<StoryTimelineEntry, { kind: 'event' }>[];
}

/** The story page's view of one story thread. */
export function viewStory(newsroom: Pick<Newsroom, 'entityIndex' | 'storyTimeline'>, story: Story): StoryView {
  const { entities, pages } = newsroom.entityIndex;
  const { background, developments } = splitBackground(newsroom.storyTimeline(story));
  return {
    story,
    entities: story.entityIds.flatMap((id) => {
      const entity = entities.get(id);
      return entity ? [{ entity, page: pages.has(id) }] : [];
    }),
    timeline: developments,
    background,
  };
}
