import type { FeatureTable } from './article-features.ts';
import type { HeadlineSlot } from './series-headlines.ts';

/** When an article belongs with a story's core (the thresholds of the story rule). */
export interface CoreRule {
  /** Summed rarity of the story's defining entities the article names. */
  minSharedRarity: number;
  /** Cosine of the article's entities with the story's entity centroid. */
  minEntitySimilarity: number;
  /** Cosine of the article's title-and-summary terms with the story's term centroid. */
  minTermSimilarity: number;
  /** Minimum sum of the two. */
  minSimilarity: number;
}

/** How closely one article matches a core: the two cosines, and the defining entities' rarity it shares. */
export interface CoreMatch {
  entity: number;
  term: number;
  shared: number;
}

function addTo(sums: Map<number, number>, key: number, value: number): number {
  const before = sums.get(key) ?? 0;
  const after = before + value;
  if (after === 0) sums.delete(key);
  else sums.set(key, after);
  return after * after - before * before;
}

/**
 * The core of a story: the centroid (summed rarity-weighted vectors) of its members' entities
 * and terms, and how many members name each entity. An article is compared with the whole core,
 * never with one member, so one bridging article cannot chain two threads together.
 */
export class StoryCore {
  readonly members: number[] = [];
  readonly entityCount = new Map<number, number>();
  private readonly entitySum = new Map<number, number>();
  private readonly termSum = new Map<number, number>();
  private entitySquare = 0;
  private termSquare = 0;
  first = Number.POSITIVE_INFINITY;
  last = Number.NEGATIVE_INFINITY;

  constructor(private readonly table: FeatureTable) {}

  /** Adds (sign 1) or removes (sign −1) article `index`. */
  update(index: number, sign: 1 | -1 = 1): void {
    const f = this.table.features[index];
    if (!f) return;
    if (sign === 1) {
      this.members.push(index);
      this.first = Math.min(this.first, f.time);
      this.last = Math.max(this.last, f.time);
    } else {
      this.members.splice(this.members.indexOf(index), 1);
      const times = this.members.map((m) => this.table.features[m]?.time ?? 0);
      this.first = Math.min(...times);
      this.last = Math.max(...times);
    }
    for (const e of f.entities) {
      this.entitySquare += addTo(this.entitySum, e, sign * (this.table.entityWeight[e] ?? 0));
      const count = (this.entityCount.get(e) ?? 0) + sign;
      if (count > 0) this.entityCount.set(e, count);
      else this.entityCount.delete(e);
    }
    for (const t of f.terms) this.termSquare += addTo(this.termSum, t, sign * (this.table.termWeight[t] ?? 0));
  }

  /** Whether `entity` defines the story: named by at least half of its members (and not background), member `leaveOut` left out. */
  defines(entity: number, leaveOut = -1): boolean {
    const out = leaveOut >= 0 ? 1 : 0;
    const named = out && this.table.features[leaveOut]?.entities.includes(entity) ? 1 : 0;
    const count = (this.entityCount.get(entity) ?? 0) - named;
    return count > 0 && count * 2 >= this.members.length - out && !this.table.background[entity];
  }

  /** How article `index` matches the core; `member` when it is one of the members (then it is left out). */
  match(index: number, member = false): CoreMatch {
    const f = this.table.features[index];
    if (!f || f.entityNorm === 0 || f.termNorm === 0) return { entity: 0, term: 0, shared: 0 };
    const own = member ? 1 : 0;
    let entityDot = 0;
    let shared = 0;
    for (const e of f.entities) {
      const weight = this.table.entityWeight[e] ?? 0;
      entityDot += weight * ((this.entitySum.get(e) ?? 0) - own * weight);
      if (this.defines(e, member ? index : -1)) shared += weight;
    }
    let termDot = 0;
    for (const t of f.terms) {
      const weight = this.table.termWeight[t] ?? 0;
      termDot += weight * ((this.termSum.get(t) ?? 0) - own * weight);
    }
    // Leaving a member out: |S − a|² = |S|² − 2 S·a + |a|², with S·a = dot + |a|².
    const entitySquare = member ? this.entitySquare - 2 * (entityDot + f.entityNorm ** 2) + f.entityNorm ** 2 : this.entitySquare;
    const termSquare = member ? this.termSquare - 2 * (termDot + f.termNorm ** 2) + f.termNorm ** 2 : this.termSquare;
    const cosine = (dot: number, square: number, normA: number): number => (square > 1e-12 ? dot / (normA * Math.sqrt(square)) : 0);
    return { entity: cosine(entityDot, entitySquare, f.entityNorm), term: cosine(termDot, termSquare, f.termNorm), shared };
  }

  /** Whether article `index` belongs with this core under `rule`; a series headline also needs one of its slot entities to define the story. */
  accepts(index: number, rule: CoreRule, slot: HeadlineSlot, member = false): CoreMatch | undefined {
    if (slot && !slot.some((e) => this.defines(e, member ? index : -1))) return undefined;
    const m = this.match(index, member);
    const ok =
      m.shared >= rule.minSharedRarity && m.entity >= rule.minEntitySimilarity && m.term >= rule.minTermSimilarity && m.entity + m.term >= rule.minSimilarity;
    return ok ? m : undefined;
  }
}
