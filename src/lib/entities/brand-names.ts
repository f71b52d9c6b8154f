/** "SpaceX", "OpenAI", "PepsiCo": one word with a capital inside names a company, not a person or a phrase. */
import { lookUpWord } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// A capital inside a surname follows a prefix of the name's origin ("McCarthy", "DeWine", "LaBolt").
const SURNAME_PREFIX = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|Del|Della|La|Le|Lo|Van|Von|St|Ten|Ter)\p{Lu}/u;
// A brand's own word: a capital, lowercase letters, then another capital ("SpaceX", "PepsiCo").
const INNER_CAPITAL = /^\p{Lu}\p{Ll}{2,}\p{Lu}/u;

/**
 * True for a one-word brand written with a capital inside ("SpaceX", "AstraZeneca"), not a surname
 * with a prefix ("McCarthy"), an abbreviation ("PhD", "PrEP"), a hashtag or handle ("#CareCantWait",
 * "@JulieSuCA"), a web address ("HealthCare.gov") or a given name paired with another ("RowVaughn and
 * Rodney Wells").
 */
export function isInnerCapitalBrand(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (t?.kind !== 'word' || t.allCaps || !INNER_CAPITAL.test(t.core) || SURNAME_PREFIX.test(t.core)) return false;
  const before = tokens[at - 1];
  if (before && (before.key === '#' || before.key === '@') && before.end === t.start) return false;
  const after = tokens[at + 1];
  if (after?.key === '.' && after.start === t.end && tokens[at + 2]?.kind === 'word' && tokens[at + 2]?.start === after.end) return false;
  // "RowVaughn and Rodney Wells": a given name before another that shares the surname.
  return !(after?.key === 'and' && lookUpWord(tokens[at + 2]?.key ?? '').given);
}
