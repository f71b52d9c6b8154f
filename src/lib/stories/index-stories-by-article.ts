import type { Story } from './types.ts';

/** Article id → its story, for article pages that need "This story so far". */
export function indexStoriesByArticle(stories: readonly Story[]): Map<string, Story> {
  const byArticle = new Map<string, Story>();
  for (const story of stories) for (const id of story.articleIds) byArticle.set(id, story);
  return byArticle;
}
