/** Pagefind filter keys that are not entity types (those are in lib/entities/entity-types.ts). */

/** Pagefind filter key of an article's section: its kicker carries it, the search page offers it and results show it. */
export const SECTION_FILTER = 'section';
