/** "Master of Business Administration", "Bachelor of Science": a degree named like a body is no organisation. */
import { DEGREE_WORDS } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// A degree's name ends in a field, and the field may end in a head ("Administration", "Policy
// Studies") or be a school's subject, so the head rules read it as a body. A degree word before
// "of" opens a degree; people are not "of" anything in such a name ("Doctor of Philosophy").

/** True when the words [from, to) open with a degree and "of" ("Master of Public Administration"). */
export function isDegreeName(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  return to - from >= 3 && first?.kind === 'word' && first.upper && DEGREE_WORDS.has(first.key) && tokens[from + 1]?.key === 'of';
}
