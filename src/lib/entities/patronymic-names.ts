/** Arabic names with "bin"/"ibn"/"bint" ("Tamim bin Hamad Al Thani"): the first word is the person's own name and the one after the particle their father's, so that is the key across the archive. */
import { PATRONYMIC_PARTICLES } from './lexicon.ts';
import { nameWords, type PersonNameKey } from './person-names.ts';
import type { Token } from './tokenise.ts';

/**
 * The key of a patronymic name, or undefined for other names. Such a person is called by the first
 * word ("Sheikh Tamim", "Tamim bin Hamad", "Tamim bin Hamad Al Thani" are one man), so it stands where
 * a surname stands; the father's name tells apart two people who share it ("Mohammed bin Salman",
 * "Mohammed bin Zayed"). The family name at the end ("Al Thani") is shared by the whole family.
 */
export function patronymicNameKey(tokens: readonly Token[]): PersonNameKey | undefined {
  const at = tokens.findIndex((t, i) => i > 0 && t.kind === 'word' && PATRONYMIC_PARTICLES.has(t.key));
  if (at < 0) return undefined;
  const own = nameWords(tokens.slice(0, at))[0];
  const father = nameWords(tokens.slice(at + 1))[0];
  return own && father ? { surname: foldDoubled(own.key), given: foldDoubled(father.key) } : undefined;
}

/** "Mohammed" and "Mohamed": Arabic names come into English with a doubled letter or without, so a key keeps one. */
function foldDoubled(key: string): string {
  return key.replace(/(\p{L})\1/gu, '$1');
}
