/** A title's possessive before "Office" ("the U.S. Attorney’s Office for …", "the Governor’s Office") opens one body's name. */
import { HEAD_LINKS, lookUpWord, TITLE_OFFICE_HEADS, TITLE_WORDS } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// A possessive usually ends a name ("Biden’s Cancer Moonshot", "the Secretary’s remarks"), and a
// title's always did. But the office a title-holder runs is named by the title and its possessive:
// "the U.S. Attorney’s Office for the Northern District of Ohio" is one body, and cutting it at the
// possessive leaves "Office for the Northern District of Ohio", a name no one uses.

/**
 * True when the possessive at `k` is a title word, the capitalised "Office" of its holder follows, and
 * the office is told apart from every other holder's: by a name before the title ("the Dane County
 * District Attorney’s Office") or by where it serves after it ("… Attorney’s Office for the District of
 * Columbia"). "The Governor’s Office" alone names no one body across an archive.
 */
export function isTitleBeforeItsOffice(tokens: readonly Token[], k: number, covered?: Int32Array): boolean {
  const t = tokens[k];
  const office = tokens[k + 1];
  if (t?.kind !== 'word' || !t.upper || !t.possessive || !TITLE_WORDS.has(t.key)) return false;
  if (office?.kind !== 'word' || !office.upper || !TITLE_OFFICE_HEADS.has(office.key)) return false;
  return isNamedBefore(tokens, k, covered) || isPlacedAfter(tokens, k + 2);
}

/**
 * True when the capitalised run before the title at `k` holds a word that tells one office apart: part
 * of a registered name, a dotted abbreviation ("U.S."), a known place ("Phoenix"), or a word no lexicon calls
 * common (a county's or a city's own name: "Dane County"). "District", "State", "City" or "Chief Medical"
 * could be anyone's.
 */
function isNamedBefore(tokens: readonly Token[], k: number, covered: Int32Array | undefined): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const w = tokens[j];
    if (w?.kind === 'punct' && w.key === '.') continue;
    // "U.S." is one token whose written form is longer than its letters (and whose key is the word "us").
    if (w?.kind === 'word' && w.allCaps && w.end - w.start > w.core.length) return true;
    // "The Mayor’s Office …" at a sentence's start: "The" tells no office apart.
    if (w?.kind !== 'word' || !w.upper || w.possessive || lookUpWord(w.key).function) return false;
    if (TITLE_WORDS.has(w.key)) continue;
    const info = lookUpWord(w.key);
    if ((covered !== undefined && covered[j] !== -1) || info.place || (!info.common && !info.plain)) return true;
  }
  return false;
}

/** True when "for the" or "of the" and a capitalised name follow the office at `k` ("for the District of Columbia"), not a remit ("for Victims"). */
function isPlacedAfter(tokens: readonly Token[], k: number): boolean {
  const link = tokens[k];
  const next = tokens[k + 2];
  return link?.kind === 'word' && HEAD_LINKS.has(link.key) && tokens[k + 1]?.key === 'the' && next?.kind === 'word' && next.upper;
}
