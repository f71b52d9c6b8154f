/** How often the archive writes a phrase all in lowercase: "mental health" in prose is no organisation, however a headline capitalises it. */
import { countWordRuns, wordsIn } from '../text/word-runs.ts';

/**
 * Counts, for each phrase of two words or more, the places in `texts` where it is written with
 * every word in lowercase.
 */
export function countLowercaseUses(texts: Iterable<string>, phrases: Iterable<string>): Map<string, number> {
  const runs = [...new Set(phrases)]
    .map((phrase) => ({ key: phrase, words: wordsIn(phrase).map((w) => w.toLowerCase()) }))
    .filter((run) => run.words.length >= 2);
  return countWordRuns(texts, runs);
}

/** An article's title and plain body text, as the lowercase evidence reads it. */
export interface ArticleWords {
  title: string;
  /** The body as plain text (Markdown removed). */
  body: string;
}

/**
 * The lowercase evidence the cross-article rule weighs (`ConfidenceRule.lowercaseUses`): how often
 * the articles write each of their candidate names all in lowercase. The one builder for the
 * newsroom index and the entities script, so both judge names alike.
 */
export function countCandidateLowercaseUses(
  articles: Iterable<ArticleWords>,
  perArticle: readonly { candidates: readonly { name: string }[] }[],
): Map<string, number> {
  const texts = [...articles].map((a) => `${a.title}\n${a.body}`);
  return countLowercaseUses(
    texts,
    perArticle.flatMap((a) => a.candidates.map((c) => c.name)),
  );
}
