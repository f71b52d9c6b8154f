import type { ArticleRecord } from '../types.ts';
import { findCitedCase } from './split-by-case.ts';

// A party to a case: capitalised words (or numbers), with "for", "of" or "and" between them
// ("Alliance for Hippocratic Medicine", "303 Creative LLC"); "the" or any other small word ends it,
// so that "the 50th Anniversary of the Roe v. Wade Decision" cites "Roe" (a party named "Friends of
// the Earth" is cited as "Earth": still one case).
const PARTY = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}'’&.-]*(?:\s+(?:(?:for|of|and)\s+)?[\p{Lu}\p{N}][\p{L}\p{N}'’&.-]*)*`;
const CITATION = new RegExp(String.raw`(?<![\p{L}\p{N}])(${PARTY})\s+(?:v|vs|versus)\.?\s+(${PARTY})`, 'u');

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
    const title = articles[index]?.title ?? '';
    const cited = findCitedCase(title);
    const match = CITATION.exec(title);
    if (cited === undefined || !match) continue;
    const text = `${match[1]} v. ${match[2]}`;
    const forms = byCase.get(cited) ?? new Map<string, number>();
    forms.set(text, (forms.get(text) ?? 0) + 1);
    byCase.set(cited, forms);
  }
  const total = (forms: Map<string, number>): number => [...forms.values()].reduce((sum, count) => sum + count, 0);
  const [forms] = [...byCase.values()].sort((a, b) => total(b) - total(a));
  if (!forms || total(forms) < 2 || total(forms) * 2 < members.length) return undefined;
  return [...forms].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]))[0]?.[0];
}
