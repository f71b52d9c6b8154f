import { DAY_MS } from '../time/index.ts';
import type { FeatureTable } from './article-features.ts';

// Two headlines out within a day that share at least this share of their words (Jaccard) are one document
// issued twice: a notice and the message to Congress it announces, a release and its press version.
const SAME_DOCUMENT = 0.65;

// Only headlines of at least this many words (stems) can repeat one document: in a short one
// ("Statement on the Flood", "Statement on Rescues After the Flood") the one word that differs is the news.
const MIN_TERMS = 8;

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((key) => set.has(key));
}

function jaccard(a: readonly number[], b: readonly number[]): number {
  const set = new Set(a);
  const common = b.filter((term) => set.has(term)).length;
  const union = set.size + b.length - common;
  return union > 0 ? common / union : 0;
}

/**
 * Groups a thread's members (ascending time) into documents: a member whose headline repeats,
 * within a day, most of the words and all the names of an earlier member's headline is the same
 * document again. Two speakers' statements on one event, or one trip's legs ("Travel to Guatemala",
 * "Travel to El Salvador"), differ in a name and stay two documents.
 * Returns, per document, its members.
 */
export function groupDocuments(members: readonly number[], table: FeatureTable): number[][] {
  const documents: number[][] = [];
  for (const index of members) {
    const f = table.features[index];
    const same = documents.find((group) =>
      group.some((other) => {
        const g = table.features[other];
        return (
          f &&
          g &&
          Math.abs(f.time - g.time) <= DAY_MS &&
          Math.min(f.titleTerms.length, g.titleTerms.length) >= MIN_TERMS &&
          sameSet(f.titleEntities, g.titleEntities) &&
          jaccard(f.titleTerms, g.titleTerms) >= SAME_DOCUMENT
        );
      }),
    );
    if (same) same.push(index);
    else documents.push([index]);
  }
  return documents;
}
