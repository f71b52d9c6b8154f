/** A named facility ("Haneda Airport") is also named by its own word alone ("Haneda's runways"): that word is a short form of the place. */
import { FACILITY_HEADS, isPlaceHead, lookUpWord } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// Stories name an airport or a dam in full once and then by its own word ("Tokyo's Haneda Airport …
// all of Haneda's runways"). Only a word no list knows counts: "Imperial Dam" is not "Imperial", and
// "Logan International Airport" keeps its full name.

/** The own word of a facility's two-word name ("haneda" of "Haneda Airport"), when it is a word no list knows; undefined otherwise. */
export function facilityShortKey(tokens: readonly Token[], from: number, to: number): string | undefined {
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word');
  const [own, head] = words;
  if (words.length !== 2 || !own || !head || !FACILITY_HEADS.has(head.key) || !own.upper || own.allCaps) return undefined;
  const info = lookUpWord(own.key);
  return info.common || info.plain || info.place || info.given || info.surname || info.function || info.demonym || info.org ? undefined : own.key;
}

/**
 * True when a facility's head follows a river's or a lake's name ("Lower Snake River Dams", "Bear Lake
 * Dam"): a place, even when the name's own words are everyday words.
 */
export function isFacilityOnNamedWater(words: readonly Token[]): boolean {
  const head = words[words.length - 1];
  const water = words[words.length - 2];
  if (words.length < 3 || !head || !water || !FACILITY_HEADS.has(head.key) || !isPlaceHead(water.key)) return false;
  return words.slice(0, -1).every((w) => w.upper && !w.allCaps && !lookUpWord(w.key).function);
}
