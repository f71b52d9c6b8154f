/** Capitalised spans that may be names: where a run of name words starts, joins and ends, before it is classified. */
import {
  isFamilyNameFirst,
  isMonth,
  isPronoun,
  lookUpWord,
  NAME_CONNECTORS,
  ORG_HEADS,
  ORG_LEADS,
  REMIT_HEADS,
  TITLE_WORDS,
  isWeekday,
  TITLE_DOMAIN_WORDS,
  HEAD_LINKS,
  HEAD_LINKS_ACROSS_THE,
  DOTTED_ABBREVIATIONS,
} from './lexicon.ts';
import { isEverydayCapital } from './everyday-word.ts';
import { endOfFieldAfterThe } from './field-after-the.ts';
import { endOfCampus } from './university-campus.ts';
import { endOfMembersWith } from './people-with-field.ts';
import { endOfRemitAfterTo } from './remit-after-to.ts';
import { startAfterPartyLabels } from './party-before-chamber.ts';
import { endOfParticleRun } from './particle-runs.ts';
import { endOfSlashedPact } from './slashed-pact-names.ts';
import { endOfSuffixAfterComma, isSentenceEndAfterSuffix } from './suffix-after-comma.ts';
import { isTitleBeforeItsOffice } from './office-of-title.ts';
import type { SegmentedArticle, Token } from './tokenise.ts';

// Finds runs of capitalised words that may be names ("Secretary of State Antony Blinken", "Bank of Korea").

/** A run of tokens [from, to) that may hold one or more names. */
export interface NameSpan {
  from: number;
  to: number;
}

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '*', '_']);
const SENTENCE_ENDS = new Set(['.', '!', '?', ':', ';', '—', '–', '•', '|']);
// Abbreviations after which a full stop ends no sentence: the dotted ones a name runs on past, and a few more.
const ABBREVIATIONS: ReadonlySet<string> = new Set([...DOTTED_ABBREVIATIONS, 'no', 'vs', 'mt', 'ft']);
const HYPHEN_PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'at', 'az', 'ash', 'bin', 'ibn', 'abu', 'bint', 'ul', 'ud']);

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

/** Finds candidate name spans outside headlines; `covered` (registered names) tells a title-holder's office apart ("Green River County Attorney’s Office"). */
export function buildNameSpans(seg: SegmentedArticle, lowercaseKeys: ReadonlySet<string>, covered?: Int32Array): NameSpan[] {
  const { tokens, headline } = seg;
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const start = tokens[i];
    if (
      !start ||
      headline[i] === 1 ||
      !isNameWord(start) ||
      (isSentenceStart(tokens, i) && isOrdinaryOpener(start, tokens[i + 1], lowercaseKeys) && !possessiveOpensOrgName(tokens, i, covered))
    ) {
      i += 1;
      continue;
    }
    let to = i + 1;
    let orgLike = ORG_HEADS.has(start.key) || ORG_LEADS.has(start.key) || REMIT_HEADS.has(start.key);
    let titled = TITLE_WORDS.has(start.key);
    let family = isFamilyNameFirst(start.key);
    while (to < tokens.length && (!tokens[to - 1]?.possessive || possessiveOpensOrgName(tokens, to - 1, covered))) {
      const t = tokens[to];
      const next = tokens[to + 1];
      if (!t || headline[to] === 1) break;
      if (isNameWord(t)) {
        orgLike ||= ORG_HEADS.has(t.key) || ORG_LEADS.has(t.key) || REMIT_HEADS.has(t.key);
        titled ||= TITLE_WORDS.has(t.key);
        family ||= isFamilyNameFirst(t.key);
        to += 1;
      } else if (t.kind === 'word' && !t.upper && NAME_CONNECTORS.has(t.key) && isNameWord(next) && joinsName(tokens, to, orgLike, titled)) {
        to += 1;
      } else if (!orgLike && endOfParticleRun(tokens, to, isNameWord) > to) {
        // "Ursula von der Leyen": particles before the surname.
        to = endOfParticleRun(tokens, to, isNameWord);
      } else if (t.kind === 'word' && t.key === 'of' && titled && next?.key === 'the' && isNameWord(tokens[to + 2])) {
        // "Secretary of the Treasury Janet Yellen".
        to += 2;
      } else if (
        t.kind === 'word' &&
        HEAD_LINKS_ACROSS_THE.has(t.key) &&
        next?.key === 'the' &&
        ORG_HEADS.has(tokens[to - 1]?.key ?? '') &&
        isNameWord(tokens[to + 2]) &&
        !lookUpWord(tokens[to + 2]?.key ?? '').function
      ) {
        // "American Association for the Advancement of Science": a body's head, then what it is for; stopping at "the" truncates it.
        to += 2;
      } else if (t.kind === 'word' && endOfRemitAfterTo(tokens, to) > to) {
        // "Global Coalition to Address Synthetic Drug Threats": a body named for what it is set up to do.
        to = endOfRemitAfterTo(tokens, to);
      } else if (t.kind === 'word' && endOfMembersWith(tokens, to) > to) {
        // "American Association of People with Disabilities": the members' shared field ends the name.
        to = endOfMembersWith(tokens, to);
      } else if ((t.key === 'at' || t.key === ',') && endOfCampus(tokens, i, to) > to) {
        // "University of Texas at Austin": the campus is part of the university's name.
        to = endOfCampus(tokens, i, to);
      } else if (t.kind === 'word' && endOfFieldAfterThe(tokens, to) > to) {
        // "National Association of the Deaf": one field word after "of the" ends the body's name.
        to = endOfFieldAfterThe(tokens, to);
      } else if (!orgLike && endOfSuffixAfterComma(tokens, to) > to) {
        // "Jerry Edwards, Jr.": the suffix belongs to the name; its full stop is taken next.
        to = endOfSuffixAfterComma(tokens, to);
      } else if (t.kind === 'punct' && t.key === ',' && orgLike && commaListEnd(tokens, to) > to) {
        // "Bureau of Population, Refugees, and Migration": the name lists its fields; stopping at the comma truncates it.
        to = commaListEnd(tokens, to);
      } else if (t.kind === 'punct' && t.key === '&' && isNameWord(next) && (orgLike || runEndsInOrgHead(tokens, to + 1))) {
        to += 1;
      } else if (endOfSlashedPact(tokens, to) > to) {
        // "Belfast/Good Friday Agreement": one pact under two names.
        to = endOfSlashedPact(tokens, to);
      } else if (t.kind === 'punct' && t.key === '-' && isNameWord(next) && tokens[to - 1]?.end === t.start) {
        to += 1;
      } else if (t.kind === 'punct' && t.key === '-' && isGivenNameTail(tokens, to, family)) {
        to += 2;
      } else if (
        t.kind === 'word' &&
        !t.upper &&
        HYPHEN_PARTICLES.has(t.key) &&
        next?.key === '-' &&
        next.start === t.end &&
        isNameWord(tokens[to + 2]) &&
        (titled || to - i >= 2 || lookUpWord(start.key).given)
      ) {
        // "Abdel Fattah el-Sisi", "President Bashar al-Assad": a particle hyphenated to the family name (not "Bab al-Hawa").
        to += 3;
      } else if (
        t.kind === 'punct' &&
        t.key === '.' &&
        tokens[to - 1]?.kind === 'word' &&
        (tokens[to - 1]?.core.length === 1 || DOTTED_ABBREVIATIONS.has(tokens[to - 1]?.key ?? ''))
      ) {
        to += 1;
        if (isSentenceEndAfterSuffix(tokens, to - 1)) break;
      } else if (t.kind === 'punct' && (t.key === "'" || t.key === '’') && tokens[to - 1]?.key.endsWith('s') && isNameWord(next)) {
        to += 1;
      } else break;
    }
    while (to > i + 1 && tokens[to - 1]?.kind === 'punct' && tokens[to - 1]?.key !== '.') to -= 1;
    spans.push({ from: startAfterPartyLabels(tokens, i, to), to });
    i = to;
  }
  return spans;
}

// What may join capitalised words into one name across a connector, a comma or "in" ("Bank of Korea", "Minister for Europe and Foreign Affairs").

// Connectors that only join the words of an organisation's name ("Department of Health and Human Services").
const ORG_ONLY_CONNECTORS = new Set(['and', 'in', 'on', '&', 'the', 'for', 'of']);
// Connectors a title takes ("Secretary of State", "Commissioner for Trade").
const TITLE_CONNECTORS = new Set(['of', 'for', 'the']);
// Heads of bodies named for where they serve ("Transition Mission in Somalia"), unlike "University in Washington".
// Groups of people a body's remit names in the possessive ("Institute for Women's Policy Research", "Center for Children's Health").
const PEOPLE_SERVED = new Set(['women', 'children', 'men', 'people']);
const IN_HEADS = new Set(['mission', 'missions', 'operation', 'force', 'forces', 'command', 'delegation']);

/**
 * True when the possessive at `k` is an everyday noun that opens an organisation's name ("Women's
 * Sports Foundation", "Children's Defense Fund"): the run after it ends in an organisation's head.
 * A person's or a place's possessive ("Biden's Cancer Moonshot") still ends the name.
 */
function possessiveOpensOrgName(tokens: readonly Token[], k: number, covered: Int32Array | undefined): boolean {
  const t = tokens[k];
  // "the U.S. Attorney’s Office for …": the office a title-holder runs.
  if (isTitleBeforeItsOffice(tokens, k, covered)) return true;
  // "Center for Women's Employment Equity": the people a body serves, then the rest of its remit.
  if (
    t?.possessive &&
    HEAD_LINKS.has(tokens[k - 1]?.key ?? '') &&
    PEOPLE_SERVED.has(t.key) &&
    isNameWord(tokens[k + 1]) &&
    !ORG_HEADS.has(tokens[k + 1]?.key ?? '')
  )
    return true;
  // A body's own possessive ("the Bar Association's Standing Committee") or a field's after a head link ("Department of Transportation's") ends the name.
  if (!t?.possessive || !isNameWord(t) || TITLE_WORDS.has(t.key) || ORG_HEADS.has(t.key) || HEAD_LINKS.has(tokens[k - 1]?.key ?? '')) return false;
  const info = lookUpWord(t.key);
  if (!(info.common || info.plain) || info.given || info.surname || info.place || info.function) return false;
  return isNameWord(tokens[k + 1]) && runEndsInOrgHead(tokens, k + 1);
}

/** True when a capitalised word can start or continue a name. */
function isNameWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || !t.upper) return false;
  if (/^\d/.test(t.core)) return false;
  return !isWeekday(t.key) && !(t.key === 'i' && t.core === 'I');
}

/** True when the capitalised run starting at `from` ends in an organisation head within a few words. */
function runEndsInOrgHead(tokens: readonly Token[], from: number): boolean {
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
function joinsName(tokens: readonly Token[], k: number, orgLike: boolean, titled: boolean): boolean {
  const key = tokens[k]?.key ?? '';
  // "President Charles Michel of the European Council and President Ursula von der Leyen …": a new title after a named person starts the next name.
  if (key === 'and' && TITLE_WORDS.has(tokens[k + 1]?.key ?? '') && namedSinceTitle(tokens, k)) return false;
  if (key === 'in') return IN_HEADS.has(tokens[k - 1]?.key ?? '') && !isMonth(tokens[k + 1]?.key ?? '');
  if (!ORG_ONLY_CONNECTORS.has(key) || orgLike) return true;
  if (titled && (TITLE_CONNECTORS.has(key) || (key === 'and' && TITLE_DOMAIN_WORDS.has(tokens[k + 1]?.key ?? '') && !namedSinceTitle(tokens, k)))) return true;
  return runEndsInOrgHead(tokens, k + 1);
}

/** True for a capitalised everyday word that can be one field in a list in an organisation's name ("Refugees", "Tobacco"); a surname may be one. */
function isFieldInList(t: Token | undefined): boolean {
  return isNameWord(t) && isEverydayCapital(t, { allowAllCaps: true, allowSurname: true, notFunction: true });
}

/**
 * True when the closing field ending at `at` opens a name of its own instead: a capitalised word
 * follows, or a head and its link ("…, and Office of the Vice President": a second body listed).
 */
function opensNextName(tokens: readonly Token[], at: number): boolean {
  return isNameWord(tokens[at]) || (ORG_HEADS.has(tokens[at - 1]?.key ?? '') && HEAD_LINKS.has(tokens[at]?.key ?? ''));
}

/** End of ", Refugees, and Migration" starting at the comma `k`: a list of field words closed by "and"; `k` when there is none. */
function commaListEnd(tokens: readonly Token[], k: number): number {
  let at = k;
  while (tokens[at]?.key === ',') {
    at += 1;
    const closing = tokens[at]?.key === 'and';
    if (closing) at += 1;
    if (!isFieldInList(tokens[at])) return k;
    while (isFieldInList(tokens[at])) at += 1;
    if (closing) return opensNextName(tokens, at) ? k : at;
    if (tokens[at]?.key === 'and' && isFieldInList(tokens[at + 1])) {
      at += 1;
      while (isFieldInList(tokens[at])) at += 1;
      return opensNextName(tokens, at) ? k : at;
    }
  }
  return k;
}

// What span classification needs to see of an article.

/** Tokens of the article and which of them registered names cover. */
export interface SpanContext {
  tokens: readonly Token[];
  /** Registry match index per token, -1 when none. */
  covered: Int32Array;
  /** 1 for tokens a registered organisation's match covers. */
  coveredByOrg: Uint8Array;
  /** 1 for tokens in a title-cased line. */
  headline: Uint8Array;
  /** Field of each token (0 title, 1 summary, 2 body). */
  field: Uint8Array;
}
