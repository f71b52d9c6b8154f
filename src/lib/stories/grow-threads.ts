import type { FeatureTable } from './article-features.ts';
import type { HeadlineSlot } from './series-headlines.ts';
import { StoryCore, type CoreRule } from './story-core.ts';

/** The story rule for articles without an editor's story id. */
export interface ThreadRule extends CoreRule {
  /** An article joins a thread only within this many ms of the thread's latest article… */
  windowMs: number;
  /** …and of its first: a thread never runs longer than this. */
  spanMs: number;
}

// Per entity, at most this many of the threads that took it most recently are looked at: a
// common entity (a country at war) would otherwise make candidate search grow with the archive.
const CANDIDATES_PER_ENTITY = 200;

/**
 * Grows threads in one pass over the articles in time order: each article joins the thread whose
 * core it matches best (entities and words, see `StoryCore`), if any, within the window and span;
 * otherwise it starts a thread of its own. Candidates come from an inverted index entity → threads,
 * so the cost grows about linearly with the archive. Notices (an empty headline slot) join nothing.
 */
export function growThreads(order: readonly number[], table: FeatureTable, slots: readonly HeadlineSlot[], rule: ThreadRule): StoryCore[] {
  const threads: StoryCore[] = [];
  // Entity → [thread, time the thread took the entity], oldest first.
  const postings = new Map<number, Array<[number, number]>>();
  const looked = new Set<number>();
  for (const index of order) {
    const f = table.features[index];
    const slot = slots[index];
    if (!f || f.entityNorm === 0 || f.termNorm === 0 || (slot && slot.length === 0)) continue;
    let best: { thread: number; score: number } | undefined;
    looked.clear();
    for (const entity of f.entities) {
      if ((table.entityWeight[entity] ?? 0) <= 0) continue;
      const list = postings.get(entity) ?? [];
      for (let i = list.length - 1, n = 0; i >= 0 && n < CANDIDATES_PER_ENTITY; i--, n++) {
        const [id, since] = list[i] ?? [0, 0];
        if (since < f.time - rule.spanMs) break;
        if (looked.has(id)) continue;
        looked.add(id);
        const thread = threads[id];
        if (!thread || f.time - thread.last > rule.windowMs || f.time - thread.first > rule.spanMs) continue;
        const match = thread.accepts(index, rule, slot);
        const score = match ? match.entity + match.term : -1;
        if (match && (!best || score > best.score)) best = { thread: id, score };
      }
    }
    let id = best?.thread;
    if (id === undefined) {
      id = threads.length;
      threads.push(new StoryCore(table));
    }
    const thread = threads[id]!;
    const fresh = f.entities.filter((entity) => !thread.entityCount.has(entity));
    thread.update(index);
    for (const entity of fresh) {
      const list = postings.get(entity);
      if (list) list.push([id, f.time]);
      else postings.set(entity, [[id, f.time]]);
    }
  }
  return threads;
}

/**
 * Drops from a thread, one at a time, the member that fits the rest of it worst, until every
 * member matches the core of the others under `rule` (a thread grown in time order may have
 * drifted from what its later members share). Returns the dropped members.
 */
export function pruneToCore(thread: StoryCore, slots: readonly HeadlineSlot[], rule: CoreRule): number[] {
  const dropped: number[] = [];
  while (thread.members.length > 1) {
    let worst: { index: number; score: number } | undefined;
    for (const index of thread.members) {
      if (thread.accepts(index, rule, slots[index], true)) continue;
      const fit = thread.match(index, true);
      const score = fit.entity + fit.term;
      if (!worst || score < worst.score || (score === worst.score && index > worst.index)) worst = { index, score };
    }
    if (!worst) break;
    thread.update(worst.index, -1);
    dropped.push(worst.index);
  }
  return dropped;
}
