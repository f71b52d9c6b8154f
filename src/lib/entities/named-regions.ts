/** A region named by a world region or a nationality and a compass point ("Pacific Northwest", "American West"): a place. */
import { lookUpWord, REGION_WORDS } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// A compass point closes no person's name and no body's; after an ocean, a continent or a nationality
// it names the part of that region ("the Pacific Northwest", "the American West"). The point must be a
// noun ("West", "Northwest"), not an adjective ("Western"), and the first word no one's name ("Tom West").

const COMPASS_POINTS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);

/**
 * True when two words starting at token `from` are a world region or a nationality, then a compass
 * point; not after "of", where they end a body's name ("Writers Guild of America West").
 */
export function isNamedRegion(tokens: readonly Token[], from: number, words: readonly Token[]): boolean {
  const [first, point] = words;
  if (words.length !== 2 || !first || !point || first.possessive || first.allCaps || !COMPASS_POINTS.has(point.key)) return false;
  if (tokens[from - 1]?.key === 'of') return false;
  const info = lookUpWord(first.key);
  return (REGION_WORDS.has(first.key) || info.demonym) && !info.given && !info.surname;
}
