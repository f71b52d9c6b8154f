import { stem } from '../text/index.ts';
import type { ArticleRecord } from '../types.ts';
import type { FeatureTable } from './article-features.ts';
import { possessiveOf, type ArchiveText } from './archive-text.ts';
import { canNameEvent, isPersonKind, isPlural } from './event-word-kind.ts';
import { eventKindWeight } from './opening-event.ts';
import { countNounUse } from './noun-use.ts';

// A kind of gathering is written after the possessive of its participants ("Leaders’ Summit") by
// at least this many of the archive's headlines: one headline's "Leaders’ Vision Statement" is a
// document's name, not a kind of meeting.
const MIN_ARCHIVE_HEADLINES = 3;

/**
 * What a story named by its participants is: a kind of people after a body's name ("G7 leaders",
 * from "G7 Leaders’ Statement on …") says who met, not what happened, so the story is their
 * gathering: "G7 leaders’ meeting". Its kind is the word a member's headline writes right after
 * the participants' possessive ("Quad Leaders’ Summit") when the archive's headlines write that
 * word there often (`MIN_ARCHIVE_HEADLINES`), use it as a kind of event (`eventKindWeight`), and
 * the members' prose uses it as a noun ("at the Leaders’ Summit.", not "a Joint Statement");
 * else "meeting", which is what participants issuing statements together did. Returns the event
 * phrase ("leaders’ summit"), or undefined when `event` is not a plural kind of people.
 */
export function nameParticipantsMeeting(
  event: string,
  members: readonly number[],
  articles: readonly ArticleRecord[],
  table: FeatureTable,
  archive: ArchiveText,
  prose: readonly string[],
): string | undefined {
  if (!event || event.includes(' ') || !isPersonKind(event) || !isPlural(event)) return undefined;
  const inArchive = archive.wordsAfterPossessive(event);
  const after = possessiveOf(event, 'iu');
  const counts = new Map<string, number>();
  for (const index of members) {
    const next = after.exec(articles[index]?.title ?? '')?.[1]?.toLowerCase();
    if (!next || (inArchive.get(next) ?? 0) < MIN_ARCHIVE_HEADLINES || eventKindWeight(table, stem(next)) === 0 || !canNameEvent(next, [])) continue;
    // A modifier of the document's name ("Leaders’ Joint Statement") is never a noun of the prose.
    if (countNounUse(next, prose).noun === 0 && countNounUse(`${next[0]!.toUpperCase()}${next.slice(1)}`, prose).noun === 0) continue;
    counts.set(next, (counts.get(next) ?? 0) + 1);
  }
  const [kind] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ['meeting'];
  return `${event}${event.endsWith('s') ? '’' : '’s'} ${kind}`;
}
