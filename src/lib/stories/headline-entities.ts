import { foldToAscii } from '../slugify.ts';
import { stem, tokenise } from '../text/index.ts';
import type { ArticleRecord } from '../types.ts';

// A surname standing alone in headlines names a person only if it is this rare a headline word
// (ln N/df; in fewer than about one headline in fifty): "Netanyahu", not "Administration".
const MIN_SURNAME_RARITY = 4;

/**
 * The ids of the entities an article's headline names: those detection first found in the title,
 * and those whose id words are all headline words ("california", "south-korea"), or whose last
 * word is a rare headline word no other entity of the article ends with ("Netanyahu" for
 * `benjamin-netanyahu`; "Biden" alone names neither Joe nor Jill, and never inside a compound
 * such as "Biden-Harris"). Detection does not always record a headline mention, and the
 * headline is what a story's name is made from.
 */
export function findHeadlineEntities(article: ArticleRecord, headlineRarity: (stem: string) => number): string[] {
  const folded = foldToAscii(article.title);
  const words = new Set(tokenise(folded));
  const looseWords = new Set(tokenise(folded.replace(/[\p{L}\p{N}.]+(?:-[\p{L}\p{N}.]+)+/gu, ' ')));
  const lastWords = article.mentions.map((mention) => mention.id.split('-').at(-1) ?? '');
  return article.mentions
    .filter((mention, i) => {
      if (mention.first >= 0 && mention.first < article.title.length) return true;
      const parts = mention.id.split('-');
      if (parts.every((part) => words.has(part))) return true;
      const last = lastWords[i] ?? '';
      const unique = lastWords.indexOf(last) === lastWords.lastIndexOf(last);
      return unique && parts.length > 1 && looseWords.has(last) && headlineRarity(stem(last)) >= MIN_SURNAME_RARITY;
    })
    .map((mention) => mention.id);
}
