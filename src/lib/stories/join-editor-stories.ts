import type { FeatureTable } from './article-features.ts';
import { EntityPostings } from './entity-postings.ts';
import type { HeadlineSlot } from './series-headlines.ts';
import { StoryCore, type CoreRule } from './story-core.ts';

/**
 * For each article without a story id, the editor's story it joins, if any: the one whose
 * articles within `windowMs` of it (the story's core around that time: an editor's story may run
 * for years) it matches best under `rule`. Returns the story id per article index.
 */
export function joinEditorStories(
  table: FeatureTable,
  storyOf: ReadonlyArray<string | undefined>,
  slots: readonly HeadlineSlot[],
  rule: CoreRule & { windowMs: number },
): Array<string | undefined> {
  const postings = new EntityPostings(table);
  const membersOf = new Map<string, number[]>();
  storyOf.forEach((story, index) => {
    if (!story) return;
    postings.add(index);
    const list = membersOf.get(story);
    if (list) list.push(index);
    else membersOf.set(story, [index]);
  });
  const joined: Array<string | undefined> = [];
  if (membersOf.size === 0) return joined;
  storyOf.forEach((story, index) => {
    const f = table.features[index];
    const slot = slots[index];
    if (story || !f || (slot && slot.length === 0)) return;
    const candidates = new Set<string>();
    for (const entity of f.entities) {
      if ((table.entityWeight[entity] ?? 0) <= 0) continue;
      for (const other of postings.near(entity, f.time - rule.windowMs, f.time + rule.windowMs, f.time)) candidates.add(storyOf[other] ?? '');
    }
    let best: { story: string; score: number } | undefined;
    for (const candidate of [...candidates].sort()) {
      const core = new StoryCore(table);
      for (const member of membersOf.get(candidate) ?? []) {
        if (Math.abs((table.features[member]?.time ?? 0) - f.time) <= rule.windowMs) core.update(member);
      }
      const match = core.accepts(index, rule, slot);
      if (match && (!best || match.entity + match.term > best.score)) best = { story: candidate, score: match.entity + match.term };
    }
    joined[index] = best?.story;
  });
  return joined;
}
