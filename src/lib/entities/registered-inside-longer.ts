/** A registered body's name that opens a longer body's name written in full in the same article ("Democratic" of "Democratic Unionist Party"). */
import type { Token } from './tokenise.ts';

// "Democratic Unionist Party Leader Jeffrey Donaldson" in a headline, where the finder only sees
// "Unionist Party" after the registered "Democratic": when the article writes the longer name in
// full ("the Democratic Unionist Party"), the registered word is the first word of that other
// body, not a mention of the registered one.

/** Word keys of tokens [from, to) ("joint", "meeting", "of", "congress"), punctuation left out. */
export function wordKeys(tokens: readonly Token[], from: number, to: number): string[] {
  const keys: string[] = [];
  for (let k = from; k < to; k++) if (tokens[k]?.kind === 'word') keys.push(tokens[k]?.key ?? '');
  return keys;
}

/**
 * True when a registered organisation's match [from, to) is followed by an unregistered
 * organisation's mention (`orgEnds`: where each one that starts at a token ends) and the two
 * together spell the full name of an organisation the article names (`orgNames`, word keys).
 */
export function opensLongerOrgName(
  tokens: readonly Token[],
  from: number,
  to: number,
  orgEnds: ReadonlyMap<number, number>,
  orgNames: ReadonlySet<string>,
): boolean {
  const end = orgEnds.get(to);
  return end !== undefined && orgNames.has(wordKeys(tokens, from, end).join(' '));
}

/** Where each unregistered organisation's mention ends, by its first token, and the word keys of each one's fullest form. */
export function indexOrgNames(
  tokens: readonly Token[],
  groups: readonly { type: string; best: [number, number]; ranges: [number, number][] }[],
): {
  orgEnds: Map<number, number>;
  orgNames: Set<string>;
} {
  const orgEnds = new Map<number, number>();
  const orgNames = new Set<string>();
  for (const g of groups) {
    if (g.type !== 'organization') continue;
    orgNames.add(wordKeys(tokens, g.best[0], g.best[1]).join(' '));
    for (const [from, to] of g.ranges) orgEnds.set(from, to);
  }
  return { orgEnds, orgNames };
}
