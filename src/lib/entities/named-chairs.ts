/** A chair named after someone ("the Abraham Harris Professor of Education") names a post, not that person. */
import type { Token } from './tokenise.ts';

// Universities name endowed chairs after donors and scholars; nominee biographies write the holder's
// chair in full ("… is the Charles S. Murphy Emeritus Professor of Law"). The namesake takes no part
// in the story, and a person tag for them would be wrong.
const CHAIR_WORDS = new Set(['professor', 'professorship', 'chair']);
const CHAIR_FIELD_LINKS = new Set(['of', 'in', 'for']);

/** True when the title word at `t` is a chair's ("Professor of …"), so a name right before it is the chair's namesake. */
export function isNamedChairTitle(tokens: readonly Token[], t: number): boolean {
  const title = tokens[t];
  return title?.kind === 'word' && title.upper && CHAIR_WORDS.has(title.key) && CHAIR_FIELD_LINKS.has(tokens[t + 1]?.key ?? '');
}
