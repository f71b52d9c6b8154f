/** Finds runs of capitalised words that may be names ("Secretary of State Antony Blinken", "Bank of Korea"). */
import { isFamilyNameFirst, isMonth, isPronoun, lookUpWord } from './name-lexicon';
import { NAME_CONNECTORS, ORG_HEADS, ORG_LEADS, TITLE_WORDS } from './name-words';
import type { SegmentedArticle } from './segment-article';
import { commaListEnd, isNameWord, joinsName, runEndsInOrgHead } from './span-joins';
import type { Token } from './tokenize';

/** A run of tokens [from, to) that may hold one or more names. */
export interface NameSpan {
  from: number;
  to: number;
}

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '*', '_']);
const SENTENCE_ENDS = new Set(['.', '!', '?', ':', ';', '—', '–', '•', '|']);
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'jr', 'sr', 'no', 'vs', 'prof', 'capt', 'sgt', 'maj', 'adm', 'rev', 'mt', 'ft']);
const HYPHEN_PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'at', 'az', 'ash', 'bin', 'ibn', 'abu', 'bint', 'ul', 'ud']);
const DOTTED = new Set(['jr', 'sr', 'st', 'dr', 'mr', 'mrs', 'ms', 'gen', 'lt', 'col', 'sen', 'rep', 'gov', 'prof', 'capt', 'sgt', 'maj', 'adm', 'rev']);

/** True when token i begins a sentence, a line or a field. */
export function isSentenceStart(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k]?.kind === 'punct' && OPENERS.has(tokens[k]?.key ?? '')) k -= 1;
  const prev = tokens[k];
  if (!prev || prev.kind === 'break') return true;
  if (prev.kind !== 'punct' || !SENTENCE_ENDS.has(prev.key)) return false;
  if (prev.key !== '.') return true;
  const before = tokens[k - 1];
  return !(before?.kind === 'word' && (ABBREVIATIONS.has(before.key) || (before.core.length === 1 && before.upper)));
}

/**
 * True when a sentence-initial capitalised word is an ordinary word ("The", "Officials", "However").
 * A noun or title that runs on into more capitalised words stays ("Granite Peak Capital", "King Abdullah").
 */
function isOrdinaryOpener(t: Token, next: Token | undefined, lowercaseKeys: ReadonlySet<string>): boolean {
  if (isPronoun(t.key) || isMonth(t.key)) return true;
  const info = lookUpWord(t.key);
  if (info.function) return true;
  if (TITLE_WORDS.has(t.key) || (isNameWord(next) && !t.possessive)) return false;
  if (info.given || info.surname || info.place) return info.common && lowercaseKeys.has(t.key);
  return info.common || info.plain || lowercaseKeys.has(t.key);
}

/**
 * True for the lowercase second half of a hyphenated given name ("Jae-myung", "Hae-sung"). After a
 * family name that comes first, any short syllable will do; otherwise the word must be no English word.
 */
function isGivenNameTail(tokens: readonly Token[], dash: number, afterFamilyName: boolean): boolean {
  const before = tokens[dash - 1];
  const tail = tokens[dash + 1];
  if (!before || !tail || tail.kind !== 'word' || tail.upper || before.end !== tokens[dash]?.start || tail.start !== tokens[dash]?.end) return false;
  if (!before.upper || !/^\p{L}+$/u.test(tail.core)) return false;
  const info = lookUpWord(tail.key);
  if (info.function) return false;
  if (afterFamilyName && before.core.length <= 5 && tail.core.length <= 5) return true;
  return !info.common && !info.plain;
}

/** Finds candidate name spans outside headlines. */
export function buildNameSpans(seg: SegmentedArticle, lowercaseKeys: ReadonlySet<string>): NameSpan[] {
  const { tokens, headline } = seg;
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const start = tokens[i];
    if (!start || headline[i] === 1 || !isNameWord(start) || (isSentenceStart(tokens, i) && isOrdinaryOpener(start, tokens[i + 1], lowercaseKeys))) {
      i += 1;
      continue;
    }
    let to = i + 1;
    let orgLike = ORG_HEADS.has(start.key) || ORG_LEADS.has(start.key);
    let titled = TITLE_WORDS.has(start.key);
    let family = isFamilyNameFirst(start.key);
    while (to < tokens.length && !tokens[to - 1]?.possessive) {
      const t = tokens[to];
      const next = tokens[to + 1];
      if (!t || headline[to] === 1) break;
      if (isNameWord(t)) {
        orgLike ||= ORG_HEADS.has(t.key) || ORG_LEADS.has(t.key);
        titled ||= TITLE_WORDS.has(t.key);
        family ||= isFamilyNameFirst(t.key);
        to += 1;
      } else if (t.kind === 'word' && !t.upper && NAME_CONNECTORS.has(t.key) && isNameWord(next) && joinsName(tokens, to, orgLike, titled)) {
        to += 1;
      } else if (t.kind === 'word' && t.key === 'of' && titled && next?.key === 'the' && isNameWord(tokens[to + 2])) {
        // "Secretary of the Treasury Janet Yellen".
        to += 2;
      } else if (t.kind === 'punct' && t.key === ',' && orgLike && commaListEnd(tokens, to) > to) {
        // "Bureau of Population, Refugees, and Migration": the name lists its fields; stopping at the comma truncates it.
        to = commaListEnd(tokens, to);
      } else if (t.kind === 'punct' && t.key === '&' && isNameWord(next) && (orgLike || runEndsInOrgHead(tokens, to + 1))) {
        to += 1;
      } else if (t.kind === 'punct' && t.key === '-' && isNameWord(next) && tokens[to - 1]?.end === t.start) {
        to += 1;
      } else if (t.kind === 'punct' && t.key === '-' && isGivenNameTail(tokens, to, family)) {
        to += 2;
      } else if (t.kind === 'word' && !t.upper && HYPHEN_PARTICLES.has(t.key) && next?.key === '-' && next.start === t.end && isNameWord(tokens[to + 2]) && (titled || to - i >= 2 || lookUpWord(start.key).given)) {
        // "Abdel Fattah el-Sisi", "President Bashar al-Assad": a particle hyphenated to the family name (not "Bab al-Hawa").
        to += 3;
      } else if (t.kind === 'punct' && t.key === '.' && tokens[to - 1]?.kind === 'word' && (tokens[to - 1]?.core.length === 1 || DOTTED.has(tokens[to - 1]?.key ?? ''))) {
        to += 1;
      } else if (t.kind === 'punct' && (t.key === "'" || t.key === '’') && tokens[to - 1]?.key.endsWith('s') && isNameWord(next)) {
        to += 1;
      } else break;
    }
    while (to > i + 1 && tokens[to - 1]?.kind === 'punct' && tokens[to - 1]?.key !== '.') to -= 1;
    spans.push({ from: i, to });
    i = to;
  }
  return spans;
}
