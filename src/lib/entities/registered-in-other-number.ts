/** A name that is a registered name with one word in the other number ("Pacific Island Forum" for "Pacific Islands Forum"). */

// Copy slips between singular and plural inside a long name far more often than two bodies differ
// by one plural: a name one "s" away from a registered name is that name misspelt, no new entity.

/** True when a lowercase word has a plural's ending: an "s", not "ss", after three letters or more ("groups", not "press" or "bus"). */
export function looksPlural(key: string): boolean {
  return key.length > 3 && key.endsWith('s') && !key.endsWith('ss');
}

/** The other-number spellings of one lowercase word ("island" → "islands", "islands" → "island", "city" → "cities"). */
export function otherNumberForms(key: string): string[] {
  if (key.length < 4 || !/^\p{L}+$/u.test(key)) return [];
  if (key.endsWith('ies')) return [`${key.slice(0, -3)}y`];
  if (key.endsWith('ss')) return [`${key}es`];
  if (key.endsWith('es')) return [key.slice(0, -1), key.slice(0, -2)];
  if (key.endsWith('s')) return [key.slice(0, -1)];
  if (key.endsWith('y') && !/[aeiou]y$/u.test(key)) return [`${key.slice(0, -1)}ies`];
  return /(?:s|x|z|ch|sh)$/u.test(key) ? [`${key}es`] : [`${key}s`];
}

/**
 * The registered entity (`lookUp`) that `keys` (two words or more) name once one word takes the other
 * number: the misspelt name's mentions count for the entity it names, as the name itself is no entity.
 */
export function registeredInOtherNumber<T>(keys: readonly string[], lookUp: (keys: readonly string[]) => T | undefined): T | undefined {
  if (keys.length < 2) return undefined;
  for (const [i, key] of keys.entries()) {
    for (const form of otherNumberForms(key)) {
      const found = lookUp(keys.map((k, j) => (j === i ? form : k)));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
