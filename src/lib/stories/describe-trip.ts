import { escapeRegExp } from '../text/whole-word.ts';
import { lookUpWord } from '../entities/lexicon.ts';
import { isPersonKind } from './event-word-kind.ts';
import type { OpeningEvent } from './opening-event.ts';

/** One name of a story's subject and its entity type (`place`, `person`, …), if known. */
export interface SubjectName {
  name: string;
  type?: string | undefined;
}

/** The words a headline writes before `owner`'s possessive ("… Phil Gordon’s Trip"), the owner a whole word; undefined when it has none. */
export function wordsBeforeOwner(headline: string, owner: string): string[] | undefined {
  const at = headline.search(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(owner)}['’]s\\s`, 'u'));
  return at < 0 ? undefined : headline.slice(0, at).split(/\s+/).filter(Boolean);
}

/**
 * The name a headline writes before a possessive owner: the given names right before it, as
 * the entity lexicon knows them ("Second Gentleman Tom Okafor’s" → "Tom Okafor"; a title such
 * as "Envoy" is none); undefined when none are.
 */
export function writtenName(headline: string, owner: string): string | undefined {
  if (isPersonKind(owner)) return undefined;
  const words = wordsBeforeOwner(headline, owner);
  if (!words) return undefined;
  const given: string[] = [];
  for (let i = words.length - 1; i >= 0 && /^\p{Lu}\p{Ll}+$/u.test(words[i]!) && lookUpWord(words[i]!.toLowerCase()).given; i--) given.unshift(words[i]!);
  return given.length ? [...given, owner].join(' ') : undefined;
}

/**
 * A journey's name, the way its opening headline announces it: "<traveller>’s <event> to <places>"
 * ("Kamala Harris’s travel to Ghana and Tanzania") when the headline writes "…’s <Event> to" and
 * the story's subject is places with at most one person: the traveller, else the headline's owner
 * ("Biden’s travel to Poland"). A subject of one person alone travels to the places the opening
 * headline names (`destinations`); every place must follow "<event> to" in that headline, or be one
 * of `destinations` the headline writes in other words. "The Travel of Adviser Okafor to Zandia"
 * names Okafor's journey the same way. An owner's surname takes the full name of a person the
 * headline names (`named`), or of the given names it writes before it (`writtenName`): "Tom
 * Okafor’s travel to Zandia". The places of the traveller's later
 * legs (`legs`) follow: "Tom Okafor’s trip to Zandia and Norland". Undefined otherwise: the story is then named "<subject>
 * <event>" ("Angola visit").
 */
export function describeTrip(
  opening: OpeningEvent,
  subject: readonly SubjectName[],
  destinations: readonly string[] = [],
  named: readonly string[] = [],
  legs: readonly string[] = [],
): string | undefined {
  if (opening.preposition !== 'to') return undefined;
  const people = subject.filter(({ type }) => type === 'person');
  const places = subject.filter(({ type }) => type === 'place').map(({ name }) => name);
  if (people.length > 1 || people.length + places.length < subject.length) return undefined;
  const to = places.length > 0 ? places : people.length === 1 ? destinations : [];
  // The places must be where the headline says the journey goes, not a story's other places: written
  // after "to", or named by the headline (`destinations`) in words of its own ("the Republic of
  // Korea" for "South Korea") and not before the journey.
  const headline = opening.headline.toLowerCase();
  const after = opening.after?.toLowerCase() ?? headline.split(` ${opening.word} to `)[1] ?? '';
  const before = headline.slice(0, headline.length - after.length);
  const goesTo = (place: string): boolean => after.includes(place.toLowerCase()) || (destinations.includes(place) && !before.includes(place.toLowerCase()));
  if (!to.every(goesTo)) return undefined;
  // The person of the subject travels if the headline's owner is that person or a title ("the Vice President’s Travel").
  const owner = opening.owner;
  const person = people[0]?.name;
  if (person && owner && !isPersonKind(owner) && !person.toLowerCase().split(/\s+/).includes(owner.toLowerCase())) return undefined;
  // An owner named by surname is named in full when the headline names that person ("Vera Lind"),
  // or writes the given names before it ("Second Gentleman Tom Okafor’s Travel").
  const fullName = owner && (named.find((name) => name.split(/\s+/).at(-1) === owner) ?? writtenName(opening.headline, owner));
  const traveller = person ?? (fullName || owner);
  if (!traveller || to.length === 0) return undefined;
  // The traveller's later legs go on ("Gordon’s Travel to the West Bank" after the trip to Israel).
  const all = [...new Set([...to, ...legs])];
  return `${traveller}’s ${opening.word} to ${all.join(' and ')}`;
}
