/** A story's background: the events its articles recall from well before its first article. */
import { DAY_MS } from '../time/index.ts';
import { eventDays } from './build-story-timeline.ts';
import type { StoryTimelineEntry } from './types.ts';

type EventEntry = Extract<StoryTimelineEntry, { kind: 'event' }>;

// An event this long before a story's first article is its background, not its first development
// ("envoys arrived on the 19th" the day before the first report belongs to the story).
const BACKGROUND_DAYS = 30;

/**
 * A story's timeline in two parts: the background, events its articles recall from well before its
 * first article ("When the leaders announced the partnership in September 2021"), and how it
 * developed, from shortly before the first article on.
 */
export function splitBackground(entries: readonly StoryTimelineEntry[]): { background: EventEntry[]; developments: StoryTimelineEntry[] } {
  const first = entries.find((entry) => entry.kind === 'article');
  const cutoff = first ? Date.parse(first.day) - BACKGROUND_DAYS * DAY_MS : -Infinity;
  const before = (entry: StoryTimelineEntry): entry is EventEntry => entry.kind === 'event' && Date.parse(eventDays(entry.date, entry.end)[1]) < cutoff;
  return { background: entries.filter(before), developments: entries.filter((entry) => !before(entry)) };
}
