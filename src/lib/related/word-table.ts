import { isIndexableWord, stem } from '../text/index.ts';

/** FNV-1a hash of a string's UTF-16 code units, as an unsigned 32-bit integer. */
export function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Interns every distinct word once: its index term (stem id, or -1 for stop words) and a hash
 * for shingling. A word is looked up in one Map and never stemmed twice, which is what keeps
 * tokenising an archive of millions of words cheap.
 */
export class WordTable {
  private readonly slots = new Map<string, number>();
  private readonly termIds = new Map<string, number>();
  /** Term id of each word slot, or -1 when the word is not indexed. */
  readonly termOfSlot: number[] = [];
  /** Hash of each word slot. */
  readonly hashOfSlot: number[] = [];
  /** Display word of each term: the shortest word seen with that stem, then the first alphabetically. */
  readonly surfaces: string[] = [];

  /** The slot of `word` (lowercase), created on first sight. */
  slotOf(word: string): number {
    let slot = this.slots.get(word);
    if (slot !== undefined) return slot;
    slot = this.termOfSlot.length;
    this.slots.set(word, slot);
    this.hashOfSlot.push(hashWord(word));
    this.termOfSlot.push(isIndexableWord(word) ? this.termOf(word) : -1);
    return slot;
  }

  private termOf(word: string): number {
    const key = stem(word);
    let id = this.termIds.get(key);
    if (id === undefined) {
      id = this.surfaces.length;
      this.termIds.set(key, id);
      this.surfaces.push(word);
      return id;
    }
    // Order-independent choice, so the same archive in any order explains links the same way.
    const current = this.surfaces[id] ?? word;
    if (word.length < current.length || (word.length === current.length && word < current)) this.surfaces[id] = word;
    return id;
  }
}
