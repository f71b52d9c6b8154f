/** One capitalised everyday word right after a title ("Secretary Fudge", "Ambassador Rice") may be a surname; the archive decides whose. */
import { isEverydayCapital } from './everyday-word.ts';
import {
  isDirection,
  isMonth,
  isPlaceHead,
  isWeekday,
  lookUpWord,
  NAME_CONNECTORS,
  NOUN_TITLES,
  ORG_HEADS,
  TITLE_DOMAIN_WORDS,
  TITLE_WORDS,
} from './lexicon.ts';
import { looksPlural } from './registered-in-other-number.ts';
import type { Token } from './tokenise.ts';

// The everyday-word test keeps "Secretary Energy" style phrases out of people's names, but it also
// drops surnames that are dictionary words ("Fudge", "Rice", "Power"). Alone after a title such a
// word is only a short form: the cross-article rule credits it to the one full name the archive
// gives that surname (`dominantFullName`) and tags nothing when there is none (`isSurnameAlone`).

/**
 * True when titled name words are one everyday word right after its title ("Secretary Fudge") that
 * can be a surname: no title, field, head, place, month, adjective or grammar word.
 */
export function isTitledSurnameAlone(tokens: readonly Token[], from: number, words: readonly Token[]): boolean {
  const [w] = words;
  const title = tokens[from - 1];
  if (words.length !== 1 || !w || w !== tokens[from] || !w.upper || w.allCaps || w.core.length < 3) return false;
  if (title?.kind !== 'word' || !title.upper || title.possessive || !TITLE_WORDS.has(title.key) || NOUN_TITLES.has(title.key)) return false;
  // A title that is also an adjective opens a post or a kind of thing ("General Counsel", "Chief Economist").
  if (lookUpWord(title.key).adjective) return false;
  // "Ambassador Extraordinary and Plenipotentiary": the post's name runs on after a connector with
  // another everyday word (not "Secretary Fudge and HUD", "… and Mayor Bass").
  const next = tokens[from + 1];
  const more = tokens[from + 2];
  if (next?.kind === 'word' && !next.upper && NAME_CONNECTORS.has(next.key) && isEverydayCapital(more, { except: (key) => TITLE_WORDS.has(key) })) return false;
  // "Member States", "Senior Officials": a plural is a group, never one surname.
  if (looksPlural(w.key) && lookUpWord(w.key.slice(0, -1)).plain) return false;
  const k = w.key;
  if (TITLE_WORDS.has(k) || TITLE_DOMAIN_WORDS.has(k) || ORG_HEADS.has(k) || isPlaceHead(k) || isDirection(k) || isMonth(k) || isWeekday(k)) return false;
  const info = lookUpWord(k);
  return !info.function && !info.place && !info.demonym && !info.org && !info.adjective;
}
