/** Public API of the entity layer: registry, detection, unregistered names and the cross-article rule. */
export { analyseEntities, detectEntities } from './analyse-entities';
export { addTagMentions, collectArticleEntities, compareSalience, type ArticleEntity } from './article-entities.ts';
export { getBuiltinGazetteer } from './gazetteer/index';
export { countDocumentFrequency, entityRarity, inverseDocumentFrequency, isBackground, storyEntityRarity } from './rarity.ts';
export { addTagTopics, buildRegistry, listEntityIds, type Registry, type RegistryInput } from './registry';
export { selectConfidentEntities, toEntities, type ArticleCandidates, type ConfidenceRule, type ConfidentEntity } from './select-confident';
export { emptyCandidate } from './find-names.ts';
export { countCandidateLowercaseUses, countLowercaseUses, type ArticleWords } from './written-lowercase.ts';
export { countCandidateOtherNumberUses } from './kinds-in-other-number.ts';
export { countArchiveEvidence } from './archive-evidence.ts';
export { addAcronymsAlone } from './acronyms-alone.ts';
export type { AliasCase, AmbiguityRule, ArticleText, CandidateType, EntityAnalysis, Gazetteer, MatchHints, NameMatch, UnregisteredCandidate } from './types';
export { slugify } from '../slugify';
