/** A body's head, then "of the"/"for the" and one everyday word that ends the name ("National Association of the Deaf"). */
import { type EverydayCapitalOptions, isEverydayCapital } from './everyday-word.ts';
import { HEAD_LINKS, isMonth, isWeekday, NAME_CONNECTORS, ORG_HEADS, TITLE_WORDS } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// "National Association of the Deaf", "American Foundation for the Blind", "Conference of the
// Parties": one everyday word after "the" says whom or what the body serves, and stopping at "the"
// leaves a name every second body carries ("National Association"). A second body ("the Board of the
// African Development Bank"), a place ("Summit of the Americas"), a post ("Office of the President")
// or a longer run after "the" is another name, which other rules read.

/** A body's field after "the": a capitalised everyday word, no function word, demonym, post, head or date. */
const FIELD_AFTER_THE: EverydayCapitalOptions = {
  notFunction: true,
  notDemonym: true,
  except: (key) => TITLE_WORDS.has(key) || ORG_HEADS.has(key) || isMonth(key) || isWeekday(key),
};

/** True for a capitalised everyday word that can be a body's field after "the": no place, person, post, head or month. */
function isFieldAfterThe(t: Token | undefined): boolean {
  return t !== undefined && !/\d/.test(t.core) && isEverydayCapital(t, FIELD_AFTER_THE);
}

/**
 * End of the name when the link at `k` ("of", "for", "on") follows a body's head and takes "the" and
 * one field word that ends the capitalised run; `k` when it does not.
 */
export function endOfFieldAfterThe(tokens: readonly Token[], k: number): number {
  const head = tokens[k - 1];
  if (head?.kind !== 'word' || !ORG_HEADS.has(head.key) || !HEAD_LINKS.has(tokens[k]?.key ?? '') || tokens[k]?.upper) return k;
  if (tokens[k + 1]?.key !== 'the' || !isFieldAfterThe(tokens[k + 2])) return k;
  const after = tokens[k + 3];
  // "District Court for the District of Columbia", "Commission for the Preservation of …": the name
  // goes on; a link to lowercase words ("… of the Deaf and other groups") ends it.
  const runsOn =
    after !== undefined &&
    ((after.kind === 'word' && (after.upper || (NAME_CONNECTORS.has(after.key) && tokens[k + 4]?.upper === true))) ||
      (after.key === '-' && after.start === tokens[k + 2]?.end));
  return runsOn ? k : k + 3;
}
