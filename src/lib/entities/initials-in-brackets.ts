/** A body introduced with its initials in brackets ("the Harbour Safety Agency (HSA)"): copy that defines a short form names the body on purpose. */
import type { Token } from './tokenise.ts';

// A writer who spells out a body and gives its initials in brackets is introducing it for the
// reader, as a title introduces a person: the body is what the article is about, even if the short
// form never comes back. The letters must be the name's initials (of its capitalised words, or of
// all its words, in any order: a body named in another language keeps its own initials), so a code in
// brackets that is no short form ("(FY24)", "(PDF)") introduces nothing.

/** Initials of a name's capitalised words and of all its words ("HSA" for "Harbour Safety Agency", "BFC" or "BC" for "Bank for Cod"). */
function initialsOf(words: readonly Token[]): string[] {
  const all = words.filter((t) => t.key !== 'the');
  const capitals = all.filter((t) => t.upper);
  const initials = (list: readonly Token[]): string => list.map((t) => t.core.charAt(0).toUpperCase()).join('');
  return [initials(capitals), initials(all)];
}

/** The word in capitals written in brackets from token `at` on ("(HSA)"), if any. */
export function initialsInBracketsAt(tokens: readonly Token[], at: number): Token | undefined {
  const code = tokens[at + 1];
  if (tokens[at]?.key !== '(' || tokens[at + 2]?.key !== ')' || code?.kind !== 'word' || !code.allCaps) return undefined;
  return code;
}

/** True when tokens [from, to) are a name of two words or more followed by its initials in brackets, three letters or more. */
export function isIntroducedByInitials(tokens: readonly Token[], from: number, to: number): boolean {
  const code = initialsInBracketsAt(tokens, to);
  if (!code || code.core.length < 3) return false;
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word');
  // "Democratic Forces for the Liberation of Rwanda (FDLR)": a body's initials in its own language come in another order.
  const letters = (s: string): string => [...s.replace(/\./g, '')].sort().join('');
  return words.length >= 2 && initialsOf(words).some((initials) => letters(initials) === letters(code.core));
}
