/** Two forms of one person's name across the archive: a spelling one letter apart in a long name ("Tahnoun"/"Tahnoon bin Zayed"), and a name cut where a particle starts its surname ("Mohammed Shia" of "Mohammed Shia al-Sudani"). */
import { NAME_PARTICLES } from './lexicon.ts';
import { editDistance } from '../text/edit-distance.ts';

// Names from Arabic, Persian or Russian come into English in several spellings, and copy that
// writes "el-Sisi" or "da Silva" in lowercase cuts the capitalised run before it. Both leave one
// person under two names; these read the names themselves, never a list of people.

/** Name words of a long name that may differ in spelling: the rest of the name must carry it. */
const MIN_SPELLING_WORDS = 3;
/** Letters a word needs before one letter of difference is a spelling and not another name ("Ali"/"Ari"). */
const MIN_SPELLING_LETTERS = 5;

/** The lowercase words of a name ("Tahnoun bin Zayed" → ["tahnoun", "bin", "zayed"]). */
export function wordsOfName(name: string): string[] {
  return name.toLowerCase().split(/\s+/u).filter(Boolean);
}

/** True when two words differ by one letter changed, added or dropped ("tahnoun"/"tahnoon", "zelensky"/"zelenskyy"). */
export function isOneLetterApart(a: string, b: string): boolean {
  return Math.min(a.length, b.length) >= MIN_SPELLING_LETTERS && editDistance(a, b, 1) === 1;
}

/**
 * Keys under which two names of at least three words meet when they differ in one word only: the
 * name with that word left out. Names that share a key are compared word by word.
 */
export function spellingKeys(words: readonly string[]): string[] {
  if (words.length < MIN_SPELLING_WORDS) return [];
  return words.map((_, i) => `${i}:${words.length}:${[...words.slice(0, i), ...words.slice(i + 1)].join(' ')}`);
}

/** True when two names of the same length differ in exactly one word, and there by one letter ("Tahnoun bin Zayed"/"Tahnoon bin Zayed"). */
export function areSpellingsOfOneName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < MIN_SPELLING_WORDS) return false;
  const differ = a.map((w, i) => [w, b[i] ?? ''] as const).filter(([x, y]) => x !== y);
  return differ.length === 1 && differ[0] !== undefined && isOneLetterApart(differ[0][0], differ[0][1]);
}

/**
 * True when `short` is `long` cut right before a particle that opens its surname ("Mohammed Shia" of
 * "Mohammed Shia al-Sudani", "Luiz Inácio Lula" of "Luiz Inácio Lula da Silva"): a run of
 * capitalised words stops at a lowercase "al-", "el-" or "da", so the cut name is the same person.
 */
export function isCutBeforeParticle(short: readonly string[], long: readonly string[]): boolean {
  if (short.length < 2 || long.length <= short.length || !short.every((w, i) => long[i] === w)) return false;
  const next = long[short.length] ?? '';
  return NAME_PARTICLES.has(next.split('-')[0] ?? '');
}
