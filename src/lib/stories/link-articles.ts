import type { FeatureTable } from './article-features.ts';

/** When two articles belong to one story (the thresholds of the story rule). */
export interface LinkRule {
  windowMs: number;
  minSharedRarity: number;
  minEntitySimilarity: number;
  minTermSimilarity: number;
  minSimilarity: number;
}

/** A candidate article that passed the rule, with its similarity (entity + term cosine). */
export interface Link {
  other: number;
  score: number;
}

// Per shared entity, at most this many articles nearest in time are looked at: an entity in
// every article (e.g. `united-states`) would otherwise make candidate search quadratic.
const CANDIDATES_PER_ENTITY = 200;

/** Entity → article indices (ascending time), filled as articles are added. */
export class EntityPostings {
  private readonly lists = new Map<number, number[]>();

  constructor(private readonly table: FeatureTable) {}

  /** Adds article `index`; articles must be added in ascending time. */
  add(index: number): void {
    for (const entity of this.table.features[index]?.entities ?? []) {
      const list = this.lists.get(entity);
      if (list) list.push(index);
      else this.lists.set(entity, [index]);
    }
  }

  /** The articles sharing `entity` within `[from, to]` ms, at most the `CANDIDATES_PER_ENTITY` nearest `around`. */
  near(entity: number, from: number, to: number, around: number): number[] {
    const list = this.lists.get(entity);
    if (!list) return [];
    const time = (i: number): number => this.table.features[list[i] ?? 0]?.time ?? 0;
    const lowerBound = (t: number): number => {
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (time(mid) < t) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    let start = lowerBound(from);
    let end = lowerBound(to + 1);
    if (end - start > CANDIDATES_PER_ENTITY) {
      const centre = Math.min(Math.max(lowerBound(around), start), end);
      start = Math.max(start, Math.min(centre - CANDIDATES_PER_ENTITY / 2, end - CANDIDATES_PER_ENTITY));
      end = start + CANDIDATES_PER_ENTITY;
    }
    return list.slice(start, end);
  }
}

/**
 * The articles in `postings` that `index` links to under `rule`, looking `before` and/or `after`
 * it in time. Candidates come only from shared entities (never all pairs); each must share
 * entities of enough summed rarity, and is then scored by the rarity-weighted cosine similarity
 * of salient entities and of title-and-summary terms.
 */
export function findLinks(
  table: FeatureTable,
  postings: EntityPostings,
  index: number,
  rule: LinkRule,
  scratch: Float64Array,
  direction: { before: boolean; after: boolean },
): Link[] {
  const self = table.features[index];
  if (!self || self.entityNorm === 0 || self.termNorm === 0) return [];
  const from = direction.before ? self.time - rule.windowMs : self.time;
  const to = direction.after ? self.time + rule.windowMs : self.time;
  // Per candidate: summed rarity of the shared entities, and their part of the cosine's dot product.
  const shared = new Map<number, { rarity: number; dot: number }>();
  for (const entity of self.entities) {
    const weight = table.entityWeight[entity] ?? 0;
    if (weight <= 0) continue;
    for (const other of postings.near(entity, from, to, self.time)) {
      if (other === index) continue;
      const sum = shared.get(other);
      if (sum) {
        sum.rarity += weight;
        sum.dot += weight * weight;
      } else shared.set(other, { rarity: weight, dot: weight * weight });
    }
  }
  // Mark this article's terms once; each candidate then costs only its own term count.
  for (const term of self.terms) scratch[term] = table.termWeight[term] ?? 0;
  const links: Link[] = [];
  for (const [other, sum] of shared) {
    const features = table.features[other];
    if (!features || features.termNorm === 0 || sum.rarity < rule.minSharedRarity) continue;
    const entitySimilarity = sum.dot / (self.entityNorm * features.entityNorm);
    if (entitySimilarity < rule.minEntitySimilarity) continue;
    let termDot = 0;
    for (const term of features.terms) termDot += (scratch[term] ?? 0) * (table.termWeight[term] ?? 0);
    const termSimilarity = termDot / (self.termNorm * features.termNorm);
    const score = entitySimilarity + termSimilarity;
    if (termSimilarity >= rule.minTermSimilarity && score >= rule.minSimilarity) links.push({ other, score });
  }
  for (const term of self.terms) scratch[term] = 0;
  return links;
}
