/** A body's head, then "to" and its capitalised remit ("Global Coalition to Address Synthetic Drug Threats", "Committee to Protect Journalists"). */
import { type EverydayCapitalOptions, isEverydayCapital } from './everyday-word.ts';
import { isDirection, isMonth, isPlaceHead, isWeekday, lookUpPhrase, ORG_HEADS, PLACE_LEADS, TITLE_WORDS } from './lexicon.ts';
import { isInsideQuotes } from './inside-quotes.ts';
import type { Token } from './tokenise.ts';

// Coalitions, committees and networks are often named for what they are set up to do: "to" and a
// capitalised verb and its object. Stopping at "to" leaves "Global Coalition", a name many bodies
// carry. A place after "to" ("sent the Task Force to New York", "moved the Council to Lake Charles") is
// where the body goes, not its remit. A release title in quotation marks ("Foundation to Launch Youth
// Program") is a sentence about a body, not its name.

/** Capitalised words a remit needs after "to": its verb and at least one word of its object. */
const MIN_REMIT_WORDS = 2;

/** A remit's verb: a capitalised everyday word that opens no place, post, head or date. */
const REMIT_VERB: EverydayCapitalOptions = {
  notFunction: true,
  notDemonym: true,
  except: (key) => PLACE_LEADS.has(key) || isPlaceHead(key) || TITLE_WORDS.has(key) || ORG_HEADS.has(key) || isDirection(key) || isMonth(key) || isWeekday(key),
};

/** True for a capitalised everyday word that can open a remit ("Address", "Protect", "End"). */
function opensRemit(t: Token | undefined, next: Token | undefined): boolean {
  if (!t || t.possessive || !isEverydayCapital(t, REMIT_VERB)) return false;
  return lookUpPhrase(`${t.key} ${next?.key ?? ''}`) !== 'place';
}

/** End of the name when the lowercase "to" at `k` follows a body's head and takes a capitalised remit; `k` when it does not. */
export function endOfRemitAfterTo(tokens: readonly Token[], k: number): number {
  const to = tokens[k];
  if (to?.kind !== 'word' || to.key !== 'to' || to.upper || !ORG_HEADS.has(tokens[k - 1]?.key ?? '') || tokens[k - 1]?.possessive) return k;
  if (!opensRemit(tokens[k + 1], tokens[k + 2]) || isInsideQuotes(tokens, k)) return k;
  let end = k + 1;
  while (end < tokens.length) {
    const t = tokens[end];
    if (!t || t.kind !== 'word' || !t.upper || /^\d/.test(t.core)) break;
    end += 1;
    if (t.possessive) break;
  }
  return end - (k + 1) >= MIN_REMIT_WORDS ? end : k;
}
