/** Rules that tell whether capitalised words name a person ("Susan Rice", "Kwon Hae-sung", not "Economic Coercion"). */
import { isDirection, isFamilyNameFirst, isGivenWord, isMonth, isPlaceHead, isUnknownWord, lookUpWord } from './name-lexicon';
import { ORG_HEADS, SPEECH_VERBS, TITLE_DOMAIN_WORDS, TITLE_WORDS } from './name-words';
import { isFamilyFirst, nameWords } from './person-short-forms';
import { isSentenceStart } from './build-name-spans';
import type { SpanContext } from './span-context';
import type { Token } from './tokenize';

/**
 * True when a word can be part of a person's name (position i in the name). An everyday word
 * ("Rice", "Park") passes only after a given name ("Susan Rice") or as a listed family name.
 */
export function isNameLike(w: Token, i: number, afterGivenName: boolean, familyFirst = false, titled = false): boolean {
  const info = lookUpWord(w.key);
  if (ORG_HEADS.has(w.key) || TITLE_WORDS.has(w.key) || isDirection(w.key) || w.allCaps || info.demonym) return false;
  if (i > 0 && isPlaceHead(w.key)) return false;
  if (i > 0 && !familyFirst && TITLE_DOMAIN_WORDS.has(w.key) && !info.given && !info.surname) return false;
  // Korean and Chinese given names are often English words written out ("Sang-mok", "Young", "Jin").
  if (familyFirst) return !info.function;
  if (i === 0 && isMonth(w.key)) return false;
  // After a title and a known given name, an everyday word is a surname ("Ambassador Susan Rice").
  if (info.common && !info.given && !info.surname && !(i > 0 && isMonth(w.key)) && !(titled && afterGivenName)) return false;
  if (info.plain && !info.given && !info.surname && isPluralNoun(w.key)) return false;
  return !info.plain || info.given || info.surname || afterGivenName || isFamilyNameFirst(w.key);
}

/** "Helicopters", "Workers": an everyday noun in the plural, never a surname. */
function isPluralNoun(key: string): boolean {
  return key.length > 3 && key.endsWith('s') && !key.endsWith('ss') && lookUpWord(key.slice(0, -1)).plain;
}

/**
 * True when the first word is a given name the lexicon knows, a family name that comes first, or a
 * word no dictionary lists ("Elon" in "Elon Musk"): then an everyday word may follow as the surname.
 */
export function startsWithGivenName(words: readonly Token[]): boolean {
  const first = words[0];
  if (!first) return false;
  const info = lookUpWord(first.key);
  return (info.given && (!info.plain || info.surname || isGivenWord(first.key))) || isUnknownWord(first.key) || isFamilyFirst(words);
}

/** Last words of laws and documents named after people ("the Brady Bill", "the Magnitsky Act"). */
const LAW_WORDS = new Set(['bill', 'act', 'law', 'amendment', 'amendments', 'treaty', 'accord', 'accords', 'doctrine', 'rule', 'plan', 'prize', 'award', 'clause']);

/** True when a name has at least two words separated by a space ("Jean-Pierre" alone is one word). */
function hasSpacedWords(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t?.kind === 'word' && t.core.length > 1 && tokens[k - 1]?.key !== '-' && tokens[k - 1]?.key !== "'") words += 1;
  }
  return words >= 2;
}

/** True when the words read as a person's name. */
export function isPersonName(ctx: SpanContext, from: number, to: number): boolean {
  const { tokens } = ctx;
  const words = nameWords(tokens.slice(from, to));
  if (words.length < 2 || words.length > 4 || !hasSpacedWords(tokens, from, to)) return false;
  if (LAW_WORDS.has(words[words.length - 1]?.key ?? '')) return false;
  let unknown = 0;
  let places = 0;
  const given = startsWithGivenName(words);
  const familyFirst = isFamilyFirst(words);
  for (const [i, w] of words.entries()) {
    if (!isNameLike(w, i, given && i > 0, familyFirst)) return false;
    const info = lookUpWord(w.key);
    if (info.place && !info.given && !info.surname) places += 1;
    if (!info.given && !info.surname && !info.place && !info.common && !info.plain) unknown += 1;
  }
  if (places === words.length) return false;
  const first = words[0];
  const last = words[words.length - 1];
  const before = tokens[from - 1];
  const after = tokens[to];
  const inner = tokens.slice(from, to);
  const hasInitial = inner.some((t, i, all) => t.core.length === 1 && t.upper && all[i + 1]?.key === '.');
  const plainRun = !inner.some((t) => t.key === 'of' || t.key === 'for' || t.key === 'the' || t.key === 'and');
  return (
    (first !== undefined && lookUpWord(first.key).given) ||
    (last !== undefined && lookUpWord(last.key).surname) ||
    isFamilyFirst(words) ||
    hasInitial ||
    (before?.kind === 'word' && !before.upper && TITLE_WORDS.has(before.key)) ||
    (after?.kind === 'word' && SPEECH_VERBS.has(after.key)) ||
    (unknown === words.length && words.length <= 3 && plainRun) ||
    // "led by Elon Musk": an unlisted first name, capitalised in mid-sentence, then a surname.
    (unknown >= 1 && plainRun && words.length <= 3 && first !== undefined && isUnknownWord(first.key) && !isSentenceStart(tokens, from) && ctx.headline[from] !== 1)
  );
}

