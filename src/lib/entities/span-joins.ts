/** What may join capitalised words into one name across a connector, a comma or "in" ("Bank of Korea", "Minister for Europe and Foreign Affairs"). */
import { isMonth, isWeekday, lookUpWord } from './name-lexicon';
import { ORG_HEADS, TITLE_DOMAIN_WORDS, TITLE_WORDS } from './name-words';
import type { Token } from './tokenize';

// Connectors that only join the words of an organisation's name ("Department of Health and Human Services").
const ORG_ONLY_CONNECTORS = new Set(['and', 'in', 'on', '&', 'the', 'for', 'of']);
// Connectors a title takes ("Secretary of State", "Commissioner for Trade").
const TITLE_CONNECTORS = new Set(['of', 'for', 'the']);
// Heads of bodies named for where they serve ("Transition Mission in Somalia"), unlike "University in Washington".
const IN_HEADS = new Set(['mission', 'missions', 'operation', 'force', 'forces', 'command', 'delegation']);

/** True when a capitalised word can start or continue a name. */
export function isNameWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || !t.upper) return false;
  if (/^\d/.test(t.core)) return false;
  return !isWeekday(t.key) && !(t.key === 'i' && t.core === 'I');
}

/** True when the capitalised run starting at `from` ends in an organisation head within a few words. */
export function runEndsInOrgHead(tokens: readonly Token[], from: number): boolean {
  let last: Token | undefined;
  for (let k = from; k < tokens.length && k < from + 8; k++) {
    const t = tokens[k];
    if (isNameWord(t)) last = t;
    else if (!(t?.kind === 'word' && (t.key === 'of' || t.key === 'for'))) break;
  }
  return last !== undefined && ORG_HEADS.has(last.key);
}

/** True when a given name stands between the last title word and `k` ("Secretary of the Treasury Janet Yellen and …"). */
function namedSinceTitle(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && !TITLE_WORDS.has(tokens[j]?.key ?? ''); j--) {
    const t = tokens[j];
    if (t?.kind === 'word' && t.upper && lookUpWord(t.key).given) return true;
  }
  return false;
}

/**
 * True when the lowercase connector at `k` joins the capitalised words on either side into one name.
 * "in" only follows an organisation's head ("Mission in Somalia", not "Republicans in Congress");
 * "and" joins a title's domains ("Minister for Europe and Foreign Affairs").
 */
export function joinsName(tokens: readonly Token[], k: number, orgLike: boolean, titled: boolean): boolean {
  const key = tokens[k]?.key ?? '';
  if (key === 'in') return IN_HEADS.has(tokens[k - 1]?.key ?? '') && !isMonth(tokens[k + 1]?.key ?? '');
  if (!ORG_ONLY_CONNECTORS.has(key) || orgLike) return true;
  if (titled && (TITLE_CONNECTORS.has(key) || (key === 'and' && TITLE_DOMAIN_WORDS.has(tokens[k + 1]?.key ?? '') && !namedSinceTitle(tokens, k)))) return true;
  return runEndsInOrgHead(tokens, k + 1);
}

/** True for a capitalised everyday word that can be one field in an organisation's name ("Refugees", "Tobacco"). */
function isFieldWord(t: Token | undefined): boolean {
  if (!isNameWord(t) || !t) return false;
  const info = lookUpWord(t.key);
  return (info.plain || info.common) && !info.place && !info.given && !info.function;
}

/** End of ", Refugees, and Migration" starting at the comma `k`: a list of field words closed by "and"; `k` when there is none. */
export function commaListEnd(tokens: readonly Token[], k: number): number {
  let at = k;
  while (tokens[at]?.key === ',') {
    at += 1;
    const closing = tokens[at]?.key === 'and';
    if (closing) at += 1;
    if (!isFieldWord(tokens[at])) return k;
    while (isFieldWord(tokens[at])) at += 1;
    if (closing) return isNameWord(tokens[at]) ? k : at;
    if (tokens[at]?.key === 'and' && isFieldWord(tokens[at + 1])) {
      at += 1;
      while (isFieldWord(tokens[at])) at += 1;
      return isNameWord(tokens[at]) ? k : at;
    }
  }
  return k;
}
