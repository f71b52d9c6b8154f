import type { ArticleRecord } from '../types.ts';

/**
 * A gathering's name leaves out the people who only attend it. When a headline writes the event
 * right after one of the subject's bodies or places ("the U.S.-ASEAN Summit"), the event is that
 * body's, and a person beside it in the subject ("Kamala Harris", who took part) is not what the
 * story is about: "ASEAN summit", not "ASEAN and Kamala Harris summit". `subject` is in headline
 * order; `typeOf` gives each name's entity type. The subject is returned unchanged otherwise.
 */
export function dropAttendees(
  subject: readonly string[],
  event: string,
  typeOf: ReadonlyMap<string, string | undefined>,
  members: readonly number[],
  articles: readonly ArticleRecord[],
): string[] {
  const people = subject.filter((name) => typeOf.get(name) === 'person');
  const owners = subject.filter((name) => typeOf.get(name) !== 'person');
  if (!event || people.length === 0 || owners.length === 0) return [...subject];
  const headlines = members.map((index) => articles[index]?.title.toLowerCase() ?? '');
  const owned = owners.filter((name) => headlines.some((title) => title.includes(`${name.toLowerCase()} ${event.toLowerCase()}`)));
  return owned.length > 0 ? owned : [...subject];
}
