// Letters and digits of any script; an apostrophe inside a word keeps it whole ("o'brien").
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
const CURLY_APOSTROPHE = /[\u2019\u02bc]/g;
// Only text with characters from U+0300 (combining marks) up can change under NFC.
const MAY_NEED_NFC = /[^\u0000-\u02ff]/;

/** Calls `visit` with each lowercase word of `text` in order, without building an array. */
export function forEachWord(text: string, visit: (word: string) => void): void {
  const normal = MAY_NEED_NFC.test(text) ? text.normalize('NFC') : text;
  const lower = normal.toLowerCase().replace(CURLY_APOSTROPHE, "'");
  // A private copy of the pattern: `lastIndex` is state, and visitors may tokenise too.
  const pattern = new RegExp(WORD);
  for (let match = pattern.exec(lower); match; match = pattern.exec(lower)) {
    const word = match[0];
    // Possessive 's is grammar, not meaning: "Biden's" and "Biden" are one word.
    visit(word.endsWith("'s") ? word.slice(0, -2) : word);
  }
}

/** The lowercase words of `text` (Unicode letters and digits; possessive 's dropped). */
export function tokenise(text: string): string[] {
  const words: string[] = [];
  forEachWord(text, (word) => words.push(word));
  return words;
}
