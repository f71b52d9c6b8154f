/** Milliseconds in a day: spans given in days ("within 14 days") compare instants with it. */
export const DAY_MS = 86_400_000;
