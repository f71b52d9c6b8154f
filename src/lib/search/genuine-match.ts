/** A word as matching compares it: lowercased, without punctuation around its leading letters and digits. */
function core(word: string): string {
  return /[\p{L}\p{N}]+/u.exec(word.toLocaleLowerCase())?.[0] ?? '';
}

/**
 * Whether a word a search matched stands for a query word, rather than being Pagefind's fallback:
 * when an index has no word starting with the query word, Pagefind matches the longest indexed
 * word that begins it instead ("in" for "introduced"). A real match shares the query word's first
 * four letters (all of a shorter one); stems and longer forms ("election" for "elections") do.
 */
export function matchesQueryWord(matched: string, queryWord: string): boolean {
  const m = core(matched);
  const q = core(queryWord);
  let common = 0;
  while (common < m.length && common < q.length && m[common] === q[common]) common += 1;
  return common >= Math.min(q.length, 4);
}

/** Whether the words one result matched stand for every word of the query. */
export function coversQuery(matched: readonly string[], query: string): boolean {
  const words = query.split(/\s+/).map(core).filter(Boolean);
  return words.every((q) => matched.some((m) => matchesQueryWord(m, q)));
}
