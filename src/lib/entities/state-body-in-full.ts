/** A ministry or department named in full with its country or state ("Ministry of Defence of Ukraine", "Wisconsin Department of Transportation") is a state's institution, named on purpose even once. */
import { isPlaceName } from './body-name-shape.ts';
import { RANK_WORDS, TITLE_WORDS } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// Copy that names another state's ministry spells out whose it is: "the Ministry for Strategic
// Industries of Ukraine". Such a name is an institution an editor tags, like the ones the gazetteer
// lists by pattern; one mention is enough, as for a body introduced with its initials. The country
// must be a registered place, so "Department of Energy of the Future" is no such name. A state's or a
// country's name may also stand before the head ("the New Zealand Ministry of Defence").

const STATE_HEADS: ReadonlySet<string> = new Set(['ministry', 'department']);
const REMIT_LINKS: ReadonlySet<string> = new Set(['of', 'for']);

/**
 * True when tokens [from, to) read "Ministry|Department of|for … of (the) <registered place>" or
 * "<registered place> Ministry|Department of|for …" (`placeAt`: 1 on registered places' tokens).
 */
export function isStateBodyInFull(tokens: readonly Token[], from: number, to: number, placeAt: Uint8Array): boolean {
  if (!STATE_HEADS.has(tokens[from]?.key ?? '')) return opensWithPlace(tokens, from, to, placeAt);
  if (!REMIT_LINKS.has(tokens[from + 1]?.key ?? '') || placeAt[to - 1] !== 1) return false;
  let start = to - 1;
  while (start > from && placeAt[start - 1] === 1) start -= 1;
  if (tokens[start - 1]?.key === 'the') start -= 1;
  return tokens[start - 1]?.key === 'of' && start - 1 > from + 2;
}

/**
 * True when tokens [from, to) read "<place> Ministry|Department of|for <remit>": a registered place,
 * a country's demonym or a place the lexicon knows ("Wisconsin", "New Zealand"), then the head. A
 * second "of" after the remit runs into another name ("… Ministry of Environment and Forestry-U.S.
 * Environmental Protection Agency Memorandum of Understanding").
 */
function opensWithPlace(tokens: readonly Token[], from: number, to: number, placeAt: Uint8Array): boolean {
  let head = from + 1;
  while (head < to && !STATE_HEADS.has(tokens[head]?.key ?? '')) head += 1;
  // A rank or a title inside the remit opens a post, the name ends before it ("… Department of
  // Consumer Affairs Acting Director"); a title word may close the remit ("Department of Justice").
  const remit = tokens.slice(head + 2, to);
  const opensPost = (t: Token, k: number): boolean => RANK_WORDS.has(t.key) || (TITLE_WORDS.has(t.key) && k < remit.length - 1);
  if (remit.length === 0 || !REMIT_LINKS.has(tokens[head + 1]?.key ?? '') || remit.some((t, k) => t.key === 'of' || opensPost(t, k))) return false;
  const registered = placeAt.length >= head && placeAt.subarray(from, head).every((p) => p === 1);
  return registered || isPlaceName(tokens, from, head);
}
