/** Related stories: for each article the few others that continue or explain it, with reasons. */
export { computeRelated } from './compute-related.ts';
export type { RelatedLink, RelatedOptions, RelatedScoreParts, RelatedWeights } from './types.ts';
