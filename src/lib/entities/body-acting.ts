/** A body the copy has act ("White House officials discussed …", "the White House released …"), not one it names as a venue. */
import { PREPOSITIONS } from './lexicon.ts';
import { isSentenceStart } from './name-spans.ts';
import { isLowercaseWordOf, type Token } from './tokenise.ts';
import type { AmbiguityRule } from './types.ts';

// A body acts through its people, named right after it, or as the subject of a verb. The subject is
// "the" body opening its clause: another word before the name makes it someone else's ("this White
// House", "the Biden White House"), and a preposition or "and" before "the" the end of another
// phrase ("the Committee for the Preservation of the White House is …", "the Capitol and the White
// House will …"). After "is", "has" and "will" the building can be the subject too ("is located",
// "has 132 rooms", "will be lit"): the body acts only where a verb of its own follows ("is hosting",
// "has created", "has been required", "will convene", "will be highlighting").

const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'has', 'will']);
// Words between an auxiliary and its verb ("is also announcing").
const ADVERBS: ReadonlySet<string> = new Set(['also', 'now', 'again', 'already', 'then', 'still']);
const BEFORE_THE: ReadonlySet<string> = new Set([...PREPOSITIONS, 'and', 'or']);

/** True when the words after the auxiliary at `k` hold a verb of the subject's own, as the file's comment says. */
function isVerbAfterAuxiliary(tokens: readonly Token[], k: number): boolean {
  let at = k + 1;
  while (isLowercaseWordOf(tokens[at], ADVERBS)) at += 1;
  const verb = tokens[at];
  if (verb?.kind !== 'word' || verb.upper) return false;
  const next = tokens[at + 1]?.kind === 'word' ? (tokens[at + 1]?.key ?? '') : '';
  switch (tokens[k]?.key) {
    case 'is':
      return verb.key.endsWith('ing');
    case 'has':
      return verb.key === 'been' ? /(ing|ed)$/.test(next) : /(ed|en)$/.test(verb.key);
    default:
      return verb.key === 'be' ? next.endsWith('ing') : !verb.key.endsWith('ed');
  }
}

/** True when the name at tokens [from, to) opens its clause as "the" body, or with no word before it at a sentence's start. */
function opensClause(tokens: readonly Token[], from: number): boolean {
  const the = tokens[from - 1];
  if (the?.kind !== 'word' || the.key !== 'the') return isSentenceStart(tokens, from);
  return !BEFORE_THE.has(tokens[from - 2]?.key ?? '');
}

/** True when the copy has the body named at tokens [from, to) act, as `rule`'s words say. */
export function isBodyActing(tokens: readonly Token[], from: number, to: number, rule: AmbiguityRule): boolean {
  if (isLowercaseWordOf(tokens[to], rule.actingBefore)) return true;
  if (!isLowercaseWordOf(tokens[to], rule.subjectBefore) || !opensClause(tokens, from)) return false;
  return !AUXILIARIES.has(tokens[to]?.key ?? '') || isVerbAfterAuxiliary(tokens, to);
}
