/** What a clause says about when its date lies relative to publication. */
export type Tense = 'past' | 'future' | undefined;

// Words that put a clause in the future: "will meet", "is scheduled to", "to be held".
const FUTURE = new RegExp(
  [
    // "will" as a verb, not the noun in "the will of the people"
    String.raw`(?<!\b(?:the|a|political|free|good|ill|own|his|her|their|our|its|your|my)\s+)\bwill\b(?!\s+(?:of|and|to)\b)`,
    String.raw`\b(?:shall|won't)\b|\w'll\b`,
    String.raw`\b(?:is|are|'s|'re|be)\s+(?:scheduled|set|due|expected|slated|poised|planning|going)\s+(?:to|for|on)\b`,
    String.raw`\b(?:plans?\s+to|to\s+be\s+held|upcoming|this\s+coming)\b`,
  ].join('|'),
  'i',
);
// Verbs in the simple past: regular "-ed" forms (lowercase, so not "United") and common irregular ones.
const PAST =
  /\b(?:was|were|had|did|began|met|took|made|came|went|saw|gave|held|spoke|told|won|lost|left|rose|fell|sent|found|brought|struck|fled|drove|flew|wrote|broke|sold|bought|paid|ran|stood|became|kept|caught|felt|grew|shot|fought|threw|sought|chose|oversaw|underwent|arose|led)\b|\b[a-z]{2,}(?<!e)ed\b/;
const REPORTING = String.raw`said|says|told|announced|added|stated|reported`;
// Where the clause that governs a date starts: punctuation, or a reporting verb
// ("He said on Monday that he will …": "will" belongs to another clause than "on Monday").
const CLAUSE_BREAK = new RegExp(String.raw`[;:—–]|,\s|\b(?:${REPORTING})\b`, 'gi');
const CLAUSE_END = new RegExp(String.raw`[;:.!?—–]|\b(?:${REPORTING}|that|which|who|when|where|while|because|after|before|and|but)\b`, 'i');

// Only the last few words before a date govern it ("… pricing it implemented this April").
const LEAD_WORDS = 6;

function lastIndex(pattern: RegExp, words: string): number {
  let index = -1;
  for (const match of words.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) index = match.index;
  return index;
}

// The cue nearest the date wins: in the lead that is the last one, after the date the first one.
function tenseOf(words: string, nearestLast: boolean): Tense {
  const future = nearestLast ? lastIndex(FUTURE, words) : (FUTURE.exec(words)?.index ?? -1);
  const past = nearestLast ? lastIndex(PAST, words) : (PAST.exec(words)?.index ?? -1);
  if (future < 0 && past < 0) return undefined;
  if (future < 0) return 'past';
  if (past < 0) return 'future';
  return (nearestLast ? future > past : future < past) ? 'future' : 'past';
}

/**
 * The tense of the clause a date sits in: the last few words from the start of its clause to
 * the date decide (the cue nearest the date wins); when they say nothing, a date right after a reporting verb ("said on Monday") is past,
 * otherwise the words after the date up to the end of the clause decide.
 */
export function clauseTense(sentence: string, start: number, end: number): Tense {
  const before = sentence.slice(0, start);
  let clauseStart = 0;
  let reporting = false;
  for (const match of before.matchAll(CLAUSE_BREAK)) {
    clauseStart = match.index + match[0].length;
    reporting = /^\w/.test(match[0]);
  }
  const lead = before
    .slice(clauseStart)
    .split(/\s+/)
    .slice(-LEAD_WORDS - 1)
    .join(' ');
  const fromLead = tenseOf(lead, true);
  if (fromLead) return fromLead;
  if (reporting && lead.trim() === '') return 'past';
  const after = sentence.slice(end);
  const stop = CLAUSE_END.exec(after);
  return tenseOf(stop ? after.slice(0, stop.index) : after, false);
}
