/** A company's name by its shape: one word with a capital inside ("SpaceX", "OpenAI"), or a short acronym and a name word ("SK Hynix"). */
import { lookUpWord, NON_ORG_ACRONYMS } from './lexicon.ts';
import type { Token } from './tokenise.ts';

// A capital inside a surname follows a prefix of the name's origin ("MacBride", "FitzGerald").
const SURNAME_PREFIX = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|Del|Della|La|Le|Lo|Van|Von|St|Ten|Ter)\p{Lu}/u;
// Two lowercase letters before the inner capital at least: "PhD", "PrEP" and "McCarthy" are abbreviations and surnames, not brands.
const INNER_CAPITAL = /^\p{Lu}\p{Ll}{2,}\p{Lu}/u;

/** True when the article writes the word `key` beside a given name or a surname ("Scott DesJarlais", "RowVaughn Wells"): a person's name, written with a capital inside. */
function standsInPersonName(tokens: readonly Token[], key: string): boolean {
  return tokens.some((t, k) => {
    if (t.key !== key) return false;
    // "HuffPost’s Jennifer Bendery": a possessive owns the name after it and shares none of it.
    const near = [tokens[k - 1], t.possessive ? undefined : tokens[k + 1]].filter((n) => n?.kind === 'word' && n.upper);
    return near.some((n) => {
      const info = lookUpWord(n?.key ?? '');
      return (info.given || info.surname) && !info.org;
    });
  });
}

/**
 * True for a one-word brand written with a capital inside ("SpaceX", "AstraZeneca"), not a given
 * name or surname the lexicon knows ("MaryAnn") or one written beside a person's other name anywhere
 * in the article ("Scott DesJarlais … DesJarlais said") or before "and" and another given name
 * ("RowVaughn and Rodney Wells"), a surname with a prefix ("MacBride"), a hashtag or handle
 * ("#CareCantWait", "@JulieSuCA") or a web address ("HealthCare.gov"): those shapes also carry
 * capitals inside, and none names a company.
 */
export function isInnerCapitalBrand(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (t?.kind !== 'word' || t.allCaps || !INNER_CAPITAL.test(t.core) || SURNAME_PREFIX.test(t.core)) return false;
  const info = lookUpWord(t.key);
  if (info.given || info.surname || standsInPersonName(tokens, t.key)) return false;
  const before = tokens[at - 1];
  if (before && (before.key === '#' || before.key === '@') && before.end === t.start) return false;
  const after = tokens[at + 1];
  if (after?.key === '.' && after.start === t.end && tokens[at + 2]?.kind === 'word' && tokens[at + 2]?.start === after.end) return false;
  // "RowVaughn and Rodney Wells": a given name before another that shares the surname.
  return !(after?.key === 'and' && lookUpWord(tokens[at + 2]?.key ?? '').given);
}

/** "SK Hynix", "LG Display": a short acronym and a name word make a company. */
export function isBrandedOrg(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word');
  const [first, ...rest] = words;
  if (!first || rest.length === 0 || rest.length > 2 || !first.allCaps || first.core.length > 4 || NON_ORG_ACRONYMS.has(first.core)) return false;
  return rest.every((w) => w.upper && !w.allCaps && !lookUpWord(w.key).common && !lookUpWord(w.key).function);
}
