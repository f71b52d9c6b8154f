import { stem } from '../text/index.ts';
import type { ArticleRecord } from '../types.ts';

// A party to a case: capitalised words (or numbers), with "for", "of" or "and" between them
// ("Alliance for Hippocratic Medicine", "303 Creative LLC"); "the" or any other small word ends it,
// so that "the 50th Anniversary of the Roe v. Wade Decision" cites "Roe" (a party named "Friends of
// the Earth" is cited as "Earth": still one case).
const PARTY = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}'’&.-]*(?:\s+(?:(?:for|of|and)\s+)?[\p{Lu}\p{N}][\p{L}\p{N}'’&.-]*)*`;
// A court case is cited "Party v. Party" (also "vs." or "versus"); the one pattern every rule on cases reads.
const CITATION = new RegExp(String.raw`(?<![\p{L}\p{N}])(${PARTY})\s+(?:v|vs|versus)\.?\s+(${PARTY})`, 'u');

/** A court case a headline cites: which case (`key`, see `findCitedCase`) and how it is written ("Harlow v. Pendry"). */
interface Citation {
  key: string;
  text: string;
}

function readCitation(headline: string): Citation | undefined {
  const match = CITATION.exec(headline);
  const party = /^\S+/u.exec(match?.[2] ?? '')?.[0].replace(/[.’']+$/u, '');
  return match && party ? { key: stem(party.toLowerCase()), text: `${match[1]} v. ${match[2]}` } : undefined;
}

/**
 * The case a headline cites, as the stemmed first word of the party after "v." ("Ruling in Allen
 * v. Milligan" → "milligan"); the second party is kept because the first is often shortened
 * ("303 Creative LLC v. Elenis", "303 Creative v. Elenis"). `undefined` when it cites none.
 */
export function findCitedCase(headline: string): string | undefined {
  return readCitation(headline)?.key;
}

/**
 * The court case a story follows, as its headlines cite it ("Alliance for Hippocratic Medicine v.
 * FDA"), when at least half of its members' headlines (two at least) cite that one case: its
 * parties are then the story's subject, and the citation names them better than the parties'
 * names side by side ("Food and Drug Administration and Alliance for Hippocratic Medicine"). The
 * citation most of them write wins ("303 Creative LLC v. Elenis" over "303 Creative v. Elenis").
 * `undefined` otherwise.
 */
export function findStoryCase(members: readonly number[], articles: readonly ArticleRecord[]): string | undefined {
  const byCase = new Map<string, Map<string, number>>();
  for (const index of members) {
    const cited = readCitation(articles[index]?.title ?? '');
    if (!cited) continue;
    const forms = byCase.get(cited.key) ?? new Map<string, number>();
    forms.set(cited.text, (forms.get(cited.text) ?? 0) + 1);
    byCase.set(cited.key, forms);
  }
  const total = (forms: Map<string, number>): number => [...forms.values()].reduce((sum, count) => sum + count, 0);
  const [forms] = [...byCase.values()].sort((a, b) => total(b) - total(a));
  if (!forms || total(forms) < 2 || total(forms) * 2 < members.length) return undefined;
  return [...forms].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]))[0]?.[0];
}
