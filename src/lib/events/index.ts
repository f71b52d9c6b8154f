/** Event dates written in article text, resolved against the publication time in the site timezone. */
export { locateEventDates, resolveEventDates } from './resolve-event-dates.ts';
export type { LocatedEventDate } from './types.ts';
export { splitSentences, type Sentence } from './split-sentences.ts';
