import { stem } from '../text/index.ts';
import type { ArticleRecord } from '../types.ts';
import type { FeatureTable } from './article-features.ts';
import { canNameEvent } from './event-word-kind.ts';
import { eventKindWeight } from './opening-event.ts';

// A lead is the summary, else the body's opening: where a release says what the occasion is.
const LEAD_CHARS = 600;

// One to three capitalised words (a name: "NATO", "East Asia", "G20") and a capitalised word after them.
const NAMED = /(?<![\p{L}\p{N}])((?:[\p{Lu}\p{N}][\p{L}\p{N}.-]*\s+){1,3})(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/gu;

/**
 * The named gathering a story's leads share when its headlines name no occasion (readouts of
 * meetings "at the NATO Summit in Vilnius"): a name followed by a word the archive's headlines use
 * as a kind of event (`eventKindWeight`: "Summit") and can name one (`canNameEvent`), no word of
 * the story's names (`nameStems`: "United Kingdom" is a country), written the same way in at least half of the
 * members' leads (two at least). Returned as the lead writes the name and the kind in lower case
 * ("NATO summit"); undefined when no such gathering is shared.
 */
export function pickNamedGathering(
  members: readonly number[],
  articles: readonly ArticleRecord[],
  table: FeatureTable,
  nameStems: ReadonlySet<string>,
): string | undefined {
  const counts = new Map<string, number>();
  for (const index of members) {
    const article = articles[index];
    const lead = article?.summary || article?.body.slice(0, LEAD_CHARS) || '';
    const seen = new Set<string>();
    for (const match of lead.matchAll(NAMED)) {
      const words = (match[1] ?? '').trim().split(/\s+/);
      // "The NATO Summit": a sentence's capitalised article is no part of the name.
      while (words.length && /^(the|a|an|on|at|in|of)$/i.test(words[0]!)) words.shift();
      const kind = (match[2] ?? '').toLowerCase();
      // The kind is no word of the story's names ("United Kingdom") and can name what happened.
      if (!words.length || nameStems.has(stem(kind)) || eventKindWeight(table, stem(kind)) === 0 || !canNameEvent(kind, [])) continue;
      const name = `${words.join(' ')} ${kind}`;
      if (!seen.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
      seen.add(name);
    }
  }
  let best: [string, number] | undefined;
  for (const entry of counts) if (entry[1] >= 2 && entry[1] * 2 >= members.length && (!best || entry[1] > best[1])) best = entry;
  return best?.[0];
}
