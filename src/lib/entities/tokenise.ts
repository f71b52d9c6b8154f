/** Text as tokens for name matching: words, punctuation and paragraph breaks with their offsets, and an article segmented into headline, summary, lead and body. */
import { foldToAscii } from '../slugify.ts';
import type { ArticleText } from './types.ts';

// Splits plain text into word, punctuation and paragraph-break tokens with character offsets.

/** What a token is: a word (letters/digits, abbreviations like "U.S."), one punctuation mark, or a blank line. */
export type TokenKind = 'word' | 'punct' | 'break';

/** One token of text; `key` is what name matching compares. */
export interface Token {
  kind: TokenKind;
  /** Offset of the first character in the analysed text. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** The text as written ("Blinken's", "U.S."). */
  text: string;
  /** The text without dots and possessive ("Blinken", "US"), case kept. */
  core: string;
  /** Lowercase ASCII-folded `core`: the matching key ("blinken", "us"). */
  key: string;
  /** Written with a possessive `'s` or `’s`. */
  possessive: boolean;
  /** First character is an uppercase letter. */
  upper: boolean;
  /** Two or more letters, all uppercase ("NATO", "U.S."). */
  allCaps: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const LETTER = /\p{L}/u;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/** True for letters, digits and combining marks at `text[i]`. */
function isWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return code === code && WORD_CHAR.test(text.charAt(i));
}

/** True for letters only at `text[i]`. */
function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return code === code && LETTER.test(text.charAt(i));
}

/** True for an upper-case letter at `text[i]`. */
function isUpperAt(text: string, i: number): boolean {
  return isLetterAt(text, i) && text.charAt(i) !== text.charAt(i).toLowerCase();
}

/** Builds the matching fields of a word token from its written form. */
function describeWord(text: string): Pick<Token, 'core' | 'key' | 'possessive' | 'upper' | 'allCaps'> {
  let core = text.includes('.') ? text.replace(/\./g, '') : text;
  let possessive = false;
  const n = core.length;
  if (n > 2) {
    const last = core.charCodeAt(n - 1);
    const quote = core.charCodeAt(n - 2);
    if ((last === 115 || last === 83) && (quote === APOSTROPHE || quote === RIGHT_QUOTE)) {
      core = core.slice(0, -2);
      possessive = true;
    }
  }
  const lower = core.toLowerCase();
  const c0 = core.charCodeAt(0);
  const upper = c0 < 128 ? c0 >= 65 && c0 <= 90 : core.charAt(0) !== lower.charAt(0);
  let letters = 0;
  let allCaps = upper;
  for (let i = 0; i < core.length && allCaps; i++) {
    const c = core.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) letters += 1;
      else if (c >= 97 && c <= 122) allCaps = false;
    } else {
      const ch = core.charAt(i);
      if (ch !== ch.toLowerCase()) letters += 1;
      else if (ch !== ch.toUpperCase()) allCaps = false;
    }
  }
  allCaps = allCaps && letters >= 2;
  let key = lower;
  for (let i = 0; i < key.length; i++) {
    if (key.charCodeAt(i) > 127) {
      key = foldToAscii(lower).replace(/’/g, "'");
      break;
    }
  }
  return { core, key, possessive, upper, allCaps };
}

/** Length of a dotted abbreviation ("U.S.", "D.P.R.K.") starting at `i`, or 0. */
function abbreviationLength(text: string, i: number): number {
  let p = i;
  let pairs = 0;
  while (p + 1 < text.length && text.charCodeAt(p + 1) === 46 && isLetterAt(text, p)) {
    if (p > i && isWordAt(text, p - 1) && text.charCodeAt(p - 1) !== 46) break;
    pairs += 1;
    p += 2;
    if (p >= text.length || !isLetterAt(text, p) || isWordAt(text, p + 1)) break;
  }
  // "the U.S Department of Agriculture": capitals that lost their last dot before a space are the same initials.
  if (pairs >= 1 && isUpperAt(text, i) && isUpperAt(text, p) && /\s/.test(text.charAt(p + 1)) && isLetterAt(text, p + 2)) return p + 1 - i;
  return pairs >= 2 ? p - i : 0;
}

/** True when tokens `a` and `b` touch, with no space between them ("Apartments" and "." of "Apartments.com"). */
export function touches(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.kind !== 'break' && b.kind !== 'break' && a.end === b.start;
}

/** True when the token at `k` is a hyphen written tight between two words ("Israel-Hamas", "Coca-Cola"). */
export function isTightHyphen(tokens: readonly Token[], k: number): boolean {
  const hyphen = tokens[k];
  return hyphen?.key === '-' && hyphen.start === tokens[k - 1]?.end && hyphen.end === tokens[k + 1]?.start;
}

/** True for a word written in lowercase that is one of `words` ("officials" after "White House", "visited" before a place). */
export function isLowercaseWordOf(t: Token | undefined, words: ReadonlySet<string> | readonly string[] | undefined): boolean {
  if (words === undefined || t?.kind !== 'word' || t.upper) return false;
  return 'has' in words ? words.has(t.key) : words.includes(t.key);
}

/** True for a word that opens with a capital, initials too ("Kentz", "IBM"); `isCapitalisedWord` also leaves out all capitals and digits. */
export function isUpperWord(t: Token | undefined): boolean {
  return t?.kind === 'word' && t.upper;
}

/** True for a word written with a capital and then lowercase letters, no digits ("Austin", not "NASA" or "FY24"). */
export function isCapitalisedWord(t: Token | undefined): boolean {
  return t?.kind === 'word' && t.upper && !t.allCaps && !/\d/.test(t.core);
}

/** Tokenises `text` for name matching, keeping offsets; they are shifted by `offset` so several fields can share one coordinate space. */
export function tokeniseWithOffsets(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 13 || code === 10 || code === 0xa0) {
      let newlines = 0;
      const from = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 10) newlines += 1;
        else if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0) break;
        i += 1;
      }
      if (newlines >= 2) {
        tokens.push({ kind: 'break', start: from + offset, end: i + offset, text: '\n\n', core: '', key: '', possessive: false, upper: false, allCaps: false });
      }
      continue;
    }
    if (isWordAt(text, i)) {
      // Only a single letter followed by a dot can start an abbreviation ("U.S.").
      let end = text.charCodeAt(i + 1) === 46 ? abbreviationLength(text, i) : 0;
      if (end > 0) end += i;
      else {
        end = i + 1;
        while (end < n) {
          const c = text.charCodeAt(end);
          if (isWordAt(text, end)) end += 1;
          else if ((c === APOSTROPHE || c === RIGHT_QUOTE) && end + 1 < n && isLetterAt(text, end + 1)) end += 2;
          else break;
        }
      }
      const raw = text.slice(i, end);
      tokens.push({ kind: 'word', start: i + offset, end: end + offset, text: raw, ...describeWord(raw) });
      i = end;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    const raw = text.slice(i, i + width);
    const key = code === 0x2010 || code === 0x2011 ? '-' : raw;
    tokens.push({ kind: 'punct', start: i + offset, end: i + width + offset, text: raw, core: key, key, possessive: false, upper: false, allCaps: false });
    i += width;
  }
  return tokens;
}

// Tokenises title, summary and body into one token list over `title + "\n" + summary + "\n" + body`.

/** The `field` of the article's headline (the summary is 1, the body 2). */
export const TITLE_FIELD = 0;

/** Which field a token came from. */
export type Field = 'title' | 'summary' | 'body';

/** An article as tokens, with where each field and the lead paragraph end. */
export interface SegmentedArticle {
  tokens: Token[];
  /** Field of each token (0 title, 1 summary, 2 body). */
  field: Uint8Array;
  /** 1 for tokens in a title-cased or all-caps line, where capitals say nothing about names. */
  headline: Uint8Array;
  /** 1 for body tokens set in bold. */
  bold: Uint8Array;
  /** Offset where the body starts. */
  bodyOffset: number;
  /** Offset where the lead paragraph (first block of the body) ends. */
  leadEnd: number;
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'vs', 'with', 'from', 'into', 'over']);

/** True when a (lowercase, folded) key has a letter. */
function hasLetter(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if ((c >= 97 && c <= 122) || c > 127) return true;
  }
  return false;
}

/** 1 for each body token (from `bodyStart`) that starts inside one of the body's bold stretches. */
function markBold(tokens: readonly Token[], bodyStart: number, bodyOffset: number, stretches: ReadonlyArray<readonly [number, number]>): Uint8Array {
  const bold = new Uint8Array(stretches.length > 0 ? tokens.length : 0);
  let s = 0;
  for (let k = bodyStart; k < tokens.length && s < stretches.length; k++) {
    const at = (tokens[k]?.start ?? 0) - bodyOffset;
    while (s < stretches.length && (stretches[s]?.[1] ?? 0) <= at) s += 1;
    if (at >= (stretches[s]?.[0] ?? Number.MAX_SAFE_INTEGER)) bold[k] = 1;
  }
  return bold;
}

/** Marks runs of tokens (lines) where most words are capitalised: headlines and headings. */
function markHeadlines(tokens: readonly Token[], headline: Uint8Array): void {
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t && t.kind !== 'break') continue;
    let words = 0;
    let capital = 0;
    for (let k = start; k < i; k++) {
      const w = tokens[k];
      if (!w || w.kind !== 'word' || !hasLetter(w.key) || SMALL_WORDS.has(w.key)) continue;
      words += 1;
      if (w.upper) capital += 1;
    }
    const last = tokens[i - 1];
    const sentence = last?.kind === 'punct' && (last.key === '.' || last.key === '?' || last.key === '!');
    if (words >= 2 && capital / words >= 0.75 && !sentence) headline.fill(1, start, i);
    start = i + 1;
  }
}

/** Splits an article into tokens in one coordinate space. */
export function segmentArticle(article: ArticleText): SegmentedArticle {
  const title = article.title;
  const summary = article.summary ?? '';
  const summaryOffset = title.length + 1;
  const bodyOffset = summaryOffset + summary.length + 1;
  const parts: [Token[], number][] = [
    [tokeniseWithOffsets(title, 0), 0],
    [tokeniseWithOffsets(summary, summaryOffset), 1],
    [tokeniseWithOffsets(article.body, bodyOffset), 2],
  ];
  const tokens: Token[] = [];
  const fields: number[] = [];
  let bodyStart = 0;
  for (const [list, field] of parts) {
    if (tokens.length > 0) {
      const at = list[0]?.start ?? bodyOffset;
      tokens.push({ kind: 'break', start: at, end: at, text: '\n', core: '', key: '', possessive: false, upper: false, allCaps: false });
      fields.push(field);
    }
    if (field === 2) bodyStart = tokens.length;
    for (const t of list) {
      tokens.push(t);
      fields.push(field);
    }
  }
  const headline = new Uint8Array(tokens.length);
  markHeadlines(tokens, headline);
  const firstBreak = tokens.slice(bodyStart).find((t) => t.kind === 'break');
  return {
    tokens,
    field: Uint8Array.from(fields),
    headline,
    bold: markBold(tokens, bodyStart, bodyOffset, article.bold ?? []),
    bodyOffset,
    leadEnd: firstBreak ? firstBreak.start : bodyOffset + article.body.length,
  };
}
