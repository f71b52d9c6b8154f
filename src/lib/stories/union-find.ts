/** Disjoint sets over 0…n−1 (path halving, union by size) for grouping linked articles. */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(count: number) {
    this.parent = Int32Array.from({ length: count }, (_, i) => i);
    this.size = new Int32Array(count).fill(1);
  }

  /** The representative of `i`'s set. */
  find(i: number): number {
    let node = i;
    while (this.parent[node] !== node) {
      const grand = this.parent[this.parent[node] ?? node] ?? node;
      this.parent[node] = grand;
      node = grand;
    }
    return node;
  }

  /** How many elements share `i`'s set. */
  sizeOf(i: number): number {
    return this.size[this.find(i)] ?? 1;
  }

  /** Merges the sets of `a` and `b`. */
  union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if ((this.size[ra] ?? 0) < (this.size[rb] ?? 0)) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] = (this.size[ra] ?? 0) + (this.size[rb] ?? 0);
  }
}
