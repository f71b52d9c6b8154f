import { foldToAscii } from '../slugify.ts';
import { isSpeakerIn, stem, tokenise } from '../text/index.ts';
import type { ArticleRecord } from '../types.ts';
import { wholeWord } from '../text/whole-word.ts';

// A surname standing alone in a headline names a person only if it is a rare headline word: in
// at most this share of the archive's headlines, or this many ("Netanyahu", not "Administration").
const SURNAME_SHARE = 0.05;
const SURNAME_HEADLINES = 5;

// A surname is a proper noun: the text never writes it in lower case. A common word that ends a
// name ("technology" of "National Institute of Standards and Technology") does not name it alone.
function writtenLower(article: ArticleRecord, word: string): boolean {
  const pattern = wholeWord(word);
  return pattern.test(article.summary) || pattern.test(article.body);
}

// "Statement from Communications Director Dana Reyes on …": who issued a statement, before its "on".
// A joint statement's parties are its subject ("Joint Statement from Zandia and Norland on Trade").
const STATEMENT_BY = /^statement\s+(?:from|by)\s+(.+?)\s+on\s/iu;

// The speaker of a headline that opens as someone's statement on something: its words, and where it
// ends as a character offset, since an office written there by its initials ("Statement from NSC
// Spokesperson …") shares no word with its id but is the speaker too. No words and -1 otherwise.
function findSpeaker(title: string): { words: Set<string>; end: number } {
  const match = STATEMENT_BY.exec(title);
  if (!match?.[1]) return { words: new Set(), end: -1 };
  return { words: new Set(tokenise(foldToAscii(match[1]))), end: match[0].length - ' on '.length };
}

// Initials as a headline writes them ("NSC", "USTR"); "U.S." is a name of its own, which the subject may repeat.
const INITIALS = /^\p{Lu}{2,}(?![\p{L}.])/u;

/**
 * The ids of the entities an article's headline names: those detection first found in the title,
 * and those whose id words are all headline words ("california", "south-korea"), or whose last
 * word is a rare headline word that no other entity of the article ends with and that its text
 * never writes in lower case ("Netanyahu" for `benjamin-netanyahu`, not "Technology" for a
 * standards institute; "Biden" alone names neither Joe nor Jill, and never inside a compound
 * such as "Biden-Harris"). Detection does not always record a headline mention, and the
 * headline is what a story's name is made from. An entity whose words all stand in the headline's
 * recurring template (`template`: "Statement from Press Secretary Karine Jean-Pierre on"), or
 * between a headline's opening "Statement from" and its "on" (by its words or where it is written),
 * is the speaker, not the subject, and is left out.
 */
export function findHeadlineEntities(
  article: ArticleRecord,
  headlineFrequency: (stem: string) => number,
  documents: number,
  template: ReadonlySet<string> = new Set(),
): string[] {
  const folded = foldToAscii(article.title);
  const words = new Set(tokenise(folded));
  let looseWords: Set<string> | undefined;
  const loose = (): Set<string> => (looseWords ??= new Set(tokenise(folded.replace(/[\p{L}\p{N}.]+(?:-[\p{L}\p{N}.]+)+/gu, ' '))));
  const lastWords = article.mentions.map((mention) => mention.id.split('-').at(-1) ?? '');
  const speaker = findSpeaker(article.title);
  return article.mentions
    .filter((mention, i) => {
      if (isSpeakerIn(template, mention.id.split('-')) || mention.id.split('-').every((part) => speaker.words.has(part))) return false;
      if (mention.first >= 0 && mention.first < speaker.end && INITIALS.test(article.title.slice(mention.first))) return false;
      if (mention.first >= 0 && mention.first < article.title.length) return true;
      const parts = mention.id.split('-');
      if (parts.every((part) => words.has(part))) return true;
      const last = lastWords[i] ?? '';
      if (parts.length < 2 || !words.has(last) || lastWords.indexOf(last) !== lastWords.lastIndexOf(last)) return false;
      return loose().has(last) && headlineFrequency(stem(last)) <= Math.max(SURNAME_SHARE * documents, SURNAME_HEADLINES) && !writtenLower(article, last);
    })
    .map((mention) => mention.id);
}
