/** A generational suffix written after a comma ("Jerry Edwards, Jr.") belongs to the name before it. */
import { isPronoun, lookUpWord, NAME_SUFFIXES } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// Style guides write "Jr." and "Sr." both with and without a comma. Without one the suffix is just
// another capitalised word of the run; with one, the comma would end the run and leave the name
// without its suffix, so the same person would be named "Jerry Edwards" here and "Jerry Edwards Jr."
// by an editor. Only a suffix after a person-shaped word is taken: a company's ", Inc." is no suffix.

/**
 * Index just past ", Jr" when the comma at `k` is followed by a generational suffix, written as
 * a capitalised word (its full stop is left to the caller); `k` when there is none.
 */
export function endOfSuffixAfterComma(tokens: readonly Token[], k: number): number {
  const comma = tokens[k];
  const before = tokens[k - 1];
  const suffix = tokens[k + 1];
  if (comma?.kind !== 'punct' || comma.key !== ',' || before?.kind !== 'word' || !before.upper || before.core.length < 2) return k;
  if (suffix?.kind !== 'word' || !suffix.upper || !NAME_SUFFIXES.has(suffix.key)) return k;
  // "Louis XIV, II": a suffix needs a name word before it, not a number or another suffix.
  if (NAME_SUFFIXES.has(before.key) || lookUpWord(before.key).function) return k;
  return k + 2;
}

/** True when the full stop at `dot` closes a suffix ("Jr.") and also its sentence: an ordinary word opens the next one ("… Bentsen, Jr. In 1988"). */
export function isSentenceEndAfterSuffix(tokens: readonly Token[], dot: number): boolean {
  const suffix = tokens[dot - 1];
  const next = tokens[dot + 1];
  if (tokens[dot]?.key !== '.' || suffix?.kind !== 'word' || !NAME_SUFFIXES.has(suffix.key)) return false;
  return next?.kind === 'word' && next.upper && (lookUpWord(next.key).function || isPronoun(next.key));
}
