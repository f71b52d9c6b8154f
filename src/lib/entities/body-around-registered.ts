/** A body named around a registered one ("Hawaiian National Guard", "Senate Ethics Committee", "NIH Clinical Center") is a body of its own, named on purpose even once. */
import { lookUpWord, ORG_HEADS } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// A state's guard, a chamber's committee, an agency's centre or a party's state branch is written
// with the registered body's name inside its own ("Hawaiian National Guard", "Senate Indian Affairs
// Committee", "Delaware Democratic Party"). The registered name inside does not count as a mention of
// that body (analyse-entities.ts), and the longer name is the body the copy means: an editor lists it
// even named once. Only a plain name reads so: capitalised words and "of", ending in a head or in the
// registered name, opening with a name's word, not a verb or a transcript's mark ("Q: The State
// Department"), and no owner and its unit ("DOE’s Loan Programs Office").

const MAX_WORDS = 6;

/**
 * True when the capitalised name [from, to) holds a registered body's name and words of its own
 * (`registeredBodyAt`: 1 on registered bodies' tokens), with no link but "of", and ends in a body's
 * head or in the registered name.
 */
export function holdsRegisteredBody(tokens: readonly Token[], from: number, to: number, registeredBodyAt: Uint8Array): boolean {
  if (registeredBodyAt.length < to) return false;
  let inside = false;
  let outside = false;
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word');
  if (words.length > MAX_WORDS || words.some((w) => !w.upper && w.key !== 'of')) return false;
  const last = words.at(-1);
  if (!last || (!ORG_HEADS.has(last.key) && registeredBodyAt[to - 1] !== 1)) return false;
  // "DOE’s Wind Energy Technologies Office": the owner, then its unit, is no one name.
  if (words.slice(0, -1).some((w) => w.possessive)) return false;
  // "Q: The State Department", "Expand Treasury’s …": a transcript's mark or a verb opens no name.
  const first = lookUpWord(words[0]?.key ?? '');
  const opensOwnName =
    registeredBodyAt[from] === 1 || ((words[0]?.core.length ?? 0) > 1 && !first.function && (!first.common || first.place || first.org || first.demonym));
  if (!opensOwnName) return false;
  // "The Obama State Department", "a Bush Justice Department memo": an administration's department, not a body of its own.
  if (registeredBodyAt[from] !== 1 && (first.given || first.surname)) return false;
  for (let k = from; k < to; k++) {
    if (tokens[k]?.kind !== 'word' || !tokens[k]?.upper) continue;
    if (registeredBodyAt[k] === 1) inside = true;
    else outside = true;
  }
  return inside && outside;
}
