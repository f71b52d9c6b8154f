// Words that may follow a date without making it part of a name: "October 7 and 8", "on the 19th to…".
const FOLLOWS_A_DATE = new Set(
  (
    'and or but nor to of in on at by for from with through thru until till when while after before as than that which who where ' +
    'is are was were be been will would shall should can could may might must has have had do does did the a an this these those ' +
    'its their his her our marks marked also again alone itself so yet not only already now then there here last next'
  ).split(' '),
);
// A determiner or a possessive right before the date: "the October 7 attack", "Hamas’s October 7 attack".
const DETERMINER_BEFORE = /(?:\b(?:the|this|that|these|those|its|their|our|his|her)|\p{L}['’]s?)\s+$/iu;

/**
 * Whether the date at `start`–`end` of `sentence` is used as part of a name ("the October 7
 * attack", "the January 6 committee", "the December 15 deadline"): after a determiner or a
 * possessive and before a noun it modifies. Such a date is right to show as a date, but it names
 * an earlier or later event; it does not say when the sentence's own news happened.
 */
export function isDateAsName(sentence: string, start: number, end: number): boolean {
  if (!DETERMINER_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))) return false;
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(sentence.slice(end))?.[1];
  return next !== undefined && !FOLLOWS_A_DATE.has(next);
}
