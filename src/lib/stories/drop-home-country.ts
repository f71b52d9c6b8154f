import type { FeatureTable } from './article-features.ts';

// "Nearly all": the share of a person's documents that must name the place too.
const NEARLY_ALL = 0.9;
// Fewer documents than this say too little about where a person belongs.
const MIN_DOCUMENTS = 3;

/**
 * A place beside a person of that place says nothing more: "Xi Jinping and China summit" is "Xi
 * Jinping summit". A place in the subject is that person's country when nearly all the archive's
 * documents that name the person (three at least) name the place too: releases introduce a leader
 * by office and country ("President Xi Jinping of the People’s Republic of China"). The place is
 * left out then; the subject is returned unchanged otherwise. `subject` holds entity keys of
 * `table`; `typeOf` gives an entity key's type (`person`, `place`, …).
 */
export function dropHomeCountry(subject: readonly number[], table: FeatureTable, typeOf: (key: number) => string | undefined): number[] {
  const people = subject.filter((key) => typeOf(key) === 'person');
  if (!people.length) return [...subject];
  const redundant = new Set<number>();
  for (const person of people) {
    // The person's documents, listed once per archive: no scan of every article for each story.
    const named = table.entityArticles[person] ?? [];
    if (named.length < MIN_DOCUMENTS) continue;
    for (const place of subject) {
      if (typeOf(place) !== 'place' || redundant.has(place)) continue;
      const both = named.filter((index) => table.features[index]?.entities.includes(place)).length;
      if (both >= NEARLY_ALL * named.length) redundant.add(place);
    }
  }
  const kept = subject.filter((key) => !redundant.has(key));
  return kept.length ? kept : [...subject];
}
