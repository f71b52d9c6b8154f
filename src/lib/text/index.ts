/** Shared text helpers: words, English stop words and Porter stems. */
export { forEachWord, tokenise } from './tokenise.ts';
export { ENGLISH_STOP_WORDS, isStopWord } from './stop-words.ts';
export { stem } from './stem.ts';
export { extractTerms, forEachTerm, isIndexableWord } from './extract-terms.ts';
export { findHeadlineTemplates, isSpeakerIn, minTemplateCount } from './headline-templates.ts';
