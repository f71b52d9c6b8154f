/** How often texts write given runs of words, word for word: the archive-wide evidence some entity rules weigh. */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

/** The words of a text, as the runs are matched against them (letters, digits, inner apostrophes and hyphens). */
export function wordsIn(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** A run of words to count, under the key its count is kept by. */
export interface WordRun<K> {
  key: K;
  words: readonly string[];
}

/**
 * Counts, for each key, the places in `texts` where one of its runs is written exactly (case
 * included), only where `counted(words, i)` accepts the run starting at word `i` (a rule may turn
 * down a run inside a longer name). One pass over the texts; runs are looked up by their first
 * word. Every key is counted, if only as 0.
 */
export function countWordRuns<K>(
  texts: Iterable<string>,
  runs: Iterable<WordRun<K>>,
  counted: (words: readonly string[], i: number) => boolean = () => true,
): Map<K, number> {
  const byFirst = new Map<string, WordRun<K>[]>();
  const counts = new Map<K, number>();
  for (const run of runs) {
    counts.set(run.key, counts.get(run.key) ?? 0);
    const first = run.words[0];
    if (first === undefined) continue;
    const list = byFirst.get(first);
    if (list) list.push(run);
    else byFirst.set(first, [run]);
  }
  if (byFirst.size === 0) return counts;
  for (const text of texts) {
    const found = wordsIn(text);
    for (let i = 0; i < found.length; i++) {
      const list = byFirst.get(found[i] ?? '');
      if (!list || !counted(found, i)) continue;
      for (const { key, words } of list) {
        if (words.every((w, k) => found[i + k] === w)) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return counts;
}
