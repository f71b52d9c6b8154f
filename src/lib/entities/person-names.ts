/** How a person's name is built: its name words, surname and given names, and the short forms that stand for it ("Blinken", "Yoon"). */
import { isFamilyNameFirst, isMonth, lookUpWord, NAME_CONNECTORS, NAME_SUFFIXES, NICKNAMES } from './lexicon.ts';
import { tokeniseWithOffsets, type Token } from './tokenise.ts';

/** The parts of a person's name that decide whether two forms are the same person. */
export interface PersonNameKey {
  /** Lowercase family name ("blinken", "yoon"). */
  surname: string;
  /** Lowercase given name, possibly empty ("antony", "suk yeol"). */
  given: string;
}

/** The name words of a person's name, without initials, suffixes, particles and lowercase hyphen tails ("-sung"). */
export function nameWords(tokens: readonly Token[]): Token[] {
  return tokens.filter(
    (t, i) => t.kind === 'word' && t.core.length > 1 && !NAME_SUFFIXES.has(t.key) && !NAME_CONNECTORS.has(t.key) && !(!t.upper && tokens[i - 1]?.key === '-'),
  );
}

/** True when a name puts the family name first ("Kim Jong Un", "Xi Jinping", not "Kim Kardashian"). */
export function isFamilyFirst(words: readonly Token[]): boolean {
  const first = words[0];
  if (!first || words.length < 2 || !isFamilyNameFirst(first.key)) return false;
  return words.length >= 3 || !lookUpWord(first.key).given;
}

/** Surname and given name of a person's name words. */
export function personNameKey(words: readonly Token[]): PersonNameKey | undefined {
  if (words.length === 0) return undefined;
  if (words.length === 1) return { surname: words[0]?.key ?? '', given: '' };
  if (isFamilyFirst(words)) {
    return {
      surname: words[0]?.key ?? '',
      given: words
        .slice(1)
        .map((w) => w.key)
        .join(' '),
    };
  }
  return { surname: words[words.length - 1]?.key ?? '', given: words[0]?.key ?? '' };
}

/** The same two-word name read in the other order ("Kishida Fumio" ↔ "Fumio Kishida"); undefined for longer or one-word names. */
export function swapNameOrder(key: PersonNameKey): PersonNameKey | undefined {
  if (key.given === '' || key.given.includes(' ')) return undefined;
  return { surname: key.given, given: key.surname };
}

/** Surname-like short forms of a full name: the family name, and the last word. */
export function personShortForms(name: string): string[] {
  const words = nameWords(tokeniseWithOffsets(name));
  if (words.length < 2) return [];
  const forms: string[] = [];
  const last = words[words.length - 1];
  const first = words[0];
  if (first && isFamilyFirst(words)) forms.push(first.core);
  if (last && last.core.length >= 3 && !isMonth(last.key) && !isFamilyFirst(words)) {
    const info = lookUpWord(last.key);
    if (!info.common || info.surname) forms.push(last.core);
  }
  return forms;
}

/** True when two spellings of a given name agree directly ("Tony" and "Antony", "" and any). */
function spellingsAgree(a: string, b: string): boolean {
  if (a === b || a === '' || b === '') return true;
  if (a.length < 2 || b.length < 2) return a.charAt(0) === b.charAt(0);
  return a.startsWith(b) || b.startsWith(a) || (Math.min(a.length, b.length) >= 3 && (a.includes(b) || b.includes(a)));
}

/** True when two given names can be the same person ("Tony" and "Antony", "Joe" and "Joseph", "" and any). */
export function givenNamesAgree(a: string, b: string): boolean {
  const fullA = NICKNAMES[a] ?? [a];
  const fullB = NICKNAMES[b] ?? [b];
  // A nickname may stand for several names ("Steve": Steven or Stephen): any of them agrees.
  return [a, ...fullA].some((x) => [b, ...fullB].some((y) => spellingsAgree(x, y)));
}

/** True when tokens `k`, `k + 1` are one capital letter and its full stop, written together: a middle initial ("Brian A. Nichols"). */
export function isInitialAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t?.kind === 'word' && t.core.length === 1 && t.upper && tokens[k + 1]?.key === '.' && tokens[k + 1]?.start === t.end;
}

/** True for initials written with their dots ("J.B.", "A.J.", or "J.B" without the last): a given name, not an acronym. */
export function isDottedInitials(t: Token | undefined): boolean {
  return t?.kind === 'word' && /^(?:\p{Lu}\.){1,2}\p{Lu}\.?$/u.test(t.text);
}

/** True for a word that is a given name and no place, common word or surname ("Kathleen", "Mike"; not "Virginia", "Grant" or "Lincoln"). */
export function isOnlyAGivenName(t: Token | undefined): boolean {
  if (t?.kind !== 'word' || t.allCaps) return false;
  const info = lookUpWord(t.key);
  return info.given && !info.place && !info.common && !info.surname;
}
