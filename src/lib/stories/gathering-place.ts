import { stem } from '../text/index.ts';
import type { ArticleRecord } from '../types.ts';
import { wholeWord } from '../text/whole-word.ts';
import { headlineAndLead, type ArchiveText } from './archive-text.ts';

// "at Camp David", "at the Lake Retreat": one to three capitalised words after "at".
const AT_NAME = /(?<![\p{L}\p{N}])at\s+(?:the\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})(?![\p{L}\p{N}])/gu;

/**
 * The place a story's gathering is named by ("the summit at Camp David", "the Camp David Summit"):
 * a capitalised name the members' headlines and leads put after "at", that at least half of the
 * members name (two at least), that one member writes right beside the story's event word ("summit
 * at Camp David", "Camp David Summit"), and that the archive names mostly in this story (more than
 * half of the documents naming it are members). The last test keeps places every release names
 * ("at the White House") out: a retreat or a town that hosts one summit is that summit's name. No
 * word of the place is a word of the story's names (`nameStems`: the countries that met) or the
 * event itself. The same test takes an occasion's own name written after "at" ("Remarks at Bright
 * Futures Celebration": "Bright Futures celebration"), which names it as well. Undefined when no
 * such place is shared. `archive` counts a name's documents once per archive.
 */
export function pickGatheringPlace(
  event: string,
  members: readonly number[],
  articles: readonly ArticleRecord[],
  nameStems: ReadonlySet<string>,
  archive: ArchiveText,
): string | undefined {
  if (!event || event.includes(' ')) return undefined;
  const texts = members.map((index) => headlineAndLead(articles[index]));
  const candidates = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(AT_NAME)) candidates.add(match[1]!.replace(/\s+/g, ' '));
  let best: [string, number] | undefined;
  for (const name of candidates) {
    const words = name.toLowerCase().split(' ');
    if (words.some((word) => nameStems.has(stem(word)) || stem(word) === stem(event))) continue;
    const pattern = wholeWord(name);
    const support = texts.filter((text) => pattern.test(text)).length;
    if (support < 2 || support * 2 < members.length) continue;
    const beside = new RegExp(`${wholeWord(event).source}\\s+at\\s+(?:the\\s+)?${pattern.source}|${pattern.source}\\s+${wholeWord(event).source}`, 'iu');
    if (!texts.some((text) => beside.test(text))) continue;
    if (support * 2 <= archive.countNaming(name)) continue;
    if (!best || support > best[1]) best = [name, support];
  }
  return best?.[0];
}
