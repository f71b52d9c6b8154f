/** Whether a word stands inside quotation marks opened earlier in its paragraph: someone's own words, not the copy's. */
import type { Token } from './tokenise.ts';

const OPENING_QUOTES = new Set(['“', '‘']);
const CLOSING_QUOTES = new Set(['”', '’']);
const STRAIGHT_QUOTES = new Set(['"']);

/** True when the token at `k` stands inside quotation marks opened earlier in its paragraph. */
export function isInsideQuotes(tokens: readonly Token[], k: number): boolean {
  let straight = 0;
  for (let i = k - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!t || t.kind === 'break') break;
    if (t.kind !== 'punct') continue;
    if (OPENING_QUOTES.has(t.key) && straight === 0) return true;
    if (CLOSING_QUOTES.has(t.key) && straight === 0) return false;
    if (STRAIGHT_QUOTES.has(t.key)) straight += 1;
  }
  return straight % 2 === 1;
}
