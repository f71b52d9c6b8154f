import type { ArticleRecord } from '../types.ts';
import { type Candidate, type Token, tokens } from './event-words.ts';
import { isAdjective } from './event-word-kind.ts';

// A headline's kicker: a label of at most a few words, all in capitals, before a colon.
const KICKER = /^([^:\p{Ll}]{2,40}):\s/u;

/** A pair of words that follow each other in the members' texts, and in how many. */
export interface WordPair {
  count: number;
  words: [string, string];
}

/** The words of a story's texts, counted once per member: each word, each pair, and each member's tokens. */
export interface WordCounts {
  single: Map<string, Candidate>;
  pairs: Map<string, WordPair>;
  /** Each member's tokens, a kicker's with an empty stem. */
  lists: Token[][];
}

/** What counting needs: which text of a member to read, and which words count. */
export interface CountSource {
  text: (article: ArticleRecord) => string;
  /** Capitals among other words are an acronym in a headline; a lead's are names ("ROK"). */
  acronyms: boolean;
  /** Whether a word may count at all (not a name's word, not a number). */
  usable: (token: Token | undefined) => token is Token;
  /** Stems of the words of the names the story is named after ("quad"). */
  subjectStems?: ReadonlySet<string> | undefined;
}

/**
 * Counts the words of the members' texts, each once per member, with their forms, and the pairs of
 * usable words that follow each other. A kicker in capitals before a colon ("FIVE-ALARM FIRE:",
 * "FACT SHEET:") labels the release: its words say nothing of what happened and are not counted.
 */
export function countWords(members: readonly number[], articles: readonly ArticleRecord[], source: CountSource): WordCounts {
  const single = new Map<string, Candidate>();
  const pairs = new Map<string, WordPair>();
  const lists: Token[][] = [];
  const { usable, subjectStems } = source;
  for (const index of members) {
    const article = articles[index];
    const text = article ? source.text(article) : '';
    const kicker = tokens(KICKER.exec(text)?.[1] ?? '').length;
    const list = tokens(text).map((t, i) => (i < kicker ? { ...t, stem: '' } : source.acronyms ? t : { ...t, acronym: false }));
    lists.push(list);
    const seen = new Set<string>();
    // A headline in sentence case ("Kim hosts Putin") capitalises names only.
    const sentenceCase = list.some((token) => token.stem !== '' && /^\p{Ll}/u.test(token.surface));
    list.forEach((token, i) => {
      if (!usable(token)) return;
      const entry = single.get(token.stem) ?? { stem: token.stem, count: 0, forms: [] };
      if (!seen.has(token.stem)) entry.count += 1;
      seen.add(token.stem);
      entry.forms.push(token);
      if (sentenceCase && i > 0 && /^\p{Lu}/u.test(token.surface)) entry.named = true;
      // "APEC Leaders", "APEC Economic Leaders": the subject's word just before, or before an adjective (not "Okafor meets mayors").
      const [before, twoBefore] = [list[i - 1], list[i - 2]];
      if (subjectStems?.has(before?.stem ?? '') || (before && subjectStems?.has(twoBefore?.stem ?? '') && isAdjective(before.lower))) {
        entry.afterName = (entry.afterName ?? 0) + 1;
      }
      single.set(token.stem, entry);
      const next = list[i + 1];
      const key = `${token.stem} ${next?.stem}`;
      if (!usable(next) || next.stem === token.stem || seen.has(key)) return;
      seen.add(key);
      const pair = pairs.get(key) ?? { count: 0, words: [token.stem, next.stem] };
      pair.count += 1;
      pairs.set(key, pair);
    });
  }
  return { single, pairs, lists };
}
