import { stem } from '../text/index.ts';
import { escapeRegExp, wholeWord } from '../text/whole-word.ts';

// A word followed by "of" in at least this share of its uses in the prose (and twice) is a noun
// that takes its object there: "the 70th anniversary of the alliance".
const MIN_OF_SHARE = 0.75;
// The object's noun phrase runs at most this many words after "of".
const REACH = 4;
// Words that open the object's noun phrase and name none of it.
const OPENERS = /^(?:the|a|an|our|their|its|this|that|\d[\p{L}\p{N}]*|[\p{Lu}][\p{L}.]*[-–][\p{Lu}][\p{L}.-]*)$/u;

// Closed-class words of English that end a noun phrase.
const PHRASE_END = /^(?:of|in|on|at|by|for|with|between|among|and|or|but|to|from|that|which|who|as|is|are|was|were|will|would|has|have|had)$/iu;

/**
 * What a story's one event word is of, when the word is one that names nothing without its object
 * ("anniversary"): the members' prose writes it followed by "of" in at least three uses of four,
 * and the head noun of what follows (its last word before a function word or punctuation: "the
 * 70th anniversary of the U.S.-Zandia Alliance" → "alliance") is, in at least half of those uses
 * (twice at least), the same common noun: one the prose, or else the archive's leads (`archive`, read only then),
 * also write in lower case, not a word of the story's names (`nameStems`). Returns "<object> <word>" ("alliance anniversary"), or
 * undefined when the word stands on its own ("visit", "wildfires").
 */
export function nameEventOf(
  word: string,
  prose: readonly string[],
  nameStems: ReadonlySet<string>,
  archive: () => readonly string[] = () => [],
): string | undefined {
  if (!word || word.includes(' ')) return undefined;
  const uses = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])(\\s+of\\s+((?:\\S+\\s*){0,${REACH + 2}}))?`, 'giu');
  let total = 0;
  const heads = new Map<string, number>();
  let withOf = 0;
  for (const text of prose) {
    for (const match of text.matchAll(uses)) {
      total += 1;
      if (match[1] === undefined) continue;
      withOf += 1;
      const words = (match[2] ?? '').trim().split(/\s+/);
      const phrase: string[] = [];
      for (const written of words) {
        // Openers are skipped; a function word ("between", "and") or punctuation ends the noun phrase.
        const next = written.replace(/[.,;:!?)”"’]+$/u, '');
        if (phrase.length === 0 && OPENERS.test(next)) continue;
        if (!next || PHRASE_END.test(next) || phrase.length >= REACH) break;
        phrase.push(next.replace(/['’]s$/u, ''));
        if (next !== written) break;
      }
      const head = phrase.at(-1)?.toLowerCase();
      if (head) heads.set(head, (heads.get(head) ?? 0) + 1);
    }
  }
  if (withOf < 2 || withOf < MIN_OF_SHARE * total) return undefined;
  const [best] = [...heads].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!best || best[1] < 2 || best[1] * 2 < withOf) return undefined;
  const [head] = best;
  if (nameStems.has(stem(head)) || !(isCommon(head, prose) || isCommon(head, archive()))) return undefined;
  return `${head} ${word}`;
}

// The texts write the word in lower case somewhere: a common noun, not a name.
function isCommon(word: string, prose: readonly string[]): boolean {
  const pattern = wholeWord(word.toLowerCase());
  return prose.some((text) => pattern.test(text));
}
