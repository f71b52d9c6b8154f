/**
 * Whether a word names a standing relation between parties rather than something that happened:
 * an abstract noun built with the suffix "-ship" ("partnership", "friendship", "relationship").
 * Such a word is true of two countries every month of the year, so "Vietnam partnership" says
 * which thread it is only vaguely; the event the story's opening headline announces ("Biden’s
 * travel to Vietnam") names it better. English forms these nouns productively, so the suffix
 * decides, not a list; the bare noun "ship" and short
 * compounds ("warship", "airship") are things.
 */
export function isRelationNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return /^\p{L}{4,}ship$/u.test(lower);
}
