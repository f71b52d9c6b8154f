import { JOURNEY } from './journey-days.ts';

/**
 * The places of a journey's later legs: those named by every headline after the story's first
 * that reports a journey of the same traveller (`owner`: "Gordon’s Travel to the West Bank" after
 * "Gordon’s Trip to Israel"), each once, in the order the headlines name them (`placesOf` gives a
 * member's places in that order; `headlineOf` a member's headline). None without an owner.
 */
export function listLaterLegs(
  members: readonly number[],
  headlineOf: (index: number) => string,
  placesOf: (index: number) => string[],
  owner: string | undefined,
): string[] {
  const places = new Set<string>();
  if (!owner) return [];
  for (const index of members.slice(1)) {
    if (JOURNEY.exec(headlineOf(index))?.[1] !== owner) continue;
    for (const place of placesOf(index)) places.add(place);
  }
  return [...places];
}
