/** Related stories: for each article the few others that continue or explain it, with reasons. */
export { computeRelated } from './compute-related.ts';
export { relatedEntities, type RelatedEntitiesOptions } from './related-entities.ts';
export type { RelatedEntity, RelatedLink, RelatedOptions, RelatedScoreParts, RelatedWeights } from './types.ts';
