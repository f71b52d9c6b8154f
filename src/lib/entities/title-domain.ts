/** Where the domain of a title ends: "Minister for Europe and Foreign Affairs" is a title, not a person named Europe. */
import { NAME_CONNECTORS, TITLE_DOMAIN_WORDS, TITLE_WORDS } from './name-words';
import type { Token } from './tokenize';

/** True for words that belong to a title ("of", "Foreign", "Affairs", "Deputy") or punctuation. */
export function isTitleFiller(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'punct' || NAME_CONNECTORS.has(t.key) || TITLE_DOMAIN_WORDS.has(t.key) || TITLE_WORDS.has(t.key) || isExcellency(t));
}

/** "H.E." (His or Her Excellency), written with its dots: an honorific, never the pronoun. */
export function isExcellency(t: Token): boolean {
  return t.core === 'HE' && t.text.includes('.');
}

/**
 * Index where a name may start after a title's "for"/"of" domain that begins with a word outside
 * the title vocabulary ("for Europe and Foreign Affairs Catherine Colonna" → "Catherine"); `to`
 * when the rest is all domain ("Minister for Europe"); `from` when there is no such domain.
 */
export function endOfTitleDomain(tokens: readonly Token[], covered: Int32Array, from: number, to: number): number {
  const key = tokens[from]?.key;
  if (key !== 'for' && key !== 'of' && key !== 'on') return from;
  let k = from + 1;
  if (tokens[k]?.key === 'the') k += 1;
  if (k >= to || isTitleFiller(tokens[k]) || covered[k] !== -1) return from;
  let last = -1;
  for (let m = k + 1; m < to; m++) if (isTitleFiller(tokens[m]) && covered[m] === -1) last = m;
  return last < 0 ? to : last + 1;
}
