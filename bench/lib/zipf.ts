import type { Random } from './prng.ts';

/**
 * A Zipf sampler over ranks 0…size-1: rank r is drawn with probability ∝ 1 / (r + 1)^exponent,
 * as word and name frequencies are in real text. Sampling is a binary search over the CDF.
 */
export function createZipf(size: number, exponent = 1): (random: Random) => number {
  if (size < 1) throw new Error('createZipf: size must be at least 1');
  const cdf = new Float64Array(size);
  let total = 0;
  for (let r = 0; r < size; r++) {
    total += 1 / (r + 1) ** exponent;
    cdf[r] = total;
  }
  return (random) => {
    const target = random() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cdf[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
