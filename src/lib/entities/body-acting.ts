/** A body the copy has act ("White House officials discussed …", "the White House released …"), not one it names as a venue. */
import { PREPOSITIONS } from './lexicon.ts';
import type { Token } from './tokenise.ts';
import type { AmbiguityRule } from './types.ts';

// A body acts through its people, named right after it, or as the subject of a verb. A preposition
// before the name makes it the end of another phrase, whose head is the subject: "the Committee for
// the Preservation of the White House is …", "the announcement from the White House is …".

function isLowercaseWordIn(token: Token | undefined, words: readonly string[] | undefined): boolean {
  return words !== undefined && token?.kind === 'word' && !token.upper && words.includes(token.key);
}

/** True when the copy has the body named at tokens [from, to) act, as `rule`'s words say. */
export function isBodyActing(tokens: readonly Token[], from: number, to: number, rule: AmbiguityRule): boolean {
  if (isLowercaseWordIn(tokens[to], rule.actingBefore)) return true;
  if (!isLowercaseWordIn(tokens[to], rule.subjectBefore)) return false;
  const before = tokens[from - 1]?.key === 'the' ? tokens[from - 2] : tokens[from - 1];
  return !PREPOSITIONS.has(before?.key ?? '');
}
