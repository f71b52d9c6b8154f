/** Whether a "person" nobody introduces is really part of a place's or organisation's name elsewhere in the archive ("Ann Arbor", "Eli Lilly and Company", "Coalition of Kaiser Permanente Unions"). */
import { ORG_HEADS } from './lexicon.ts';

// A two-word capitalised run that no title, speech verb or style ever marks as someone is read as a
// person only by its shape ("Eli Lilly", "Ann Arbor"). When the archive writes the same words as a
// place or an organisation, or as the opening or the field of one's name, that is what they are.

/** Another name that may own a person-shaped name: its lowercase text and what it stands for. */
export interface OwnerName<T> {
  name: string;
  owner: T;
}

/** How the archive's other names read a person-shaped name: it joins `owner`, or it is only part of another name. */
export type OwnerReading<T> = { joins: T } | { inside: true } | undefined;

/** Other names by each of their words, so a person-shaped name is compared with a few names only. */
export function indexNamesByWord<T>(names: Iterable<OwnerName<T>>): Map<string, OwnerName<T>[]> {
  const byWord = new Map<string, OwnerName<T>[]>();
  for (const entry of names) {
    for (const word of new Set(entry.name.split(' '))) {
      let list = byWord.get(word);
      if (!list) byWord.set(word, (list = []));
      list.push(entry);
    }
  }
  return byWord;
}

/** True when `rest` goes on with the same name: a capitalised word ("… National Monument") or "and"/"&" and one head ("… and Company"), not a list ("… and Lockheed Martin"). */
function continuesName(rest: string): boolean {
  if (/^\p{Lu}/u.test(rest)) return true;
  const tail = /^(?:and|&) (\p{Lu}\p{L}*)\.?$/u.exec(rest)?.[1];
  return tail !== undefined && ORG_HEADS.has(tail.toLowerCase());
}

/**
 * Reads `name` (as written) against the other names: the one name it is joins it ("Ann Arbor" the
 * place); unless the person is `introduced`, so does the one name it opens ("Avi Kwa Ame National
 * Monument", "Eli Lilly and Company"), and the field after "of" inside a name ("Coalition of Kaiser
 * Permanente Unions") marks it as part of names only.
 */
export function readNameInOthers<T>(
  name: string,
  byWord: ReadonlyMap<string, readonly OwnerName<T>[]>,
  written: (owner: T) => string,
  introduced: boolean,
): OwnerReading<T> {
  const lower = name.toLowerCase();
  const others = byWord.get(lower.split(' ')[0] ?? '') ?? [];
  const same = others.filter((o) => o.name === lower);
  if (same.length === 1 && same[0]) return { joins: same[0].owner };
  // Someone introduced by a title or as a speaker keeps the name the longer ones are named after.
  if (introduced) return undefined;
  const opened = others.filter((o) => o.name.startsWith(`${lower} `) && continuesName(written(o.owner).slice(lower.length + 1)));
  const [only] = opened;
  if (opened.length === 1 && only) return { joins: only.owner };
  if (opened.length === 0 && others.some((o) => o.name.includes(` of ${lower} `))) return { inside: true };
  return undefined;
}
