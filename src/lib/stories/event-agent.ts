import { escapeRegExp } from '../text/whole-word.ts';

// An agent is written right before the event in at least this many headlines ("Hamas Terrorist
// Attacks", "Zandia’s Invasion"): once may be a headline's chance wording.
const MIN_HEADLINES = 2;
// The prepositions that tie an event to whom it befalls ("attacks on", "invasion of").
const PREPOSITIONS = ['on', 'against', 'in', 'of', 'to', 'with'];

/**
 * Who did what a story's event names, and to whom, the way the headlines write it: a name outside
 * the story's subject (`others`) written right before the event, as a possessive or a modifier, in
 * at least two headlines ("Hamas Terrorist Attacks", "Hamas’ Terrorist Attacks Against Israel"),
 * and the preposition most headlines write between the event and the subject's name ("attacks
 * against Israel"). Returns the story's name without its period ("Hamas’s terrorist attacks
 * against Israel"), or undefined when no agent or no such preposition is written: the story is
 * then named "<subject> <event>".
 */
export function nameEventAgent(event: string, subject: string, others: readonly string[], headlines: readonly string[]): string | undefined {
  if (!event || !subject) return undefined;
  const eventPattern = escapeRegExp(event).replace(/\s+/g, '\\s+');
  // A plain search first: a pattern is compiled only for a name two headlines with the event hold.
  const lower = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ');
  const lowerEvent = lower(event);
  const withEvent = headlines.map(lower).filter((headline) => headline.includes(lowerEvent));
  if (withEvent.length < MIN_HEADLINES) return undefined;
  let agent: [string, number] | undefined;
  for (const name of others) {
    const lowerName = lower(name);
    if (withEvent.filter((headline) => headline.includes(lowerName)).length < MIN_HEADLINES) continue;
    const before = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?:['’]s?)?\\s+${eventPattern}(?![\\p{L}\\p{N}])`, 'iu');
    const count = headlines.filter((headline) => before.test(headline)).length;
    if (count >= MIN_HEADLINES && (!agent || count > agent[1])) agent = [name, count];
  }
  if (!agent) return undefined;
  const tied = new RegExp(`${eventPattern}\\s+(${PREPOSITIONS.join('|')})\\s+(?:the\\s+)?${escapeRegExp(subject)}(?![\\p{L}\\p{N}])`, 'iu');
  const counts = new Map<string, number>();
  for (const headline of headlines) {
    const preposition = tied.exec(headline)?.[1]?.toLowerCase();
    if (preposition) counts.set(preposition, (counts.get(preposition) ?? 0) + 1);
  }
  const [preposition] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
  return preposition ? `${agent[0]}’s ${event} ${preposition} ${subject}` : undefined;
}
