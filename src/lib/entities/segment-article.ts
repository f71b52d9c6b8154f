/** Tokenizes title, summary and body into one token list over `title + "\n" + summary + "\n" + body`. */
import { tokenize, type Token } from './tokenize';
import type { ArticleText } from './types';

/** Which field a token came from. */
export type Field = 'title' | 'summary' | 'body';

/** An article as tokens, with where each field and the lead paragraph end. */
export interface SegmentedArticle {
  tokens: Token[];
  /** Field of each token (0 title, 1 summary, 2 body). */
  field: Uint8Array;
  /** 1 for tokens in a title-cased or all-caps line, where capitals say nothing about names. */
  headline: Uint8Array;
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
    [tokenize(title, 0), 0],
    [tokenize(summary, summaryOffset), 1],
    [tokenize(article.body, bodyOffset), 2],
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
    bodyOffset,
    leadEnd: firstBreak ? firstBreak.start : bodyOffset + article.body.length,
  };
}
