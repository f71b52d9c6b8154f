import { mulberry32 } from './prng.ts';

// Syllables made of the seed's shuffled consonants and vowels: pronounceable, never real words,
// and each rank maps to exactly one word.
const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';

/** A deterministic list of distinct pseudo-words, shortest for the most frequent ranks. */
export function createPseudoWords(count: number, seed: number, finals = ''): string[] {
  const random = mulberry32(seed);
  const syllables: string[] = [];
  for (const c of CONSONANTS) for (const v of VOWELS) syllables.push(c + v);
  for (let i = syllables.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [syllables[i], syllables[j]] = [syllables[j] ?? '', syllables[i] ?? ''];
  }
  const base = syllables.length;
  const words: string[] = [];
  for (let rank = 0; rank < count; rank++) {
    // Base-70 digits of rank + 70: distinct ranks give distinct words of two syllables or more.
    // An optional final consonant keeps names apart from ordinary words, which end in a vowel.
    let n = rank + base;
    let word = '';
    while (n > 0) {
      word += syllables[n % base];
      n = Math.floor(n / base);
    }
    if (finals) word += finals[rank % finals.length];
    words.push(word);
  }
  return words;
}

/** Capitalises the first letter of a word. */
export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
