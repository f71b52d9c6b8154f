/** Event dates written in article text, resolved against the publication time in the site timezone. */
export { resolveEventDates } from './resolve-event-dates.ts';
export { splitSentences, type Sentence } from './split-sentences.ts';
export { collectMarkdownText } from './collect-markdown-text.ts';
