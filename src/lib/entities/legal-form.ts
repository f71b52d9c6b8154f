/** A company written with its legal form ("Hikma Pharmaceuticals, PLC", "HP Inc.") is a body named on purpose, confident with one mention. */
import { BOARD_WORDS, lookUpWord, RANK_WORDS, TITLE_WORDS } from './lexicon.ts';
import type { SpanContext } from './name-spans.ts';
import { isUpperWord, TITLE_FIELD, type Token } from './tokenise.ts';

// Copy writes a company's legal form only when it names the company formally, in a list of
// participants or a line of who sits on which board ("Amphastar Pharmaceuticals, Inc."); an editor
// lists it even named once, as a body introduced with its initials. "Company" and "Limited" are left
// out: they also close units and everyday phrases ("Bravo Company", "Limited English Proficiency").
export const LEGAL_FORMS: ReadonlySet<string> = new Set(['inc', 'incorporated', 'llc', 'llp', 'plc', 'ltd', 'corp', 'corporation', 'gmbh']);

/** True for a capitalised legal form at `k` ("Inc", "LLC", "Corporation"). */
function isLegalFormAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t?.kind === 'word' && t.upper && LEGAL_FORMS.has(t.key);
}

/**
 * True when what stands before `from` shows the name was cut from a longer one: a capitalised word
 * other than a sentence's "The" or a possessive, an ordinal, "&", "and" after one partner's name or a
 * mark written onto the word ("Delta Trust & Banking Corporation", "21st Century Civilian Climate
 * Corp", "King and Spalding L.L.P.", "Span.IO"). A comma is
 * no sign: it also ends a post or a place before the company ("Economist, RAND Corporation").
 */
function continuesBefore(tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1];
  if (!before || before.kind === 'break') return false;
  // "and" after a name of more words joins two bodies ("the U.S. Navy and Mazgaon Dock Shipbuilders,
  // Ltd.", "Kraft Foods and Dow Inc.").
  if (before.key === 'and') return isUpperWord(tokens[from - 2]) && !isUpperWord(tokens[from - 3]);
  if (before.kind === 'word') return /^\d+(?:st|nd|rd|th)$/.test(before.core) || (before.upper && before.key !== 'the' && !before.possessive);
  return before.key === '&' || (ATTACHED_MARKS.has(before.key) && before.end === tokens[from]?.start);
}

// Marks that join a cut name's parts when written onto them ("Span.IO", "Aptar Pharma/AptarGroup").
const ATTACHED_MARKS: ReadonlySet<string> = new Set(['.', '/', '-']);

/**
 * True when the name at `from`–`to` ends in a legal form or is followed by one, after a comma or
 * not. Not for a name that holds "and", which may be two companies with the form closing only the
 * second ("Kraft Foods and Dow Inc."), a cut name, or a board or a post of the company, which is no
 * company named in full ("Board of Directors of FedEx Corporation", "Executive Vice President of …
 * Synovus Financial Corporation").
 */
export function hasLegalForm(tokens: readonly Token[], from: number, to: number): boolean {
  const formed = (to - from >= 2 && isLegalFormAt(tokens, to - 1)) || isLegalFormAt(tokens, to) || (tokens[to]?.key === ',' && isLegalFormAt(tokens, to + 1));
  if (!formed || continuesBefore(tokens, from)) return false;
  for (let k = from; k < to; k++) {
    const key = tokens[k]?.key ?? '';
    if (key === 'and' || BOARD_WORDS.has(key) || TITLE_WORDS.has(key) || RANK_WORDS.has(key)) return false;
  }
  return true;
}

/**
 * The name of a list line that is a company and its legal form ("Indivior, PLC", "Aptar
 * Pharma/AptarGroup, Inc."), when the legal form is at `k`: from the line's start to the comma,
 * capitalised words and the marks inside a name, no function word ("… Settlement With Trovix, LLC"
 * is a heading). A list line is title-cased, so no other rule reads a one-word name there.
 */
export function listedNameBeforeLegalForm(ctx: SpanContext, k: number): [number, number] | undefined {
  const { tokens, covered } = ctx;
  const comma = k - 1;
  if (ctx.field[k] === TITLE_FIELD || !isLegalFormAt(tokens, k) || tokens[comma]?.key !== ',') return undefined;
  const after = tokens[k + 1]?.key === '.' ? k + 2 : k + 1;
  if (tokens[after] && tokens[after]?.kind !== 'break') return undefined;
  let from = comma;
  while (from > 0 && tokens[from - 1]?.kind !== 'break') {
    const t = tokens[from - 1];
    const opening = tokens[from - 2] === undefined || tokens[from - 2]?.kind === 'break';
    const word = t?.kind === 'word' && t.upper && (!lookUpWord(t.key).function || (opening && t.key === 'the'));
    if (covered[from - 1] !== -1 || !(word || (t?.kind !== 'word' && NAME_MARKS.has(t?.key ?? '')))) return undefined;
    from -= 1;
  }
  return from < comma && tokens[from]?.kind === 'word' ? [from, comma] : undefined;
}

// Marks inside a company's name ("U.S. WorldMeds", "Aptar Pharma/AptarGroup", "Procter & Gamble").
const NAME_MARKS: ReadonlySet<string> = new Set(['.', '&', '-', '/']);
