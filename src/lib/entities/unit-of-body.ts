/** "White House Office of Public Engagement": a body's unit, named after the body's own name. */
import { ORG_HEADS, ORG_LEADS } from './lexicon.ts';
import type { Token } from './tokenise.ts';

/** True when the word before `k` is a body's own head ("House" of "White House", "Department"): what `k` opens belongs to that body. */
export function followsBodyHead(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return before?.kind === 'word' && before.upper && (ORG_LEADS.has(before.key) || ORG_HEADS.has(before.key));
}

/**
 * Where a body's unit starts after the body's own name ("Office" of "White House Office of Public
 * Engagement": the Office of Public Engagement of the White House), -1 when there is none: a head
 * that opens a name with "of" and a capitalised field, right after a body's own head.
 */
export function startOfNamedUnit(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 1; k < to - 2; k++) {
    const head = tokens[k];
    const field = tokens[k + 2];
    if (head?.kind !== 'word' || !head.upper || !ORG_LEADS.has(head.key) || tokens[k + 1]?.key !== 'of' || !followsBodyHead(tokens, k)) continue;
    if (field?.kind === 'word' && field.upper && !field.allCaps) return k;
  }
  return -1;
}
