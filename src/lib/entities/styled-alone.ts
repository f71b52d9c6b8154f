/** A person the archive names by one word after a one-holder title or a style ("President Eisenhower", "Sheikh Tamim", "Lady Gaga") is somebody, even with no full name anywhere. */
import { HONORIFIC_STYLES, STYLE_TITLES } from './lexicon.ts';
import { nameWords } from './person-names.ts';
import type { Token } from './tokenise.ts';

/** Articles that must style a one-word name before it is tagged without a full name. */
export const MIN_STYLED_ARTICLES = 2;

/** True when tokens [from, to) are one name word right after a one-holder title or a style ("Prime Minister Kishida" counts; "Senator Tuberville" does not). */
export function isStyledAlone(tokens: readonly Token[], from: number, to: number): boolean {
  if (nameWords(tokens.slice(from, to)).length !== 1) return false;
  const title = tokens[from - 1];
  if (title?.kind !== 'word' || !title.upper) return false;
  if (STYLE_TITLES.has(title.key)) return true;
  return title.key === 'minister' && tokens[from - 2]?.key === 'prime';
}

/**
 * Where the name shown for a one-word name starts: at its style of honour when one stands right
 * before it on its own ("Lady Gaga", not "Gaga"; but "First Lady Biden" is Biden), else at `from`.
 */
export function nameStartWithStyle(tokens: readonly Token[], from: number, to: number): number {
  if (nameWords(tokens.slice(from, to)).length !== 1) return from;
  const style = tokens[from - 1];
  const before = tokens[from - 2];
  if (style?.kind !== 'word' || !style.upper || !HONORIFIC_STYLES.has(style.key)) return from;
  return before?.kind === 'word' && before.upper ? from : from - 1;
}
