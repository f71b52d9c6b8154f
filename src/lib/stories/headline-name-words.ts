import { foldToAscii } from '../slugify.ts';
import type { EntityMention } from '../types.ts';

// A name written in full spans more words than its id: "People’s Republic of China" is `china`,
// "Republic of Korea" is `south-korea`'s formal name. Those words name the country, not what
// happened to it, so two headlines that share them share the name alone.
const MAX_NAME_WORDS = 8;
const JOINERS = new Set(['of', 'the', 'and', 'for']);

/**
 * The words of the names a headline writes for the entities detection found in it: from where
 * the mention starts (`first`, an offset into the title) to the last word of the entity's id,
 * at most eight words on, through capitalised words and "of", "the", "and", "for" ("People’s
 * Republic of China" for `china`). A mention whose id's last word does not end such a run gives none.
 */
export function headlineNameWords(title: string, mentions: readonly EntityMention[]): string[] {
  const words: string[] = [];
  for (const mention of mentions) {
    if (mention.first < 0 || mention.first >= title.length) continue;
    const last = mention.id.split('-').at(-1) ?? '';
    const run = title.slice(mention.first).split(/\s+/).slice(0, MAX_NAME_WORDS);
    // A name runs on through capitalised words and its joining words, and ends at a comma or colon.
    const stop = run.findIndex((word, i) => i > 0 && ((!/^\p{Lu}/u.test(word) && !JOINERS.has(word.toLowerCase())) || /[,:;]$/.test(run[i - 1] ?? '')));
    const name = stop < 0 ? run : run.slice(0, stop);
    const end = name.findIndex(
      (word) =>
        foldToAscii(word.replace(/['’]s$/u, ''))
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '') === last,
    );
    if (end >= 0) words.push(...name.slice(0, end + 1));
  }
  return words;
}
