/** A capitalised everyday word ("Museum", "Health", "Address"): one rule, with the few differences the name rules need as options. */
import { lookUpWord } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// Many rules ask whether a capitalised word is only an everyday word, not a place or a person's
// name: a field in a body's name, a remit's verb, a post after a title. They differ in a few
// points, kept as options: whether a surname may pass ("Refugees" and "Rice" alike in a listed
// field), whether function words and demonyms are turned down, whether capitals pass, and which
// words the caller rules out (titles, heads, months).

/** What, beyond a place or a given name, a rule turns down or lets pass. */
export interface EverydayWordOptions {
  /** Let a word the lexicon also knows as a surname pass ("Rice"). */
  allowSurname?: boolean;
  /** Turn down function words ("Which", "Both"). */
  notFunction?: boolean;
  /** Turn down demonyms ("Asian"). */
  notDemonym?: boolean;
}

/** What a token must also be to count as a capitalised everyday word. */
export interface EverydayCapitalOptions extends EverydayWordOptions {
  /** Let a word in capitals pass ("HEALTH"); acronyms are turned down otherwise. */
  allowAllCaps?: boolean;
  /** Keys the rule rules out on its own (titles, heads, months). */
  except?: (key: string) => boolean;
}

/** True for a word the lexicon knows as an everyday word, and not as a place or a given name. */
export function isEverydayWord(key: string, options: EverydayWordOptions = {}): boolean {
  const info = lookUpWord(key);
  if (!(info.common || info.plain) || info.place || info.given) return false;
  if (info.surname && !options.allowSurname) return false;
  return !(options.notFunction && info.function) && !(options.notDemonym && info.demonym);
}

/** True for a capitalised word token that is an everyday word (`isEverydayWord`) under `options`. */
export function isEverydayCapital(t: Token | undefined, options: EverydayCapitalOptions = {}): boolean {
  if (t?.kind !== 'word' || !t.upper || (t.allCaps && !options.allowAllCaps)) return false;
  if (options.except?.(t.key)) return false;
  return isEverydayWord(t.key, options);
}
