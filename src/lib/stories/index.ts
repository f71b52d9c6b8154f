/** Story threads: grouping articles into developing stories, and their timelines. */
export { assignStories, STORY_DEFAULTS } from './assign-stories.ts';
export { buildStoryTimeline } from './build-story-timeline.ts';
export { splitBackground } from './story-background.ts';
export { prepareStorySoFar, storySoFar } from './story-so-far.ts';
export { indexStoriesByArticle } from './index-stories-by-article.ts';
export type { Story, StoryOptions, StorySoFar, StoryTimelineEntry } from './types.ts';
