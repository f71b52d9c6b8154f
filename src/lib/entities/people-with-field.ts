/** A body's members named with what they share ("American Association of People with Disabilities"): "with" and that field end the name. */
import { type EverydayCapitalOptions, isEverydayCapital } from './everyday-word.ts';
import { HEAD_LINKS, ORG_HEADS } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// "American Association of People with Disabilities": the body serves people with a shared
// condition, and stopping at "with" leaves "American Association of People". Only after "<head>
// of <members>", and only when one or two everyday words after "with" end the run, so "Readout of
// Meeting with Law Enforcement" or "Millions of Customers with Transparent Pricing" in a headline
// (no head) stay apart.

/** Links after the field that carry the name on. */
const RUN_ON_LINKS: ReadonlySet<string> = new Set([...HEAD_LINKS, 'and', '&']);

/** Capitalised words after "with" that can name what members share. */
const MAX_FIELD_WORDS = 2;

/** A members' field word: a capitalised everyday word, no function word and no head. */
const MEMBERS_FIELD: EverydayCapitalOptions = { notFunction: true, except: (key) => ORG_HEADS.has(key) };

/** End of the name when the lowercase "with" at `k` follows "<head> of <members>" and one or two everyday words end the run; `k` otherwise. */
export function endOfMembersWith(tokens: readonly Token[], k: number): number {
  const w = tokens[k];
  if (w?.kind !== 'word' || w.key !== 'with' || w.upper || !isEverydayCapital(tokens[k - 1], MEMBERS_FIELD)) return k;
  if (tokens[k - 2]?.key !== 'of' || !ORG_HEADS.has(tokens[k - 3]?.key ?? '')) return k;
  let end = k + 1;
  while (end - (k + 1) < MAX_FIELD_WORDS && isEverydayCapital(tokens[end], MEMBERS_FIELD)) end += 1;
  const after = tokens[end];
  // "… with Disabilities and Their Families", "… with Disabilities of Westmark": the name goes on;
  // "in Washington" is where it is, and a link to lowercase words ("… and others") ends the name.
  if (end === k + 1 || (after?.kind === 'word' && (after.upper || (RUN_ON_LINKS.has(after.key) && tokens[end + 1]?.upper === true)))) return k;
  return end;
}
