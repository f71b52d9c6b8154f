/** A ministry or department named in full with its country ("Ministry of Defence of Ukraine") is a state's institution, named on purpose even once. */
import type { Token } from './tokenise.ts';

// Copy that names another state's ministry spells out whose it is: "the Ministry for Strategic
// Industries of Ukraine". Such a name is an institution an editor tags, like the ones the gazetteer
// lists by pattern; one mention is enough, as for a body introduced with its initials. The country
// must be a registered place, so "Department of Energy of the Future" is no such name.

const STATE_HEADS: ReadonlySet<string> = new Set(['ministry', 'department']);
const REMIT_LINKS: ReadonlySet<string> = new Set(['of', 'for']);

/** True when tokens [from, to) read "Ministry|Department of|for … of (the) <registered place>" (`placeAt`: 1 on registered places' tokens). */
export function isStateBodyInFull(tokens: readonly Token[], from: number, to: number, placeAt: Uint8Array): boolean {
  if (!STATE_HEADS.has(tokens[from]?.key ?? '') || !REMIT_LINKS.has(tokens[from + 1]?.key ?? '') || placeAt[to - 1] !== 1) return false;
  let start = to - 1;
  while (start > from && placeAt[start - 1] === 1) start -= 1;
  if (tokens[start - 1]?.key === 'the') start -= 1;
  return tokens[start - 1]?.key === 'of' && start - 1 > from + 2;
}
