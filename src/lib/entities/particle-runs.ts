/** A surname opened by two or three lowercase particles ("Ursula von der Leyen", "Adela de la Torre"): one name, not two. */
import { lookUpWord, NAME_PARTICLES } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// One particle between two capitalised words is a connector like "of" ("Lula da Silva"); a run of
// them ("von der", "de la", "van den") has a lowercase word after the first particle, so the connector
// step, which wants a capitalised word next, would cut the name in two ("Ursula" and "Leyen").

const MAX_PARTICLES = 3;

/** True for a lowercase particle word. */
function isParticle(t: Token | undefined): boolean {
  return t?.kind === 'word' && !t.upper && NAME_PARTICLES.has(t.key);
}

/**
 * Index of the capitalised word after a run of two or more particles starting at `k`, or `k` when
 * there is no such run. The run must follow a given name the lexicon knows ("Ursula", "Adela"), so a
 * phrase in another language ("Ley de la Reducción", "Presidente y la Primera Dama") is not read as one.
 */
export function endOfParticleRun(tokens: readonly Token[], k: number, isNameWord: (t: Token | undefined) => boolean): number {
  const before = tokens[k - 1];
  if (!before || !isNameWord(before) || !lookUpWord(before.key).given) return k;
  let end = k;
  while (end - k < MAX_PARTICLES && isParticle(tokens[end])) end += 1;
  return end - k >= 2 && isNameWord(tokens[end]) ? end : k;
}
