/** A capitalised name the archive also writes in the other number ("Disaster Recovery Center" and "… Centers"): a kind of thing, not one body. */
import { countWordRuns, wordsIn } from '../text/word-runs.ts';
import { otherNumberForms } from './registered-in-other-number.ts';
import type { ArticleWords } from './written-lowercase.ts';

// A body is one of its kind: copy names it in one number ("the Golden State Warriors", "the Census
// Bureau"). A kind of place or programme that copy capitalises ("Historically Black College", "Disaster
// Recovery Center", "Tribal College") is written in both: "a Disaster Recovery Center" here, "the
// Disaster Recovery Centers" there. A name whose last word the archive writes in the other number
// twice or more, outside a longer name, is such a kind; once may be a slip ("United Nation").

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'in']);
const UPPER = /^\p{Lu}/u;

/** Uses in the other number that make a name a kind of thing. */
export const KIND_OTHER_NUMBER_USES = 2;

/** The name with its last word in the other number, capitals kept ("Disaster Recovery Centers"); none for one word. */
function otherNumberNames(name: string): string[][] {
  const words = wordsIn(name);
  const last = words[words.length - 1];
  if (words.length < 2 || !last || !UPPER.test(last)) return [];
  return otherNumberForms(last.toLowerCase()).map((form) => [...words.slice(0, -1), `${last[0]}${form.slice(1)}`]);
}

/** True when the words before `i` carry a capitalised run on into it ("Association of American Universities"). */
function continuesName(words: readonly string[], i: number): boolean {
  const before = words[i - 1] ?? '';
  if (UPPER.test(before)) return true;
  return CONNECTORS.has(before) && UPPER.test(words[i - 2] ?? '');
}

/**
 * Counts, for each organisation's name of two words or more, the places in the articles where it
 * is written with its last word in the other number and not inside a longer name.
 */
export function countCandidateOtherNumberUses(
  articles: Iterable<ArticleWords>,
  perArticle: readonly { candidates: readonly { name: string; type: string }[] }[],
): Map<string, number> {
  const names = new Set(perArticle.flatMap((a) => a.candidates.filter((c) => c.type === 'organization').map((c) => c.name)));
  const runs = [...names].flatMap((name) => {
    const forms = otherNumberNames(name);
    return forms.length ? forms.map((words) => ({ key: name, words })) : [{ key: name, words: [] }];
  });
  const texts = [...articles].map((a) => `${a.title}\n${a.body}`);
  return countWordRuns(texts, runs, (words, i) => !continuesName(words, i));
}
