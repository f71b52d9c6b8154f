/** Initials an article gives in brackets after a law's name ("the Endangered Species Act (ESA)") name the law, not a body. */
import { LAW_WORDS } from './lexicon.ts';
import { initialsInBracketsAt } from './initials-in-brackets.ts';
import type { Token } from './tokenise.ts';

// A word in capitals alone reads as a body's initials ("the UAW ratified …"), but a release that
// writes "Endangered Species Act (ESA) protections" and then "undermines the ESA" means the law.
// Laws are no entities: initials the article defines for a law's name make no organisation.

/** Keys of the initials written in brackets right after a law's name ("… Act (ESA)"). */
export function findLawInitials(tokens: readonly Token[]): Set<string> {
  const initials = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const law = tokens[k - 1];
    const code = law?.kind === 'word' && law.upper && LAW_WORDS.has(law.key) ? initialsInBracketsAt(tokens, k) : undefined;
    if (code) initials.add(code.key);
  }
  return initials;
}
