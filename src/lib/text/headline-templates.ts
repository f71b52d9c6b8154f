import { forEachWord } from './tokenise.ts';

/**
 * Words that join a headline's fixed opening to its subject. In "Statement from NSC Spokesperson
 * Adrienne Watson on the floods" the template ends at "on"; what follows is the story.
 */
const JOINERS = new Set(['on', 'with', 'regarding', 'following', 'to', 'at', 'about', 'for', 'honoring', 'marking', 'celebrating', 'announcing']);

/** Longest headline opening considered, in words. */
const MAX_PREFIX = 10;

/** The least number of headlines an opening must recur in to count as a template. */
export function minTemplateCount(headlines: number): number {
  return Math.max(4, Math.ceil(headlines * 0.002));
}

/**
 * The words of each headline that belong to a recurring template of the archive ("Statement from
 * NSC Spokesperson Adrienne Watson on", "Readout of President Biden's Call with", "FACT SHEET:
 * Biden-Harris Administration Announces"), learned from the archive itself: the longest opening
 * shared by at least `minTemplateCount` headlines, cut after its first joining word when it has
 * one past the second word (so the subject that follows, even a recurring one, stays); with `cut`
 * false, the whole recurring opening ("Remarks as Prepared for Delivery by First Lady Jill Biden").
 * Such words say who speaks and in which format, not what the story is about.
 */
export function findHeadlineTemplates(headlines: readonly string[], cut = true): Array<ReadonlySet<string>> {
  const words = headlines.map((headline) => {
    const list: string[] = [];
    forEachWord(headline, (word) => {
      if (list.length < MAX_PREFIX) list.push(word);
    });
    return list;
  });
  const counts = new Map<string, number>();
  for (const list of words) {
    let key = '';
    for (const word of list) {
      key = key ? `${key} ${word}` : word;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const min = minTemplateCount(headlines.length);
  const none: ReadonlySet<string> = new Set();
  return words.map((list) => {
    let length = 0;
    let key = '';
    for (const word of list) {
      key = key ? `${key} ${word}` : word;
      if ((counts.get(key) ?? 0) < min) break;
      length++;
    }
    // A whole headline that recurs word for word is a series title: all of it is template.
    if (length < 2) return none;
    if (!cut) return new Set(list.slice(0, length));
    const joiner = list.slice(2, length).findIndex((word) => JOINERS.has(word));
    const end = joiner >= 0 ? joiner + 3 : length;
    return new Set(list.slice(0, end));
  });
}

/**
 * True when an entity named wholly inside `template` is the headline's speaker ("Statement from
 * NSC Spokesperson Adrienne Watson on"): the template ends at a joining word, so the subject
 * comes after it. A headline that recurs whole ("Gaza ceasefire talks resume in Doha") has no
 * speaker: its names are its subject.
 */
export function isSpeakerIn(template: ReadonlySet<string> | undefined, nameWords: readonly string[]): boolean {
  if (!template?.size || nameWords.length === 0) return false;
  const last = [...template].at(-1);
  return last !== undefined && JOINERS.has(last) && nameWords.every((word) => template.has(word));
}
