import { MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS } from '../text/calendar-words.ts';
/** A sentence of a text with its character offsets. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Words that end with a full stop without ending the sentence (compared lowercase, no dot).
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'sen',
  'rep',
  'reps',
  'gov',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'cpl',
  'pvt',
  'pres',
  'amb',
  'hon',
  'rev',
  'fr',
  'supt',
  'insp',
  'inc',
  'corp',
  'co',
  'ltd',
  'plc',
  'llc',
  'bros',
  'dept',
  'univ',
  'assn',
  'no',
  'nos',
  'vol',
  'pp',
  'p',
  'vs',
  'v',
  'etc',
  'approx',
  'est',
  'ft',
  'mt',
  'ave',
  'blvd',
  'rd',
  'fig',
  'cf',
  'al',
  'ca',
  ...MONTH_ABBREVIATIONS,
  ...WEEKDAY_ABBREVIATIONS,
]);

// Words that, after "a.m." or "p.m.", show that a new sentence has begun.
const SENTENCE_STARTERS = new Set([
  'the',
  'a',
  'an',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'there',
  'his',
  'her',
  'their',
  'our',
  'its',
  'but',
  'and',
  'however',
  'meanwhile',
  'police',
  'officials',
]);

const CANDIDATE = /[.!?]+["'”’)\]]*(?=\s+|$)/g;

/**
 * Splits plain text into sentences. Blank lines always end a sentence; a full stop does not
 * when it closes an abbreviation ("Mr.", "Sept."), an initial ("John F. Kennedy") or a dotted
 * acronym ("U.S.", "a.m."), unless a.m./p.m. is followed by an obvious sentence opener.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) sentences.push({ text: trimmed.replace(/\s+/g, ' '), start: start + lead, end: start + lead + trimmed.length });
  };
  const paragraphs = /\n\s*\n/g;
  let paragraphStart = 0;
  for (const boundary of [...text.matchAll(paragraphs), null]) {
    const paragraphEnd = boundary ? boundary.index : text.length;
    splitParagraph(text, paragraphStart, paragraphEnd, push);
    paragraphStart = boundary ? boundary.index + boundary[0].length : text.length;
  }
  return sentences;
}

function splitParagraph(text: string, from: number, to: number, push: (start: number, end: number) => void): void {
  const paragraph = text.slice(from, to);
  let start = 0;
  for (const match of paragraph.matchAll(CANDIDATE)) {
    const end = match.index + match[0].length;
    if (endsSentence(paragraph, match.index, end)) {
      push(from + start, from + end);
      start = end;
    }
  }
  push(from + start, to);
}

// The word after a full stop, read in place (sticky) rather than on a copy of the rest of the text.
const NEXT_WORD = /\s+["'“‘([]*(\S+)/y;

function wordAfter(paragraph: string, end: number): string {
  NEXT_WORD.lastIndex = end;
  return NEXT_WORD.exec(paragraph)?.[1] ?? '';
}

function endsSentence(paragraph: string, stop: number, end: number): boolean {
  const next = wordAfter(paragraph, end);
  if (next !== '' && !/^[A-Z0-9"'“‘]/.test(next)) return false; // '"Why?" he asked', "5 p.m. local time"
  if (paragraph[stop] !== '.') return true;
  const before = /(\S+)$/.exec(paragraph.slice(Math.max(0, stop - 30), stop + 1))?.[1] ?? '';
  const word = before.replace(/^["'“‘([]+/, '').replace(/\.$/, '');
  const lower = word.toLowerCase();
  if (lower === 'a.m' || lower === 'p.m') return SENTENCE_STARTERS.has(next.replace(/\W+$/, '').toLowerCase());
  if (ABBREVIATIONS.has(lower)) return false;
  if (/^[A-Za-z]$/.test(word)) return false; // an initial
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return false; // U.S, U.N, D.C
  return true;
}
