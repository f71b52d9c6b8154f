/** How often the archive writes a phrase all in lowercase: "mental health" in prose is no organisation, however a headline capitalises it. */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

/** The lowercase words of a phrase ("Mental Health" → ["mental", "health"]). */
function wordsOf(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => m[0].toLowerCase());
}

/**
 * Counts, for each phrase of two words or more, the places in `texts` where it is written with
 * every word in lowercase. One pass over the texts; phrases are looked up by their first word.
 */
export function countLowercaseUses(texts: Iterable<string>, phrases: Iterable<string>): Map<string, number> {
  const byFirst = new Map<string, { phrase: string; words: string[] }[]>();
  const counts = new Map<string, number>();
  for (const phrase of phrases) {
    const words = wordsOf(phrase);
    const first = words[0];
    if (words.length < 2 || !first || counts.has(phrase)) continue;
    counts.set(phrase, 0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), { phrase, words }]);
  }
  if (byFirst.size === 0) return counts;
  for (const text of texts) {
    const found = text.match(WORD) ?? [];
    for (let i = 0; i < found.length; i++) {
      // Only a word in lowercase can open a lowercase phrase; phrases are keyed by lowercase first words.
      const list = byFirst.get(found[i] ?? '');
      if (!list) continue;
      for (const { phrase, words } of list) {
        if (words.every((w, k) => found[i + k] === w)) counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
      }
    }
  }
  return counts;
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
