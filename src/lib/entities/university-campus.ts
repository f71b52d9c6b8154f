/** A state university's campus is part of its name ("University of Texas at Austin", "University of California, Berkeley"). */
import { isEverydayWordsAlone } from './body-name-shape.ts';
import { lookUpWord } from './lexicon.ts';
import { isCapitalisedWord, type Token } from './tokenise.ts';

// "The University of Texas" and "the University of California" name systems of many campuses; the
// copy names the one it means after "at" or a comma, and stopping before it tags the system instead
// ("University of California" for a Berkeley professor). A comma also separates schools in a list
// ("the University of Virginia, Rutgers, and Penn State") and opens the next clause ("the University
// of Iowa, Selfridge holds …"), so after a comma the campus must end its clause: a full stop, a
// bracket, a preposition, a comma before a lowercase word ("…, Berkeley, where he taught") or the
// line's end follows.
// A state after a city is the city's ("Chaminade University of Honolulu, Hawaii"): only a name that
// opens with "University of" is a state university.

const MAX_CAMPUS_WORDS = 2;

// What may follow a campus written after a comma.
const CLAUSE_ENDS = new Set(['.', ')', ';', ':', 'in', 'where', 'since', 'from', 'with', 'for', 'to', 'as', 'on']);

/** True when tokens [from, to) read "University of" and one or two capitalised words. */
export function isStateUniversity(tokens: readonly Token[], from: number, to: number): boolean {
  let k = to - 1;
  while (k > from && isCapitalisedWord(tokens[k]) && to - k <= MAX_CAMPUS_WORDS) k -= 1;
  return tokens[k]?.key === 'of' && tokens[k - 1]?.key === 'university' && k - 1 === from && k + 1 < to;
}

/** End of the campus after a state university's name ending at `to` ("at Austin", ", Berkeley"); `to` when none follows. */
export function endOfCampus(tokens: readonly Token[], from: number, to: number): number {
  const link = tokens[to];
  if (link?.key !== 'at' && link?.key !== ',') return to;
  if (link.key === 'at' && link.upper) return to;
  if (!isStateUniversity(tokens, from, to)) return to;
  let end = to + 1;
  while (end < to + 1 + MAX_CAMPUS_WORDS && isCapitalisedWord(tokens[end])) end += 1;
  if (end === to + 1 || isCapitalisedWord(tokens[end])) return to;
  // "University of Brussels, Belgium": a country or a region after the comma says where the university is.
  const only = end === to + 2 ? lookUpWord(tokens[to + 1]?.key ?? '') : undefined;
  if (link.key === ',' && only?.place && !only.town) return to;
  const after = tokens[end];
  const next = tokens[end + 1];
  // The university's own initials in brackets ("…, Los Angeles (UCLA)"), not another list item's ("…, Raytheon (RTX)").
  const initials = after?.key === '(' && next?.kind === 'word' && next.allCaps && next.core.startsWith('U');
  // A line's end closes it too: an honoree's line ends in the campus ("Ann Vell, University of California, Los Angeles").
  // There everyday words are no campus: "…, Chemistry" or "…, Emeritus" is the honoree's field or standing.
  const lineEnd = (after === undefined || after.kind === 'break') && !isEverydayWordsAlone(tokens, to + 1, end);
  const endsClause =
    lineEnd || CLAUSE_ENDS.has(after?.key ?? '') || initials || (after?.key === ',' && next?.kind === 'word' && !next.upper && next.key !== 'and');
  return link.key === 'at' || endsClause ? end : to;
}
