import { isWholeWordAt } from '../text/whole-word.ts';

// Words that open a noun phrase: determiners, possessive pronouns and prepositions other than
// "to" ("the attacks", "their visit", "in support of").
const NOUN_OPENERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'your',
  'my',
  'no',
  'any',
  'each',
  'every',
  'another',
  'such',
  'in',
  'of',
  'on',
  'for',
  'with',
  'after',
  'amid',
  'following',
  'against',
  'by',
  'from',
  'about',
  'over',
  'during',
  'under',
]);
// A noun phrase's opener is at most this many words before its head ("the House Freedom Caucus's extreme budget proposal").
const OPENER_REACH = 6;
// Words before a verb: "to promote", "we support", "will launch".
const VERB_CUES = new Set([
  'to',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'shall',
  'we',
  'they',
  'i',
  'you',
  'he',
  'she',
  'not',
  'also',
]);
// Words that may follow a noun head but not a modifier: prepositions, relatives, auxiliaries (not
// "and": "inclusive and sustainable growth" coordinates modifiers).
const AFTER_HEAD = new Set([
  'of',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'against',
  'to',
  'from',
  'that',
  'which',
  'who',
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'shall',
  'should',
  'may',
  'might',
  'must',
  'into',
  'over',
  'after',
  'before',
  'since',
  'as',
  'near',
  'across',
  'between',
  'among',
  'during',
  'following',
  'under',
  'through',
  'amid',
  'here',
  'there',
  'this',
  'last',
  'earlier',
  'such',
  'like',
  'off',
  'toward',
  'towards',
]);

// At most this many uses of a word are read per story: enough to tell a noun from a verb.
const MAX_USES = 40;

/** How a word is used in running text: as a noun head, as a verb, and in all. */
export interface NounUse {
  noun: number;
  verb: number;
  uses: number;
}

/**
 * Counts the uses of `form` (as written, case-sensitive) in `texts` that show it is a noun head
 * (a noun phrase opened by a determiner, possessive, number or preposition a few words before, and
 * closed by punctuation or a function word after: "the terrorist attacks on", "Israel's response.",
 * "in support of") or a verb ("to promote", "we support"). A modifier before another word ("the
 * strategic partnership") counts as neither, so adjectives never read as what happened.
 */
export function countNounUse(form: string, texts: readonly string[]): NounUse {
  const use: NounUse = { noun: 0, verb: 0, uses: 0 };
  let seen = 0;
  for (const text of texts) {
    for (let at = text.indexOf(form); at >= 0 && seen < MAX_USES; at = text.indexOf(form, at + form.length)) {
      const end = at + form.length;
      if (!isWholeWordAt(text, at, form.length)) continue;
      // Part of a web address or a compound ("invest-in-america", "vietnam.gov") is not prose.
      if (/[-/._@]/.test(text[at - 1] ?? '') || /[-/_@]/.test(text[end] ?? '')) continue;
      seen += 1;
      use.uses += 1;
      // The words before, back to the last clause break, nearest first.
      const lead =
        text
          .slice(Math.max(0, at - 80), at)
          .split(/[.,;:!?()“”"]/)
          .at(-1) ?? '';
      const before = lead
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .reverse()
        .slice(0, OPENER_REACH)
        .map((word) => word.toLowerCase());
      if (VERB_CUES.has(before[0] ?? '')) {
        use.verb += 1;
        continue;
      }
      const headBefore = before.some((word) => NOUN_OPENERS.has(word) || /['’]s$/.test(word) || /^\d/.test(word));
      const after = text.slice(end, end + 30);
      const next = /^\s+([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase();
      // A comma may close a noun phrase or separate adjectives ("a comprehensive, just, and
      // durable peace"): it counts half.
      const close =
        next === undefined ? (/^\s*,/u.test(after) ? 0.5 : /^\s*[.;:!?)”"’]/u.test(after) || after.trim() === '' ? 1 : 0) : AFTER_HEAD.has(next) ? 1 : 0;
      if (headBefore) use.noun += close;
    }
    if (seen >= MAX_USES) break;
  }
  return use;
}
