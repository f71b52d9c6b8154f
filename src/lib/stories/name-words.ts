import { isIndexableWord, stem } from '../text/index.ts';
import type { ArticleRecord } from '../types.ts';
import type { FeatureTable } from './article-features.ts';

/** An entity id in words, for entities without a display name: "tyre-nichols" → "Tyre Nichols". */
export function humaniseId(id: string): string {
  return id
    .split('-')
    .map((word) => (word ? word[0]!.toUpperCase() + word.slice(1) : word))
    .join(' ');
}

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The stems that belong to a story's names, never to its event. */
export interface NameStems {
  /** Stems of the words of every entity the headlines name, and of the subject's names. */
  nameStems: Set<string>;
  /** Stems of the words of the names the story is named after (a subset of `nameStems`). */
  subjectStems: Set<string>;
}

/**
 * Adds the stems of the words of the names article `index`'s headline writes: its headline entities'
 * ids, and every name it writes in full (`nameTerms`), even one on too many headlines to be one of a
 * story's entities ("Jake Sullivan's Meeting"), which is a name all the same, never an event.
 */
export function addHeadlineNameStems(into: Set<string>, index: number, table: FeatureTable): void {
  const f = table.features[index];
  for (const key of f?.titleEntities ?? []) for (const word of (table.entityIds[key] ?? '').split('-')) into.add(stem(word));
  for (const term of f?.nameTerms ?? []) into.add(table.terms[term] ?? '');
}

/**
 * The words of names in a story: of every entity its headlines name, and of `subjectNames` (the
 * names it is named after), with their initials ("AI" is "Artificial Intelligence" again, and
 * "FDA" is "Food and Drug Administration", its function words left out).
 */
export function collectNameStems(members: readonly number[], table: FeatureTable, subjectNames: readonly string[]): NameStems {
  const nameStems = new Set<string>();
  const subjectStems = new Set<string>();
  for (const index of members) addHeadlineNameStems(nameStems, index, table);
  for (const name of subjectNames) {
    const words = wordsOf(name);
    for (const word of words) {
      nameStems.add(stem(word));
      subjectStems.add(stem(word));
    }
    if (words.length > 1) {
      nameStems.add(words.map((word) => word[0]).join(''));
      nameStems.add(
        words
          .filter((word) => isIndexableWord(word))
          .map((word) => word[0])
          .join(''),
      );
    }
  }
  return { nameStems, subjectStems };
}

/** `names` (of entities a headline names) in the order the headline writes them; those it writes in other words ("the Republic of Korea") last. */
export function inHeadlineOrderOf(headline: string, names: readonly string[]): string[] {
  const title = headline.toLowerCase();
  return names
    .map((name) => ({ name, at: title.indexOf(name.toLowerCase()) }))
    .map(({ name, at }) => ({ name, at: at < 0 ? title.length : at }))
    .sort((a, b) => a.at - b.at)
    .map(({ name }) => name);
}

/** Two names in the order the headlines that name both mostly put them ("Turkey and Syria"). */
export function inHeadlineOrder(names: string[], members: readonly number[], articles: readonly ArticleRecord[]): string[] {
  const [a, b] = names.map((name) => name.toLowerCase());
  if (names.length !== 2 || !a || !b) return names;
  let votes = 0;
  for (const index of members) {
    const title = articles[index]?.title.toLowerCase() ?? '';
    const [at, bt] = [title.indexOf(a), title.indexOf(b)];
    if (at >= 0 && bt >= 0) votes += at < bt ? 1 : -1;
  }
  return votes < 0 ? [names[1]!, names[0]!] : names;
}
