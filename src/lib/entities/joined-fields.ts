/** "Trade and Development Agency", "Alcohol and Tobacco Tax and Trade Bureau": a head after two fields joined by "and" names one body, not a description like "Trade Agency". */
import { HEAD_LINKS, ORG_HEADS } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// A description names a body by one field ("the Foreign Ministry", "a Development Agency"); a body
// whose remit is two fields joined by "and" before its head is named, not described: no one writes
// "the Trade and Development Agency" for any agency that works on trade and development.

/**
 * True when tokens [from, to), outside registered names (`covered`), end in a singular head and hold
 * an "and" (or "&") between two capitalised words, with no "of", "for" or "on" (those make "Ministry
 * of Trade and Industry", which the lead-word rules read).
 */
export function isJoinedFieldsName(tokens: readonly Token[], covered: Int32Array, from: number, to: number): boolean {
  const last = tokens[to - 1];
  if (last?.kind !== 'word' || !ORG_HEADS.has(last.key) || covered[to - 1] !== -1) return false;
  for (let k = from + 1; k < to - 2; k++) {
    const t = tokens[k];
    if (HEAD_LINKS.has(t?.key ?? '')) return false;
    if ((t?.key === 'and' || t?.key === '&') && covered[k - 1] === -1 && tokens[k - 1]?.upper && tokens[k + 1]?.upper && covered[k + 1] === -1) return true;
  }
  return false;
}
