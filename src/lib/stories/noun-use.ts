import { isWholeWordAt } from '../text/whole-word.ts';
import { AFTER_HEAD, NOUN_OPENERS, VERB_CUES } from './noun-cues.ts';

// A noun phrase's opener is at most this many words before its head ("the House Freedom Caucus's extreme budget proposal").
const OPENER_REACH = 6;
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
