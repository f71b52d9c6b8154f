/** A city named after a registered place and "City" ("Mexico City", "Kuwait City") is a place of its own, and no mention of the registered one. */
import type { NameGroup } from './find-names.ts';
import type { Token } from './tokenise.ts';

// "Prime Minister Trudeau met the President in Mexico City" is about a meeting in a capital, not about
// Mexico; the name finder reads "Mexico City" as a place of its own. A region named with its place
// ("the Indo-Pacific Region", "the Sahel Region") is that place, so only "City" counts here.

/**
 * 1 for tokens inside an unregistered city's name made of a registered place's and "City" ("Mexico
 * City", "Kuwait City"). Not a region's ("Indo-Pacific Region", "Sahel Region"): that is the place itself.
 */
export function markCitiesNamedAfter(tokens: readonly Token[], groups: readonly NameGroup[]): Uint8Array {
  const at = new Uint8Array(tokens.length + 1);
  for (const g of groups) if (g.type === 'place') for (const [from, to] of g.ranges) if (to - from >= 2 && tokens[to - 1]?.key === 'city') at.fill(1, from, to);
  return at;
}
