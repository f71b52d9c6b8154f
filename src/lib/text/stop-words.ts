import { eng } from 'stopword';

// The package's English list is short (108 words); these function words and news boilerplate
// ("says", "mr") carry no topic either, and left in they would become matching terms.
const EXTRA = [
  'across',
  'cannot',
  'down',
  'during',
  'every',
  'including',
  'its',
  'just',
  'may',
  'mr',
  'mrs',
  'ms',
  'no',
  'not',
  'per',
  'says',
  'shall',
  'she',
  'so',
  'upon',
  'us',
  'via',
  'when',
  'whom',
  'why',
  'will',
  'within',
  'without',
];

/** English stop words (the `stopword` package's list plus a few function words), lowercase. */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set([...eng, ...EXTRA]);

/** Whether a lowercase word is an English stop word. */
export function isStopWord(word: string): boolean {
  return ENGLISH_STOP_WORDS.has(word);
}
