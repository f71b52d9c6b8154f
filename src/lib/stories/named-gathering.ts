import { stem } from '../text/index.ts';
import type { ArticleRecord } from '../types.ts';
import type { FeatureTable } from './article-features.ts';
import { canNameEvent } from './event-word-kind.ts';
import { eventKindWeight } from './opening-event.ts';
import { wholeWord } from '../text/whole-word.ts';

// A lead is the summary, else the body's opening: where a release says what the occasion is.
const LEAD_CHARS = 600;

// One to three capitalised words (a name: "NATO", "East Asia", "G20") and a capitalised word after them.
// A plural possessive belongs to the name ("G20 Leaders’ Summit"), written with either apostrophe:
// releases mix the typewriter one and the typographic one.
const NAMED = /(?<![\p{L}\p{N}])((?:[\p{Lu}\p{N}][\p{L}\p{N}.-]*(?:s['’])?\s+){1,3})(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/gu;

function leadOf(article: ArticleRecord | undefined): string {
  return article?.summary || article?.body.slice(0, LEAD_CHARS) || '';
}

/**
 * The named gathering a story's leads share when its headlines name no occasion (readouts of
 * meetings "at the NATO Summit in Vilnius"): a name followed by a word the archive's headlines use
 * as a kind of event (`eventKindWeight`: "Summit") and can name one (`canNameEvent`), no word of
 * the story's names (`nameStems`: "United Kingdom" is a country), written the same way in two leads at least
 * and named, in full or by its body alone ("the G20"), in at least half of the members' leads. Returned as the lead writes the name and the kind in lower case
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
    const lead = leadOf(article);
    const seen = new Set<string>();
    for (const match of lead.matchAll(NAMED)) {
      const words = (match[1] ?? '').trim().split(/\s+/);
      // "The NATO Summit": a sentence's capitalised article is no part of the name.
      while (words.length && /^(the|a|an|on|at|in|of)$/i.test(words[0]!)) words.shift();
      // "2023 G20 Summit" and "G20 Leaders’ Summit" are the G20 summit: a year before the name
      // and a plural possessive after it describe this meeting of the gathering, not its name.
      if (words.length > 1 && /^\d{4}$/.test(words[0]!)) words.shift();
      if (words.length > 1 && /s['’]$/.test(words.at(-1)!)) words.pop();
      const kind = (match[2] ?? '').toLowerCase();
      // The kind is no word of the story's names ("United Kingdom") and can name what happened.
      if (!words.length || nameStems.has(stem(kind)) || eventKindWeight(table, stem(kind)) === 0 || !canNameEvent(kind, [])) continue;
      const name = `${words.join(' ')} ${kind}`;
      if (!seen.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
      seen.add(name);
    }
  }
  // Once two leads name the gathering in full, a lead that names only its body ("on the sidelines
  // of the G20 in New Delhi") speaks of the same occasion and supports it too.
  let best: [string, number] | undefined;
  for (const [name, count] of counts) {
    if (count < 2) continue;
    const body = wholeWord(name.slice(0, name.lastIndexOf(' ')));
    const support = members.filter((index) => body.test(leadOf(articles[index]))).length;
    if (support * 2 >= members.length && (!best || support > best[1])) best = [name, support];
  }
  return best?.[0];
}
