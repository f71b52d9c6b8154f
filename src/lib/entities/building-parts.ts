/** "South Lawn", "East Wing", "South Grounds": a side of a building's grounds is part of that building, not a place an editor tags; the building is the entity. */
import { BUILDING_PARTS, isDirection } from './lexicon.ts';
import type { Token } from './tokenise.ts';

/** True when the words are a compass direction and a part of a building's grounds ("South Lawn"). */
export function isBuildingPart(words: readonly Token[]): boolean {
  const [side, part] = words;
  return words.length === 2 && side !== undefined && part !== undefined && isDirection(side.key) && BUILDING_PARTS.has(part.key);
}
