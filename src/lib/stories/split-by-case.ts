import { findCitedCase } from './case-name.ts';

// A ruling is often reported beside the precedent it overturns (one decision, two citations);
// this many different cases in one thread make a round of rulings.
const ROUND_OF_CASES = 3;

/**
 * Splits a thread whose headlines cite three or more court cases: a round of rulings on different
 * cases shares the word "ruling", not a story. Each case keeps the members that cite it; members
 * that cite none go with no case. A thread citing fewer cases is returned whole.
 * Returns the groups, oldest member first, in the order of their first member.
 */
export function splitByCase(members: readonly number[], headlines: readonly string[]): number[][] {
  const byCase = new Map<string, number[]>();
  for (const index of members) {
    const cited = findCitedCase(headlines[index] ?? '');
    if (cited === undefined) continue;
    const group = byCase.get(cited);
    if (group) group.push(index);
    else byCase.set(cited, [index]);
  }
  if (byCase.size < ROUND_OF_CASES) return [[...members]];
  return [...byCase.values()];
}
